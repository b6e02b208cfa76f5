/* The prose-and-dates rule family, one file per concern; prose.c runs them in order. */
#ifndef NB_RULE_PROSE_RULES_H
#define NB_RULE_PROSE_RULES_H

#include "../engine.h"
#include "prose_text.h"

/* text-table-mismatch (prose_claims.c) */
void nb_check_text_table(nb_check_ctx *ctx, const nb_prose *p);
/* parts-exceed-total (prose_parts.c) */
void nb_check_parts_total(nb_check_ctx *ctx, const nb_prose *p);
/* date-invalid, publication-late (prose_dates.c) */
void nb_check_dates(nb_check_ctx *ctx);
/* year-mismatch (prose_years.c) */
void nb_check_years(nb_check_ctx *ctx, const nb_prose *p);

/* A table the prose may be checked against: found and readable. */
bool nb_prose_table_usable(const nb_table *t);
/* Row of `label` in the table's template, or -1; NULL label: the first data row. The label
 * is static data: the answer is remembered by its address (as are the column's below). */
int nb_prose_row(const nb_table *t, const char *label);
/* Column of row `row` whose label is `label` and whose group starts with `group` (NULL: a
 * column without a group; "" any group). Returns the n-th such column, or -1. */
int nb_prose_column(const nb_table *t, int row, const char *group, const char *label, int n);
/* The same, found each time by comparing the labels (the tests' second method). */
int nb_prose_row_direct(const nb_table *t, const char *label);
int nb_prose_column_direct(const nb_table *t, int row, const char *group, const char *label, int n);

#endif
