/* label_match.c as the generator runs it: without NB_LABEL_INDEX_INCLUDE, so every label set is
 * built at run time (the build gives that definition to src/layout/label_match.c alone). */
#include "../label_match.c"
