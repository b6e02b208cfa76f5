#include "relation.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../xalloc.h"

static bool cell_blank(const nb_cell *c) {
  return c->state == NB_CELL_BLANK || c->state == NB_CELL_PLACEHOLDER;
}

static bool cell_usable(const nb_cell *c) {
  return c->state == NB_CELL_VALUE || cell_blank(c);
}

static const nb_cell *cell_at(const nb_table *t, int row, int col) {
  if (row < 0 || row >= t->spec->nrows)
    return NULL;
  const nb_row *r = &t->rows[row];
  if (!r->cells || col < 0 || col >= r->ncells)
    return NULL;
  return &r->cells[col];
}

/* Adds a cell to the sum and to the parts. */
static bool add_part(nb_relation_check *out, const nb_table *t, int row, int col, int sign) {
  const nb_cell *c = cell_at(t, row, col);
  if (!c || !cell_usable(c))
    return false;
  bool blank = cell_blank(c);
  nb_grow((void **)&out->parts, &out->cap, out->nparts + 1, sizeof *out->parts);
  out->parts[out->nparts++] = (nb_relation_part){row, col, sign, blank, c};
  out->nblank += blank;
  out->computed += sign * (blank ? 0.0 : c->value);
  return true;
}

static void add_term(nb_relation_terms *out, int index, int sign) {
  nb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  out->items[out->count++] = (nb_relation_term){index, sign};
}

/* The template's rows by parent, each group's children in row order, built on the first group
 * term of a relation: finding a group's rows by a scan of the whole table, once per group term
 * and again per nested group, cost more than the rest of the expansion. */
enum { TREE_ROOM = 64 };
typedef struct {
  int *first; /* first[row]: its first child row, or -1 */
  int *next;  /* next[row]: the next row with the same parent, or -1 */
  int room[2 * TREE_ROOM];
} row_tree;

static void tree_build(row_tree *tree, const nb_table_spec *spec) {
  int n = spec->nrows;
  tree->first = n <= TREE_ROOM ? tree->room : nb_xmalloc(2 * (size_t)n * sizeof *tree->first);
  tree->next = tree->first + n;
  for (int j = 0; j < n; j++)
    tree->first[j] = -1;
  for (int j = n - 1; j >= 0; j--) { /* from the end, so each list is in row order */
    int parent = spec->rows[j].parent;
    tree->next[j] = -1;
    if (parent >= 0 && parent < n) {
      tree->next[j] = tree->first[parent];
      tree->first[parent] = j;
    }
  }
}

static void tree_free(row_tree *tree) {
  if (tree->first && tree->first != tree->room)
    free(tree->first);
}

/* A per-column term naming row `row`: the row itself, or what its group stands for; false
 * when it stands for no row at all. */
static bool expand_row_term(nb_relation_terms *out, const nb_table *t, row_tree *tree, int row,
                            int sign) {
  if (row < 0 || row >= t->spec->nrows)
    return false;
  if (t->spec->rows[row].kind == NB_ROW_DATA || t->rows[row].group_as_data) {
    add_term(out, row, sign);
    return true;
  }
  if (!tree->first)
    tree_build(tree, t->spec);
  int children = 0;
  for (int j = tree->first[row]; j >= 0; j = tree->next[j]) {
    bool is_data = t->spec->rows[j].kind == NB_ROW_DATA || t->rows[j].group_as_data;
    if (is_data && !t->rows[j].present)
      continue; /* a missing row is table-row-missing's finding; sum the rows that are there */
    if (!expand_row_term(out, t, tree, j, sign))
      return false;
    children++;
  }
  return children > 0;
}

void nb_relation_expand(const nb_table *t, const nb_relation *rel, nb_relation_terms *out) {
  memset(out, 0, sizeof *out);
  out->checkable = true;
  row_tree tree;
  tree.first = NULL;
  for (int k = 0; k < rel->nterms && out->checkable; k++) {
    const nb_term *term = &rel->terms[k];
    if (rel->scope == NB_REL_PER_COLUMN)
      out->checkable = expand_row_term(out, t, &tree, term->index, term->sign);
    else
      add_term(out, term->index, term->sign);
  }
  tree_free(&tree);
}

void nb_relation_terms_free(nb_relation_terms *terms) {
  free(terms->items);
  memset(terms, 0, sizeof *terms);
}

/* Clears out and sets the target of `rel` at `at`; false when the check cannot be made there
 * (no usable target, or a group term that stands for no row). */
static bool start_check(const nb_table *t, const nb_relation *rel, const nb_relation_terms *terms,
                        int at, nb_relation_check *out) {
  memset(out, 0, sizeof *out);
  bool per_column = rel->scope == NB_REL_PER_COLUMN;
  out->target_row = per_column ? rel->target : at;
  out->target_col = per_column ? at : rel->target;
  out->target = cell_at(t, out->target_row, out->target_col);
  if (!out->target || !cell_usable(out->target) || !terms->checkable)
    return false;
  out->reported = cell_blank(out->target) ? 0.0 : out->target->value;
  out->nblank = cell_blank(out->target);
  return true;
}

bool nb_relation_eval_terms(const nb_table *t, const nb_relation *rel,
                            const nb_relation_terms *terms, int at, nb_relation_check *out) {
  if (!start_check(t, rel, terms, at, out))
    return false;
  bool per_column = rel->scope == NB_REL_PER_COLUMN;
  for (int k = 0; k < terms->count; k++) {
    const nb_relation_term *term = &terms->items[k];
    bool ok = per_column ? add_part(out, t, term->index, at, term->sign)
                         : add_part(out, t, at, term->index, term->sign);
    if (!ok) {
      nb_relation_check_free(out);
      return false;
    }
  }
  return true;
}

bool nb_relation_eval(const nb_table *t, const nb_relation *rel, int at, nb_relation_check *out) {
  nb_relation_terms terms;
  nb_relation_expand(t, rel, &terms);
  bool ok = nb_relation_eval_terms(t, rel, &terms, at, out);
  nb_relation_terms_free(&terms);
  return ok;
}

/* A running sum kept in registers: out's fields are doubles like every cell's value, so the
 * compiler could not keep them out of memory while it read the cells. */
typedef struct {
  double computed;
  int nblank;
} running_sum;

/* Adds one cell to the sum alone; false when it is not usable. A blank adds sign · 0.0, which
 * leaves a sum that started at +0.0 as it is (no sum of such terms is ever -0.0). */
static inline bool sum_cell(const nb_cell *c, int sign, running_sum *sum) {
  if (c->state == NB_CELL_VALUE) {
    sum->computed += sign * c->value;
    return true;
  }
  if (!cell_blank(c))
    return false;
  sum->nblank++;
  return true;
}

/* The sum alone, as evaluate() adds it but without listing the parts: the arithmetic rules check
 * every relation at every row or column, and nearly all of them hold. The row of a per-row
 * relation (the column of a per-column one) is the same for every term: checked once. */
static bool sum_cells(const nb_table *t, bool per_column, const nb_relation_terms *terms, int at,
                      running_sum *sum) {
  const nb_row *rows = t->rows;
  int nrows = t->spec->nrows;
  if (terms->count == 0)
    return true;
  if (per_column) {
    if (at < 0)
      return false;
    for (int k = 0; k < terms->count; k++) {
      int row = terms->items[k].index;
      if (row < 0 || row >= nrows || !rows[row].cells || at >= rows[row].ncells ||
          !sum_cell(&rows[row].cells[at], terms->items[k].sign, sum))
        return false;
    }
    return true;
  }
  if (at < 0 || at >= nrows || !rows[at].cells)
    return false;
  const nb_row *row = &rows[at];
  for (int k = 0; k < terms->count; k++) {
    int col = terms->items[k].index;
    if (col < 0 || col >= row->ncells || !sum_cell(&row->cells[col], terms->items[k].sign, sum))
      return false;
  }
  return true;
}

static bool sum_terms(const nb_table *t, bool per_column, const nb_relation_terms *terms, int at,
                      nb_relation_check *out) {
  running_sum sum = {out->computed, out->nblank};
  bool ok = sum_cells(t, per_column, terms, at, &sum);
  out->computed = sum.computed;
  out->nblank = sum.nblank;
  return ok;
}

bool nb_relation_eval_sum(const nb_table *t, const nb_relation *rel, const nb_relation_terms *terms,
                          int at, nb_relation_check *out) {
  return start_check(t, rel, terms, at, out) &&
         sum_terms(t, rel->scope == NB_REL_PER_COLUMN, terms, at, out);
}

void nb_relation_check_free(nb_relation_check *c) {
  free(c->parts);
  c->parts = NULL;
  c->nparts = c->cap = 0;
}

bool nb_relation_fails(const nb_relation_check *c) {
  return fabs(c->reported - c->computed) > 1e-6;
}
