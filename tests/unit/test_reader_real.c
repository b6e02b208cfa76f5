/* nb_read_table on the real reports (../shared/seeds, ../shared/reports) with the 2021
 * template. Every expected number below was read by hand from the raw text files. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/template.h"
#include "layout/stream.h"
#include "layout/table_reader.h"

#include "test_tokenize_support.h"

typedef struct {
  char *text;
  size_t len;
  nb_stream stream;
  nb_table tables[NB_TABLE_COUNT];
} report;

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* Real texts: a line of tabs and spaces only is blank, as it is to a Markdown reader. */
static void split_lines(nb_stream *s, const char *text, size_t len) {
  lines_to_stream_n(s, text, len, " \t");
}

/* Section titles as the reports write them; the numeral alone would also find row labels of
 * table 三 ("二、上年结转…", "四、结转下年度…"). */
static const char *const section_titles[] = {
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议",
    "五、存在的主要问题",
};

/* Index of the first line item containing `needle`, or -1. */
static int find_item(const nb_stream *s, const char *needle, int from) {
  size_t n = strlen(needle);
  for (int i = from; i < s->nitems; i++) {
    const nb_stream_item *it = &s->items[i];
    const char *p = s->text + it->span.start;
    size_t len = it->span.end - it->span.start;
    for (size_t k = 0; k + n <= len; k++)
      if (memcmp(p + k, needle, n) == 0)
        return i;
  }
  return -1;
}

static void load(report *r, const char *rel) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", NB_SHARED_DIR, rel);
  r->text = slurp(path, &r->len);
  split_lines(&r->stream, r->text, r->len);
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  int heading[4];
  for (int k = 0; k < 4; k++) {
    heading[k] = find_item(&r->stream, section_titles[k], k ? heading[k - 1] + 1 : 0);
    cr_assert_geq(heading[k], 0, "%s: no heading %s", rel, section_titles[k]);
  }
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    nb_table_init(&r->tables[t], (nb_table_id)t, tpl->tables[t]);
    nb_read_table(&r->stream, heading[t] + 1, heading[t + 1], tpl, (nb_table_id)t, &r->tables[t]);
  }
}

static void unload(report *r) {
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    nb_table_free(&r->tables[t]);
  nb_stream_free(&r->stream);
  free(r->text);
}

static int row_of(const nb_table *t, const char *label) {
  int r = nb_table_spec_find_row(t->spec, label);
  cr_assert_geq(r, 0, "no template row %s", label);
  return r;
}

/* The row is present and its cells hold exactly these values. */
static void expect_row(const nb_table *t, int row, const double *want, int n) {
  const nb_row *r = &t->rows[row];
  cr_assert(r->present, "row %d (%s) not present", row,
            t->spec->rows[row].label ? t->spec->rows[row].label : "(unlabelled)");
  cr_assert_eq(r->ncells, n, "row %d: %d cells, expected %d", row, r->ncells, n);
  for (int k = 0; k < n; k++) {
    cr_expect_eq(r->cells[k].state, NB_CELL_VALUE, "row %d col %d: state %d", row, k,
                 r->cells[k].state);
    cr_expect(r->cells[k].value == want[k], "row %d col %d: %g, expected %g", row, k,
              r->cells[k].value, want[k]);
  }
}

static void expect_label_row(const nb_table *t, const char *label, const double *want, int n) {
  expect_row(t, row_of(t, label), want, n);
}

/* The cell's span holds exactly `text`. */
static void expect_cell_text(const report *r, const nb_cell *c, const char *text) {
  size_t n = strlen(text);
  cr_expect(c->span.end - c->span.start == n && memcmp(r->text + c->span.start, text, n) == 0,
            "cell span '%.*s', expected '%s'", (int)(c->span.end - c->span.start),
            r->text + c->span.start, text);
}

static const nb_table *tbl(const report *r, nb_table_id id) {
  return &r->tables[id];
}

#define ROW(t, label, ...)                                                                         \
  do {                                                                                             \
    const double want_[] = {__VA_ARGS__};                                                          \
    expect_label_row(t, label, want_, (int)(sizeof want_ / sizeof want_[0]));                      \
  } while (0)

static const char *const seven_zero_rows[] = {"二、上年结转政府信息公开申请数量",
                                              "1.属于国家秘密",
                                              "2.其他法律行政法规禁止公开",
                                              "3.危及“三安全一稳定”",
                                              "8.属于行政查询事项",
                                              "2.重复申请",
                                              "3.其他",
                                              NULL};

/* ---------------------------------------------------------------- seed 000: cell per line */

Test(reader_real, seed000_cell_per_line) {
  report r;
  load(&r, "seeds/000_9b15c16881e266a5.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  cr_assert(t2->found);
  cr_expect_eq(t2->unreadable, NB_UNREADABLE_NONE);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 1, 0, 6);
  ROW(t2, "行政许可", 15160);
  ROW(t2, "行政处罚", 1071);
  ROW(t2, "行政强制", 52);
  ROW(t2, "行政事业性收费", 937.08);
  cr_expect_eq(t2->layout, NB_LAYOUT_CELL_LINES);
  expect_cell_text(&r, &t2->rows[row_of(t2, "行政事业性收费")].cells[0], "937.08");

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_assert(t3->found);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 6, 0, 0, 0, 0, 0, 6);
  ROW(t3, "（一）予以公开", 3, 0, 0, 0, 0, 0, 3);
  ROW(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, 0, 0, 0, 0, 0, 2);
  ROW(t3, "1.本机关不掌握相关政府信息", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "（七）总计", 6, 0, 0, 0, 0, 0, 6);
  ROW(t3, "四、结转下年度继续办理", 0, 0, 0, 0, 0, 0, 0);
  for (int k = 0; seven_zero_rows[k]; k++)
    ROW(t3, seven_zero_rows[k], 0, 0, 0, 0, 0, 0, 0);
  /* Every data row of table 三 is there. */
  for (int k = 0; k < t3->spec->nrows; k++)
    if (t3->spec->rows[k].kind == NB_ROW_DATA)
      cr_expect(t3->rows[k].present, "row %s missing", t3->spec->rows[k].label);

  const nb_table *t4 = tbl(&r, NB_TABLE_REVIEW);
  cr_assert(t4->found);
  const double review[] = {0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  expect_row(t4, 0, review, 15);
  unload(&r);
}

/* ---------------------------------------------------------------- seed 001 */

Test(reader_real, seed001_outdated_row_and_rows_without_values) {
  report r;
  load(&r, "seeds/001_0e4e257e85503a3b.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  cr_assert(t2->found);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 13, 0, 13);
  const nb_row *norms = &t2->rows[row_of(t2, "行政规范性文件")];
  cr_assert_not_null(norms->outdated, "规范性文件 is the 2019 label");
  cr_expect_str_eq(norms->outdated->label, "规范性文件");
  ROW(t2, "行政许可", 12251);
  ROW(t2, "行政处罚", 1547);
  ROW(t2, "行政强制", 21);
  ROW(t2, "行政事业性收费", 14155);

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_assert(t3->found);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "二、上年结转政府信息公开申请数量", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "（七）总计", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "四、结转下年度继续办理", 0, 0, 0, 0, 0, 0, 0);
  /* （一） … （六）3 carry labels but no values: present, every cell blank. */
  const char *blank_rows[] = {"（一）予以公开", "1.属于国家秘密",
                              "5.要求行政机关确认或重新出具已获取信息", "3.其他", NULL};
  for (int k = 0; blank_rows[k]; k++) {
    const nb_row *row = &t3->rows[row_of(t3, blank_rows[k])];
    cr_expect(row->present, "%s not present", blank_rows[k]);
    for (int c = 0; c < row->ncells; c++)
      cr_expect_eq(row->cells[c].state, NB_CELL_BLANK, "%s col %d", blank_rows[k], c);
  }

  const nb_table *t4 = tbl(&r, NB_TABLE_REVIEW);
  const double zeros[15] = {0};
  expect_row(t4, 0, zeros, 15);
  unload(&r);
}

/* ---------------------------------------------------------------- seed 002: run together */

Test(reader_real, seed002_digits_run_together) {
  report r;
  load(&r, "seeds/002_dfbb28bce6ca2542.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  cr_assert(t2->found);
  cr_expect_eq(t2->unreadable, NB_UNREADABLE_NONE);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 2, 0, 2);
  ROW(t2, "行政许可", 0);
  ROW(t2, "行政事业性收费", 0);
  int norms = row_of(t2, "行政规范性文件");
  int found_run = -1;
  for (int k = 0; k < t2->nruns; k++)
    if (t2->runs[k].row == norms)
      found_run = k;
  cr_assert_geq(found_run, 0, "no run recorded for 202");
  cr_expect_eq(t2->runs[found_run].first_col, 0);
  cr_expect_eq(t2->runs[found_run].ncells, 3);
  cr_expect_eq(memcmp(r.text + t2->runs[found_run].span.start, "202", 3), 0);
  cr_expect_eq(t2->runs[found_run].span.end - t2->runs[found_run].span.start, 3);
  cr_expect_eq(t2->rows[norms].cells[2].run_together, found_run);
  expect_cell_text(&r, &t2->rows[norms].cells[0], "2");
  cr_expect_eq(t2->rows[norms].cells[0].span.start + 2, t2->rows[norms].cells[2].span.start);

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  int data_rows = 0;
  for (int k = 0; k < t3->spec->nrows; k++) {
    if (t3->spec->rows[k].kind != NB_ROW_DATA)
      continue;
    data_rows++;
    const double zeros[7] = {0};
    expect_row(t3, k, zeros, 7);
    cr_expect_geq(t3->rows[k].cells[6].run_together, 0);
  }
  /* 25 rows of "0000000": one run each, plus 规章's "000" and 202 in table 二. */
  cr_expect_eq(t3->nruns, data_rows);
  cr_expect_eq(data_rows, 25);

  const nb_table *t4 = tbl(&r, NB_TABLE_REVIEW);
  const double zeros15[15] = {0};
  expect_row(t4, 0, zeros15, 15);
  cr_assert_eq(t4->nruns, 1);
  cr_expect_eq(t4->runs[0].ncells, 15);
  unload(&r);
}

/* ---------------------------------------------------------------- seed 003: tab, ragged */

Test(reader_real, seed003_ragged_table_is_unreadable) {
  report r;
  load(&r, "seeds/003_69ffdec4135fbbc4.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  cr_expect_eq(t2->unreadable, NB_UNREADABLE_NONE);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 0, 0, 0);
  ROW(t2, "行政许可", 0);
  ROW(t2, "行政处罚", 0);
  ROW(t2, "行政强制", 0);
  ROW(t2, "行政事业性收费", 0);
  cr_expect_eq(t2->layout, NB_LAYOUT_TAB);

  /* Leaf rows of table 三 carry six values for seven columns: not readable. */
  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_assert(t3->found);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_RAGGED);
  cr_expect_eq(t3->unreadable_row, row_of(t3, "1.属于国家秘密"));
  cr_expect_eq(t3->unreadable_expected, 7);
  cr_expect_eq(t3->unreadable_found, 6);
  const char *line = "1.属于国家秘密";
  cr_expect_eq(memcmp(r.text + t3->unreadable_span.start, line, strlen(line)), 0);

  const nb_table *t4 = tbl(&r, NB_TABLE_REVIEW);
  cr_expect_eq(t4->unreadable, NB_UNREADABLE_NONE);
  const double zeros15[15] = {0};
  expect_row(t4, 0, zeros15, 15);
  unload(&r);
}

/* ---------------------------------------------------------------- seed 004: tab */

Test(reader_real, seed004_tab_separated) {
  report r;
  load(&r, "seeds/004_0314ef866540f3da.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 2, 3, 19);
  ROW(t2, "行政许可", 11424);
  ROW(t2, "行政处罚", 826);
  ROW(t2, "行政强制", 192);
  ROW(t2, "行政事业性收费", 3629);

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 12, 0, 0, 0, 0, 0, 12);
  ROW(t3, "（一）予以公开", 4, 0, 0, 0, 0, 0, 4);
  ROW(t3, "1.本机关不掌握相关政府信息", 8, 0, 0, 0, 0, 0, 8);
  ROW(t3, "（七）总计", 12, 0, 0, 0, 0, 0, 12);
  for (int k = 0; seven_zero_rows[k]; k++)
    ROW(t3, seven_zero_rows[k], 0, 0, 0, 0, 0, 0, 0);
  /* "2. 其他法律法规禁止公开" misses 行政: a typo of the official label. */
  cr_expect_eq(t3->rows[row_of(t3, "2.其他法律行政法规禁止公开")].match, NB_MATCH_TYPO);
  cr_expect_eq(t3->rows[row_of(t3, "1.属于国家秘密")].match, NB_MATCH_EXACT);
  /* The group label beside 1. 属于国家秘密 is recognised. */
  cr_expect(t3->rows[row_of(t3, "（三）不予公开")].present);

  const double review[] = {0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  expect_row(tbl(&r, NB_TABLE_REVIEW), 0, review, 15);
  unload(&r);
}

/* ---------------------------------------------------------------- pdftotext reports */

Test(reader_real, hongze2023_spaced) {
  report r;
  load(&r, "reports/hongze-2023.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  ROW(t2, "规章", 0, 0, 0);
  ROW(t2, "行政规范性文件", 0, 5, 5);
  ROW(t2, "行政许可", 550);
  ROW(t2, "行政处罚", 4119);
  ROW(t2, "行政强制", 195);
  ROW(t2, "行政事业性收费", 7730.28);
  cr_expect_eq(t2->layout, NB_LAYOUT_SPACED);

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 21, 0, 0, 0, 0, 0, 21);
  ROW(t3, "（一）予以公开", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 4, 0, 0, 0, 0, 0, 4);
  ROW(t3, "1.属于国家秘密", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "2.其他法律行政法规禁止公开", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "6.属于四类过程性信息", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "7.属于行政执法案卷", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "1.本机关不掌握相关政府信息", 10, 0, 0, 0, 0, 0, 10);
  ROW(t3, "2.没有现成信息需要另行制作", 3, 0, 0, 0, 0, 0, 3);
  ROW(t3, "1.信访举报投诉类申请", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "4.无正当理由大量反复申请", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "5.要求行政机关确认或重新出具已获取信息", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "（七）总计", 21, 0, 0, 0, 0, 0, 21);
  ROW(t3, "四、结转下年度继续办理", 0, 0, 0, 0, 0, 0, 0);
  cr_expect_eq(t3->rows[row_of(t3, "2.其他法律行政法规禁止公开")].match, NB_MATCH_TYPO);
  /* （二）'s label is broken over two lines above its numbers: both pieces belong to it. */
  const nb_row *part =
      &t3->rows[row_of(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")];
  cr_expect_eq(part->match, NB_MATCH_EXACT);
  /* 2019 layout: （六）其他处理 carries the numbers itself. */
  const nb_row *other = &t3->rows[row_of(t3, "（六）其他处理")];
  cr_expect(other->group_as_data);
  for (int c = 0; c < 7; c++) {
    cr_expect_eq(other->cells[c].state, NB_CELL_VALUE);
    cr_expect(other->cells[c].value == 0);
  }
  cr_expect_not(t3->rows[row_of(t3, "3.其他")].present);

  const double review[] = {10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0};
  expect_row(tbl(&r, NB_TABLE_REVIEW), 0, review, 15);
  expect_cell_text(&r, &tbl(&r, NB_TABLE_REVIEW)->rows[0].cells[0], "10");
  unload(&r);
}

Test(reader_real, hongze2024_spaced) {
  report r;
  load(&r, "reports/hongze-2024.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  ROW(t2, "行政规范性文件", 3, 0, 8);
  ROW(t2, "行政许可", 9487);
  ROW(t2, "行政处罚", 2776);
  ROW(t2, "行政强制", 84);
  ROW(t2, "行政事业性收费", 7545);
  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 95, 0, 0, 0, 0, 0, 95);
  ROW(t3, "（一）予以公开", 50, 0, 0, 0, 0, 0, 50);
  ROW(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 9, 0, 0, 0, 0, 0, 9);
  ROW(t3, "3.危及“三安全一稳定”", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "1.本机关不掌握相关政府信息", 31, 0, 0, 0, 0, 0, 31);
  ROW(t3, "2.没有现成信息需要另行制作", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "（七）总计", 95, 0, 0, 0, 0, 0, 95);
  const double review[] = {1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3};
  expect_row(tbl(&r, NB_TABLE_REVIEW), 0, review, 15);
  unload(&r);
}

Test(reader_real, huaian2024_spaced_with_vertical_labels) {
  report r;
  load(&r, "reports/huaian-2024.txt");
  const nb_table *t2 = tbl(&r, NB_TABLE_ACTIVE);
  ROW(t2, "规章", 1, 0, 11);
  ROW(t2, "行政规范性文件", 8, 26, 66);
  ROW(t2, "行政许可", 447228);
  ROW(t2, "行政处罚", 3985758);
  ROW(t2, "行政强制", 88283);
  ROW(t2, "行政事业性收费", 96171.6);

  const nb_table *t3 = tbl(&r, NB_TABLE_APPLICATIONS);
  cr_expect_eq(t3->unreadable, NB_UNREADABLE_NONE);
  ROW(t3, "一、本年新收政府信息公开申请数量", 3001, 53, 0, 0, 61, 4, 3119);
  ROW(t3, "二、上年结转政府信息公开申请数量", 34, 0, 0, 0, 0, 0, 34);
  ROW(t3, "（一）予以公开", 1288, 21, 0, 0, 50, 3, 1362);
  ROW(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 447, 7, 0, 0, 0, 0, 454);
  ROW(t3, "1.属于国家秘密", 2, 0, 0, 0, 0, 0, 2);
  ROW(t3, "2.其他法律行政法规禁止公开", 30, 1, 0, 0, 0, 0, 31);
  ROW(t3, "3.危及“三安全一稳定”", 5, 0, 0, 0, 0, 0, 5);
  ROW(t3, "4.保护第三方合法权益", 6, 0, 0, 0, 0, 0, 6);
  ROW(t3, "5.属于三类内部事务信息", 7, 1, 0, 0, 0, 0, 8);
  ROW(t3, "6.属于四类过程性信息", 12, 0, 0, 0, 0, 0, 12);
  ROW(t3, "7.属于行政执法案卷", 9, 0, 0, 0, 0, 0, 9);
  ROW(t3, "8.属于行政查询事项", 105, 0, 0, 0, 0, 0, 105);
  ROW(t3, "1.本机关不掌握相关政府信息", 746, 12, 0, 0, 10, 1, 769);
  ROW(t3, "2.没有现成信息需要另行制作", 11, 0, 0, 0, 0, 0, 11);
  ROW(t3, "3.补正后申请内容仍不明确", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "1.信访举报投诉类申请", 56, 6, 0, 0, 0, 0, 62);
  ROW(t3, "2.重复申请", 25, 0, 0, 0, 0, 0, 25);
  ROW(t3, "3.要求提供公开出版物", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "4.无正当理由大量反复申请", 0, 0, 0, 0, 0, 0, 0);
  ROW(t3, "5.要求行政机关确认或重新出具已获取信息", 1, 0, 0, 0, 0, 0, 1);
  ROW(t3, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 67, 3, 0, 0, 1, 0,
      71);
  ROW(t3, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 6, 0, 0, 0, 0,
      0, 6);
  ROW(t3, "3.其他", 108, 2, 0, 0, 0, 0, 110);
  ROW(t3, "（七）总计", 2932, 53, 0, 0, 61, 4, 3050);
  ROW(t3, "四、结转下年度继续办理", 103, 0, 0, 0, 0, 0, 103);
  /* Labels broken around their numbers are pieced together. */
  cr_expect_eq(
      t3->rows[row_of(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")].match,
      NB_MATCH_EXACT);
  cr_expect_not(t3->rows[row_of(t3, "（六）其他处理")].group_as_data);

  const double review[] = {72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20};
  expect_row(tbl(&r, NB_TABLE_REVIEW), 0, review, 15);
  unload(&r);
}
