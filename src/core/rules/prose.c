/* Prose and dates: numbers in the prose against the tables, parts against totals, the years a
 * report names, its dates, and whether it was published in time. */
#include <string.h>

#include "../engine.h"
#include "prose_rules.h"

bool nb_prose_table_usable(const nb_table *t) {
  return t->found && t->spec && t->unreadable == NB_UNREADABLE_NONE && t->rows;
}

int nb_prose_row(const nb_table *t, const char *label) {
  if (!t->spec)
    return -1;
  if (label)
    return nb_table_spec_find_row(t->spec, label);
  for (int i = 0; i < t->spec->nrows; i++)
    if (t->spec->rows[i].kind == NB_ROW_DATA)
      return i;
  return -1;
}

int nb_prose_column(const nb_table *t, int row, const char *group, const char *label, int n) {
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

void nb_check_prose(nb_check_ctx *ctx) {
  nb_prose p;
  nb_prose_build(ctx->report, &p);
  nb_check_text_table(ctx, &p);
  nb_check_parts_total(ctx, &p);
  nb_check_years(ctx, &p);
  nb_check_dates(ctx);
  nb_prose_free(&p);
}
