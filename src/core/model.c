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
  memset(r, 0, sizeof *r);
}

const nb_section *nb_report_section(const nb_report *r, nb_section_id id) {
  for (int i = 0; i < r->nsections; i++)
    if (r->sections[i].id == id)
      return &r->sections[i];
  return NULL;
}

void nb_table_init(nb_table *t, nb_table_id id, const nb_table_spec *spec) {
  memset(t, 0, sizeof *t);
  t->id = id;
  t->spec = spec;
  t->unreadable_row = -1;
  t->unreadable_cuts = -1;
  t->rows = nb_xcalloc((size_t)spec->nrows, sizeof *t->rows);
  for (int i = 0; i < spec->nrows; i++) {
    nb_row *row = &t->rows[i];
    /* Group rows get cells too: a report may put data in them (2019-style （六）). */
    row->ncells = spec->blocks[spec->rows[i].block].ncolumns;
    row->cells = nb_xcalloc((size_t)row->ncells, sizeof *row->cells);
    for (int c = 0; c < row->ncells; c++)
      row->cells[c].run_together = -1;
  }
}

void nb_table_free(nb_table *t) {
  if (t->rows && t->spec)
    for (int i = 0; i < t->spec->nrows; i++)
      free(t->rows[i].cells);
  free(t->rows);
  free(t->headers);
  free(t->runs);
  memset(t, 0, sizeof *t);
}
