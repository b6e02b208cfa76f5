/* Configuration in the language server (.nianbao.json, initializationOptions,
 * didChangeConfiguration, the locale), report detection, and last year's report for the
 * across-years rules. Files live in a temporary folder. */
#define _XOPEN_SOURCE 700 /* mkdtemp */

#include <sys/stat.h>

#include "lint/glob.h"
#include "lint/report_detect.h"
#include "lint/report_glob.h"
#include "nianbao.h"
#include "test_lsp_session.h"

static char dir[64];

static void make_dir(void) {
  strcpy(dir, "/tmp/nianbao-lsp-XXXXXX");
  cr_assert_not_null(mkdtemp(dir));
}

static void remove_dir(void) {
  char *cmd = nb_strdup_printf("rm -rf '%s'", dir);
  cr_assert_eq(system(cmd), 0);
  free(cmd);
}

TestSuite(config, .init = make_dir, .fini = remove_dir);

static void write_file(const char *name, const char *text) {
  char *path = nb_strdup_printf("%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f);
  fputs(text, f);
  fclose(f);
  free(path);
}

static char *uri_of(const char *name) {
  return nb_strdup_printf("file://%s/%s", dir, name);
}

/* Opens corpus/reports/hongze-2023.md as `name` in the folder; returns its URI. */
static char *open_hongze(ls_session *s, const char *name) {
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  char *uri = uri_of(name);
  ls_open(s, uri, 1, text);
  free(text);
  return uri;
}

static int count_code(json_t *diags, const char *code) {
  int n = 0;
  size_t i;
  json_t *d;
  json_array_foreach(diags, i, d) n +=
      strcmp(json_string_value(json_object_get(d, "code")), code) == 0;
  return n;
}

static json_t *published(const ls_session *s, const char *uri) {
  json_t *p = ls_last_published(s, uri);
  cr_assert_not_null(p);
  return json_object_get(p, "diagnostics");
}

Test(config, a_configuration_file_turns_a_rule_off) {
  write_file(".nianbao.json", "{\"rules\": {\"sum-review\": \"off\"}}");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  char *uri = open_hongze(&s, "r.md");
  ls_run(&s);
  json_t *d = published(&s, uri);
  cr_assert_eq(count_code(d, "sum-review"), 0);
  cr_assert_eq(json_array_size(d), 4);
  ls_free(&s);
  free(uri);
}

Test(config, a_broken_file_is_shown_once_and_the_defaults_apply) {
  write_file(".nianbao.json", "{\"rules\": {\"sum-reveiw\": \"off\"}}");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  char *a = open_hongze(&s, "a.md");
  char *b = open_hongze(&s, "b.md");
  ls_run(&s);
  cr_assert_eq(ls_count(&s, "window/showMessage"), 1);
  size_t i;
  json_t *m;
  json_array_foreach(s.out, i, m) {
    const char *method = json_string_value(json_object_get(m, "method"));
    if (method && strcmp(method, "window/showMessage") == 0) {
      json_t *p = json_object_get(m, "params");
      cr_assert_eq(json_integer_value(json_object_get(p, "type")), 1);
      cr_assert_not_null(strstr(json_string_value(json_object_get(p, "message")), "sum-reveiw"));
    }
  }
  cr_assert_eq(json_array_size(published(&s, a)), 6);
  cr_assert_eq(json_array_size(published(&s, b)), 6);
  ls_free(&s);
  free(a);
  free(b);
}

Test(config, initialization_options_and_the_file_wins_over_them) {
  ls_session s = {0};
  ls_request(&s, 1, "initialize",
             json_pack("{s:n, s:{}, s:{s:{s:{s:s, s:s}}}}", "processId", "capabilities",
                       "initializationOptions", "nianbao", "rules", "label-typo", "off",
                       "sum-review", "off"));
  char *uri = open_hongze(&s, "r.md");
  ls_run(&s);
  json_t *d = published(&s, uri);
  cr_assert_eq(count_code(d, "label-typo"), 0);
  cr_assert_eq(count_code(d, "sum-review"), 0);
  ls_free(&s);

  write_file(".nianbao.json", "{\"rules\": {\"sum-review\": \"warning\"}}");
  ls_session t = {0};
  ls_request(&t, 1, "initialize",
             json_pack("{s:n, s:{}, s:{s:{s:s, s:s}}}", "processId", "capabilities",
                       "initializationOptions", "rules", "label-typo", "off", "sum-review", "off"));
  free(open_hongze(&t, "r.md"));
  ls_run(&t);
  d = published(&t, uri);
  cr_assert_eq(count_code(d, "label-typo"), 0);
  cr_assert_eq(count_code(d, "sum-review"), 2);
  cr_assert_eq(json_integer_value(json_object_get(json_array_get(d, 2), "severity")), 2);
  ls_free(&t);
  free(uri);
}

static const char *message_of(json_t *diags, const char *code) {
  size_t i;
  json_t *d;
  json_array_foreach(diags, i, d) {
    if (strcmp(json_string_value(json_object_get(d, "code")), code) == 0)
      return json_string_value(json_object_get(d, "message"));
  }
  return NULL;
}

#define SUM_REVIEW_EN                                                                              \
  "行政复议 “总计” is reported as 0, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11"

Test(config, english_from_the_locale) {
  ls_session s = {0};
  ls_request(&s, 1, "initialize",
             json_pack("{s:n, s:{}, s:s}", "processId", "capabilities", "locale", "en-US"));
  char *uri = open_hongze(&s, "r.md");
  ls_run(&s);
  cr_assert_str_eq(message_of(published(&s, uri), "sum-review"), SUM_REVIEW_EN);
  ls_free(&s);
  free(uri);
}

Test(config, settings_change_republishes_in_english) {
  ls_live l;
  ls_live_start(&l);
  ls_session m = {0};
  ls_request(&m, 1, "initialize",
             json_pack("{s:n, s:{}, s:s}", "processId", "capabilities", "locale", "zh-CN"));
  char *uri = open_hongze(&m, "r.md");
  ls_live_send(&l, &m);
  ls_free(&m);
  json_t *p = ls_live_published(&l, uri);
  cr_assert_str_eq(
      message_of(json_object_get(json_object_get(p, "params"), "diagnostics"), "sum-review"),
      "行政复议“总计”填报0，按结果维持+结果纠正+其他结果+尚未审结计算应为11");
  json_decref(p);
  ls_notify(&m, "workspace/didChangeConfiguration",
            json_pack("{s:{s:{s:s}}}", "settings", "nianbao", "lang", "en"));
  ls_live_send(&l, &m);
  ls_free(&m);
  p = ls_live_published(&l, uri);
  cr_assert_str_eq(
      message_of(json_object_get(json_object_get(p, "params"), "diagnostics"), "sum-review"),
      SUM_REVIEW_EN);
  json_decref(p);
  ls_live_stop(&l);
  free(uri);
}

/* ---------------------------------------------------------------- detection */

static const char *const not_a_report = "# 随笔\n\n## 一、总体情况\n\n今年的工作。\n";

Test(config, a_document_named_by_reports_is_linted) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  char *uri = uri_of("notes.md");
  ls_open(&s, uri, 1, not_a_report);
  ls_run(&s);
  cr_assert_eq(json_array_size(published(&s, uri)), 0);
  ls_free(&s);

  write_file(".nianbao.json", "{\"reports\": [\"notes.md\"]}");
  ls_session t = {0};
  ls_initialize(&t, NULL);
  ls_open(&t, uri, 1, not_a_report);
  ls_run(&t);
  /* five sections missing, and more */
  cr_assert_eq(count_code(published(&t, uri), "section-missing"), 5);
  ls_free(&t);
  free(uri);
}

static bool is_report(const char *text) {
  nb_analysis a;
  nb_analyze(text, strlen(text), NULL, &a);
  bool yes = nb_is_report(&a.report, false);
  nb_analysis_free(&a);
  return yes;
}

Test(detect, what_is_a_report) {
  cr_assert(is_report("# 某局政府信息公开工作年度报告\n\n正文。\n"));           /* a title */
  cr_assert(is_report("**某局2023年政府信息公开工作年度报告**\n\n正文。\n"));   /* bold */
  cr_assert(is_report("一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n")); /* two sections */
  cr_assert_not(is_report(not_a_report));                                       /* one */
  cr_assert_not(is_report("# 工具说明\n\n本工具检查《政府信息公开工作年度报告》的表格是否平衡，"
                          "并在编辑器中标出问题。\n"));
  cr_assert_not(is_report("# 2023年度工作报告\n\n正文。\n")); /* a year and 报告 are not enough */
  cr_assert_not(is_report(""));
  char *readme = ls_source_file("README.md");
  cr_assert_not(is_report(readme));
  free(readme);
  static const char *const reports[] = {
      "corpus/reports/hongze-2023.md",           "corpus/reports/hongze-2024.md",
      "corpus/reports/huaian-2024.md",           "corpus/reports/seed-000-shule-2023.md",
      "corpus/reports/seed-001-kashi-2021.md",   "corpus/reports/seed-002-baiyu-2023.md",
      "corpus/reports/seed-003-kagelek-2023.md", "corpus/reports/seed-004-jishan-2023.md",
      "corpus/rules/section-missing/fires.md"};
  for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++) {
    char *text = ls_source_file(reports[i]);
    cr_assert(is_report(text), "%s", reports[i]);
    free(text);
  }
}

/* ---------------------------------------------------------------- across years */

/* `nianbao lint --previous hongze-2023.md hongze-2024.md` finds a passage of 2024 copied from
 * 2023 at line 82, column 26: 0-based (81, 25). */
static json_t *lint_2024(ls_session *s, const char *name) {
  char *text = ls_source_file("corpus/reports/hongze-2024.md");
  char *uri = uri_of(name);
  ls_initialize(s, NULL);
  ls_open(s, uri, 1, text);
  ls_run(s);
  json_t *d = published(s, uri);
  free(uri);
  free(text);
  return d;
}

Test(config, last_year_by_file_name) {
  ls_session s = {0};
  cr_assert_eq(count_code(lint_2024(&s, "hongze-2024.md"), "copied-text"), 0);
  ls_free(&s);
  char *last = ls_source_file("corpus/reports/hongze-2023.md");
  write_file("hongze-2023.md", last);
  free(last);
  ls_session t = {0};
  json_t *d = lint_2024(&t, "hongze-2024.md");
  cr_assert_eq(count_code(d, "copied-text"), 1);
  size_t i;
  json_t *x;
  json_array_foreach(d, i, x) {
    if (strcmp(json_string_value(json_object_get(x, "code")), "copied-text") == 0)
      cr_assert_eq(json_integer_value(json_object_get(
                       json_object_get(json_object_get(x, "range"), "start"), "line")),
                   81);
  }
  ls_free(&t);
}

Test(config, last_year_by_configuration) {
  char *last = ls_source_file("corpus/reports/hongze-2023.md");
  write_file("last.md", last);
  free(last);
  write_file(".nianbao.json", "{\"previous\": \"last.md\"}");
  ls_session s = {0};
  cr_assert_eq(count_code(lint_2024(&s, "this.md"), "copied-text"), 1);
  ls_free(&s);
}

/* Settings sent later are layered over initializationOptions: an empty object (Neovim sends
 * one) changes nothing; a later object replaces the one before it. */
Test(config, later_settings_are_layered_over_initialization_options) {
  ls_session s = {0};
  ls_request(&s, 1, "initialize",
             json_pack("{s:n, s:{}, s:{s:{s:s}}}", "processId", "capabilities",
                       "initializationOptions", "rules", "label-typo", "off"));
  ls_notify(&s, "workspace/didChangeConfiguration", json_pack("{s:{}}", "settings"));
  ls_notify(&s, "workspace/didChangeConfiguration",
            json_pack("{s:{s:{s:{s:s}}}}", "settings", "nianbao", "rules", "sum-review", "off"));
  ls_notify(&s, "workspace/didChangeConfiguration",
            json_pack("{s:{s:{s:s}}}", "settings", "nianbao", "lang", "en"));
  char *uri = open_hongze(&s, "r.md");
  ls_run(&s);
  json_t *d = published(&s, uri);
  cr_assert_eq(count_code(d, "label-typo"), 0); /* initializationOptions still hold */
  cr_assert_eq(count_code(d, "sum-review"), 2); /* the second settings replaced the first */
  cr_assert_str_eq(message_of(d, "sum-review"), SUM_REVIEW_EN);
  ls_free(&s);
  free(uri);
}

/* ---------------------------------------------------------------- "reports" patterns */

Test(glob, patterns_as_gitignore_reads_them) {
  cr_assert(nb_glob_select("*.md", "a/b/c.md")); /* no "/": the name, anywhere */
  cr_assert_not(nb_glob_select("*.md", "a/b/c.txt"));
  cr_assert(nb_glob_select("*年度报告*.md", "x/2023年度报告-终稿.md"));
  cr_assert(nb_glob_select("reports/*.md", "reports/x.md"));
  cr_assert_not(nb_glob_select("reports/*.md", "reports/sub/x.md")); /* "*" stays in a folder */
  cr_assert(nb_glob_select("reports/**/*.md", "reports/x.md"));      /* "**" may be no folder */
  cr_assert(nb_glob_select("reports/**/*.md", "reports/a/b/x.md"));
  cr_assert(nb_glob_select("./reports/*.md", "reports/x.md"));
  cr_assert(nb_glob_select("**", "a/b/c"));
  cr_assert(nb_glob_select("?.md", "a.md"));
  cr_assert_not(nb_glob_select("?.md", "ab.md"));
  cr_assert(nb_glob_select("[!a]*.md", "b.md"));
  cr_assert_not(nb_glob_select("[!a]*.md", "a.md"));
  cr_assert(nb_glob_select("[0-9]*.md", "2024.md"));
  cr_assert(nb_report_glob_match_in("reports/*.md", "/w", "/w/reports/x.md"));
  cr_assert(nb_report_glob_match_in("reports/*.md", "/w/", "/w/reports/x.md"));
  cr_assert_not(nb_report_glob_match_in("reports/*.md", "/w", "/other/reports/x.md"));
  cr_assert_not(nb_report_glob_match_in("reports/*.md", "/w", "/wx/reports/x.md"));
  cr_assert(nb_report_glob_match_in("/w/**/x.md", "/elsewhere", "/w/a/x.md")); /* absolute */
  cr_assert(nb_report_glob_match_in("x.md", NULL, "/any/x.md"));
  /* The command line's dialect: "?" is one character, not one byte; braces. */
  cr_assert(nb_report_glob_match_in("?报.md", "/w", "/w/年报.md"));
  cr_assert_not(nb_report_glob_match_in("?.md", "/w", "/w/年报.md"));
  cr_assert(nb_report_glob_match_in("reports/{2023,2024}*.md", "/w", "/w/reports/2024年.md"));
  cr_assert_not(nb_report_glob_match_in("reports/{2023,2024}*.md", "/w", "/w/reports/2022年.md"));
}
