/* The library's entry point (src/nianbao.h): each step it promises, in its order, on a real
 * report. corpus/reports/hongze-2023.md's six findings are justified line by line in the README
 * (table 四's row 81 reads 10 1 0 0 | 0, section 一 never mentions 考核/评议/责任追究, …). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/settings.h"
#include "nianbao.h"

#define HONGZE NB_SOURCE_DIR "/corpus/reports/hongze-2023.md"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "%s", path);
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)size + 64);
  *len = fread(buf, 1, (size_t)size, f);
  fclose(f);
  return buf;
}

static int count_rule(const nb_diag_list *l, const char *rule) {
  int n = 0;
  for (int i = 0; i < l->count; i++)
    n += strcmp(l->items[i].rule, rule) == 0;
  return n;
}

Test(pipeline, real_report_gives_its_six_findings_in_order) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(text, len, NULL, &diags);
  static const char *const want[] = {
      "overview-aspect-missing", "label-typo", "label-outdated", "sum-review", "sum-review",
      "rectification-missing"};
  cr_assert_eq(diags.count, 6);
  for (int i = 0; i < 6; i++)
    cr_assert_str_eq(diags.items[i].rule, want[i], "finding %d", i);
  nb_diag_list_free(&diags);
  free(text);
}

Test(pipeline, settings_turn_rules_off_and_set_severity) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  nb_settings settings;
  nb_settings_init(&settings);
  cr_assert(nb_settings_set_rule(&settings, "sum-review", NB_SEV_OFF));
  cr_assert(nb_settings_set_rule(&settings, "label-typo", NB_SEV_ERROR));
  nb_lint_options options = {.settings = &settings};
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(text, len, &options, &diags);
  cr_assert_eq(count_rule(&diags, "sum-review"), 0);
  cr_assert_eq(diags.count, 4);
  for (int i = 0; i < diags.count; i++)
    if (strcmp(diags.items[i].rule, "label-typo") == 0)
      cr_assert_eq(diags.items[i].severity, NB_SEV_ERROR);
  nb_diag_list_free(&diags);
  nb_settings_free(&settings);
  free(text);
}

/* A 县级以上人民政府部门 need not report on 考核、评议和责任追究: the configured kind replaces the
 * one the title (洪泽区人民政府) implies, in the model the rules read. */
Test(pipeline, configured_organ_kind_reaches_the_rules) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  nb_settings settings;
  nb_settings_init(&settings);
  settings.organ_kind = NB_ORGAN_DEPARTMENT;
  nb_lint_options options = {.settings = &settings};
  nb_analysis a;
  nb_analyze(text, len, &options, &a);
  cr_assert_eq(a.report.organ_kind, NB_ORGAN_DEPARTMENT);
  cr_assert(a.report.organ_kind_configured);
  cr_assert_eq(count_rule(&a.diags, "overview-aspect-missing"), 0);
  cr_assert_eq(a.diags.count, 5);
  nb_analysis_free(&a);

  nb_analyze(text, len, NULL, &a);
  cr_assert_eq(a.report.organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_not(a.report.organ_kind_configured);
  nb_analysis_free(&a);
  nb_settings_free(&settings);
  free(text);
}

Test(pipeline, suppression_comments_remove_what_they_cover) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  static const char comment[] = "\n<!-- nianbao-disable-file sum-review label-typo -->\n";
  memcpy(text + len, comment, sizeof comment - 1);
  len += sizeof comment - 1;
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(text, len, NULL, &diags);
  cr_assert_eq(count_rule(&diags, "sum-review"), 0);
  cr_assert_eq(count_rule(&diags, "label-typo"), 0);
  cr_assert_eq(diags.count, 3);
  nb_diag_list_free(&diags);
  free(text);
}

/* nb_lint_writable (the command line's) finds what nb_lint finds, suppression included, and
 * leaves the text as it was given. */
Test(pipeline, writable_text_gives_the_same_findings_and_is_put_back) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  static const char comment[] = "\n<!-- nianbao-disable-file sum-review -->\n";
  memcpy(text + len, comment, sizeof comment - 1);
  len += sizeof comment - 1;
  char *original = malloc(len);
  memcpy(original, text, len);
  nb_diag_list want, got;
  nb_diag_list_init(&want);
  nb_diag_list_init(&got);
  nb_lint(text, len, NULL, &want);
  nb_lint_writable(text, len, NULL, &got);
  cr_assert_eq(memcmp(text, original, len), 0);
  cr_assert_eq(count_rule(&got, "sum-review"), 0);
  cr_assert_eq(got.count, want.count);
  cr_assert_eq(got.count, 4); /* the six of the README less its two sum-review (row 81) */
  for (int i = 0; i < got.count; i++) {
    cr_assert_str_eq(got.items[i].rule, want.items[i].rule);
    cr_assert_eq(got.items[i].span.start, want.items[i].span.start);
    cr_assert_eq(got.items[i].span.end, want.items[i].span.end);
    cr_assert_str_eq(got.items[i].message_zh, want.items[i].message_zh);
  }
  nb_diag_list_free(&want);
  nb_diag_list_free(&got);
  free(original);
  free(text);
}

/* What a custom front-end (the pandoc AST's) is given, and that its model is the one checked. */
typedef struct {
  int calls;
  char seen[64];
} builder_probe;

static void empty_builder(const char *text, size_t len, nb_report *out, void *data) {
  builder_probe *probe = data;
  probe->calls++;
  cr_assert_eq(out->text, text);
  cr_assert_eq(out->len, len);
  memcpy(probe->seen, text, len < sizeof probe->seen ? len : sizeof probe->seen - 1);
}

Test(pipeline, front_end_builds_the_model_from_blanked_text) {
  /* The comment shares its line with text: blanked to spaces, same length, before building. */
  static const char text[] = "正文<!-- nianbao-disable-line -->。\n";
  builder_probe probe = {0};
  nb_lint_options options = {.build = empty_builder, .build_data = &probe};
  nb_analysis a;
  nb_analyze(text, sizeof text - 1, &options, &a);
  cr_assert_eq(probe.calls, 1);
  cr_assert_str_eq(probe.seen, "正文                             。\n");
  /* A model with no section: one finding says the structure cannot be read (issue 10). */
  cr_assert_eq(a.report.nsections, 0);
  cr_assert_eq(count_rule(&a.diags, "section-missing"), 1);
  nb_analysis_free(&a);
}

Test(pipeline, model_only_has_no_findings) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  nb_analysis a;
  nb_analyze_model(text, len, NULL, &a);
  cr_assert_eq(a.diags.count, 0);
  cr_assert_eq(a.report.nsections, 6);
  cr_assert_eq(a.report.year, 2023);
  nb_analysis_free(&a);
  free(text);
}

/* Last year's model turns the across-years rules on: the same report as its own previous year
 * is copied word for word. */
Test(pipeline, previous_report_enables_across_years_rules) {
  size_t len;
  char *text = slurp(HONGZE, &len);
  nb_analysis previous;
  nb_analyze_model(text, len, NULL, &previous);
  nb_lint_options options = {.previous = &previous.report};
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(text, len, &options, &diags);
  cr_assert_gt(count_rule(&diags, "copied-text"), 0);
  nb_diag_list_free(&diags);
  nb_lint(text, len, NULL, &diags);
  cr_assert_eq(count_rule(&diags, "copied-text"), 0);
  nb_diag_list_free(&diags);
  nb_analysis_free(&previous);
  free(text);
}
