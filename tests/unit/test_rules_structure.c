/* Structure rules on hand-built models (see test_rules_fixture.h). */
#include <criterion/criterion.h>
#include <stdio.h>

#include "core/rules/rule_util.h"
#include "test_random_text.h"
#include "test_rules_fixture.h"

#define S1                                                                                         \
  "一、总体情况\n本机关坚持主动公开，做好依申请公开，加强政府信息管理和平台建设，强化监督保障。\n"
#define S2 "二、主动公开政府信息情况\n见下表。\n"
#define S3 "三、收到和处理政府信息公开申请情况\n见下表。\n"
#define S4 "四、政府信息公开行政复议、行政诉讼情况\n见下表。\n"
#define S5 "五、存在的主要问题及改进情况\n上年度存在的问题已整改完毕。\n"
#define S6 "六、其他需要报告的事项\n本年度未收取信息处理费。\n"

static void run(fx *f, const char *text) {
  fx_begin(f, text);
  nb_check_structure(&f->ctx);
}

Test(structure, complete_report_has_no_findings) {
  fx f;
  run(&f, S1 S2 S3 S4 S5 S6);
  cr_assert_eq(f.r.nsections, 6);
  cr_assert_eq(f.out.count, 0, "got %d, first %s", f.out.count,
               f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(structure, missing_section_sits_on_next_present_heading) {
  fx f;
  run(&f, S1 S2 S4 S5 S6);
  cr_assert_eq(fx_count(&f, "section-missing"), 1);
  const nb_diag *d = fx_diag(&f, "section-missing", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "四、政府信息公开"));
  cr_assert_eq(d->span.end, d->span.start);
  cr_assert_str_eq(d->message_zh, "缺少第三部分“收到和处理政府信息公开申请情况”");
  cr_assert_str_eq(d->message_en, "missing section 三 “收到和处理政府信息公开申请情况”");
  cr_assert_eq(d->severity, NB_SEV_ERROR);
  fx_end(&f);
}

Test(structure, missing_last_sections_sit_at_end_of_text) {
  fx f;
  run(&f, S1 S2 S3 S4);
  cr_assert_eq(fx_count(&f, "section-missing"), 2);
  size_t len = strlen(S1 S2 S3 S4);
  cr_assert_eq(fx_diag(&f, "section-missing", 0)->span.start, len);
  cr_assert(strstr(fx_diag(&f, "section-missing", 0)->message_zh, "第五部分"));
  cr_assert(strstr(fx_diag(&f, "section-missing", 1)->message_zh, "第六部分"));
  fx_end(&f);
}

/* No section at all: one finding that says the structure cannot be read, not six guesses. */
Test(structure, empty_text_is_one_finding_at_its_end) {
  fx f;
  run(&f, "");
  cr_assert_eq(fx_count(&f, "section-missing"), 1);
  const nb_diag *d = fx_diag(&f, "section-missing", 0);
  cr_assert_eq(d->span.start, 0);
  cr_assert_eq(d->severity, NB_SEV_ERROR);
  cr_assert(strstr(d->message_zh, "未能识别出任何法定章节标题"));
  cr_assert(strstr(d->message_en, "none of the six statutory section headings"));
  fx_end(&f);
}

Test(structure, prose_without_headings_is_one_finding) {
  fx f;
  run(&f, "某县2023年政府信息公开工作年度报告\n\n本年度主动公开政府信息100条。\n");
  cr_assert_eq(fx_count(&f, "section-missing"), 1);
  fx_end(&f);
}

Test(structure, section_after_a_higher_one_is_out_of_order) {
  fx f;
  run(&f, S1 S2 S4 S3 S5 S6);
  cr_assert_eq(fx_count(&f, "section-order"), 1);
  const nb_diag *d = fx_diag(&f, "section-order", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "三、收到"));
  cr_assert(strstr(d->message_zh, "第三部分"));
  cr_assert(strstr(d->message_zh, "第四部分之后"));
  cr_assert_eq(fx_count(&f, "section-missing"), 0);
  fx_end(&f);
}

Test(structure, numeral_other_than_the_template_one_is_misnumbered) {
  fx f;
  run(&f, S1 S2 S3 S4 S5 "七、其他需要报告的事项\n本年度未收取信息处理费。\n");
  cr_assert_eq(fx_count(&f, "section-order"), 1);
  const nb_diag *d = fx_diag(&f, "section-order", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "七、"));
  cr_assert(strstr(d->message_zh, "编号为“七、”"), "%s", d->message_zh);
  fx_end(&f);
}

Test(structure, duplicate_section_points_at_first) {
  fx f;
  run(&f, S1 S2 S2 S3 S4 S5 S6);
  cr_assert_eq(fx_count(&f, "section-duplicate"), 1);
  cr_assert_eq(fx_count(&f, "section-order"), 0);
  const nb_diag *d = fx_diag(&f, "section-duplicate", 0);
  cr_assert_eq(d->span.start, fx_off_nth(&f, "二、主动", 1));
  cr_assert_eq(d->nrelated, 1);
  cr_assert_eq(d->related[0].span.start, fx_off_nth(&f, "二、主动", 0));
  fx_end(&f);
}

Test(structure, variant_title_gets_safe_fix_to_official) {
  fx f;
  run(&f, S1 S2 S3 "四、政府信息公开行政复议和行政诉讼情况\n见下表。\n" S5 S6);
  cr_assert_eq(f.r.sections[3].title_match, NB_MATCH_VARIANT);
  cr_assert_eq(fx_count(&f, "section-title"), 1);
  const nb_diag *d = fx_diag(&f, "section-title", 0);
  size_t at = fx_off(&f, "政府信息公开行政复议和");
  cr_assert_eq(d->span.start, at);
  cr_assert_eq(d->span.end, at + strlen("政府信息公开行政复议和行政诉讼情况"));
  cr_assert_eq(d->severity, NB_SEV_WARNING);
  cr_assert_eq(d->nfixes, 1);
  cr_assert(d->fixes[0].safe);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "政府信息公开行政复议、行政诉讼情况");
  cr_assert_eq(d->fixes[0].edits[0].span.start, at);
  fx_end(&f);
}

Test(structure, misspelt_title_says_typo) {
  fx f;
  run(&f, S1 S2 S3 "四、政府信息公开行政法复议、行政诉讼情况\n见下表。\n" S5 S6);
  cr_assert_eq(f.r.sections[3].title_match, NB_MATCH_TYPO);
  cr_assert_eq(fx_count(&f, "section-title"), 1);
  cr_assert(strstr(fx_diag(&f, "section-title", 0)->message_zh, "错别字"));
  fx_end(&f);
}

Test(structure, overview_aspect_missing_one_per_aspect_on_heading) {
  fx f;
  run(&f, "一、总体情况\n本机关坚持主动公开，做好依申请公开，加强信息管理。\n" S2 S3 S4 S5 S6);
  /* covered: 主动公开, 依申请, 信息管理; missing: 平台建设, 监督保障 (not a government: the
   * sixth aspect is not required) */
  cr_assert_eq(fx_count(&f, "overview-aspect-missing"), 2);
  const nb_diag *d = fx_diag(&f, "overview-aspect-missing", 0);
  cr_assert_eq(d->span.start, 0);
  cr_assert(strstr(d->message_zh, "政府信息公开平台建设"));
  cr_assert(strstr(fx_diag(&f, "overview-aspect-missing", 1)->message_zh, "监督保障"));
  fx_end(&f);
}

Test(structure, government_must_also_report_assessment) {
  fx f;
  fx_begin(&f, S1 S2 S3 S4 S5 S6);
  f.r.organ_kind = NB_ORGAN_GOVERNMENT;
  nb_check_structure(&f.ctx);
  cr_assert_eq(fx_count(&f, "overview-aspect-missing"), 1);
  cr_assert(strstr(fx_diag(&f, "overview-aspect-missing", 0)->message_zh, "责任追究"));
  fx_end(&f);
}

Test(structure, no_aspects_under_2019_template) {
  fx f;
  fx_begin(&f, "一、总体情况\n略。\n" S2 S3 S4 S5 S6);
  f.r.year = 2020;
  f.r.template_id = NB_TPL_2019;
  f.r.tpl = nb_template_get(NB_TPL_2019);
  nb_check_structure(&f.ctx);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
}

Test(structure, rectification_missing_on_section_five) {
  fx f;
  run(&f, S1 S2 S3 S4 "五、存在的主要问题及改进情况\n人员不足。下一步加强培训。\n" S6);
  cr_assert_eq(fx_count(&f, "rectification-missing"), 1);
  const nb_diag *d = fx_diag(&f, "rectification-missing", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "五、"));
  cr_assert_eq(d->severity, NB_SEV_INFO);
  fx_end(&f);
}

Test(structure, plan_to_rectify_is_not_an_account_of_last_year) {
  fx f;
  /* seed 004's wording: 整改 as a measure for next year */
  run(&f, S1 S2 S3 S4 "五、存在的主要问题及改进情况\n下一步，督促相关单位限期整改。\n" S6);
  cr_assert_eq(fx_count(&f, "rectification-missing"), 1);
  fx_end(&f);
}

Test(structure, request_aspect_covered_by_section_three_wording) {
  fx f;
  run(&f,
      "一、总体情况\n主动公开。共收到政府信息公开申请25件。信息管理、平台建设、监督保障。\n" S2 S3
          S4 S5 S6);
  cr_assert_eq(fx_count(&f, "overview-aspect-missing"), 0);
  fx_end(&f);
}

Test(structure, rectification_not_asked_before_2021) {
  fx f;
  fx_begin(&f, S1 S2 S3 S4 "五、存在的主要问题及改进情况\n人员不足。\n" S6);
  f.r.year = 2020;
  nb_check_structure(&f.ctx);
  cr_assert_eq(fx_count(&f, "rectification-missing"), 0);
  fx_end(&f);
}

Test(structure, fee_statement_missing_when_section_six_says_none) {
  fx f;
  run(&f, S1 S2 S3 S4 S5 "六、其他需要报告的事项\n\n无。\n");
  cr_assert_eq(fx_count(&f, "fee-statement-missing"), 1);
  const nb_diag *d = fx_diag(&f, "fee-statement-missing", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "六、"));
  cr_assert_eq(d->severity, NB_SEV_WARNING);
  cr_assert(strstr(d->message_zh, "信息处理费"));
  fx_end(&f);
}

Test(structure, fee_statement_found_with_spaced_wording) {
  fx f;
  run(&f, S1 S2 S3 S4 S5 "六、其他需要报告的事项\n本机关未收取信息 处理费用。\n");
  cr_assert_eq(fx_count(&f, "fee-statement-missing"), 0);
  fx_end(&f);
}

/* ---------------------------------------------------------------- numbering */

Test(numbering, seed_001_skip_from_five_to_seven) {
  fx f;
  run(&f, "一、总体情况\n主动公开、依申请、信息管理、平台建设、监督。\n"
          "(一)履行法定职责\n正文。\n(二)创新争先\n正文。\n(三)政策解读\n"
          "(四)强化权力监督\n(五)重点领域\n)强化考核培训\n正文。\n(七)加强平台建设\n正文。\n" S2 S3
              S4 S5 S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 1);
  const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "(七)"));
  cr_assert_eq(d->span.end, fx_off(&f, "(七)") + strlen("(七)"));
  cr_assert_str_eq(d->message_zh, "第一部分小标题编号跳号：“（五）”之后是“（七）”，缺少“（六）”");
  fx_end(&f);
}

Test(numbering, nested_lists_restart_under_each_item) {
  fx f;
  run(&f,
      S1 S2 S3 S4 "五、存在的主要问题及改进情况\n上年问题已整改。\n（一）存在的问题\n1.人员不足。\n"
                  "2、经费不足。\n（二）改进措施\n1．加强培训，增长1.5倍。\n2.增加投入。\n"
                  "3.一是完善制度，二是强化考核。\n" S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 0, "%s",
               f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(numbering, repeated_number_reported_on_second) {
  fx f;
  run(&f, S1 S2 S3 S4 "五、存在的主要问题及改进情况\n上年问题已整改。\n1.人员不足。\n2."
                      "经费不足。\n2.培训不够。\n" S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 1);
  const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "2.培训"));
  cr_assert(strstr(d->message_zh, "重复"));
  fx_end(&f);
}

Test(numbering, inline_yi_shi_skip) {
  fx f;
  run(&f, S1 S2 S3 S4
      "五、存在的主要问题及改进情况\n上年问题已整改。下一步，一是加强培训；二是完善制度；"
      "四是强化考核。统一是原则。\n" S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 1);
  const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "四是"));
  cr_assert(strstr(d->message_zh, "“二是”之后是“四是”"), "%s", d->message_zh);
  fx_end(&f);
}

Test(numbering, table_material_is_not_numbering) {
  fx f;
  /* Section 三's table in one-cell-per-line form that the reader did not claim: row labels
   * 1. and 3. are not a skipped list. Section 一's lines inside a found table are ignored. */
  run(&f, "一、总体情况\n主动公开、依申请、信息管理、平台建设、监督。\n（一）甲\n（三）乙\n" S2
          "三、收到和处理政府信息公开申请情况\n（三）不予公开\n1.属于国家秘密\n0\n"
          "3.危及“三安全一稳定”\n0\n" S4 S5 S6);
  f.r.tables[NB_TABLE_ACTIVE].found = true;
  f.r.tables[NB_TABLE_ACTIVE].span =
      nb_span_make(fx_off(&f, "（一）甲"), fx_off(&f, "（三）乙") + strlen("（三）乙"));
  nb_diag_list_free(&f.out);
  nb_check_structure(&f.ctx);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 0, "%s",
               f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(numbering, inline_item_wrapped_across_lines_still_counts) {
  fx f;
  /* pdftotext wrapped "一是" as "…：一" / "是…" (hongze-2023, section 五) */
  run(&f, S1 S2 S3 S4
      "五、存在的主要问题及改进情况\n上年问题已整改。下一步：一\n是加强培训。二是完善制度。三\n"
      "是强化考核。五是加强宣传。\n" S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 1, "%s",
               f.out.count ? f.out.items[0].message_zh : "");
  const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "五是"));
  cr_assert(strstr(d->message_zh, "“三是”之后是“五是”"), "%s", d->message_zh);
  fx_end(&f);
}

Test(numbering, page_break_before_a_sub_heading) {
  fx f;
  /* a form feed (pdftotext page break) and indentation before （三） */
  run(&f, "一、总体情况\n主动公开、依申请、信息管理、平台建设、监督。\n（一）甲\n（二）乙\n"
          "\f     （三）丙\n（四）丁\n" S2 S3 S4 S5 S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 0, "%s",
               f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

/* The per-sentence reading of section 五, written out plainly: a sentence that looks forward
 * (or names next year) does not count; one that says the rectification was done does; else one
 * that names last year and a problem does. */
static bool any_of(const char *s, const char *const *words) {
  for (int k = 0; words[k]; k++)
    if (strstr(s, words[k]))
      return true;
  return false;
}

static bool reference_accounts(const char *body) {
  static const char *const forward[] = {
      "下一步", "将进一步", "将继续", "将持续", "将加强", "将不断", "将着力", "将切实",
      "计划",   "力争",     "预计",   "争取",   "明年",   "今后",   "2024年", NULL};
  static const char *const done[] = {"整改情况", "问题整改", "已整改", "完成整改",
                                     "整改完成", "整改到位", NULL};
  static const char *const last[] = {"上年", "上一年", "去年", "前一年", "往年", "2022年", NULL};
  static const char *const problem[] = {"问题", "不足", "短板", "整改", "改进", NULL};
  char sentence[1024];
  for (const char *at = body, *stop; (stop = strstr(at, "。")); at = stop + strlen("。")) {
    snprintf(sentence, sizeof sentence, "%.*s", (int)(stop - at), at);
    if (any_of(sentence, forward))
      continue;
    if (any_of(sentence, done) || (any_of(sentence, last) && any_of(sentence, problem)))
      return true;
  }
  return false;
}

/* Every pair of these sentences as section 五's body (report year 2023): the rule's answer is
 * the plain reading's, whichever words the section holds elsewhere. */
Test(structure, section_five_read_sentence_by_sentence) {
  static const char *const sentences[] = {
      "已整改",         "上年存在人员不足", "2022年的问题已处理", "下一步抓好整改情况落实",
      "2024年完成整改", "问题较多",         "去年工作正常",       "计划改进上一年问题",
      "往年",           "短板明显",         "整改到位",           "今后继续努力",
      "前一年有不足",   "2022年",           "工作平稳",           "将持续问题整改"};
  enum { N = sizeof sentences / sizeof *sentences };
  int accounted = 0, total = 0;
  for (int a = 0; a < N; a++)
    for (int b = 0; b < N; b++) {
      char body[512], text[2048];
      snprintf(body, sizeof body, "%s。%s。", sentences[a], sentences[b]);
      snprintf(text, sizeof text, "%s%s%s%s五、存在的主要问题及改进情况\n%s\n%s", S1, S2, S3, S4,
               body, S6);
      fx f;
      fx_begin(&f, text);
      const nb_section *five = nb_report_section(&f.r, NB_SEC_PROBLEMS);
      cr_assert_not_null(five);
      bool want = reference_accounts(body);
      cr_assert_eq(nb_rule_section_accounts_for_last_year(&f.r, five), want, "“%s”: want %d", body,
                   want);
      accounted += want;
      total++;
      fx_end(&f);
    }
  /* Both answers were asked for many times. */
  cr_assert_gt(accounted, 50);
  cr_assert_gt(total - accounted, 50);
}

/* Section 五 is read after normalisation: spaces, widths and line breaks inside a sentence do
 * not hide its words, and ！？； end sentences like 。. */
Test(structure, section_five_read_after_normalising) {
  static const struct {
    const char *body;
    bool accounts;
  } cases[] = {
      {"上 年存在的问\n题已经解决。", true},
      {"２０２２年的不足已经弥补。", true},
      {"整　改　到　位。", true},
      {"上年存在不足！下一步将改进。", true},
      {"上年工作正常；问题较少。", false},
      {"上年存在问题，明年将整改。", false},
      {"２０２４年的问题上年已有。", false},
      /* each sentence end, and the punctuation that shares its lead byte and ends none */
      {"上年存在不足？下一步将改进。", true},
      {"上年存在不足；下一步将改进。", true},
      {"上年存在不足｡下一步将改进。", true},
      {"上年存在不足!下一步将改进。", true},
      {"上年存在不足，下一步将改进。", false},
      {"上年存在不足、下一步将改进。", false},
      {"上年存在不足：下一步将改进。", false},
      {"上年存在不足《下一步将改进。", false},
      /* an overlong ? (C0 BF) ends one; a cut sequence (EF BC, then an ideograph) does not */
      {"上年存在不足\xC0\xBF下一步将改进。", true},
      {"上年存在不足\xEF\xBC下一步将改进。", false},
      /* last year by its number only: ASCII, full-width, spaced, overlong digits; none at all */
      {"2022 年的不足已经弥补。", true},
      {"２０２2年的不足已经弥补，共3项。", true},
      {"\xC0\xB2\xC0\xB0\xC0\xB2\xC0\xB2年的不足已经弥补。", true},
      {"当年的不足已经弥补，（一）项。", false},
      {"2023年的不足已经弥补，２０２１年亦然。", false},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char text[2048];
    snprintf(text, sizeof text, "%s%s%s%s五、存在的主要问题及改进情况\n%s\n%s", S1, S2, S3, S4,
             cases[k].body, S6);
    fx f;
    fx_begin(&f, text);
    const nb_section *five = nb_report_section(&f.r, NB_SEC_PROBLEMS);
    cr_assert_not_null(five);
    cr_assert_eq(nb_rule_section_accounts_for_last_year(&f.r, five), cases[k].accounts, "“%s”",
                 cases[k].body);
    fx_end(&f);
  }
}

/* Every kind of numbering finding, in both languages. */
Test(numbering, messages_in_both_languages) {
  static const struct {
    const char *body, *zh, *en;
  } cases[] = {
      {"1.甲。\n2.乙。\n5.丙。\n", "第五部分小标题编号跳号：“2.”之后是“5.”，缺少“3.”至“4.”",
       "section 五: sub-item numbering skips from 2. to 5.; 3. to 4. are missing"},
      {"（一）甲。\n（三）乙。\n", "第五部分小标题编号跳号：“（一）”之后是“（三）”，缺少“（二）”",
       "section 五: sub-item numbering skips from （一） to （三）; （二） is missing"},
      {"（二）甲。\n", "第五部分小标题编号从“（二）”开始，缺少“（一）”",
       "section 五: sub-item numbering starts at （二）; （一） is missing"},
      {"（1）甲。\n（2）乙。\n（3）丙。\n（2）丁。\n",
       "第五部分小标题编号倒退：“（2）”出现在“（3）”之后",
       "section 五: sub-item number （2） comes after （3）"},
      {"一是甲；二是乙；二是丙。\n", "第五部分小标题编号重复：“二是”再次出现",
       "section 五: sub-item number 二是 repeats"},
      {"一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；十一是子；"
       "二十一是丑。\n",
       "第五部分小标题编号跳号：“十一是”之后是“二十一是”，缺少“十二是”至“二十是”",
       "section 五: sub-item numbering skips from 十一是 to 二十一是; 十二是 to 二十是 are "
       "missing"},
      /* a numeral of two characters wrapped before its 是; a 是 after no numeral (就是, 是否) */
      {"就是如此。一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；"
       "十一\n是子；是否如此；十三是丑。\n",
       "第五部分小标题编号跳号：“十一是”之后是“十三是”，缺少“十二是”",
       "section 五: sub-item numbering skips from 十一是 to 十三是; 十二是 is missing"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char text[4096];
    snprintf(text, sizeof text, "%s%s%s%s五、存在的主要问题及改进情况\n上年问题已整改。\n%s%s", S1,
             S2, S3, S4, cases[k].body, S6);
    fx f;
    run(&f, text);
    cr_assert_eq(fx_count(&f, "numbering-sequence"), 1, "%s", cases[k].body);
    const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
    cr_assert_str_eq(d->message_zh, cases[k].zh);
    cr_assert_str_eq(d->message_en, cases[k].en);
    fx_end(&f);
  }
}

/* Chinese numerals as messages write them, cut as snprintf cuts. */
Test(numbering, cn_number_words) {
  static const struct {
    int n;
    const char *word;
  } cases[] = {{1, "一"},      {9, "九"},      {10, "十"}, {11, "十一"}, {20, "二十"},
               {21, "二十一"}, {99, "九十九"}, {0, "0"},   {100, "100"}, {-7, "-7"}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char buf[16];
    cr_assert_str_eq(nb_rule_cn_number(cases[k].n, buf, sizeof buf), cases[k].word);
  }
  char small[5];
  cr_assert_str_eq(nb_rule_cn_number(21, small, sizeof small), "二\xE5"); /* 4 bytes of 二十一 */
  char tiny[1] = {'x'};
  cr_assert_str_eq(nb_rule_cn_number(5, tiny, sizeof tiny), "");
}

/* A numeral wrapped before its 是 with spaces after it (ideographic, no-break, tabs): the line is
 * trimmed as before; a numeral before a 。 waits for nothing. */
Test(numbering, wrapped_numeral_before_trailing_spaces) {
  fx f;
  run(&f, S1 S2 S3 S4
      "五、存在的主要问题及改进情况\n上年问题已整改。下一步：一　\t \n是加强培训。"
      "二是完善制度。三\xC2\xA0\xE3\x80\x80\n是强化考核。共三。\n是否如此。五是加强宣传。\n" S6);
  cr_assert_eq(fx_count(&f, "numbering-sequence"), 1, "%s",
               f.out.count ? f.out.items[0].message_zh : "");
  const nb_diag *d = fx_diag(&f, "numbering-sequence", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "五是"));
  cr_assert(strstr(d->message_zh, "“三是”之后是“五是”"), "%s", d->message_zh);
  fx_end(&f);
}

/* Whether nb_normalize_label(item) holds nb_normalize_label(keyword), for some keyword of the
 * list and some item of the section: what a section mentions, by its definition. */
static bool mentions_by_definition(const fx *f, const nb_section *s, const char *const *list) {
  bool found = false;
  for (int i = s->first_item; i < s->end_item && !found; i++) {
    nb_span span = f->r.stream.items[i].span;
    char *item = nb_normalize_label(f->text + span.start, span.end - span.start);
    for (int k = 0; list[k] && !found; k++) {
      char *word = nb_normalize_label(list[k], strlen(list[k]));
      found = word[0] && strstr(item, word);
      free(word);
    }
    free(item);
  }
  return found;
}

/* Section 一's aspects are looked for in the items' openings first, then in the items in full:
 * the lists found must be those the definition finds, whatever stands across the opening's end
 * (48 bytes), with the sub-heading or without, in full-width forms, spaced, or run on. */
Test(structure, aspects_found_openings_first_equal_the_definition) {
  static const char *const pieces[] = {"（一）主动公开。",
                                       "（二）依申请公开",
                                       "政府信息管理",
                                       "平台建设",
                                       "监督保障",
                                       "考核",
                                       "评议",
                                       "责任追究",
                                       "网站",
                                       "公开栏",
                                       "主动",
                                       "公开",
                                       "依申",
                                       "请公开",
                                       "监 督",
                                       "保　障",
                                       "信息管",
                                       "理",
                                       "本年度",
                                       "，",
                                       "。",
                                       "１、",
                                       "2023年",
                                       "　",
                                       " ",
                                       "ａｂ",
                                       "\xE5\xB9",
                                       "工作",
                                       "的",
                                       NULL};
  uint32_t seed = 11;
  for (int round = 0; round < 400; round++) {
    char text[4096] = "一、总体情况\n";
    size_t len = strlen(text);
    int lines = 1 + (int)(rt_next(&seed) % 6);
    for (int l = 0; l < lines; l++) {
      len += rt_text(text + len, sizeof text - len - 2, pieces, 40, &seed);
      text[len++] = '\n';
      text[len] = '\0';
    }
    strcat(text, S2 S3 S4 S5 S6);
    fx f;
    fx_begin(&f, text);
    f.r.organ_kind = NB_ORGAN_GOVERNMENT;
    const nb_section *s = nb_report_section(&f.r, NB_SEC_OVERVIEW);
    cr_assert(s);
    int n = f.r.tpl->noverview_aspects;
    const char *const *lists[16];
    bool found[16];
    for (int k = 0; k < n; k++)
      lists[k] = f.r.tpl->overview_aspects[k].keywords;
    nb_rule_section_mentions_each(&f.r, s, lists, n, found);
    for (int k = 0; k < n; k++) {
      bool want = mentions_by_definition(&f, s, lists[k]);
      cr_assert_eq(found[k], want, "round %d, aspect %d in\n%s", round, k, text);
      cr_assert_eq(nb_rule_section_mentions(&f.r, s, lists[k]), want, "round %d, aspect %d alone",
                   round, k);
    }
    fx_end(&f);
  }
}
