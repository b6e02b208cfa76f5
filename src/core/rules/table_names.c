#include "table_names.h"

#include <stdio.h>
#include <string.h>

static const char *name_until(const char *name, const char *stop, char *buf, size_t size) {
  const char *end = strstr(name, stop);
  size_t n = end ? (size_t)(end - name) : strlen(name);
  snprintf(buf, size, "%.*s", (int)n, name);
  return buf;
}

const char *nb_rule_table_name(const nb_table_spec *spec, char *buf, size_t size) {
  return name_until(spec->name, " ", buf, size);
}

const char *nb_rule_table_name_en(const nb_table_spec *spec, char *buf, size_t size) {
  return name_until(spec->name_en, " (", buf, size);
}

const char *nb_rule_row_name(const nb_table_spec *spec, int row, bool en) {
  if (row >= 0 && row < spec->nrows && spec->rows[row].label)
    return spec->rows[row].label;
  return en ? "data row" : "数据行";
}

const char *nb_rule_column_name(const nb_column_spec *col, char *buf, size_t size) {
  if (col->group)
    snprintf(buf, size, "%s·%s", col->group, col->label);
  else
    snprintf(buf, size, "%s", col->label);
  return buf;
}

const nb_column_spec *nb_rule_row_column(const nb_table_spec *spec, int row, int col) {
  const nb_block_spec *b = &spec->blocks[spec->rows[row].block];
  return col >= 0 && col < b->ncolumns ? &b->columns[col] : NULL;
}

const char *nb_rule_cell_place(const nb_table_spec *spec, int row, int col, bool en, char *buf,
                               size_t size) {
  char colname[256];
  const nb_column_spec *c = nb_rule_row_column(spec, row, col);
  if (c)
    nb_rule_column_name(c, colname, sizeof colname);
  else
    snprintf(colname, sizeof colname, "%d", col + 1);
  bool labelled = spec->rows[row].label != NULL;
  if (en && labelled)
    snprintf(buf, size, "row “%s”, column “%s”", spec->rows[row].label, colname);
  else if (en)
    snprintf(buf, size, "column “%s”", colname);
  else if (labelled)
    snprintf(buf, size, "“%s”行“%s”列", spec->rows[row].label, colname);
  else
    snprintf(buf, size, "“%s”列", colname);
  return buf;
}
