/* Table rules on hand-built models (see test_rules_fixture.h). */
#include <criterion/criterion.h>
#include <stdio.h>

#include "core/rules/table_names.h"
#include "test_rules_fixture.h"

#define SECTIONS_1_2 "一、总体情况\n主动公开。\n二、主动公开政府信息情况\n见表。\n"
#define SECTIONS_4_6                                                                                                           \
  "四、政府信息公开行政复议、行政诉讼情况\n见表。\n五、存在的主要问题及改进情况\n无。\n" \
  "六、其他需要报告的事项\n无。\n"

static void tables_only(fx *f) {
  nb_diag_list_free(&f->out);
  nb_check_tables(&f->ctx);
}

static const char *first_message(const fx *f) {
  return f->out.count ? f->out.items[0].message_zh : "";
}

Test(tables, missing_tables_sit_on_their_section_heading) {
  fx f;
  fx_begin(&f, SECTIONS_1_2 "三、收到和处理政府信息公开申请情况\n见表。\n" SECTIONS_4_6);
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-missing"), 3);
  const nb_diag *d = fx_diag(&f, "table-missing", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "二、主动"));
  cr_assert_str_eq(d->message_zh, "第二部分中找不到表二");
  cr_assert_str_eq(d->message_en, "table 2 not found in section 二");
  cr_assert_eq(fx_diag(&f, "table-missing", 2)->span.start, fx_off(&f, "四、政府"));
  fx_end(&f);
}

Test(tables, no_table_missing_for_absent_section_or_found_table) {
  fx f;
  /* section 三 absent (section-missing's finding); table 二 found; table 四 still missing */
  fx_begin(&f, SECTIONS_1_2 SECTIONS_4_6);
  f.r.tables[NB_TABLE_ACTIVE].found = true;
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-missing"), 1);
  cr_assert_eq(fx_diag(&f, "table-missing", 0)->span.start, fx_off(&f, "四、政府"));
  fx_end(&f);
}

Test(tables, seed_004_table_three_is_clean) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_SEED004);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  for (int i = 0; i < t->spec->nrows; i++)
    cr_assert(t->rows[i].present, "row %d", i);
  cr_assert_eq(t->rows[0].cells[6].value, 12);
  cr_assert_eq(t->rows[15].cells[0].value, 8);
  tables_only(&f);
  cr_assert_eq(f.out.count, 0, "%s", first_message(&f));
  fx_end(&f);
}

Test(tables, unreadable_table_says_why_and_skips_the_rest) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1
           "| 三、本年度办理结果 |\n| （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 4 |\n");
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->unreadable = NB_UNREADABLE_RAGGED;
  t->unreadable_row = 3;
  t->unreadable_expected = 7;
  t->unreadable_found = 6;
  t->unreadable_span = t->rows[3].label;
  tables_only(&f);
  cr_assert_eq(f.out.count, 1, "%s", first_message(&f)); /* no row-missing, no cell findings */
  const nb_diag *d = fx_diag(&f, "table-unreadable", 0);
  cr_assert_not_null(d);
  cr_assert_eq(d->span.start, fx_off(&f, "（一）予以公开"));
  cr_assert_str_eq(d->message_zh, "表三无法可靠读取：“（一）予以公开”行应有7个数值，实际读到6个；"
                                  "已跳过该表的算术校验");
  cr_assert(strstr(d->message_en, "should have 7 values but 6 were found"));
  cr_assert(strstr(d->message_en, "arithmetic checks on this table were skipped"));
  fx_end(&f);
}

/* Labels without a single number: the message names no row and no counts (there are none). */
Test(tables, table_without_values_says_so_plainly) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 一、本年新收政府信息公开申请数量 |\n");
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->unreadable = NB_UNREADABLE_NO_VALUES;
  t->unreadable_span = t->rows[0].label;
  tables_only(&f);
  const nb_diag *d = fx_diag(&f, "table-unreadable", 0);
  cr_assert_not_null(d);
  cr_assert_str_eq(d->message_zh,
                   "表三无法可靠读取：找到了表格的标签，但没有读到任何数值；已跳过该表的算术校验");
  cr_assert_null(strstr(d->message_en, "expected"));
  fx_end(&f);
}

/* Half-width brackets are a spelling to fix; a space after "1." is how layouts render labels. */
Test(tables, label_format_once_per_table_with_one_fix) {
  fx f;
  fx_begin(&f,
           FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 "| (一)予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
                                                 "| (七)总计 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
                                                 "| 1. 属于国家秘密 |" FX_Z7);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "label-format"), 1);
  const nb_diag *d = fx_diag(&f, "label-format", 0);
  cr_assert_eq(d->severity, NB_SEV_INFO);
  cr_assert_eq(d->span.start, fx_off(&f, "(一)予以公开"));
  cr_assert_str_eq(d->message_zh, "表三有2处标签的全角/半角或编号标点与模板写法不同，"
                                  "如“(一)予以公开”应写作“（一）予以公开”");
  cr_assert_eq(d->nfixes, 1);
  cr_assert(d->fixes[0].safe);
  cr_assert_eq(d->fixes[0].nedits, 2);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "（一）予以公开");
  cr_assert_eq(d->fixes[0].edits[1].span.start, fx_off(&f, "(七)总计"));
  cr_assert_str_eq(d->fixes[0].edits[1].replacement, "（七）总计");
  fx_end(&f);
}

Test(tables, row_missing_sits_on_next_present_row) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23
                   FX_T3_R24_27 FX_T3_R28);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  tables_only(&f);
  /* absent: （一）予以公开 and 四、结转下年度继续办理 (the last row) */
  cr_assert_eq(fx_count(&f, "table-row-missing"), 2, "%s", first_message(&f));
  const nb_diag *d = fx_diag(&f, "table-row-missing", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "（二）部分公开"));
  cr_assert_str_eq(d->message_zh, "表三缺少“（一）予以公开”行");
  cr_assert_str_eq(d->message_en, "table 3: row “（一）予以公开” is missing");
  /* nothing follows the carry-over row: it sits on the table's last line */
  cr_assert_eq(fx_diag(&f, "table-row-missing", 1)->span.start, fx_off(&f, "| （七）总计"));
  fx_end(&f);
}

Test(tables, group_as_data_row_stands_for_its_children) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17
                   FX_T3_R18_23 "| （六）其他处理 |" FX_Z7 FX_T3_R28 FX_T3_R29);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->rows[24].group_as_data = true;
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-row-missing"), 0, "%s", first_message(&f));
  cr_assert_eq(fx_count(&f, "label-outdated"), 1);
  const nb_diag *d = fx_diag(&f, "label-outdated", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "（六）其他处理"));
  cr_assert(strstr(d->message_zh, "2021年版模板将其分为3个子项"), "%s", d->message_zh);
  fx_end(&f);
}

Test(tables, blank_and_placeholder_cells_each_reported) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 一、本年新收政府信息公开申请数量 | 12 |  | 0 | / | 0 | 0 | 12 |\n");
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-cell-empty"), 2);
  const nb_diag *blank = fx_diag(&f, "table-cell-empty", 0);
  size_t bar = fx_off(&f, "| 12 |") + strlen("| 12 |");
  /* the blank cell is "  " between two bars: an empty span after trimming, where it stands */
  cr_assert_eq(blank->span.start, blank->span.end);
  cr_assert(blank->span.start > bar && blank->span.start <= bar + 2);
  cr_assert_str_eq(blank->message_zh,
                   "表三“一、本年新收政府信息公开申请数量”行“法人或其他组织·商业企业”列为空白");
  const nb_diag *slash = fx_diag(&f, "table-cell-empty", 1);
  cr_assert_eq(slash->span.start, fx_off(&f, "/"));
  cr_assert_eq(slash->span.end, fx_off(&f, "/") + 1);
  cr_assert(strstr(slash->message_zh, "占位符“/”"));
  fx_end(&f);
}

Test(tables, all_blank_row_gets_one_finding_on_its_label) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 "| 二、上年结转政府信息公开申请数量 | | | | | | | |\n");
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-cell-empty"), 1);
  const nb_diag *d = fx_diag(&f, "table-cell-empty", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "二、上年结转"));
  cr_assert(strstr(d->message_zh, "7个数值单元格全部为空"));
  fx_end(&f);
}

Test(tables, invalid_cell_names_its_text) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 一、本年新收政府信息公开申请数量 | 12 | 0 | 0 | 0 | 0 | 0 | 十二 |\n");
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "table-cell-invalid"), 1);
  const nb_diag *d = fx_diag(&f, "table-cell-invalid", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "十二"));
  cr_assert_eq(d->severity, NB_SEV_ERROR);
  cr_assert(strstr(d->message_zh, "“十二”不是有效数值，应为非负整数"), "%s", d->message_zh);
  fx_end(&f);
}

/* A run recorded the way the reader records one: the token, and seven zero cells from it. */
static const nb_diag *run_together(fx *f, nb_layout layout) {
  fx_begin(f, FX_T3_HEAD "| 一、本年新收政府信息公开申请数量 | 0000000 |\n");
  nb_table *t = fx_table(f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->layout = layout;
  size_t at = fx_off(f, "0000000");
  int run = nb_table_add_run(t); /* the table's own room: freed with it */
  t->runs[run] = (nb_run_together){nb_span_make(at, at + 7), 0, 0, 7};
  for (int c = 0; c < 7; c++)
    t->rows[0].cells[c] = (nb_cell){NB_CELL_VALUE, 0, nb_span_make(at + c, at + c + 1), {0, 0}, 0};
  tables_only(f);
  return fx_diag(f, "table-cells-run-together", 0);
}

Test(tables, run_together_digits_split_in_the_table_layout) {
  fx f;
  const nb_diag *d = run_together(&f, NB_LAYOUT_PIPE);
  cr_assert_eq(fx_count(&f, "table-cells-run-together"), 1);
  cr_assert_eq(fx_count(&f, "table-cell-empty") + fx_count(&f, "table-cell-invalid"), 0);
  cr_assert_eq(d->span.start, fx_off(&f, "0000000"));
  cr_assert_eq(d->span.end, d->span.start + 7);
  cr_assert(strstr(d->message_zh, "7个单元格的数字连在一起"));
  cr_assert_eq(d->nfixes, 1);
  cr_assert(d->fixes[0].safe);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "0 | 0 | 0 | 0 | 0 | 0 | 0");
  fx_end(&f);
  d = run_together(&f, NB_LAYOUT_TAB);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "0\t0\t0\t0\t0\t0\t0");
  fx_end(&f);
  d = run_together(&f, NB_LAYOUT_CELL_LINES);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "0\n0\n0\n0\n0\n0\n0");
  fx_end(&f);
}

Test(tables, row_label_typo_fixed_with_or_without_numbering) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 2.其他法律行政止公开 |" FX_Z7 "| 保护第三方合法权 |" FX_Z7);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 2.其他");
  cr_assert_eq(t->rows[7].match, NB_MATCH_TYPO);
  cr_assert_eq(t->rows[9].match, NB_MATCH_TYPO);
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "label-typo"), 2);
  const nb_diag *d = fx_diag(&f, "label-typo", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "2.其他法律行政止公开"));
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "2.其他法律行政法规禁止公开");
  cr_assert(d->fixes[0].safe);
  cr_assert_str_eq(fx_diag(&f, "label-typo", 1)->fixes[0].edits[0].replacement,
                   "保护第三方合法权益");
  fx_end(&f);
}

Test(tables, exact_labels_are_not_typos) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 2．其他法律行政法规禁止公开 |" FX_Z7);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 2．其他");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "label-typo"), 0);
  fx_end(&f);
}

Test(tables, outdated_row_and_header_labels) {
  fx f;
  fx_begin(&f,
           "二、主动公开政府信息情况\n| 信息内容 | 本年新制作数量 | 本年废止件数 | 现行有效件数 |\n"
           "| 规范性文件 | 1 | 0 | 5 |\n| 规章 | 0 | 0 | 0 |\n");
  nb_table *t = fx_table(&f, NB_TABLE_ACTIVE, "| 规范性文件");
  const nb_template *tpl = f.r.tpl;
  /* the reader matched 规范性文件 to 行政规范性文件 through the outdated list */
  t->rows[1].present = true;
  t->rows[1].match = NB_MATCH_VARIANT;
  t->rows[1].label =
      nb_span_make(fx_off(&f, "规范性文件"), fx_off(&f, "规范性文件") + strlen("规范性文件"));
  t->rows[1].outdated = &tpl->outdated_labels[0];
  /* Through the model's own growth: the header room belongs to the table (nb_table_free). */
  nb_table_add_header(t);
  nb_table_add_header(t);
  size_t h = fx_off(&f, "本年新制作数量");
  t->headers[0] = (nb_header_label){NB_LABEL_COLUMN,
                                    0,
                                    0,
                                    nb_span_make(h, h + strlen("本年新制作数量")),
                                    NB_MATCH_VARIANT,
                                    "本年制发件数",
                                    &tpl->outdated_labels[3]};
  h = fx_off(&f, "本年废止件数");
  t->headers[1] = (nb_header_label){
      NB_LABEL_COLUMN, 1,   0, nb_span_make(h, h + strlen("本年废止件数")), NB_MATCH_EXACT,
      "本年废止件数",  NULL};
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "label-outdated"), 2, "%s", first_message(&f));
  const nb_diag *row = fx_diag(&f, "label-outdated", 0);
  cr_assert_eq(row->span.start, fx_off(&f, "规范性文件"));
  cr_assert_eq(row->nfixes, 1);
  cr_assert_str_eq(row->fixes[0].edits[0].replacement, "行政规范性文件");
  const nb_diag *col = fx_diag(&f, "label-outdated", 1);
  cr_assert_eq(col->span.start, fx_off(&f, "本年新制作数量"));
  cr_assert_eq(col->nfixes, 0); /* meaning changed: no mechanical fix */
  cr_assert(strstr(col->message_zh, "2019年版模板的标签“本年新制作数量”"));
  cr_assert_eq(fx_count(&f, "label-typo"), 0);
  fx_end(&f);
}

Test(tables, header_typo_gets_official_label) {
  fx f;
  fx_begin(&f, "四、政府信息公开行政复议、行政诉讼情况\n结果唯持\n");
  nb_table *t = &f.r.tables[NB_TABLE_REVIEW];
  t->found = true;
  nb_table_add_header(t);
  size_t h = fx_off(&f, "结果唯持");
  t->headers[0] =
      (nb_header_label){NB_LABEL_COLUMN, 0,          0,   nb_span_make(h, h + strlen("结果唯持")),
                        NB_MATCH_TYPO,   "结果维持", NULL};
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "label-typo"), 1);
  const nb_diag *d = fx_diag(&f, "label-typo", 0);
  cr_assert_eq(d->span.start, h);
  cr_assert_str_eq(d->fixes[0].edits[0].replacement, "结果维持");
  fx_end(&f);
}

Test(tables, template_outdated_on_each_citation_whatever_the_brackets) {
  fx f;
  fx_begin(&f, "根据(国办公开办函〔2019〕60号)要求。又依据国办公开办函[2019] 60号，"
               "并参照国办公开办函（2019）60号。");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "template-outdated"), 3);
  const nb_diag *d = fx_diag(&f, "template-outdated", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "国办公开办函〔2019〕60号"));
  cr_assert_eq(d->span.end, d->span.start + strlen("国办公开办函〔2019〕60号"));
  const nb_diag *d2 = fx_diag(&f, "template-outdated", 1);
  cr_assert_eq(d2->span.start, fx_off(&f, "国办公开办函[2019] 60号"));
  cr_assert_eq(d2->span.end, d2->span.start + strlen("国办公开办函[2019] 60号"));
  cr_assert_eq(fx_diag(&f, "template-outdated", 2)->span.start,
               fx_off(&f, "国办公开办函（2019）60号"));
  cr_assert(strstr(d->message_zh, "国办公开办函〔2021〕30号"));
  fx_end(&f);
}

Test(tables, template_outdated_not_for_2020_or_the_current_notice) {
  fx f;
  fx_begin(&f, "根据国办公开办函〔2021〕30号要求；国办公开办函〔2019〕61号。");
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "template-outdated"), 0);
  fx_end(&f);
  fx_begin(&f, "根据国办公开办函〔2019〕60号要求。");
  f.r.year = 2020;
  tables_only(&f);
  cr_assert_eq(fx_count(&f, "template-outdated"), 0);
  fx_end(&f);
}

/* Every kind of table-unreadable, each message as the printf formats it was once written with
 * would write it (the messages are joined from pieces now), with and without a row. */
Test(tables, unreadable_messages_are_the_formats_words) {
  static const struct {
    nb_unreadable_reason kind;
    int cuts;
    const char *zh, *en;
  } kinds[] = {
      {NB_UNREADABLE_RAGGED, 0,
       "%s无法可靠读取：“%s”行应有%d个数值，实际读到%d个；已跳过该表的算术校验",
       "%s cannot be read reliably: row “%s” should have %d values but %d were found; arithmetic "
       "checks on this table were skipped"},
      {NB_UNREADABLE_RUN_TOGETHER, 0,
       "%s无法可靠读取：“%s”行的数字连在一起，应有%d个单元格，数字却有%d位，且没有一种拆分能使该行"
       "的总计等于各项之和；已跳过该表的算术校验",
       "%s cannot be read reliably: the digits of row “%s” run together (%d cells expected, %d "
       "digits found) and no split makes the row's total equal the sum of the others; arithmetic "
       "checks on this table were skipped"},
      {NB_UNREADABLE_RUN_TOGETHER, 2,
       "%s无法可靠读取：“%s”行的数字连在一起，应有%d个单元格，数字却有%d位，且有多种拆分都能使该行"
       "的总计等于各项之和，无法确定；已跳过该表的算术校验",
       "%s cannot be read reliably: the digits of row “%s” run together (%d cells expected, %d "
       "digits found) and more than one split makes the row's total equal the sum of the others; "
       "arithmetic checks on this table were skipped"},
      {NB_UNREADABLE_RUN_TOGETHER, 1,
       "%s无法可靠读取：“%s”行的数字连在一起，应有%d个单元格，数字却有%d位，无法拆分；已跳过该表的"
       "算术校验",
       "%s cannot be read reliably: the digits of row “%s” run together and their count does not "
       "fit (%d cells expected, %d digits found); arithmetic checks on this table were skipped"},
      {NB_UNREADABLE_AMBIGUOUS, 0,
       "%s无法可靠读取：无法区分各行（“%s”附近，应有%d个数值，读到%d个）；已跳过该表的算术校验",
       "%s cannot be read reliably: its rows cannot be told apart (near “%s”, %d values expected, "
       "%d found); arithmetic checks on this table were skipped"},
  };
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
    for (int row = -1; row <= 3; row += 4) {
      fx f;
      fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1
               "| 三、本年度办理结果 |\n| （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 4 |\n");
      nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
      t->unreadable = kinds[k].kind;
      t->unreadable_cuts = kinds[k].cuts;
      t->unreadable_row = row;
      t->unreadable_expected = 17;
      t->unreadable_found = -3;
      t->unreadable_span = t->rows[3].label;
      tables_only(&f);
      const nb_diag *d = fx_diag(&f, "table-unreadable", 0);
      cr_assert_not_null(d);
      char zh[1024], en[1024], table_zh[64], table_en[64];
      nb_rule_table_name(t->spec, table_zh, sizeof table_zh);
      nb_rule_table_name_en(t->spec, table_en, sizeof table_en);
      snprintf(zh, sizeof zh, kinds[k].zh, table_zh,
               row < 0 ? "某一行" : nb_rule_row_name(t->spec, row, false), 17, -3);
      snprintf(en, sizeof en, kinds[k].en, table_en,
               row < 0 ? "a row" : nb_rule_row_name(t->spec, row, true), 17, -3);
      cr_assert_str_eq(d->message_zh, zh);
      cr_assert_str_eq(d->message_en, en);
      fx_end(&f);
    }
}
