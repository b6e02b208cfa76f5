/* SARIF 2.1.0 (OASIS): one log, one run, every file's results, for code-scanning services.
 * Rules are the whole catalog so that ruleIndex is the catalog index. Columns are code
 * points, which the run declares through columnKind. */
#include <stdlib.h>
#include <string.h>

#include "../core/catalog.h"
#include "../core/uri.h"
#include "emit_internal.h"
#include "json_out.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

/* The results are the elements of runs[0].results, four levels into the log (emit.c writes the
 * log around them). */
enum { SARIF_RESULTS_DEPTH = 4 };

static const char *level_of(nb_severity s) {
  return s == NB_SEV_ERROR ? "error" : s == NB_SEV_WARNING ? "warning" : "note";
}

static json_t *message_of(const char *text) {
  json_t *m = json_object();
  json_object_set_new(m, "text", nb_json_text(text));
  return m;
}

static json_t *driver_of(nb_lang lang) {
  json_t *driver = json_object();
  json_object_set_new(driver, "name", json_string("nianbao"));
  json_object_set_new(driver, "version", json_string(NB_VERSION));
  json_t *rules = json_array();
  int count;
  const nb_rule_info *catalog = nb_catalog(&count);
  for (int i = 0; i < count; i++) {
    const nb_rule_info *info = &catalog[i];
    json_t *rule = json_object();
    json_object_set_new(rule, "id", json_string(info->id));
    json_object_set_new(rule, "shortDescription",
                        message_of(lang == NB_LANG_EN ? info->summary_en : info->summary_zh));
    json_object_set_new(rule, "fullDescription",
                        message_of(lang == NB_LANG_EN ? info->doc_en : info->doc_zh));
    json_t *config = json_object();
    json_object_set_new(config, "level", json_string(level_of(info->severity)));
    json_object_set_new(rule, "defaultConfiguration", config);
    json_array_append_new(rules, rule);
  }
  json_object_set_new(driver, "rules", rules);
  return driver;
}

/* ---- results, written straight to the stream as jansson would lay out the same tree
 * (json_out.h): a tree of a few dozen nodes per finding, dumped and then re-indented, cost more
 * than the findings themselves. */

static void put_message(nb_json_out *j, const char *key, const char *text) {
  nb_json_key(j, key);
  nb_json_begin_object(j);
  nb_json_key(j, "text");
  nb_json_string(j, text);
  nb_json_end_object(j);
}

static void put_artifact(nb_json_out *j, const char *uri) {
  nb_json_key(j, "artifactLocation");
  nb_json_begin_object(j);
  nb_json_key(j, "uri");
  nb_json_string(j, uri);
  nb_json_end_object(j);
}

static void put_region(nb_json_out *j, const char *key, nb_range r) {
  nb_json_key(j, key);
  nb_json_begin_object(j);
  nb_json_key(j, "startLine");
  nb_json_int(j, r.line);
  nb_json_key(j, "startColumn");
  nb_json_int(j, r.column);
  nb_json_key(j, "endLine");
  nb_json_int(j, r.end_line);
  nb_json_key(j, "endColumn");
  nb_json_int(j, r.end_column);
  nb_json_end_object(j);
}

static void put_physical(nb_json_out *j, const char *uri, nb_range r) {
  nb_json_key(j, "physicalLocation");
  nb_json_begin_object(j);
  put_artifact(j, uri);
  put_region(j, "region", r);
  nb_json_end_object(j);
}

typedef struct {
  const nb_file_result *file;
  const nb_line_index *ix;
  const char *uri; /* of the file's path, the same in every location */
  nb_lang lang;
} sarif_file;

static void put_related(nb_json_out *j, const sarif_file *f, const nb_diag *d) {
  nb_json_key(j, "relatedLocations");
  nb_json_begin_array(j);
  for (int i = 0; i < d->nrelated; i++) {
    const nb_related *rel = &d->related[i];
    nb_json_begin_object(j);
    nb_json_key(j, "id");
    nb_json_int(j, i);
    put_physical(j, f->uri, nb_file_range(f->file, f->ix, rel->span));
    put_message(j, "message", f->lang == NB_LANG_EN ? rel->message_en : rel->message_zh);
    nb_json_end_object(j);
  }
  nb_json_end_array(j);
}

static void put_fix(nb_json_out *j, const sarif_file *f, const nb_fix *fix) {
  nb_json_begin_object(j);
  put_message(j, "description", f->lang == NB_LANG_EN ? fix->title_en : fix->title_zh);
  nb_json_key(j, "artifactChanges");
  nb_json_begin_array(j);
  nb_json_begin_object(j);
  put_artifact(j, f->uri);
  nb_json_key(j, "replacements");
  nb_json_begin_array(j);
  for (int e = 0; e < fix->nedits; e++) {
    nb_json_begin_object(j);
    put_region(j, "deletedRegion", nb_file_range(f->file, f->ix, fix->edits[e].span));
    put_message(j, "insertedContent", fix->edits[e].replacement);
    nb_json_end_object(j);
  }
  nb_json_end_array(j);
  nb_json_end_object(j);
  nb_json_end_array(j);
  nb_json_key(j, "properties");
  nb_json_begin_object(j);
  nb_json_key(j, "safe");
  nb_json_bool(j, fix->safe);
  nb_json_end_object(j);
  nb_json_end_object(j);
}

static void put_result(nb_json_out *j, const sarif_file *f, const nb_diag *d) {
  nb_json_begin_object(j);
  nb_json_key(j, "ruleId");
  nb_json_string(j, d->rule);
  int count;
  const nb_rule_info *catalog = nb_catalog(&count);
  const nb_rule_info *info = nb_catalog_find(d->rule);
  if (info) {
    nb_json_key(j, "ruleIndex");
    nb_json_int(j, info - catalog);
  }
  nb_json_key(j, "level");
  nb_json_string(j, level_of(d->severity));
  put_message(j, "message", nb_diag_message(d, f->lang));
  nb_json_key(j, "locations");
  nb_json_begin_array(j);
  nb_json_begin_object(j);
  put_physical(j, f->uri, nb_file_range(f->file, f->ix, d->span));
  nb_json_end_object(j);
  nb_json_end_array(j);
  if (d->nrelated > 0)
    put_related(j, f, d);
  if (d->nfixes > 0) {
    nb_json_key(j, "fixes");
    nb_json_begin_array(j);
    for (int i = 0; i < d->nfixes; i++)
      put_fix(j, f, &d->fixes[i]);
    nb_json_end_array(j);
  }
  nb_json_end_object(j);
}

void nb_emit_sarif_part(FILE *out, nb_lang lang, const nb_file_result *file) {
  if (file->diags->count == 0)
    return;
  nb_json_out j;
  nb_json_out_init(&j, out, SARIF_RESULTS_DEPTH);
  nb_line_index ix;
  nb_line_index_build(&ix, file->text, file->len);
  char *uri = nb_uri_from_path(nb_display_path(file->path));
  sarif_file f = {file, &ix, uri, lang};
  for (int i = 0; i < file->diags->count; i++)
    put_result(&j, &f, &file->diags->items[i]);
  nb_json_out_finish(&j);
  free(uri);
  nb_line_index_free(&ix);
}

char *nb_emit_sarif_empty_log(nb_lang lang) {
  json_t *tool = json_object();
  json_object_set_new(tool, "driver", driver_of(lang));
  json_t *run = json_object();
  json_object_set_new(run, "tool", tool);
  json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
  json_object_set_new(run, "results", json_array());
  json_t *runs = json_array();
  json_array_append_new(runs, run);
  json_t *log = json_object();
  json_object_set_new(log, "$schema", json_string(SARIF_SCHEMA));
  json_object_set_new(log, "version", json_string("2.1.0"));
  json_object_set_new(log, "runs", runs);
  char *text = json_dumps(log, JSON_INDENT(2));
  json_decref(log);
  return text;
}
