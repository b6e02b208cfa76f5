/* Facts outside the tables (src/layout/facts.c, src/layout/build.c): dates, organ kinds, and
 * the year, template, organ and signature date of every seed and report in ../shared, read
 * through the Markdown front-end. Expected values were read off the files by hand. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "layout/facts.h"
#include "markdown/markdown.h"

/* ---------------------------------------------------------------- dates */

static nb_date date_of(const char *s, bool *ok) {
  nb_date d;
  memset(&d, 0, sizeof d);
  *ok = nb_parse_date(s, strlen(s), &d);
  return d;
}

Test(facts, date_forms) {
  bool ok;
  nb_date d = date_of("2024年1月23日", &ok);
  cr_assert(ok);
  cr_assert_eq(d.year, 2024);
  cr_assert_eq(d.month, 1);
  cr_assert_eq(d.day, 23);
  cr_assert_eq(d.span.end, 16); /* 4 + 3 + 1 + 3 + 2 + 3 */
  d = date_of("2024 年 2 月 19 日", &ok);
  cr_assert(ok);
  cr_assert_eq(d.month, 2);
  cr_assert_eq(d.day, 19);
  cr_assert_eq(d.span.end, 21); /* the above plus five spaces */
  d = date_of("二〇二四年一月二十三日", &ok);
  cr_assert(ok);
  cr_assert_eq(d.year, 2024);
  cr_assert_eq(d.month, 1);
  cr_assert_eq(d.day, 23);
  d = date_of("２０２３年１２月３１日", &ok);
  cr_assert(ok);
  cr_assert_eq(d.year, 2023);
  cr_assert_eq(d.month, 12);
  cr_assert_eq(d.day, 31);
}

Test(facts, malformed_date_recorded_as_written) {
  bool ok;
  nb_date d = date_of("20231月1日至202312月31日", &ok);
  cr_assert(ok);
  cr_assert_eq(d.year, 20231);
  cr_assert_eq(d.month, 0);
  cr_assert_eq(d.day, 1);
  cr_assert_eq(d.span.end, 12); /* 5 + 3 + 1 + 3 */
}

Test(facts, not_dates) {
  bool ok;
  date_of("2024-01-10", &ok);
  cr_assert_not(ok);
  date_of("2023年12月", &ok);
  cr_assert_not(ok);
  date_of("23年1月1日", &ok);
  cr_assert_not(ok);
}

/* ---------------------------------------------------------------- organ kinds */

static nb_organ_kind kind(const char *name) {
  return nb_organ_kind_of(name, strlen(name));
}

Test(facts, organ_kinds) {
  cr_assert_eq(kind("疏勒县人民政府"), NB_ORGAN_GOVERNMENT);
  cr_assert_eq(kind("淮安市洪泽区人民政府"), NB_ORGAN_GOVERNMENT);
  cr_assert_eq(kind("喀什市"), NB_ORGAN_GOVERNMENT);
  cr_assert_eq(kind("叶城县喀格勒克镇"), NB_ORGAN_TOWNSHIP);
  cr_assert_eq(kind("叶城县喀格勒克镇人民政府"), NB_ORGAN_TOWNSHIP);
  cr_assert_eq(kind("某区某某街道办事处"), NB_ORGAN_TOWNSHIP);
  cr_assert_eq(kind("某县某某乡"), NB_ORGAN_TOWNSHIP);
  cr_assert_eq(kind("白玉县人民政府办公室"), NB_ORGAN_DEPARTMENT);
  cr_assert_eq(kind("某省人民政府办公厅"), NB_ORGAN_DEPARTMENT);
  cr_assert_eq(kind("某县公安局"), NB_ORGAN_DEPARTMENT);
  cr_assert_eq(kind("某市发展和改革委员会"), NB_ORGAN_DEPARTMENT);
  cr_assert_eq(kind("首页"), NB_ORGAN_UNKNOWN);
}

/* ---------------------------------------------------------------- reports */

typedef struct {
  char *text;
  size_t len;
  nb_report r;
} parsed;

static void parse_text(parsed *p, const char *text) {
  p->len = strlen(text);
  p->text = malloc(p->len + 1);
  memcpy(p->text, text, p->len + 1);
  nb_report_init(&p->r, p->text, p->len);
  nb_markdown_build(p->text, p->len, &p->r);
}

static void parse_file(parsed *p, const char *rel) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", NB_SHARED_DIR, rel);
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  p->len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  p->text = malloc(p->len + 1);
  cr_assert_eq(fread(p->text, 1, p->len, f), p->len);
  fclose(f);
  nb_report_init(&p->r, p->text, p->len);
  nb_markdown_build(p->text, p->len, &p->r);
}

static void done(parsed *p) {
  nb_report_free(&p->r);
  free(p->text);
}

static void assert_span(const parsed *p, nb_span s, const char *want) {
  size_t n = strlen(want);
  cr_assert_eq(s.end - s.start, n, "span [%zu,%zu) is \"%.*s\", want \"%s\"", s.start, s.end,
               (int)(s.end - s.start), p->text + s.start, want);
  cr_assert(memcmp(p->text + s.start, want, n) == 0);
}

/* 1-based line of a byte offset. */
static int line_of(const parsed *p, size_t off) {
  int line = 1;
  for (size_t i = 0; i < off; i++)
    line += p->text[i] == '\n';
  return line;
}

static void assert_signature(const parsed *p, int y, int m, int d, int line) {
  cr_assert_geq(p->r.signature_date, 0);
  const nb_date *s = &p->r.dates[p->r.signature_date];
  cr_assert_eq(s->year, y);
  cr_assert_eq(s->month, m);
  cr_assert_eq(s->day, d);
  cr_assert_eq(line_of(p, s->span.start), line);
}

Test(facts, seed_000_shule) {
  parsed p;
  parse_file(&p, "seeds/000_9b15c16881e266a5.txt");
  cr_assert_eq(p.r.year, 2023);
  assert_span(&p, p.r.year_span, "2023");
  cr_assert_eq(line_of(&p, p.r.year_span.start), 1);
  cr_assert_eq(p.r.template_id, NB_TPL_2021);
  assert_span(&p, p.r.organ, "疏勒县人民政府");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  /* The title is split over lines 1 and 3. */
  cr_assert_eq(line_of(&p, p.r.title.start), 1);
  cr_assert_eq(line_of(&p, p.r.title.end), 3);
  assert_signature(&p, 2024, 1, 23, 422);
  /* 2023年1月1日 and 2023年12月31日 in line 418, then the signature. */
  cr_assert_eq(p.r.ndates, 3);
  cr_assert_eq(p.r.dates[1].month, 12);
  done(&p);
}

Test(facts, seed_001_kashi_2021) {
  parsed p;
  parse_file(&p, "seeds/001_0e4e257e85503a3b.txt");
  cr_assert_eq(p.r.year, 2021);
  cr_assert_eq(p.r.template_id, NB_TPL_2021);
  assert_span(&p, p.r.organ, "喀什市");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_eq(line_of(&p, p.r.title.start), 3);
  /* Ends with "六、其他需要报告的事项" / "无。": no signature. */
  cr_assert_eq(p.r.signature_date, -1);
  /* "发布时间 2022年02月09日" (line 5) and "2021年1月1日" (line 8). */
  cr_assert_eq(p.r.ndates, 2);
  cr_assert_eq(p.r.dates[0].year, 2022);
  cr_assert_eq(p.r.dates[0].month, 2);
  cr_assert_eq(p.r.dates[0].day, 9);
  done(&p);
}

Test(facts, seed_002_baiyu_department) {
  parsed p;
  parse_file(&p, "seeds/002_dfbb28bce6ca2542.txt");
  cr_assert_eq(p.r.year, 2023);
  assert_span(&p, p.r.organ, "白玉县人民政府办公室");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_DEPARTMENT);
  cr_assert_eq(p.r.signature_date, -1);
  /* Line 17: "统计期限为20231月1日至202312月31日" — both malformed, both recorded. */
  cr_assert_geq(p.r.ndates, 2);
  cr_assert_eq(p.r.dates[0].year, 20231);
  cr_assert_eq(p.r.dates[0].day, 1);
  cr_assert_eq(p.r.dates[1].year, 202312);
  cr_assert_eq(p.r.dates[1].day, 31);
  cr_assert_eq(line_of(&p, p.r.dates[0].span.start), 17);
  done(&p);
}

Test(facts, seed_003_township) {
  parsed p;
  parse_file(&p, "seeds/003_69ffdec4135fbbc4.txt");
  cr_assert_eq(p.r.year, 2023);
  assert_span(&p, p.r.year_span, "2023");
  cr_assert_eq(line_of(&p, p.r.year_span.start), 3);
  assert_span(&p, p.r.organ, "叶城县喀格勒克镇");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_TOWNSHIP);
  assert_signature(&p, 2024, 1, 16, 93);
  done(&p);
}

Test(facts, seed_004_jishan) {
  parsed p;
  parse_file(&p, "seeds/004_0314ef866540f3da.txt");
  cr_assert_eq(p.r.year, 2023);
  assert_span(&p, p.r.organ, "稷山县人民政府");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  /* Organ on line 3, year and "报告" on line 5. */
  cr_assert_eq(line_of(&p, p.r.title.start), 3);
  cr_assert_eq(line_of(&p, p.r.title.end), 5);
  assert_signature(&p, 2024, 2, 19, 95);
  done(&p);
}

Test(facts, report_hongze_2023) {
  parsed p;
  parse_file(&p, "reports/hongze-2023.txt");
  cr_assert_eq(p.r.year, 2023);
  /* Not from the "source:" line 1, which quotes the title inside a long line. */
  cr_assert_eq(line_of(&p, p.r.year_span.start), 4);
  assert_span(&p, p.r.organ, "洪泽区人民政府");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_eq(p.r.signature_date, -1);
  done(&p);
}

Test(facts, report_hongze_2024) {
  parsed p;
  parse_file(&p, "reports/hongze-2024.txt");
  cr_assert_eq(p.r.year, 2024);
  assert_span(&p, p.r.organ, "淮安市洪泽区人民政府");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_eq(p.r.signature_date, -1);
  done(&p);
}

Test(facts, report_huaian_2024) {
  parsed p;
  parse_file(&p, "reports/huaian-2024.txt");
  cr_assert_eq(p.r.year, 2024);
  cr_assert_eq(p.r.template_id, NB_TPL_2021);
  assert_span(&p, p.r.organ, "淮安市人民政府");
  cr_assert_eq(p.r.organ_kind, NB_ORGAN_GOVERNMENT);
  cr_assert_eq(p.r.signature_date, -1);
  done(&p);
}

/* ---------------------------------------------------------------- year fallbacks */

Test(facts, year_from_statistics_period_picks_2019_template) {
  parsed p;
  parse_text(&p,
             "某县人民政府信息公开年报\n\n本报告数据统计期限自 2020 年 1 月 1 日起至 2020 年 12 "
             "月 31 日止。\n\n一、总体情况\n\n正文。\n");
  cr_assert_eq(p.r.year, 2020);
  assert_span(&p, p.r.year_span, "2020");
  cr_assert_eq(p.r.template_id, NB_TPL_2019);
  cr_assert_eq(p.r.tpl, nb_template_get(NB_TPL_2019));
  done(&p);
}

Test(facts, year_from_signature) {
  parsed p;
  parse_text(&p, "信息公开年报\n\n六、其他需要报告的事项\n\n无。\n\n某县公安局\n\n2022年1月20日\n");
  assert_signature(&p, 2022, 1, 20, 9);
  cr_assert_eq(p.r.year, 2021);
  cr_assert_eq(p.r.template_id, NB_TPL_2021);
  done(&p);
}

Test(facts, unknown_year_uses_current_template) {
  parsed p;
  parse_text(&p, "一、总体情况\n\n正文。\n");
  cr_assert_eq(p.r.year, 0);
  cr_assert_eq(p.r.template_id, NB_TPL_2021);
  cr_assert_eq(p.r.signature_date, -1);
  done(&p);
}

Test(facts, date_inside_prose_is_no_signature) {
  parsed p;
  parse_text(
      &p,
      "六、其他需要报告的事项\n\n报告中所列数据统计期限自2023年1月1日始，至2023年12月31日止。\n");
  cr_assert_eq(p.r.ndates, 2);
  cr_assert_eq(p.r.signature_date, -1);
  done(&p);
}

Test(facts, empty_text) {
  parsed p;
  parse_text(&p, "");
  cr_assert_eq(p.r.year, 0);
  cr_assert_eq(p.r.nsections, 0);
  cr_assert_eq(p.r.ndates, 0);
  done(&p);
}

/* nb_find_title_year jumps from one ASCII digit to the next: the year is found wherever it
 * stands, but never as the tail of a longer number, and the range's bounds hold. */
Test(facts, title_year_between_other_digits) {
  nb_span at;
  int year = 0;
  const char *t = "某某县人民政府12020年政府信息公开工作年度报告，2023年政府信息公开工作年度报告";
  cr_assert(nb_find_title_year(t, 0, strlen(t), &at, &year));
  cr_expect_eq(year, 2023);
  cr_expect_eq(at.end - at.start, 4);
  cr_expect_eq(memcmp(t + at.start, "2023", 4), 0);
  /* Full-width digits before ASCII ones make them a number's tail too. */
  const char *wide = "１2022年度政府信息公开工作年度报告";
  cr_expect_not(nb_find_title_year(wide, 0, strlen(wide), &at, &year));
  /* The range ends inside the year: not read. */
  const char *cut = "2021年政府信息公开工作年度报告";
  cr_expect_not(nb_find_title_year(cut, 0, 3, &at, &year));
  cr_expect_not(nb_find_title_year(cut, 1, strlen(cut), &at, &year));
  cr_assert(nb_find_title_year(cut, 0, strlen(cut), &at, &year));
  cr_expect_eq(year, 2021);
  cr_expect_eq(at.start, 0);
}
