/* The JSON contract of design.md: one array for the whole run, one object per diagnostic (the
 * array is written file by file, emit.c). */
#include <jansson.h>

#include "emit_internal.h"

static void set_range(json_t *obj, nb_range r) {
  json_object_set_new(obj, "line", json_integer(r.line));
  json_object_set_new(obj, "column", json_integer(r.column));
  json_object_set_new(obj, "end_line", json_integer(r.end_line));
  json_object_set_new(obj, "end_column", json_integer(r.end_column));
}

static json_t *related_json(const nb_line_index *ix, const nb_diag *d, nb_lang lang) {
  json_t *arr = json_array();
  for (int i = 0; i < d->nrelated; i++) {
    json_t *o = json_object();
    set_range(o, nb_range_of(ix, d->related[i].span));
    const nb_related *rel = &d->related[i];
    json_object_set_new(o, "message",
                        nb_json_text(lang == NB_LANG_EN ? rel->message_en : rel->message_zh));
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *fixes_json(const nb_line_index *ix, const nb_diag *d, nb_lang lang) {
  json_t *arr = json_array();
  for (int i = 0; i < d->nfixes; i++) {
    const nb_fix *fix = &d->fixes[i];
    json_t *o = json_object();
    json_object_set_new(o, "title",
                        nb_json_text(lang == NB_LANG_EN ? fix->title_en : fix->title_zh));
    json_object_set_new(o, "safe", json_boolean(fix->safe));
    json_t *edits = json_array();
    for (int e = 0; e < fix->nedits; e++) {
      json_t *edit = json_object();
      set_range(edit, nb_range_of(ix, fix->edits[e].span));
      json_object_set_new(edit, "new_text", nb_json_text(fix->edits[e].replacement));
      json_array_append_new(edits, edit);
    }
    json_object_set_new(o, "edits", edits);
    json_array_append_new(arr, o);
  }
  return arr;
}

json_t *nb_emit_json_findings(nb_lang lang, const nb_file_result *file) {
  json_t *all = json_array();
  nb_line_index ix;
  nb_line_index_build(&ix, file->text, file->len);
  for (int i = 0; i < file->diags->count; i++) {
    const nb_diag *d = &file->diags->items[i];
    json_t *o = json_object();
    json_object_set_new(o, "file", nb_json_text(nb_display_path(file->path)));
    set_range(o, nb_range_of(&ix, d->span));
    json_object_set_new(o, "severity", nb_json_text(nb_severity_name(d->severity)));
    json_object_set_new(o, "rule", nb_json_text(d->rule));
    json_object_set_new(o, "message", nb_json_text(nb_diag_message(d, lang)));
    json_object_set_new(o, "related", related_json(&ix, d, lang));
    json_object_set_new(o, "fixes", fixes_json(&ix, d, lang));
    json_array_append_new(all, o);
  }
  nb_line_index_free(&ix);
  return all;
}
