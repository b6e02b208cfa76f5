/* HTML tables: spans, entities, tolerated sloppiness. */
#include <stdio.h>

#include "test_tokenize_support.h"

static const char *const TABLE3 =
    "<table>\n" /* 0 */
    "<thead>\n" /* 1 */
    "<tr><th colspan=\"3\" rowspan=\"2\">（本列数据的勾稽关系为）</th>"
    "<th colspan=2>申请人情况</th></tr>\n"    /* 2 */
    "<tr><th>自然人</th><th>总计</th></tr>\n" /* 3 */
    "</thead>\n"                              /* 4 */
    "<tbody>\n"                               /* 5 */
    "<tr><td rowspan=\"3\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td>"
    "<td>3</td><td>3</td></tr>\n" /* 6 */
    "<tr><td rowspan='2'>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td></tr>\n"
    "<tr><td>2.其他法律行政法规禁止公开<td>1<td>1\n" /* 8 */
    "</tbody>\n"                                     /* 9 */
    "</table>\n"                                     /* 10 */
    "规章\n";                                        /* 11 */

Test(html, rowspan_and_colspan_expand_to_the_grid) {
  const char *text = TABLE3;
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 6);
  const int items[] = {2, 3, 6, 7, 8};
  for (int r = 0; r < 5; r++) {
    cr_expect_eq(t.rows[r].layout, NB_LAYOUT_HTML);
    cr_expect_eq(t.rows[r].grid, true);
    cr_expect_eq(t.rows[r].table_index, 0);
    cr_expect_eq(t.rows[r].item, items[r], "row %d", r);
  }
  /* Header row 1: the 3-wide label, then 申请人情况 at column 3. */
  nb_obs_row *h0 = &t.rows[0];
  cr_assert_eq(h0->ncells, 2);
  expect_span(&h0->cells[0], text, "（本列数据的勾稽关系为）");
  cr_expect_eq(h0->cells[0].colspan, 3);
  cr_expect_eq(h0->cells[1].col, 3);
  cr_expect_eq(h0->cells[1].colspan, 2);
  /* Header row 2: the label repeated, then 自然人 3, 总计 4. */
  nb_obs_row *h1 = &t.rows[1];
  cr_assert_eq(h1->ncells, 3);
  cr_expect(h1->cells[0].repeated);
  cr_expect_eq(h1->cells[0].col, 0);
  cr_expect_eq(h1->cells[0].colspan, 3);
  expect_span(&h1->cells[0], text, "（本列数据的勾稽关系为）");
  cr_expect_eq(h1->cells[1].col, 3);
  expect_span(&h1->cells[1], text, "自然人");
  cr_expect_eq(h1->cells[2].col, 4);
  /* A rowspan in the thead does not reach into the tbody rows: counts are exhausted. */
  nb_obs_row *a = &t.rows[2];
  cr_assert_eq(a->ncells, 4);
  expect_span(&a->cells[0], text, "三、本年度办理结果");
  cr_expect_not(a->cells[0].repeated);
  cr_expect_eq(a->cells[1].col, 1);
  cr_expect_eq(a->cells[1].colspan, 2);
  cr_expect_eq(a->cells[2].col, 3);
  cr_expect_eq(a->cells[2].span.start, off(text, "<td>3</td>") + 4);
  cr_expect_eq(a->cells[2].span.end, off(text, "<td>3</td>") + 5);
  cr_expect_eq(a->cells[3].col, 4);
  /* The row span runs from <tr> to the end of </tr>. */
  size_t tr = off(text, "<tr><td rowspan=\"3\">");
  cr_expect_eq(a->span.start, tr);
  cr_expect_eq(a->span.end, off_nth(text, "</tr>", 2) + strlen("</tr>"));

  nb_obs_row *b = &t.rows[3];
  cr_assert_eq(b->ncells, 5);
  cr_expect(b->cells[0].repeated);
  expect_span(&b->cells[0], text, "三、本年度办理结果");
  expect_span(&b->cells[1], text, "（三）不予公开");
  cr_expect_eq(b->cells[1].col, 1);
  expect_span(&b->cells[2], text, "1.属于国家秘密");
  cr_expect_eq(b->cells[2].col, 2);
  cr_expect_eq(b->cells[4].col, 4);

  /* Missing </td> and </tr>: each cell ends where the next tag begins. */
  nb_obs_row *c = &t.rows[4];
  cr_assert_eq(c->ncells, 5);
  cr_expect(c->cells[0].repeated);
  cr_expect(c->cells[1].repeated);
  cr_expect_eq(c->cells[1].col, 1);
  expect_span(&c->cells[1], text, "（三）不予公开");
  expect_span(&c->cells[2], text, "2.其他法律行政法规禁止公开");
  cr_expect_eq(c->cells[2].col, 2);
  cr_expect_eq(c->cells[3].col, 3);
  size_t line8 = off(text, "<tr><td>2.");
  size_t last1 = off(text, "<td>1\n") + 4;
  cr_expect_eq(c->cells[4].span.start, last1);
  cr_expect_eq(c->cells[4].span.end, last1 + 1);
  cr_expect_eq(c->span.start, line8);
  cr_expect_eq(c->span.end, last1 + 1);

  /* The line after </table> is ordinary text again. */
  cr_expect_eq(t.rows[5].layout, NB_LAYOUT_CELL_LINES);
  cr_expect_eq(t.rows[5].item, 11);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(html, formatting_tags_and_entities_are_cleaned) {
  const char *text = "<TABLE border=1><TR>"
                     "<TD>&nbsp;<p><span>商业</span><br/>企业</p>&nbsp;</TD>"
                     "<td>A &amp; B &lt;1&gt; &#20013;&#x6587; &quot;x&quot;</td>"
                     "<td> <br> </td><td></td><td><strong>15160</strong></td>"
                     "</TR></TABLE>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 5);
  /* The span covers the visible text, from 商 to 业 of 企业. */
  expect_span(&r->cells[0], text, "商业</span><br/>企业");
  expect_text(&s, &r->cells[0], "商业企业");
  expect_text(&s, &r->cells[1], "A & B <1>中文\"x\"");
  cr_expect(nb_span_is_empty(r->cells[2].span));
  cr_expect_null(r->cells[2].text);
  expect_text(&s, &r->cells[2], "");
  cr_expect(nb_span_is_empty(r->cells[3].span));
  cr_expect_eq(r->cells[3].span.start, off(text, "</td><td><strong>"));
  expect_span(&r->cells[4], text, "15160");
  cr_expect_null(r->cells[4].text);
  cr_expect_eq(r->cells[4].col, 4);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Cells of visible ASCII and ideographs only are their bytes, found without decoding them; a
 * cell with anything else (blanks around or inside, a byte sequence that is no ideograph) is
 * read character by character: blanks around the text stay out of the span, a space between
 * two Chinese characters goes from the text, one between ASCII words stays, and the bytes of a
 * cut-off ideograph are read as U+FFFD each. */
Test(html, plain_cells_and_the_others) {
  const char *text = "<table><tr><td>12</td><td>政府信息</td><td>A-1.5%</td><td> 3 </td>"
                     "<td>行政\xE3\x80\x80许可</td><td>a b</td><td>x\xE4\xB8</td></tr>\n"
                     "</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 7);
  expect_span(&r->cells[0], text, "12");
  expect_span(&r->cells[1], text, "政府信息");
  expect_span(&r->cells[2], text, "A-1.5%");
  cr_expect_eq(r->cells[3].span.start, off(text, "3 </td>"));
  cr_expect_eq(r->cells[3].span.end, off(text, "3 </td>") + 1);
  expect_span(&r->cells[4], text, "行政\xE3\x80\x80许可");
  expect_text(&s, &r->cells[4], "行政许可");
  expect_span(&r->cells[5], text, "a b");
  expect_span(&r->cells[6], text, "x\xE4\xB8");
  expect_text(&s, &r->cells[6], "x\xEF\xBF\xBD\xEF\xBF\xBD");
  for (int k = 0; k < 6; k++)
    if (k != 4)
      cr_expect_null(r->cells[k].text, "cell %d", k);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Punctuation and other three-byte characters are as plain as ideographs; of those that share
 * their first byte with a space (E2: U+2002, U+2003; E3: U+3000), only the space leaves the
 * text. */
Test(html, punctuation_is_plain_and_wide_spaces_are_not) {
  const char *text =
      "<table><tr><td>（一）予以公开、其他。</td><td>\xE2\x80\x9C甲\xE2\x80\x9D\xE2\x80\x94乙</td>"
      "<td>甲\xE2\x80\x83乙</td><td>\xE3\x80\x80丙</td><td>\xE0\xA4\x85</td></tr>\n"
      "</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 5);
  expect_span(&r->cells[0], text, "（一）予以公开、其他。");
  cr_expect_null(r->cells[0].text);
  expect_span(&r->cells[1], text, "\xE2\x80\x9C甲\xE2\x80\x9D\xE2\x80\x94乙");
  cr_expect_null(r->cells[1].text);
  expect_span(&r->cells[2], text, "甲\xE2\x80\x83乙");
  expect_text(&s, &r->cells[2], "甲乙");
  expect_span(&r->cells[3], text, "丙");
  cr_expect_null(r->cells[3].text);
  expect_span(&r->cells[4], text, "\xE0\xA4\x85");
  cr_expect_null(r->cells[4].text);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(html, nested_table_is_cell_text) {
  const char *text = "<table><tr><td>外<table><tr><td>内</td></tr></table>尾</td><td>9</td></tr>\n"
                     "</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  cr_assert_eq(t.rows[0].ncells, 2);
  expect_text(&s, &t.rows[0].cells[0], "外内尾");
  expect_span(&t.rows[0].cells[1], text, "9");
  cr_expect_eq(t.rows[0].cells[1].col, 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(html, every_table_counts) {
  const char *text = "<div><table><tr><td>1</td></tr></table></div>\n"
                     "<table>\n<tr><td>2</td></tr>\n</table>\n"
                     "\n"
                     "| a |\n|---|\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 4);
  cr_expect_eq(t.rows[0].table_index, 0);
  cr_expect_eq(t.rows[0].item, 0);
  cr_expect_eq(t.rows[1].table_index, 1);
  cr_expect_eq(t.rows[1].item, 2);
  expect_span(&t.rows[1].cells[0], text, "2");
  cr_expect_eq(t.rows[2].layout, NB_LAYOUT_PIPE);
  cr_expect_eq(t.rows[2].table_index, 2);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A table whose end is missing stops at the end of the region. */
Test(html, unterminated_table_ends_with_the_region) {
  const char *text = "<table><tr><td rowspan=\"99999\">x\n<tr><td>y\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 2);
  cr_assert_eq(t.rows[1].ncells, 2);
  cr_expect(t.rows[1].cells[0].repeated);
  expect_span(&t.rows[1].cells[1], text, "y");
  cr_expect_eq(t.rows[1].cells[1].col, 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A region that starts inside a table (its <table> tag lies before `first`). */
Test(html, fragment_without_table_tag) {
  const char *text =
      "<table>\n<tr><td>规章</td><td>0</td></tr>\n<tr><td>行政许可<td>7\n</table>\n后\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t = {0};
  nb_tokenize(&s, 1, s.nitems, &t);
  cr_assert_eq(t.nrows, 3);
  cr_expect_eq(t.rows[0].layout, NB_LAYOUT_HTML);
  cr_expect_eq(t.rows[0].item, 1);
  cr_assert_eq(t.rows[0].ncells, 2);
  expect_span(&t.rows[0].cells[0], text, "规章");
  cr_expect_eq(t.rows[1].item, 2);
  cr_assert_eq(t.rows[1].ncells, 2);
  expect_span(&t.rows[1].cells[1], text, "7");
  cr_expect_eq(t.rows[1].cells[1].col, 1);
  cr_expect_eq(t.rows[2].item, 4);
  cr_expect_eq(t.rows[2].layout, NB_LAYOUT_CELL_LINES);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A cell is read with its closing tag and the next cell's opening tag in one go when they are
 * bare and follow at once; every other form is read one tag at a time, to the same cells: any
 * case, a cell closed by the other kind's tag, a tag inside the text, attributes, a row left
 * open by the next <tr>. */
Test(html, cells_read_in_one_go_or_tag_by_tag_alike) {
  const char *text = "<table><tr><td>甲</td><TD>乙</Td><th>丙</th><td>丁</th><td>戊<b>己</b></td>"
                     "<td>庚</td><td colspan=\"1\">辛</td></tr>\n"
                     "<tr><td>11</td><tr><td>22</td></tr>\n"
                     "</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 7);
  static const char *const want[] = {"甲", "乙", "丙", "丁", "戊<b>己", "庚", "辛"};
  for (int k = 0; k < 7; k++) {
    expect_span(&r->cells[k], text, want[k]);
    cr_expect_eq(r->cells[k].col, k, "cell %d", k);
    if (k != 4)
      cr_expect_null(r->cells[k].text, "cell %d", k);
  }
  expect_text(&s, &r->cells[4], "戊己");
  cr_assert_eq(t.rows[1].ncells, 1);
  expect_span(&t.rows[1].cells[0], text, "11");
  cr_assert_eq(t.rows[2].ncells, 1);
  expect_span(&t.rows[2].cells[0], text, "22");
  cr_expect_eq(t.rows[1].item, 1);
  cr_expect_eq(t.rows[2].item, 1);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* The text a cell holds: its own, or its span's bytes. */
static void cell_text(const char *text, const nb_obs_cell *c, char *out, size_t cap) {
  if (c->text)
    snprintf(out, cap, "%s", c->text);
  else
    snprintf(out, cap, "%.*s", (int)(c->span.end - c->span.start), text + c->span.start);
}

/* Tables of the same cells read alike: one written with bare cell tags back to back ("</td>"
 * then "<td>", any case: each read by its bytes at once where eight bytes of the region are
 * left) and rows between them in several forms ("</tr>", a line break, "<tr><td>": read by
 * their bytes too), and one with a space in every cell and row tag, which only the general scan
 * reads. Among the cells: empty ones, entities, spaces, a tag and a "</tdx>" inside the text, a
 * "<tr>" and a "</th>" after a "</td>", and cells in the last bytes of a region that is not
 * closed. */
Test(html, cell_tags_read_by_their_bytes_or_by_the_scan_alike) {
  static const char *const cells[] = {"12",       "政府信息",
                                      "",         "a&amp;b",
                                      " 3 ",      "行政\xE3\x80\x80许可",
                                      "x</tdx>y", "甲<b>乙</b>",
                                      "、。",     "\xE2\x80\x83",
                                      "0",        "<TR>",
                                      "尾",       "9"};
  enum { N = sizeof cells / sizeof *cells };
  static const char *const fast_close[] = {"</td>", "</TD>", "</th>", "</tH>"};
  static const char *const fast_open[] = {"<td>", "<TD>", "<th>", "<Th>"};
  static const char *const fast_rows[] = {"</tr>\n<tr>",        "</tr><tr>",
                                          "</TR> \n <Tr>",      "</tr>\n<tr class=\"x\">",
                                          "</tr>\n<tbody><tr>", "</tr>\n<关于>\n<tr>"};
  for (int tail = 0; tail < 2; tail++) {
    char fast[2048], slow[2048];
    size_t f = 0, w = 0;
    f += (size_t)snprintf(fast + f, sizeof fast - f, "<table><tr>");
    w += (size_t)snprintf(slow + w, sizeof slow - w, "<table><tr>");
    for (int k = 0; k < N; k++) {
      if (k > 0 && k % 2 == 0) { /* a new row every two cells */
        f += (size_t)snprintf(fast + f, sizeof fast - f, "%s", fast_rows[k / 2 % 6]);
        w += (size_t)snprintf(slow + w, sizeof slow - w, "%s",
                              k / 2 % 6 == 5 ? "</tr >\n<关于>\n<tr >" : "</tr >\n<tr >");
      }
      f += (size_t)snprintf(fast + f, sizeof fast - f, "%s%s%s", fast_open[k % 4], cells[k],
                            k == N - 1 && tail ? "" : fast_close[(k + 1) % 4]);
      w += (size_t)snprintf(slow + w, sizeof slow - w, "<td >%s%s", cells[k],
                            k == N - 1 && tail ? "" : "</td >");
    }
    if (!tail) {
      f += (size_t)snprintf(fast + f, sizeof fast - f, "</tr></table>\n");
      w += (size_t)snprintf(slow + w, sizeof slow - w, "</tr></table>\n");
    }
    nb_stream sf, sw;
    lines_to_stream(&sf, fast);
    lines_to_stream(&sw, slow);
    nb_obs_table tf, tw;
    tokenize_all(&sf, &tf);
    tokenize_all(&sw, &tw);
    cr_assert_eq(tf.nrows, tw.nrows, "tail %d", tail);
    for (int r = 0; r < tf.nrows; r++) {
      cr_assert_eq(tf.rows[r].ncells, tw.rows[r].ncells, "tail %d row %d", tail, r);
      for (int k = 0; k < tf.rows[r].ncells; k++) {
        char a[256], b[256];
        cell_text(fast, &tf.rows[r].cells[k], a, sizeof a);
        cell_text(slow, &tw.rows[r].cells[k], b, sizeof b);
        cr_expect_str_eq(a, b, "tail %d row %d cell %d", tail, r, k);
        cr_expect_eq(tf.rows[r].cells[k].col, tw.rows[r].cells[k].col);
        cr_expect_eq(tf.rows[r].cells[k].span.end - tf.rows[r].cells[k].span.start,
                     tw.rows[r].cells[k].span.end - tw.rows[r].cells[k].span.start);
      }
    }
    nb_obs_table_free(&tf);
    nb_obs_table_free(&tw);
    nb_stream_free(&sf);
    nb_stream_free(&sw);
  }
}

/* A closing tag cut short by the end of the region still closes its cell. */
Test(html, closing_tag_cut_short_at_the_end) {
  const char *text = "<table><tr><td>x</td";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  cr_assert_eq(t.rows[0].ncells, 1);
  expect_span(&t.rows[0].cells[0], text, "x");
  cr_expect_null(t.rows[0].cells[0].text);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A cell's rowspan and colspan are read in one walk over its attributes: any case, quoted or
 * not, among other attributes; the first of each name counts, and a value that is no count
 * above 0 ("0", a longer name ending in the same letters) leaves 1. */
Test(html, spans_read_among_other_attributes) {
  const char *text = "<table><tr><td class=\"x\" COLSPAN=2 colspan=\"3\" RowSpan='2'>甲</td>"
                     "<td>乙</td><td colspan=\"0\" data-colspan=\"5\">丁</td></tr>\n"
                     "<tr><td>丙</td></tr>\n"
                     "</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 2);
  nb_obs_row *a = &t.rows[0];
  cr_assert_eq(a->ncells, 3);
  expect_span(&a->cells[0], text, "甲");
  cr_expect_eq(a->cells[0].col, 0);
  cr_expect_eq(a->cells[0].colspan, 2);
  expect_span(&a->cells[1], text, "乙");
  cr_expect_eq(a->cells[1].col, 2);
  expect_span(&a->cells[2], text, "丁");
  cr_expect_eq(a->cells[2].col, 3);
  cr_expect_eq(a->cells[2].colspan, 1);
  nb_obs_row *b = &t.rows[1];
  cr_assert_eq(b->ncells, 2);
  cr_expect(b->cells[0].repeated);
  expect_span(&b->cells[0], text, "甲");
  cr_expect_eq(b->cells[0].colspan, 2);
  expect_span(&b->cells[1], text, "丙");
  cr_expect_eq(b->cells[1].col, 2);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A cell tag in the last four bytes of the region is read by the general scan, to the same
 * cell: here an empty last cell. */
Test(html, cell_tag_at_the_end_of_the_region) {
  const char *text = "<table><tr><td>甲</td><td>";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 2);
  expect_span(&r->cells[0], text, "甲");
  cr_expect_eq(r->cells[1].col, 1);
  cr_expect_eq(r->cells[1].span.start, r->cells[1].span.end);
  cr_expect_eq(r->span.end, strlen(text));
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A row's cells are written where the row keeps them while none spans more than one and no row
 * above left the grid anything; otherwise the grid places them. Both give the same cells: the
 * rows of a table whose head went through the grid (a colspan) equal the same rows of a table
 * that never did, past the pool's first block (64 cells) too, in one row and across rows. A
 * spanning cell after plain ones in a row hands those to the grid. */
Test(html, cells_written_in_place_or_placed_by_the_grid_alike) {
  char body[8192];
  size_t o = 0;
  for (int r = 0; r < 4; r++) {
    int ncells = r == 2 ? 150 : 30; /* row 2 alone outgrows a block */
    o += (size_t)snprintf(body + o, sizeof body - o, "<tr>");
    for (int c = 0; c < ncells; c++)
      o += (size_t)snprintf(body + o, sizeof body - o,
                            c % 7 == 3 ? "<td>x&amp;%d</td>" : "<td>%d</td>", r * 1000 + c);
    o += (size_t)snprintf(body + o, sizeof body - o, "</tr>\n");
  }
  cr_assert_lt(o, sizeof body - 1);
  char direct[9000], grid[9000];
  snprintf(direct, sizeof direct, "<table><tr><td>甲</td><td>乙</td></tr>\n%s</table>\n", body);
  snprintf(grid, sizeof grid, "<table><tr><td colspan=\"2\">甲</td></tr>\n%s</table>\n", body);
  nb_stream ds, gs;
  lines_to_stream(&ds, direct);
  lines_to_stream(&gs, grid);
  nb_obs_table dt, gt;
  tokenize_all(&ds, &dt);
  tokenize_all(&gs, &gt);
  cr_assert_eq(dt.nrows, 5);
  cr_assert_eq(gt.nrows, 5);
  size_t shift = off(direct, body) - off(grid, body); /* where the rows start differs */
  for (int r = 1; r < 5; r++) {
    const nb_obs_row *d = &dt.rows[r], *g = &gt.rows[r];
    cr_assert_eq(d->ncells, r == 3 ? 150 : 30, "row %d", r);
    cr_assert_eq(d->ncells, g->ncells, "row %d", r);
    for (int c = 0; c < d->ncells; c++) {
      cr_expect_eq(d->cells[c].span.start, g->cells[c].span.start + shift, "row %d cell %d", r, c);
      cr_expect_eq(d->cells[c].span.end, g->cells[c].span.end + shift, "row %d cell %d", r, c);
      cr_expect_eq(d->cells[c].col, c, "row %d cell %d", r, c);
      cr_expect_eq(g->cells[c].col, c, "row %d cell %d", r, c);
      cr_expect_eq(d->cells[c].colspan, 1);
      cr_expect(!d->cells[c].repeated && !g->cells[c].repeated);
      char want[32];
      snprintf(want, sizeof want, c % 7 == 3 ? "x&%d" : "%d", (r - 1) * 1000 + c);
      expect_text(&ds, &d->cells[c], want);
      expect_text(&gs, &g->cells[c], want);
    }
  }
  nb_obs_table_free(&dt);
  nb_obs_table_free(&gt);
  nb_stream_free(&ds);
  nb_stream_free(&gs);

  const char *text = "<table><tr><td>甲</td><td>乙</td><td colspan=\"2\">丙</td><td>丁</td></tr>\n"
                     "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>\n</table>\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 2);
  cr_assert_eq(t.rows[0].ncells, 4);
  static const char *const head[] = {"甲", "乙", "丙", "丁"};
  static const int cols[] = {0, 1, 2, 4};
  for (int k = 0; k < 4; k++) {
    expect_span(&t.rows[0].cells[k], text, head[k]);
    cr_expect_eq(t.rows[0].cells[k].col, cols[k], "cell %d", k);
    cr_expect_eq(t.rows[0].cells[k].colspan, k == 2 ? 2 : 1, "cell %d", k);
  }
  cr_assert_eq(t.rows[1].ncells, 5);
  for (int k = 0; k < 5; k++)
    cr_expect_eq(t.rows[1].cells[k].col, k, "cell %d", k);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}
