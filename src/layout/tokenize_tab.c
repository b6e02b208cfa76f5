/* Tab-separated lines (text copied from Word or a PDF viewer): every tab is a cell border, so
 * empty fields are real, empty grid cells. */
#include <stdbool.h>
#include <string.h>

#include "../core/text.h"
#include "tokenize_internal.h"

/* The end of the field starting at `from`: the next tab, or the end of the line. Fields are
 * found with memchr: every line of a table region is asked whether it is a tab row. */
static size_t field_end(const char *s, size_t from, size_t end) {
  const char *tab = from < end ? memchr(s + from, '\t', end - from) : NULL;
  return tab ? (size_t)(tab - s) : end;
}

/* A line like "\t第二十条第（一）项" is one cell indented by a tab (one cell per line). */
static bool is_indented_single_cell(const char *s, nb_span line) {
  int nonempty = 0;
  bool empty_after_text = false;
  for (size_t field = line.start;;) {
    size_t a = field, b = field_end(s, field, line.end);
    size_t next = b + 1;
    nb_trim_span(s, &a, &b);
    if (a < b)
      nonempty++;
    else if (nonempty > 0)
      empty_after_text = true;
    if (next > line.end)
      break;
    field = next;
  }
  return nonempty <= 1 && !empty_after_text;
}

bool nb_tok_tab_row(const nb_stream *s, int item, nb_obs_table *out) {
  nb_span line = s->items[item].span;
  const char *t = s->text;
  if (field_end(t, line.start, line.end) == line.end || is_indented_single_cell(t, line))
    return false;
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_TAB, true, -1, out);
  int col = 0;
  for (size_t field = line.start;;) {
    size_t a = field, b = field_end(t, field, line.end);
    size_t next = b + 1;
    nb_trim_span(t, &a, &b);
    nb_span span = nb_span_make(a, b);
    nb_tok_add_cell(row, span, nb_tok_close_cjk_gaps(t, span), col++);
    if (next > line.end)
      break;
    field = next;
  }
  return true;
}
