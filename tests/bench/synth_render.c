/* One table, many layouts: the table is first laid out as a grid of text cells (block label rows,
 * header rows, data rows), then written out the way each layout writes grids. */
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "core/xalloc.h"
#include "synth.h"

enum { MAX_CELLS = 24 };

typedef struct {
  char *text; /* owned; "" for an empty cell */
  int span;   /* columns it covers */
} grid_cell;

typedef struct {
  grid_cell cells[MAX_CELLS];
  int ncells;
  bool header;
} grid_row;

typedef struct {
  grid_row *rows;
  int nrows;
  int cap;
  int width;     /* columns of the widest row */
  bool labelled; /* rows start with a label cell (table 四's one row has none) */
} grid;

static grid_row *grid_add_row(grid *g, bool header) {
  nb_grow((void **)&g->rows, &g->cap, g->nrows + 1, sizeof(grid_row));
  grid_row *row = &g->rows[g->nrows++];
  row->ncells = 0;
  row->header = header;
  return row;
}

static void row_add(grid *g, grid_row *row, const char *text, int span) {
  if (row->ncells == MAX_CELLS)
    return;
  row->cells[row->ncells].text = nb_xstrdup(text ? text : "");
  row->cells[row->ncells].span = span;
  row->ncells++;
  int width = 0;
  for (int i = 0; i < row->ncells; i++)
    width += row->cells[i].span;
  if (width > g->width)
    g->width = width;
}

static void grid_free(grid *g) {
  for (int r = 0; r < g->nrows; r++)
    for (int c = 0; c < g->rows[r].ncells; c++)
      free(g->rows[r].cells[c].text);
  free(g->rows);
}

/* Header rows of one block: the column groups (merged where neighbours share one), then the column
 * labels, with the block's first header label in the corner. */
static void add_headers(grid *g, const nb_block_spec *block) {
  const char *corner = block->header_labels ? block->header_labels[0] : "";
  bool grouped = false;
  for (int c = 0; c < block->ncolumns; c++)
    grouped |= block->columns[c].group != NULL;
  if (grouped) {
    grid_row *row = grid_add_row(g, true);
    if (g->labelled)
      row_add(g, row, corner, 1);
    for (int c = 0; c < block->ncolumns;) {
      const char *group = block->columns[c].group;
      int span = 1;
      while (group && c + span < block->ncolumns && block->columns[c + span].group &&
             strcmp(block->columns[c + span].group, group) == 0)
        span++;
      row_add(g, row, group, span);
      c += span;
    }
    corner = "";
  }
  grid_row *row = grid_add_row(g, true);
  if (g->labelled)
    row_add(g, row, corner, 1);
  for (int c = 0; c < block->ncolumns; c++)
    row_add(g, row, block->columns[c].label, 1);
}

static void build_grid(grid *g, const bench_values *t) {
  const nb_table_spec *spec = t->spec;
  for (int r = 0; r < spec->nrows; r++)
    g->labelled |= spec->rows[r].label != NULL;
  int block = -1;
  for (int r = 0; r < spec->nrows; r++) {
    const nb_row_spec *rs = &spec->rows[r];
    if (rs->block != block) {
      block = rs->block;
      const nb_block_spec *b = &spec->blocks[block];
      if (b->label)
        row_add(g, grid_add_row(g, g->nrows == 0), b->label, g->labelled + b->ncolumns);
      add_headers(g, b);
    }
    grid_row *row = grid_add_row(g, false);
    if (g->labelled)
      row_add(g, row, rs->label, 1);
    int ncols = spec->blocks[block].ncolumns;
    for (int c = 0; c < ncols; c++) {
      char text[32] = "";
      if (rs->kind == NB_ROW_DATA)
        bench_values_text(t, r, c, text);
      row_add(g, row, text, 1);
    }
  }
}

/* ---------------------------------------------------------------- layouts */

static void render_pipe(bench_buf *out, const grid *g) {
  for (int r = 0; r < g->nrows; r++) {
    const grid_row *row = &g->rows[r];
    int written = 0;
    bench_buf_puts(out, "|");
    for (int c = 0; c < row->ncells; c++) {
      bench_buf_printf(out, " %s |", row->cells[c].text);
      for (int s = 1; s < row->cells[c].span; s++)
        bench_buf_puts(out, " |");
      written += row->cells[c].span;
    }
    for (; written < g->width; written++)
      bench_buf_puts(out, " |");
    bench_buf_puts(out, "\n");
    if (r == 0) {
      bench_buf_puts(out, "|");
      for (int c = 0; c < g->width; c++)
        bench_buf_puts(out, c == 0 ? " --- |" : " ---: |");
      bench_buf_puts(out, "\n");
    }
  }
  bench_buf_puts(out, "\n");
}

static void render_html(bench_buf *out, const grid *g) {
  bench_buf_puts(out, "<table>\n");
  for (int r = 0; r < g->nrows; r++) {
    const grid_row *row = &g->rows[r];
    const char *tag = row->header ? "th" : "td";
    bench_buf_puts(out, "<tr>");
    for (int c = 0; c < row->ncells; c++) {
      if (row->cells[c].span > 1)
        bench_buf_printf(out, "<%s colspan=\"%d\">%s</%s>", tag, row->cells[c].span,
                         row->cells[c].text, tag);
      else
        bench_buf_printf(out, "<%s>%s</%s>", tag, row->cells[c].text, tag);
    }
    bench_buf_puts(out, "</tr>\n");
  }
  bench_buf_puts(out, "</table>\n\n");
}

static void render_tab(bench_buf *out, const grid *g) {
  for (int r = 0; r < g->nrows; r++) {
    const grid_row *row = &g->rows[r];
    for (int c = 0; c < row->ncells; c++)
      bench_buf_printf(out, "%s%s", c ? "\t" : "", row->cells[c].text);
    bench_buf_puts(out, "\n");
  }
  bench_buf_puts(out, "\n");
}

static void render_cell_lines(bench_buf *out, const grid *g, bool paragraphs) {
  for (int r = 0; r < g->nrows; r++) {
    const grid_row *row = &g->rows[r];
    for (int c = 0; c < row->ncells; c++) {
      if (row->cells[c].text[0] == '\0')
        continue;
      bench_buf_printf(out, "%s\n%s", row->cells[c].text, paragraphs ? "\n" : "");
    }
  }
  bench_buf_puts(out, "\n");
}

/* Terminal columns a string takes in a monospaced PDF rendering: CJK counts double. */
static int display_width(const char *s) {
  size_t len = strlen(s), i = 0;
  int width = 0;
  while (i < len)
    width += nb_utf8_next(s, len, &i) < 0x80 ? 1 : 2;
  return width;
}

static void render_spaced(bench_buf *out, const grid *g, bench_prng *p) {
  enum { LABEL_WIDTH = 44, VALUE_WIDTH = 9 };
  for (int r = 0; r < g->nrows; r++) {
    const grid_row *row = &g->rows[r];
    int indent = bench_below(p, 4);
    bench_buf_repeat(out, ' ', indent);
    int column = indent;
    for (int c = 0; c < row->ncells; c++) {
      const char *text = row->cells[c].text;
      int width = display_width(text);
      if (c == 0 && g->labelled) {
        bench_buf_puts(out, text);
        column += width;
        bench_buf_repeat(out, ' ', LABEL_WIDTH - column > 1 ? LABEL_WIDTH - column : 2);
        column = column < LABEL_WIDTH - 1 ? LABEL_WIDTH : column + 2;
        continue;
      }
      int field = VALUE_WIDTH * row->cells[c].span;
      bench_buf_repeat(out, ' ', field - width > 1 ? field - width : 2);
      bench_buf_puts(out, text);
    }
    while (out->len > 0 && out->data[out->len - 1] == ' ') /* empty trailing cells */
      out->data[--out->len] = '\0';
    bench_buf_puts(out, "\n");
    if (bench_chance(p, 30))
      bench_buf_puts(out, "\n");
  }
  bench_buf_puts(out, "\n");
}

void bench_render_table(bench_buf *out, const bench_values *t, bench_layout layout, bench_prng *p) {
  grid g = {0};
  build_grid(&g, t);
  switch (layout) {
  case BENCH_PIPE:
    render_pipe(out, &g);
    break;
  case BENCH_HTML:
    render_html(out, &g);
    break;
  case BENCH_TAB:
    render_tab(out, &g);
    break;
  case BENCH_CELL_LINES:
    render_cell_lines(out, &g, bench_chance(p, 50));
    break;
  case BENCH_SPACED:
  case BENCH_LAYOUT_COUNT:
    render_spaced(out, &g, p);
    break;
  }
  grid_free(&g);
}
