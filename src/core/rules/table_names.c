#include "table_names.h"

#include <stdio.h>
#include <string.h>

#include "../xalloc.h"
#include "rule_util.h"

/* Names are built of pieces (diag.h's nb_piece). Names of cells are written for every part of
 * every arithmetic finding, and printf's parsing of "%s“%s”", a strlen and a copy per piece
 * and a buffer per step cost more than the bytes written. */

/* The pieces cut to at most `limit` bytes the way snprintf cuts, in place; their new count. */
static int cut_pieces(nb_piece *p, int n, size_t limit) {
  for (int k = 0; k < n; k++) {
    if (p[k].n >= limit) {
      p[k].n = limit;
      return limit ? k + 1 : k;
    }
    limit -= p[k].n;
  }
  return n;
}

/* The pieces joined into buf, cut to size - 1 bytes the way snprintf cuts. */
static const char *join(char *buf, size_t size, nb_piece *p, int n) {
  if (size == 0)
    return buf;
  n = cut_pieces(p, n, size - 1);
  size_t o = 0;
  for (int k = 0; k < n; k++) {
    memcpy(buf + o, p[k].s, p[k].n);
    o += p[k].n;
  }
  buf[o] = '\0';
  return buf;
}

/* name up to `stop`, cut as join cuts. */
static const char *name_until(const char *name, const char *stop, char *buf, size_t size) {
  const char *end = strstr(name, stop);
  return nb_rule_copy_cut(buf, size, name, end ? (size_t)(end - name) : strlen(name));
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

/* The pieces of nb_rule_column_name; their count. */
static int column_pieces(const nb_column_spec *col, nb_piece *p) {
  if (!col->group) {
    p[0] = nb_piece_of(col->label);
    return 1;
  }
  p[0] = nb_piece_of(col->group);
  p[1] = NB_PIECE("·");
  p[2] = nb_piece_of(col->label);
  return 3;
}

const char *nb_rule_column_name(const nb_column_spec *col, char *buf, size_t size) {
  nb_piece p[3];
  return join(buf, size, p, column_pieces(col, p));
}

const nb_column_spec *nb_rule_row_column(const nb_table_spec *spec, int row, int col) {
  const nb_block_spec *b = &spec->blocks[spec->rows[row].block];
  return col >= 0 && col < b->ncolumns ? &b->columns[col] : NULL;
}

enum { COLUMN_NAME_ROOM = 256, PLACE_ROOM = 512, PLACE_PIECES = 8 };

/* What names a cell in either language, each nb_piece measured once: the row's label (s is NULL
 * for an unlabelled row) and the column's name, or its number when it has no spec. */
typedef struct {
  nb_piece label;
  nb_piece name[3];
  int nname;
  char number[16];
} cell_names;

static void name_cell(const nb_table_spec *spec, int row, int col, cell_names *c) {
  const nb_column_spec *column = nb_rule_row_column(spec, row, col);
  c->nname = 1;
  if (column)
    c->nname = cut_pieces(c->name, column_pieces(column, c->name), COLUMN_NAME_ROOM - 1);
  else
    c->name[0] =
        (nb_piece){c->number, (size_t)snprintf(c->number, sizeof c->number, "%d", col + 1)};
  const char *label = spec->rows[row].label;
  c->label = label ? nb_piece_of(label) : (nb_piece){NULL, 0};
}

/* The pieces of nb_rule_cell_place; their count. */
static int place_pieces(const cell_names *c, bool en, nb_piece *p) {
  int n = 0;
  if (c->label.s) {
    p[n++] = en ? NB_PIECE("row “") : NB_PIECE("“");
    p[n++] = c->label;
    p[n++] = en ? NB_PIECE("”, column “") : NB_PIECE("”行“");
  } else {
    p[n++] = en ? NB_PIECE("column “") : NB_PIECE("“");
  }
  for (int k = 0; k < c->nname; k++)
    p[n++] = c->name[k];
  p[n++] = en ? NB_PIECE("”") : NB_PIECE("”列");
  return n;
}

const char *nb_rule_cell_place(const nb_table_spec *spec, int row, int col, bool en, char *buf,
                               size_t size) {
  nb_piece p[PLACE_PIECES];
  cell_names names;
  name_cell(spec, row, col, &names);
  return join(buf, size, p, place_pieces(&names, en, p));
}

/* The place of a cell (cut as nb_rule_cell_place cuts it in a buffer of PLACE_ROOM), sep and
 * what; their count. */
static int related_pieces(const cell_names *names, bool en, nb_piece sep, nb_piece what,
                          nb_piece *p) {
  int n = cut_pieces(p, place_pieces(names, en, p), PLACE_ROOM - 1);
  p[n++] = sep;
  p[n++] = what;
  return n;
}

/* The cell is named once for both messages, and a value given for both is measured once. */
void nb_rule_relate_cell(nb_diag *d, nb_span span, const nb_table_spec *spec, int row, int col,
                         const char *zh, const char *en) {
  nb_piece p_zh[PLACE_PIECES + 2], p_en[PLACE_PIECES + 2];
  cell_names names;
  name_cell(spec, row, col, &names);
  nb_piece what_zh = nb_piece_of(zh), what_en = en == zh ? what_zh : nb_piece_of(en);
  int n_zh = related_pieces(&names, false, NB_PIECE("："), what_zh, p_zh);
  int n_en = related_pieces(&names, true, NB_PIECE(": "), what_en, p_en);
  char *o =
      nb_diag_add_related_block(d, span, nb_pieces_len(p_zh, n_zh), nb_pieces_len(p_en, n_en));
  nb_pieces_put(nb_pieces_put(o, p_zh, n_zh), p_en, n_en);
}
