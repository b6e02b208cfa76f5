/* fmt keeps all text (issue 7's "done when"): on every report of the corpus, `nianbao fmt`
 * loses no text outside the tables it re-renders (tests/support/fmt_properties.h says exactly
 * what that means). The corpus is also the fuzz targets' seed set (tests/fuzz/targets), so
 * this covers every fuzz seed too. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "lint/input.h"
#include "markdown/render_canonical.h"
#include "support/fmt_properties.h"

static bool is_report(const char *name) {
  size_t n = strlen(name);
  if (strcmp(name, "README.md") == 0 || strcmp(name, "CASES.md") == 0)
    return false;
  return (n > 3 && strcmp(name + n - 3, ".md") == 0) ||
         (n > 4 && strcmp(name + n - 4, ".txt") == 0);
}

/* Formats every report under `dir` and checks the text is kept; returns how many it read. */
static int check_tree(const char *dir) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d, "cannot open %s", dir);
  int checked = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    char *path = nb_strdup_printf("%s/%s", dir, e->d_name);
    struct stat st;
    cr_assert_eq(stat(path, &st), 0);
    if (S_ISDIR(st.st_mode)) {
      checked += check_tree(path);
    } else if (is_report(e->d_name)) {
      nb_input in;
      cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK, "cannot read %s", path);
      size_t len = 0;
      char *out = nb_markdown_format(in.text, in.len, &len);
      char *lost = nb_fmt_lost_text(in.text, in.len, out, len);
      cr_expect_null(lost, "%s: %s", path, lost);
      free(lost);
      free(out);
      nb_input_free(&in);
      checked++;
    }
    free(path);
  }
  closedir(d);
  return checked;
}

Test(fmt_properties, every_corpus_report_keeps_its_text, .timeout = 600) {
  int n = check_tree(NB_SOURCE_DIR "/corpus");
  cr_assert_geq(n, 90, "only %d reports found", n);
}

/* The property itself: it must see the loss fmt used to make (a note between two rows), and
 * accept what fmt does to tables and headings. */
Test(fmt_properties, the_check_sees_a_lost_note) {
  const char *in = "## 四、政府信息公开行政复议、行政诉讼情况\n\n"
                   "行政复议\t行政诉讼\n"
                   "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t"
                   "尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                   "说明：本年度无复议。\n"
                   "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
  const char *dropped = "## 四、政府信息公开行政复议、行政诉讼情况\n\n"
                        "| 行政复议 |  |  |  |  | 行政诉讼 |\n";
  char *lost = nb_fmt_lost_text(in, strlen(in), dropped, strlen(dropped));
  cr_assert_not_null(lost);
  cr_assert(strstr(lost, "说明：本年度无复议。") != NULL, "%s", lost);
  free(lost);
  size_t len = 0;
  char *out = nb_markdown_format(in, strlen(in), &len);
  lost = nb_fmt_lost_text(in, strlen(in), out, len);
  cr_assert_null(lost, "%s", lost);
  cr_assert(strstr(out, "| 1 | 0 | 0 | 0 | 1 |") != NULL, "the table was not rewritten: %s", out);
  free(out);
}

/* Found by fuzz_fmt on section 四 of corpus/layouts/review-per-group.md alone: a group written
 * as a caption ("（一）行政复议") becomes header cells of the canonical table, its numbering
 * said by the column's place. On the whole report the check passed only because another "一"
 * stood in the output ("一是…"). The numbering of a short caption whose words all come back is
 * structure; the numbering of a longer line, or of a caption whose words are gone, is lost. */
Test(fmt_properties, a_group_caption_loses_only_its_numbering) {
  const char *in = "## 四、政府信息公开行政复议、行政诉讼情况\n\n"
                   "（一）行政复议\n\n"
                   "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| 1 | 1 | 0 | 1 | 3 |\n\n"
                   "（二）行政诉讼（未经复议直接起诉）\n\n"
                   "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| 1 | 0 | 0 | 0 | 1 |\n\n"
                   "（三）行政诉讼（复议后起诉）\n\n"
                   "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| 0 | 0 | 0 | 0 | 0 |\n";
  size_t len = 0;
  char *out = nb_markdown_format(in, strlen(in), &len);
  cr_assert(strstr(out, "| 行政复议 |") != NULL, "the groups were not merged: %s", out);
  cr_assert(strstr(out, "一") == NULL, "the test needs an output without 一: %s", out);
  char *lost = nb_fmt_lost_text(in, strlen(in), out, len);
  cr_assert_null(lost, "%s", lost);
  free(out);

  /* The caption's words gone with its numbering: lost. */
  const char *no_review = "| 结果维持 | 行政诉讼 | 未经复议直接起诉 | 复议后起诉 |\n";
  lost = nb_fmt_lost_text(in, strlen(in), no_review, strlen(no_review));
  cr_assert_not_null(lost);
  cr_assert(strstr(lost, "行政复议") != NULL, "%s", lost);
  free(lost);
  /* A numbered paragraph is no caption: its numbering is text. */
  const char *para = "（一）主动公开。本年度公开信息，其中通知公告，均已公开。\n";
  const char *without = "主动公开。本年度公开信息，其中通知公告，均已公开。\n";
  lost = nb_fmt_lost_text(para, strlen(para), without, strlen(without));
  cr_assert_not_null(lost, "a paragraph's numbering was taken as a caption's");
  free(lost);
}

/* Found by fuzz_fmt, in the check itself: a '<' whose '>' stands on a later line opens no tag
 * (fmt had kept the line, the check had skipped its text in the output up to that '>'). */
Test(fmt_properties, a_tag_ends_on_its_own_line) {
  const char *in = "<tr class以下简称《条例》\n\n正文。>\n";
  size_t len = 0;
  char *out = nb_markdown_format(in, strlen(in), &len);
  char *lost = nb_fmt_lost_text(in, strlen(in), out, len);
  cr_assert_null(lost, "%s", lost);
  free(out);
  lost = nb_fmt_lost_text(in, strlen(in), "正文。>\n", strlen("正文。>\n"));
  cr_assert_not_null(lost);
  cr_assert(strstr(lost, "以下简称") != NULL, "%s", lost);
  free(lost);
}

/* Found by fuzz_fmt, in the check itself: a cell ending in ten digits overflowed the column
 * number it was read as (UBSan). It is no numbered placeholder, so its text must be kept. */
Test(fmt_properties, a_long_number_in_a_cell_is_no_column_number) {
  const char *in = "| 数据4000000000 | 数据4000000001 |\n| --- | --- |\n";
  char *lost = nb_fmt_lost_text(in, strlen(in), "", 0);
  cr_assert_not_null(lost);
  free(lost);
  const char *placeholders = "| 数据1 | 数据2 |\n| --- | --- |\n";
  lost = nb_fmt_lost_text(placeholders, strlen(placeholders), "", 0);
  cr_assert_null(lost, "%s", lost);
}

/* Labels a layout ran together come back as cells of their own: the input's word is made of
 * the output's words. A word made of only some of them, or one that straddles two words of the
 * output ("维持行政" across "结果维持 | 行政复议"), is lost. */
Test(fmt_properties, labels_run_together_come_back_as_cells) {
  const char *in = "行政复议结果维持\n";
  const char *cells = "| 结果维持 | 行政复议 |\n";
  char *lost = nb_fmt_lost_text(in, strlen(in), cells, strlen(cells));
  cr_assert_null(lost, "%s", lost);
  const char *half = "| 行政复议 | 结果纠正 |\n";
  lost = nb_fmt_lost_text(in, strlen(in), half, strlen(half));
  cr_assert_not_null(lost);
  cr_assert(strstr(lost, "行政复议结果维持") != NULL, "%s", lost);
  free(lost);
  const char *straddles = "维持行政\n";
  lost = nb_fmt_lost_text(straddles, strlen(straddles), cells, strlen(cells));
  cr_assert_not_null(lost, "a word straddling two words of the output was taken as kept");
  free(lost);
}

/* Found by fuzz_fmt: suppression comments act on lines. In a scraped report that is one line,
 * a nianbao-disable after the overview's heading silences the whole line; fmt splits that line,
 * the heading stands above the comment, and overview-aspect-missing came back. fmt now judges a
 * rendering by the findings suppression leaves, so it keeps what it cannot render faithfully. */
Test(fmt_properties, a_suppression_comment_in_a_line_fmt_would_split) {
  nb_input in;
  cr_assert_eq(nb_input_read(NB_SOURCE_DIR "/corpus/scraped/huaian-2024.glued.txt", &in),
               NB_INPUT_OK);
  const char *at = strstr(in.text, "（三）政府信息管理情况");
  cr_assert_not_null(at);
  const char *comment = "<!-- nianbao-disable -->";
  size_t cut = (size_t)(at - in.text) + strlen("（三）政府信息管理情况");
  size_t len = in.len + strlen(comment);
  char *text = nb_xmalloc(len + 1);
  memcpy(text, in.text, cut);
  memcpy(text + cut, comment, strlen(comment));
  memcpy(text + cut + strlen(comment), in.text + cut, in.len - cut + 1);
  size_t out_len = 0;
  char *out = nb_markdown_format(text, len, &out_len);
  char *changed = nb_fmt_changed_findings(text, len, out, out_len);
  cr_expect_null(changed, "%s", changed);
  free(changed);
  free(out);
  free(text);
  nb_input_free(&in);
}

/* Found by fuzz_fmt, in the check itself: a title run into the heading after it ("…年度报告一、
 * 总体情况") is one word of 67 bytes, which fmt gives back as the title's line and the heading;
 * words of the output run together were only tried up to 64 bytes. */
Test(fmt_properties, a_long_title_run_into_a_heading) {
  const char *in = "叶城县喀格勒克镇2023年政府信息公开工作年度报告一、总体情况\n";
  const char *out = "叶城县喀格勒克镇2023年政府信息公开工作年度报告\n\n## 一、总体情况\n";
  char *lost = nb_fmt_lost_text(in, strlen(in), out, strlen(out));
  cr_expect_null(lost, "%s", lost);
  free(lost);
  const char *without_title = "## 一、总体情况\n";
  lost = nb_fmt_lost_text(in, strlen(in), without_title, strlen(without_title));
  cr_expect_not_null(lost);
  free(lost);
}
