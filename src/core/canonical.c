/* Writing a statutory table in its canonical form (see canonical.h): first a grid of cell
 * texts, then the grid as a GFM pipe table. */
#include "canonical.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "text.h"
#include "xalloc.h"

/* Column groups nest as "行政诉讼·复议后起诉" in the template data. */
#define GROUP_SEPARATOR "\xC2\xB7"

void nb_textbuf_put(nb_textbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    b->data = nb_xrealloc(b->data, cap);
    b->cap = cap;
  }
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void nb_textbuf_puts(nb_textbuf *b, const char *s) {
  nb_textbuf_put(b, s, strlen(s));
}

void nb_textbuf_printf(nb_textbuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = nb_strdup_vprintf(fmt, ap);
  va_end(ap);
  nb_textbuf_puts(b, s);
  free(s);
}

void nb_textbuf_free(nb_textbuf *b) {
  free(b->data);
  memset(b, 0, sizeof *b);
}

/* ---------------------------------------------------------------- the grid */

typedef struct {
  int ncols;
  char **cells; /* nrows * ncols, NULL = empty */
  int nrows;
  int cap;
} grid;

static int grid_add_row(grid *g) {
  nb_grow((void **)&g->cells, &g->cap, (g->nrows + 1) * g->ncols, sizeof *g->cells);
  memset(g->cells + (size_t)g->nrows * (size_t)g->ncols, 0, (size_t)g->ncols * sizeof *g->cells);
  return g->nrows++;
}

/* Takes ownership of text. */
static void grid_set(grid *g, int row, int col, char *text) {
  if (col < 0 || col >= g->ncols) {
    free(text);
    return;
  }
  char **cell = &g->cells[(size_t)row * (size_t)g->ncols + (size_t)col];
  free(*cell);
  *cell = text;
}

static void grid_free(grid *g) {
  for (int i = 0; i < g->nrows * g->ncols; i++)
    free(g->cells[i]);
  free(g->cells);
}

static void write_row(nb_textbuf *out, const grid *g, int row) {
  for (int c = 0; c < g->ncols; c++) {
    const char *text = g->cells[(size_t)row * (size_t)g->ncols + (size_t)c];
    nb_textbuf_puts(out, "| ");
    if (text)
      nb_textbuf_puts(out, text);
    nb_textbuf_puts(out, " ");
  }
  nb_textbuf_puts(out, "|\n");
}

/* The first grid row is the pipe table's header row, then comes the delimiter row. */
static void grid_write(const grid *g, nb_textbuf *out) {
  for (int r = 0; r < g->nrows; r++) {
    write_row(out, g, r);
    if (r == 0) {
      for (int c = 0; c < g->ncols; c++)
        nb_textbuf_puts(out, "| --- ");
      nb_textbuf_puts(out, "|\n");
    }
  }
}

/* ---------------------------------------------------------------- cell texts */

static bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* One line of cell text: a run of white space holding a line break joins the pieces of a label
 * a layout broke (Chinese needs no space there), any other run becomes one space, and "|" is
 * escaped so the pipe table keeps its columns. */
static void append_cell_text(nb_textbuf *b, const char *s, size_t len) {
  size_t start = 0, end = len;
  while (start < end && is_space_byte(s[start]))
    start++;
  while (end > start && is_space_byte(s[end - 1]))
    end--;
  for (size_t i = start; i < end;) {
    if (is_space_byte(s[i])) {
      bool line_break = false;
      while (i < end && is_space_byte(s[i])) {
        line_break |= s[i] == '\n' || s[i] == '\r';
        i++;
      }
      if (!line_break)
        nb_textbuf_put(b, " ", 1);
      continue;
    }
    if (s[i] == '|' && (i == 0 || s[i - 1] != '\\'))
      nb_textbuf_put(b, "\\", 1);
    nb_textbuf_put(b, s + i, 1);
    i++;
  }
}

static char *span_text(const nb_report *r, nb_span span) {
  nb_textbuf b = {0};
  nb_textbuf_puts(&b, "");
  if (span.end <= r->len && span.start < span.end)
    append_cell_text(&b, r->text + span.start, span.end - span.start);
  return b.data;
}

/* A label the reader matched as the template spells it (or only a piece of, when a layout cut
 * it) is written officially; anything a finding is about keeps its source spelling. */
static bool keep_as_written(nb_match match, const void *outdated, nb_span span) {
  if (nb_span_is_empty(span))
    return false;
  return outdated || match == NB_MATCH_TYPO || match == NB_MATCH_VARIANT;
}

static char *row_label_text(const nb_report *r, const nb_table *t, int i) {
  const nb_row *row = &t->rows[i];
  const char *official = t->spec->rows[i].label;
  if (keep_as_written(row->match, row->outdated, row->label))
    return span_text(r, row->label);
  return nb_xstrdup(official ? official : "");
}

static const nb_header_label *find_header(const nb_table *t, nb_label_kind kind, int block,
                                          int index) {
  for (int h = 0; t && h < t->nheaders; h++) {
    const nb_header_label *l = &t->headers[h];
    if (l->kind == kind && l->index == index && (kind == NB_LABEL_BLOCK || l->block == block))
      return l;
  }
  return NULL;
}

static char *header_text(const nb_report *r, const nb_table *t, nb_label_kind kind, int block,
                         int index, const char *official) {
  const nb_header_label *l = find_header(t, kind, block, index);
  if (r && l && keep_as_written(l->match, l->outdated, l->span))
    return span_text(r, l->span);
  return nb_xstrdup(official ? official : "");
}

static char *format_number(double v) {
  return nb_strdup_printf("%.15g", v);
}

static char *cell_text(const nb_report *r, const nb_table *t, const nb_cell *cell) {
  switch (cell->state) {
  case NB_CELL_VALUE: {
    if (cell->run_together >= 0 || !r)
      return format_number(cell->value);
    char *text = span_text(r, cell->span);
    if (!text[0]) {
      free(text);
      text = format_number(cell->value);
    }
    if (!nb_span_is_empty(cell->note) && cell->note.start >= cell->span.end) {
      char *note = span_text(r, cell->note);
      char *both = nb_strdup_printf("%s%s", text, note);
      free(text);
      free(note);
      text = both;
    }
    return text;
  }
  case NB_CELL_PLACEHOLDER:
  case NB_CELL_INVALID:
    return r ? span_text(r, cell->span) : NULL;
  default:
    (void)t;
    return NULL;
  }
}

/* ---------------------------------------------------------------- template shape */

static int row_depth(const nb_table_spec *spec, int i) {
  int depth = 0;
  for (int p = spec->rows[i].parent; p >= 0 && depth < spec->nrows; p = spec->rows[p].parent)
    depth++;
  return depth;
}

/* Label columns: none when the rows carry no labels (table 四), else one per nesting level. */
static int label_columns(const nb_table_spec *spec) {
  int n = 0;
  for (int i = 0; i < spec->nrows; i++)
    if (spec->rows[i].label && row_depth(spec, i) + 1 > n)
      n = row_depth(spec, i) + 1;
  return n;
}

static int widest_block(const nb_table_spec *spec) {
  int n = 0;
  for (int b = 0; b < spec->nblocks; b++)
    if (spec->blocks[b].ncolumns > n)
      n = spec->blocks[b].ncolumns;
  return n;
}

/* Number of levels of a column's group path ("A·B" has two). */
static int group_depth(const char *group) {
  if (!group || !group[0])
    return 0;
  int n = 1;
  for (const char *p = strstr(group, GROUP_SEPARATOR); p; p = strstr(p + 1, GROUP_SEPARATOR))
    n++;
  return n;
}

/* The level-th component of a group path, as a fresh string. */
static char *group_part(const char *group, int level) {
  const char *start = group;
  for (int l = 0; l < level && start; l++) {
    start = strstr(start, GROUP_SEPARATOR);
    if (start)
      start += strlen(GROUP_SEPARATOR);
  }
  if (!start)
    return nb_xstrdup("");
  const char *end = strstr(start, GROUP_SEPARATOR);
  return nb_xstrndup(start, end ? (size_t)(end - start) : strlen(start));
}

/* True when two columns share their group path up to and including `level`. */
static bool same_group_prefix(const char *a, const char *b, int level) {
  for (int l = 0; l <= level; l++) {
    char *pa = group_part(a ? a : "", l), *pb = group_part(b ? b : "", l);
    bool same = strcmp(pa, pb) == 0;
    free(pa);
    free(pb);
    if (!same)
      return false;
  }
  return true;
}

static bool is_group_part(const nb_block_spec *block, const char *label) {
  for (int c = 0; c < block->ncolumns; c++) {
    const char *group = block->columns[c].group;
    for (int l = 0; l < group_depth(group); l++) {
      char *part = group_part(group, l);
      bool same = strcmp(part, label) == 0;
      free(part);
      if (same)
        return true;
    }
  }
  return false;
}

/* The header rows of one block: the corner label (the block's first header label, when the
 * table has label columns), one row per other header label that is no column group (申请人情况,
 * spanning the value columns), one row per group level (a column without any group is written
 * in the first of them, as a merged cell reads from the top), then the column labels. */
static void add_header_rows(grid *g, const nb_report *r, const nb_table *t,
                            const nb_table_spec *spec, int b, int L) {
  const nb_block_spec *block = &spec->blocks[b];
  const char *const *extra = block->header_labels;
  int first = g->nrows;
  for (int k = 0; extra && extra[k]; k++) {
    if ((k == 0 && L > 0) || is_group_part(block, extra[k]))
      continue;
    grid_set(g, grid_add_row(g), L, nb_xstrdup(extra[k]));
  }
  int depth = 0;
  for (int c = 0; c < block->ncolumns; c++)
    if (group_depth(block->columns[c].group) > depth)
      depth = group_depth(block->columns[c].group);
  int group_row0 = g->nrows;
  for (int l = 0; l < depth; l++) {
    int row = grid_add_row(g);
    for (int c = 0; c < block->ncolumns; c++) {
      const char *group = block->columns[c].group;
      if (group_depth(group) <= l)
        continue;
      if (c > 0 && same_group_prefix(group, block->columns[c - 1].group, l))
        continue;
      grid_set(g, row, L + c, group_part(group, l));
    }
  }
  int label_row = grid_add_row(g);
  for (int c = 0; c < block->ncolumns; c++) {
    const nb_column_spec *col = &block->columns[c];
    int row = depth > 0 && group_depth(col->group) == 0 ? group_row0 : label_row;
    grid_set(g, row, L + c, header_text(r, t, NB_LABEL_COLUMN, b, c, col->label));
  }
  if (L > 0 && extra && extra[0])
    grid_set(g, first, 0, nb_xstrdup(extra[0]));
}

/* ---------------------------------------------------------------- data rows */

static bool row_written(const nb_table *t, const nb_table_spec *spec, int i) {
  if (!t)
    return spec->rows[i].kind == NB_ROW_DATA;
  const nb_row *row = &t->rows[i];
  return row->present && row->cells && (spec->rows[i].kind == NB_ROW_DATA || row->group_as_data);
}

/* A group row holds no numbers: its label is written above its first row whether or not the
 * source wrote it (joined labels hide it inside the child's cell), as the source spelt it when
 * the reader saw it with a typo. */
static bool group_shown(const nb_table *t, int i) {
  (void)t;
  (void)i;
  return true;
}

static void add_data_row(grid *g, const nb_report *r, const nb_table *t, const nb_table_spec *spec,
                         int i, int L, bool *opened) {
  int row = grid_add_row(g);
  int chain[16], n = 0;
  for (int p = spec->rows[i].parent; p >= 0 && n < 16; p = spec->rows[p].parent)
    chain[n++] = p;
  for (int k = n - 1; k >= 0; k--) {
    int a = chain[k];
    if (opened[a])
      continue;
    opened[a] = true;
    if (group_shown(t, a))
      grid_set(g, row, row_depth(spec, a),
               t ? row_label_text(r, t, a) : nb_xstrdup(spec->rows[a].label));
  }
  if (L > 0)
    grid_set(g, row, row_depth(spec, i),
             t ? row_label_text(r, t, i)
               : nb_xstrdup(spec->rows[i].label ? spec->rows[i].label : ""));
  if (!t)
    return; /* blank template: every cell stays empty (the reader knows table 四's blank row) */
  const nb_row *data = &t->rows[i];
  for (int c = 0; c < data->ncells; c++)
    grid_set(g, row, L + c, cell_text(r, t, &data->cells[c]));
}

static void add_block_rows(grid *g, const nb_report *r, const nb_table *t,
                           const nb_table_spec *spec, int b, int L, bool *opened) {
  for (int i = 0; i < spec->nrows; i++)
    if (spec->rows[i].block == b && row_written(t, spec, i))
      add_data_row(g, r, t, spec, i, L, opened);
}

/* t == NULL writes the blank template. */
static void write_table(const nb_report *r, const nb_table *t, const nb_table_spec *spec,
                        nb_textbuf *out) {
  int L = label_columns(spec);
  grid g = {L + widest_block(spec), NULL, 0, 0};
  if (g.ncols <= 0)
    return;
  bool *opened = nb_xcalloc((size_t)spec->nrows + 1, sizeof *opened);
  for (int b = 0; b < spec->nblocks; b++) {
    if (spec->blocks[b].label)
      grid_set(&g, grid_add_row(&g), 0,
               header_text(r, t, NB_LABEL_BLOCK, b, b, spec->blocks[b].label));
    add_header_rows(&g, r, t, spec, b, L);
    add_block_rows(&g, r, t, spec, b, L, opened);
  }
  grid_write(&g, out);
  free(opened);
  grid_free(&g);
}

bool nb_canonical_table(const nb_report *r, const nb_table *t, nb_textbuf *out) {
  if (!t || !t->found || !t->spec || !t->rows || t->unreadable != NB_UNREADABLE_NONE)
    return false;
  write_table(r, t, t->spec, out);
  return true;
}

void nb_canonical_blank_table(const nb_table_spec *spec, nb_textbuf *out) {
  write_table(NULL, NULL, spec, out);
}
