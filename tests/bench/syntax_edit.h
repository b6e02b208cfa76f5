/* What the language server pays for one edit: the document's tree edited and reparsed
 * incrementally (src/syntax) and its semantic tokens computed again. */
#ifndef NB_BENCH_SYNTAX_EDIT_H
#define NB_BENCH_SYNTAX_EDIT_H

#include <stdbool.h>

#include "prng.h"

/* Prints the figures for a report of about 20 KiB and a document of 2 MiB. */
void bench_syntax_edits(bool quick, bench_prng *p);

#endif
