/* Prose-and-dates rules on hand-built models (see test_rules_fixture.h). Table values are
 * seed 004's (本年新收 12, 上年结转 0, （七）总计 12, 结转 0) unless a test swaps a row. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "core/rules/prose_rules.h"
#include "core/rules/prose_words.h"
#include "test_rules_fixture.h"

#define T4_ROW "|  | 1 | 1 | 0 | 1 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |\n"
#define T2_ROWS "| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 3 | 1 | 14 |\n"

/* Prose line, then table 三 (and optionally 二 and 四) as pipe rows. */
static void run_with(fx *f, const char *text) {
  fx_begin(f, text);
  fx_table(f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  if (strstr(text, "| 规章"))
    fx_table(f, NB_TABLE_ACTIVE, "| 规章");
  if (strstr(text, "|  | 1 | 1"))
    fx_table(f, NB_TABLE_REVIEW, "|  | 1 | 1");
  nb_check_prose(&f->ctx);
}

static void run(fx *f, const char *prose) {
  char *text = nb_strdup_printf("%s\n\n%s\n" T2_ROWS "\n" T4_ROW, prose, FX_T3_SEED004);
  run_with(f, text);
  free(text);
}

Test(text_table, received_count_that_is_neither_reading_fires_on_the_number) {
  fx f;
  run(&f, "本年度共收到政府信息公开申请13件，均按时答复。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  const nb_diag *d = fx_diag(&f, "text-table-mismatch", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "13件"));
  cr_assert_eq(d->span.end, fx_off(&f, "13件") + strlen("13件"));
  cr_assert(strstr(d->message_zh, "正文“收到政府信息公开申请13件”与表格不符"), "%s", d->message_zh);
  cr_assert(strstr(d->message_zh, "“一、本年新收政府信息公开申请数量”行“总计”列为12"));
  /* reading 1: 本年新收 总计; reading 2: 本年新收 + 上年结转 (two cells) */
  cr_assert_eq(d->nrelated, 3);
  cr_assert_eq(d->related[0].span.start, fx_off(&f, "12 |\n| 二、"));
  cr_assert_eq(d->severity, NB_SEV_WARNING);
  fx_end(&f);
}

Test(text_table, received_equal_to_new_is_silent) {
  fx f;
  run(&f, "2023年全县各行政机关共收到政府信息公开申请12件，办结12件，申请人均为自然人。");
  cr_assert_eq(f.out.count, 0, "%s", f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(text_table, received_may_include_carried_over) {
  fx f;
  char *text = nb_strdup_printf(
      "受理政府信息公开申请14件。\n\n" FX_T3_R0
      "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n" FX_T3_R2 FX_T3_R3
          FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27
      "| （七）总计 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |\n" FX_T3_R29);
  run_with(&f, text);
  free(text);
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  fx_end(&f);
}

Test(text_table, approximate_other_requests_other_scope_and_other_years_are_not_claims) {
  const char *const silent[] = {
      "共收到政府信息公开申请10余件。",
      "受理政府信息公开申请约20件。",
      "受理政府信息公开申请和咨询20件。",
      "区政府办代表区政府受理政府信息公开申请17件。",
      "2022年受理政府信息公开申请30件。",
      "较上年增加政府信息公开申请5件。",
      "受理网民留言48条。",
      "本年度答复率100%，办结40件群众来信。",
      "办结40件。",
  };
  for (size_t k = 0; k < sizeof silent / sizeof silent[0]; k++) {
    fx f;
    run(&f, silent[k]);
    cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0, "%s", silent[k]);
    fx_end(&f);
  }
}

Test(text_table, handled_compares_with_outcome_total) {
  fx f;
  run(&f, "收到政府信息公开申请12件，办结11件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  const nb_diag *d = fx_diag(&f, "text-table-mismatch", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "11件"));
  cr_assert(strstr(d->message_zh, "“（七）总计”行“总计”列为12"), "%s", d->message_zh);
  fx_end(&f);
}

Test(text_table, unreadable_table_is_never_compared) {
  fx f;
  char *text = nb_strdup_printf("收到政府信息公开申请13件。\n\n%s", FX_T3_SEED004);
  fx_begin(&f, text);
  free(text);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->unreadable = NB_UNREADABLE_RAGGED;
  nb_check_prose(&f.ctx);
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  fx_end(&f);
}

Test(text_table, no_applications_claim_against_a_nonzero_table) {
  fx f;
  run(&f, "2023年，本机关未收到政府信息公开申请。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  const nb_diag *d = fx_diag(&f, "text-table-mismatch", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "未收到"));
  cr_assert_eq(d->span.end, fx_off(&f, "。"));
  fx_end(&f);
  /* about review applications or fees: not a claim about table 三 */
  run(&f, "本年度未收到行政复议申请。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  fx_end(&f);
}

Test(text_table, natural_persons_only_against_a_company_applicant) {
  fx f;
  char *text = nb_strdup_printf(
      "申请人均为自然人。\n\n"
      "| 一、本年新收政府信息公开申请数量 | 11 | 1 | 0 | 0 | 0 | 0 | 12 |\n" FX_T3_R1 FX_T3_R2
          FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28 FX_T3_R29);
  run_with(&f, text);
  free(text);
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  const nb_diag *d = fx_diag(&f, "text-table-mismatch", 0);
  cr_assert(strstr(d->message_zh, "“法人或其他组织·商业企业”列为1"), "%s", d->message_zh);
  cr_assert_eq(d->nrelated, 1);
  fx_end(&f);
}

/* The rule searches a prose's sentences for these statements only when the prose holds their
 * common word: each statement fires, after sentences without it and in any of its wordings. */
Test(text_table, natural_persons_only_in_every_wording_behind_the_common_word) {
  for (int k = 0; nb_pw_natural_only[k]; k++) {
    cr_assert(strstr(nb_pw_natural_only[k], nb_pw_natural_only_core), "%s", nb_pw_natural_only[k]);
    fx f;
    char *text = nb_strdup_printf(
        "本年度共收到政府信息公开申请12件。办结12件。%s。\n\n"
        "| 一、本年新收政府信息公开申请数量 | 11 | 1 | 0 | 0 | 0 | 0 | 12 |\n" FX_T3_R1 FX_T3_R2
            FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28
                FX_T3_R29,
        nb_pw_natural_only[k]);
    run_with(&f, text);
    free(text);
    cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1, "%s", nb_pw_natural_only[k]);
    fx_end(&f);
  }
  fx f; /* the common word alone is no statement */
  char *text = nb_strdup_printf(
      "申请人中有自然人。\n\n"
      "| 一、本年新收政府信息公开申请数量 | 11 | 1 | 0 | 0 | 0 | 0 | 12 |\n" FX_T3_R1 FX_T3_R2
          FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28 FX_T3_R29);
  run_with(&f, text);
  free(text);
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  fx_end(&f);
}

Test(text_table, review_and_litigation_totals_and_their_parts) {
  fx f;
  /* table 四: 行政复议 1 1 0 1 | 3; 直接起诉 1 0 0 0 | 1; 复议后起诉 0 1 0 0 | 1 */
  run(&f,
      "因政府信息公开被申请行政复议3件，其中结果维持1件，结果纠正1件，其他结果0件，尚未审结1件；"
      "被提起行政诉讼2件，其中结果维持1件，结果纠正1件。");
  cr_assert_eq(f.out.count, 0, "%s", f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
  run(&f, "政府信息公开行政复议4件，其中结果维持2件；政府信息公开行政诉讼1件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 3);
  cr_assert(strstr(fx_diag(&f, "text-table-mismatch", 0)->message_zh, "“行政复议·总计”列为3"));
  cr_assert(strstr(fx_diag(&f, "text-table-mismatch", 1)->message_zh, "“行政复议·结果维持”列为1"));
  cr_assert(strstr(fx_diag(&f, "text-table-mismatch", 2)->message_zh,
                   "“行政诉讼·未经复议直接起诉·总计”列加“行政诉讼·复议后起诉·总计”列为2"));
  fx_end(&f);
}

Test(text_table, normative_documents_restate_table_two) {
  fx f;
  run(&f, "本年制发行政规范性文件3件，废止1件，现行有效14件。");
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
  run(&f, "制发规范性文件3件，废止及失效2件，现行有效规范性文件共计15件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 2);
  cr_assert_eq(fx_diag(&f, "text-table-mismatch", 0)->span.start, fx_off(&f, "2件"));
  cr_assert_eq(fx_diag(&f, "text-table-mismatch", 1)->span.start, fx_off(&f, "15件"));
  fx_end(&f);
}

Test(parts, parts_above_the_total_fire_on_the_total) {
  fx f;
  run(&f, "主动公开信息100条，其中工作动态30条、通知公告80条。");
  cr_assert_eq(fx_count(&f, "parts-exceed-total"), 1);
  const nb_diag *d = fx_diag(&f, "parts-exceed-total", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "100条"));
  cr_assert_str_eq(d->message_zh, "总数为100条，但“其中”所列分项之和为110（30+80），超过总数");
  cr_assert_eq(d->nrelated, 2);
  cr_assert_eq(d->severity, NB_SEV_INFO);
  fx_end(&f);
}

Test(parts, exact_approximate_stopped_and_bracketed_parts_are_silent) {
  const char *const silent[] = {
      "受理诉求12102件，其中:求助9582 件，举报 847件，投诉925件，咨询511件，建议107件，表扬118件，"
      "其他12件，已办结12102件。",
      "主动公开信息100余条，其中工作动态30条、通知公告80条。",
      "主动公开信息100条，其中工作动态30多条、通知公告80条。",
      "主动公开信息100条，其中工作动态30条（含转载50条）、通知公告70条。",
      "主动公开信息100条，其中工作动态30条，占30%。",
  };
  for (size_t k = 0; k < sizeof silent / sizeof silent[0]; k++) {
    fx f;
    run(&f, silent[k]);
    cr_assert_eq(fx_count(&f, "parts-exceed-total"), 0, "%s", silent[k]);
    fx_end(&f);
  }
}

/* ---------------------------------------------------------------- dates */

static void add_date(fx *f, int y, int m, int d, const char *written) {
  f->r.dates = nb_xrealloc(f->r.dates, (size_t)(f->r.ndates + 1) * sizeof *f->r.dates);
  size_t at = fx_off(f, written);
  f->r.dates[f->r.ndates++] = (nb_date){y, m, d, nb_span_make(at, at + strlen(written))};
}

Test(dates, run_together_and_impossible_dates_fire_with_a_fix_for_the_missing_year_mark) {
  fx f;
  fx_begin(&f,
           "统计期限自20231月1日起至202312月31日止。会议于2023年2月30日召开，2024年2月29日复查，"
           "2023年13月1日。");
  add_date(&f, 20231, 0, 1, "20231月1日");
  add_date(&f, 202312, 0, 31, "202312月31日");
  add_date(&f, 2023, 2, 30, "2023年2月30日");
  add_date(&f, 2024, 2, 29, "2024年2月29日");
  add_date(&f, 2023, 13, 1, "2023年13月1日");
  nb_check_prose(&f.ctx);
  cr_assert_eq(fx_count(&f, "date-invalid"), 4);
  const nb_diag *d = fx_diag(&f, "date-invalid", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "20231月"));
  cr_assert_eq(d->severity, NB_SEV_ERROR);
  cr_assert_eq(d->nfixes, 1);
  cr_assert_eq(d->fixes[0].edits[0].span.start, fx_off(&f, "1月1日"));
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "年");
  cr_assert_eq(fx_diag(&f, "date-invalid", 1)->fixes[0].edits[0].span.start,
               fx_off(&f, "12月31日"));
  cr_assert(strstr(fx_diag(&f, "date-invalid", 2)->message_zh, "2023年2月只有28天"));
  cr_assert(strstr(fx_diag(&f, "date-invalid", 3)->message_zh, "没有13月"));
  fx_end(&f);
}

static int late_count(nb_organ_kind kind, int y, int m, int d, const char **msg_out, fx *f) {
  fx_begin(f, "泽南县交通运输局\n2024年2月5日\n");
  f->r.organ = nb_span_make(0, fx_off(f, "\n"));
  f->r.organ_kind = kind;
  add_date(f, y, m, d, "2024年2月5日");
  f->r.signature_date = 0;
  nb_check_prose(&f->ctx);
  int n = fx_count(f, "publication-late");
  *msg_out = n ? fx_diag(f, "publication-late", 0)->message_zh : NULL;
  return n;
}

Test(dates, signature_after_the_deadline_of_the_organ_kind) {
  fx f;
  const char *msg;
  cr_assert_eq(late_count(NB_ORGAN_DEPARTMENT, 2024, 2, 5, &msg, &f), 1);
  cr_assert_str_eq(
      msg, "落款日期2024年2月5日晚于法定发布期限2024年1月31日（条例第四十九条）；"
           "机关类型按机关名称“泽南县交通运输局”认定为县级以上人民政府部门（可在配置中指定）");
  cr_assert_eq(fx_diag(&f, "publication-late", 0)->span.start, fx_off(&f, "2024年2月5日"));
  fx_end(&f);
  cr_assert_eq(late_count(NB_ORGAN_DEPARTMENT, 2024, 1, 31, &msg, &f), 0);
  fx_end(&f);
  cr_assert_eq(late_count(NB_ORGAN_GOVERNMENT, 2024, 2, 19, &msg, &f), 0);
  fx_end(&f);
  cr_assert_eq(late_count(NB_ORGAN_GOVERNMENT, 2024, 4, 1, &msg, &f), 1);
  cr_assert(strstr(msg, "法定发布期限2024年3月31日"));
  fx_end(&f);
  cr_assert_eq(late_count(NB_ORGAN_TOWNSHIP, 2024, 6, 1, &msg, &f), 0);
  fx_end(&f);
  cr_assert_eq(late_count(NB_ORGAN_UNKNOWN, 2024, 6, 1, &msg, &f), 0);
  fx_end(&f);
}

/* ---------------------------------------------------------------- years */

#define YEAR_TEXT(lead)                                                                                                                \
  "泽南县交通运输局2023年政府信息公开工作年度报告\n统计期限自2023年1月1日起至2023年12月31日止。\n" \
  "一、总体情况\n" lead "\n二、主动公开政府信息情况\n见下表。\n"

static void run_years(fx *f, const char *text, int y1, int y2) {
  fx_begin(f, text);
  f->r.title = nb_span_make(0, fx_off(f, "\n"));
  f->r.year_span = nb_span_make(fx_off(f, "2023年政府"), fx_off(f, "2023年政府") + 4);
  f->r.year = 2023;
  char d1[32], d2[32];
  snprintf(d1, sizeof d1, "%d年1月1日", y1);
  snprintf(d2, sizeof d2, "%d年12月31日", y2);
  add_date(f, y1, 1, 1, d1);
  add_date(f, y2, 12, 31, d2);
  nb_check_prose(&f->ctx);
}

Test(years, period_and_overview_year_against_the_title) {
  fx f;
  run_years(&f, YEAR_TEXT("2023年，本局扎实推进公开工作。2024年，本局将继续努力。"), 2023, 2023);
  cr_assert_eq(fx_count(&f, "year-mismatch"), 0);
  fx_end(&f);

  fx_begin(&f, "泽南县交通运输局2023年政府信息公开工作年度报告\n统计期限自2022年1月1日起至2022年12"
               "月31日止。\n"
               "一、总体情况\n2022年，本局扎实推进公开工作。2024年，本局将继续努力。\n");
  f.r.title = nb_span_make(0, fx_off(&f, "\n"));
  f.r.year = 2023;
  f.r.year_span = nb_span_make(fx_off(&f, "2023年政府"), fx_off(&f, "2023年政府") + 4);
  add_date(&f, 2022, 1, 1, "2022年1月1日");
  add_date(&f, 2022, 12, 31, "2022年12月31日");
  nb_check_prose(&f.ctx);
  cr_assert_eq(fx_count(&f, "year-mismatch"), 2);
  const nb_diag *period = fx_diag(&f, "year-mismatch", 0);
  cr_assert_eq(period->span.start, fx_off(&f, "2022年1月1日"));
  cr_assert_eq(period->span.end, fx_off(&f, "2022年1月1日") + 4);
  cr_assert_str_eq(period->message_zh, "统计期限的起始年份为2022年，而标题年份为2023年");
  cr_assert_eq(period->related[0].span.start, f.r.year_span.start);
  const nb_diag *lead = fx_diag(&f, "year-mismatch", 1);
  cr_assert_eq(lead->span.start, fx_off(&f, "2022年，本局"));
  fx_end(&f);
}

Test(years, period_end_in_another_year) {
  fx f;
  fx_begin(&f, "统计期限自2023年1月1日起至2022年12月31日止。\n");
  add_date(&f, 2023, 1, 1, "2023年1月1日");
  add_date(&f, 2022, 12, 31, "2022年12月31日");
  nb_check_prose(&f.ctx);
  cr_assert_eq(fx_count(&f, "year-mismatch"), 1);
  cr_assert_eq(fx_diag(&f, "year-mismatch", 0)->span.start, fx_off(&f, "2022年12月"));
  fx_end(&f);
}

/* Table 四's 行政复议 总计 is 0 while its parts add up to 3 (1 + 1 + 0 + 1): a sentence saying
 * 3 agrees with what the total should be, so it is a related location of the sum-review finding,
 * not a text-table-mismatch of its own; a sentence saying 4 agrees with neither. */
#define T4_BROKEN "|  | 1 | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |\n"

static void run_broken_total(fx *f, const char *prose) {
  char *text = nb_strdup_printf("%s\n\n%s\n" T2_ROWS "\n" T4_BROKEN, prose, FX_T3_SEED004);
  fx_begin(f, text);
  free(text);
  fx_table(f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  fx_table(f, NB_TABLE_ACTIVE, "| 规章");
  fx_table(f, NB_TABLE_REVIEW, "|  | 1 | 1");
  nb_check_arithmetic(&f->ctx);
  nb_check_prose(&f->ctx);
}

Test(text_table, claim_agreeing_with_a_broken_total_joins_the_arithmetic_finding) {
  fx f;
  run_broken_total(&f, "本年度因政府信息公开被申请行政复议3件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  cr_assert_eq(fx_count(&f, "sum-review"), 1);
  const nb_diag *d = fx_diag(&f, "sum-review", 0);
  const nb_related *claim = NULL;
  for (int k = 0; k < d->nrelated; k++)
    if (strstr(d->related[k].message_zh, "正文所述与计算值一致"))
      claim = &d->related[k];
  cr_assert_not_null(claim);
  cr_expect_eq(claim->span.start, fx_off(&f, "行政复议3件"));
  cr_expect_eq(claim->span.end, fx_off(&f, "行政复议3件") + strlen("行政复议3件"));
  cr_expect_str_eq(claim->message_en, "the prose agrees with the computed value");
  fx_end(&f);
}

Test(text_table, claim_agreeing_with_neither_value_is_a_mismatch) {
  fx f;
  run_broken_total(&f, "本年度因政府信息公开被申请行政复议4件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  cr_assert_eq(fx_count(&f, "sum-review"), 1);
  fx_end(&f);
}

/* Counts of documents or items disclosed are no counts of requests. */
Test(text_table, items_disclosed_are_not_requests) {
  fx f;
  run(&f, "本年度依申请公开信息数30条，主动公开信息418条。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 0);
  fx_end(&f);
  run(&f, "本年度依申请公开政府信息30件。");
  cr_assert_eq(fx_count(&f, "text-table-mismatch"), 1);
  fx_end(&f);
}

/* nb_prose_row and nb_prose_column remember their answers by the labels' addresses: asked
 * about every row and column of every template table, each twice and interleaved so that
 * questions share memo slots, they answer what comparing the labels answers. */
Test(prose_cells, remembered_rows_and_columns_equal_the_labels_compared) {
  int asked = 0;
  for (int round = 0; round < 2; round++)
    for (int id = 0; id < NB_TPL_COUNT; id++) {
      const nb_template *tpl = nb_template_get((nb_template_id)id);
      for (int k = 0; k < NB_TABLE_COUNT; k++) {
        nb_table t = {.spec = tpl->tables[k]};
        if (!t.spec)
          continue;
        cr_assert_eq(nb_prose_row(&t, NULL), nb_prose_row_direct(&t, NULL));
        for (int row = 0; row < t.spec->nrows; row++) {
          const char *label = t.spec->rows[row].label;
          if (label)
            cr_assert_eq(nb_prose_row(&t, label), nb_prose_row_direct(&t, label), "%s", label);
          const nb_block_spec *b = &t.spec->blocks[t.spec->rows[row].block];
          for (int c = 0; c < b->ncolumns; c++) {
            const nb_column_spec *col = &b->columns[c];
            const char *groups[] = {NULL, col->group, "", nb_pw_group_review,
                                    nb_pw_group_litigation};
            for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
              for (int n = 0; n < 3; n++, asked++)
                cr_assert_eq(nb_prose_column(&t, row, groups[g], col->label, n),
                             nb_prose_column_direct(&t, row, groups[g], col->label, n),
                             "%s / %s #%d", groups[g] ? groups[g] : "(none)", col->label, n);
          }
        }
      }
    }
  cr_assert_gt(asked, 1000);
}
