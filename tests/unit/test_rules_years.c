/* Across-years rules (carryover-mismatch, copied-text) on two hand-built models. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "test_rules_fixture.h"

/* Last year carried forward 2 自然人 + 1 商业企业 = 3. */
#define CARRY_OUT_2_1 "| 四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
#define CARRY_IN(a, b, t)                                                                          \
  "| 二、上年结转政府信息公开申请数量 | " a " | " b " | 0 | 0 | 0 | 0 | " t " |\n"

static void table3(fx *f, const char *prose, const char *carry_in, const char *carry_out,
                   int year) {
  char *text = nb_strdup_printf("%s\n\n" FX_T3_R0 "%s" FX_T3_R2 FX_T3_R3 FX_T3_R4 FX_T3_R5_13
                                    FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28 "%s",
                                prose, carry_in, carry_out);
  fx_begin(f, text);
  free(text);
  f->r.year = year;
  fx_table(f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
}

static void check(fx *now, fx *before) {
  now->ctx.previous = &before->r;
  nb_check_across_years(&now->ctx);
}

Test(carryover, each_differing_column_on_this_years_cell) {
  fx now, before;
  table3(&before, "去年。", FX_T3_R1, CARRY_OUT_2_1, 2022);
  table3(&now, "今年。", CARRY_IN("2", "0", "2"), FX_T3_R29, 2023);
  check(&now, &before);
  cr_assert_eq(fx_count(&now, "carryover-mismatch"), 2);
  const nb_diag *d = fx_diag(&now, "carryover-mismatch", 0);
  /* 商业企业: this year 0, last year 1; last year's 四 is on line 32 (prose, blank, then its 30th
   * row) */
  cr_assert_eq(d->span.start, fx_off(&now, "0 | 0 | 0 | 0 | 0 | 2 |"));
  cr_assert_str_eq(d->message_zh,
                   "“二、上年结转政府信息公开申请数量”的“法人或其他组织·商业企业”列为0，"
                   "但上年报告第32行的“四、结转下年度继续办理”为1");
  cr_assert(strstr(fx_diag(&now, "carryover-mismatch", 1)->message_zh, "“总计”列为2"));
  fx_end(&now);
  fx_end(&before);
}

Test(carryover, equal_or_not_consecutive_years_are_silent) {
  fx now, before;
  table3(&before, "去年。", FX_T3_R1, CARRY_OUT_2_1, 2022);
  table3(&now, "今年。", CARRY_IN("2", "1", "3"), FX_T3_R29, 2023);
  check(&now, &before);
  cr_assert_eq(now.out.count, 0);
  fx_end(&now);
  fx_end(&before);
  table3(&before, "前年。", FX_T3_R1, CARRY_OUT_2_1, 2021);
  table3(&now, "今年。", CARRY_IN("0", "0", "0"), FX_T3_R29, 2023);
  check(&now, &before);
  cr_assert_eq(now.out.count, 0);
  fx_end(&now);
  fx_end(&before);
}

/* 64 code points before its 。 */
#define LONG1                                                                                                                                     \
  "一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政" \
  "府信息依申请公开规范化、专业化水平。"
#define SHORT1 "二是加强培训。"

static void prose_pair(fx *now, fx *before, const char *a, const char *b) {
  fx_begin(before, a);
  fx_begin(now, b);
  check(now, before);
}

Test(copied, one_finding_per_repeated_passage_naming_last_years_line) {
  fx now, before;
  prose_pair(&now, &before, "第一行。\n\n" LONG1 SHORT1 "\n",
             "下一步，将切实抓好以下工作：" LONG1 SHORT1 "\n\n另一段新的内容。\n");
  cr_assert_eq(fx_count(&now, "copied-text"), 1);
  const nb_diag *d = fx_diag(&now, "copied-text", 0);
  cr_assert_eq(d->span.start, fx_off(&now, "一是扎实"));
  cr_assert_eq(d->span.end, fx_off(&now, "二是加强培训") + strlen("二是加强培训"));
  /* 64 + 6 code points without the sentence marks; last year's passage starts on line 3 */
  cr_assert_str_eq(d->message_zh, "这段文字（70字）与上年报告第3行起的内容完全相同");
  fx_end(&now);
  fx_end(&before);
}

Test(copied, short_changed_and_boilerplate_sentences_are_silent) {
  fx now, before;
  const char *boiler =
      "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，"
      "报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止，如有疑问请联系。";
  prose_pair(&now, &before,
             SHORT1 "\n" LONG1 "\n"
                    "xx"
                    "\n",
             boiler);
  cr_assert_eq(fx_count(&now, "copied-text"), 0);
  fx_end(&now);
  fx_end(&before);
  char *changed = nb_strdup_printf("%s", LONG1);
  changed[0] = 'X'; /* one byte differs: not identical */
  prose_pair(&now, &before, LONG1, changed);
  free(changed);
  cr_assert_eq(fx_count(&now, "copied-text"), 0);
  fx_end(&now);
  fx_end(&before);
  prose_pair(&now, &before, boiler, boiler);
  cr_assert_eq(fx_count(&now, "copied-text"), 0);
  fx_end(&now);
  fx_end(&before);
}
