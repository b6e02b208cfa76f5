/* What of a table's source lines `fmt` may replace by the canonical table, and what it must
 * carry through: fmt never drops a character it does not re-render.
 *
 * A byte of a table's lines is the table's when the reader used it (a row or header label, a
 * cell, a note, a run of digits: every span the model records), when it is only layout (white
 * space, pipes, delimiter dashes and colons, HTML tags and entities), or when its word is one
 * the canonical table writes (a header the reader needs no span for). Everything else is text
 * the reader did not understand — a note between two rows, a caption, the label of a row it did
 * not find — and stays. */
#ifndef NB_TABLE_SOURCE_H
#define NB_TABLE_SOURCE_H

#include <stdbool.h>

#include "../core/model.h"
#include "../core/position.h"

typedef struct {
  nb_span *lines; /* lines (terminator included) of text none of the table's, in order */
  int count;
  int cap;
} nb_carried_lines;

/* Sorts the table's source lines `lines` (whole lines of r->text, but for a table run into
 * prose, whose first and last may be parts of lines): lines holding none of its
 * bytes but some other text go to `carried`, to be written after the canonical table. Returns
 * false when a line mixes the table's bytes with other text (a comment, a remark in a cell
 * the reader skipped): the table cannot be replaced without losing that text. */
bool nb_table_source_split(const nb_report *r, const nb_table *t, const nb_line_index *ix,
                           nb_span lines, nb_carried_lines *carried);

void nb_carried_lines_free(nb_carried_lines *c);

#endif
