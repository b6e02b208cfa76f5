/* Table values that satisfy the template's relations: random leaves, then every relation's target
 * recomputed from its terms until nothing changes, the way a clerk fills the form. */
#include <stdio.h>
#include <stdlib.h>

#include "core/xalloc.h"
#include "synth.h"

static double *cell(bench_values *t, int row, int col) {
  return &t->v[row * t->ncols + col];
}

static int block_columns(const nb_table_spec *spec, int block) {
  return spec->blocks[block].ncolumns;
}

/* Tables with arithmetic count requests and cases: tens at most in real reports. Table 二 counts
 * decisions and can run to hundreds of thousands (行政处罚 693957 is real). */
static double random_leaf(bench_prng *p, nb_unit unit, bool large) {
  switch (unit) {
  case NB_UNIT_WANYUAN:
    return bench_chance(p, 30) ? 0.0 : bench_below(p, 1000000) / 100.0;
  case NB_UNIT_SIGNED_COUNT:
    return bench_below(p, 41) - 20;
  case NB_UNIT_COUNT:
    break;
  }
  if (bench_chance(p, 55))
    return 0;
  if (large && bench_chance(p, 20))
    return bench_below(p, 700000);
  return bench_below(p, 30);
}

/* A group row stands for the sum of the rows under it. */
static double row_value(bench_values *t, int row, int col) {
  const nb_row_spec *rows = t->spec->rows;
  if (rows[row].kind == NB_ROW_DATA)
    return *cell(t, row, col);
  double sum = 0;
  for (int r = 0; r < t->spec->nrows; r++)
    if (rows[r].parent == row)
      sum += row_value(t, r, col);
  return sum;
}

static bool is_column_target(const nb_table_spec *spec, int row) {
  for (int i = 0; i < spec->nrelations; i++)
    if (spec->relations[i].scope == NB_REL_PER_COLUMN && spec->relations[i].target == row)
      return true;
  return false;
}

/* A negative total means the terms were drawn too small: grow the first positive leaf term (one no
 * relation computes) so the total comes out zero. */
static void lift_negative(bench_values *t, const nb_relation *rel, int col, double deficit) {
  for (int i = 0; i < rel->nterms; i++) {
    int row = rel->terms[i].index;
    if (rel->terms[i].sign > 0 && t->spec->rows[row].kind == NB_ROW_DATA &&
        !is_column_target(t->spec, row)) {
      *cell(t, row, col) += deficit;
      return;
    }
  }
}

static bool apply(bench_values *t, const nb_relation *rel) {
  bool changed = false;
  const nb_table_spec *spec = t->spec;
  if (rel->scope == NB_REL_PER_COLUMN) {
    for (int c = 0; c < block_columns(spec, rel->block); c++) {
      double sum = 0;
      for (int i = 0; i < rel->nterms; i++)
        sum += rel->terms[i].sign * row_value(t, rel->terms[i].index, c);
      if (sum < 0) {
        lift_negative(t, rel, c, -sum);
        sum = 0;
        changed = true;
      }
      changed |= *cell(t, rel->target, c) != sum;
      *cell(t, rel->target, c) = sum;
    }
    return changed;
  }
  for (int r = 0; r < spec->nrows; r++) {
    if (spec->rows[r].kind != NB_ROW_DATA || spec->rows[r].block != rel->block)
      continue;
    double sum = 0;
    for (int i = 0; i < rel->nterms; i++)
      sum += rel->terms[i].sign * *cell(t, r, rel->terms[i].index);
    changed |= *cell(t, r, rel->target) != sum;
    *cell(t, r, rel->target) = sum;
  }
  return changed;
}

void bench_values_fill(bench_values *t, const nb_table_spec *spec, bench_prng *p,
                       int fault_percent) {
  t->spec = spec;
  t->ncols = 0;
  for (int b = 0; b < spec->nblocks; b++)
    if (spec->blocks[b].ncolumns > t->ncols)
      t->ncols = spec->blocks[b].ncolumns;
  t->v = nb_xcalloc((size_t)spec->nrows * (size_t)t->ncols, sizeof(double));
  for (int r = 0; r < spec->nrows; r++) {
    const nb_block_spec *block = &spec->blocks[spec->rows[r].block];
    for (int c = 0; c < block->ncolumns; c++)
      *cell(t, r, c) = random_leaf(p, block->columns[c].unit, spec->nrelations == 0);
  }
  /* Relations are acyclic, so a pass per relation reaches the fixed point. */
  for (int pass = 0; pass <= spec->nrelations + 1; pass++) {
    bool changed = false;
    for (int i = 0; i < spec->nrelations; i++)
      changed |= apply(t, &spec->relations[i]);
    if (!changed)
      break;
  }
  if (spec->nrelations > 0 && bench_chance(p, fault_percent)) {
    int row = bench_below(p, spec->nrows);
    while (spec->rows[row].kind != NB_ROW_DATA)
      row = (row + 1) % spec->nrows;
    *cell(t, row, bench_below(p, block_columns(spec, spec->rows[row].block))) +=
        1 + bench_below(p, 3);
  }
}

void bench_values_free(bench_values *t) {
  free(t->v);
  t->v = NULL;
}

void bench_values_text(const bench_values *t, int row, int col, char out[32]) {
  const nb_block_spec *block = &t->spec->blocks[t->spec->rows[row].block];
  double v = t->v[row * t->ncols + col];
  if (block->columns[col].unit == NB_UNIT_WANYUAN)
    snprintf(out, 32, "%.2f", v);
  else
    snprintf(out, 32, "%.0f", v);
}
