#include "table_names.h"

#include <stdio.h>
#include <string.h>

#include "../xalloc.h"

/* The NULL-terminated pieces joined into buf, cut to size - 1 bytes the way snprintf cuts:
 * names of cells are written for every part of every arithmetic finding, and printf's
 * parsing of "%s“%s”" cost more than the copying. */
static const char *join(char *buf, size_t size, const char *const *pieces) {
  size_t o = 0;
  for (int k = 0; pieces[k] && o + 1 < size; k++) {
    size_t n = strlen(pieces[k]);
    if (n > size - 1 - o)
      n = size - 1 - o;
    memcpy(buf + o, pieces[k], n);
    o += n;
  }
  if (size > 0)
    buf[o] = '\0';
  return buf;
}

/* name up to `stop`, cut as join cuts. */
static const char *name_until(const char *name, const char *stop, char *buf, size_t size) {
  const char *end = strstr(name, stop);
  size_t n = end ? (size_t)(end - name) : strlen(name);
  if (size == 0)
    return buf;
  if (n > size - 1)
    n = size - 1;
  memcpy(buf, name, n);
  buf[n] = '\0';
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
  const char *grouped[] = {col->group, "·", col->label, NULL};
  const char *alone[] = {col->label, NULL};
  return join(buf, size, col->group ? grouped : alone);
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
  const char *label = spec->rows[row].label;
  const char *en_row[] = {"row “", label, "”, column “", colname, "”", NULL};
  const char *en_column[] = {"column “", colname, "”", NULL};
  const char *zh_row[] = {"“", label, "”行“", colname, "”列", NULL};
  const char *zh_column[] = {"“", colname, "”列", NULL};
  return join(buf, size, en ? (label ? en_row : en_column) : (label ? zh_row : zh_column));
}

/* place + sep + what in a fresh string. */
static char *joined(const char *place, const char *sep, const char *what) {
  size_t a = strlen(place), b = strlen(sep), c = strlen(what);
  char *s = nb_xmalloc(a + b + c + 1);
  memcpy(s, place, a);
  memcpy(s + a, sep, b);
  memcpy(s + a + b, what, c + 1);
  return s;
}

void nb_rule_relate_cell(nb_diag *d, nb_span span, const nb_table_spec *spec, int row, int col,
                         const char *zh, const char *en) {
  char place_zh[512], place_en[512];
  nb_rule_cell_place(spec, row, col, false, place_zh, sizeof place_zh);
  nb_rule_cell_place(spec, row, col, true, place_en, sizeof place_en);
  nb_diag_add_related_text(d, span, joined(place_zh, "：", zh), joined(place_en, ": ", en));
}
