/* Code actions and formatting on corpus reports: the edits checked by hand against the files. */
#include "test_lsp_session.h"

#define HONGZE "file:///corpus/hongze-2023.md"

static json_t *actions_at(ls_session *s, int l0, int c0, int l1, int c1, json_t *only) {
  json_t *context = json_pack("{s:[]}", "diagnostics");
  if (only)
    json_object_set_new(context, "only", only);
  ls_request(s, 2, "textDocument/codeAction",
             json_pack("{s:{s:s}, s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:o}", "textDocument", "uri",
                       HONGZE, "range", "start", "line", l0, "character", c0, "end", "line", l1,
                       "character", c1, "context", context));
  ls_run(s);
  return ls_result(s, 2);
}

static void start(ls_session *s, json_t *caps) {
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  ls_initialize(s, caps);
  ls_open(s, HONGZE, 1, text);
  free(text);
}

/* The single edit of a WorkspaceEdit in documentChanges form, checked to name the document and
 * its version. */
static json_t *only_edit(json_t *action) {
  json_t *changes = json_object_get(json_object_get(action, "edit"), "documentChanges");
  cr_assert_eq(json_array_size(changes), 1);
  json_t *doc = json_object_get(json_array_get(changes, 0), "textDocument");
  cr_assert_str_eq(json_string_value(json_object_get(doc, "uri")), HONGZE);
  cr_assert_eq(json_integer_value(json_object_get(doc, "version")), 1);
  json_t *edits = json_object_get(json_array_get(changes, 0), "edits");
  cr_assert_eq(json_array_size(edits), 1);
  return json_array_get(edits, 0);
}

static json_t *titled(json_t *actions, const char *title) {
  size_t i;
  json_t *a;
  json_array_foreach(actions, i, a) {
    if (strcmp(json_string_value(json_object_get(a, "title")), title) == 0)
      return a;
  }
  cr_assert_fail("no action “%s”", title);
  return NULL;
}

/* Line 81 (0-based 80), "| 10 | 1 | 0 | 0 | 0 | … | 0 |", 62 ASCII characters: the 总计 at 19
 * should be 11 (10 + 1 + 0 + 0). */
Test(code_actions, arithmetic_fix_is_offered_never_preferred) {
  ls_session s = {0};
  start(&s, ls_capabilities("utf-16"));
  json_t *actions = actions_at(&s, 80, 19, 80, 19, NULL);
  json_t *fix = titled(actions, "改为计算值11");
  cr_assert_str_eq(json_string_value(json_object_get(fix, "kind")), "quickfix");
  cr_assert(!json_is_true(json_object_get(fix, "isPreferred")));
  json_t *edit = only_edit(fix);
  ls_assert_range(json_object_get(edit, "range"), 80, 19, 80, 20);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")), "11");
  json_t *d = json_array_get(json_object_get(fix, "diagnostics"), 0);
  cr_assert_str_eq(json_string_value(json_object_get(d, "code")), "sum-review");

  json_t *line = titled(actions, "在此行停用 sum-review");
  edit = only_edit(line);
  ls_assert_range(json_object_get(edit, "range"), 80, 62, 80, 62);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")),
                   " <!-- nianbao-disable-line sum-review -->");
  json_t *file = titled(actions, "在本文件中停用 sum-review");
  edit = only_edit(file);
  ls_assert_range(json_object_get(edit, "range"), 0, 0, 0, 0);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")),
                   "<!-- nianbao-disable-file sum-review -->\n");
  ls_free(&s);
}

/* Line 56 (0-based 55): the label "2.其他法律行政止公开" at UTF-16 24..35; its fix writes the
 * template's "2.其他法律行政法规禁止公开" over it, and is safe. Fix-all makes the one change
 * that differs: "法规禁" inserted after "2.其他法律行政", at 24 + 8 = 32. */
Test(code_actions, safe_fix_is_preferred_and_fix_all_applies_it) {
  ls_session s = {0};
  start(&s, ls_capabilities("utf-16"));
  json_t *actions = actions_at(&s, 55, 26, 55, 26, NULL);
  json_t *fix = titled(actions, "改为模板标签");
  cr_assert(json_is_true(json_object_get(fix, "isPreferred")));
  json_t *edit = only_edit(fix);
  ls_assert_range(json_object_get(edit, "range"), 55, 24, 55, 35);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")),
                   "2.其他法律行政法规禁止公开");
  json_t *all = titled(actions, "修复全部可安全修复的问题");
  cr_assert_str_eq(json_string_value(json_object_get(all, "kind")), "source.fixAll.nianbao");
  edit = only_edit(all);
  ls_assert_range(json_object_get(edit, "range"), 55, 32, 55, 32);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")), "法规禁");
  ls_free(&s);
}

Test(code_actions, only_source_fix_all_when_asked_for_it) {
  ls_session s = {0};
  start(&s, ls_capabilities("utf-16"));
  json_t *actions = actions_at(&s, 55, 26, 55, 26, json_pack("[s]", "source.fixAll"));
  cr_assert_eq(json_array_size(actions), 1);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(actions, 0), "kind")),
                   "source.fixAll.nianbao");
  ls_free(&s);
}

Test(code_actions, changes_form_for_clients_without_document_changes) {
  ls_session s = {0};
  start(&s, NULL);
  json_t *actions = actions_at(&s, 80, 19, 80, 19, json_pack("[s]", "quickfix"));
  json_t *fix = titled(actions, "改为计算值11");
  json_t *edits = json_object_get(json_object_get(json_object_get(fix, "edit"), "changes"), HONGZE);
  cr_assert_eq(json_array_size(edits), 1);
  ls_free(&s);
}

/* An existing disable-line comment naming rules gets the new rule added. */
Test(code_actions, disable_adds_to_an_existing_comment) {
  ls_session s = {0};
  char *text = ls_source_file("corpus/reports/hongze-2023.md");
  char *row = strstr(text, "| 10 | 1 | 0 | 0 | 0 |");
  char *eol = strchr(row, '\n');
  char *edited = nb_strdup_printf("%.*s <!-- nianbao-disable-line sum-row -->%s", (int)(eol - text),
                                  text, eol);
  ls_initialize(&s, ls_capabilities("utf-16"));
  ls_open(&s, HONGZE, 1, edited);
  json_t *actions = actions_at(&s, 80, 19, 80, 19, NULL);
  json_t *edit = only_edit(titled(actions, "在此行停用 sum-review"));
  /* the comment starts at 63 (the row's 62 characters and a space); "<!-- " (5),
   * "nianbao-disable-line " (21) and "sum-row " (8) put its "-->" at 63 + 34 = 97 */
  ls_assert_range(json_object_get(edit, "range"), 80, 97, 80, 97);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")), "sum-review ");
  ls_free(&s);
  free(edited);
  free(text);
}

/* ---------------------------------------------------------------- formatting */

static json_t *format(ls_session *s, const char *uri) {
  ls_request(s, 2, "textDocument/formatting",
             json_pack("{s:{s:s}, s:{s:i, s:b}}", "textDocument", "uri", uri, "options", "tabSize",
                       2, "insertSpaces", 1));
  ls_run(s);
  return ls_result(s, 2);
}

Test(formatting, a_canonical_report_gets_no_edit) {
  char *text = ls_source_file("corpus/clean/report-2023.md");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///c.md", 1, text);
  cr_assert_eq(json_array_size(format(&s, "file:///c.md")), 0);
  ls_free(&s);
  free(text);
}

/* seed-000 has table 三 with its label columns split: fmt rewrites the table. The one edit,
 * applied to the text, must give what `nianbao fmt` gives (nb_markdown_format). */
Test(formatting, one_edit_that_gives_nianbao_fmt) {
  char *text = ls_source_file("corpus/reports/seed-000-shule-2023.md");
  ls_session s = {0};
  ls_initialize(&s, ls_capabilities("utf-8"));
  ls_open(&s, "file:///s.md", 1, text);
  json_t *edits = format(&s, "file:///s.md");
  cr_assert_eq(json_array_size(edits), 1);
  json_t *edit = json_array_get(edits, 0);
  /* UTF-8 positions: bytes, so the offsets can be found in the text directly */
  json_t *range = json_object_get(edit, "range");
  nb_line_index ix;
  nb_line_index_build(&ix, text, strlen(text));
  size_t from = nb_offset_of(
      &ix,
      (nb_position){
          (int)json_integer_value(json_object_get(json_object_get(range, "start"), "line")),
          (int)json_integer_value(json_object_get(json_object_get(range, "start"), "character"))},
      NB_COLUMNS_UTF8);
  size_t to = nb_offset_of(
      &ix,
      (nb_position){
          (int)json_integer_value(json_object_get(json_object_get(range, "end"), "line")),
          (int)json_integer_value(json_object_get(json_object_get(range, "end"), "character"))},
      NB_COLUMNS_UTF8);
  nb_line_index_free(&ix);
  const char *insert = json_string_value(json_object_get(edit, "newText"));
  char *applied = nb_strdup_printf("%.*s%s%s", (int)from, text, insert, text + to);
  size_t len;
  char *want = nb_markdown_format(text, strlen(text), &len);
  cr_assert_str_eq(applied, want);
  cr_assert_neq(strcmp(want, text), 0);
  free(want);
  free(applied);
  ls_free(&s);
  free(text);
}

Test(formatting, a_readme_is_left_alone) {
  char *text = ls_source_file("README.md");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///README.md", 1, text);
  cr_assert_eq(json_array_size(format(&s, "file:///README.md")), 0);
  ls_free(&s);
  free(text);
}
