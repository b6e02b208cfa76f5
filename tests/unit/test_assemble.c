/* nb_assemble_table on observed rows built by hand: every cell's span is found in the text, a
 * blank grid cell is an empty span where it stands. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/template.h"
#include "layout/cells.h"

typedef struct {
  const char *text;
  nb_stream s;
  nb_obs_table obs;
  size_t at; /* search position: cells are found left to right */
  nb_table t;
} fixture;

static void begin(fixture *f, const char *text, nb_table_id id) {
  memset(f, 0, sizeof *f);
  f->text = text;
  nb_stream_init(&f->s, text, strlen(text));
  nb_table_init(&f->t, id, nb_template_get(NB_TPL_2021)->tables[id]);
}

static void finish(fixture *f) {
  nb_obs_table_free(&f->obs);
  nb_stream_free(&f->s);
  nb_table_free(&f->t);
}

static size_t find(fixture *f, const char *needle) {
  const char *p = strstr(f->text + f->at, needle);
  cr_assert_not_null(p, "'%s' not found after %zu", needle, f->at);
  return (size_t)(p - f->text);
}

/* A row of cells; "" is a blank grid cell (at the current position). NULL ends the list. */
static nb_obs_row *row(fixture *f, nb_layout layout, bool grid, ...) {
  nb_obs_row *r = nb_obs_table_add_row(&f->obs);
  r->layout = layout;
  r->grid = grid;
  r->span.start = f->at;
  va_list ap;
  va_start(ap, grid);
  int col = 0;
  for (const char *cell = va_arg(ap, const char *); cell; cell = va_arg(ap, const char *)) {
    nb_obs_cell *c = nb_obs_row_add_cell(r);
    c->col = grid ? col++ : -1;
    if (!*cell) {
      c->span = nb_span_make(f->at, f->at);
      continue;
    }
    size_t start = find(f, cell);
    c->span = nb_span_make(start, start + strlen(cell));
    f->at = c->span.end;
  }
  va_end(ap);
  r->span.end = f->at;
  return r;
}

#define GRID(f, ...) row(f, NB_LAYOUT_PIPE, true, __VA_ARGS__, NULL)
#define LINE(f, ...) row(f, NB_LAYOUT_CELL_LINES, false, __VA_ARGS__, NULL)
#define SPACED(f, ...) row(f, NB_LAYOUT_SPACED, false, __VA_ARGS__, NULL)

static void assemble(fixture *f) {
  nb_assemble_table(&f->s, &f->obs, nb_template_get(NB_TPL_2021), f->t.id, &f->t);
}

static const nb_row *trow(fixture *f, const char *label) {
  int r = nb_table_spec_find_row(f->t.spec, label);
  cr_assert_geq(r, 0, "%s", label);
  return &f->t.rows[r];
}

static void expect_span_text(fixture *f, nb_span s, const char *want) {
  size_t n = strlen(want);
  cr_expect(s.end - s.start == n && memcmp(f->text + s.start, want, n) == 0,
            "span '%.*s', expected '%s'", (int)(s.end - s.start), f->text + s.start, want);
}

Test(assemble, run_together_digits_are_split_and_recorded) {
  fixture f;
  begin(&f, "第二十条第（一）项\n规章\n000\n行政规范性文件\n202\n", NB_TABLE_ACTIVE);
  LINE(&f, "第二十条第（一）项");
  LINE(&f, "规章");
  LINE(&f, "000");
  LINE(&f, "行政规范性文件");
  LINE(&f, "202");
  assemble(&f);
  cr_assert(f.t.found);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const nb_row *norms = trow(&f, "行政规范性文件");
  cr_assert(norms->present);
  cr_expect(norms->cells[0].value == 2 && norms->cells[1].value == 0 && norms->cells[2].value == 2);
  cr_assert_eq(f.t.nruns, 2);
  cr_expect_eq(f.t.runs[1].row, 1);
  cr_expect_eq(f.t.runs[1].first_col, 0);
  cr_expect_eq(f.t.runs[1].ncells, 3);
  expect_span_text(&f, f.t.runs[1].span, "202");
  cr_expect_eq(norms->cells[1].run_together, 1);
  /* Each split cell points at its own digit. */
  cr_expect_eq(norms->cells[1].span.start, f.t.runs[1].span.start + 1);
  cr_expect_eq(norms->cells[1].span.end, f.t.runs[1].span.start + 2);
  finish(&f);
}

Test(assemble, run_together_count_mismatch_is_unreadable) {
  fixture f;
  begin(&f, "规章\n00\n", NB_TABLE_ACTIVE);
  LINE(&f, "规章");
  LINE(&f, "00");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_RUN_TOGETHER);
  cr_expect_eq(f.t.unreadable_row, 0);
  cr_expect_eq(f.t.unreadable_expected, 3);
  /* The message says "3 cells expected, N digits found": N counts the digits of "00". */
  cr_expect_eq(f.t.unreadable_found, 2);
  expect_span_text(&f, f.t.unreadable_span, "规章\n00");
  finish(&f);
}

Test(assemble, ragged_row_is_unreadable) {
  fixture f;
  begin(&f,
        "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        NB_TABLE_APPLICATIONS);
  GRID(&f, "一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1");
  GRID(&f, "1.属于国家秘密", "0", "0", "0", "0", "0", "0");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_RAGGED);
  cr_expect_eq(f.t.unreadable_row, 6);
  cr_expect_eq(f.t.unreadable_expected, 7);
  cr_expect_eq(f.t.unreadable_found, 6);
  /* The readable row is still read. */
  cr_expect(trow(&f, "一、本年新收政府信息公开申请数量")->cells[6].value == 1);
  finish(&f);
}

Test(assemble, values_notes_placeholders_blanks_and_invalid) {
  fixture f;
  begin(&f, "| 规章 | / |  | -3 |\n| 行政规范性文件 | 22（其中修订16件） | 1.5 | 22 |\n",
        NB_TABLE_ACTIVE);
  GRID(&f, "规章", "/", "", "-3");
  GRID(&f, "行政规范性文件", "22（其中修订16件）", "1.5", "22");
  assemble(&f);
  const nb_row *rules = trow(&f, "规章");
  cr_expect_eq(rules->cells[0].state, NB_CELL_PLACEHOLDER);
  cr_expect_eq(rules->cells[1].state, NB_CELL_BLANK);
  cr_expect(nb_span_is_empty(rules->cells[1].span));
  cr_expect_eq(rules->cells[2].state, NB_CELL_INVALID);
  expect_span_text(&f, rules->cells[2].span, "-3");
  const nb_row *norms = trow(&f, "行政规范性文件");
  cr_expect_eq(norms->cells[0].state, NB_CELL_VALUE);
  cr_expect(norms->cells[0].value == 22);
  expect_span_text(&f, norms->cells[0].span, "22");
  expect_span_text(&f, norms->cells[0].note, "（其中修订16件）");
  cr_expect_eq(norms->cells[1].state, NB_CELL_INVALID);
  cr_expect(norms->cells[2].value == 22);
  cr_expect_eq(f.t.layout, NB_LAYOUT_PIPE);
  finish(&f);
}

Test(assemble, outdated_row_label_fills_its_replacement) {
  fixture f;
  begin(&f, "规范性文件\n1\n0\n6\n政府集中采购\n3\n", NB_TABLE_ACTIVE);
  LINE(&f, "规范性文件");
  LINE(&f, "1");
  LINE(&f, "0");
  LINE(&f, "6");
  LINE(&f, "政府集中采购");
  LINE(&f, "3");
  assemble(&f);
  const nb_row *norms = trow(&f, "行政规范性文件");
  cr_assert(norms->present);
  cr_assert_not_null(norms->outdated);
  cr_expect_str_eq(norms->outdated->replacement, "行政规范性文件");
  cr_expect(norms->cells[0].value == 1 && norms->cells[2].value == 6);
  expect_span_text(&f, norms->label, "规范性文件");
  /* An older row with no place here: recorded as an outdated label, its values ignored. */
  bool seen = false;
  for (int h = 0; h < f.t.nheaders; h++)
    if (f.t.headers[h].kind == NB_LABEL_ROW && f.t.headers[h].outdated) {
      seen = true;
      expect_span_text(&f, f.t.headers[h].span, "政府集中采购");
    }
  cr_expect(seen);
  cr_expect_not(trow(&f, "行政许可")->present);
  finish(&f);
}

Test(assemble, group_row_with_numbers_is_2019_layout) {
  fixture f;
  begin(&f, "（五）不予处理\n（六）其他处理 0 0 0 0 0 0 0\n（七）总计 2 0 0 0 0 0 2\n",
        NB_TABLE_APPLICATIONS);
  LINE(&f, "（五）不予处理");
  SPACED(&f, "（六）其他处理", "0", "0", "0", "0", "0", "0", "0");
  SPACED(&f, "（七）总计", "2", "0", "0", "0", "0", "0", "2");
  assemble(&f);
  const nb_row *other = trow(&f, "（六）其他处理");
  cr_expect(other->present);
  cr_expect(other->group_as_data);
  cr_expect_eq(other->cells[0].state, NB_CELL_VALUE);
  cr_expect_not(
      trow(&f, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")->present);
  cr_expect_not(trow(&f, "3.其他")->present);
  cr_expect(trow(&f, "（七）总计")->cells[0].value == 2);
  cr_expect_not(trow(&f, "（五）不予处理")->group_as_data);
  finish(&f);
}

Test(assemble, broken_label_around_its_numbers) {
  fixture f;
  begin(&f, "（二）部分公开（区分处理的，只计这一情\n447 7 0 0 0 0 454\n形，不计其他情形）\n",
        NB_TABLE_APPLICATIONS);
  LINE(&f, "（二）部分公开（区分处理的，只计这一情");
  SPACED(&f, "447", "7", "0", "0", "0", "0", "454");
  LINE(&f, "形，不计其他情形）");
  assemble(&f);
  const nb_row *part = trow(&f, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  cr_assert(part->present);
  cr_expect_eq(part->match, NB_MATCH_EXACT);
  cr_expect(part->cells[0].value == 447 && part->cells[6].value == 454);
  expect_span_text(&f, part->label,
                   "（二）部分公开（区分处理的，只计这一情\n447 7 0 0 0 0 454\n形，不计其他情形）");
  finish(&f);
}

Test(assemble, split_label_columns_most_specific_decides) {
  fixture f;
  begin(&f,
        "| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
        NB_TABLE_APPLICATIONS);
  GRID(&f, "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0",
       "1");
  assemble(&f);
  const nb_row *secret = trow(&f, "1.属于国家秘密");
  cr_assert(secret->present);
  cr_expect(secret->cells[0].value == 1);
  expect_span_text(&f, secret->label, "1.属于国家秘密");
  cr_expect(trow(&f, "（三）不予公开")->present);
  cr_expect(trow(&f, "三、本年度办理结果")->present);
  cr_expect_not(trow(&f, "（三）不予公开")->group_as_data);
  finish(&f);
}

Test(assemble, prose_is_skipped_and_unlabelled_values_follow_order) {
  fixture f;
  begin(&f,
        "本年度共收到申请6件，均已办结。\n一、本年新收政府信息公开申请数量 6 0 0 0 0 0 6\n"
        "0 0 0 0 0 0 0\n",
        NB_TABLE_APPLICATIONS);
  LINE(&f, "本年度共收到申请6件，均已办结。");
  SPACED(&f, "一、本年新收政府信息公开申请数量", "6", "0", "0", "0", "0", "0", "6");
  SPACED(&f, "0", "0", "0", "0", "0", "0", "0");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const nb_row *carried = trow(&f, "二、上年结转政府信息公开申请数量");
  cr_assert(carried->present);
  cr_expect_eq(carried->match, NB_MATCH_POSITIONAL);
  /* The table starts at its first row, not at the prose above it. */
  cr_expect_eq(f.t.span.start, (size_t)(strstr(f.text, "一、") - f.text));
  cr_expect_eq(f.t.layout, NB_LAYOUT_SPACED);
  finish(&f);
}

/* Each row keeps exactly its own values, in order, whether they come one per line after their
 * label, on the label's line among blank fields, or in grid cells after a blank one. */
Test(assemble, every_row_keeps_its_own_values) {
  fixture f;
  begin(&f,
        "一、本年新收政府信息公开申请数量\n11\n12\n13\n14\n15\n16\n17\n"
        "二、上年结转政府信息公开申请数量 21 22 23 24 25 26 27\n"
        "| | （一）予以公开 | 31 | 32 | 33 | 34 | 35 | 36 | 37 |\n",
        NB_TABLE_APPLICATIONS);
  LINE(&f, "一、本年新收政府信息公开申请数量");
  const char *ones[] = {"11", "12", "13", "14", "15", "16", "17"};
  for (int k = 0; k < 7; k++)
    LINE(&f, ones[k]);
  SPACED(&f, "二、上年结转政府信息公开申请数量", "", "21", "22", "23", "", "24", "25", "26", "27");
  GRID(&f, "", "（一）予以公开", "31", "32", "33", "34", "35", "36", "37");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const char *labels[] = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                          "（一）予以公开"};
  for (int r = 0; r < 3; r++) {
    const nb_row *row = trow(&f, labels[r]);
    cr_assert(row->present, "%s", labels[r]);
    cr_assert_eq(row->ncells, 7);
    for (int k = 0; k < 7; k++) {
      cr_expect_eq(row->cells[k].state, NB_CELL_VALUE, "%s [%d]", labels[r], k);
      cr_expect(row->cells[k].value == 10 * (r + 1) + k + 1, "%s [%d] = %g", labels[r], k,
                row->cells[k].value);
    }
  }
  finish(&f);
}

Test(assemble, review_row_is_the_row_of_numbers_that_fits) {
  fixture f;
  begin(&f, "行政复议\n2023\n结果维持 总计\n0 1 0 0 1 0 0 0 0 0 0 0 0 0 0\n", NB_TABLE_REVIEW);
  LINE(&f, "行政复议");
  LINE(&f, "2023");
  SPACED(&f, "结果维持", "总计");
  SPACED(&f, "0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const nb_row *r = &f.t.rows[0];
  cr_assert(r->present);
  cr_expect(r->cells[1].value == 1 && r->cells[4].value == 1 && r->cells[14].value == 0);
  cr_expect_eq(r->match, NB_MATCH_POSITIONAL);
  /* The header cells were recognised as columns. */
  cr_expect_geq(f.t.nheaders, 2);
  finish(&f);
}

Test(assemble, column_headers_with_typos_are_recorded) {
  fixture f;
  begin(&f, "信息内容 本年制发件数 本年废止件数 现行有效件\n规章 0 0 0\n", NB_TABLE_ACTIVE);
  SPACED(&f, "信息内容", "本年制发件数", "本年废止件数", "现行有效件");
  SPACED(&f, "规章", "0", "0", "0");
  assemble(&f);
  cr_assert_eq(f.t.nheaders, 3);
  cr_expect_eq(f.t.headers[2].kind, NB_LABEL_COLUMN);
  cr_expect_eq(f.t.headers[2].index, 2);
  /* One code point short and never completed by a later piece: a misspelling. */
  cr_expect_eq(f.t.headers[2].match, NB_MATCH_TYPO);
  cr_expect_str_eq(f.t.headers[2].official, "现行有效件数");
  finish(&f);
}

/* Table 四 repeats its five column labels in each of its three groups (columns 0–4, 5–9, 10–14):
 * a header is the first column of its spelling after the previous header, and past the last
 * group the first column of that spelling. */
Test(assemble, repeated_column_labels_take_the_next_group) {
  fixture f;
  begin(&f, "结果维持 总计 结果维持 总计 尚未审结 总计 结果维持\n", NB_TABLE_REVIEW);
  SPACED(&f, "结果维持", "总计", "结果维持", "总计", "尚未审结", "总计", "结果维持");
  assemble(&f);
  const int want[] = {0, 4, 5, 9, 13, 14, 0};
  cr_assert_eq(f.t.nheaders, 7);
  for (int h = 0; h < 7; h++) {
    cr_expect_eq(f.t.headers[h].kind, NB_LABEL_COLUMN);
    cr_expect_eq(f.t.headers[h].block, 0);
    cr_expect_eq(f.t.headers[h].index, want[h], "header %d: index %d, expected %d", h,
                 f.t.headers[h].index, want[h]);
  }
  finish(&f);
}

Test(assemble, cut_label_far_from_complete_stays_partial) {
  fixture f;
  begin(&f, "（四）无 1.本机关不掌握相关政府信息 8 0 0 0 0 0 8\n", NB_TABLE_APPLICATIONS);
  SPACED(&f, "（四）无", "1.本机关不掌握相关政府信息", "8", "0", "0", "0", "0", "0", "8");
  assemble(&f);
  const nb_row *group = trow(&f, "（四）无法提供");
  cr_expect(group->present);
  cr_expect_eq(group->match, NB_MATCH_PARTIAL);
  expect_span_text(&f, group->label, "（四）无");
  cr_expect(trow(&f, "1.本机关不掌握相关政府信息")->cells[0].value == 8);
  finish(&f);
}

Test(assemble, labels_without_values_are_blank_rows) {
  fixture f;
  begin(&f,
        "（一）予以公开\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n（七）总计\n0\n0"
        "\n0\n0\n0\n0\n0\n",
        NB_TABLE_APPLICATIONS);
  LINE(&f, "（一）予以公开");
  LINE(&f, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  LINE(&f, "（七）总计");
  for (int k = 0; k < 7; k++)
    LINE(&f, "0");
  assemble(&f);
  const nb_row *pub = trow(&f, "（一）予以公开");
  cr_assert(pub->present);
  for (int c = 0; c < 7; c++)
    cr_expect_eq(pub->cells[c].state, NB_CELL_BLANK);
  const nb_row *total = trow(&f, "（七）总计");
  for (int c = 0; c < 7; c++)
    cr_expect_eq(total->cells[c].state, NB_CELL_VALUE);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  finish(&f);
}

Test(assemble, converter_tables_with_placeholder_headers) {
  fixture f;
  begin(&f,
        "| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |\n"
        "| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n"
        "| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 | 数据9 |\n"
        "| （三）不予公开 | 1.属于国家秘密 | 不适用 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        NB_TABLE_APPLICATIONS);
  GRID(&f, "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "数据7", "数据8");
  GRID(&f, "一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5");
  GRID(&f, "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "数据7", "数据8", "数据9");
  GRID(&f, "（三）不予公开", "1.属于国家秘密", "不适用", "0", "0", "0", "0", "0", "0");
  assemble(&f);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  cr_expect(trow(&f, "一、本年新收政府信息公开申请数量")->cells[6].value == 5);
  const nb_row *secret = trow(&f, "1.属于国家秘密");
  cr_assert(secret->present);
  /* Words in a value cell of a grid are an invalid cell, not prose. */
  cr_expect_eq(secret->cells[0].state, NB_CELL_INVALID);
  expect_span_text(&f, secret->cells[0].span, "不适用");
  cr_expect_eq(secret->cells[1].state, NB_CELL_VALUE);
  cr_expect_eq(f.t.nheaders, 0);
  finish(&f);
}

Test(assemble, nothing_found_in_prose) {
  fixture f;
  begin(&f, "本年度未发生政府信息公开行政复议、行政诉讼。\n", NB_TABLE_REVIEW);
  LINE(&f, "本年度未发生政府信息公开行政复议、行政诉讼。");
  assemble(&f);
  cr_expect_not(f.t.found);
  finish(&f);
}

/* A label that is no template label verbatim is matched once a thread: read again (the next
 * report, here the same table), it is answered from what the thread kept (asm_memo_find), and
 * must read the same. */
static void read_misspelt_table(void) {
  fixture f;
  begin(&f, "行政规范姓文件\n1\n0\n6\n", NB_TABLE_ACTIVE);
  LINE(&f, "行政规范姓文件");
  LINE(&f, "1");
  LINE(&f, "0");
  LINE(&f, "6");
  assemble(&f);
  const nb_row *norms = trow(&f, "行政规范性文件");
  cr_assert(norms->present);
  cr_expect_eq(norms->match, NB_MATCH_TYPO);
  cr_expect_null(norms->outdated);
  expect_span_text(&f, norms->label, "行政规范姓文件");
  cr_expect(norms->cells[0].value == 1 && norms->cells[1].value == 0 && norms->cells[2].value == 6);
  cr_expect_not(trow(&f, "规章")->present);
  finish(&f);
}

Test(assemble, misspelt_label_reads_the_same_when_asked_again) {
  read_misspelt_table();
  read_misspelt_table();
}

/* What may_name knows of a shared label set's labels is measured once a thread and kept: the
 * first table measures it, later ones read it kept. Two labels misspelt, read in either order
 * (the second of each pair with the measures kept), match their rows the same. */
static void read_misspelt_label(const char *text, const char *label, const char *row_label) {
  fixture f;
  begin(&f, text, NB_TABLE_ACTIVE);
  LINE(&f, label);
  LINE(&f, "4");
  assemble(&f);
  const nb_row *r = trow(&f, row_label);
  cr_assert(r->present, "%s", label);
  cr_expect_eq(r->match, NB_MATCH_TYPO, "%s", label);
  expect_span_text(&f, r->label, label);
  finish(&f);
}

Test(assemble, misspelt_labels_read_the_same_with_the_measures_kept) {
  read_misspelt_label("行政规范姓文件\n4\n", "行政规范姓文件", "行政规范性文件");
  read_misspelt_label("行政事业姓收费\n4\n", "行政事业姓收费", "行政事业性收费");
}

Test(assemble, misspelt_labels_read_the_same_with_the_measures_kept_other_order) {
  read_misspelt_label("行政事业姓收费\n4\n", "行政事业姓收费", "行政事业性收费");
  read_misspelt_label("行政规范姓文件\n4\n", "行政规范姓文件", "行政规范性文件");
}

/* A table keeps its first headers in room of its own block (nb_table_init) and moves them to an
 * allocation of their own past it: every header stays, in order. */
Test(assemble, headers_past_the_tables_own_room_are_all_kept) {
  static const char *const columns[] = {"本年制发件数", "本年废止件数", "现行有效件数"};
  enum { ROUNDS = 7, HEADERS = ROUNDS * 3 }; /* more than a table's block has room for */
  char text[HEADERS * 32] = "";
  for (int h = 0; h < HEADERS; h++) {
    strcat(text, columns[h % 3]);
    strcat(text, "\n");
  }
  fixture f;
  begin(&f, text, NB_TABLE_ACTIVE);
  for (int h = 0; h < HEADERS; h++)
    LINE(&f, columns[h % 3]);
  assemble(&f);
  cr_assert(f.t.found);
  cr_assert_eq(f.t.nheaders, HEADERS);
  f.at = 0;
  for (int h = 0; h < HEADERS; h++) {
    cr_expect_eq(f.t.headers[h].kind, NB_LABEL_COLUMN);
    cr_expect_str_eq(f.t.headers[h].official, columns[h % 3]);
    cr_expect_eq(f.t.headers[h].index, h % 3);
    size_t at = find(&f, columns[h % 3]);
    cr_expect_eq(f.t.headers[h].span.start, at);
    f.at = at + strlen(columns[h % 3]);
  }
  finish(&f);
}

/* A table whose cells need more than the thread's scratch room takes its values and rows from
 * the pool: read the same as a small one. */
Test(assemble, table_larger_than_the_scratch_room_is_read_the_same) {
  enum { STRAY = 1000 }; /* cells of a row of numbers before the table begins: ~100 KB of values */
  char *text = malloc(2 * STRAY + 64);
  cr_assert_not_null(text);
  size_t n = 0;
  for (int k = 0; k < STRAY; k++) {
    text[n++] = '7';
    text[n++] = k + 1 < STRAY ? ' ' : '\n';
  }
  strcpy(text + n, "规章 1 2 3\n");
  fixture f;
  begin(&f, text, NB_TABLE_ACTIVE);
  nb_obs_row *r = nb_obs_table_add_row(&f.obs);
  r->layout = NB_LAYOUT_SPACED;
  for (int k = 0; k < STRAY; k++) {
    nb_obs_cell *c = nb_obs_row_add_cell(r);
    c->span = nb_span_make(2 * (size_t)k, 2 * (size_t)k + 1);
  }
  r->span = nb_span_make(0, n - 1);
  f.at = n;
  SPACED(&f, "规章", "1", "2", "3");
  assemble(&f);
  cr_assert(f.t.found);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const nb_row *rules = trow(&f, "规章");
  cr_assert(rules->present);
  for (int k = 0; k < 3; k++) {
    cr_expect_eq(rules->cells[k].state, NB_CELL_VALUE);
    cr_expect(rules->cells[k].value == k + 1);
  }
  expect_span_text(&f, rules->cells[2].span, "3");
  expect_span_text(&f, rules->label, "规章");
  finish(&f);
  free(text);
}

/* Table 四 as one small table per column group, each under its group's name. The groups of a
 * built-in template are computed once a thread and kept (assemble.c's group_keys); a copy of the
 * template is no built-in one, so its table computes them afresh: all three reads agree. */
static void read_table_in_groups(const nb_template *tpl, double *values) {
  fixture f;
  begin(
      &f,
      "（一）行政复议\n1 0 0 0 1\n（二）未经复议直接起诉\n2 1 0 0 3\n（三）复议后起诉\n0 0 1 0 1\n",
      NB_TABLE_REVIEW);
  LINE(&f, "（一）行政复议");
  SPACED(&f, "1", "0", "0", "0", "1");
  LINE(&f, "（二）未经复议直接起诉");
  SPACED(&f, "2", "1", "0", "0", "3");
  LINE(&f, "（三）复议后起诉");
  SPACED(&f, "0", "0", "1", "0", "1");
  nb_assemble_table(&f.s, &f.obs, tpl, f.t.id, &f.t);
  cr_assert(f.t.found);
  cr_expect_eq(f.t.unreadable, NB_UNREADABLE_NONE);
  const nb_row *r = &f.t.rows[0];
  cr_assert(r->present);
  cr_assert_eq(r->ncells, 15);
  for (int k = 0; k < r->ncells; k++) {
    cr_expect_eq(r->cells[k].state, NB_CELL_VALUE, "column %d", k);
    values[k] = r->cells[k].value;
  }
  finish(&f);
}

Test(assemble, column_groups_read_the_same_with_the_groups_kept) {
  const nb_template *builtin = nb_template_get(NB_TPL_2021);
  nb_template copy = *builtin;
  static const double want[15] = {1, 0, 0, 0, 1, 2, 1, 0, 0, 3, 0, 0, 1, 0, 1};
  double first[15], kept[15], fresh[15];
  read_table_in_groups(builtin, first);
  read_table_in_groups(builtin, kept);
  read_table_in_groups(&copy, fresh);
  for (int k = 0; k < 15; k++) {
    cr_expect(first[k] == want[k], "column %d: %g", k, first[k]);
    cr_expect(kept[k] == want[k], "column %d: %g", k, kept[k]);
    cr_expect(fresh[k] == want[k], "column %d: %g", k, fresh[k]);
  }
}

/* A free-text row's values with empty cells among them are moved together cell by cell; without
 * any, read_cells' count lets them stay as read (take_values): both read the same. */
static void read_spaced_row(bool with_empty_cells, nb_cell *cells) {
  fixture f;
  begin(&f, "二、上年结转政府信息公开申请数量 21 22 23 24 25 26 27\n", NB_TABLE_APPLICATIONS);
  if (with_empty_cells)
    SPACED(&f, "二、上年结转政府信息公开申请数量", "", "21", "22", "", "23", "24", "25", "26", "27",
           "");
  else
    SPACED(&f, "二、上年结转政府信息公开申请数量", "21", "22", "23", "24", "25", "26", "27");
  assemble(&f);
  const nb_row *row = trow(&f, "二、上年结转政府信息公开申请数量");
  cr_assert(row->present);
  cr_assert_eq(row->ncells, 7);
  memcpy(cells, row->cells, 7 * sizeof *cells);
  finish(&f);
}

Test(assemble, values_with_and_without_empty_cells_read_the_same) {
  nb_cell plain[7], spaced[7];
  read_spaced_row(false, plain);
  read_spaced_row(true, spaced);
  for (int k = 0; k < 7; k++) {
    cr_expect_eq(plain[k].state, NB_CELL_VALUE, "[%d]", k);
    cr_expect(plain[k].value == 21 + k, "[%d] = %g", k, plain[k].value);
    cr_expect_eq(spaced[k].state, plain[k].state, "[%d]", k);
    cr_expect(spaced[k].value == plain[k].value, "[%d]", k);
    cr_expect(spaced[k].span.start == plain[k].span.start &&
                  spaced[k].span.end == plain[k].span.end,
              "[%d]", k);
  }
}
