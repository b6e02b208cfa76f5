/* SARIF 2.1.0 (OASIS): one log, one run, every file's results, for code-scanning services.
 * Rules are the whole catalog so that ruleIndex is the catalog index. Columns are code
 * points, which the run declares through columnKind. */
#include <stdlib.h>
#include <string.h>

#include "../core/catalog.h"
#include "../core/uri.h"
#include "emit_internal.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static const char *level_of(nb_severity s) {
  return s == NB_SEV_ERROR ? "error" : s == NB_SEV_WARNING ? "warning" : "note";
}

static json_t *message_of(const char *text) {
  json_t *m = json_object();
  json_object_set_new(m, "text", nb_json_text(text));
  return m;
}

static json_t *uri_of(const char *path) {
  char *uri = nb_uri_from_path(path);
  json_t *j = json_string(uri);
  free(uri);
  return j;
}

static json_t *artifact_of(const char *path) {
  json_t *a = json_object();
  json_object_set_new(a, "uri", uri_of(path));
  return a;
}

static json_t *region_of(nb_range r) {
  json_t *o = json_object();
  json_object_set_new(o, "startLine", json_integer(r.line));
  json_object_set_new(o, "startColumn", json_integer(r.column));
  json_object_set_new(o, "endLine", json_integer(r.end_line));
  json_object_set_new(o, "endColumn", json_integer(r.end_column));
  return o;
}

static json_t *physical_of(const char *path, nb_range r) {
  json_t *p = json_object();
  json_object_set_new(p, "artifactLocation", artifact_of(path));
  json_object_set_new(p, "region", region_of(r));
  return p;
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

static json_t *fixes_of(const nb_file_result *file, const nb_line_index *ix, const char *path,
                        const nb_diag *d, nb_lang lang) {
  json_t *fixes = json_array();
  for (int i = 0; i < d->nfixes; i++) {
    const nb_fix *fix = &d->fixes[i];
    json_t *replacements = json_array();
    for (int e = 0; e < fix->nedits; e++) {
      json_t *rep = json_object();
      json_object_set_new(rep, "deletedRegion",
                          region_of(nb_file_range(file, ix, fix->edits[e].span)));
      json_t *content = json_object();
      json_object_set_new(content, "text", nb_json_text(fix->edits[e].replacement));
      json_object_set_new(rep, "insertedContent", content);
      json_array_append_new(replacements, rep);
    }
    json_t *change = json_object();
    json_object_set_new(change, "artifactLocation", artifact_of(path));
    json_object_set_new(change, "replacements", replacements);
    json_t *changes = json_array();
    json_array_append_new(changes, change);
    json_t *o = json_object();
    json_object_set_new(o, "description",
                        message_of(lang == NB_LANG_EN ? fix->title_en : fix->title_zh));
    json_object_set_new(o, "artifactChanges", changes);
    json_t *props = json_object();
    json_object_set_new(props, "safe", json_boolean(fix->safe));
    json_object_set_new(o, "properties", props);
    json_array_append_new(fixes, o);
  }
  return fixes;
}

static json_t *result_of(const nb_file_result *file, const nb_line_index *ix, const char *path,
                         const nb_diag *d, nb_lang lang) {
  json_t *res = json_object();
  json_object_set_new(res, "ruleId", json_string(d->rule));
  int count;
  const nb_rule_info *catalog = nb_catalog(&count);
  const nb_rule_info *info = nb_catalog_find(d->rule);
  if (info)
    json_object_set_new(res, "ruleIndex", json_integer(info - catalog));
  json_object_set_new(res, "level", json_string(level_of(d->severity)));
  json_object_set_new(res, "message", message_of(nb_diag_message(d, lang)));
  json_t *loc = json_object();
  json_object_set_new(loc, "physicalLocation", physical_of(path, nb_file_range(file, ix, d->span)));
  json_t *locations = json_array();
  json_array_append_new(locations, loc);
  json_object_set_new(res, "locations", locations);
  if (d->nrelated > 0) {
    json_t *related = json_array();
    for (int i = 0; i < d->nrelated; i++) {
      const nb_related *rel = &d->related[i];
      json_t *r = json_object();
      json_object_set_new(r, "id", json_integer(i));
      json_object_set_new(r, "physicalLocation",
                          physical_of(path, nb_file_range(file, ix, rel->span)));
      json_object_set_new(r, "message",
                          message_of(lang == NB_LANG_EN ? rel->message_en : rel->message_zh));
      json_array_append_new(related, r);
    }
    json_object_set_new(res, "relatedLocations", related);
  }
  if (d->nfixes > 0)
    json_object_set_new(res, "fixes", fixes_of(file, ix, path, d, lang));
  return res;
}

json_t *nb_emit_sarif_results(nb_lang lang, const nb_file_result *file) {
  json_t *results = json_array();
  const char *path = nb_display_path(file->path);
  nb_line_index ix;
  nb_line_index_build(&ix, file->text, file->len);
  for (int i = 0; i < file->diags->count; i++)
    json_array_append_new(results, result_of(file, &ix, path, &file->diags->items[i], lang));
  nb_line_index_free(&ix);
  return results;
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
