/* Diagnostics of the language server on corpus reports, with ranges checked by hand against the
 * files (see each test), in UTF-16, UTF-8 and UTF-32; versions, coalescing, clearing on close,
 * pull diagnostics, and report detection from the editor's side. */
#include "test_lsp_session.h"

#define HONGZE "file:///corpus/hongze-2023.md"

static json_t *diagnostics(const ls_session *s, const char *uri) {
  json_t *p = ls_last_published(s, uri);
  cr_assert_not_null(p, "nothing published for %s", uri);
  return json_object_get(p, "diagnostics");
}

static json_t *find_code(json_t *diags, const char *code, int nth) {
  size_t i;
  json_t *d;
  json_array_foreach(diags, i, d) {
    if (strcmp(json_string_value(json_object_get(d, "code")), code) == 0 && nth-- == 0)
      return d;
  }
  cr_assert_fail("no %s", code);
  return NULL;
}

static void open_hongze(ls_session *s, const char *encoding) {
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  ls_initialize(s, ls_capabilities(encoding));
  ls_open(s, HONGZE, 1, text);
  free(text);
}

/* corpus/reports/hongze-2023.md, line 56 (0-based 55):
 *   "| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政止公开 | …"
 * the label starts after "| " (2) + 9 CJK + " | " (3) + 7 CJK + " | " (3): code point 24, byte
 * 2 + 27 + 3 + 21 + 3 = 56; it is "2." and 9 CJK: 11 code points, 29 bytes.
 * Line 81 (0-based 80): "| 10 | 1 | 0 | 0 | 0 | …", ASCII: the first 总计 is at 19, its parts
 * 10 at 2–4, 1 at 7, 0 at 11 and 0 at 15. */
Test(diagnostics, hongze_in_utf16) {
  ls_session s = {0};
  open_hongze(&s, "utf-16");
  ls_run(&s);
  json_t *d = diagnostics(&s, HONGZE);
  cr_assert_eq(json_array_size(d), 6); /* corpus/reports/hongze-2023.expected has 6 */
  static const char *const codes[] = {
      "overview-aspect-missing", "label-typo", "label-outdated", "sum-review", "sum-review",
      "rectification-missing"};
  for (size_t i = 0; i < 6; i++)
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(d, i), "code")), codes[i]);
  ls_assert_range(json_object_get(find_code(d, "label-typo", 0), "range"), 55, 24, 55, 35);
  json_t *sum = find_code(d, "sum-review", 0);
  ls_assert_range(json_object_get(sum, "range"), 80, 19, 80, 20);
  cr_assert_eq(json_integer_value(json_object_get(sum, "severity")), 1);
  cr_assert_str_eq(json_string_value(json_object_get(sum, "source")), "nianbao");
  cr_assert_str_eq(json_string_value(json_object_get(sum, "message")),
                   "行政复议“总计”填报0，按结果维持+结果纠正+其他结果+尚未审结计算应为11");
  const char *href =
      json_string_value(json_object_get(json_object_get(sum, "codeDescription"), "href"));
  cr_assert_not_null(href);
  cr_assert(strncmp(href, "file:///", 8) == 0);
  cr_assert_not_null(strstr(href, "README.md#sum-review"), "%s", href);
  json_t *related = json_object_get(sum, "relatedInformation");
  cr_assert_eq(json_array_size(related), 4);
  static const int parts[4][2] = {{2, 4}, {7, 8}, {11, 12}, {15, 16}};
  for (size_t i = 0; i < 4; i++) {
    json_t *loc = json_object_get(json_array_get(related, i), "location");
    cr_assert_str_eq(json_string_value(json_object_get(loc, "uri")), HONGZE);
    ls_assert_range(json_object_get(loc, "range"), 80, parts[i][0], 80, parts[i][1]);
  }
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(related, 0), "message")),
                   "“行政复议·结果维持”列：10");
  cr_assert_eq(json_integer_value(json_object_get(json_object_get(sum, "data"), "index")), 3);
  cr_assert_eq(json_integer_value(json_object_get(ls_last_published(&s, HONGZE), "version")), 1);
  ls_free(&s);
}

Test(diagnostics, hongze_in_utf8) {
  ls_session s = {0};
  open_hongze(&s, "utf-8");
  ls_run(&s);
  cr_assert_str_eq(json_string_value(json_object_get(
                       json_object_get(ls_result(&s, 1), "capabilities"), "positionEncoding")),
                   "utf-8");
  json_t *d = diagnostics(&s, HONGZE);
  ls_assert_range(json_object_get(find_code(d, "label-typo", 0), "range"), 55, 56, 55, 85);
  ls_assert_range(json_object_get(find_code(d, "sum-review", 1), "range"), 80, 59, 80, 60);
  /* "## 一、总体情况": 3 + 6 × 3 bytes */
  ls_assert_range(json_object_get(find_code(d, "overview-aspect-missing", 0), "range"), 4, 0, 4,
                  21);
  ls_free(&s);
}

/* corpus/rules/text-table-mismatch/fires.md line 11 (0-based 10) with 😀 (U+1F600) put after
 * "（二）": the finding "27件" follows "（二）😀依申请公开。本年度共收到政府信息公开申请", which is
 * 23 CJK characters and the emoji — 24 code points, 25 UTF-16 units, 69 + 4 = 73 bytes; "27件" is
 * 3 code points, 3 UTF-16 units, 5 bytes. */
static void astral(const char *encoding, int start, int end) {
  char *text = ls_source_file("corpus/rules/text-table-mismatch/fires.md");
  char *at = strstr(text, "（二）依申请公开。本年度共收到");
  cr_assert_not_null(at);
  at += strlen("（二）");
  char *edited = nb_strdup_printf("%.*s😀%s", (int)(at - text), text, at);
  ls_session s = {0};
  ls_initialize(&s, ls_capabilities(encoding));
  ls_open(&s, "file:///t.md", 1, edited);
  ls_run(&s);
  ls_assert_range(
      json_object_get(find_code(diagnostics(&s, "file:///t.md"), "text-table-mismatch", 0),
                      "range"),
      10, start, 10, end);
  ls_free(&s);
  free(edited);
  free(text);
}

Test(diagnostics, astral_plane_in_every_encoding) {
  astral("utf-16", 25, 28);
  astral("utf-8", 73, 78);
  astral("utf-32", 24, 27);
}

/* Edits: the first 总计 of table 四 corrected to 11 (line 80, column 19), and the typo fixed by
 * inserting "法规禁" after "2.其他法律行政" (8 code points, 20 bytes into the label). */
static void correct_hongze(const char *encoding, int typo_column) {
  ls_session s = {0};
  open_hongze(&s, encoding);
  ls_notify(&s, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}", "textDocument",
                      "uri", HONGZE, "version", 2, "contentChanges", "range", "start", "line", 80,
                      "character", 19, "end", "line", 80, "character", 20, "text", "11"));
  ls_notify(&s, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}", "textDocument",
                      "uri", HONGZE, "version", 3, "contentChanges", "range", "start", "line", 55,
                      "character", typo_column, "end", "line", 55, "character", typo_column, "text",
                      "法规禁"));
  ls_run(&s);
  /* Everything arrived together: one lint, one publish, for the last version. */
  cr_assert_eq(ls_count(&s, "textDocument/publishDiagnostics"), 1);
  json_t *p = ls_last_published(&s, HONGZE);
  cr_assert_eq(json_integer_value(json_object_get(p, "version")), 3);
  json_t *d = json_object_get(p, "diagnostics");
  /* of the six: label-typo and the first sum-review are gone */
  cr_assert_eq(json_array_size(d), 4, "left: %zu", json_array_size(d));
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(d, 0), "code")),
                   "overview-aspect-missing");
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(d, 1), "code")),
                   "label-outdated");
  json_t *left = json_array_get(d, 2);
  cr_assert_str_eq(json_string_value(json_object_get(left, "code")), "sum-review");
  /* the second total, one column further right: "0" became "11" before it */
  ls_assert_range(json_object_get(left, "range"), 80, 60, 80, 61);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(d, 3), "code")),
                   "rectification-missing");
  ls_free(&s);
}

Test(diagnostics, incremental_corrections_in_utf16) {
  correct_hongze("utf-16", 24 + 8);
}

Test(diagnostics, incremental_corrections_in_utf8) {
  correct_hongze("utf-8", 56 + 2 + 18);
}

/* Diagnostics of version 1 published, then the document closed: an empty list follows. */
Test(diagnostics, published_then_cleared_on_close) {
  ls_live l;
  ls_live_start(&l);
  ls_session m = {0};
  open_hongze(&m, "utf-16");
  ls_live_send(&l, &m);
  json_t *p = ls_live_published(&l, HONGZE);
  json_t *params = json_object_get(p, "params");
  cr_assert_eq(json_integer_value(json_object_get(params, "version")), 1);
  cr_assert_eq(json_array_size(json_object_get(params, "diagnostics")), 6);
  json_decref(p);
  ls_free(&m);
  ls_notify(&m, "textDocument/didClose", json_pack("{s:{s:s}}", "textDocument", "uri", HONGZE));
  ls_live_send(&l, &m);
  p = ls_live_published(&l, HONGZE);
  cr_assert_eq(json_array_size(json_object_get(json_object_get(p, "params"), "diagnostics")), 0);
  json_decref(p);
  ls_free(&m);
  cr_assert_eq(ls_live_stop(&l), 1);
}

Test(diagnostics, a_readme_is_not_a_report) {
  char *readme = ls_source_file("README.md");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///README.md", 1, readme);
  ls_request(&s, 2, "textDocument/documentSymbol",
             json_pack("{s:{s:s}}", "textDocument", "uri", "file:///README.md"));
  ls_run(&s);
  cr_assert_eq(json_array_size(diagnostics(&s, "file:///README.md")), 0);
  cr_assert_eq(json_array_size(ls_result(&s, 2)), 0);
  ls_free(&s);
  free(readme);
}

static json_t *pull(ls_live *l, int id, const char *previous) {
  ls_session m = {0};
  json_t *p = json_pack("{s:{s:s}}", "textDocument", "uri", HONGZE);
  if (previous)
    json_object_set_new(p, "previousResultId", json_string(previous));
  ls_request(&m, id, "textDocument/diagnostic", p);
  ls_live_send(l, &m);
  ls_free(&m);
  json_t *answer = ls_live_answer(l, id);
  json_t *result = json_incref(json_object_get(answer, "result"));
  json_decref(answer);
  cr_assert(json_is_object(result));
  return result;
}

static void change(ls_live *l, int version, int line, int c0, int c1, const char *text) {
  ls_session m = {0};
  ls_notify(&m, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}", "textDocument",
                      "uri", HONGZE, "version", version, "contentChanges", "range", "start", "line",
                      line, "character", c0, "end", "line", line, "character", c1, "text", text));
  ls_live_send(l, &m);
  ls_free(&m);
}

Test(diagnostics, pulled_when_the_client_pulls) {
  ls_live l;
  ls_live_start(&l);
  ls_session m = {0};
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  ls_initialize(&m, json_pack("{s:{s:{}}}", "textDocument", "diagnostic"));
  ls_open(&m, HONGZE, 1, text);
  free(text);
  ls_live_send(&l, &m);
  ls_free(&m);
  json_t *init = ls_live_answer(&l, 1);
  cr_assert_not_null(json_object_get(
      json_object_get(json_object_get(init, "result"), "capabilities"), "diagnosticProvider"));
  json_decref(init);

  json_t *r = pull(&l, 2, NULL);
  cr_assert_str_eq(json_string_value(json_object_get(r, "kind")), "full");
  cr_assert_eq(json_array_size(json_object_get(r, "items")), 6);
  char *id = nb_xstrdup(json_string_value(json_object_get(r, "resultId")));
  json_decref(r);

  r = pull(&l, 3, id); /* nothing changed */
  cr_assert_str_eq(json_string_value(json_object_get(r, "kind")), "unchanged");
  cr_assert_str_eq(json_string_value(json_object_get(r, "resultId")), id);
  json_decref(r);

  change(&l, 2, 88, 0, 0, "。"); /* the last line (0-based 88), after every finding */
  r = pull(&l, 4, id);
  cr_assert_str_eq(json_string_value(json_object_get(r, "kind")), "unchanged");
  json_decref(r);

  change(&l, 3, 80, 19, 20, "11"); /* the first 总计 of table 四 corrected */
  r = pull(&l, 5, id);
  cr_assert_str_eq(json_string_value(json_object_get(r, "kind")), "full");
  cr_assert_eq(json_array_size(json_object_get(r, "items")), 5);
  cr_assert_str_neq(json_string_value(json_object_get(r, "resultId")), id);
  json_decref(r);
  free(id);
  /* Nothing was pushed in all this. */
  ls_request(&m, 6, "shutdown", NULL);
  ls_live_send(&l, &m);
  ls_free(&m);
  json_t *last;
  while ((last = ls_live_next(&l)) && json_integer_value(json_object_get(last, "id")) != 6) {
    const char *method = json_string_value(json_object_get(last, "method"));
    cr_assert(!method || strcmp(method, "textDocument/publishDiagnostics") != 0);
    json_decref(last);
  }
  json_decref(last);
  ls_live_stop(&l);
}
