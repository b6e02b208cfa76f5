/* label-typo, label-outdated and template-outdated: labels and citations that show a table
 * was copied from a misspelt or older form. */
#ifndef NB_RULE_LABELS_H
#define NB_RULE_LABELS_H

#include "../engine.h"

void nb_check_labels(nb_check_ctx *ctx);

#endif
