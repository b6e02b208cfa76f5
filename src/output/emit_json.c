/* The JSON contract of design.md: one array for the whole run, one object per diagnostic (the
 * array is written file by file, emit.c), laid out as jansson would (json_out.h). */
#include "emit_internal.h"
#include "json_out.h"

static void put_range(nb_json_out *j, nb_range r) {
  nb_json_key(j, "line");
  nb_json_int(j, r.line);
  nb_json_key(j, "column");
  nb_json_int(j, r.column);
  nb_json_key(j, "end_line");
  nb_json_int(j, r.end_line);
  nb_json_key(j, "end_column");
  nb_json_int(j, r.end_column);
}

static void put_related(nb_json_out *j, const nb_file_result *file, const nb_line_index *ix,
                        const nb_diag *d, nb_lang lang) {
  nb_json_begin_array(j);
  for (int i = 0; i < d->nrelated; i++) {
    const nb_related *rel = &d->related[i];
    nb_json_begin_object(j);
    put_range(j, nb_file_range(file, ix, rel->span));
    nb_json_key(j, "message");
    nb_json_string(j, lang == NB_LANG_EN ? rel->message_en : rel->message_zh);
    nb_json_end_object(j);
  }
  nb_json_end_array(j);
}

static void put_fixes(nb_json_out *j, const nb_file_result *file, const nb_line_index *ix,
                      const nb_diag *d, nb_lang lang) {
  nb_json_begin_array(j);
  for (int i = 0; i < d->nfixes; i++) {
    const nb_fix *fix = &d->fixes[i];
    nb_json_begin_object(j);
    nb_json_key(j, "title");
    nb_json_string(j, lang == NB_LANG_EN ? fix->title_en : fix->title_zh);
    nb_json_key(j, "safe");
    nb_json_bool(j, fix->safe);
    nb_json_key(j, "edits");
    nb_json_begin_array(j);
    for (int e = 0; e < fix->nedits; e++) {
      nb_json_begin_object(j);
      put_range(j, nb_file_range(file, ix, fix->edits[e].span));
      nb_json_key(j, "new_text");
      nb_json_string(j, fix->edits[e].replacement);
      nb_json_end_object(j);
    }
    nb_json_end_array(j);
    nb_json_end_object(j);
  }
  nb_json_end_array(j);
}

void nb_emit_json_part(FILE *out, nb_lang lang, const nb_file_result *file) {
  nb_json_out j;
  nb_json_out_init(&j, out, 1); /* the elements of the run's array */
  nb_line_index ix;
  nb_line_index_build(&ix, file->text, file->len);
  for (int i = 0; i < file->diags->count; i++) {
    const nb_diag *d = &file->diags->items[i];
    nb_json_begin_object(&j);
    nb_json_key(&j, "file");
    nb_json_string(&j, nb_display_path(file->path));
    put_range(&j, nb_file_range(file, &ix, d->span));
    nb_json_key(&j, "severity");
    nb_json_string(&j, nb_severity_name(d->severity));
    nb_json_key(&j, "rule");
    nb_json_string(&j, d->rule);
    nb_json_key(&j, "message");
    nb_json_string(&j, nb_diag_message(d, lang));
    nb_json_key(&j, "related");
    put_related(&j, file, &ix, d, lang);
    nb_json_key(&j, "fixes");
    put_fixes(&j, file, &ix, d, lang);
    nb_json_end_object(&j);
  }
  nb_json_out_finish(&j);
  nb_line_index_free(&ix);
}
