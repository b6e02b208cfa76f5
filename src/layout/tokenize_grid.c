/* Grid placement for tables with row and column spans (HTML, pre-split rows). A cell that
 * spans rows is copied into each row below it, so every row carries its full label path
 * ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密") without the assembler having to
 * remember earlier rows. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "tokenize_internal.h"

/* Spans beyond this are malformed input; clamping keeps memory bounded. */
enum { MAX_SPAN = 256 };

static int clamp_span(int n) {
  return n < 1 ? 1 : n > MAX_SPAN ? MAX_SPAN : n;
}

void nb_tok_grid_init(nb_tok_grid *g) {
  memset(g, 0, sizeof *g);
}

static void ensure_cols(nb_tok_grid *g, int ncols) {
  if (ncols <= g->ncols)
    return;
  int cap = g->colcap;
  nb_grow((void **)&g->remaining, &cap, ncols, sizeof *g->remaining);
  cap = g->colcap;
  nb_grow((void **)&g->carry, &cap, ncols, sizeof *g->carry);
  cap = g->colcap;
  nb_grow((void **)&g->origin, &cap, ncols, sizeof *g->origin);
  g->colcap = cap;
  for (int c = g->ncols; c < ncols; c++) {
    g->remaining[c] = 0;
    g->carry[c] = -1;
    g->origin[c] = c;
  }
  g->ncols = ncols;
}

static bool covered(const nb_tok_grid *g, int col) {
  return col < g->ncols && g->remaining[col] > 0;
}

/* Emits the copy of the covering cell when `col` is where it starts. */
static void emit_copy(const nb_tok_grid *g, nb_obs_row *row, int col) {
  if (g->origin[col] != col)
    return;
  const nb_tok_carry *k = &g->carries[g->carry[col]];
  nb_obs_cell *c = nb_tok_add_cell(row, k->span, k->text ? nb_xstrdup(k->text) : NULL, col);
  c->colspan = k->colspan;
  c->repeated = true;
}

static void skip_covered(nb_tok_grid *g, nb_obs_row *row) {
  while (covered(g, g->col)) {
    emit_copy(g, row, g->col);
    g->col++;
  }
}

void nb_tok_grid_begin_row(nb_tok_grid *g) {
  g->col = 0;
  g->nfresh = 0;
  g->in_row = true;
}

void nb_tok_grid_add_cell(nb_tok_grid *g, nb_obs_row *row, nb_span span, char *text, int rowspan,
                          int colspan) {
  rowspan = clamp_span(rowspan);
  colspan = clamp_span(colspan);
  skip_covered(g, row);
  int col = g->col;
  if (rowspan > 1) {
    nb_grow((void **)&g->carries, &g->carrycap, g->ncarries + 1, sizeof *g->carries);
    nb_tok_carry *k = &g->carries[g->ncarries];
    k->span = span;
    k->text = text ? nb_xstrdup(text) : NULL;
    k->colspan = colspan;
    int cap = g->freshcap;
    nb_grow((void **)&g->fresh_col, &cap, g->nfresh + 1, sizeof *g->fresh_col);
    cap = g->freshcap;
    nb_grow((void **)&g->fresh_rows, &cap, g->nfresh + 1, sizeof *g->fresh_rows);
    cap = g->freshcap;
    nb_grow((void **)&g->fresh_carry, &cap, g->nfresh + 1, sizeof *g->fresh_carry);
    g->freshcap = cap;
    g->fresh_col[g->nfresh] = col;
    g->fresh_rows[g->nfresh] = rowspan - 1;
    g->fresh_carry[g->nfresh] = g->ncarries++;
    g->nfresh++;
  }
  nb_obs_cell *c = nb_tok_add_cell(row, span, text, col);
  c->colspan = colspan;
  g->col = col + colspan;
}

void nb_tok_grid_end_row(nb_tok_grid *g, nb_obs_row *row) {
  if (!g->in_row)
    return;
  /* Cells covered from above that stand after the last cell written in this row. */
  for (; g->col < g->ncols; g->col++)
    if (covered(g, g->col))
      emit_copy(g, row, g->col);
  for (int c = 0; c < g->ncols; c++)
    if (g->remaining[c] > 0)
      g->remaining[c]--;
  for (int f = 0; f < g->nfresh; f++) {
    int col = g->fresh_col[f];
    int span = g->carries[g->fresh_carry[f]].colspan;
    ensure_cols(g, col + span);
    for (int c = col; c < col + span; c++) {
      g->remaining[c] = g->fresh_rows[f];
      g->carry[c] = g->fresh_carry[f];
      g->origin[c] = col;
    }
  }
  g->nfresh = 0;
  g->in_row = false;
}

void nb_tok_grid_free(nb_tok_grid *g) {
  for (int i = 0; i < g->ncarries; i++)
    free(g->carries[i].text);
  free(g->carries);
  free(g->remaining);
  free(g->carry);
  free(g->origin);
  free(g->fresh_col);
  free(g->fresh_rows);
  free(g->fresh_carry);
  memset(g, 0, sizeof *g);
}
