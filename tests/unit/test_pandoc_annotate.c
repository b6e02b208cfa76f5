/* Findings as Word comments (src/pandoc/annotate.c): pandoc's comment-start and comment-end
 * spans, around the cell, the heading or the sentence a finding is about. */
#include "core/rules/rule_util.h"
#include "core/xalloc.h"
#include "pandoc/annotate.h"
#include "pandoc/ast.h"
#include "test_pandoc_support.h"

typedef struct {
  pd_document doc;
  pd_flat f;
  nb_diag_list diags;
} fixture;

static void setup(fixture *x, const char *json) {
  flatten_json(json, &x->doc, &x->f);
  nb_diag_list_init(&x->diags);
}

static void finding(fixture *x, const char *rule, nb_span span, const char *message) {
  nb_diag_add(&x->diags, rule, span, "%s%.0s", "%.0s%s", message, message);
}

static void annotate(fixture *x) {
  pd_annotate(&x->f, x->doc.blocks, &x->diags, NB_LANG_ZH, x->f.max_comment_id + 1,
              "2024-01-01T00:00:00Z");
}

static void teardown(fixture *x) {
  nb_diag_list_free(&x->diags);
  pd_flat_free(&x->f);
  pd_document_free(&x->doc);
}

/* A compact rendering of an inline list: Str text as is, [id> for a comment start (its text
 * after ':'), <id] for an end, '_' for a Space. */
static void render(const json_t *list, nb_rule_buf *b);

static void render_one(const json_t *el, nb_rule_buf *b) {
  json_t *c = pd_content(el);
  if (pd_is(el, "Str")) {
    nb_rule_buf_printf(b, "%s", json_string_value(c));
  } else if (pd_is(el, "Space")) {
    nb_rule_buf_printf(b, "_");
  } else if (pd_is(el, "Span")) {
    json_t *attr = pd_at(c, 0);
    const char *id = pd_attr_value(attr, "id");
    if (pd_attr_has_class(attr, "comment-start")) {
      cr_expect_str_eq(pd_attr_value(attr, "author"), "nianbao");
      cr_expect_str_eq(pd_attr_value(attr, "date"), "2024-01-01T00:00:00Z");
      nb_rule_buf_printf(b, "[%s:", id);
      render(pd_at(c, 1), b);
      nb_rule_buf_printf(b, ">");
    } else if (pd_attr_has_class(attr, "comment-end")) {
      cr_expect_eq(json_array_size(pd_at(c, 1)), 0);
      nb_rule_buf_printf(b, "<%s]", id);
    } else {
      render(pd_at(c, 1), b);
    }
  } else if (json_is_array(c)) {
    render(c, b);
  }
}

static void render(const json_t *list, nb_rule_buf *b) {
  for (size_t i = 0; i < json_array_size(list); i++)
    render_one(pd_at(list, i), b);
}

static char *rendered(const json_t *list) {
  nb_rule_buf b;
  nb_rule_buf_init(&b);
  render(list, &b);
  return nb_rule_buf_take(&b);
}

static json_t *block(fixture *x, size_t i) {
  return pd_at(x->doc.blocks, i);
}

/* The block list of cell k of body row r of the table that is block t. */
static json_t *cell_blocks(fixture *x, size_t t, size_t r, size_t k) {
  json_t *body = pd_at(pd_at(pd_content(block(x, t)), 4), 0);
  return pd_at(pd_at(pd_at(pd_at(body, 3), r), 1), k)
             ? pd_at(pd_at(pd_at(pd_at(pd_at(body, 3), r), 1), k), 4)
             : NULL;
}

#define EXPECT_RENDERED(list, want)                                                                \
  do {                                                                                             \
    char *got_ = rendered(list);                                                                   \
    cr_expect_str_eq(got_, want);                                                                  \
    free(got_);                                                                                    \
  } while (0)

Test(annotate, a_sentence_of_a_paragraph_is_wrapped_and_the_str_split) {
  fixture x;
  setup(&x, DOC(PARA(STR("第一句。第二句有错，") C SP C STR("真的。第三句。"))));
  finding(&x, "text-table-mismatch",
          nb_span_make(text_offset(&x.f, "有错"), text_offset(&x.f, "，")), "消息");
  annotate(&x);
  EXPECT_RENDERED(pd_content(block(&x, 0)),
                  "第一句。[1:warning:_消息_[text-table-mismatch]>第二句有错，_真的。<1]第三句。");
  teardown(&x);
}

Test(annotate, a_sentence_runs_over_the_lines_of_its_paragraph) {
  fixture x;
  setup(&x, DOC(PARA(STR("上文。本年度收到") C SB C STR("申请25件。下文"))));
  finding(&x, "text-table-mismatch",
          nb_span_make(text_offset(&x.f, "25件"), text_offset(&x.f, "件。")), "m");
  annotate(&x);
  /* The SoftBreak between the lines is an element of its own ({"t":"SoftBreak"}: not drawn). */
  EXPECT_RENDERED(pd_content(block(&x, 0)),
                  "上文。[1:warning:_m_[text-table-mismatch]>本年度收到申请25件。<1]下文");
  teardown(&x);
}

Test(annotate, a_heading_is_wrapped_whole) {
  fixture x;
  setup(&x, DOC(HEADER(2, ATTR, STR("五、存在的主要问题及改近情况")) C PARA(STR("正文"))));
  finding(&x, "section-title", nb_span_make(text_offset(&x.f, "改近"), text_offset(&x.f, "情况")),
          "m");
  annotate(&x);
  EXPECT_RENDERED(pd_at(pd_content(block(&x, 0)), 2),
                  "[1:warning:_m_[section-title]>五、存在的主要问题及改近情况<1]");
  EXPECT_RENDERED(pd_content(block(&x, 1)), "正文");
  teardown(&x);
}

static const char *const TWO_CELLS = DOC(TABLE(
    ATTR, "", ROW(CELL(1, 1, PLAIN(STR("1.属于") C SP C STR("国家秘密"))) C CELL(1, 1, "")), ""));

Test(annotate, a_cell_is_wrapped_whole_and_an_empty_one_gets_a_paragraph) {
  fixture x;
  setup(&x, TWO_CELLS);
  const nb_stream_item *row = &x.f.items[0];
  finding(&x, "label-typo",
          nb_span_make(row->cells[0].span.start + 3, row->cells[0].span.start + 6), "错字");
  finding(&x, "table-cell-empty", row->cells[1].span, "空白");
  annotate(&x);
  EXPECT_RENDERED(pd_content(pd_at(cell_blocks(&x, 0, 0, 0), 0)),
                  "[1:warning:_错字_[label-typo]>1.属于_国家秘密<1]");
  json_t *empty = cell_blocks(&x, 0, 0, 1);
  cr_assert_eq(json_array_size(empty), 1);
  cr_expect(pd_is(pd_at(empty, 0), "Plain"));
  EXPECT_RENDERED(pd_content(pd_at(empty, 0)), "[2:warning:_空白_[table-cell-empty]><2]");
  teardown(&x);
}

Test(annotate, two_findings_on_one_cell_keep_their_order) {
  fixture x;
  setup(&x, TWO_CELLS);
  const nb_stream_item *row = &x.f.items[0];
  finding(&x, "label-typo", row->cells[0].span, "一");
  finding(&x, "label-format", row->cells[0].span, "二");
  annotate(&x);
  EXPECT_RENDERED(pd_content(pd_at(cell_blocks(&x, 0, 0, 0), 0)),
                  "[1:warning:_一_[label-typo]>[2:info:_二_[label-format]>1.属于_国家秘密<1]<2]");
  teardown(&x);
}

Test(annotate, a_raw_block_gets_a_paragraph_of_its_own_before_it) {
  fixture x;
  setup(&x, DOC(PARA(STR("甲")) C
                "{\"t\":\"RawBlock\",\"c\":[\"html\",\"<table>\\n<tr><td>x</td></tr>\"]}"));
  finding(&x, "table-unreadable",
          nb_span_make(text_offset(&x.f, "<tr>"), text_offset(&x.f, "<tr>") + 4), "读不出");
  annotate(&x);
  cr_assert_eq(json_array_size(x.doc.blocks), 3);
  cr_expect(pd_is(block(&x, 1), "Para"));
  EXPECT_RENDERED(pd_content(block(&x, 1)), "[1:warning:_读不出_[table-unreadable]><1]");
  cr_expect(pd_is(block(&x, 2), "RawBlock"));
  teardown(&x);
}

Test(annotate, new_comments_do_not_reuse_the_documents_own_ids) {
  fixture x;
  setup(&x, DOC(PARA(STR("甲") C SPAN("[\"\",[\"comment-start\"],[[\"id\",\"41\"],[\"author\","
                                      "\"nianbao\"],[\"date\",\"2024-01-01T00:00:00Z\"]]]",
                                      STR("旧批注")) C STR("乙。")
                         C SPAN("[\"\",[\"comment-end\"],[[\"id\",\"41\"]]]", ""))));
  finding(&x, "date-invalid", nb_span_make(0, 3), "m");
  annotate(&x);
  char *got = rendered(pd_content(block(&x, 0)));
  cr_expect(strstr(got, "[42:") != NULL, "%s", got);
  free(got);
  teardown(&x);
}

Test(annotate, the_comment_text_is_severity_message_and_rule) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "sum-row", nb_span_make(0, 1), "中文%d", "english %d", 5);
  char *zh = pd_comment_text(&l.items[0], NB_LANG_ZH);
  char *en = pd_comment_text(&l.items[0], NB_LANG_EN);
  cr_expect_str_eq(zh, "error: 中文5 [sum-row]");
  cr_expect_str_eq(en, "error: english 5 [sum-row]");
  free(zh);
  free(en);
  nb_diag_list_free(&l);
}

/* 40000 comments in one paragraph of one Str: each list is rebuilt once and each Str split once,
 * so this takes milliseconds; inserting them one by one took minutes. */
Test(annotate, many_comments_in_one_paragraph_take_linear_time, .timeout = 30) {
  enum { N = 40000 };
  const char *sentence = "第一句有错。";
  size_t n = strlen(sentence);
  char *text = malloc(n * N + 1);
  for (int i = 0; i < N; i++)
    memcpy(text + n * i, sentence, n);
  text[n * N] = '\0';
  json_t *root = json_pack("{s:[i,i],s:{},s:[{s:s,s:[{s:s,s:s}]}]}", "pandoc-api-version", 1, 22,
                           "meta", "blocks", "t", "Para", "c", "t", "Str", "c", text);
  char *json = json_dumps(root, JSON_COMPACT);
  json_decref(root);
  fixture x;
  setup(&x, json);
  free(json);
  for (int i = 0; i < N; i++)
    finding(&x, "date-invalid", nb_span_make(n * i + 3, n * i + 6), "m");
  annotate(&x);
  json_t *inlines = pd_content(block(&x, 0));
  cr_assert_eq(json_array_size(inlines), 3 * N); /* each sentence: start, its Str, end */
  cr_expect(pd_attr_has_class(pd_at(pd_content(pd_at(inlines, 3 * N - 3)), 0), "comment-start"));
  cr_expect_str_eq(json_string_value(pd_content(pd_at(inlines, 3 * N - 2))), sentence);
  free(text);
  teardown(&x);
}
