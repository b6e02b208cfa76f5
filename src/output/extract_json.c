/* extract --format json: one array, one object per file (see extract.h). */
#include <jansson.h>
#include <math.h>

#include "emit_internal.h"
#include "extract_internal.h"

static json_t *text_or_null(const char *s) {
  return s ? nb_json_text(s) : json_null();
}

static json_t *span_text_or_null(const char *text, nb_span span) {
  if (nb_span_is_empty(span))
    return json_null();
  json_t *j = json_stringn(text + span.start, span.end - span.start);
  return j ? j : json_null();
}

static json_t *number_json(double v) {
  if (fabs(v) < 1e15 && v == floor(v))
    return json_integer((json_int_t)v);
  return json_real(v);
}

static void add_cell(const nb_extract_cell *c, void *ctx) {
  json_t *o = json_object();
  json_object_set_new(o, "table", nb_json_text(c->table));
  json_object_set_new(o, "block", text_or_null(c->block));
  json_object_set_new(o, "row", text_or_null(c->row));
  json_object_set_new(o, "group", text_or_null(c->group));
  json_object_set_new(o, "column", nb_json_text(c->column));
  json_object_set_new(o, "value", c->state == NB_CELL_VALUE ? number_json(c->value) : json_null());
  json_object_set_new(o, "state", nb_json_text(nb_extract_state_name(c->state)));
  json_t *raw = c->raw ? json_stringn(c->raw, c->raw_len) : NULL;
  json_object_set_new(o, "raw", raw ? raw : json_null());
  json_object_set_new(o, "line", c->line ? json_integer(c->line) : json_null());
  json_object_set_new(o, "col", c->line ? json_integer(c->col) : json_null());
  json_array_append_new((json_t *)ctx, o);
}

static json_t *table_json(const nb_report *r, const nb_line_index *ix, const nb_table *t) {
  json_t *o = json_object();
  json_object_set_new(o, "table", nb_json_text(nb_extract_table_numeral(r, t)));
  json_object_set_new(o, "name", text_or_null(t->spec ? t->spec->name : NULL));
  json_object_set_new(o, "found", json_boolean(t->found));
  json_object_set_new(o, "layout",
                      text_or_null(t->found ? nb_extract_layout_name(t->layout) : NULL));
  bool unreadable = t->unreadable != NB_UNREADABLE_NONE;
  json_object_set_new(o, "unreadable", json_boolean(unreadable));
  json_object_set_new(o, "unreadable_reason", text_or_null(nb_extract_reason_name(t->unreadable)));
  json_object_set_new(o, "unreadable_line",
                      unreadable
                          ? json_integer(nb_extract_line_of(ix, nb_span_is_empty(t->unreadable_span)
                                                                    ? t->span.start
                                                                    : t->unreadable_span.start))
                          : json_null());
  json_t *cells = json_array();
  nb_extract_walk(r, ix, t, add_cell, cells);
  json_object_set_new(o, "cells", cells);
  return o;
}

static json_t *template_json(const nb_report *r) {
  if (!r->tpl)
    return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "year", json_integer(r->tpl->first_year));
  json_object_set_new(o, "name", nb_json_text(r->tpl->name));
  json_object_set_new(o, "notice", nb_json_text(r->tpl->notice));
  return o;
}

json_t *nb_extract_json_file(const nb_extract_file *f) {
  const nb_report *r = f->report;
  nb_line_index ix;
  nb_line_index_build(&ix, r->text, r->len);
  json_t *o = json_object();
  json_object_set_new(o, "file", nb_json_text(nb_display_path(f->path)));
  json_object_set_new(o, "encoding", text_or_null(f->encoding));
  json_object_set_new(o, "year", r->year ? json_integer(r->year) : json_null());
  json_object_set_new(o, "organ", span_text_or_null(r->text, r->organ));
  json_object_set_new(o, "organ_kind", text_or_null(nb_extract_organ_kind_name(r->organ_kind)));
  json_object_set_new(o, "template", template_json(r));
  json_t *tables = json_array();
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    json_array_append_new(tables, table_json(r, &ix, &r->tables[t]));
  json_object_set_new(o, "tables", tables);
  nb_line_index_free(&ix);
  return o;
}
