/* numbering-sequence: sub-item numbering inside each section body. */
#ifndef NB_RULE_NUMBERING_H
#define NB_RULE_NUMBERING_H

#include "../engine.h"

void nb_check_numbering(nb_check_ctx *ctx);

/* A sub-item heading: a line of a section body that starts with numbering (（一）, 1., （1）) as
 * numbering-sequence reads it. Inline lists (一是…二是…) are not headings. */
typedef struct {
  int depth; /* 0 for the kind of numbering that comes first in the section, 1 for the next … */
  int value;
  nb_span marker; /* the numbering as written */
  nb_span line;   /* the line it starts */
} nb_subitem;

/* The sub-item headings of `sec` in document order (an outline: the language server's symbols
 * and folding). Returns a heap array (free()) and sets *count; NULL when there is none. */
nb_subitem *nb_section_subitems(const nb_report *r, const nb_section *sec, int *count);

#endif
