/* GFM pipe rows. */
#include "test_tokenize_support.h"

Test(pipe, rows_cells_and_delimiter) {
  const char *text = "| 信息内容 | 本年制发件数 | 现行有效件数 |\n"
                     "| --- | :---: | ---: |\n"
                     "| 规章 | 0 |  |\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  for (int r = 0; r < 3; r++) {
    cr_expect_eq(t.rows[r].layout, NB_LAYOUT_PIPE);
    cr_expect_eq(t.rows[r].grid, true);
    cr_expect_eq(t.rows[r].table_index, 0);
    cr_expect_eq(t.rows[r].item, r);
  }
  cr_assert_eq(t.rows[0].ncells, 3);
  expect_span(&t.rows[0].cells[0], text, "信息内容");
  expect_span(&t.rows[0].cells[2], text, "现行有效件数");
  cr_expect_eq(t.rows[0].cells[2].col, 2);
  cr_expect_eq(t.rows[1].delimiter_row, true);
  cr_expect_eq(t.rows[1].ncells, 0);
  cr_assert_eq(t.rows[2].ncells, 3);
  expect_span(&t.rows[2].cells[0], text, "规章");
  expect_span(&t.rows[2].cells[1], text, "0");
  cr_expect_null(t.rows[2].cells[1].text);
  /* "|  |" : an empty cell, an empty span inside the pipes. */
  size_t last_pipe = strlen(text) - 2;
  cr_expect(nb_span_is_empty(t.rows[2].cells[2].span));
  cr_expect_eq(t.rows[2].cells[2].span.start, last_pipe);
  cr_expect_eq(t.rows[2].cells[2].col, 2);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(pipe, outer_pipes_are_optional) {
  const char *text = "信息内容 | 本年处理决定数量\n--- | ---\n行政许可 | 15160\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  cr_expect(t.rows[1].delimiter_row);
  cr_assert_eq(t.rows[2].ncells, 2);
  expect_span(&t.rows[2].cells[0], text, "行政许可");
  expect_span(&t.rows[2].cells[1], text, "15160");
  cr_expect_eq(t.rows[2].cells[1].col, 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(pipe, escaped_pipe_and_br_are_cleaned) {
  const char *text = "| 申请人 | 商业<br>企业 |\n|---|---|\n| a \\| b | 法人<br />组织 |\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  cr_assert_eq(t.rows[0].ncells, 2);
  expect_span(&t.rows[0].cells[1], text, "商业<br>企业");
  expect_text(&s, &t.rows[0].cells[1], "商业企业");
  cr_assert_eq(t.rows[2].ncells, 2, "the escaped pipe does not split the cell");
  expect_span(&t.rows[2].cells[0], text, "a \\| b");
  expect_text(&s, &t.rows[2].cells[0], "a | b");
  expect_text(&s, &t.rows[2].cells[1], "法人组织");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Converter output: table 三 as one small table per row group. */
Test(pipe, each_block_is_a_new_table) {
  const char *text = "| 数据1 | 数据2 |\n|---|---|\n| 1 | 2 |\n"
                     "\n"
                     "| 数据1 | 数据2 |\n|---|---|\n| 3 | 4 |\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 6);
  for (int r = 0; r < 3; r++)
    cr_expect_eq(t.rows[r].table_index, 0);
  for (int r = 3; r < 6; r++)
    cr_expect_eq(t.rows[r].table_index, 1);
  cr_expect_eq(t.rows[3].blank_before, true);
  expect_span(&t.rows[5].cells[1], text, "4");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Without a delimiter row in its block a line with pipes is not a pipe row. */
Test(pipe, no_delimiter_no_pipe_table) {
  const char *text = "a | b\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  cr_expect_eq(t.rows[0].layout, NB_LAYOUT_CELL_LINES);
  cr_expect_eq(t.rows[0].ncells, 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(pipe, thematic_break_is_not_a_delimiter) {
  const char *text = "---\n| a |\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 2);
  cr_expect_eq(t.rows[0].layout, NB_LAYOUT_CELL_LINES);
  cr_expect_eq(t.rows[1].layout, NB_LAYOUT_CELL_LINES);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}
