/* Text whose line breaks were lost (src/layout/reflow.c), read through the Markdown front-end
 * as a user's file would be. Every span is checked against the literal by searching it. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/model.h"
#include "markdown/markdown.h"

typedef struct {
  const char *text;
  nb_report r;
} doc;

static void build(doc *d, const char *text) {
  d->text = text;
  nb_report_init(&d->r, text, strlen(text));
  nb_markdown_build(text, strlen(text), &d->r);
}

static void done(doc *d) {
  nb_report_free(&d->r);
}

static size_t at(const doc *d, const char *needle) {
  const char *p = strstr(d->text, needle);
  cr_assert_not_null(p, "no %s", needle);
  return (size_t)(p - d->text);
}

static void expect_span(const doc *d, nb_span s, const char *want) {
  size_t start = at(d, want);
  cr_expect_eq(s.start, start, "span of %s starts at %zu, want %zu", want, s.start, start);
  cr_expect_eq(s.end, start + strlen(want), "span of %s ends at %zu", want, s.end);
}

/* Whether some stream item starts at the byte where `needle` starts. */
static bool item_starts_at(const doc *d, const char *needle) {
  size_t start = at(d, needle);
  for (int i = 0; i < d->r.stream.nitems; i++)
    if (d->r.stream.items[i].span.start == start)
      return true;
  return false;
}

#define METADATA                                                                                   \
  "标题: 某县交通运输局2023年政府信息公开工作年度报告\n"                     \
  "发布时间: 2024-01-20 09:00:00\n"                                                            \
  "来源: 某县交通运输局\n"                                                                \
  "==== 正文 ====\n"

static const char one_line[] = METADATA
    "当前位置：首页 > 政务公开 > 某县交通运输局2023年政府信息公开工作年度报告本年度工作取得"
    "积极成效。一、总体情况2023年，本局扎实推进政务公开。二、主动公开政府信息情况本年度主动"
    "公开政府信息100条。三、收到和处理政府信息公开申请情况本年度未收到申请。四、政府信息公开"
    "行政复议、行政诉讼情况本年度无行政复议。五、存在的主要问题及改进情况一是解读形式单一。"
    "六、其他需要报告的事项本年度未收取信息处理费。某县交通运输局2024年1月20日\n";

Test(reflow, sections_title_and_signature_inside_one_line) {
  doc d;
  build(&d, one_line);
  cr_assert_eq(d.r.nsections, 6);
  expect_span(&d, d.r.sections[0].heading, "一、总体情况");
  expect_span(&d, d.r.sections[0].title, "总体情况");
  expect_span(&d, d.r.sections[3].heading, "四、政府信息公开行政复议、行政诉讼情况");
  expect_span(&d, d.r.sections[5].heading, "六、其他需要报告的事项");
  for (int k = 0; k < 6; k++) {
    cr_expect_eq(d.r.sections[k].id, (nb_section_id)k);
    cr_expect_eq(d.r.sections[k].title_match, NB_MATCH_EXACT);
  }
  done(&d);
}

/* The title is the report's: the breadcrumb and the metadata lines are not part of it. */
Test(reflow, title_organ_year_and_signature) {
  doc d;
  build(&d, one_line);
  /* The title's own occurrence is the second one (the first is on the 标题: line). */
  const char *second = strstr(strstr(one_line, "当前位置"), "某县交通运输局2023年");
  size_t start = (size_t)(second - one_line);
  cr_expect_eq(d.r.title.start, start);
  cr_expect_eq(d.r.title.end, start + strlen("某县交通运输局2023年政府信息公开工作年度报告"));
  cr_expect_eq(d.r.organ.start, start);
  cr_expect_eq(d.r.organ.end, start + strlen("某县交通运输局"));
  cr_expect_eq(d.r.organ_kind, NB_ORGAN_DEPARTMENT);
  cr_expect_eq(d.r.year, 2023);
  cr_assert_geq(d.r.signature_date, 0);
  const nb_date *sig = &d.r.dates[d.r.signature_date];
  cr_expect_eq(sig->year, 2024);
  cr_expect_eq(sig->month, 1);
  cr_expect_eq(sig->day, 20);
  /* Metadata lines leave the stream. */
  for (int i = 0; i < d.r.stream.nitems; i++)
    cr_expect_neq(d.r.stream.items[i].span.start, 0, "the 标题: line is an item");
  done(&d);
}

/* The section titles listed in a sentence are no headings: each is followed by a list mark. */
Test(reflow, titles_listed_in_prose_are_no_headings) {
  doc d;
  build(&d,
        "某县2023年政府信息公开工作年度报告包括：一、总体情况；二、主动公开政府信息情况；三、收到"
        "和处理政府信息公开申请情况。全文包括一、总体情况等六部分。\n");
  cr_expect_eq(d.r.nsections, 0);
  done(&d);
}

/* A heading run in after a table's last value written with its unit, and after digits. */
Test(reflow, heading_after_a_value) {
  doc d;
  build(
      &d,
      "二、主动公开政府信息情况\n\n规章0件0件0件行政规范性文件3件1件14件三、收到和处理政府信息公开"
      "申请情况一、本年新收政府信息公开申请数量0000000四、政府信息公开行政复议、行政诉讼情况\n");
  cr_assert_eq(d.r.nsections, 3);
  expect_span(&d, d.r.sections[1].heading, "三、收到和处理政府信息公开申请情况");
  expect_span(&d, d.r.sections[2].heading, "四、政府信息公开行政复议、行政诉讼情况");
  done(&d);
}

/* Sub-items run into a line start lines again, also the first item of a list run into its
 * sub-heading; table text ("3000003（二）部分公开") is left alone. */
Test(reflow, sub_items_start_lines_again) {
  doc d;
  build(&d, "五、存在的主要问题及改进情况\n\n（一）存在的主要问题1.队伍能力不足。2."
            "培训不够。（二）改进措施"
            "1.健全制度。2.加强培训。\n");
  cr_expect(item_starts_at(&d, "（一）存在的主要问题"));
  cr_expect(item_starts_at(&d, "1.队伍能力不足"));
  cr_expect(item_starts_at(&d, "2.培训不够"));
  cr_expect(item_starts_at(&d, "（二）改进措施"));
  cr_expect(item_starts_at(&d, "1.健全制度"));
  cr_expect(item_starts_at(&d, "2.加强培训"));
  done(&d);
}

Test(reflow, table_text_is_no_sub_item) {
  doc d;
  build(&d, "三、收到和处理政府信息公开申请情况\n\n（一）予以公开3000003（二）部分公开（区分处理的"
            "，只计这一"
            "情形，不计其他情形）2000002。（三）不予公开。\n");
  cr_expect_not(item_starts_at(&d, "（二）部分公开"));
  done(&d);
}

/* Lines that kept their breaks are left as they are. */
Test(reflow, a_report_with_its_breaks_is_untouched) {
  static const char text[] =
      "# 某县2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n（一）主动公开。本年度"
      "公开信息。（二）依申请公开。\n";
  doc d;
  build(&d, text);
  cr_assert_eq(d.r.nsections, 1);
  for (int i = 0; i < d.r.stream.nitems; i++)
    cr_expect_not(d.r.stream.items[i].split, "item %d was split", i);
  done(&d);
}

/* Splitting sub-items off a line can make that line a heading: "二、…情况。（一）…" holds a
 * sentence mark and is none, "二、…情况。" is one. So the sections are found again after the
 * splits; shifting the indices of those found before would lose this one. */
Test(reflow, a_heading_freed_of_its_sub_items_is_found) {
  doc d;
  build(&d, "某县2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作正常开展。\n\n"
            "二、主动公开政府信息情况。（一）规章情况较好。（二）规范性文件情况良好。\n\n"
            "三、收到和处理政府信息公开申请情况\n\n无。\n");
  cr_assert_eq(d.r.nsections, 3);
  cr_expect_eq(d.r.sections[1].id, NB_SEC_ACTIVE);
  cr_expect_eq(d.r.sections[1].title_match, NB_MATCH_EXACT);
  expect_span(&d, d.r.sections[1].heading, "二、主动公开政府信息情况。");
  expect_span(&d, d.r.sections[1].title, "主动公开政府信息情况");
  cr_expect(item_starts_at(&d, "（一）规章情况较好"));
  done(&d);
}
