/* extract --format json: one array, one object per file (see extract.h), written straight to
 * the part's stream (json_out.h) exactly as jansson dumped the same tree with JSON_INDENT(2):
 * building that tree for every cell and dumping it was most of what extract cost. */
#include <math.h>

#include "emit_internal.h"
#include "extract_internal.h"
#include "json_out.h"

/* Reals with 15 significant digits: jansson's default of 17 prints 937.08 as
 * 937.08000000000004, and no report value has more digits than 15. */
enum { REAL_PRECISION = 15 };

static void text_or_null(nb_json_out *j, const char *s) {
  if (s)
    nb_json_string(j, s);
  else
    nb_json_null(j);
}

static void span_text_or_null(nb_json_out *j, const char *text, nb_span span) {
  if (nb_span_is_empty(span))
    nb_json_null(j);
  else
    nb_json_stringn_or_null(j, text + span.start, span.end - span.start);
}

static void int_or_null(nb_json_out *j, bool present, long long v) {
  if (present)
    nb_json_int(j, v);
  else
    nb_json_null(j);
}

/* A value: an integer when it is one below 10^15, else a real; jansson holds no infinite or
 * NaN real, and its object then had no "value" member at all. */
static void put_value(nb_json_out *j, const nb_extract_cell *c) {
  if (c->state != NB_CELL_VALUE) {
    nb_json_key(j, "value");
    nb_json_null(j);
  } else if (fabs(c->value) < 1e15 && c->value == floor(c->value)) {
    nb_json_key(j, "value");
    nb_json_int(j, (long long)c->value);
  } else if (isfinite(c->value)) {
    nb_json_key(j, "value");
    nb_json_real(j, c->value, REAL_PRECISION);
  }
}

static void add_cell(const nb_extract_cell *c, void *ctx) {
  nb_json_out *j = ctx;
  nb_json_begin_object(j);
  nb_json_key(j, "table");
  nb_json_string(j, c->table);
  nb_json_key(j, "block");
  text_or_null(j, c->block);
  nb_json_key(j, "row");
  text_or_null(j, c->row);
  nb_json_key(j, "group");
  text_or_null(j, c->group);
  nb_json_key(j, "column");
  nb_json_string(j, c->column);
  put_value(j, c);
  nb_json_key(j, "state");
  nb_json_string(j, nb_extract_state_name(c->state));
  nb_json_key(j, "raw");
  if (c->raw)
    nb_json_stringn_or_null(j, c->raw, c->raw_len);
  else
    nb_json_null(j);
  nb_json_key(j, "line");
  int_or_null(j, c->line != 0, c->line);
  nb_json_key(j, "col");
  int_or_null(j, c->line != 0, c->col);
  nb_json_end_object(j);
}

static void put_table(nb_json_out *j, const nb_report *r, const nb_line_index *ix,
                      const nb_table *t) {
  nb_json_begin_object(j);
  nb_json_key(j, "table");
  nb_json_string(j, nb_extract_table_numeral(r, t));
  nb_json_key(j, "name");
  text_or_null(j, t->spec ? t->spec->name : NULL);
  nb_json_key(j, "found");
  nb_json_bool(j, t->found);
  nb_json_key(j, "layout");
  text_or_null(j, t->found ? nb_extract_layout_name(t->layout) : NULL);
  bool unreadable = t->unreadable != NB_UNREADABLE_NONE;
  nb_json_key(j, "unreadable");
  nb_json_bool(j, unreadable);
  nb_json_key(j, "unreadable_reason");
  text_or_null(j, nb_extract_reason_name(t->unreadable));
  nb_json_key(j, "unreadable_line");
  int_or_null(j, unreadable,
              unreadable ? nb_extract_line_of(ix, nb_span_is_empty(t->unreadable_span)
                                                      ? t->span.start
                                                      : t->unreadable_span.start)
                         : 0);
  nb_json_key(j, "cells");
  nb_json_begin_array(j);
  nb_extract_walk(r, ix, t, add_cell, j);
  nb_json_end_array(j);
  nb_json_end_object(j);
}

static void put_template(nb_json_out *j, const nb_report *r) {
  if (!r->tpl) {
    nb_json_null(j);
    return;
  }
  nb_json_begin_object(j);
  nb_json_key(j, "year");
  nb_json_int(j, r->tpl->first_year);
  nb_json_key(j, "name");
  nb_json_string(j, r->tpl->name);
  nb_json_key(j, "notice");
  nb_json_string(j, r->tpl->notice);
  nb_json_end_object(j);
}

void nb_extract_json_file(FILE *out, const nb_extract_file *f) {
  const nb_report *r = f->report;
  nb_line_index ix;
  nb_line_index_build(&ix, r->text, r->len);
  nb_json_out j;
  nb_json_out_init(&j, out, 1); /* the elements of the run's array */
  nb_json_begin_object(&j);
  nb_json_key(&j, "file");
  nb_json_string(&j, nb_display_path(f->path));
  nb_json_key(&j, "encoding");
  text_or_null(&j, f->encoding);
  nb_json_key(&j, "year");
  int_or_null(&j, r->year != 0, r->year);
  nb_json_key(&j, "organ");
  span_text_or_null(&j, r->text, r->organ);
  nb_json_key(&j, "organ_kind");
  text_or_null(&j, nb_extract_organ_kind_name(r->organ_kind));
  nb_json_key(&j, "template");
  put_template(&j, r);
  nb_json_key(&j, "tables");
  nb_json_begin_array(&j);
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    put_table(&j, r, &ix, &r->tables[t]);
  nb_json_end_array(&j);
  nb_json_end_object(&j);
  nb_json_out_finish(&j);
  nb_line_index_free(&ix);
}
