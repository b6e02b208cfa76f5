/* One cell per line (or per paragraph): the trimmed line is the cell. Prose comes through
 * here as well; telling it from table cells is the assembler's job. */
#include "../core/text.h"
#include "tokenize_internal.h"

void nb_tok_cell_line(const nb_stream *s, int item, bool unbroken, nb_span within,
                      nb_obs_table *out) {
  size_t a = within.start, b = within.end;
  nb_trim_span(s->text, &a, &b);
  if (a == b) { /* nothing but blanks (U+FEFF, U+200B): the empty cell sits where the line's trim
                 * ends, past the blanks after the run as well */
    a = s->items[item].span.start, b = s->items[item].span.end;
    nb_trim_span(s->text, &a, &b);
  }
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_CELL_LINES, false, -1, out);
  nb_obs_row_reserve(out, row, 1);
  nb_span span = nb_span_make(a, b);
  /* Whitespace left in an unbroken line's span starts or ends it: it joins nothing. */
  nb_tok_add_cell(row, span, unbroken ? NULL : nb_tok_close_cjk_gaps(s->text, span), -1);
}
