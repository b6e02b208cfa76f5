/* SARIF 2.1.0: the values nianbao writes, and every property the 2.1.0 schema requires of the
 * objects it uses (sarifLog, run, tool, toolComponent, reportingDescriptor,
 * multiformatMessageString, reportingConfiguration, result, message, location,
 * physicalLocation, artifactLocation, region, fix, artifactChange, replacement,
 * artifactContent), checked explicitly. */
#include <criterion/criterion.h>
#include <jansson.h>

#include "core/catalog.h"
#include "test_output_fixture.h"

static json_t *get(json_t *o, const char *key) {
  cr_assert(json_is_object(o), "parent of %s is not an object", key);
  json_t *v = json_object_get(o, key);
  cr_assert_not_null(v, "missing required property %s", key);
  return v;
}

static const char *get_str(json_t *o, const char *key) {
  json_t *v = get(o, key);
  cr_assert(json_is_string(v), "%s is not a string", key);
  return json_string_value(v);
}

static json_int_t get_int(json_t *o, const char *key) {
  json_t *v = get(o, key);
  cr_assert(json_is_integer(v), "%s is not an integer", key);
  return json_integer_value(v);
}

static json_t *get_array(json_t *o, const char *key, size_t min_items) {
  json_t *v = get(o, key);
  cr_assert(json_is_array(v), "%s is not an array", key);
  cr_assert_geq(json_array_size(v), min_items, "%s has fewer than %zu items", key, min_items);
  return v;
}

/* message: anyOf required text / required id; we always write text. */
static const char *message_text(json_t *m) {
  return get_str(m, "text");
}

static void check_level(const char *level) {
  cr_assert(strcmp(level, "none") == 0 || strcmp(level, "note") == 0 ||
                strcmp(level, "warning") == 0 || strcmp(level, "error") == 0,
            "level %s not in the schema's enum", level);
}

/* region: every line and column >= 1 (the schema's minimum). Returns nothing; asserts. */
static void check_region(json_t *region, int line, int col, int end_line, int end_col) {
  cr_assert_eq(get_int(region, "startLine"), line);
  cr_assert_eq(get_int(region, "startColumn"), col);
  cr_assert_eq(get_int(region, "endLine"), end_line);
  cr_assert_eq(get_int(region, "endColumn"), end_col);
}

/* physicalLocation: anyOf required address / required artifactLocation. */
static void check_physical(json_t *phys, const char *uri, int line, int col, int end_line,
                           int end_col) {
  cr_assert_str_eq(get_str(get(phys, "artifactLocation"), "uri"), uri);
  check_region(get(phys, "region"), line, col, end_line, end_col);
}

static json_t *load(nb_lang lang, const char *path) {
  char *s = fixture_emit(NB_FORMAT_SARIF, lang, path);
  json_error_t err;
  json_t *root = json_loads(s, 0, &err);
  cr_assert_not_null(root, "not JSON: %s", err.text);
  free(s);
  return root;
}

Test(output_sarif, log_run_tool_driver) {
  json_t *log = load(NB_LANG_ZH, "年报 1.md");
  cr_assert_str_eq(get_str(log, "$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
  cr_assert_str_eq(get_str(log, "version"), "2.1.0");
  json_t *runs = get_array(log, "runs", 1);
  cr_assert_eq(json_array_size(runs), 1);
  json_t *run = json_array_get(runs, 0);
  cr_assert_str_eq(get_str(run, "columnKind"), "unicodeCodePoints");
  json_t *driver = get(get(run, "tool"), "driver");
  cr_assert_str_eq(get_str(driver, "name"), "nianbao");
  cr_assert_str_eq(get_str(driver, "version"), NB_VERSION);
  /* Optional in SARIF, and the project has no public address to name yet. */
  cr_assert_null(json_object_get(driver, "informationUri"));

  int count;
  const nb_rule_info *catalog = nb_catalog(&count);
  json_t *rules = get_array(driver, "rules", (size_t)count);
  cr_assert_eq(json_array_size(rules), (size_t)count);
  for (int i = 0; i < count; i++) {
    json_t *rule = json_array_get(rules, (size_t)i);
    cr_assert_str_eq(get_str(rule, "id"), catalog[i].id);
    cr_assert_str_eq(get_str(get(rule, "shortDescription"), "text"), catalog[i].summary_zh);
    cr_assert_str_eq(get_str(get(rule, "fullDescription"), "text"), catalog[i].doc_zh);
    check_level(get_str(get(rule, "defaultConfiguration"), "level"));
  }
  /* section-missing is an error, section-title a warning, rectification-missing a note. */
  json_t *first = json_array_get(rules, 0);
  cr_assert_str_eq(get_str(get(first, "defaultConfiguration"), "level"), "error");
  json_decref(log);
}

Test(output_sarif, results_locations_related_fixes) {
  json_t *log = load(NB_LANG_ZH, "年报 1.md");
  json_t *run = json_array_get(get_array(log, "runs", 1), 0);
  json_t *rules = get(get(get(run, "tool"), "driver"), "rules");
  json_t *results = get_array(run, "results", 4);
  cr_assert_eq(json_array_size(results), 4);
  const char *uri = "%E5%B9%B4%E6%8A%A5%201.md"; /* 年报 1.md, percent-encoded UTF-8 */

  static const struct {
    const char *rule, *level, *message;
    int line, col, end_line, end_col;
  } want[] = {
      {"rectification-missing", "note", "未说明整改", 1, 1, 1, 3},
      {"section-title", "warning", "标题不规范", 2, 3, 2, 7},
      {"sum-row", "error", "合计 50%: a,b\n第二行", 2, 9, 2, 10},
      {"section-missing", "error", "缺少第六部分", 3, 4, 3, 4},
  };
  for (size_t i = 0; i < 4; i++) {
    json_t *res = json_array_get(results, i);
    cr_assert_str_eq(get_str(res, "ruleId"), want[i].rule);
    json_int_t index = get_int(res, "ruleIndex");
    cr_assert_str_eq(get_str(json_array_get(rules, (size_t)index), "id"), want[i].rule);
    cr_assert_str_eq(get_str(res, "level"), want[i].level);
    cr_assert_str_eq(message_text(get(res, "message")), want[i].message);
    json_t *locs = get_array(res, "locations", 1);
    check_physical(get(json_array_get(locs, 0), "physicalLocation"), uri, want[i].line, want[i].col,
                   want[i].end_line, want[i].end_col);
  }

  json_t *sum = json_array_get(results, 2);
  json_t *related = json_array_get(get_array(sum, "relatedLocations", 1), 0);
  cr_assert_geq(get_int(related, "id"), 0);
  cr_assert_str_eq(message_text(get(related, "message")), "分项");
  check_physical(get(related, "physicalLocation"), uri, 3, 1, 3, 4);

  /* fix: artifactChanges required; artifactChange: artifactLocation and replacements;
   * replacement: deletedRegion. */
  json_t *fix = json_array_get(get_array(sum, "fixes", 1), 0);
  cr_assert_str_eq(message_text(get(fix, "description")), "改为 42");
  cr_assert(json_is_false(get(get(fix, "properties"), "safe")));
  json_t *change = json_array_get(get_array(fix, "artifactChanges", 1), 0);
  cr_assert_str_eq(get_str(get(change, "artifactLocation"), "uri"), uri);
  json_t *rep = json_array_get(get_array(change, "replacements", 1), 0);
  check_region(get(rep, "deletedRegion"), 2, 9, 2, 10);
  cr_assert_str_eq(get_str(get(rep, "insertedContent"), "text"), "42");

  json_t *title_fix = json_array_get(get_array(json_array_get(results, 1), "fixes", 1), 0);
  cr_assert(json_is_true(get(get(title_fix, "properties"), "safe")));

  /* Results without related locations or fixes leave the properties out. */
  cr_assert_null(json_object_get(json_array_get(results, 0), "relatedLocations"));
  cr_assert_null(json_object_get(json_array_get(results, 0), "fixes"));
  json_decref(log);
}

Test(output_sarif, english_and_absolute_path) {
  json_t *log = load(NB_LANG_EN, "/tmp/a,b.md");
  json_t *run = json_array_get(get_array(log, "runs", 1), 0);
  json_t *rule0 = json_array_get(get(get(get(run, "tool"), "driver"), "rules"), 0);
  cr_assert_str_eq(get_str(get(rule0, "shortDescription"), "text"),
                   "a required section is missing");
  json_t *res = json_array_get(get(run, "results"), 3);
  cr_assert_str_eq(message_text(get(res, "message")), "section 6 is missing");
  json_t *phys = get(json_array_get(get(res, "locations"), 0), "physicalLocation");
  cr_assert_str_eq(get_str(get(phys, "artifactLocation"), "uri"), "file:///tmp/a%2Cb.md");
  json_decref(log);
}

Test(output_sarif, empty_run_still_valid) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_SARIF, NB_LANG_ZH, NULL, 0);
  fclose(out);
  json_t *log = json_loads(buf, 0, NULL);
  cr_assert_not_null(log);
  json_t *run = json_array_get(get_array(log, "runs", 1), 0);
  cr_assert_eq(json_array_size(get_array(run, "results", 0)), 0);
  json_decref(log);
  free(buf);
}
