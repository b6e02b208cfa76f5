/* pandoc AST → synthetic text and neutral stream (src/pandoc/flatten*.c). */
#include "layout/cells.h"
#include "test_pandoc_support.h"
#include "test_tokenize_support.h"

static void free_all(pd_document *doc, pd_flat *f) {
  pd_flat_free(f);
  pd_document_free(doc);
}

Test(flatten, headings_and_paragraph_lines_become_items) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC(HEADER(2, ATTR, STR("一、总体情况")) C PARA(STR("第一行") C SB C STR("第二行"))
                       C PARA(STR("另一段"))),
               &doc, &f);
  cr_assert_eq(f.nitems, 4);
  cr_expect_eq(f.items[0].kind, NB_ITEM_HEADING);
  cr_expect_eq(f.items[0].heading_level, 2);
  cr_expect_str_eq(item_text(&f, 0), "一、总体情况"); /* no "## ": the input had no source */
  cr_expect_eq(f.items[1].kind, NB_ITEM_LINE);
  cr_expect_str_eq(item_text(&f, 1), "第一行");
  cr_expect_str_eq(item_text(&f, 2), "第二行");
  cr_expect_str_eq(item_text(&f, 3), "另一段");
  /* A new paragraph follows a blank line, the next line of one does not. */
  cr_expect(f.items[1].blank_before);
  cr_expect_not(f.items[2].blank_before);
  cr_expect(f.items[3].blank_before);
  /* Lines of one paragraph share its block; each block has its own index. */
  cr_expect_eq(f.items[1].block, f.items[2].block);
  cr_expect_neq(f.items[0].block, f.items[1].block);
  cr_expect_neq(f.items[2].block, f.items[3].block);
  /* Each line is a piece over the paragraph's inline list. */
  cr_assert_eq(f.npieces, 4);
  cr_expect_eq(f.pieces[0].kind, PD_PIECE_HEADING);
  cr_expect_eq(f.pieces[1].kind, PD_PIECE_TEXT);
  cr_expect_eq(f.pieces[1].content, f.pieces[2].content);
  free_all(&doc, &f);
}

Test(flatten, inline_markup_adds_no_text_and_quotes_do) {
  pd_document doc;
  pd_flat f;
  flatten_json(
      DOC(PARA(STRONG(STR("粗体")) C "{\"t\":\"Quoted\",\"c\":[{\"t\":\"DoubleQuote\"},[" STR(
          "三安全一稳定") "]]}" C
                          "{\"t\":\"Emph\",\"c\":[" STR(
                              "强调") "]}" C "{\"t\":\"Link\",\"c\":[" ATTR
                                      ",[" STR("链接") "],[\"http://x\",\"\"]]}" C
                                                       "{\"t\":\"Code\",\"c\":[" ATTR
                                                       ",\"code\"]}")),
      &doc, &f);
  cr_assert_eq(f.nitems, 1);
  cr_expect_str_eq(item_text(&f, 0), "粗体“三安全一稳定”强调链接code");
  free_all(&doc, &f);
}

Test(flatten, what_is_not_the_reports_text_is_left_out) {
  pd_document doc;
  pd_flat f;
  /* A Word comment read back with --track-changes=all, a tracked deletion, a footnote, an
   * image: none is text of the report. An HTML comment is (suppression comments). */
  flatten_json(
      DOC(PARA(STR("甲") C SPAN("[\"\",[\"comment-start\"],[[\"id\",\"7\"]]]", STR("批注"))
                   C STR("乙") C SPAN("[\"\",[\"comment-end\"],[[\"id\",\"7\"]]]", "")
                       C SPAN("[\"\",[\"deletion\"],[]]", STR("删去")) C
               "{\"t\":\"Note\",\"c\":[" PARA(STR(
                   "脚注")) "]}" C "{\"t\":\"Image\",\"c\":[" ATTR
                            ",[" STR("图") "],[\"a.png\",\"\"]]}" C
                                           "{\"t\":\"RawInline\",\"c\":[\"html\",\"<!-- "
                                           "nianbao-disable-line -->\"]}" C
                                           "{\"t\":\"RawInline\",\"c\":[\"tex\",\"\\\\relax\"]}")),
      &doc, &f);
  cr_assert_eq(f.nitems, 1);
  cr_expect_str_eq(item_text(&f, 0), "甲乙<!-- nianbao-disable-line -->");
  cr_expect_eq(f.max_comment_id, 7);
  free_all(&doc, &f);
}

Test(flatten, a_line_break_ends_a_line_and_an_html_br_too) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC(PARA(STR("一") C LB C STR("二") C
                        "{\"t\":\"RawInline\",\"c\":[\"html\",\"<br />\"]}" C STR("三"))),
               &doc, &f);
  cr_assert_eq(f.nitems, 3);
  cr_expect_str_eq(item_text(&f, 0), "一");
  cr_expect_str_eq(item_text(&f, 1), "二");
  cr_expect_str_eq(item_text(&f, 2), "三");
  free_all(&doc, &f);
}

Test(flatten, verbatim_blocks_keep_their_lines_and_only_html_is_read) {
  pd_document doc;
  pd_flat f;
  flatten_json(
      DOC("{\"t\":\"RawBlock\",\"c\":[\"html\",\"<table>\\n<tr><td>1</td></tr>\\n</table>\"]}" C
          "{\"t\":\"RawBlock\",\"c\":[\"latex\",\"\\\\newpage\"]}" C
          "{\"t\":\"CodeBlock\",\"c\":[" ATTR ",\"a  b\\nc\"]}"),
      &doc, &f);
  cr_assert_eq(f.nitems, 5);
  cr_expect_str_eq(item_text(&f, 0), "<table>");
  cr_expect_str_eq(item_text(&f, 1), "<tr><td>1</td></tr>");
  cr_expect_str_eq(item_text(&f, 2), "</table>");
  cr_expect_str_eq(item_text(&f, 3), "a  b");
  cr_expect_str_eq(item_text(&f, 4), "c");
  cr_expect_eq(f.items[0].block, f.items[2].block); /* one HTML block, as cmark-gfm has it */
  cr_expect_eq(f.pieces[0].kind, PD_PIECE_RAW);
  free_all(&doc, &f);
}

Test(flatten, the_metadata_title_comes_first_as_a_heading) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC_META("\"title\":{\"t\":\"MetaInlines\",\"c\":[" STR("某局2023年")
                            C SP C STR("年报") "]}",
                        PARA(STR("正文"))),
               &doc, &f);
  cr_assert_eq(f.nitems, 2);
  cr_expect_eq(f.items[0].kind, NB_ITEM_HEADING);
  cr_expect_eq(f.items[0].heading_level, 1);
  cr_expect_str_eq(item_text(&f, 0), "某局2023年 年报");
  cr_expect_eq(f.pieces[0].kind, PD_PIECE_TITLE);
  free_all(&doc, &f);
}

Test(flatten, lists_divs_and_quotes_are_walked_through) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC("{\"t\":\"BulletList\",\"c\":[[" PLAIN(STR("甲")) "],[" PLAIN(STR(
                   "乙")) "]]}" C DIV(ATTR, "{\"t\":\"BlockQuote\",\"c\":[" PARA(STR("丙")) "]}")),
               &doc, &f);
  cr_assert_eq(f.nitems, 3);
  cr_expect_str_eq(item_text(&f, 0), "甲");
  cr_expect_str_eq(item_text(&f, 1), "乙");
  cr_expect_str_eq(item_text(&f, 2), "丙");
  free_all(&doc, &f);
}

/* Table 三's head as HTML (tests/unit/test_tokenize_html.c has the same) and as a pandoc Table:
 * merged cells are given once, covered ones omitted from their rows. */
static const char *const TABLE3_HTML =
    "<table>\n"
    "<tr><th colspan=\"3\" rowspan=\"2\">（本列数据的勾稽关系为）</th><th "
    "colspan=2>申请人情况</th></tr>\n"
    "<tr><th>自然人</th><th>总计</th></tr>\n"
    "<tr><td rowspan=\"3\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td>"
    "<td>3</td><td>3</td></tr>\n"
    "<tr><td rowspan='2'>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td></td></tr>\n"
    "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td><td>1</td></tr>\n"
    "</table>\n";

static const char *const TABLE3_PANDOC = DOC(TABLE(
    ATTR,
    ROW(CELL(2, 3, PLAIN(STR("（本列数据的勾稽关系为）"))) C CELL(1, 2, PLAIN(STR("申请人情况"))))
        C ROW(CELL(1, 1, PLAIN(STR("自然人"))) C CELL(1, 1, PLAIN(STR("总计")))),
    ROW(CELL(3, 1, PLAIN(STR("三、本年度办理结果"))) C CELL(1, 2, PLAIN(STR("（一）予以公开")))
            C CELL(1, 1, PLAIN(STR("3"))) C CELL(1, 1, PLAIN(STR("3"))))
        C ROW(CELL(2, 1, PLAIN(STR("（三）不予公开"))) C CELL(1, 1, PLAIN(STR("1.属于国家秘密")))
                  C CELL(1, 1, PLAIN(STR("0"))) C CELL(1, 1, ""))
            C ROW(CELL(1, 1, PLAIN(STR("2.其他法律行政法规禁止公开"))) C CELL(1, 1, PLAIN(STR("1")))
                      C CELL(1, 1, PLAIN(STR("1")))),
    ""));

static void cell_text(const nb_stream *s, const nb_obs_cell *c, char *buf, size_t size) {
  size_t len;
  const char *t = nb_obs_cell_text(s, c, &len);
  snprintf(buf, size, "%.*s", (int)len, t);
}

Test(flatten, merged_cells_are_laid_out_on_the_grid_as_the_html_reader_does) {
  pd_document doc;
  pd_flat f;
  flatten_json(TABLE3_PANDOC, &doc, &f);
  cr_assert_eq(f.nitems, 5);
  for (int i = 0; i < 5; i++)
    cr_expect_eq(f.items[i].kind, NB_ITEM_ROW);
  nb_stream ps;
  nb_stream_init(&ps, f.text, f.len);
  for (int i = 0; i < f.nitems; i++)
    nb_stream_push(&ps, &f.items[i]);
  nb_obs_table from_pandoc, from_html;
  tokenize_all(&ps, &from_pandoc);
  nb_stream hs;
  lines_to_stream(&hs, TABLE3_HTML);
  tokenize_all(&hs, &from_html);

  cr_assert_eq(from_pandoc.nrows, from_html.nrows);
  for (int r = 0; r < from_html.nrows; r++) {
    const nb_obs_row *p = &from_pandoc.rows[r], *h = &from_html.rows[r];
    cr_expect_eq(p->layout, NB_LAYOUT_ROWS);
    cr_expect(p->grid);
    cr_assert_eq(p->ncells, h->ncells, "row %d: %d cells from pandoc, %d from HTML", r, p->ncells,
                 h->ncells);
    for (int k = 0; k < h->ncells; k++) {
      char pt[256], ht[256];
      cell_text(&ps, &p->cells[k], pt, sizeof pt);
      cell_text(&hs, &h->cells[k], ht, sizeof ht);
      cr_expect_str_eq(pt, ht, "row %d cell %d", r, k);
      cr_expect_eq(p->cells[k].col, h->cells[k].col, "row %d cell %d column", r, k);
      cr_expect_eq(p->cells[k].colspan, h->cells[k].colspan, "row %d cell %d colspan", r, k);
      cr_expect_eq(p->cells[k].repeated, h->cells[k].repeated, "row %d cell %d repeated", r, k);
    }
  }
  /* The group label covers three rows: repeated in the two below at column 0. */
  cr_expect(from_pandoc.rows[3].cells[0].repeated);
  cr_expect(from_pandoc.rows[4].cells[0].repeated);
  cr_expect_eq(from_pandoc.rows[4].cells[1].col, 1);
  cr_expect(from_pandoc.rows[4].cells[1].repeated); /* （三）不予公开 from the row above */
  nb_obs_table_free(&from_pandoc);
  nb_obs_table_free(&from_html);
  nb_stream_free(&ps);
  nb_stream_free(&hs);
  free_all(&doc, &f);
}

Test(flatten, a_row_item_has_its_cells_with_spans_and_an_empty_cell_stays_empty) {
  pd_document doc;
  pd_flat f;
  flatten_json(TABLE3_PANDOC, &doc, &f);
  const nb_stream_item *row = &f.items[3];
  cr_expect_str_eq(item_text(&f, 3), "| （三）不予公开 | 1.属于国家秘密 | 0 |  |");
  cr_assert_eq(row->ncells, 4);
  cr_expect_str_eq(span_text(&f, row->cells[0].span), "（三）不予公开");
  cr_expect_eq(row->cells[0].rowspan, 2);
  cr_expect_eq(row->cells[0].colspan, 1);
  cr_expect_eq(row->cells[3].span.start, row->cells[3].span.end);
  cr_expect(row->cells[3].span.start > row->cells[2].span.end &&
            row->cells[3].span.start < row->span.end);
  /* Every cell is a piece that knows its table, row and place in the row. */
  int p = pd_flat_piece_at(&f, row->cells[3].span.start);
  cr_assert_geq(p, 0);
  cr_expect_eq(f.pieces[p].kind, PD_PIECE_CELL);
  cr_expect_eq(f.pieces[p].table, 0);
  cr_expect_eq(f.pieces[p].row, 3);
  cr_expect_eq(f.pieces[p].cell, 3);
  cr_expect_eq(f.pieces[p].start, f.pieces[p].end);
  /* The rows of one table are one block, not blank-separated. */
  cr_expect_eq(f.items[0].block, f.items[4].block);
  cr_expect_not(f.items[4].blank_before);
  free_all(&doc, &f);
}

Test(flatten, a_cell_with_several_paragraphs_is_one_line) {
  pd_document doc;
  pd_flat f;
  flatten_json(DOC(TABLE(ATTR, "",
                         ROW(CELL(1, 1, PARA(STR("1.属于") C SB C STR("国家秘密")))
                                 C CELL(1, 1, PARA(STR("22")) C PARA(STR("items")))
                                     C CELL(1, 1, PARA(STR("ab")) C PARA(STR("cd")))),
                         "")),
               &doc, &f);
  cr_assert_eq(f.nitems, 1);
  const nb_stream_item *row = &f.items[0];
  cr_assert_eq(row->ncells, 3);
  /* Chinese broken over lines reads as one word; ASCII words keep a space. */
  cr_expect_str_eq(span_text(&f, row->cells[0].span), "1.属于国家秘密");
  cr_expect_str_eq(span_text(&f, row->cells[1].span), "22 items");
  cr_expect_str_eq(span_text(&f, row->cells[2].span), "ab cd");
  free_all(&doc, &f);
}

Test(flatten, head_bodies_and_foot_rows_come_in_reading_order) {
  pd_document doc;
  pd_flat f;
  /* Two bodies, the second with an intermediate head row. */
  flatten_json(
      DOC("{\"t\":\"Table\",\"c\":[" ATTR ",[null,[" PLAIN(STR(
          "表标题")) "]],[],[" ATTR
                     ",[" ROW(CELL(1, 1, PLAIN(STR("H")))) "]],[[" ATTR ",0,[],[" ROW(CELL(
                         1, 1,
                         PLAIN(STR("B1")))) "]],[" ATTR
                                            ",0,[" ROW(CELL(1, 1, PLAIN(STR("IH")))) "],[" ROW(CELL(
                                                1, 1,
                                                PLAIN(STR("B2")))) "]]],[" ATTR
                                                                   ",[" ROW(CELL(
                                                                       1, 1,
                                                                       PLAIN(STR("F")))) "]]]}"),
      &doc, &f);
  cr_assert_eq(f.nitems, 6);
  cr_expect_eq(f.items[0].kind, NB_ITEM_LINE);
  cr_expect_str_eq(item_text(&f, 0), "表标题");
  const char *want[] = {"| H |", "| B1 |", "| IH |", "| B2 |", "| F |"};
  for (int i = 0; i < 5; i++) {
    cr_expect_eq(f.items[i + 1].kind, NB_ITEM_ROW);
    cr_expect_str_eq(item_text(&f, i + 1), want[i]);
  }
  free_all(&doc, &f);
}

Test(flatten, a_malformed_tree_is_walked_over) {
  pd_document doc;
  pd_flat f;
  /* Elements without "c", with the wrong shapes, unknown types: skipped, never dereferenced. */
  flatten_json(
      DOC("{\"t\":\"Para\"}" C "{\"t\":\"Header\",\"c\":[1]}" C "{\"t\":\"Table\",\"c\":7}" C
          "{\"t\":\"Table\",\"c\":[1,2,3,[4,[5]],[[6,7,8,[9]]],0]}" C
          "{\"t\":\"Unknown\",\"c\":[]}" C "[]" C
          "3" C PARA("{\"t\":\"Str\",\"c\":5}" C "{\"t\":\"Span\",\"c\":[1]}" C STR("留下"))),
      &doc, &f);
  cr_expect_str_eq(item_text(&f, f.nitems - 1), "留下");
  free_all(&doc, &f);
}
