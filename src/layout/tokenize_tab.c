/* Tab-separated lines (text copied from Word or a PDF viewer): every tab is a cell border, so
 * empty fields are real, empty grid cells. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "tokenize_internal.h"

/* The end of the field starting at `from`: the next tab, or the end of the line. Fields are
 * found with memchr: every line of a table region is asked whether it is a tab row. */
static size_t field_end(const char *s, size_t from, size_t end) {
  const char *tab = from < end ? memchr(s + from, '\t', end - from) : NULL;
  return tab ? (size_t)(tab - s) : end;
}

/* A line's fields, trimmed: in `local` while they fit (nearly every line), on the heap beyond.
 * Each field is found and trimmed once, both to decide and to make the cells. */
enum { LOCAL_FIELDS = 32 };
typedef struct {
  nb_span *f;
  int n, cap;
  nb_span local[LOCAL_FIELDS];
} field_list;

static void split_fields(const char *t, nb_span line, field_list *l) {
  l->f = l->local;
  l->n = 0;
  l->cap = LOCAL_FIELDS;
  for (size_t field = line.start;;) {
    size_t a = field, b = field_end(t, field, line.end);
    size_t next = b + 1;
    if (a < b) /* an empty field (two tabs in a row: an empty cell) has nothing to trim */
      nb_trim_span(t, &a, &b);
    if (l->n == l->cap) {
      nb_span *grown = nb_xmalloc((size_t)l->cap * 2 * sizeof *grown);
      memcpy(grown, l->f, (size_t)l->n * sizeof *grown);
      if (l->f != l->local)
        free(l->f);
      l->f = grown;
      l->cap *= 2;
    }
    l->f[l->n++] = nb_span_make(a, b);
    if (next > line.end)
      break;
    field = next;
  }
}

/* A line like "\t第二十条第（一）项" is one cell indented by a tab (one cell per line). */
static bool is_indented_single_cell(const field_list *l) {
  int nonempty = 0;
  bool empty_after_text = false;
  for (int k = 0; k < l->n; k++) {
    if (l->f[k].start < l->f[k].end)
      nonempty++;
    else if (nonempty > 0)
      empty_after_text = true;
  }
  return nonempty <= 1 && !empty_after_text;
}

bool nb_tok_is_tab_row_simple(const char *s, nb_span line) {
  field_list fields;
  split_fields(s, line, &fields);
  bool row = !is_indented_single_cell(&fields);
  if (fields.f != fields.local)
    free(fields.f);
  return row;
}

/* Most lines with a tab in a region of text are one cell indented by it ("\t规章": cell per line
 * text), and splitting them into fields to find so cost more than their bytes. A line is a row
 * when a tab follows its first character that is no blank: that character's field holds text,
 * and the field after the tab either holds text too or is an empty cell after text. A line that
 * starts with text is one at once. */
bool nb_tok_is_tab_row(const char *s, nb_span line) {
  size_t a = line.start, b = line.end;
  if (a < b && nb_plainly_visible_at(s, a, b))
    return true; /* text, and the line's tab after it */
  nb_trim_span(s, &a, &b);
  return a < b && memchr(s + a, '\t', line.end - a) != NULL;
}

bool nb_tok_tab_row(const nb_stream *s, int item, nb_obs_table *out) {
  nb_span line = s->items[item].span;
  const char *t = s->text;
  if (!nb_tok_is_tab_row(t, line))
    return false;
  field_list fields;
  split_fields(t, line, &fields);
  nb_obs_row *r = nb_tok_row_for_item(s, item, NB_LAYOUT_TAB, true, -1, out);
  nb_obs_row_reserve(out, r, fields.n);
  /* Written in the room reserved, the count and owned texts set once (as a spaced row's). */
  nb_obs_cell *cells = r->cells + r->ncells;
  int owned = 0;
  for (int k = 0; k < fields.n; k++) {
    char *text = nb_tok_close_cjk_gaps(t, fields.f[k]);
    cells[k] = (nb_obs_cell){.span = fields.f[k], .text = text, .col = k, .colspan = 1};
    owned += text != NULL;
  }
  r->ncells += fields.n;
  r->owned_texts += owned;
  if (fields.f != fields.local)
    free(fields.f);
  return true;
}
