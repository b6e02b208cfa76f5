/* src/syntax: the semantic tokens the language server sends, and the incremental reparse that
 * keeps them current. The expected tokens are read off the corpus files by hand: which bytes a
 * table number, a 总计 cell, a section heading and a suppression comment span, and the types
 * legend.c assigns to highlights.scm's captures. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax.h"

static char *read_corpus(const char *rel, size_t *len) {
  char path[512];
  snprintf(path, sizeof path, "%s/corpus/%s", NB_SOURCE_DIR, rel);
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  *len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(*len + 1);
  cr_assert_eq(fread(text, 1, *len, f), *len);
  text[*len] = '\0';
  fclose(f);
  return text;
}

static int type_index(const char *name) {
  int n;
  const char *const *types = nb_syntax_token_types(&n);
  for (int i = 0; i < n; i++)
    if (strcmp(types[i], name) == 0)
      return i;
  cr_assert_fail("no token type %s in the legend", name);
  return -1;
}

/* Byte offset of the first occurrence of `needle` after `from` (which must exist). */
static size_t find(const char *text, size_t from, const char *needle) {
  const char *p = strstr(text + from, needle);
  cr_assert_not_null(p, "'%s' not found", needle);
  return (size_t)(p - text);
}

/* The token that starts exactly at `start`, which must end at `end` and have type `type`. */
static void expect_token(const nb_syntax_token_list *t, const char *text, size_t start, size_t end,
                         const char *type) {
  for (int i = 0; i < t->count; i++) {
    if (t->items[i].start != start)
      continue;
    cr_expect_eq(t->items[i].end, end, "token at %zu ('%.*s') ends at %zu, want %zu", start,
                 (int)(end - start), text + start, t->items[i].end, end);
    cr_expect_eq(t->items[i].type, type_index(type), "token '%.*s' has type %d, want %s",
                 (int)(end - start), text + start, t->items[i].type, type);
    return;
  }
  cr_expect_fail("no token starts at %zu ('%.*s')", start, (int)(end - start), text + start);
}

static void expect_well_formed(const nb_syntax_token_list *t, const char *text) {
  for (int i = 0; i < t->count; i++) {
    const nb_syntax_token *k = &t->items[i];
    cr_assert_lt(k->start, k->end);
    if (i > 0)
      cr_assert_leq(t->items[i - 1].end, k->start, "tokens overlap or are out of order");
    for (size_t b = k->start; b < k->end; b++)
      cr_assert(text[b] != '\n' && text[b] != '\r', "token %d spans a line break", i);
  }
}

Test(syntax, legend_covers_every_capture) {
  int n;
  const char *const *types = nb_syntax_token_types(&n);
  cr_assert_eq(n, 11);
  cr_assert_str_eq(types[0], "namespace");
  /* Every capture of highlights.scm has a type: a file that uses them all gives no token of
   * type -1 (they would be dropped) — checked through the tokens of a report below; here the
   * mapping of the names the queries use. */
  static const char *const names[] = {"label",
                                      "punctuation.special",
                                      "punctuation.delimiter",
                                      "property",
                                      "number",
                                      "number.total",
                                      "keyword",
                                      "preproc",
                                      "comment",
                                      "type",
                                      "field",
                                      "string"};
  size_t len;
  char *q = read_corpus("../grammar/queries/highlights.scm", &len);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char capture[64];
    snprintf(capture, sizeof capture, "@%s\n", names[i]);
    bool used = strstr(q, capture) != NULL;
    snprintf(capture, sizeof capture, "@%s)", names[i]);
    used = used || strstr(q, capture) != NULL;
    cr_expect(used, "highlights.scm no longer uses @%s", names[i]);
  }
  /* And no capture in the file beyond those. */
  for (const char *p = strchr(q, '@'); p; p = strchr(p + 1, '@')) {
    if (p > q && p[-1] != ' ')
      continue;
    size_t k = strcspn(p + 1, " )\n");
    bool known = false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      known = known || (strlen(names[i]) == k && strncmp(names[i], p + 1, k) == 0);
    cr_expect(known, "capture @%.*s has no semantic token type in legend.c", (int)k, p + 1);
  }
  free(q);
}

Test(syntax, tokens_of_a_report) {
  size_t len;
  char *text = read_corpus("suppress/disable-line.md", &len);
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  cr_assert_not(ts_node_has_error(ts_tree_root_node(nb_syntax_tree(doc))));
  nb_syntax_token_list t = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  expect_well_formed(&t, text);

  /* "## 一、总体情况": the marker and the number are one operator token (adjacent tokens of
   * one type merge), the title a namespace. */
  size_t h = find(text, 0, "## 一、总体情况");
  expect_token(&t, text, h, h + strlen("## 一、"), "operator");
  expect_token(&t, text, h + strlen("## 一、"), h + strlen("## 一、总体情况"), "namespace");

  /* "| 行政规范性文件 | 3 | 1 | 14 |": a label and a number. */
  size_t row = find(text, 0, "| 行政规范性文件 | 3 | 1 | 14 |");
  expect_token(&t, text, row + 2, row + 2 + strlen("行政规范性文件"), "property");
  size_t fourteen = row + strlen("| 行政规范性文件 | 3 | 1 | ");
  expect_token(&t, text, fourteen, fourteen + 2, "number");

  /* The 总计 row of table 三: the label, a total, and its suppression comment. */
  size_t total = find(text, 0, "（七）总计");
  expect_token(&t, text, total, total + strlen("（七）总计"), "keyword");
  size_t nineteen = find(text, total, "| 19 |") + 2;
  expect_token(&t, text, nineteen, nineteen + 2, "enumMember");
  size_t comment = find(text, total, "<!-- nianbao-disable-line sum-outcome -->");
  expect_token(&t, text, comment, comment + strlen("<!-- nianbao-disable-line sum-outcome -->"),
               "macro");

  /* A suppression comment ending a heading: the title stops before it. */
  size_t five = find(text, 0, "## 五、存在的主要问题及改进情况 <!--");
  size_t c5 = find(text, five, "<!--");
  expect_token(&t, text, c5, find(text, c5, "-->") + 3, "macro");
  expect_token(&t, text, five + strlen("## 五、"), c5, "namespace");

  nb_syntax_tokens_free(&t);
  nb_syntax_close(doc);
  free(text);
}

Test(syntax, html_cells_and_attributes) {
  size_t len;
  char *text = read_corpus("layouts/html-rowspan.md", &len);
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  nb_syntax_token_list t = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  expect_well_formed(&t, text);
  size_t cell = find(text, 0, "<td rowspan=\"22\">三、本年度办理结果</td>");
  expect_token(&t, text, cell + 4, cell + 11, "parameter"); /* rowspan */
  expect_token(&t, text, cell + 13, cell + 15, "number");   /* 22 */
  size_t label = cell + strlen("<td rowspan=\"22\">");
  expect_token(&t, text, label, label + strlen("三、本年度办理结果"), "property");
  size_t value = find(text, 0, "<td colspan=\"3\">1286</td>") + strlen("<td colspan=\"3\">");
  expect_token(&t, text, value, value + 4, "number");
  nb_syntax_tokens_free(&t);
  nb_syntax_close(doc);
  free(text);
}

Test(syntax, multi_line_tokens_are_cut_per_line) {
  const char *text = "段落。<!-- 一\r\n二\r三\n四 -->\n";
  nb_syntax_doc *doc = nb_syntax_open(text, strlen(text));
  nb_syntax_token_list t = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  expect_well_formed(&t, text);
  cr_assert_eq(t.count, 4);
  size_t c = strlen("段落。");
  expect_token(&t, text, c, c + strlen("<!-- 一"), "comment");
  expect_token(&t, text, find(text, 0, "二"), find(text, 0, "二") + 3, "comment");
  expect_token(&t, text, find(text, 0, "三"), find(text, 0, "三") + 3, "comment");
  expect_token(&t, text, find(text, 0, "四"), find(text, 0, "四 -->") + strlen("四 -->"),
               "comment");
  nb_syntax_tokens_free(&t);
  nb_syntax_close(doc);
}

Test(syntax, a_range_is_the_full_list_clipped) {
  size_t len;
  char *text = read_corpus("reports/hongze-2024.md", &len);
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  nb_syntax_token_list all = {NULL, 0, 0}, part = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &all);
  size_t a = len / 3, b = 2 * len / 3;
  nb_syntax_tokens(doc, a, b, &part);
  int k = 0;
  for (int i = 0; i < all.count; i++) {
    size_t s = all.items[i].start > a ? all.items[i].start : a;
    size_t e = all.items[i].end < b ? all.items[i].end : b;
    if (s >= e)
      continue;
    cr_assert_lt(k, part.count);
    cr_expect_eq(part.items[k].start, s);
    cr_expect_eq(part.items[k].end, e);
    cr_expect_eq(part.items[k].type, all.items[i].type);
    k++;
  }
  cr_expect_eq(k, part.count);
  cr_assert_gt(k, 50);
  nb_syntax_tokens_free(&all);
  nb_syntax_tokens_free(&part);
  nb_syntax_close(doc);
  free(text);
}

/* ---------------------------------------------------------------- incremental edits */

static void expect_same_as_fresh(nb_syntax_doc *doc, const char *what) {
  size_t len;
  const char *text = nb_syntax_text(doc, &len);
  nb_syntax_doc *fresh = nb_syntax_open(text, len);
  char *a = ts_node_string(ts_tree_root_node(nb_syntax_tree(doc)));
  char *b = ts_node_string(ts_tree_root_node(nb_syntax_tree(fresh)));
  cr_expect_str_eq(a, b, "%s: the incremental tree differs from a fresh parse", what);
  nb_syntax_token_list x = {NULL, 0, 0}, y = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &x);
  nb_syntax_tokens(fresh, 0, SIZE_MAX, &y);
  cr_expect_eq(x.count, y.count, "%s: %d tokens after the edit, %d fresh", what, x.count, y.count);
  for (int i = 0; i < x.count && i < y.count; i++) {
    const nb_syntax_token *p = &x.items[i], *q = &y.items[i];
    if (p->start != q->start || p->end != q->end || p->type != q->type) {
      cr_expect_fail("%s: token %d is %zu-%zu type %d, fresh %zu-%zu type %d", what, i, p->start,
                     p->end, p->type, q->start, q->end, q->type);
      break;
    }
  }
  nb_syntax_tokens_free(&x);
  nb_syntax_tokens_free(&y);
  free(a);
  free(b);
  nb_syntax_close(fresh);
}

/* The start of the line `n` lines into the text (0-based), or the text's end. */
static size_t line_start(const char *text, size_t len, int n) {
  size_t i = 0;
  while (n > 0 && i < len) {
    if (text[i++] == '\n')
      n--;
  }
  return i;
}

typedef struct {
  int line;         /* where, in lines from the start (of the text at that moment) */
  int delete_lines; /* whole lines removed there */
  const char *insert;
} line_edit;

static void run_edits(const char *rel, const line_edit *edits, int n) {
  size_t len;
  char *text = read_corpus(rel, &len);
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  for (int i = 0; i < n; i++) {
    size_t cur_len;
    const char *cur = nb_syntax_text(doc, &cur_len);
    size_t start = line_start(cur, cur_len, edits[i].line);
    size_t end = line_start(cur, cur_len, edits[i].line + edits[i].delete_lines);
    cr_assert(nb_syntax_edit(doc, start, end, edits[i].insert, strlen(edits[i].insert)));
    char what[128];
    snprintf(what, sizeof what, "%s, edit %d", rel, i + 1);
    expect_same_as_fresh(doc, what);
  }
  nb_syntax_close(doc);
  free(text);
}

Test(syntax, incremental_edits_match_a_fresh_parse) {
  /* Edits that change the structure around them: a section heading turned into prose and
   * back, a table row removed and a 总计 row added, a blank line splitting a table, a comment
   * opened and closed later, a setext underline, text typed at the end. */
  static const line_edit report[] = {
      {6, 1, "二、这一行不再是标题，而是正文。\n"},
      {6, 1, "## 一、总体情况\n"},
      {22, 1, ""},
      {22, 0, "| （七）总计 | 1 | 2 | 3 |\n"},
      {25, 0, "\n"},
      {25, 1, ""},
      {4, 0, "<!-- 未闭合的注释\n"},
      {30, 0, "-->\n"},
      {4, 1, ""},
      {29, 1, ""},
      {10, 0, "总体情况\n---\n"},
      {2000, 0, "末尾追加一行"},
  };
  run_edits("suppress/disable-line.md", report, sizeof report / sizeof report[0]);

  static const line_edit html[] = {
      {25, 0, "\n"},
      {25, 1, ""},
      {30, 2, "<td rowspan=\"2\">（七）总计</td>\n<td>12</td>\n"},
      {20, 0, "<!-- nianbao-disable sum-row -->\n"},
  };
  run_edits("layouts/html-rowspan.md", html, sizeof html / sizeof html[0]);

  static const line_edit raw[] = {
      {1, 0, "一、总体情况\n"},
      {3, 3, ""},
      {40, 0, "\t\t缩进\n"},
  };
  run_edits("raw/hongze-2024.txt", raw, sizeof raw / sizeof raw[0]);
}

Test(syntax, byte_edits_inside_characters_and_full_updates) {
  size_t len;
  char *text = read_corpus("reports/seed-001-kashi-2021.md", &len);
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  /* Every 997th byte deleted, wherever it falls (inside a character too), then the text put
   * back whole, as a client with full sync sends it. */
  for (size_t at = 100; at + 1 < len / 2; at += 997) {
    cr_assert(nb_syntax_edit(doc, at, at + 1, "", 0));
    expect_same_as_fresh(doc, "byte deleted");
  }
  nb_syntax_update(doc, text, len);
  size_t now;
  const char *back = nb_syntax_text(doc, &now);
  cr_assert_eq(now, len);
  cr_assert_eq(memcmp(back, text, len), 0);
  expect_same_as_fresh(doc, "full update");
  cr_assert_not(nb_syntax_edit(doc, 10, 5, "", 0), "an inverted range is refused");
  cr_assert_not(nb_syntax_edit(doc, 0, len + 1, "", 0), "a range past the end is refused");
  nb_syntax_close(doc);
  free(text);
}

/* ---------------------------------------------------------------- LSP encoding */

Test(syntax, encoding_and_delta) {
  const char *before = "## 一、总体情况\n\n| 规章 | 12 |\n";
  const char *after = "## 一、总体情况\n\n新的一行。\n\n| 规章 | 12 |\n";
  nb_syntax_doc *doc = nb_syntax_open(before, strlen(before));
  nb_line_index ix;
  nb_line_index_build(&ix, before, strlen(before));
  nb_syntax_token_list t = {NULL, 0, 0};
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  uint32_t *old;
  size_t n_old = nb_syntax_encode(&ix, &t, NB_COLUMNS_UTF16, &old);
  /* "## 一、" operator (line 0, col 0, 5 UTF-16 units), "总体情况" namespace (col 5, 4 units),
   * "规章" property (line 2, col 2, 2), "12" number (col 7, 2). */
  const uint32_t want[] = {
      0, 0, 5, (uint32_t)type_index("operator"), 0, 0, 5, 4, (uint32_t)type_index("namespace"), 0,
      2, 2, 2, (uint32_t)type_index("property"), 0, 0, 5, 2, (uint32_t)type_index("number"),    0};
  cr_assert_eq(n_old, sizeof want / sizeof want[0]);
  cr_assert_eq(memcmp(old, want, sizeof want), 0);

  nb_syntax_update(doc, after, strlen(after));
  nb_line_index_free(&ix);
  nb_line_index_build(&ix, after, strlen(after));
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  uint32_t *new_data;
  size_t n_new = nb_syntax_encode(&ix, &t, NB_COLUMNS_UTF16, &new_data);
  cr_assert_eq(n_new, n_old); /* the paragraph has no token; the table moved two lines down */
  size_t start, deleted, inserted;
  nb_syntax_tokens_diff(old, n_old, new_data, n_new, &start, &deleted, &inserted);
  cr_expect_eq(start, 10);
  cr_expect_eq(deleted, 5);
  cr_expect_eq(inserted, 5);
  cr_expect_eq(new_data[10], 4); /* "规章" is now four lines below the heading */
  nb_syntax_tokens_diff(old, n_old, old, n_old, &start, &deleted, &inserted);
  cr_expect_eq(deleted + inserted, 0);
  free(old);
  free(new_data);
  nb_syntax_tokens_free(&t);
  nb_line_index_free(&ix);
  nb_syntax_close(doc);
}
