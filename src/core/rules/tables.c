/* Table rules: is each statutory table there and readable, are its rows all there, and is
 * every cell a number. Label checks live in labels.c.
 *
 * Messages name things in each language; since both formats take the same arguments, a name
 * is passed in both languages and each format skips the other's with "%.0s".
 *
 * Cell-level checks (table-cell-empty, table-cell-invalid, table-cells-run-together) and
 * table-row-missing are skipped on a table the reader marked unreadable: when its cells could
 * not be placed reliably, claims about single cells would be guesses. table-unreadable says
 * so instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "../xalloc.h"
#include "labels.h"
#include "rule_util.h"
#include "table_names.h"

typedef struct {
  char zh[64], en[64];
} table_names;

static void name_table(const nb_table_spec *spec, table_names *n) {
  nb_rule_table_name(spec, n->zh, sizeof n->zh);
  nb_rule_table_name_en(spec, n->en, sizeof n->en);
}

static bool row_holds_values(const nb_table *t, int i) {
  const nb_row *row = &t->rows[i];
  return row->present && row->cells && (t->spec->rows[i].kind == NB_ROW_DATA || row->group_as_data);
}

static void check_missing_tables(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    const nb_section *s = nb_report_section(r, nb_rule_table_section((nb_table_id)k));
    if (!s || t->found || !t->spec)
      continue;
    table_names n;
    name_table(t->spec, &n);
    nb_diag_add(ctx->out, "table-missing", s->heading, "第%s部分中找不到%s%.0s%.0s",
                "%.0s%.0s%s not found in section %s", nb_rule_section_numeral(r, s->id), n.zh, n.en,
                nb_rule_section_numeral(r, s->id));
  }
}

/* The words of a table-unreadable finding around its table, row and two counts: "<table><a>
 * <row><b><want><c><got><d>" in each language (what "%s%.0s…“%s%.0s”…%d…%d…" wrote). */
typedef struct {
  nb_piece a, b, c, d;
} unreadable_words;

static const unreadable_words ragged[2] = {
    {NB_PIECE("无法可靠读取：“"), NB_PIECE("”行应有"), NB_PIECE("个数值，实际读到"),
     NB_PIECE("个；已跳过该表的算术校验")},
    {NB_PIECE(" cannot be read reliably: row “"), NB_PIECE("” should have "),
     NB_PIECE(" values but "),
     NB_PIECE(" were found; arithmetic checks on this table were skipped")}};
static const unreadable_words run_no_cut[2] = {
    {NB_PIECE("无法可靠读取：“"), NB_PIECE("”行的数字连在一起，应有"),
     NB_PIECE("个单元格，数字却有"),
     NB_PIECE("位，且没有一种拆分能使该行的总计等于各项之和；已跳过该表的算术校验")},
    {NB_PIECE(" cannot be read reliably: the digits of row “"), NB_PIECE("” run together ("),
     NB_PIECE(" cells expected, "),
     NB_PIECE(" digits found) and no split makes the row's total equal the sum of the others; "
              "arithmetic checks on this table were skipped")}};
static const unreadable_words run_many_cuts[2] = {
    {NB_PIECE("无法可靠读取：“"), NB_PIECE("”行的数字连在一起，应有"),
     NB_PIECE("个单元格，数字却有"),
     NB_PIECE("位，且有多种拆分都能使该行的总计等于各项之和，无法确定；已跳过该表的算术校验")},
    {NB_PIECE(" cannot be read reliably: the digits of row “"), NB_PIECE("” run together ("),
     NB_PIECE(" cells expected, "),
     NB_PIECE(" digits found) and more than one split makes the row's total equal the sum of the "
              "others; arithmetic checks on this table were skipped")}};
static const unreadable_words run_misfit[2] = {
    {NB_PIECE("无法可靠读取：“"), NB_PIECE("”行的数字连在一起，应有"),
     NB_PIECE("个单元格，数字却有"), NB_PIECE("位，无法拆分；已跳过该表的算术校验")},
    {NB_PIECE(" cannot be read reliably: the digits of row “"),
     NB_PIECE("” run together and their count does not fit ("), NB_PIECE(" cells expected, "),
     NB_PIECE(" digits found); arithmetic checks on this table were skipped")}};
static const unreadable_words rows_apart[2] = {
    {NB_PIECE("无法可靠读取：无法区分各行（“"), NB_PIECE("”附近，应有"), NB_PIECE("个数值，读到"),
     NB_PIECE("个）；已跳过该表的算术校验")},
    {NB_PIECE(" cannot be read reliably: its rows cannot be told apart (near “"), NB_PIECE("”, "),
     NB_PIECE(" values expected, "),
     NB_PIECE(" found); arithmetic checks on this table were skipped")}};

static void check_unreadable(nb_check_ctx *ctx, const nb_table *t) {
  table_names n;
  name_table(t->spec, &n);
  nb_span at = nb_span_is_empty(t->unreadable_span) ? nb_span_make(t->span.start, t->span.start)
                                                    : t->unreadable_span;
  nb_piece table_zh = nb_piece_of(n.zh), table_en = nb_piece_of(n.en);
  const unreadable_words *words;
  switch (t->unreadable) {
  case NB_UNREADABLE_RAGGED:
    words = ragged;
    break;
  case NB_UNREADABLE_RUN_TOGETHER:
    words = t->unreadable_cuts == 0  ? run_no_cut
            : t->unreadable_cuts > 1 ? run_many_cuts
                                     : run_misfit;
    break;
  case NB_UNREADABLE_NO_VALUES: {
    /* No row or count to speak of: the labels are there, the numbers are not. */
    const nb_piece zh[] = {
        table_zh,
        NB_PIECE("无法可靠读取：找到了表格的标签，但没有读到任何数值；已跳过该表的算术校验")};
    const nb_piece en[] = {table_en,
                           NB_PIECE(" cannot be read reliably: its labels were found but no "
                                    "values; arithmetic checks on this table were skipped")};
    nb_diag_add_pieces(ctx->out, "table-unreadable", at, zh, NB_NPIECES(zh), en, NB_NPIECES(en));
    return;
  }
  default:
    words = rows_apart;
    break;
  }
  int row = t->unreadable_row;
  nb_piece row_zh =
      row >= 0 ? nb_piece_of(nb_rule_row_name(t->spec, row, false)) : NB_PIECE("某一行");
  nb_piece row_en =
      row >= 0 ? nb_piece_of(nb_rule_row_name(t->spec, row, true)) : NB_PIECE("a row");
  char want_digits[NB_DECIMAL_MAX], got_digits[NB_DECIMAL_MAX];
  nb_piece want = {want_digits, nb_decimal(want_digits, t->unreadable_expected)};
  nb_piece got = {got_digits, nb_decimal(got_digits, t->unreadable_found)};
  const unreadable_words *w_zh = &words[0], *w_en = &words[1];
  const nb_piece zh[] = {table_zh, w_zh->a, row_zh, w_zh->b, want, w_zh->c, got, w_zh->d};
  const nb_piece en[] = {table_en, w_en->a, row_en, w_en->b, want, w_en->c, got, w_en->d};
  nb_diag_add_pieces(ctx->out, "table-unreadable", at, zh, NB_NPIECES(zh), en, NB_NPIECES(en));
}

/* Where an absent row would have stood: the label of the next present row, else the table's
 * last line. */
static nb_span missing_row_anchor(const nb_report *r, const nb_table *t, int i) {
  for (int j = i + 1; j < t->spec->nrows; j++) {
    const nb_row *next = &t->rows[j];
    if (!next->present)
      continue;
    if (!nb_span_is_empty(next->label))
      return next->label;
    for (int c = 0; c < next->ncells; c++)
      if (next->cells[c].state != NB_CELL_ABSENT)
        return next->cells[c].span;
  }
  size_t end = t->span.end > r->len ? r->len : t->span.end;
  size_t start = end > t->span.start ? nb_rule_line_start(r->text, end - 1) : t->span.start;
  if (start < t->span.start)
    start = t->span.start;
  return nb_span_make(start, end);
}

static void check_missing_rows(nb_check_ctx *ctx, const nb_table *t) {
  const nb_table_spec *spec = t->spec;
  table_names n;
  name_table(spec, &n);
  for (int i = 0; i < spec->nrows; i++) {
    if (spec->rows[i].kind != NB_ROW_DATA || t->rows[i].present)
      continue;
    int parent = spec->rows[i].parent;
    if (parent >= 0 && t->rows[parent].present && t->rows[parent].group_as_data)
      continue; /* the 2019 single row stands for its children: label-outdated says so */
    nb_diag_add(ctx->out, "table-row-missing", missing_row_anchor(ctx->report, t, i),
                "%s%.0s缺少“%s%.0s”行", "%.0s%s: row “%.0s%s” is missing", n.zh, n.en,
                nb_rule_row_name(spec, i, false), nb_rule_row_name(spec, i, true));
  }
}

static bool cell_is_empty(const nb_cell *c) {
  return c->state == NB_CELL_BLANK || c->state == NB_CELL_PLACEHOLDER;
}

static void report_empty_cell(nb_check_ctx *ctx, const nb_table *t, const table_names *n, int i,
                              int c) {
  const nb_cell *cell = &t->rows[i].cells[c];
  char zh[512], en[512];
  nb_rule_cell_place(t->spec, i, c, false, zh, sizeof zh);
  nb_rule_cell_place(t->spec, i, c, true, en, sizeof en);
  /* Joined from pieces, as "%s%.0s%s%.0s为空白" and its English would write them. */
  nb_piece table_zh = nb_piece_of(n->zh), table_en = nb_piece_of(n->en);
  nb_piece place_zh = nb_piece_of(zh), place_en = nb_piece_of(en);
  if (cell->state == NB_CELL_BLANK) {
    const nb_piece zh_pieces[] = {table_zh, place_zh, NB_PIECE("为空白")};
    const nb_piece en_pieces[] = {table_en, NB_PIECE(": "), place_en, NB_PIECE(" is blank")};
    nb_diag_add_pieces(ctx->out, "table-cell-empty", cell->span, zh_pieces, NB_NPIECES(zh_pieces),
                       en_pieces, NB_NPIECES(en_pieces));
    return;
  }
  nb_piece written = nb_piece_of_span(ctx->report->text, cell->span);
  const nb_piece zh_pieces[] = {table_zh, place_zh, NB_PIECE("未填数值，只有占位符“"), written,
                                NB_PIECE("”")};
  const nb_piece en_pieces[] = {table_en, NB_PIECE(": "),
                                place_en, NB_PIECE(" holds no number, only the placeholder “"),
                                written,  NB_PIECE("”")};
  nb_diag_add_pieces(ctx->out, "table-cell-empty", cell->span, zh_pieces, NB_NPIECES(zh_pieces),
                     en_pieces, NB_NPIECES(en_pieces));
}

/* Blank or placeholder cells and invalid ones in a row, counted in one pass over its cells: a
 * row of a filled-in table has neither, and is settled by that pass alone. */
typedef struct {
  int empty, invalid;
} row_counts;

static row_counts count_cells(const nb_row *row) {
  row_counts k = {0, 0};
  /* Nearly every row holds values only, settled by one comparison a cell. */
  unsigned others = 0;
  for (int c = 0; c < row->ncells; c++)
    others |= (unsigned)row->cells[c].state ^ (unsigned)NB_CELL_VALUE;
  if (!others)
    return k;
  for (int c = 0; c < row->ncells; c++) {
    k.empty += cell_is_empty(&row->cells[c]);
    k.invalid += row->cells[c].state == NB_CELL_INVALID;
  }
  return k;
}

static void check_empty_cells(nb_check_ctx *ctx, const nb_table *t, const table_names *n, int i,
                              int empty) {
  const nb_row *row = &t->rows[i];
  if (empty == 0)
    return;
  if (empty < row->ncells) {
    for (int c = 0; c < row->ncells; c++)
      if (cell_is_empty(&row->cells[c]))
        report_empty_cell(ctx, t, n, i, c);
    return;
  }
  nb_span at = nb_span_is_empty(row->label) ? row->cells[0].span : row->label;
  /* "%s%.0s“%s%.0s”行的%d个数值单元格全部为空" and its English, joined from pieces */
  char cells[NB_DECIMAL_MAX];
  nb_piece count = {cells, nb_decimal(cells, row->ncells)};
  const nb_piece zh[] = {
      nb_piece_of(n->zh), NB_PIECE("“"), nb_piece_of(nb_rule_row_name(t->spec, i, false)),
      NB_PIECE("”行的"),  count,         NB_PIECE("个数值单元格全部为空")};
  const nb_piece en[] = {nb_piece_of(n->en),
                         NB_PIECE(": all numeric cells of row “"),
                         nb_piece_of(nb_rule_row_name(t->spec, i, true)),
                         NB_PIECE("” are blank ("),
                         count,
                         NB_PIECE(" cells)")};
  nb_diag_add_pieces(ctx->out, "table-cell-empty", at, zh, NB_NPIECES(zh), en, NB_NPIECES(en));
}

static void check_invalid_cells(nb_check_ctx *ctx, const nb_table *t, const table_names *n, int i) {
  const nb_row *row = &t->rows[i];
  for (int c = 0; c < row->ncells; c++) {
    const nb_cell *cell = &row->cells[c];
    if (cell->state != NB_CELL_INVALID)
      continue;
    const nb_column_spec *col = nb_rule_row_column(t->spec, i, c);
    nb_unit unit = col ? col->unit : NB_UNIT_COUNT;
    const char *want_zh = unit == NB_UNIT_WANYUAN ? "非负数（单位万元，可含小数）"
                          : unit == NB_UNIT_SIGNED_COUNT ? "整数"
                                                         : "非负整数";
    const char *want_en = unit == NB_UNIT_WANYUAN        ? "a non-negative number of 万元"
                          : unit == NB_UNIT_SIGNED_COUNT ? "an integer"
                                                         : "a non-negative integer";
    char zh[512], en[512];
    nb_rule_cell_place(t->spec, i, c, false, zh, sizeof zh);
    nb_rule_cell_place(t->spec, i, c, true, en, sizeof en);
    if (cell->too_large) {
      nb_diag_add(ctx->out, "table-cell-invalid", cell->span,
                  "%s%.0s%s%.0s填写的“%.*s”过大（达到或超过10的15次方），无法精确核对",
                  "%.0s%s: %.0s%s holds “%.*s”, too large to check exactly (10^15 or more)", n->zh,
                  n->en, zh, en, (int)(cell->span.end - cell->span.start),
                  ctx->report->text + cell->span.start);
      continue;
    }
    nb_diag_add(ctx->out, "table-cell-invalid", cell->span,
                "%s%.0s%s%.0s填写的“%.*s”不是有效数值，应为%s%.0s",
                "%.0s%s: %.0s%s holds “%.*s”, which is not %.0s%s", n->zh, n->en, zh, en,
                (int)(cell->span.end - cell->span.start), ctx->report->text + cell->span.start,
                want_zh, want_en);
  }
}

/* What separates cells in the table's own layout, so the split token reads back as cells:
 * " | " in a pipe table, a tab in tab-separated text, a line break where each cell has its own
 * line, "</td><td>" inside an HTML cell, one space in text whose cells ran together (digits
 * apart are cells again there), and two spaces (a column gap) in space-aligned text. */
static const char *cell_separator(nb_layout layout) {
  switch (layout) {
  case NB_LAYOUT_PIPE:
    return " | ";
  case NB_LAYOUT_TAB:
    return "\t";
  case NB_LAYOUT_CELL_LINES:
    return "\n";
  case NB_LAYOUT_HTML:
    return "</td><td>";
  case NB_LAYOUT_RUN_ON:
    return " ";
  default:
    return "  ";
  }
}

/* One cell of a run's split, a digit or a value: a few bytes each, appended a digit at a time
 * over every run of a report. */
static void append_cell(nb_rule_buf *split, nb_rule_buf *shown, nb_piece sep, int index,
                        const char *cell, size_t len) {
  if (index) {
    nb_rule_buf_append_short(split, sep.s, sep.n);
    nb_rule_buf_append_short(shown, " ", 1);
  }
  nb_rule_buf_append_short(split, cell, len);
  nb_rule_buf_append_short(shown, cell, len);
}

/* table-cells-run-together, a report's most frequent finding (every row of digits run together
 * has one): its messages joined from pieces, the bytes the format "%s%.0s“%s%.0s”行的“%.*s”是%d
 * 个单元格的数字连在一起，…：%s" (and its English) would write. */
static nb_diag *report_run(nb_check_ctx *ctx, const nb_table *t, const table_names *n,
                           const nb_run_together *run, const nb_rule_buf *shown) {
  nb_piece written = nb_piece_of_span(ctx->report->text, run->span);
  char cells[NB_DECIMAL_MAX];
  nb_piece count = {cells, nb_decimal(cells, run->ncells)};
  nb_piece table_zh = nb_piece_of(n->zh), table_en = nb_piece_of(n->en);
  nb_piece row_zh = nb_piece_of(nb_rule_row_name(t->spec, run->row, false));
  nb_piece row_en = nb_piece_of(nb_rule_row_name(t->spec, run->row, true));
  nb_piece split = {shown->s, shown->len};
  if (run->by_relation) {
    const nb_piece zh[] = {
        table_zh,
        NB_PIECE("“"),
        row_zh,
        NB_PIECE("”行的“"),
        written,
        NB_PIECE("”是"),
        count,
        NB_PIECE(
            "个单元格的数字连在一起，位数多于单元格数；只有一种拆分能使该行的总计等于各项之和，"
            "已按此拆分为："),
        split,
        NB_PIECE("（该行的这一勾稽关系因此不再校验）")};
    const nb_piece en[] = {table_en,
                           NB_PIECE(": in row “"),
                           row_en,
                           NB_PIECE("”, “"),
                           written,
                           NB_PIECE("” runs the digits of "),
                           count,
                           NB_PIECE(" cells together, with more digits than cells; exactly one "
                                    "split makes the row's total equal the sum of the others, so "
                                    "it was read as: "),
                           split,
                           NB_PIECE(" (that relation is not checked on this row)")};
    return nb_diag_add_pieces(ctx->out, "table-cells-run-together", run->span, zh, NB_NPIECES(zh),
                              en, NB_NPIECES(en));
  }
  const nb_piece zh[] = {
      table_zh, NB_PIECE("“"),   row_zh, NB_PIECE("”行的“"),
      written,  NB_PIECE("”是"), count,  NB_PIECE("个单元格的数字连在一起，已按位数拆分为："),
      split};
  const nb_piece en[] = {table_en, NB_PIECE(": in row “"),
                         row_en,   NB_PIECE("”, “"),
                         written,  NB_PIECE("” runs the digits of "),
                         count,    NB_PIECE(" cells together; read as: "),
                         split};
  return nb_diag_add_pieces(ctx->out, "table-cells-run-together", run->span, zh, NB_NPIECES(zh), en,
                            NB_NPIECES(en));
}

static void check_runs(nb_check_ctx *ctx, const nb_table *t, const table_names *n) {
  const char *text = ctx->report->text;
  nb_piece sep = nb_piece_of(cell_separator(t->layout));
  for (int k = 0; k < t->nruns; k++) {
    const nb_run_together *run = &t->runs[k];
    if (run->span.end > ctx->report->len || run->row < 0 || run->row >= t->spec->nrows)
      continue;
    const nb_row *row = &t->rows[run->row];
    if (!row->cells || run->first_col < 0 || run->first_col + run->ncells > row->ncells)
      continue;
    /* The cells the reader cut the token into: one digit each when it counted, the values of
     * the cut when a relation chose it (no part but 0 starts with 0, so they read as written). */
    nb_rule_buf split, shown;
    char split_room[256], shown_room[256];
    nb_rule_buf_init_in(&split, split_room, sizeof split_room);
    nb_rule_buf_init_in(&shown, shown_room, sizeof shown_room);
    int cells = 0;
    for (size_t p = run->span.start; p < run->span.end && !run->by_relation; p++)
      if (text[p] >= '0' && text[p] <= '9')
        append_cell(&split, &shown, sep, cells++, text + p, 1);
    for (int c = 0; c < run->ncells && run->by_relation; c++) {
      char value[32];
      nb_rule_format_value(row->cells[run->first_col + c].value, value, sizeof value);
      append_cell(&split, &shown, sep, cells++, value, strlen(value));
    }
    nb_diag *d = report_run(ctx, t, n, run, &shown);
    /* A split by counting is certain when each digit is a cell; one chosen by a relation is
     * the author's to confirm. */
    if (cells == run->ncells)
      nb_diag_add_fix(d, !run->by_relation, run->span, split.s, "拆分为单独的单元格",
                      "split into separate cells");
    nb_rule_buf_release(&split);
    nb_rule_buf_release(&shown);
  }
}

void nb_check_tables(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  check_missing_tables(ctx);
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    if (!t->found || !t->spec || !t->rows)
      continue;
    if (t->unreadable != NB_UNREADABLE_NONE) {
      check_unreadable(ctx, t);
      continue;
    }
    table_names n;
    name_table(t->spec, &n);
    check_missing_rows(ctx, t);
    for (int i = 0; i < t->spec->nrows; i++) {
      if (!row_holds_values(t, i))
        continue;
      row_counts counts = count_cells(&t->rows[i]);
      check_empty_cells(ctx, t, &n, i, counts.empty);
      if (counts.invalid > 0)
        check_invalid_cells(ctx, t, &n, i);
    }
    check_runs(ctx, t, &n);
  }
  nb_check_labels(ctx);
}
