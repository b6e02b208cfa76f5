/* Tab-separated lines (text copied from Word or a PDF viewer): every tab is a cell border, so
 * empty fields are real, empty grid cells. */
#include <stdbool.h>

#include "../core/text.h"
#include "tokenize_internal.h"

/* A line like "\t第二十条第（一）项" is one cell indented by a tab (one cell per line). */
static bool is_indented_single_cell(const char *s, nb_span line) {
  int nonempty = 0;
  bool empty_after_text = false;
  size_t field = line.start;
  for (size_t i = line.start; i <= line.end; i++) {
    if (i < line.end && s[i] != '\t')
      continue;
    size_t a = field, b = i;
    nb_trim_span(s, &a, &b);
    if (a < b)
      nonempty++;
    else if (nonempty > 0)
      empty_after_text = true;
    field = i + 1;
  }
  return nonempty <= 1 && !empty_after_text;
}

bool nb_tok_tab_row(const nb_stream *s, int item, nb_obs_table *out) {
  nb_span line = s->items[item].span;
  const char *t = s->text;
  bool has_tab = false;
  for (size_t i = line.start; i < line.end && !has_tab; i++)
    has_tab = t[i] == '\t';
  if (!has_tab || is_indented_single_cell(t, line))
    return false;
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_TAB, true, -1, out);
  int col = 0;
  size_t field = line.start;
  for (size_t i = line.start; i <= line.end; i++) {
    if (i < line.end && t[i] != '\t')
      continue;
    size_t a = field, b = i;
    nb_trim_span(t, &a, &b);
    nb_span span = nb_span_make(a, b);
    nb_tok_add_cell(row, span, nb_tok_close_cjk_gaps(t, span), col++);
    field = i + 1;
  }
  return true;
}
