/* Where a person finds a finding in a document that has no lines (a .docx): the statutory
 * table, row and column by their labels — 表三「（三）不予公开/1.属于国家秘密」×「自然人」 —, a
 * heading as written, or a section and the paragraph's number in it. */
#ifndef NB_PANDOC_PLACE_H
#define NB_PANDOC_PLACE_H

#include "../core/diag.h"
#include "../core/model.h"
#include "flat.h"

/* A heap string, one line. */
char *pd_place(const pd_flat *f, const nb_report *r, nb_span span, nb_lang lang);

#endif
