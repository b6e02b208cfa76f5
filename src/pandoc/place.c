#include "place.h"

#include <stdio.h>
#include <string.h>

#include "../core/rules/rule_util.h"
#include "../core/rules/table_names.h"
#include "../core/text.h"
#include "../core/xalloc.h"

/* Headings and labels quoted in a place are cut to this many code points. */
enum { MAX_QUOTED_CPS = 30 };

static bool holds(nb_span s, size_t offset) {
  return s.start == s.end ? offset == s.start : offset >= s.start && offset < s.end;
}

/* "（三）不予公开/1.属于国家秘密": the row's label under its group (or its block's label). */
static void row_path(const nb_table_spec *spec, int row, bool en, nb_rule_buf *b) {
  const nb_row_spec *rs = &spec->rows[row];
  const char *above = rs->parent >= 0                 ? spec->rows[rs->parent].label
                      : spec->blocks[rs->block].label ? spec->blocks[rs->block].label
                                                      : NULL;
  if (above && rs->label)
    nb_rule_buf_printf(b, "%s/", above);
  nb_rule_buf_printf(b, "%s", nb_rule_row_name(spec, row, en));
}

static void table_name(const nb_table *t, bool en, nb_rule_buf *b) {
  char name[64];
  if (en)
    nb_rule_buf_printf(b, "%s ", nb_rule_table_name_en(t->spec, name, sizeof name));
  else
    nb_rule_buf_printf(b, "%s", nb_rule_table_name(t->spec, name, sizeof name));
}

/* A statutory table's cell, row label or header label at offset. */
static bool table_place(const nb_report *r, size_t offset, bool en, nb_rule_buf *b) {
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    if (!t->found || !t->spec)
      continue;
    for (int i = 0; i < t->spec->nrows; i++) {
      const nb_row *row = &t->rows[i];
      if (!row->present)
        continue;
      for (int c = 0; c < row->ncells; c++) {
        const nb_cell *cell = &row->cells[c];
        if (cell->state == NB_CELL_ABSENT || !holds(cell->span, offset))
          continue;
        char column[256];
        const nb_column_spec *cs = nb_rule_row_column(t->spec, i, c);
        if (cs)
          nb_rule_column_name(cs, column, sizeof column);
        else
          snprintf(column, sizeof column, "%d", c + 1);
        table_name(t, en, b);
        if (t->spec->rows[i].label) {
          nb_rule_buf_append(b, "「", strlen("「"));
          row_path(t->spec, i, en, b);
          nb_rule_buf_printf(b, "」×「%s」", column);
        } else {
          nb_rule_buf_printf(b, "「%s」", column);
        }
        return true;
      }
      if (!nb_span_is_empty(row->label) && holds(row->label, offset)) {
        table_name(t, en, b);
        nb_rule_buf_append(b, "「", strlen("「"));
        row_path(t->spec, i, en, b);
        nb_rule_buf_append(b, "」", strlen("」"));
        return true;
      }
    }
    for (int h = 0; h < t->nheaders; h++) {
      const nb_header_label *hl = &t->headers[h];
      if (!holds(hl->span, offset))
        continue;
      table_name(t, en, b);
      nb_rule_buf_printf(b, "「%s」", hl->official ? hl->official : "");
      return true;
    }
  }
  return false;
}

/* The text of a span, cut to MAX_QUOTED_CPS code points. */
static void quoted(const char *text, nb_span s, nb_rule_buf *b) {
  size_t a = s.start, e = s.end;
  nb_trim_span(text, &a, &e);
  size_t i = a;
  for (int n = 0; i < e && n < MAX_QUOTED_CPS; n++)
    nb_utf8_next(text, e, &i);
  nb_rule_buf_append(b, "「", strlen("「"));
  nb_rule_buf_append(b, text + a, i - a);
  if (i < e)
    nb_rule_buf_append(b, "…", strlen("…"));
  nb_rule_buf_append(b, "」", strlen("」"));
}

/* The last section heading at or before offset, or NULL. */
static const nb_section *section_of(const nb_report *r, size_t offset) {
  const nb_section *found = NULL;
  for (int k = 0; k < r->nsections; k++)
    if (r->sections[k].heading.start <= offset)
      found = &r->sections[k];
  return found;
}

/* The number of piece p's paragraph among the blocks after `from` (the section heading's end)
 * and after the last heading before it. */
static int paragraph_number(const pd_flat *f, int p, size_t from) {
  int before = from > 0 ? pd_flat_piece_at(f, from - 1) : -1;
  if (f->pieces[p].last_heading > before)
    before = f->pieces[p].last_heading;
  int n = f->pieces[p].ordinal - (before >= 0 && before < p ? f->pieces[before].ordinal : 0);
  return n > 0 ? n : 1;
}

char *pd_place(const pd_flat *f, const nb_report *r, nb_span span, nb_lang lang) {
  bool en = lang == NB_LANG_EN;
  nb_rule_buf b;
  nb_rule_buf_init(&b);
  size_t offset = span.start;
  if (table_place(r, offset, en, &b))
    return nb_rule_buf_take(&b);
  int p = pd_flat_piece_at(f, offset);
  const pd_piece *piece = p >= 0 ? &f->pieces[p] : NULL;
  if (piece && (piece->kind == PD_PIECE_HEADING || piece->kind == PD_PIECE_TITLE)) {
    if (piece->kind == PD_PIECE_TITLE)
      nb_rule_buf_printf(&b, en ? "title " : "标题");
    quoted(f->text, nb_span_make(piece->start, piece->end), &b);
    return nb_rule_buf_take(&b);
  }
  const nb_section *sec = section_of(r, offset);
  if (sec)
    quoted(f->text, sec->heading, &b);
  if (!piece)
    return nb_rule_buf_take(&b);
  int n = paragraph_number(f, p, sec ? sec->heading.end : 0);
  if (en && sec)
    nb_rule_buf_append(&b, " ", 1);
  if (piece->kind == PD_PIECE_CELL)
    nb_rule_buf_printf(&b,
                       en ? "table in paragraph %d, row %d, cell %d" : "第%d段（表格）第%d行第%d格",
                       n, piece->row + 1, piece->cell + 1);
  else
    nb_rule_buf_printf(&b, en ? "paragraph %d" : "第%d段", n);
  return nb_rule_buf_take(&b);
}
