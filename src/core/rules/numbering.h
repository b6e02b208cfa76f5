/* numbering-sequence: sub-item numbering inside each section body. */
#ifndef NB_RULE_NUMBERING_H
#define NB_RULE_NUMBERING_H

#include "../engine.h"

void nb_check_numbering(nb_check_ctx *ctx);

#endif
