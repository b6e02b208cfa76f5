/* The effective configuration (src/core/settings.c): per-rule severities and applying them to
 * a diagnostic list (off rules removed, severities changed, order kept, fixes kept). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/settings.h"

static nb_span span_at(size_t start) {
  return (nb_span){start, start + 1};
}

/* Three findings in this order: sum-row (error by default), label-typo (warning),
 * rectification-missing (info). */
static void three_findings(nb_diag_list *l) {
  nb_diag_list_init(l);
  nb_diag *sum = nb_diag_add(l, "sum-row", span_at(10), "和", "sum");
  nb_diag_add_related(sum, span_at(3), "部分", "part");
  nb_diag_add_fix(sum, false, span_at(10), "13", "改为13", "use 13");
  nb_diag *typo = nb_diag_add(l, "label-typo", span_at(20), "错字", "typo");
  nb_diag_add_fix(typo, true, span_at(20), "x", "改", "fix");
  nb_diag_add(l, "rectification-missing", span_at(30), "整改", "rectification");
}

Test(settings, defaults_are_the_catalogs) {
  nb_settings s;
  nb_settings_init(&s);
  cr_assert_eq(nb_settings_severity(&s, "sum-row"), NB_SEV_ERROR);
  cr_assert_eq(nb_settings_severity(&s, "label-typo"), NB_SEV_WARNING);
  cr_assert_eq(nb_settings_severity(&s, "rectification-missing"), NB_SEV_INFO);
  cr_assert_eq(s.organ_kind, NB_ORGAN_UNKNOWN);
  cr_assert_eq(s.lang, -1);
  nb_settings_free(&s);
}

Test(settings, set_and_override) {
  nb_settings s;
  nb_settings_init(&s);
  cr_assert(nb_settings_set_rule(&s, "label-typo", NB_SEV_ERROR));
  cr_assert_eq(nb_settings_severity(&s, "label-typo"), NB_SEV_ERROR);
  /* The last setting of a rule wins and takes no second entry. */
  cr_assert(nb_settings_set_rule(&s, "label-typo", NB_SEV_INFO));
  cr_assert_eq(nb_settings_severity(&s, "label-typo"), NB_SEV_INFO);
  cr_assert_eq(s.nrules, 1);
  /* Other rules keep their defaults. */
  cr_assert_eq(nb_settings_severity(&s, "sum-row"), NB_SEV_ERROR);
  nb_settings_free(&s);
}

Test(settings, unknown_rule_is_refused) {
  nb_settings s;
  nb_settings_init(&s);
  cr_assert_not(nb_settings_set_rule(&s, "label-typos", NB_SEV_OFF));
  cr_assert_not(nb_settings_enable_rule(&s, "", true));
  cr_assert_eq(s.nrules, 0);
  nb_settings_free(&s);
}

Test(settings, enable_means_default_severity) {
  nb_settings s;
  nb_settings_init(&s);
  cr_assert(nb_settings_set_rule(&s, "table-cell-empty", NB_SEV_ERROR));
  cr_assert(nb_settings_enable_rule(&s, "table-cell-empty", true));
  cr_assert_eq(nb_settings_severity(&s, "table-cell-empty"), NB_SEV_WARNING);
  cr_assert(nb_settings_enable_rule(&s, "copied-text", false));
  cr_assert_eq(nb_settings_severity(&s, "copied-text"), NB_SEV_OFF);
  nb_settings_free(&s);
}

Test(settings, organ_kind_names) {
  cr_assert_eq(nb_organ_kind_parse("department"), NB_ORGAN_DEPARTMENT);
  cr_assert_eq(nb_organ_kind_parse("government"), NB_ORGAN_GOVERNMENT);
  cr_assert_eq(nb_organ_kind_parse("township"), NB_ORGAN_TOWNSHIP);
  cr_assert_eq(nb_organ_kind_parse("Government"), -1);
  cr_assert_eq(nb_organ_kind_parse("unknown"), -1);
  cr_assert_eq(nb_organ_kind_parse(NULL), -1);
}

Test(settings, apply_without_settings_changes_nothing) {
  nb_diag_list l;
  three_findings(&l);
  nb_settings s;
  nb_settings_init(&s);
  nb_settings_apply(&s, &l);
  cr_assert_eq(l.count, 3);
  cr_assert_eq(l.items[0].severity, NB_SEV_ERROR);
  cr_assert_eq(l.items[1].severity, NB_SEV_WARNING);
  cr_assert_eq(l.items[2].severity, NB_SEV_INFO);
  nb_settings_free(&s);
  nb_diag_list_free(&l);
}

Test(settings, apply_removes_off_rules_and_changes_severities) {
  nb_diag_list l;
  three_findings(&l);
  nb_settings s;
  nb_settings_init(&s);
  nb_settings_set_rule(&s, "sum-row", NB_SEV_OFF);
  nb_settings_set_rule(&s, "rectification-missing", NB_SEV_ERROR);
  nb_settings_set_rule(&s, "table-cell-empty", NB_SEV_OFF); /* no such finding: no effect */
  nb_settings_apply(&s, &l);
  cr_assert_eq(l.count, 2);
  cr_assert_str_eq(l.items[0].rule, "label-typo");
  cr_assert_eq(l.items[0].severity, NB_SEV_WARNING);
  cr_assert_eq(l.items[0].span.start, 20);
  cr_assert_eq(l.items[0].nfixes, 1); /* the kept diagnostic keeps its fix */
  cr_assert_str_eq(l.items[0].fixes[0].edits[0].replacement, "x");
  cr_assert_str_eq(l.items[1].rule, "rectification-missing");
  cr_assert_eq(l.items[1].severity, NB_SEV_ERROR);
  cr_assert_str_eq(l.items[1].message_en, "rectification");
  nb_settings_free(&s);
  nb_diag_list_free(&l);
}

Test(settings, apply_everything_off) {
  nb_diag_list l;
  three_findings(&l);
  nb_settings s;
  nb_settings_init(&s);
  nb_settings_enable_rule(&s, "sum-row", false);
  nb_settings_enable_rule(&s, "label-typo", false);
  nb_settings_enable_rule(&s, "rectification-missing", false);
  nb_settings_apply(&s, &l);
  cr_assert_eq(l.count, 0);
  nb_settings_free(&s);
  nb_diag_list_free(&l);
}

static bool keep_odd_spans(const nb_diag *d, void *data) {
  (void)data;
  return (d->span.start / 10) % 2 == 1;
}

Test(settings, retain_keeps_order) {
  nb_diag_list l;
  three_findings(&l); /* spans at 10, 20, 30 */
  nb_diag_list_retain(&l, keep_odd_spans, NULL);
  cr_assert_eq(l.count, 2);
  cr_assert_eq(l.items[0].span.start, 10);
  cr_assert_eq(l.items[1].span.start, 30);
  cr_assert_eq(l.items[0].nrelated, 1);
  nb_diag_list_free(&l);
}
