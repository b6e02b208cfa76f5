/* The JSON contract: one array, one object per diagnostic, 1-based code-point positions. */
#include <criterion/criterion.h>
#include <jansson.h>

#include "test_output_fixture.h"

static json_t *emit_parsed(nb_lang lang) {
  char *s = fixture_emit(NB_FORMAT_JSON, lang, "报告.md");
  json_error_t err;
  json_t *root = json_loads(s, 0, &err);
  cr_assert_not_null(root, "not JSON: %s", err.text);
  free(s);
  return root;
}

static void assert_range(json_t *o, int line, int column, int end_line, int end_column) {
  cr_assert_eq(json_integer_value(json_object_get(o, "line")), line);
  cr_assert_eq(json_integer_value(json_object_get(o, "column")), column);
  cr_assert_eq(json_integer_value(json_object_get(o, "end_line")), end_line);
  cr_assert_eq(json_integer_value(json_object_get(o, "end_column")), end_column);
}

static const char *str(json_t *o, const char *key) {
  json_t *v = json_object_get(o, key);
  cr_assert(json_is_string(v), "%s is not a string", key);
  return json_string_value(v);
}

Test(output_json, one_array_with_every_field) {
  json_t *root = emit_parsed(NB_LANG_ZH);
  cr_assert(json_is_array(root));
  cr_assert_eq(json_array_size(root), 4);

  json_t *info = json_array_get(root, 0);
  cr_assert_str_eq(str(info, "file"), "报告.md");
  assert_range(info, 1, 1, 1, 3);
  cr_assert_str_eq(str(info, "severity"), "info");
  cr_assert_str_eq(str(info, "rule"), "rectification-missing");
  cr_assert_str_eq(str(info, "message"), "未说明整改");
  cr_assert_eq(json_array_size(json_object_get(info, "related")), 0);
  cr_assert_eq(json_array_size(json_object_get(info, "fixes")), 0);

  json_t *title = json_array_get(root, 1);
  assert_range(title, 2, 3, 2, 7);
  cr_assert_str_eq(str(title, "severity"), "warning");
  json_t *fix = json_array_get(json_object_get(title, "fixes"), 0);
  cr_assert_str_eq(str(fix, "title"), "改为规范标题");
  cr_assert(json_is_true(json_object_get(fix, "safe")));
  json_t *edit = json_array_get(json_object_get(fix, "edits"), 0);
  assert_range(edit, 2, 3, 2, 7);
  cr_assert_str_eq(str(edit, "new_text"), "总体情况说明");

  json_t *sum = json_array_get(root, 2);
  assert_range(sum, 2, 9, 2, 10);
  cr_assert_str_eq(str(sum, "severity"), "error");
  cr_assert_str_eq(str(sum, "rule"), "sum-row");
  cr_assert_str_eq(str(sum, "message"), "合计 50%: a,b\n第二行");
  json_t *rel = json_array_get(json_object_get(sum, "related"), 0);
  assert_range(rel, 3, 1, 3, 4);
  cr_assert_str_eq(str(rel, "message"), "分项");
  json_t *sfix = json_array_get(json_object_get(sum, "fixes"), 0);
  cr_assert(json_is_false(json_object_get(sfix, "safe")));
  cr_assert_str_eq(str(json_array_get(json_object_get(sfix, "edits"), 0), "new_text"), "42");

  json_t *missing = json_array_get(root, 3);
  assert_range(missing, 3, 4, 3, 4);
  cr_assert_str_eq(str(missing, "rule"), "section-missing");
  json_decref(root);
}

Test(output_json, english_messages) {
  json_t *root = emit_parsed(NB_LANG_EN);
  cr_assert_str_eq(str(json_array_get(root, 2), "message"), "total 50%: a,b\nsecond");
  json_t *rel = json_array_get(json_object_get(json_array_get(root, 2), "related"), 0);
  cr_assert_str_eq(str(rel, "message"), "part");
  json_t *fix = json_array_get(json_object_get(json_array_get(root, 1), "fixes"), 0);
  cr_assert_str_eq(str(fix, "title"), "use the official title");
  json_decref(root);
}

Test(output_json, no_files_is_empty_array) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_JSON, NB_LANG_ZH, NULL, 0);
  fclose(out);
  cr_assert_str_eq(buf, "[]\n");
  free(buf);
}

Test(output_json, file_name_not_utf8_stays_valid_json) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "sum-row", nb_span_make(0, 1), "甲", "A");
  nb_file_result file = {"bad\xff.md", "x", 1, &l};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_JSON, NB_LANG_ZH, &file, 1);
  fclose(out);
  json_t *root = json_loads(buf, 0, NULL);
  cr_assert_not_null(root);
  cr_assert_str_eq(str(json_array_get(root, 0), "file"), "bad\xEF\xBF\xBD.md");
  json_decref(root);
  free(buf);
  nb_diag_list_free(&l);
}
