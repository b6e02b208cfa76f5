/* Table text whose cells ran together.
 *
 * A web page saved as text glues a table's cells into one line: "规章000行政规范性文件106…",
 * "（七）总计5000005四、结转下年度继续办理0000000". Nothing separates the cells but the labels
 * themselves and the change from letters to digits, so such a row is cut again at every label
 * of the template that starts where the previous cell ended, and wherever digits start and
 * stop ("行政许可734" is the label 行政许可 and the value 734, not a misspelt label). Each piece
 * becomes an observed row of its own, as if the text had one cell per line; the digits of one
 * piece keep the spaces between them as cell borders ("0 0 0 0 0 00").
 *
 * Prose stays whole: only stretches holding two labels and digits, with no punctuation of prose
 * between them, are cut, and a row of space-aligned columns (pdftotext) is cut only where a label
 * follows digits, the mark of several rows run into one line. */
#ifndef NB_UNGLUE_H
#define NB_UNGLUE_H

#include "cells.h"
#include "label_match.h"

/* Replaces every run-on row of `obs` (tokenized from `s`) by the rows it was made of. */
void nb_unglue_rows(const nb_stream *s, const nb_label_set *labels, nb_obs_table *obs);

#endif
