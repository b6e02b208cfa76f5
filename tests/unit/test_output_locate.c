/* The locate hook of nb_file_result: a front-end whose text is not the user's file (the pandoc
 * filter) gives every emitter its own positions, for the finding, its related locations and its
 * fixes alike. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/emit.h"

/* Byte offset n stands at line 100 + n, column 10 + n. */
static nb_range shifted(nb_span span, const void *data) {
  cr_expect_str_eq((const char *)data, "ctx");
  nb_range r = {100 + (int)span.start, 10 + (int)span.start, 100 + (int)span.end,
                10 + (int)span.end};
  return r;
}

static char *emit_located(nb_format format) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag *d = nb_diag_add(&l, "sum-row", nb_span_make(2, 3), "错", "wrong");
  nb_diag_add_related(d, nb_span_make(4, 5), "项", "term");
  nb_diag_add_fix(d, false, nb_span_make(1, 2), "9", "改", "fix");
  const char *text = "a\nbc\nd";
  nb_file_result file = {"r.md", text, strlen(text), &l, shifted, "ctx"};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, format, NB_LANG_EN, &file, 1);
  fclose(out);
  nb_diag_list_free(&l);
  return buf;
}

Test(locate, gcc_and_github_print_the_hooks_positions) {
  char *s = emit_located(NB_FORMAT_GCC);
  cr_expect_str_eq(s, "r.md:102:12: error: wrong [sum-row]\n");
  free(s);
  s = emit_located(NB_FORMAT_GITHUB);
  cr_expect(strstr(s, "line=102,col=12,endLine=103,endColumn=13") != NULL, "%s", s);
  free(s);
}

Test(locate, json_uses_the_hook_for_the_finding_related_and_fixes) {
  char *s = emit_located(NB_FORMAT_JSON);
  json_error_t e;
  json_t *all = json_loads(s, 0, &e);
  cr_assert_not_null(all, "%s", e.text);
  json_t *o = json_array_get(all, 0);
  cr_expect_eq(json_integer_value(json_object_get(o, "line")), 102);
  cr_expect_eq(json_integer_value(json_object_get(o, "column")), 12);
  cr_expect_eq(json_integer_value(json_object_get(o, "end_line")), 103);
  json_t *rel = json_array_get(json_object_get(o, "related"), 0);
  cr_expect_eq(json_integer_value(json_object_get(rel, "line")), 104);
  json_t *edit =
      json_array_get(json_object_get(json_array_get(json_object_get(o, "fixes"), 0), "edits"), 0);
  cr_expect_eq(json_integer_value(json_object_get(edit, "column")), 11);
  json_decref(all);
  free(s);
}

Test(locate, sarif_uses_the_hook_for_every_region) {
  char *s = emit_located(NB_FORMAT_SARIF);
  cr_expect(strstr(s, "\"startLine\": 102") != NULL, "%s", s);
  cr_expect(strstr(s, "\"startLine\": 104") != NULL, "related location");
  cr_expect(strstr(s, "\"startLine\": 101") != NULL, "fix region");
  cr_expect(strstr(s, "\"startLine\": 2,") == NULL, "a position of the text itself");
  free(s);
}
