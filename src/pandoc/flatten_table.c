/* A pandoc Table (the model of pandoc-types 1.21 and later: head, bodies, foot, cells with
 * RowSpan and ColSpan) as one "| a | b |" line per row, each an NB_ITEM_ROW whose cells the
 * layout readers place on a grid as they do an HTML table's: a cell another one covers from
 * above or from the left is simply absent from its row. */
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "ast.h"
#include "flat_internal.h"

/* The rows of the table in reading order. */
typedef struct {
  json_t **rows;
  int count, cap;
  int nhead; /* how many of them are the table head's (a GFM delimiter row follows those) */
} row_list;

static void add_rows(row_list *l, json_t *rows) {
  size_t n = json_array_size(rows);
  for (size_t i = 0; i < n; i++) {
    nb_grow((void **)&l->rows, &l->cap, l->count + 1, sizeof *l->rows);
    l->rows[l->count++] = pd_at(rows, i);
  }
}

static void cell_block(pd_flattener *fl, json_t *node);

void pd_flatten_cell_blocks(pd_flattener *fl, json_t *blocks) {
  size_t n = json_array_size(blocks);
  for (size_t i = 0; i < n; i++)
    cell_block(fl, pd_at(blocks, i));
}

static void cell_rows(pd_flattener *fl, json_t *rows) {
  size_t n = json_array_size(rows);
  for (size_t r = 0; r < n; r++) {
    json_t *cells = pd_at(pd_at(rows, r), 1);
    size_t m = json_array_size(cells);
    for (size_t k = 0; k < m; k++)
      pd_flatten_cell_blocks(fl, pd_at(pd_at(cells, k), 4));
  }
}

/* A block inside a cell: its text joins the cell's, a paragraph end standing for a space. */
static void cell_block(pd_flattener *fl, json_t *node) {
  const char *t = pd_type(node);
  json_t *c = pd_content(node);
  fl->pending_space = true;
  if (strcmp(t, "Para") == 0 || strcmp(t, "Plain") == 0) {
    pd_flatten_inlines(fl, c);
  } else if (strcmp(t, "Header") == 0) {
    pd_flatten_inlines(fl, pd_at(c, 2));
  } else if (strcmp(t, "LineBlock") == 0) {
    size_t n = json_array_size(c);
    for (size_t i = 0; i < n; i++) {
      fl->pending_space = true;
      pd_flatten_inlines(fl, pd_at(c, i));
    }
  } else if (strcmp(t, "CodeBlock") == 0) {
    json_t *s = pd_at(c, 1);
    if (json_is_string(s))
      pd_put(fl, json_string_value(s), json_string_length(s));
  } else if (strcmp(t, "Div") == 0) {
    pd_flatten_cell_blocks(fl, pd_at(c, 1));
  } else if (strcmp(t, "BlockQuote") == 0) {
    pd_flatten_cell_blocks(fl, c);
  } else if (strcmp(t, "BulletList") == 0 || strcmp(t, "OrderedList") == 0) {
    json_t *items = strcmp(t, "BulletList") == 0 ? c : pd_at(c, 1);
    size_t n = json_array_size(items);
    for (size_t i = 0; i < n; i++)
      pd_flatten_cell_blocks(fl, pd_at(items, i));
  } else if (strcmp(t, "Table") == 0) {
    /* A table inside a cell is read as the cell's text. */
    cell_rows(fl, pd_at(pd_at(c, 3), 1));
    json_t *bodies = pd_at(c, 4);
    size_t n = json_array_size(bodies);
    for (size_t b = 0; b < n; b++) {
      cell_rows(fl, pd_at(pd_at(bodies, b), 2));
      cell_rows(fl, pd_at(pd_at(bodies, b), 3));
    }
    cell_rows(fl, pd_at(pd_at(c, 5), 1));
  }
}

static int span_count(json_t *v) {
  if (!json_is_integer(v))
    return 1;
  json_int_t n = json_integer_value(v);
  return n < 1 ? 1 : n > 1000 ? 1000 : (int)n;
}

/* What the rendering of one row left for the second pass. */
typedef struct {
  size_t start, end;
  int first_piece, end_piece;
  nb_stream_cell *cells;
  int ncells;
  int line; /* source line, 0 when unknown */
} row_text;

static void render_row(pd_flattener *fl, json_t *row, int table, int index, row_text *out) {
  json_t *cells = pd_at(row, 1);
  int n = (int)json_array_size(cells);
  if (fl->text.len > 0)
    nb_rule_buf_append(&fl->text, "\n", 1);
  out->start = fl->text.len;
  out->first_piece = fl->f->npieces;
  out->cells = nb_xcalloc((size_t)(n > 0 ? n : 1), sizeof *out->cells);
  out->ncells = n;
  nb_rule_buf_append(&fl->text, "|", 1);
  for (int k = 0; k < n; k++) {
    json_t *cell = pd_at(cells, k);
    nb_rule_buf_append(&fl->text, " ", 1);
    json_t *blocks = pd_at(cell, 4);
    int p = pd_piece_begin(fl, PD_PIECE_CELL, json_is_array(blocks) ? blocks : NULL, NULL, 0);
    fl->breaks = PD_BREAK_SPACE;
    fl->pending_space = false;
    fl->need_anchor = true;
    pd_flatten_cell_blocks(fl, blocks);
    fl->pending_space = false;
    fl->need_anchor = false;
    pd_piece_end(fl);
    pd_piece *piece = &fl->f->pieces[p];
    piece->table = table;
    piece->row = index;
    piece->cell = k;
    size_t a = piece->start, b = piece->end;
    nb_trim_span(fl->text.s, &a, &b);
    out->cells[k].span = a < b ? nb_span_make(a, b) : nb_span_make(piece->start, piece->start);
    out->cells[k].rowspan = span_count(pd_at(cell, 2));
    out->cells[k].colspan = span_count(pd_at(cell, 3));
    if (out->line == 0 && piece->pos.line > 0)
      out->line = piece->pos.line;
    nb_rule_buf_append(&fl->text, " |", 2);
  }
  out->end_piece = fl->f->npieces;
  out->end = fl->text.len;
}

/* The column just after a piece's last character, or 0. */
static int end_column(const pd_flattener *fl, const pd_piece *p) {
  if (p->end_run <= p->first_run)
    return 0;
  const pd_run *r = &fl->f->runs[p->end_run - 1];
  if (r->pos.line <= 0)
    return 0;
  return r->pos.column + (int)nb_utf8_count(fl->text.s + r->start, r->end - r->start);
}

/* An empty cell has no position of its own: the command line puts it at the "|" closing it.
 * Where that is follows from a neighbour on the same line, the row written the usual way
 * ("| a |  | b |"): the next cell's text starts two columns after it, the previous cell's text
 * ends four columns before it; each further empty cell between is three columns. */
static void place_empty_cells(pd_flattener *fl, const row_text *row, pd_pos table_pos) {
  pd_flat *f = fl->f;
  int n = row->end_piece - row->first_piece;
  if (row->line <= 0 || n <= 0)
    return;
  pd_piece *cells = &f->pieces[row->first_piece];
  /* The nearest cell on the row's line before and after each one, in two passes. */
  int *next = nb_xmalloc((size_t)n * sizeof *next);
  for (int k = n - 1, seen = -1; k >= 0; k--) {
    next[k] = seen;
    if (cells[k].pos.line == row->line)
      seen = k;
  }
  for (int k = 0, prev = -1, prev_end = 0; k < n; k++) {
    pd_piece *p = &cells[k];
    if (p->pos.line > 0) {
      if (p->pos.line == row->line && end_column(fl, p) > 0) {
        prev = k;
        prev_end = end_column(fl, p);
      }
      continue;
    }
    int column = next[k] >= 0 ? cells[next[k]].pos.column - 2 - 3 * (next[k] - k - 1)
                 : prev >= 0  ? prev_end + 4 + 3 * (k - prev - 1)
                              : 0;
    if (column < 1)
      column = 4 + 3 * k;
    p->pos.file = table_pos.file;
    p->pos.line = row->line;
    p->pos.column = column;
  }
  free(next);
}

void pd_flatten_table(pd_flattener *fl, json_t *table, json_t *parent, size_t index) {
  (void)parent;
  (void)index;
  json_t *c = pd_content(table);
  pd_pos table_pos = fl->block_pos, table_end = fl->block_end;
  pd_attr_pos(fl, pd_at(c, 0), &table_pos, &table_end);
  /* A caption is a paragraph a reader sees above the table. */
  pd_flatten_blocks(fl, pd_at(pd_at(c, 1), 1));
  pd_item_end(fl);

  row_list rows = {0};
  add_rows(&rows, pd_at(pd_at(c, 3), 1));
  rows.nhead = rows.count;
  json_t *bodies = pd_at(c, 4);
  size_t nbodies = json_array_size(bodies);
  for (size_t b = 0; b < nbodies; b++) {
    add_rows(&rows, pd_at(pd_at(bodies, b), 2));
    add_rows(&rows, pd_at(pd_at(bodies, b), 3));
  }
  add_rows(&rows, pd_at(pd_at(c, 5), 1));

  int t = fl->tables++;
  row_text *texts = nb_xcalloc((size_t)(rows.count > 0 ? rows.count : 1), sizeof *texts);
  for (int r = 0; r < rows.count; r++)
    render_row(fl, rows.rows[r], t, r, &texts[r]);
  /* Rows and cells carry no data-pos: a row without text of its own stands on the line after
   * the previous row's, or after the delimiter row that follows a GFM table's head. */
  for (int r = 0; r < rows.count && fl->f->positioned; r++) {
    if (texts[r].line > 0)
      continue;
    if (r == 0)
      texts[r].line = table_pos.line;
    else if (texts[r - 1].line > 0)
      texts[r].line = texts[r - 1].line + 1 + (r == rows.nhead ? 1 : 0);
  }
  for (int r = 0; r < rows.count; r++) {
    place_empty_cells(fl, &texts[r], table_pos);
    pd_pos pos = {table_pos.file, texts[r].line, 1};
    pd_push_row(fl, nb_span_make(texts[r].start, texts[r].end), texts[r].cells, texts[r].ncells,
                pos);
    for (int p = texts[r].first_piece; p < texts[r].end_piece; p++)
      fl->f->pieces[p].item = fl->f->nitems - 1;
    free(texts[r].cells);
  }
  free(texts);
  free(rows.rows);
  fl->block++;
  fl->blank = true;
}
