#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void nb_report_init(nb_report *r, const char *text, size_t len) {
  memset(r, 0, sizeof *r);
  r->text = text;
  r->len = len;
  nb_stream_init(&r->stream, text, len);
  r->template_id = NB_TPL_2021;
  r->tpl = nb_template_get(NB_TPL_2021);
  r->signature_date = -1;
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    nb_table_init(&r->tables[t], (nb_table_id)t, r->tpl->tables[t]);
}

void nb_report_free(nb_report *r) {
  nb_stream_free(&r->stream);
  free(r->sections);
  free(r->dates);
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    nb_table_free(&r->tables[t]);
  if (r->heading_memo)
    r->heading_memo_free(r->heading_memo);
  memset(r, 0, sizeof *r);
}

const nb_section *nb_report_section(const nb_report *r, nb_section_id id) {
  for (int i = 0; i < r->nsections; i++)
    if (r->sections[i].id == id)
      return &r->sections[i];
  return NULL;
}

/* The rows and every row's cells in one allocation: a report's three tables are set up once per
 * template it is read with, and one allocation per row cost more than reading a small table. */
void nb_table_init(nb_table *t, nb_table_id id, const nb_table_spec *spec) {
  memset(t, 0, sizeof *t);
  t->id = id;
  t->spec = spec;
  t->unreadable_row = -1;
  t->unreadable_cuts = -1;
  size_t ncells = 0;
  for (int i = 0; i < spec->nrows; i++)
    ncells += (size_t)spec->blocks[spec->rows[i].block].ncolumns;
  size_t rows_bytes = (size_t)spec->nrows * sizeof *t->rows;
  char *block = nb_xmalloc(rows_bytes + ncells * sizeof(nb_cell) + 1);
  t->rows = (nb_row *)block;
  memset(t->rows, 0, rows_bytes);
  nb_cell *cells = (nb_cell *)(block + rows_bytes);
  for (int i = 0; i < spec->nrows; i++) {
    nb_row *row = &t->rows[i];
    /* Group rows get cells too: a report may put data in them (2019-style （六）). */
    row->ncells = spec->blocks[spec->rows[i].block].ncolumns;
    row->cells = cells;
    for (int c = 0; c < row->ncells; c++)
      cells[c] = (nb_cell){.run_together = -1};
    cells += row->ncells;
  }
}

void nb_table_free(nb_table *t) {
  free(t->rows); /* and the cells, allocated with them */
  free(t->headers);
  free(t->runs);
  memset(t, 0, sizeof *t);
}
