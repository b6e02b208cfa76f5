/* nianbao-annotate=comments: every finding becomes a Word comment — pandoc's comment-start and
 * comment-end spans, author "nianbao" — around what it concerns: the whole table cell, the
 * whole heading, or the sentence in a paragraph. pandoc's docx writer turns the spans into
 * word/comments.xml, so the author opens the copy with the findings in the margin. */
#ifndef NB_PANDOC_ANNOTATE_H
#define NB_PANDOC_ANNOTATE_H

#include <jansson.h>

#include "../core/diag.h"
#include "flat.h"

/* The comment's text: "error: message [rule]". Heap string. */
char *pd_comment_text(const nb_diag *d, nb_lang lang);

/* Inserts the comments of `diags` into the document `blocks` was flattened from (the pieces and
 * runs of `f` point into it; they are stale afterwards). Comment ids count up from first_id;
 * `date` is an ISO 8601 time for every comment. */
void pd_annotate(const pd_flat *f, json_t *blocks, const nb_diag_list *diags, nb_lang lang,
                 int first_id, const char *date);

#endif
