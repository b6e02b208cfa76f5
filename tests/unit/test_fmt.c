/* The canonical Markdown form (src/markdown/render_canonical.c, src/core/canonical.c): every
 * expected text below was written by hand from the input and the form documented in
 * canonical.h, not copied from output. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/canonical.h"
#include "core/template.h"
#include "markdown/render_canonical.h"

#define ALL_TABLES 7u

static char *canonical(const char *in, unsigned mask) {
  size_t n = 0;
  char *out = nb_markdown_canonical(in, strlen(in), mask, &n);
  cr_assert_eq(n, strlen(out));
  return out;
}

#define REVIEW_HEADER                                                                                                    \
  "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |\n"                                             \
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"                        \
  "|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |\n"                              \
  "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | " \
  "尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"

#define REVIEW_LABELS_TAB                                                                                                            \
  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t" \
  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"

Test(fmt, headings_become_atx_and_prose_is_kept_byte_for_byte) {
  const char *in = "**一、总体情况**\n"
                   "\n"
                   "本年度*重点*推进_公开_工作，#1 事项 [见附件]\n"
                   "第二行 1. 保持原样\n"
                   "\n\n\n"
                   "六、其他需要报告事项\n"
                   "无。\n";
  /* Markup characters are not escaped, the soft line break stays, the three blank lines
   * become one, the variant title 其他需要报告事项 is kept as written. */
  const char *want = "## 一、总体情况\n"
                     "\n"
                     "本年度*重点*推进_公开_工作，#1 事项 [见附件]\n"
                     "第二行 1. 保持原样\n"
                     "\n"
                     "## 六、其他需要报告事项\n"
                     "\n"
                     "无。\n";
  char *out = canonical(in, ALL_TABLES);
  cr_assert_str_eq(out, want);
  free(out);
}

Test(fmt, tab_separated_review_table_becomes_canonical) {
  const char *in =
      "四、政府信息公开行政复议、行政诉讼情况\n"
      "\n"
      "行政复议\t行政诉讼\n" REVIEW_LABELS_TAB "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
  const char *want =
      "## 四、政府信息公开行政复议、行政诉讼情况\n"
      "\n" REVIEW_HEADER "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
  char *out = canonical(in, ALL_TABLES);
  cr_assert_str_eq(out, want);
  free(out);
}

Test(fmt, table_left_out_of_the_mask_stays_as_written) {
  const char *in =
      "四、政府信息公开行政复议、行政诉讼情况\n"
      "\n"
      "行政复议\t行政诉讼\n" REVIEW_LABELS_TAB "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
  char *out = canonical(in, 0);
  cr_assert_str_eq(out, "## 四、政府信息公开行政复议、行政诉讼情况\n"
                        "\n"
                        "行政复议\t行政诉讼\n" REVIEW_LABELS_TAB
                        "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
  free(out);
}

Test(fmt, run_together_digits_are_split_one_per_cell) {
  /* Fifteen zeros written as one token: fifteen cells of 0. */
  const char *in = "四、政府信息公开行政复议、行政诉讼情况\n"
                   "\n"
                   "行政复议\t行政诉讼\n" REVIEW_LABELS_TAB "000000000000000\n";
  char *out = canonical(in, ALL_TABLES);
  cr_assert(strstr(out, "\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"), "%s",
            out);
  cr_assert_null(strstr(out, "000000000000000"));
  free(out);
}

Test(fmt, active_table_keeps_typo_and_blank_and_note_cells) {
  const char *in = "二、主动公开政府信息情况\n"
                   "\n"
                   "| 第二十条第（一）项 |  |  |  |\n"
                   "| --- | --- | --- | --- |\n"
                   "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件 |\n"
                   "| 规章 | 0 |  | 0 |\n"
                   "| 行政规范性文件 | 3（其中修订1件） | 1 | 14 |\n";
  /* The typo 现行有效件 stays (label-typo still fires); the blank cell stays blank; the note
   * stays with its number; blocks （五）（六）（八） get their label and header rows but no
   * data rows, since the source has none; the table is as wide as its widest block. */
  const char *want = "## 二、主动公开政府信息情况\n"
                     "\n"
                     "| 第二十条第（一）项 |  |  |  |\n"
                     "| --- | --- | --- | --- |\n"
                     "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件 |\n"
                     "| 规章 | 0 |  | 0 |\n"
                     "| 行政规范性文件 | 3（其中修订1件） | 1 | 14 |\n"
                     "| 第二十条第（五）项 |  |  |  |\n"
                     "| 信息内容 | 本年处理决定数量 |  |  |\n"
                     "| 第二十条第（六）项 |  |  |  |\n"
                     "| 信息内容 | 本年处理决定数量 |  |  |\n"
                     "| 第二十条第（八）项 |  |  |  |\n"
                     "| 信息内容 | 本年收费金额（单位：万元） |  |  |\n";
  char *out = canonical(in, ALL_TABLES);
  cr_assert_str_eq(out, want);
  free(out);
}

Test(fmt, canonical_output_is_a_fixed_point) {
  const char *in = "**一、总体情况**\n正文。\n\n四、政府信息公开行政复议、行政诉讼情况\n"
                   "行政复议\t行政诉讼\n" REVIEW_LABELS_TAB
                   "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n结尾。\n";
  char *once = canonical(in, ALL_TABLES);
  char *twice = canonical(once, ALL_TABLES);
  cr_assert_str_eq(twice, once);
  free(once);
  free(twice);
}

Test(fmt, empty_input_stays_empty) {
  char *out = canonical("", ALL_TABLES);
  cr_assert_str_eq(out, "");
  free(out);
}

Test(fmt, format_keeps_text_without_tables) {
  size_t n = 0;
  const char *in = "普通文字，没有任何章节。\n";
  char *out = nb_markdown_format(in, strlen(in), &n);
  cr_assert_str_eq(out, in);
  free(out);
}

/* Table 四's one row has no label; a blank form leaves its 15 cells empty, and the reader
 * takes a blank grid row of that width after the headers as the row (not as padding). */
Test(fmt, blank_review_table_has_blank_row) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(nb_template_get(NB_TPL_2021)->tables[NB_TABLE_REVIEW], &b);
  cr_assert_str_eq(b.data, REVIEW_HEADER "|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |\n");
  nb_textbuf_free(&b);
}

/* Text whose line breaks were lost (a web page saved by a crawler): the headings and tables run
 * into one line become canonical headings and tables, the prose around them stays as written,
 * and the crawler's metadata lines are kept as text (fmt never drops a byte it did not rewrite).
 * Table 二: 规章 0 0 0 and 行政规范性文件 3 1 4 (one digit per cell); table 四: 1 1 0 1 3 |
 * 1 0 0 0 1 | 0 0 0 0 0. */
#define ONE_LINE_PROSE                                                                             \
  "当前位置：首页 > 年报 > 某县交通运输局2023年政府信息公开工作年度报告本年度工作取得积极成效。"
#define ONE_LINE_ACTIVE                                                                                                                        \
  "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000" \
  "行政规范性文件314"
#define ONE_LINE_REVIEW                                                                                                                           \
  "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经" \
  "复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计" \
  "110131000100000"
#define ACTIVE_CANONICAL                                                                           \
  "| 第二十条第（一）项 |  |  |  |\n"                                                     \
  "| --- | --- | --- | --- |\n"                                                                    \
  "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"              \
  "| 规章 | 0 | 0 | 0 |\n"                                                                       \
  "| 行政规范性文件 | 3 | 1 | 4 |\n"                                                        \
  "| 第二十条第（五）项 |  |  |  |\n"                                                     \
  "| 信息内容 | 本年处理决定数量 |  |  |\n"                                            \
  "| 第二十条第（六）项 |  |  |  |\n"                                                     \
  "| 信息内容 | 本年处理决定数量 |  |  |\n"                                            \
  "| 第二十条第（八）项 |  |  |  |\n"                                                     \
  "| 信息内容 | 本年收费金额（单位：万元） |  |  |\n"

/* What both shapes below become after their prose. */
#define CANONICAL_TAIL                                                                             \
  "## 二、主动公开政府信息情况\n"                                                      \
  "\n" ACTIVE_CANONICAL "\n"                                                                       \
  "## 四、政府信息公开行政复议、行政诉讼情况\n"                                 \
  "\n" REVIEW_HEADER "| 1 | 1 | 0 | 1 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n"             \
  "\n"                                                                                             \
  "## 五、存在的主要问题及改进情况\n"                                                \
  "\n"                                                                                             \
  "无。\n"

Test(fmt, one_line_scraped_text_becomes_canonical) {
  const char *in = "标题: 某县交通运输局2023年政府信息公开工作年度报告\n"
                   "==== 正文 ====\n" ONE_LINE_PROSE ONE_LINE_ACTIVE ONE_LINE_REVIEW
                   "五、存在的主要问题及改进情况无。\n";
  const char *want = "标题: 某县交通运输局2023年政府信息公开工作年度报告\n"
                     "==== 正文 ====\n" ONE_LINE_PROSE "\n"
                     "\n" CANONICAL_TAIL;
  char *out = canonical(in, ALL_TABLES);
  cr_assert_str_eq(out, want);
  char *twice = canonical(out, ALL_TABLES);
  cr_assert_str_eq(twice, out);
  free(twice);
  free(out);
}

/* The same with every run of white space collapsed into one space, and table 四 as a stray
 * crawler breaks it (a space in the middle of a group's digits: "11 013"). */
Test(fmt, spaced_scraped_text_becomes_canonical) {
  const char *in =
      "当前位置：首页 > 年报 > 某县交通运输局2023年政府信息公开工作年度报告 "
      "本年度工作取得积极成效。 "
      "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 "
      "规章 0 0 0 行政规范性文件 3 1 4 "
      "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 "
      "尚未审结 "
      "总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 "
      "其他结果 尚未审结 总计 11 013 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 无。\n";
  const char *want = "当前位置：首页 > 年报 > 某县交通运输局2023年政府信息公开工作年度报告 "
                     "本年度工作取得积极成效。\n"
                     "\n" CANONICAL_TAIL;
  char *out = canonical(in, ALL_TABLES);
  cr_assert_str_eq(out, want);
  free(out);
}
