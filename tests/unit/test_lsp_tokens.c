/* Semantic tokens (src/lsp/semantic_tokens.c over src/syntax): the tokens of a corpus report,
 * checked by hand at a few places; /full/delta and /range agreeing with /full; and the tree kept
 * in step with incremental edits (tokens after edits equal those of the edited text opened
 * fresh). */
#include "test_lsp_session.h"

#define HONGZE "file:///corpus/hongze-2023.md"

typedef struct {
  int line, character, length, type;
} token;

/* LSP's relative encoding decoded to absolute positions. */
static int decode(json_t *data, token *out, int max) {
  int n = 0, line = 0, character = 0;
  for (size_t i = 0; i + 5 <= json_array_size(data) && n < max; i += 5) {
    int dl = (int)json_integer_value(json_array_get(data, i));
    int dc = (int)json_integer_value(json_array_get(data, i + 1));
    line += dl;
    character = dl ? dc : character + dc;
    out[n++] = (token){line, character, (int)json_integer_value(json_array_get(data, i + 2)),
                       (int)json_integer_value(json_array_get(data, i + 3))};
  }
  return n;
}

static int type_index(json_t *init_result, const char *name) {
  json_t *types =
      json_object_get(json_object_get(json_object_get(json_object_get(init_result, "capabilities"),
                                                      "semanticTokensProvider"),
                                      "legend"),
                      "tokenTypes");
  size_t i;
  json_t *t;
  json_array_foreach(types, i, t) {
    if (strcmp(json_string_value(t), name) == 0)
      return (int)i;
  }
  return -1;
}

static const token *find(const token *t, int n, int line, int character) {
  for (int i = 0; i < n; i++)
    if (t[i].line == line && t[i].character == character)
      return &t[i];
  return NULL;
}

enum { MAX_TOKENS = 4096 };

/* Line 81 (0-based 80) "| 10 | 1 | 0 | …": numbers at 2 (two digits) and 7. Line 5 (0-based 4)
 * "## 一、总体情况": the heading. */
Test(tokens, numbers_and_headings_of_a_report) {
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  ls_session s = {0};
  ls_initialize(&s, ls_capabilities("utf-16"));
  ls_open(&s, HONGZE, 1, text);
  ls_request(&s, 2, "textDocument/semanticTokens/full",
             json_pack("{s:{s:s}}", "textDocument", "uri", HONGZE));
  ls_run(&s);
  int number = type_index(ls_result(&s, 1), "number");
  cr_assert_geq(number, 0);
  json_t *full = ls_result(&s, 2);
  cr_assert_not_null(json_object_get(full, "resultId"));
  static token t[MAX_TOKENS];
  int n = decode(json_object_get(full, "data"), t, MAX_TOKENS);
  cr_assert_gt(n, 100);
  const token *ten = find(t, n, 80, 2), *one = find(t, n, 80, 7);
  cr_assert_not_null(ten);
  cr_assert_eq(ten->length, 2);
  cr_assert_eq(ten->type, number);
  cr_assert_not_null(one);
  cr_assert_eq(one->length, 1);
  cr_assert_eq(one->type, number);
  /* tokens come in order and never overlap */
  for (int i = 1; i < n; i++)
    cr_assert(
        t[i].line > t[i - 1].line ||
        (t[i].line == t[i - 1].line && t[i].character >= t[i - 1].character + t[i - 1].length));
  bool heading = false;
  for (int i = 0; i < n; i++)
    heading = heading || t[i].line == 4;
  cr_assert(heading);
  ls_free(&s);
  free(text);
}

Test(tokens, none_for_a_readme) {
  char *text = ls_source_file("README.md");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///README.md", 1, text);
  ls_request(&s, 2, "textDocument/semanticTokens/full",
             json_pack("{s:{s:s}}", "textDocument", "uri", "file:///README.md"));
  ls_run(&s);
  cr_assert_eq(json_array_size(json_object_get(ls_result(&s, 2), "data")), 0);
  ls_free(&s);
  free(text);
}

static json_t *full_tokens(ls_live *l, int id, const char *uri) {
  ls_session m = {0};
  ls_request(&m, id, "textDocument/semanticTokens/full",
             json_pack("{s:{s:s}}", "textDocument", "uri", uri));
  ls_live_send(l, &m);
  ls_free(&m);
  json_t *a = ls_live_answer(l, id);
  json_t *r = json_incref(json_object_get(a, "result"));
  json_decref(a);
  return r;
}

static void edit(ls_live *l, const char *uri, int version, int l0, int c0, int l1, int c1,
                 const char *text) {
  ls_session m = {0};
  ls_notify(&m, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}", "textDocument",
                      "uri", uri, "version", version, "contentChanges", "range", "start", "line",
                      l0, "character", c0, "end", "line", l1, "character", c1, "text", text));
  ls_live_send(l, &m);
  ls_free(&m);
}

/* Edits that change the tree: a total corrected, a heading undone and redone, a row removed, a
 * comment opened and closed. After them, the tokens must be those of the final text opened
 * fresh, and the delta from the first result applied to it must give them too. */
Test(tokens, the_tree_follows_edits_and_delta_and_range_agree) {
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  ls_live l;
  ls_live_start(&l);
  ls_session m = {0};
  ls_initialize(&m, ls_capabilities("utf-16"));
  ls_open(&m, HONGZE, 1, text);
  ls_live_send(&l, &m);
  ls_free(&m);
  json_t *first = full_tokens(&l, 2, HONGZE);
  edit(&l, HONGZE, 2, 80, 19, 80, 20, "11");       /* a total */
  edit(&l, HONGZE, 3, 4, 0, 4, 3, "");             /* "## " off the heading */
  edit(&l, HONGZE, 4, 4, 0, 4, 0, "### ");         /* and a level-3 one put back */
  edit(&l, HONGZE, 5, 60, 0, 61, 0, "");           /* a row of table 三 removed */
  edit(&l, HONGZE, 6, 8, 0, 8, 0, "<!-- 注释");    /* a comment opened … */
  edit(&l, HONGZE, 7, 10, 0, 10, 0, "结束 -->\n"); /* … and closed two lines on */

  ls_session d = {0};
  ls_request(&d, 3, "textDocument/semanticTokens/full/delta",
             json_pack("{s:{s:s}, s:O}", "textDocument", "uri", HONGZE, "previousResultId",
                       json_object_get(first, "resultId")));
  ls_live_send(&l, &d);
  ls_free(&d);
  json_t *delta_answer = ls_live_answer(&l, 3);
  json_t *delta = json_object_get(delta_answer, "result");
  json_t *after = full_tokens(&l, 4, HONGZE);

  cr_assert_eq(ls_live_stop(&l), 1);

  /* The final text computed here, by the same edits on a copy. */
  nb_textbuf b = {0};
  nb_textbuf_puts(&b, text);
  nb_line_index ix;
  struct {
    int l0, c0, l1, c1;
    const char *t;
  } edits[] = {{80, 19, 80, 20, "11"}, {4, 0, 4, 3, ""},          {4, 0, 4, 0, "### "},
               {60, 0, 61, 0, ""},     {8, 0, 8, 0, "<!-- 注释"}, {10, 0, 10, 0, "结束 -->\n"}};
  for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
    nb_line_index_build(&ix, b.data, b.len);
    size_t a = nb_offset_of(&ix, (nb_position){edits[i].l0, edits[i].c0}, NB_COLUMNS_UTF16);
    size_t z = nb_offset_of(&ix, (nb_position){edits[i].l1, edits[i].c1}, NB_COLUMNS_UTF16);
    nb_line_index_free(&ix);
    char *next = nb_strdup_printf("%.*s%s%s", (int)a, b.data, edits[i].t, b.data + z);
    nb_textbuf_free(&b);
    nb_textbuf_puts(&b, next);
    free(next);
  }
  ls_session fresh = {0};
  ls_initialize(&fresh, ls_capabilities("utf-16"));
  ls_open(&fresh, "file:///fresh.md", 1, b.data);
  ls_request(&fresh, 2, "textDocument/semanticTokens/full",
             json_pack("{s:{s:s}}", "textDocument", "uri", "file:///fresh.md"));
  ls_request(&fresh, 3, "textDocument/semanticTokens/range",
             json_pack("{s:{s:s}, s:{s:{s:i, s:i}, s:{s:i, s:i}}}", "textDocument", "uri",
                       "file:///fresh.md", "range", "start", "line", 70, "character", 0, "end",
                       "line", 90, "character", 0));
  ls_run(&fresh);
  json_t *want = json_object_get(ls_result(&fresh, 2), "data");
  cr_assert(json_equal(json_object_get(after, "data"), want),
            "tokens after the edits differ from the edited text's");

  /* the delta applied to the first result */
  json_t *patched = json_deep_copy(json_object_get(first, "data"));
  json_t *edits_json = json_object_get(delta, "edits");
  cr_assert_leq(json_array_size(edits_json), 1);
  if (json_array_size(edits_json) == 1) {
    json_t *e = json_array_get(edits_json, 0);
    size_t start = (size_t)json_integer_value(json_object_get(e, "start"));
    size_t count = (size_t)json_integer_value(json_object_get(e, "deleteCount"));
    for (size_t k = 0; k < count; k++)
      json_array_remove(patched, start);
    json_t *ins = json_object_get(e, "data");
    for (size_t k = 0; k < json_array_size(ins); k++)
      json_array_insert(patched, start + k, json_array_get(ins, k));
  }
  cr_assert(json_equal(patched, want), "delta + first result differ from the full tokens");

  /* the range: exactly the full tokens on lines 70–89 */
  static token all[MAX_TOKENS], part[MAX_TOKENS];
  int n = decode(want, all, MAX_TOKENS);
  int k = decode(json_object_get(ls_result(&fresh, 3), "data"), part, MAX_TOKENS);
  int j = 0;
  for (int i = 0; i < n; i++)
    if (all[i].line >= 70 && all[i].line < 90) {
      cr_assert_lt(j, k);
      cr_assert(all[i].line == part[j].line && all[i].character == part[j].character &&
                all[i].length == part[j].length && all[i].type == part[j].type);
      j++;
    }
  cr_assert_eq(j, k);
  json_decref(patched);
  ls_free(&fresh);
  nb_textbuf_free(&b);
  json_decref(after);
  json_decref(delta_answer);
  json_decref(first);
  free(text);
}
