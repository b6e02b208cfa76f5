/* Tokenizer routing, one-cell lines, tab-separated lines, pre-split rows and page numbers. */
#include <stdint.h>
#include <stdlib.h>

#include "layout/tokenize_internal.h"
#include "support/random_pieces.h"
#include "test_tokenize_support.h"

/* Seed 000: one cell per line, every line indented by a tab, paragraphs between rows. */
Test(tokenize, cell_per_line_with_tab_indent) {
  const char *text = "\t第二十条第（一）项\n"
                     "\n"
                     "\t信息内容\n"
                     "\t本年制发件数\n"
                     "\n"
                     "\t规章\n"
                     "\t0\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 5);
  const char *want[] = {"第二十条第（一）项", "信息内容", "本年制发件数", "规章", "0"};
  const bool blank[] = {false, true, false, true, false};
  for (int r = 0; r < 5; r++) {
    cr_expect_eq(t.rows[r].layout, NB_LAYOUT_CELL_LINES);
    cr_expect_eq(t.rows[r].grid, false);
    cr_expect_eq(t.rows[r].item, r);
    cr_expect_eq(t.rows[r].blank_before, blank[r], "row %d", r);
    cr_expect_eq(t.rows[r].table_index, -1);
    cr_assert_eq(t.rows[r].ncells, 1);
    cr_expect_eq(t.rows[r].cells[0].col, -1);
    cr_expect_null(t.rows[r].cells[0].text);
    expect_span(&t.rows[r].cells[0], text, want[r]);
    expect_text(&s, &t.rows[r].cells[0], want[r]);
  }
  /* The row span is the whole line, tab included. */
  cr_expect_eq(t.rows[0].span.start, 0);
  cr_expect_eq(t.rows[0].span.end, 1 + strlen("第二十条第（一）项"));
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(tokenize, headings_make_no_row) {
  const char *text = "三、收到和处理政府信息公开申请情况\n规章\n";
  nb_stream s;
  nb_stream_init(&s, text, strlen(text));
  nb_stream_item h = {.kind = NB_ITEM_HEADING, .span = {0, off(text, "\n")}, .heading_level = 2};
  nb_stream_item l = {.kind = NB_ITEM_LINE, .span = {off(text, "规章"), strlen(text) - 1}};
  nb_stream_push(&s, &h);
  nb_stream_push(&s, &l);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  cr_expect_eq(t.rows[0].item, 1);
  expect_text(&s, &t.rows[0].cells[0], "规章");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(tokenize, region_bounds_are_respected) {
  const char *text = "a\nb\nc\nd\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t = {0};
  nb_tokenize(&s, 1, 3, &t);
  cr_assert_eq(t.nrows, 2);
  expect_text(&s, &t.rows[0].cells[0], "b");
  expect_text(&s, &t.rows[1].cells[0], "c");
  cr_expect_eq(t.rows[1].item, 2);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Seed 004: tab-separated with empty grid cells, and a group label column left empty. */
Test(tokenize, tab_separated_rows_keep_empty_cells) {
  const char *text = "第二十条第（五）项\t\t\t\n"
                     "行政许可\t11424\t\t\n"
                     "\t\t2. 其他法律法规禁止公开\t0\t0\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  for (int r = 0; r < 3; r++) {
    cr_expect_eq(t.rows[r].layout, NB_LAYOUT_TAB);
    cr_expect_eq(t.rows[r].grid, true);
  }
  nb_obs_row *r0 = &t.rows[0];
  cr_assert_eq(r0->ncells, 4);
  expect_span(&r0->cells[0], text, "第二十条第（五）项");
  /* Empty cells are empty spans where they stand: right after each tab. */
  size_t tab0 = off(text, "\t");
  for (int k = 1; k < 4; k++) {
    cr_expect_eq(r0->cells[k].col, k);
    cr_expect_eq(r0->cells[k].span.start, tab0 + (size_t)k);
    cr_expect_eq(r0->cells[k].span.end, tab0 + (size_t)k);
  }
  nb_obs_row *r1 = &t.rows[1];
  cr_assert_eq(r1->ncells, 4);
  expect_span(&r1->cells[1], text, "11424");
  cr_expect_eq(r1->cells[1].col, 1);
  cr_expect(nb_span_is_empty(r1->cells[2].span));
  nb_obs_row *r2 = &t.rows[2];
  cr_assert_eq(r2->ncells, 5);
  cr_expect(nb_span_is_empty(r2->cells[0].span));
  cr_expect(nb_span_is_empty(r2->cells[1].span));
  expect_span(&r2->cells[2], text, "2. 其他法律法规禁止公开");
  cr_expect_null(r2->cells[2].text); /* the space follows an ASCII '.', it stays */
  cr_expect_eq(r2->cells[3].col, 3);
  expect_span_nth(&r2->cells[4], text, "0", 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Seed 004 column headers "结果 维持": the space between Chinese characters is dropped. */
Test(tokenize, tab_cells_close_gaps_between_chinese) {
  const char *text = "结果 维持\t其他 结果\t总计\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  cr_assert_eq(t.rows[0].ncells, 3);
  expect_span(&t.rows[0].cells[0], text, "结果 维持");
  expect_text(&s, &t.rows[0].cells[0], "结果维持");
  expect_text(&s, &t.rows[0].cells[1], "其他结果");
  cr_expect_null(t.rows[0].cells[2].text);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A tab before a single cell is indentation; a tab-only line is one empty cell. */
Test(tokenize, tab_indented_single_cell_is_a_cell_line) {
  const char *text = "\t\t第二十条第（一）项\n\t\n\t0\n规章\t\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 4);
  cr_expect_eq(t.rows[0].layout, NB_LAYOUT_CELL_LINES);
  cr_assert_eq(t.rows[0].ncells, 1);
  expect_span(&t.rows[0].cells[0], text, "第二十条第（一）项");
  cr_expect_eq(t.rows[1].layout, NB_LAYOUT_CELL_LINES);
  cr_assert_eq(t.rows[1].ncells, 1);
  cr_expect(nb_span_is_empty(t.rows[1].cells[0].span));
  cr_expect_eq(t.rows[2].layout, NB_LAYOUT_CELL_LINES);
  expect_span_nth(&t.rows[2].cells[0], text, "0", 0);
  /* A trailing empty field makes it a real tab row of two cells. */
  cr_expect_eq(t.rows[3].layout, NB_LAYOUT_TAB);
  cr_expect_eq(t.rows[3].ncells, 2);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(tokenize, page_numbers_make_no_row) {
  const char *text = "-3-\n- 3 -\n—12—\n第3页\n第 3 页 共 10 页\n-3\n3\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  /* "-3" (a negative number) and "3" (a one-cell value) are not page numbers. */
  cr_assert_eq(t.nrows, 2);
  expect_text(&s, &t.rows[0].cells[0], "-3");
  cr_expect_eq(t.rows[0].item, 5);
  expect_text(&s, &t.rows[1].cells[0], "3");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(tokenize, tag_only_lines_make_no_row) {
  const char *text = "<div>\n规章\n</div>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  expect_text(&s, &t.rows[0].cells[0], "规章");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Pre-split rows (pandoc): colspan advances the column, rowspan repeats the cell below. */
Test(tokenize, pre_split_rows_expand_spans) {
  const char *text = "ABCDEFG";
  nb_stream s;
  nb_stream_init(&s, text, strlen(text));
  nb_stream_cell r0[] = {{{0, 1}, 2, 1}, {{1, 2}, 1, 2}, {{2, 3}, 1, 1}};
  nb_stream_cell r1[] = {{{3, 4}, 1, 1}, {{4, 5}, 1, 1}, {{5, 6}, 1, 1}};
  nb_stream_item a = {.kind = NB_ITEM_ROW, .span = {0, 3}, .cells = r0, .ncells = 3, .block = 4};
  nb_stream_item b = {
      .kind = NB_ITEM_ROW, .span = {3, 6}, .cells = r1, .ncells = 3, .block = 4, .blank_before = 1};
  nb_stream_push(&s, &a);
  nb_stream_push(&s, &b);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 2);
  nb_obs_row *x = &t.rows[0], *y = &t.rows[1];
  cr_expect_eq(x->layout, NB_LAYOUT_ROWS);
  cr_expect_eq(x->grid, true);
  cr_expect_eq(x->table_index, 0);
  cr_expect_eq(y->table_index, 0);
  cr_expect_eq(y->blank_before, true);
  cr_assert_eq(x->ncells, 3);
  cr_expect_eq(x->cells[0].col, 0);
  cr_expect_eq(x->cells[1].col, 1);
  cr_expect_eq(x->cells[1].colspan, 2);
  cr_expect_eq(x->cells[2].col, 3);
  /* Row 2: A repeated at column 0, then D E F at 1, 2, 3. */
  cr_assert_eq(y->ncells, 4);
  cr_expect_eq(y->cells[0].repeated, true);
  cr_expect_eq(y->cells[0].col, 0);
  cr_expect_eq(y->cells[0].span.start, 0);
  cr_expect_eq(y->cells[0].span.end, 1);
  for (int k = 1; k < 4; k++) {
    cr_expect_eq(y->cells[k].col, k);
    cr_expect_eq(y->cells[k].repeated, false);
    cr_expect_eq(y->cells[k].span.start, (size_t)(k + 2));
  }
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(tokenize, cell_text_falls_back_to_source_bytes) {
  const char *text = "规章 0";
  nb_stream s;
  nb_stream_init(&s, text, strlen(text));
  nb_obs_cell c = {.span = {0, strlen("规章")}, .text = NULL, .col = -1, .colspan = 1};
  size_t len;
  const char *p = nb_obs_cell_text(&s, &c, &len);
  cr_expect_eq(p, text);
  cr_expect_eq(len, strlen("规章"));
  char own[] = "规章x";
  c.text = own;
  p = nb_obs_cell_text(&s, &c, &len);
  cr_expect_eq(p, own);
  cr_expect_eq(len, strlen("规章x"));
  nb_stream_free(&s);
}

Test(tokenize, empty_and_garbage_input_do_not_crash) {
  const char *text = "\t\t\t\n|\n<table\n<td>\n&#xFFFFFFFF;\n\xff\xfe  \xe3\x80\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_expect_geq(t.nrows, 1);
  nb_obs_table_free(&t);
  nb_tokenize(&s, 3, 2, &t); /* an empty region */
  cr_expect_eq(t.nrows, 0);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Whitespace between two non-ASCII characters is pdftotext's spreading, and goes; whitespace
 * next to ASCII or at either end stays; a cell with nothing to drop has no text of its own. */
static void expect_closed(const char *cell, const char *want) {
  char *got = nb_tok_close_cjk_gaps(cell, nb_span_make(0, strlen(cell)));
  if (!want)
    cr_expect_null(got, "\"%s\" gave \"%s\"", cell, got);
  else
    cr_expect(got && strcmp(got, want) == 0, "\"%s\" gave \"%s\", want \"%s\"", cell,
              got ? got : "(null)", want);
  free(got);
}

Test(tokenize, cjk_gaps_closed) {
  expect_closed("规章", NULL);
  expect_closed("a b", NULL);
  expect_closed(" 规章 ", NULL);
  expect_closed("三 、本 年 度", "三、本年度");
  expect_closed("行政 许可 2 件", "行政许可 2 件");
  expect_closed("x 本 年 y", "x 本年 y");
  expect_closed("本\xE3\x80\x80 \t年", "本年");
  expect_closed("本\xC2\xA0年", "本年");
  expect_closed("本  年    度 ", "本年度 ");
}

/* Rows take their cells from the table's pool; one that outgrows them moves its cells to an
 * allocation of its own, keeping them, and freeing the table frees both kinds (the sanitizer
 * build checks it). Many rows fill several blocks of the pool. */
Test(tokenize, pooled_cells_outgrown_and_freed) {
  nb_obs_table t = {0};
  for (int i = 0; i < 300; i++) {
    nb_obs_row *r = nb_obs_table_add_row(&t);
    nb_obs_row_reserve(&t, r, 1 + i % 3);
    cr_assert(r->pooled);
    int n = i % 5 == 0 ? 6 : 1 + i % 3;
    for (int k = 0; k < n; k++)
      nb_tok_add_cell(r, nb_span_make((size_t)i, (size_t)(i + k)), k == 1 ? strdup("x") : NULL, k);
    cr_assert_eq(r->pooled, n <= 1 + i % 3, "row %d", i);
    cr_assert_eq(r->owned_texts, n > 1, "row %d", i);
  }
  for (int i = 0; i < 300; i++) {
    const nb_obs_row *r = &t.rows[i];
    cr_assert_eq(r->ncells, i % 5 == 0 ? 6 : 1 + i % 3);
    for (int k = 0; k < r->ncells; k++) {
      cr_expect_eq(r->cells[k].span.start, (size_t)i);
      cr_expect_eq(r->cells[k].span.end, (size_t)(i + k));
      cr_expect_eq(r->cells[k].col, k);
      cr_expect_eq(r->cells[k].colspan, 1);
      if (k == 1)
        cr_expect_str_eq(r->cells[k].text, "x");
      else
        cr_expect_null(r->cells[k].text);
    }
  }
  nb_obs_table_free(&t);
  cr_expect_null(t.pool);
  cr_expect_eq(t.nrows, 0);
}

/* A table that takes another's rows takes its pool (as the run-on reader does): the rows keep
 * their cells, and the pool is freed once, with the table that holds it now. */
Test(tokenize, pool_goes_with_the_rows) {
  nb_obs_table from = {0}, to = {0};
  for (int i = 0; i < 100; i++) {
    nb_obs_row *r = nb_obs_table_add_row(&from);
    nb_obs_row_reserve(&from, r, 2);
    nb_tok_add_cell(r, nb_span_make((size_t)i, (size_t)i + 1), NULL, 0);
  }
  nb_obs_row_reserve(&to, nb_obs_table_add_row(&to), 1); /* `to` has a pool of its own */
  for (int i = 0; i < from.nrows; i++)
    *nb_obs_table_add_row(&to) = from.rows[i];
  free(from.rows);
  nb_obs_table_adopt_pool(&to, &from);
  cr_expect_null(from.pool);
  cr_assert_eq(to.nrows, 101);
  for (int i = 1; i < to.nrows; i++)
    cr_expect_eq(to.rows[i].cells[0].span.start, (size_t)(i - 1));
  nb_obs_table_free(&to);
}

/* The routing marks read sixteen bytes a step are the byte-at-a-time ones: on random bytes
 * drawn from the routing bytes, their neighbours and text, for every span of buffers exactly as
 * long as the text (a step read past the text is caught), lines that end it and lines that do
 * not, shorter and longer than a step. */
Test(tokenize, line_marks_are_the_byte_marks) {
  static const unsigned char alphabet[] = {'|',  '<', '\t', ' ',  '\n', 0x7D, 0x3D,
                                           0x08, 'a', 0xE4, 0xB8, 0x80, 0xFF, 0x00};
  uint32_t seed = 20261204;
  for (int round = 0; round < 600; round++) {
    size_t len = (size_t)(round % 70);
    char *buf = malloc(len ? len : 1);
    /* Most rounds draw the routing bytes rarely: long stretches without one. */
    size_t rare = round % 4 ? 24 : sizeof alphabet;
    for (size_t i = 0; i < len; i++) {
      size_t pick = nb_test_random(&seed) % rare;
      buf[i] = (char)(pick < sizeof alphabet ? alphabet[pick] : 'x');
    }
    for (size_t a = 0; a <= len; a++)
      for (size_t b = a; b <= len; b++) {
        nb_span line = nb_span_make(a, b);
        cr_assert_eq(nb_tok_line_marks(buf, len, line), nb_tok_line_marks_simple(buf, line),
                     "round %d span %zu..%zu", round, a, b);
      }
    free(buf);
  }
}

/* Whether a line with a tab is a tab row is what splitting it into fields says: on random lines
 * of tabs, blanks (those nb_trim_span drops: the fields they fill are empty) and text. */
Test(tokenize, tab_row_test_is_the_field_split) {
  static const char *const pieces[] = {
      "\t", "\t", " ", "  ", "\xE3\x80\x80", "\xEF\xBB\xBF" /* U+FEFF */, "\r", "规章", "a", "0"};
  enum { NPIECES = sizeof pieces / sizeof *pieces };
  uint32_t seed = 20261206;
  char text[64];
  int rows = 0;
  for (int round = 0; round < 4000; round++) {
    size_t n = nb_test_random_pieces(&seed, pieces, NPIECES, 7, text, sizeof text);
    if (!memchr(text, '\t', n)) /* asked only about lines with a tab */
      continue;
    nb_span line = nb_span_make(0, n);
    bool row = nb_tok_is_tab_row_simple(text, line);
    cr_assert_eq(nb_tok_is_tab_row(text, line), row, "round %d", round);
    rows += row;
  }
  cr_assert_gt(rows, 100);
}

/* A cell line's cell is its line trimmed, also when the trim starts from the one run of
 * characters without whitespace the spaced tokenizer found: on random lines of blanks (among
 * them ones nb_trim_span drops where a token does not end) and text. */
Test(tokenize, cell_line_is_the_trimmed_line) {
  static const char *const pieces[] = {" ",
                                       "   ",
                                       "\xE3\x80\x80",
                                       "\xC2\xA0",
                                       "\xE2\x80\x8B" /* U+200B */,
                                       "\xEF\xBB\xBF" /* U+FEFF */,
                                       "\r",
                                       "规章",
                                       "a",
                                       "。",
                                       "7"};
  enum { NPIECES = sizeof pieces / sizeof *pieces };
  uint32_t seed = 20261205;
  char text[4096];
  int rows = 0;
  for (int round = 0; round < 200; round++) {
    size_t n = 0;
    for (int line = 0; line < 12; line++) {
      n += nb_test_random_pieces(&seed, pieces, NPIECES, 6, text + n, sizeof text - n);
      text[n++] = '\n';
    }
    nb_stream s;
    lines_to_stream_n(&s, text, n, " ");
    nb_obs_table t;
    tokenize_all(&s, &t);
    for (int r = 0; r < t.nrows; r++) {
      if (t.rows[r].layout != NB_LAYOUT_CELL_LINES)
        continue;
      size_t a = t.rows[r].span.start, b = t.rows[r].span.end;
      nb_trim_span(text, &a, &b);
      cr_assert_eq(t.rows[r].ncells, 1);
      cr_assert_eq(t.rows[r].cells[0].span.start, a, "round %d row %d", round, r);
      cr_assert_eq(t.rows[r].cells[0].span.end, b, "round %d row %d", round, r);
      rows++;
    }
    nb_obs_table_free(&t);
    nb_stream_free(&s);
  }
  cr_assert_gt(rows, 500);
}
