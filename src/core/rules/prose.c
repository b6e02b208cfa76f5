/* Prose and dates: numbers in the prose against the tables, parts against totals, the years a
 * report names, its dates, and whether it was published in time. */
#include <stdint.h>
#include <string.h>

#include "../engine.h"
#include "prose_rules.h"

bool nb_prose_table_usable(const nb_table *t) {
  return t->found && t->spec && t->unreadable == NB_UNREADABLE_NONE && t->rows;
}

int nb_prose_row_direct(const nb_table *t, const char *label) {
  if (!t->spec)
    return -1;
  if (label)
    return nb_table_spec_find_row(t->spec, label);
  for (int i = 0; i < t->spec->nrows; i++)
    if (t->spec->rows[i].kind == NB_ROW_DATA)
      return i;
  return -1;
}

int nb_prose_column_direct(const nb_table *t, int row, const char *group, const char *label,
                           int n) {
  if (row < 0 || row >= t->spec->nrows)
    return -1;
  const nb_block_spec *b = &t->spec->blocks[t->spec->rows[row].block];
  for (int c = 0; c < b->ncolumns; c++) {
    const nb_column_spec *col = &b->columns[c];
    if (strcmp(col->label, label) != 0)
      continue;
    bool group_ok = group == NULL ? col->group == NULL
                                  : col->group && strncmp(col->group, group, strlen(group)) == 0;
    if (group_ok && n-- == 0)
      return c;
  }
  return -1;
}

/* The rules look up the same few cells of the template for every claim of every report, by
 * labels that are static data: each answer is remembered, per thread, by the addresses it was
 * asked with (comparing the labels of a block's columns one by one, for every claim, cost as
 * much as reading the claims, and mispredicted at every column). A slot holds the last
 * question that hashed to it. */
enum { MEMO_SLOTS = 64 };
typedef struct {
  const void *where; /* the table spec (rows) or the block (columns); NULL: empty slot */
  const char *group, *label;
  int n, answer;
} label_memo;

static _Thread_local label_memo row_memo[MEMO_SLOTS], column_memo[MEMO_SLOTS];

static unsigned memo_slot(const void *where, const char *group, const char *label, int n) {
  uint64_t h = (uint64_t)(uintptr_t)where ^ (uint64_t)(uintptr_t)group * 3 ^
               (uint64_t)(uintptr_t)label * 5 ^ (uint64_t)(unsigned)n;
  return (unsigned)((h * 0x9E3779B97F4A7C15u) >> 58);
}

int nb_prose_row(const nb_table *t, const char *label) {
  if (!t->spec)
    return -1;
  label_memo *m = &row_memo[memo_slot(t->spec, NULL, label, 0)];
  if (m->where != t->spec || m->label != label)
    *m = (label_memo){t->spec, NULL, label, 0, nb_prose_row_direct(t, label)};
  return m->answer;
}

int nb_prose_column(const nb_table *t, int row, const char *group, const char *label, int n) {
  if (row < 0 || row >= t->spec->nrows)
    return -1;
  const nb_block_spec *b = &t->spec->blocks[t->spec->rows[row].block];
  label_memo *m = &column_memo[memo_slot(b, group, label, n)];
  if (m->where != b || m->group != group || m->label != label || m->n != n)
    *m = (label_memo){b, group, label, n, nb_prose_column_direct(t, row, group, label, n)};
  return m->answer;
}

void nb_check_prose(nb_check_ctx *ctx) {
  nb_prose p;
  nb_prose_build(ctx->report, &p);
  nb_check_text_table(ctx, &p);
  nb_check_parts_total(ctx, &p);
  nb_check_years(ctx, &p);
  nb_check_dates(ctx);
  nb_prose_free(&p);
}
