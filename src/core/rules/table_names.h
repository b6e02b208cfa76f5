/* How table rules name tables, rows, columns and cells in their messages. */
#ifndef NB_RULE_TABLE_NAMES_H
#define NB_RULE_TABLE_NAMES_H

#include <stddef.h>

#include "../diag.h"
#include "../model.h"

/* "表三" / "table 3": the table's name up to its first space or parenthesis. */
const char *nb_rule_table_name(const nb_table_spec *spec, char *buf, size_t size);
const char *nb_rule_table_name_en(const nb_table_spec *spec, char *buf, size_t size);

/* A row's label, or "数据行" / "data row" for an unlabelled row (table 四). */
const char *nb_rule_row_name(const nb_table_spec *spec, int row, bool en);

/* A column's label with its header group, "行政复议·总计"; "总计" when it has no group. */
const char *nb_rule_column_name(const nb_column_spec *col, char *buf, size_t size);

/* The column spec of column `col` of row `row`'s block. */
const nb_column_spec *nb_rule_row_column(const nb_table_spec *spec, int row, int col);

/* Where a cell is, for a message: "“（一）予以公开”行“自然人”列" / "row “…”, column “…”";
 * only the column for an unlabelled row. */
const char *nb_rule_cell_place(const nb_table_spec *spec, int row, int col, bool en, char *buf,
                               size_t size);

/* Adds the cell as a related location of d: "<place>：<zh>" / "<place>: <en>" (what the cell
 * holds, in each language), written straight into the two messages. */
void nb_rule_relate_cell(nb_diag *d, nb_span span, const nb_table_spec *spec, int row, int col,
                         const char *zh, const char *en);

#endif
