/* Pass 2: logical rows → template rows, values → cells.
 *
 * Alignment keeps the template's order with an expected-next-row cursor: a recognised label
 * places its row wherever it is (pdftotext moves group labels around), a row without a usable
 * label takes the next data row not yet filled. Values are placed only when their count fits
 * the columns — exactly, or as digits run together whose count equals the column count;
 * anything else makes the table unreadable rather than guessed. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "assemble_internal.h"
#include "split_digits.h"

static bool has_numbers(const asm_lrow *r) {
  for (int i = 0; i < r->nvalues; i++)
    if (r->values[i].tok.kind == NB_TOKEN_NUMBER || r->values[i].tok.kind == NB_TOKEN_PLACEHOLDER)
      return true;
  return false;
}

/* A grid row of nothing but blank cells, exactly as many as the columns of the next data row
 * when that row has no label (table 四): a blank report's data row, present but unfilled. A
 * row with a label needs no such rule: its label places it. */
static bool blank_unlabelled_row(const asm_ctx *c, const asm_lrow *r, int cursor, int block);

/* The values without empty grid cells at either end: what a row of run-together digits
 * leaves when its label spanned several columns ("| 二、… |  |  | 2100003 |"). Inline at its
 * calls: a row with digits run together asks it several times, and out of line the call cost
 * more than the two short loops. */
static inline __attribute__((always_inline)) void core_range(const asm_lrow *r, int *from,
                                                             int *to) {
  *from = 0;
  *to = r->nvalues;
  while (*to > *from && r->values[*to - 1].tok.kind == NB_TOKEN_EMPTY)
    (*to)--;
  while (*from < *to && r->values[*from].tok.kind == NB_TOKEN_EMPTY)
    (*from)++;
}

/* Digits run together: every token is plain digits and their count equals the columns. */
static bool run_together_fits(const asm_lrow *r, int ncols) {
  int from, to, digits = 0;
  bool long_token = false;
  core_range(r, &from, &to);
  for (int i = from; i < to; i++) {
    const nb_token *t = &r->values[i].tok;
    if (t->kind != NB_TOKEN_NUMBER || !t->digits_only || t->note_end > t->note_start)
      return false;
    digits += t->ndigits;
    long_token |= t->ndigits > 1;
  }
  return long_token && digits == ncols && to - from < ncols;
}

static bool all_digit_tokens(const asm_lrow *r) {
  int from, to;
  bool long_token = false;
  core_range(r, &from, &to);
  for (int i = from; i < to; i++) {
    const nb_token *t = &r->values[i].tok;
    if (t->kind != NB_TOKEN_NUMBER || !t->digits_only)
      return false;
    long_token |= t->ndigits > 1;
  }
  return long_token;
}

static bool fits(const asm_lrow *r, int ncols) {
  return r->nvalues == ncols || run_together_fits(r, ncols);
}

static nb_span value_span(const asm_value *v) {
  if (v->tok.kind == NB_TOKEN_NUMBER && v->source)
    return nb_span_make(v->span.start + v->tok.num_start, v->span.start + v->tok.num_end);
  return v->span;
}

/* v has a note. */
static nb_span note_span(const asm_value *v) {
  if (v->source)
    return nb_span_make(v->span.start + v->tok.note_start, v->span.start + v->tok.note_end);
  return v->span;
}

/* The cell of a plain token (plain digits, most cells): a value in a column of any unit, below
 * NB_VALUE_LIMIT. The number is the whole text, so its span is the cell's (value_span's, without
 * asking). Inline in fill_every_column, which fills most cells: no call a cell. */
static inline void fill_plain_cell(const asm_value *v, nb_cell *cell) {
  cell->run_together = -1;
  cell->state = NB_CELL_VALUE;
  cell->value = v->tok.value;
  cell->too_large = false;
  cell->span = v->span;
  cell->note = nb_span_make(v->span.end, v->span.end);
}

static void fill_cell(const asm_value *v, nb_unit unit, nb_cell *cell) {
  const nb_token *t = &v->tok;
  if (t->plain) {
    fill_plain_cell(v, cell);
    return;
  }
  cell->run_together = -1;
  cell->state = nb_token_state(t, unit);
  cell->value = cell->state == NB_CELL_VALUE ? t->value : 0;
  cell->too_large = nb_token_too_large(t);
  cell->span =
      t->kind == NB_TOKEN_EMPTY ? nb_span_make(v->span.start, v->span.start) : value_span(v);
  cell->note =
      t->note_end > t->note_start ? note_span(v) : nb_span_make(cell->span.end, cell->span.end);
}

static void split_run_together(asm_ctx *c, int row, const asm_lrow *r, int first, int ncols) {
  nb_table *t = c->out;
  nb_row *out = &t->rows[row];
  int col = first, from, to;
  core_range(r, &from, &to);
  for (int i = from; i < to; i++) {
    const asm_value *v = &r->values[i];
    int d = v->tok.ndigits;
    int run = -1;
    if (d > 1) {
      run = nb_table_add_run(t);
      t->runs[run].span = value_span(v);
      t->runs[run].row = row;
      t->runs[run].first_col = col;
      t->runs[run].ncells = d;
      t->runs[run].by_relation = false;
    }
    for (int k = 0; k < d && col < first + ncols; k++, col++) {
      nb_cell *cell = &out->cells[col];
      size_t at = value_span(v).start;
      const char *digit = v->text + v->tok.num_start + k;
      cell->state = NB_CELL_VALUE;
      cell->value = *digit - '0';
      cell->span = v->source ? nb_span_make(at + (size_t)k, at + (size_t)k + 1) : v->span;
      cell->note = nb_span_make(cell->span.end, cell->span.end);
      cell->run_together = run;
    }
  }
}

/* More digits than cells: the one cut that makes the row's own relations hold, if there is
 * exactly one (split_digits.h), into columns [first, first + ncols). Records what was tried in
 * *cuts (see nb_table). */
static bool split_by_relation(asm_ctx *c, int row, const asm_lrow *r, int first, int ncols,
                              int *cuts) {
  int from, to, digits = 0;
  core_range(r, &from, &to);
  *cuts = -1;
  if (to <= from)
    return false;
  for (int i = from; i < to; i++) {
    const nb_token *t = &r->values[i].tok;
    if (t->kind != NB_TOKEN_NUMBER || !t->digits_only || t->note_end > t->note_start)
      return false;
    digits += t->ndigits;
  }
  if (digits <= ncols)
    return false;
  /* Scratch of the table's pool: a few tokens and cells, freed with the table. */
  nb_digit_token *tokens = asm_alloc(c, (size_t)(to - from) * sizeof *tokens);
  for (int i = from; i < to; i++) {
    const asm_value *v = &r->values[i];
    tokens[i - from] = (nb_digit_token){v->text + v->tok.num_start, (size_t)v->tok.ndigits};
  }
  nb_digit_part *parts = asm_alloc(c, (size_t)ncols * sizeof *parts);
  unsigned used;
  nb_split_result res =
      nb_split_digits_by_relation(c->spec, row, first, tokens, to - from, ncols, parts, &used);
  if (res != NB_SPLIT_UNIQUE) {
    *cuts = !used ? -1 : res == NB_SPLIT_AMBIGUOUS ? 2 : 0;
    return false;
  }
  nb_table *t = c->out;
  nb_row *out = &t->rows[row];
  int run = -1, run_token = -1;
  for (int k = 0; k < ncols; k++) {
    const asm_value *v = &r->values[from + parts[k].token];
    nb_span at = value_span(v);
    bool several = v->tok.ndigits > (int)(parts[k].end - parts[k].start);
    if (several && parts[k].token != run_token) {
      run = nb_table_add_run(t);
      t->runs[run] = (nb_run_together){at, row, first + k, 0, true};
      run_token = parts[k].token;
    }
    if (several)
      t->runs[run].ncells++;
    nb_cell *cell = &out->cells[first + k];
    cell->state = NB_CELL_VALUE;
    cell->value = parts[k].value;
    cell->span =
        v->source ? nb_span_make(at.start + parts[k].start, at.start + parts[k].end) : v->span;
    cell->note = nb_span_make(cell->span.end, cell->span.end);
    cell->run_together = several ? run : -1;
  }
  out->chosen_by_relations |= used;
  return true;
}

static nb_span lrow_span(const asm_lrow *r) {
  if (!r->has_label && r->nvalues == 0)
    return nb_span_make(0, 0);
  /* From the label or the first value, widened by every value: minima and maxima without a
   * branch a value (this runs for every row placed). */
  nb_span s = r->has_label ? r->label : r->values[0].span;
  for (int i = 0; i < r->nvalues; i++) {
    nb_span v = r->values[i].span;
    s.start = v.start < s.start ? v.start : s.start;
    s.end = v.end > s.end ? v.end : s.end;
  }
  return s;
}

static void mark_unreadable(asm_ctx *c, int row, const asm_lrow *r, int ncols, int cuts) {
  nb_table *t = c->out;
  if (t->unreadable != NB_UNREADABLE_NONE)
    return;
  t->unreadable_cuts = cuts;
  t->unreadable = all_digit_tokens(r) ? NB_UNREADABLE_RUN_TOGETHER : NB_UNREADABLE_RAGGED;
  t->unreadable_span = lrow_span(r);
  t->unreadable_row = row;
  t->unreadable_expected = ncols;
  int from, to;
  core_range(r, &from, &to);
  t->unreadable_found = r->nvalues > ncols ? r->nvalues : to - from;
  if (t->unreadable == NB_UNREADABLE_RUN_TOGETHER) {
    /* The message speaks of digits: count them. */
    t->unreadable_found = 0;
    for (int i = from; i < to; i++)
      t->unreadable_found += r->values[i].tok.ndigits;
  }
}

/* Fills columns [first, first + ncols) of template row `row` from r's values. */
static void fill_values_at(asm_ctx *c, int row, const asm_lrow *r, int first, int ncols) {
  nb_row *out = &c->out->rows[row];
  if (r->nvalues == 0) {
    /* A label with no values: the cells are there and blank, right after the label. */
    size_t at = r->has_label ? r->label.end : 0;
    for (int k = first; k < first + ncols; k++) {
      out->cells[k].state = NB_CELL_BLANK;
      out->cells[k].span = nb_span_make(at, at);
      out->cells[k].note = nb_span_make(at, at);
      out->cells[k].run_together = -1;
    }
  } else if (r->nvalues == ncols) {
    const nb_column_spec *columns = c->spec->blocks[c->spec->rows[row].block].columns + first;
    for (int k = 0; k < ncols; k++)
      fill_cell(&r->values[k], columns[k].unit, &out->cells[first + k]);
  } else if (run_together_fits(r, ncols)) {
    split_run_together(c, row, r, first, ncols);
  } else {
    int cuts;
    if (!split_by_relation(c, row, r, first, ncols, &cuts))
      mark_unreadable(c, row, r, ncols, cuts);
  }
}

static void fill_values(asm_ctx *c, int row, const asm_lrow *r) {
  fill_values_at(c, row, r, 0, c->out->rows[row].ncells);
}

/* fill_values_at's common case, a value for every column of the row, with lrow_span's pass over
 * the values made in the same loop: returns lrow_span(r). */
static nb_span fill_every_column(asm_ctx *c, int row, const asm_lrow *r) {
  nb_cell *cells = c->out->rows[row].cells;
  const nb_column_spec *columns = c->spec->blocks[c->spec->rows[row].block].columns;
  nb_span s = r->has_label ? r->label : r->values[0].span;
  for (int k = 0; k < r->nvalues; k++) {
    const asm_value *v = &r->values[k];
    if (v->tok.plain)
      fill_plain_cell(v, &cells[k]);
    else
      fill_cell(v, columns[k].unit, &cells[k]);
    s.start = v->span.start < s.start ? v->span.start : s.start;
    s.end = v->span.end > s.end ? v->span.end : s.end;
  }
  return s;
}

/* Inline at its two calls, in the loop over the logical rows: out of line, its call and
 * register saves were a good part of a row's placing. */
static inline __attribute__((always_inline)) void place(asm_ctx *c, const asm_lrow *r, int row,
                                                        nb_match match) {
  nb_row *out = &c->out->rows[row];
  bool every_column = r->nvalues > 0 && r->nvalues == out->ncells;
  nb_span span = every_column ? fill_every_column(c, row, r) : lrow_span(r);
  out->present = true;
  out->label = r->has_label ? r->label : nb_span_make(span.start, span.start);
  out->match = r->has_label && !r->outdated
                   ? nb_label_settle(r->norm, c->spec->rows[row].label, match)
                   : match;
  out->outdated = r->outdated;
  if (c->spec->rows[row].kind == NB_ROW_GROUP)
    out->group_as_data = true;
  if (!every_column)
    fill_values(c, row, r);
  asm_use_span(c, span);
  c->layouts |= r->layouts;
}

/* One column group of the unlabelled row (table 四 as one small table per group, or transposed):
 * its values go to that group's columns; the first row of a group stands. */
static void place_group(asm_ctx *c, const asm_lrow *r) {
  int row = asm_next_data_row(c, 0, -1);
  if (row < 0 || r->group_col + r->group_width > c->out->rows[row].ncells)
    return;
  nb_row *out = &c->out->rows[row];
  for (int k = r->group_col; k < r->group_col + r->group_width; k++)
    if (out->cells[k].state != NB_CELL_ABSENT)
      return;
  if (!out->present) {
    out->present = true;
    out->label = nb_span_make(lrow_span(r).start, lrow_span(r).start);
    out->match = NB_MATCH_POSITIONAL;
  }
  fill_values_at(c, row, r, r->group_col, r->group_width);
  asm_use_span(c, lrow_span(r));
  c->layouts |= r->layouts;
}

/* A row filled group by group must have all its groups: one left out is not a row of zeros. */
static void check_groups_complete(asm_ctx *c, bool by_group) {
  int row = asm_next_data_row(c, 0, -1);
  nb_table *t = c->out;
  if (!by_group || row < 0 || !t->rows[row].present || t->unreadable != NB_UNREADABLE_NONE)
    return;
  nb_row *out = &t->rows[row];
  int filled = 0;
  nb_span cells = {0, 0};
  for (int k = 0; k < out->ncells; k++) {
    if (out->cells[k].state == NB_CELL_ABSENT)
      continue;
    nb_span cell = out->cells[k].span;
    if (!filled++)
      cells = cell;
    cells.start = cell.start < cells.start ? cell.start : cells.start;
    cells.end = cell.end > cells.end ? cell.end : cells.end;
  }
  if (filled == out->ncells)
    return;
  t->unreadable = NB_UNREADABLE_RAGGED;
  t->unreadable_span = cells; /* the groups that are there */
  t->unreadable_row = row;
  t->unreadable_expected = out->ncells;
  t->unreadable_found = filled;
}

/* First row after `row` that is not inside it (a group's rows follow it). */
static int after_subtree(const asm_ctx *c, int row) {
  int next = row + 1;
  while (next < c->spec->nrows) {
    int p = c->spec->rows[next].parent;
    while (p >= 0 && p != row)
      p = c->spec->rows[p].parent;
    if (p != row)
      break;
    next++;
  }
  return next;
}

static int next_free_data_row(const asm_ctx *c, int from, int block) {
  for (int r = from; r < c->spec->nrows; r++) {
    const nb_row_spec *spec = &c->spec->rows[r];
    if (spec->kind == NB_ROW_DATA && !c->out->rows[r].present &&
        (block < 0 || spec->block == block))
      return r;
  }
  return -1;
}

static bool blank_unlabelled_row(const asm_ctx *c, const asm_lrow *r, int cursor, int block) {
  if (r->has_label || r->nvalues == 0)
    return false;
  for (int i = 0; i < r->nvalues; i++)
    if (r->values[i].tok.kind != NB_TOKEN_EMPTY)
      return false;
  int row = next_free_data_row(c, cursor, block);
  return row >= 0 && !c->spec->rows[row].label && r->nvalues == asm_row_columns(c, row);
}

/* Table 四 has no row label: its one row is the row of numbers that fits. A row of numbers
 * that does not fit is used only when none does, so a stray number cannot take its place. */
static bool later_fit_exists(const asm_ctx *c, int from, int ncols) {
  for (int i = from + 1; i < c->nrows; i++) {
    const asm_lrow *r = &c->rows[i];
    if (r->kind == ASM_ROW && r->row < 0 && !r->dropped && fits(r, ncols))
      return true;
  }
  return false;
}

void asm_place_rows(asm_ctx *c) {
  nb_table *t = c->out;
  int cursor = 0, block = -1;
  bool by_group = false;
  for (int i = 0; i < c->nrows; i++) {
    const asm_lrow *r = &c->rows[i];
    /* One branch, nearly never taken (table 四 in groups): ASM_ROW or not alternates. */
    if ((r->kind == ASM_ROW) & (r->group_width > 0)) {
      place_group(c, r);
      by_group = true;
      continue;
    }
    if (r->kind == ASM_BLOCK) {
      block = r->block;
      if (block >= 0) {
        int first = asm_next_data_row(c, 0, block);
        if (first > cursor)
          cursor = first;
      }
      continue;
    }
    if (r->dropped) {
      nb_label_hit hit = {NB_TARGET_ROW, -1,       -1,      r->outdated->label,
                          r->outdated,   r->match, r->score};
      asm_add_header(c, &hit, r->label, -1);
      continue;
    }
    if (r->row >= 0) {
      const nb_row_spec *spec = &c->spec->rows[r->row];
      nb_row *out = &t->rows[r->row];
      if (spec->kind == NB_ROW_GROUP && !has_numbers(r)) {
        if (!out->present) {
          out->present = true;
          out->label = r->label;
          out->match = nb_label_settle(r->norm, c->spec->rows[r->row].label, r->match);
          out->outdated = r->outdated;
          asm_use_span(c, r->label);
        }
        if (r->row >= cursor)
          cursor = r->row + 1;
        continue;
      }
      if (out->present && (spec->kind == NB_ROW_DATA || out->group_as_data))
        continue; /* a second row of the same label: the first one stands */
      place(c, r, r->row, r->match);
      int next = spec->kind == NB_ROW_GROUP ? after_subtree(c, r->row) : r->row + 1;
      if (next > cursor)
        cursor = next;
      continue;
    }
    if (!has_numbers(r) && !blank_unlabelled_row(c, r, cursor, block))
      continue;
    int row = next_free_data_row(c, cursor, block);
    if (row < 0)
      row = next_free_data_row(c, cursor, -1);
    if (row < 0)
      continue;
    int ncols = asm_row_columns(c, row);
    if (!c->spec->rows[row].label && !fits(r, ncols) && later_fit_exists(c, i, ncols))
      continue;
    place(c, r, row, NB_MATCH_POSITIONAL);
    cursor = row + 1;
  }

  check_groups_complete(c, by_group);

  for (int i = 0; i < c->nmarks; i++) {
    nb_row *out = &t->rows[c->marks[i].row];
    if (!out->present) {
      out->present = true;
      out->label = c->marks[i].span;
      out->match = c->marks[i].match;
      asm_use_span(c, c->marks[i].span);
    }
  }

  bool any_row = false, any_data = false;
  /* Bitwise, not && and ||: which rows are present changes from table to table, and the
   * short-circuits were a branch each a row. */
  for (int r = 0; r < c->spec->nrows; r++) {
    any_row |= t->rows[r].present;
    any_data |=
        t->rows[r].present & ((c->spec->rows[r].kind == NB_ROW_DATA) | t->rows[r].group_as_data);
  }
  int columns = 0;
  bool blocks = false;
  for (int h = 0; h < t->nheaders; h++) {
    columns += t->headers[h].kind == NB_LABEL_COLUMN;
    blocks |= t->headers[h].kind == NB_LABEL_BLOCK;
  }
  t->found = any_row || blocks || columns >= 2;
  if (!t->found)
    return;
  t->span = c->used_any ? c->used : nb_span_make(0, 0);
  if (!any_data && t->unreadable == NB_UNREADABLE_NONE) {
    t->unreadable = NB_UNREADABLE_NO_VALUES;
    t->unreadable_span = t->span;
  }
  /* The layout the numbers came in: block labels and headers often stand on lines of their
   * own whatever the table's layout. */
  unsigned layouts = c->layouts ? c->layouts : c->label_layouts;
  t->layout = NB_LAYOUT_NONE;
  for (int l = NB_LAYOUT_PIPE; l <= NB_LAYOUT_MIXED; l++)
    if (layouts & (1u << l))
      t->layout = t->layout == NB_LAYOUT_NONE ? (nb_layout)l : NB_LAYOUT_MIXED;
}
