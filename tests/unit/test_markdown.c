/* The cmark-gfm front-end (src/markdown): the "nianbao" extension's registration, node types,
 * heading forms, rendering and tree restructuring, and the neutral stream built from the
 * tree. Offsets are bytes (CJK characters are 3), lines and columns 1-based as in cmark. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "core/model.h"
#include "layout/sections.h"
#include "markdown/extension.h"
#include "markdown/markdown.h"
#include "markdown/restructure.h"
#include "markdown/source_lines.h"
#include "markdown/stream_from_cmark.h"

typedef struct {
  cmark_parser *parser;
  cmark_syntax_extension *ext; /* owned when `own_ext` */
  bool own_ext;
  cmark_node *doc;
  nb_report *r;
} tree;

/* Parses like nb_markdown_build (a private extension with the source, then "table"), keeping
 * the tree. */
static void parse_tree(tree *t, const char *text) {
  cmark_gfm_core_extensions_ensure_registered();
  t->ext = create_nianbao_extension();
  t->own_ext = true;
  nianbao_extension_set_source(t->ext, text, strlen(text));
  t->parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(t->parser, t->ext);
  cmark_parser_attach_syntax_extension(t->parser, cmark_find_syntax_extension("table"));
  cmark_parser_feed(t->parser, text, strlen(text));
  t->doc = cmark_parser_finish(t->parser);
  t->r = nianbao_document_take_report(t->doc);
  cr_assert_not_null(t->r);
}

/* Parses with the registered extension, which has no source: headings only, no model. */
static void parse_registered(tree *t, const char *text) {
  nianbao_extension_register();
  t->ext = cmark_find_syntax_extension("nianbao");
  cr_assert_not_null(t->ext);
  t->own_ext = false;
  t->parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(t->parser, t->ext);
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser_attach_syntax_extension(t->parser, cmark_find_syntax_extension("table"));
  cmark_parser_feed(t->parser, text, strlen(text));
  t->doc = cmark_parser_finish(t->parser);
  t->r = nianbao_document_take_report(t->doc);
}

static void tree_free(tree *t) {
  if (t->r) {
    nb_report_free(t->r);
    free(t->r);
  }
  cmark_node_free(t->doc);
  cmark_parser_free(t->parser);
  if (t->own_ext)
    cmark_syntax_extension_free(cmark_get_default_mem_allocator(), t->ext);
}

static cmark_node *child(cmark_node *n, int index) {
  cmark_node *c = cmark_node_first_child(n);
  while (c && index-- > 0)
    c = cmark_node_next(c);
  cr_assert_not_null(c);
  return c;
}

/* ---------------------------------------------------------------- registration, node types */

Test(markdown, registered_extension_marks_headings_without_model) {
  tree t;
  nianbao_extension_register();
  parse_registered(&t, "一、总体情况\n正文\n");
  cr_assert_null(t.r);
  cmark_node *h = child(t.doc, 0);
  cr_assert_eq(cmark_node_get_type(h), NIANBAO_NODE_SECTION_HEADING);
  cr_assert_str_eq(cmark_node_get_type_string(h), "nianbao_section_heading");
  cr_assert_eq(cmark_node_get_start_line(h), 1);
  cr_assert_eq(cmark_node_get_end_line(h), 1);
  cr_assert_eq(cmark_node_get_type(child(t.doc, 1)), CMARK_NODE_PARAGRAPH);
  cr_assert_eq(cmark_node_get_start_line(child(t.doc, 1)), 2);
  tree_free(&t);
}

Test(markdown, node_types_distinct_blocks) {
  cmark_syntax_extension *e = create_nianbao_extension();
  cr_assert_neq(NIANBAO_NODE_SECTION_HEADING, NIANBAO_NODE_SECTION);
  cr_assert_neq(NIANBAO_NODE_SECTION, NIANBAO_NODE_TABLE);
  cr_assert_eq(NIANBAO_NODE_SECTION & CMARK_NODE_TYPE_MASK, CMARK_NODE_TYPE_BLOCK);
  cmark_node *s = cmark_node_new_with_ext(NIANBAO_NODE_SECTION, e);
  cmark_node *tb = cmark_node_new_with_ext(NIANBAO_NODE_TABLE, e);
  cr_assert_str_eq(cmark_node_get_type_string(s), "nianbao_section");
  cr_assert_str_eq(cmark_node_get_type_string(tb), "nianbao_table");
  /* A section holds blocks and tables; a table holds no section. */
  cr_assert(cmark_node_append_child(s, cmark_node_new(CMARK_NODE_PARAGRAPH)));
  cr_assert(cmark_node_append_child(s, tb));
  cmark_node *inner = cmark_node_new_with_ext(NIANBAO_NODE_SECTION, e);
  cr_assert_not(cmark_node_append_child(tb, inner));
  cmark_node_free(inner);
  cmark_node_free(s);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), e);
}

/* ---------------------------------------------------------------- heading forms */

Test(markdown, plain_heading_and_section_wrapper_spans) {
  tree t;
  /* line 1: 18 bytes; line 2 "正文。" 9 bytes; line 3 blank; line 4; line 5 "表格" 6 bytes. */
  parse_tree(&t, "一、总体情况\n正文。\n\n二、主动公开政府信息情况\n表格\n");
  cr_assert_eq(t.r->nsections, 2);
  cmark_node *s1 = child(t.doc, 0), *s2 = child(t.doc, 1);
  cr_assert_eq(cmark_node_get_type(s1), NIANBAO_NODE_SECTION);
  cr_assert_eq(nianbao_section_node_id(s1), NB_SEC_OVERVIEW);
  cr_assert_eq(cmark_node_get_start_line(s1), 1);
  cr_assert_eq(cmark_node_get_start_column(s1), 1);
  cr_assert_eq(cmark_node_get_end_line(s1), 2);
  cr_assert_eq(cmark_node_get_end_column(s1), 9);
  cr_assert_eq(cmark_node_get_type(child(s1, 0)), NIANBAO_NODE_SECTION_HEADING);
  cr_assert_eq(cmark_node_get_type(child(s1, 1)), CMARK_NODE_PARAGRAPH);
  cr_assert_eq(nianbao_section_node_id(s2), NB_SEC_ACTIVE);
  cr_assert_eq(cmark_node_get_start_line(s2), 4);
  cr_assert_eq(cmark_node_get_end_line(s2), 5);
  cr_assert_eq(cmark_node_get_end_column(s2), 6);
  cr_assert_null(cmark_node_next(s2));
  tree_free(&t);
}

Test(markdown, indented_heading_inside_paragraph) {
  tree t;
  parse_tree(&t, "正文第一行\n     二、主动公开政府信息情况\n正文第二行\n");
  cr_assert_eq(t.r->nsections, 1);
  const nb_section *s = &t.r->sections[0];
  cr_assert_eq(s->id, NB_SEC_ACTIVE);
  cr_assert_eq(s->level, 0);
  cr_assert_eq(s->heading.start, 16 + 5); /* "正文第一行\n" is 16 bytes */
  cmark_node *p = child(t.doc, 0);
  cr_assert_eq(cmark_node_get_type(p), CMARK_NODE_PARAGRAPH);
  cr_assert_eq(cmark_node_get_end_line(p), 1);
  cmark_node *sec = child(t.doc, 1);
  cr_assert_eq(cmark_node_get_type(sec), NIANBAO_NODE_SECTION);
  cr_assert_eq(cmark_node_get_start_line(sec), 2);
  cr_assert_eq(cmark_node_get_start_column(sec), 6);
  cmark_node *h = child(sec, 0);
  cr_assert_eq(cmark_node_get_type(h), NIANBAO_NODE_SECTION_HEADING);
  cr_assert_eq(cmark_node_get_start_line(h), 2);
  cr_assert_eq(cmark_node_get_end_line(h), 2);
  cr_assert_eq(cmark_node_get_start_line(child(sec, 1)), 3);
  tree_free(&t);
}

Test(markdown, indented_heading_after_blank_line_is_code_but_found) {
  tree t;
  parse_tree(&t, "正文\n\n     二、主动公开政府信息情况\n");
  cr_assert_eq(t.r->nsections, 1);
  cr_assert_eq(t.r->sections[0].heading.start, 8 + 5); /* "正文\n\n" is 8 bytes */
  cmark_node *sec = child(t.doc, 1);
  cr_assert_eq(cmark_node_get_type(sec), NIANBAO_NODE_SECTION);
  cr_assert_eq(cmark_node_get_type(child(sec, 0)), CMARK_NODE_CODE_BLOCK);
  tree_free(&t);
}

Test(markdown, setext_heading_underline_not_in_stream) {
  tree t;
  parse_tree(&t, "一、总体情况\n======\n\n正文\n");
  cr_assert_eq(t.r->nsections, 1);
  cr_assert_eq(t.r->sections[0].level, 1);
  cr_assert_eq(t.r->stream.nitems, 2);
  const nb_stream_item *h = &t.r->stream.items[0], *body = &t.r->stream.items[1];
  cr_assert_eq(h->kind, NB_ITEM_HEADING);
  cr_assert_eq(h->heading_level, 1);
  cr_assert_eq(h->span.start, 0);
  cr_assert_eq(h->span.end, 18);
  cr_assert_eq(body->kind, NB_ITEM_LINE);
  cr_assert_eq(body->span.start, 27); /* 19 + "======\n" + "\n" */
  cr_assert_eq(body->blank_before, 1);
  cmark_node *heading = child(child(t.doc, 0), 0);
  cr_assert_eq(cmark_node_get_type(heading), CMARK_NODE_HEADING);
  cr_assert_eq(cmark_node_get_heading_level(heading), 1);
  tree_free(&t);
}

Test(markdown, setext_level_two) {
  tree t;
  parse_tree(&t, "正文\n\n五、存在的主要问题及改进情况\n---\n内容\n");
  cr_assert_eq(t.r->nsections, 1);
  cr_assert_eq(t.r->sections[0].id, NB_SEC_PROBLEMS);
  cr_assert_eq(t.r->sections[0].level, 2);
  tree_free(&t);
}

Test(markdown, atx_any_level) {
  tree t;
  parse_tree(&t, "#### 五、存在的主要问题及改进情况\n内容\n###### 总体情况\n");
  cr_assert_eq(t.r->nsections, 2);
  cr_assert_eq(t.r->sections[0].level, 4);
  cr_assert_eq(t.r->sections[0].heading.start, 0);
  cr_assert_eq(t.r->sections[0].numeral.start, 5);
  /* A marked heading may carry the title alone. */
  cr_assert_eq(t.r->sections[1].id, NB_SEC_OVERVIEW);
  cr_assert_eq(t.r->sections[1].level, 6);
  cr_assert_eq(t.r->sections[1].numeral_value, 0);
  tree_free(&t);
}

Test(markdown, bold_heading_renders) {
  tree t;
  parse_tree(&t, "**六、其他需要报告的事项**\n无。\n");
  cr_assert_eq(t.r->nsections, 1);
  cr_assert_eq(t.r->sections[0].level, 0);
  cmark_node *h = child(child(t.doc, 0), 0);
  cr_assert_eq(cmark_node_get_type(h), NIANBAO_NODE_SECTION_HEADING);
  cr_assert_eq(cmark_node_get_type(child(h, 0)), CMARK_NODE_STRONG);
  char *html = cmark_render_html(t.doc, CMARK_OPT_DEFAULT, NULL);
  cr_assert_str_eq(html,
                   "<section class=\"nianbao-section\">\n"
                   "<p class=\"nianbao-section-heading\"><strong>六、其他需要报告的事项</strong>"
                   "</p>\n<p>无。</p>\n</section>\n");
  free(html);
  char *md = cmark_render_commonmark(t.doc, CMARK_OPT_DEFAULT, 0);
  cr_assert_str_eq(md, "**六、其他需要报告的事项**\n\n无。\n");
  free(md);
  tree_free(&t);
}

static int count_nodes(cmark_node *root, cmark_node_type type) {
  int n = 0;
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == type)
      n++;
  cmark_iter_free(it);
  return n;
}

Test(markdown, table_row_labels_and_prose_stay_paragraph_lines) {
  tree t;
  parse_tree(&t, "全文包括一、总体情况等六部分。\n三、本年度办理结果\n四、结转下年度继续办理\n");
  cr_assert_eq(t.r->nsections, 0);
  cr_assert_eq(count_nodes(t.doc, NIANBAO_NODE_SECTION_HEADING), 0);
  cr_assert_eq(count_nodes(t.doc, CMARK_NODE_PARAGRAPH), 1);
  cr_assert_eq(t.r->stream.nitems, 3);
  for (int i = 0; i < 3; i++) {
    cr_assert_eq(t.r->stream.items[i].kind, NB_ITEM_LINE);
    cr_assert_eq(t.r->stream.items[i].block, 0);
  }
  tree_free(&t);
}

/* ---------------------------------------------------------------- the stream */

Test(markdown, stream_raw_lines_and_blocks) {
  tree t;
  const char *text = "| a | b |\n|---|---|\n| 1 | 2 |\n"           /* GFM table: lines 1-3 */
                     "\n"                                          /* line 4 */
                     "行政许可\t15160\n"                           /* tab paragraph: line 5 */
                     "\n"                                          /* line 6 */
                     "    第一格\n\n    第二格\n"                  /* indented code: lines 7-9 */
                     "\n<table>\n<tr><td>1</td></tr>\n</table>\n"; /* HTML: lines 11-13 */
  parse_tree(&t, text);
  const nb_stream *s = &t.r->stream;
  cr_assert_eq(s->nitems, 9);
  for (int i = 0; i < 3; i++) {
    cr_assert_eq(s->items[i].kind, NB_ITEM_LINE);
    cr_assert_eq(s->items[i].block, 0);
  }
  cr_assert_eq(s->items[0].span.start, 0);
  cr_assert_eq(s->items[0].span.end, 9);
  cr_assert_eq(s->items[2].span.start, 20);
  cr_assert_eq(s->items[3].block, 1);
  cr_assert_eq(s->items[3].blank_before, 1);
  cr_assert_eq(s->items[3].span.start, 31);
  cr_assert_eq(s->items[3].span.end, 31 + 18); /* 行政许可 12, tab 1, 15160 5 */
  /* The code block keeps its indentation; its inner blank line is no item. */
  cr_assert_eq(s->items[4].block, 2);
  cr_assert_eq(s->items[5].block, 2);
  cr_assert_eq(s->items[5].blank_before, 1);
  cr_assert_eq(s->items[4].span.start, 51);
  cr_assert_eq(s->items[4].span.end, 51 + 13);
  cr_assert_eq(s->items[6].block, 3);
  cr_assert_eq(s->items[8].block, 3);
  tree_free(&t);
}

Test(markdown, crlf_and_lone_cr_line_ends) {
  tree t;
  parse_tree(&t, "一、总体情况\r\n正文\r二、主动公开政府信息情况\r\n");
  cr_assert_eq(t.r->nsections, 2);
  cr_assert_eq(t.r->stream.items[1].span.start, 20);
  cr_assert_eq(t.r->stream.items[1].span.end, 26);
  cr_assert_eq(t.r->sections[1].heading.start, 27);
  tree_free(&t);
}

Test(markdown, nb_markdown_build_fills_out) {
  const char *text = "一、总体情况\n\n正文。\n";
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  nb_markdown_build(text, strlen(text), &r);
  cr_assert_eq(r.text, text);
  cr_assert_eq(r.nsections, 1);
  cr_assert_eq(r.stream.nitems, 2);
  cr_assert_eq(r.stream.items[1].blank_before, 1);
  nb_report_free(&r);
}

Test(markdown, odd_input_does_not_crash) {
  static const char *const inputs[] = {"",
                                       "\n\n\n",
                                       "\r",
                                       "一、",
                                       "**",
                                       "#",
                                       "    一、总体情况",
                                       "一、总体情况\n===",
                                       "> 一、总体情况\n> 正文",
                                       "- 一、总体情况\n- 二、主动公开政府信息情况"};
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    nb_report r;
    nb_report_init(&r, inputs[i], strlen(inputs[i]));
    nb_markdown_build(inputs[i], strlen(inputs[i]), &r);
    nb_report_free(&r);
  }
  /* Bytes after a NUL still count. */
  const char with_nul[] = "a\0b\n一、总体情况\n";
  nb_report r;
  nb_report_init(&r, with_nul, sizeof with_nul - 1);
  nb_markdown_build(with_nul, sizeof with_nul - 1, &r);
  cr_assert_eq(r.nsections, 1);
  cr_assert_eq(r.sections[0].heading.start, 4);
  nb_report_free(&r);
}

/* ---------------------------------------------------------------- table wrappers */

Test(markdown, table_wrapper_from_model_span) {
  const char *text = "二、主动公开政府信息情况\n\n"      /* line 1 (36 bytes), line 2 */
                     "| a | b |\n|---|---|\n| 1 | 2 |\n" /* lines 3-5, bytes 38..67 */
                     "\n说明\n";                         /* lines 6-7 */
  tree t;
  parse_registered(&t, text);
  nb_line_index lines;
  nb_line_index_build(&lines, text, strlen(text));
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  nb_stream_from_cmark(t.doc, &lines, &r.stream);
  nb_find_sections(&r);
  r.tables[NB_TABLE_ACTIVE].found = true;
  r.tables[NB_TABLE_ACTIVE].span = nb_span_make(38, 67);
  nb_restructure_tree(t.doc, t.ext, &r, &lines);
  cmark_node *sec = child(t.doc, 0);
  cr_assert_eq(cmark_node_get_type(sec), NIANBAO_NODE_SECTION);
  cr_assert_null(cmark_node_next(sec));
  cmark_node *tb = child(sec, 1);
  cr_assert_eq(cmark_node_get_type(tb), NIANBAO_NODE_TABLE);
  cr_assert_eq(cmark_node_get_start_line(tb), 3);
  cr_assert_eq(cmark_node_get_start_column(tb), 1);
  cr_assert_eq(cmark_node_get_end_line(tb), 5);
  cr_assert_eq(cmark_node_get_end_column(tb), 9);
  cr_assert_str_eq(cmark_node_get_type_string(child(tb, 0)), "table");
  cr_assert_eq(cmark_node_get_type(child(sec, 2)), CMARK_NODE_PARAGRAPH);
  char *html = cmark_render_html(t.doc, CMARK_OPT_DEFAULT, NULL);
  cr_assert_not_null(strstr(html, "<div class=\"nianbao-table\">\n<table>"));
  free(html);
  nb_report_free(&r);
  nb_line_index_free(&lines);
  tree_free(&t);
}
