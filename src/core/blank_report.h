/* A blank report in canonical form for a template: the title, the six official section
 * headings, short prompts where prose is due (one sub-item per aspect section 一 must cover),
 * the three tables with every row and column and empty value cells, a fee statement in 六 and
 * a signature placeholder. Filled in, it lints clean; blank, it lints with one
 * table-cell-empty per row and nothing about its structure. `nianbao template` prints it and the
 * language server offers it as the completion of an empty document. */
#ifndef NB_BLANK_REPORT_H
#define NB_BLANK_REPORT_H

#include "canonical.h"
#include "model.h"
#include "template.h"

/* Appends the blank report of `tpl` for report year `year` by organ `org` to `out`. Section 一
 * asks for the government-only aspect when `kind` is NB_ORGAN_GOVERNMENT. */
void nb_blank_report(const nb_template *tpl, int year, const char *org, nb_organ_kind kind,
                     nb_textbuf *out);

#endif
