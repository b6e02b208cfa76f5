/* The .nianbao.json file (src/cli/config_file.c): parsing every key and value, one clear
 * error line for each kind of mistake, and discovery walking up from a file's directory. */
/* realpath() and mkdtemp() are XSI. */
#define _XOPEN_SOURCE 700

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/lang.h"
#include "lint/config_file.h"

static bool parse(const char *json, nb_lang lang, nb_settings *s, char **error) {
  return nb_config_parse(json, strlen(json), "x/.nianbao.json", lang, s, error);
}

Test(config_parse, every_key) {
  nb_settings s;
  char *error;
  cr_assert(parse("{\"rules\": {\"label-typo\": \"off\", \"table-cell-empty\": \"error\","
                  " \"copied-text\": false, \"sum-row\": true, \"sum-review\": \"info\","
                  " \"rectification-missing\": \"warning\"},"
                  " \"organ_kind\": \"township\", \"lang\": \"en\"}",
                  NB_LANG_ZH, &s, &error));
  cr_assert_null(error);
  cr_assert_eq(nb_settings_severity(&s, "label-typo"), NB_SEV_OFF);
  cr_assert_eq(nb_settings_severity(&s, "table-cell-empty"), NB_SEV_ERROR);
  cr_assert_eq(nb_settings_severity(&s, "copied-text"), NB_SEV_OFF);
  cr_assert_eq(nb_settings_severity(&s, "sum-row"), NB_SEV_ERROR); /* true: the default */
  cr_assert_eq(nb_settings_severity(&s, "sum-review"), NB_SEV_INFO);
  cr_assert_eq(nb_settings_severity(&s, "rectification-missing"), NB_SEV_WARNING);
  cr_assert_eq(nb_settings_severity(&s, "section-missing"), NB_SEV_ERROR); /* not named */
  cr_assert_eq(s.organ_kind, NB_ORGAN_TOWNSHIP);
  cr_assert_eq(s.lang, NB_LANG_EN);
  nb_settings_free(&s);
}

Test(config_parse, empty_object_sets_nothing) {
  nb_settings s;
  char *error;
  cr_assert(parse(" {} ", NB_LANG_ZH, &s, &error));
  cr_assert_eq(s.nrules, 0);
  cr_assert_eq(s.organ_kind, NB_ORGAN_UNKNOWN);
  cr_assert_eq(s.lang, -1);
  nb_settings_free(&s);
}

/* Parsing must fail with exactly this one-line message. */
static void expect_error(const char *json, nb_lang lang, const char *want) {
  nb_settings s;
  char *error = NULL;
  cr_assert_not(parse(json, lang, &s, &error), "accepted %s", json);
  cr_assert_not_null(error);
  cr_assert_str_eq(error, want);
  cr_assert_null(strchr(error, '\n'));
  cr_assert_eq(s.nrules, 0); /* never half applied */
  free(error);
}

Test(config_parse, reports_and_previous_for_the_language_server) {
  nb_settings s;
  char *error;
  cr_assert(
      parse("{\"reports\": [\"年报/*.md\", \"**/*年度报告*.md\"], \"previous\": \"../2023.md\"}",
            NB_LANG_ZH, &s, &error));
  cr_assert_eq(s.nreports, 2);
  cr_assert_str_eq(s.reports[0], "年报/*.md");
  cr_assert_str_eq(s.reports[1], "**/*年度报告*.md");
  cr_assert_str_eq(s.previous, "../2023.md");
  nb_settings_free(&s);
  expect_error("{\"reports\": \"*.md\"}", NB_LANG_EN,
               "x/.nianbao.json: reports: must be an array of file patterns (non-empty strings)");
  expect_error("{\"reports\": [\"*.md\", \"\"]}", NB_LANG_EN,
               "x/.nianbao.json: reports: must be an array of file patterns (non-empty strings)");
  expect_error("{\"previous\": 2023}", NB_LANG_EN,
               "x/.nianbao.json: previous: must be the path of last year's report (a non-empty "
               "string)");
}

Test(config_parse, unknown_rule) {
  expect_error("{\"rules\": {\"sum-row\": \"off\", \"label-typos\": \"off\"}}", NB_LANG_EN,
               "x/.nianbao.json: rules.label-typos: no such rule (nianbao rules lists them all)");
  expect_error("{\"rules\": {\"label-typos\": \"off\"}}", NB_LANG_ZH,
               "x/.nianbao.json：rules.label-typos：没有这条规则（nianbao rules 列出全部规则）");
}

Test(config_parse, bad_rule_values) {
  expect_error("{\"rules\": {\"label-typo\": \"warn\"}}", NB_LANG_EN,
               "x/.nianbao.json: rules.label-typo: invalid value \"warn\" (expected \"off\", "
               "\"error\", \"warning\", \"info\", true or false)");
  expect_error("{\"rules\": {\"label-typo\": 1}}", NB_LANG_EN,
               "x/.nianbao.json: rules.label-typo: invalid value 1 (expected \"off\", "
               "\"error\", \"warning\", \"info\", true or false)");
  expect_error("{\"rules\": {\"label-typo\": null}}", NB_LANG_EN,
               "x/.nianbao.json: rules.label-typo: invalid value null (expected \"off\", "
               "\"error\", \"warning\", \"info\", true or false)");
  expect_error("{\"rules\": [\"label-typo\"]}", NB_LANG_EN,
               "x/.nianbao.json: rules: must be an object (rule id to severity)");
}

Test(config_parse, bad_organ_kind_and_lang) {
  expect_error("{\"organ_kind\": \"county\"}", NB_LANG_EN,
               "x/.nianbao.json: organ_kind: invalid value \"county\" (expected \"department\", "
               "\"government\" or \"township\")");
  expect_error("{\"organ_kind\": 2}", NB_LANG_EN,
               "x/.nianbao.json: organ_kind: invalid value 2 (expected \"department\", "
               "\"government\" or \"township\")");
  expect_error("{\"lang\": \"fr\"}", NB_LANG_EN,
               "x/.nianbao.json: lang: invalid value \"fr\" (expected \"zh\" or \"en\")");
}

Test(config_parse, unknown_key_and_wrong_shape) {
  expect_error(
      "{\"rule\": {}}", NB_LANG_EN,
      "x/.nianbao.json: unknown key \"rule\" (expected rules, organ_kind, lang, reports or "
      "previous)");
  expect_error("[]", NB_LANG_EN, "x/.nianbao.json: the configuration must be a JSON object");
}

Test(config_parse, invalid_json_names_line_and_column) {
  nb_settings s;
  char *error = NULL;
  /* Line 2: `  "sum-row": ,` — the comma at column 14 is where a value was expected. */
  cr_assert_not(parse("{\"rules\": {\n  \"sum-row\": ,\n}}", NB_LANG_EN, &s, &error));
  cr_assert_not_null(error);
  cr_assert(strncmp(error, "x/.nianbao.json:2:14: invalid JSON: ", 36) == 0, "%s", error);
  free(error);
}

Test(config_parse, duplicate_keys_are_an_error) {
  nb_settings s;
  char *error = NULL;
  cr_assert_not(parse("{\"lang\": \"en\", \"lang\": \"zh\"}", NB_LANG_EN, &s, &error));
  cr_assert(strstr(error, "invalid JSON") != NULL, "%s", error);
  free(error);
}

static char dir[] = "/tmp/nb_test_config_XXXXXX";

static void setup(void) {
  cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  cr_assert_eq(system(cmd), 0);
}

static void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs(text, f);
  fclose(f);
}

static char *at(const char *rel) {
  return nb_strdup_printf("%s/%s", dir, rel);
}

static void make_dir(const char *rel) {
  char *p = at(rel);
  cr_assert_eq(mkdir(p, 0755), 0);
  free(p);
}

TestSuite(config_find, .init = setup, .fini = teardown);

Test(config_find, walks_up_first_found_wins) {
  make_dir("a");
  make_dir("a/b");
  make_dir("a/b/c");
  char *top = at("a/.nianbao.json"), *mid = at("a/b/.nianbao.json"), *deep = at("a/b/c");
  write_text(top, "{}");
  char *error = NULL;
  char *found = nb_config_find(deep, NB_LANG_EN, &error);
  cr_assert_str_eq(found, top);
  cr_assert_null(error);
  free(found);
  write_text(mid, "{}");
  found = nb_config_find(deep, NB_LANG_EN, &error);
  cr_assert_str_eq(found, mid);
  free(found);
  free(top);
  free(mid);
  free(deep);
}

Test(config_find, a_directory_of_that_name_is_not_a_config) {
  make_dir("a");
  make_dir("a/.nianbao.json");
  char *start = at("a");
  char *error = NULL;
  char *found = nb_config_find(start, NB_LANG_EN, &error);
  cr_assert_null(error);
  /* Nothing in a/; whatever is above the temporary directory is none of this test's business,
   * but it cannot be the directory a/.nianbao.json. */
  char *bad = at("a/.nianbao.json");
  cr_assert(found == NULL || strcmp(found, bad) != 0);
  free(found);
  free(bad);
  free(start);
}

Test(config_find, start_dir_of_operands) {
  make_dir("a");
  char *file = at("a/r.md");
  char *want = realpath(dir, NULL);
  char *want_a = nb_strdup_printf("%s/a", want);
  char *got = nb_config_start_dir(file);
  cr_assert_str_eq(got, want_a);
  free(got);
  char *missing = at("nope/r.md");
  cr_assert_null(nb_config_start_dir(missing));
  got = nb_config_start_dir("/r.md");
  cr_assert_str_eq(got, "/");
  free(got);
  char *cwd = realpath(".", NULL);
  got = nb_config_start_dir("-");
  cr_assert_str_eq(got, cwd);
  free(got);
  got = nb_config_start_dir("r.md");
  cr_assert_str_eq(got, cwd);
  free(got);
  free(cwd);
  free(missing);
  free(file);
  free(want);
  free(want_a);
}

Test(config_find, load_reports_missing_file) {
  char *path = at("none.json");
  nb_settings s;
  char *error = NULL;
  cr_assert_not(nb_config_load(path, NB_LANG_EN, &s, &error));
  char *want =
      nb_strdup_printf("%s: cannot read the configuration: No such file or directory", path);
  cr_assert_str_eq(error, want);
  free(want);
  free(error);
  free(path);
}

Test(config_find, config_set_reads_each_file_once_and_forced_wins) {
  make_dir("a");
  make_dir("a/b");
  char *cfg = at("a/.nianbao.json"), *f1 = at("a/r1.md"), *f2 = at("a/b/r2.md");
  char *forced = at("forced.json");
  write_text(cfg, "{\"rules\": {\"label-typo\": \"off\"}}");
  write_text(forced, "{\"organ_kind\": \"government\"}");
  nb_config_set set;
  nb_config_set_init(&set);
  const nb_settings *s1, *s2, *s3;
  char *error;
  cr_assert(nb_config_for(&set, NULL, f1, NB_LANG_EN, &s1, &error));
  cr_assert(nb_config_for(&set, NULL, f2, NB_LANG_EN, &s2, &error));
  cr_assert_eq(s1, s2);
  cr_assert_eq(set.count, 1);
  cr_assert_eq(nb_settings_severity(s1, "label-typo"), NB_SEV_OFF);
  cr_assert(nb_config_for(&set, forced, f1, NB_LANG_EN, &s3, &error));
  cr_assert_eq(s3->organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_eq(nb_settings_severity(s3, "label-typo"), NB_SEV_WARNING); /* no discovery */
  cr_assert_eq(set.count, 2);
  nb_config_set_free(&set);
  free(cfg);
  free(f1);
  free(f2);
  free(forced);
}

/* Issue 7: a configuration the user meant but nianbao cannot read is said, never skipped. */
Test(config_find, a_dangling_symlink_is_an_error_not_a_reason_to_walk_up) {
  make_dir("a");
  make_dir("a/b");
  char *top = at("a/.nianbao.json"), *link = at("a/b/.nianbao.json"), *start = at("a/b");
  write_text(top, "{}");
  cr_assert_eq(symlink("missing.json", link), 0);
  char *error = NULL;
  char *found = nb_config_find(start, NB_LANG_EN, &error);
  cr_assert_null(found, "walked up to %s", found);
  char *want = nb_strdup_printf(
      "%s: the symbolic link points to nothing; cannot read the configuration (No such file "
      "or directory)",
      link);
  cr_assert_str_eq(error, want);
  free(want);
  free(error);
  free(top);
  free(link);
  free(start);
}

Test(config_find, a_looping_symlink_is_an_error) {
  make_dir("a");
  char *link = at("a/.nianbao.json"), *start = at("a"), *f = at("a/r.md");
  cr_assert_eq(symlink(".nianbao.json", link), 0);
  nb_config_set set;
  nb_config_set_init(&set);
  const nb_settings *s;
  char *error = NULL;
  cr_assert_not(nb_config_for(&set, NULL, f, NB_LANG_ZH, &s, &error));
  char *want = nb_strdup_printf("%s：符号链接成环，无法读取配置文件", link);
  cr_assert_str_eq(error, want);
  free(want);
  free(error);
  nb_config_set_free(&set);
  free(link);
  free(start);
  free(f);
}

Test(config_find, a_device_as_config_is_refused_at_once) {
  nb_settings s;
  char *error = NULL;
  cr_assert_not(nb_config_load("/dev/zero", NB_LANG_EN, &s, &error));
  cr_assert_str_eq(error, "/dev/zero: binary file (NUL byte at byte offset 0), not text");
  free(error);
}

Test(config_find, a_config_above_the_limit_is_refused) {
  char *path = at("big.json");
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs("{\"lang\": \"en\", \"$schema\": \"", f);
  for (size_t i = 0; i < NB_CONFIG_MAX_BYTES; i++)
    fputc('x', f);
  fputs("\"}", f);
  fclose(f);
  nb_settings s;
  char *error = NULL;
  cr_assert_not(nb_config_load(path, NB_LANG_EN, &s, &error));
  char *want =
      nb_strdup_printf("%s: larger than 1 MiB, the most nianbao reads from an input", path);
  cr_assert_str_eq(error, want);
  free(want);
  free(error);
  free(path);
}

Test(config_parse, a_byte_order_mark_is_skipped) {
  nb_settings s;
  char *error = NULL;
  cr_assert(parse("\xEF\xBB\xBF{\"lang\": \"en\"}", NB_LANG_EN, &s, &error), "%s", error);
  cr_assert_eq(s.lang, NB_LANG_EN);
  nb_settings_free(&s);
}

Test(config_parse, control_characters_of_keys_are_escaped_in_messages) {
  /* The JSON escapes \u001b and \u009b are ESC and CSI, which would drive the terminal. */
  expect_error("{\"\\u001B[31mred\": 1}", NB_LANG_EN,
               "x/.nianbao.json: unknown key \"\\u001B[31mred\" (expected rules, organ_kind, "
               "lang, reports or previous)");
  expect_error("{\"rules\": {\"\\u009b2J\": \"off\"}}", NB_LANG_EN,
               "x/.nianbao.json: rules.\\u009B2J: no such rule (nianbao rules lists them all)");
  expect_error("{\"lang\": \"\\u001b]0;x\\u0007\"}", NB_LANG_EN,
               "x/.nianbao.json: lang: invalid value \"\\u001B]0;x\\u0007\" (expected \"zh\" or "
               "\"en\")");
}

/* Found by fuzz_config: jansson's own message quotes the bytes near the error, \x01 included. */
Test(config_parse, control_characters_near_a_json_error_are_escaped) {
  nb_settings s;
  char *error = NULL;
  static const char json[] = "{\"\\u0\x01\": 1}";
  cr_assert_not(nb_config_parse(json, sizeof json - 1, "x.json", NB_LANG_EN, &s, &error));
  cr_assert(strncmp(error, "x.json:1:", 9) == 0, "%s", error);
  cr_assert_null(strchr(error, '\x01'), "%s", error);
  cr_assert(strstr(error, "\\u0001") != NULL, "%s", error);
  free(error);
}
