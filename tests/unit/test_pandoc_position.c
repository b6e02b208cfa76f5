/* From the synthetic text back to the source: data-pos attributes of +sourcepos input, and the
 * positions of what has none (table rows, empty cells). */
#include "test_pandoc_support.h"

static void free_all(pd_document *doc, pd_flat *f) {
  pd_flat_free(f);
  pd_document_free(doc);
}

static void expect_pos(const pd_flat *f, size_t offset, int line, int column) {
  pd_pos p = pd_flat_position(f, offset);
  cr_expect(p.line == line && p.column == column, "offset %zu: %d:%d, expected %d:%d", offset,
            p.line, p.column, line, column);
}

Test(position, data_pos_values_are_parsed_or_refused) {
  pd_flat f;
  memset(&f, 0, sizeof f);
  pd_pos a, b;
  cr_assert(pd_parse_data_pos("r.md@3:5-4:9", &f, &a, &b));
  cr_expect_eq(a.line, 3);
  cr_expect_eq(a.column, 5);
  cr_expect_eq(b.line, 4);
  cr_expect_eq(b.column, 9);
  cr_assert_eq(f.nfiles, 1);
  cr_expect_str_eq(f.files[a.file], "r.md");
  /* The file name is everything before the last '@'. */
  cr_assert(pd_parse_data_pos("mail@host/x.md@1:2-1:3", &f, &a, &b));
  cr_expect_str_eq(f.files[a.file], "mail@host/x.md");
  cr_assert(pd_parse_data_pos("r.md@7:1-7:2", &f, &a, &b));
  cr_expect_eq(f.nfiles, 2); /* r.md again: interned */
  cr_expect_eq(a.file, 0);
  cr_expect_not(pd_parse_data_pos("", &f, &a, &b));
  cr_expect_not(pd_parse_data_pos("r.md@", &f, &a, &b));
  cr_expect_not(pd_parse_data_pos("r.md@0:1-1:1", &f, &a, &b));
  cr_expect_not(pd_parse_data_pos("r.md@1:1-", &f, &a, &b));
  cr_expect_not(pd_parse_data_pos("r.md@1:1-2:2x", &f, &a, &b));
  cr_expect_not(pd_parse_data_pos("r.md@99999999999:1-1:1", &f, &a, &b));
  pd_flat_free(&f);
}

Test(position, a_document_without_data_pos_has_no_positions) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC(PARA(STR("正文"))), &doc, &f);
  cr_expect_not(f.positioned);
  cr_expect_eq(pd_flat_position(&f, 0).line, 0);
  free_all(&doc, &f);
}

/* "## 一、总体情况" on line 1; line 3: "本年度收到申请**25件**，" then line 4 "办结。" */
static const char *const PROSE = DOC(
    HEADER(2, POS("r.md@1:1-2:1"), SPAN(POS("r.md@1:4-1:10"), STR("一、总体情况")))
        C DIV(POS("r.md@3:1-5:1"),
              PARA(SPAN(POS("r.md@3:1-3:7"), STR("本年度收到申请"))
                       C SPAN(POS("r.md@3:7-3:14"), STRONG(SPAN(POS("r.md@3:9-3:12"), STR("25件"))))
                           C SPAN(POS("r.md@3:14-3:15"), STR("，"))
                               C SPAN("[\"\",[],[[\"data-pos\",\"\"]]]", SB)
                                   C SPAN(POS("r.md@4:1-4:4"), STR("办结。")))));

Test(position, text_maps_to_its_line_and_code_point_column) {
  pd_document doc;
  pd_flat f;
  flatten_json(PROSE, &doc, &f);
  cr_assert(f.positioned);
  /* The heading keeps its "## ", so a finding on the whole heading starts at the "#". */
  cr_expect_str_eq(item_text(&f, 0), "## 一、总体情况");
  expect_pos(&f, f.items[0].span.start, 1, 1);
  expect_pos(&f, text_offset(&f, "一、"), 1, 4);
  expect_pos(&f, text_offset(&f, "总体"), 1, 6);
  expect_pos(&f, text_offset(&f, "收到"), 3, 4);
  expect_pos(&f, text_offset(&f, "25件"), 3, 9); /* inside the ** */
  expect_pos(&f, text_offset(&f, "件，"), 3, 11);
  expect_pos(&f, text_offset(&f, "，"), 3, 14);
  expect_pos(&f, text_offset(&f, "办结"), 4, 1);
  expect_pos(&f, text_offset(&f, "结。"), 4, 2);
  /* The paragraph's lines are items with their source lines: no blank between them. */
  cr_assert_eq(f.nitems, 3);
  cr_expect(f.items[1].blank_before); /* line 2 is blank */
  cr_expect_not(f.items[2].blank_before);
  free_all(&doc, &f);
}

Test(position, a_line_that_starts_with_markup_starts_where_the_markup_does) {
  pd_document doc;
  pd_flat f;
  /* "**六、其他需要报告的事项**" on line 9: the command line's span of a bold heading starts at
   * the "**", the outermost element's position. */
  flatten_json(
      DOC(DIV(POS("r.md@9:1-10:1"),
              PARA(SPAN(POS("r.md@9:1-9:16"),
                        STRONG(SPAN(POS("r.md@9:3-9:14"), STR("六、其他需要报告的事项"))))))),
      &doc, &f);
  expect_pos(&f, 0, 9, 1);
  expect_pos(&f, text_offset(&f, "其他"), 9, 5);
  free_all(&doc, &f);
}

/* A GFM table at lines 5-8: head row 5, delimiter row 6, body rows 7 and 8. Row 8 is all empty
 * (no data-pos anywhere in it); row 7 has an empty cell between two written ones, and ends with
 * one. */
static const char *const TABLE =
    DOC(TABLE(POS("t.md@5:1-9:1"),
              ROW(CELL(1, 1, PLAIN(SPAN(POS("t.md@5:3-5:5"), STR("标签"))))
                      C CELL(1, 1, PLAIN(SPAN(POS("t.md@5:8-5:11"), STR("自然人"))))
                          C CELL(1, 1, PLAIN(SPAN(POS("t.md@5:14-5:16"), STR("总计"))))
                              C CELL(1, 1, PLAIN(SPAN(POS("t.md@5:19-5:21"), STR("其他"))))),
              ROW(CELL(1, 1, PLAIN(SPAN(POS("t.md@7:3-7:5"), STR("规章")))) C CELL(1, 1, "")
                      C CELL(1, 1, PLAIN(SPAN(POS("t.md@7:11-7:12"), STR("7")))) C CELL(1, 1, ""))
                  C ROW(CELL(1, 1, "") C CELL(1, 1, "") C CELL(1, 1, "") C CELL(1, 1, "")),
              ""));

static size_t cell_offset(const pd_flat *f, int item, int cell) {
  return f->items[item].cells[cell].span.start;
}

Test(position, rows_and_empty_cells_get_positions_from_their_neighbours) {
  pd_document doc;
  pd_flat f;
  flatten_json(TABLE, &doc, &f);
  cr_assert_eq(f.nitems, 3);
  /* "| 规章 |  | 7 |  |": the empty cell's "|" is two columns before the next cell's text,
   * and four after the previous one's end. */
  expect_pos(&f, cell_offset(&f, 1, 0), 7, 3);
  expect_pos(&f, cell_offset(&f, 1, 1), 7, 9);
  expect_pos(&f, cell_offset(&f, 1, 2), 7, 11);
  expect_pos(&f, cell_offset(&f, 1, 3), 7, 16);
  /* The empty row follows row 7: line 8, cells where "|  |  |  |  |" has its bars. */
  expect_pos(&f, cell_offset(&f, 2, 0), 8, 4);
  expect_pos(&f, cell_offset(&f, 2, 3), 8, 13);
  free_all(&doc, &f);
}

Test(position, the_first_body_row_without_text_is_after_the_delimiter_row) {
  pd_document doc;
  pd_flat f;
  flatten_json(
      DOC(TABLE(POS("t.md@5:1-8:1"), ROW(CELL(1, 1, PLAIN(SPAN(POS("t.md@5:3-5:5"), STR("标签"))))),
                ROW(CELL(1, 1, "")) C ROW(CELL(1, 1, PLAIN(SPAN(POS("t.md@8:3-8:4"), STR("1"))))),
                "")),
      &doc, &f);
  cr_assert_eq(f.nitems, 3);
  expect_pos(&f, cell_offset(&f, 1, 0), 7, 4); /* 5 head, 6 delimiter, 7 */
  expect_pos(&f, cell_offset(&f, 2, 0), 8, 3);
  free_all(&doc, &f);
}

Test(position, raw_html_lines_are_the_source_lines) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC(DIV(POS("h.md@20:1-23:1"),
                       "{\"t\":\"RawBlock\",\"c\":[\"html\",\"<table>\\n<tr><td>5</td></tr>\\n</"
                       "table>\\n\"]}")),
               &doc, &f);
  cr_assert_eq(f.nitems, 3);
  expect_pos(&f, text_offset(&f, "<table>"), 20, 1);
  expect_pos(&f, text_offset(&f, "5</td>"), 21, 9);
  expect_pos(&f, text_offset(&f, "</table>"), 22, 1);
  free_all(&doc, &f);
}
