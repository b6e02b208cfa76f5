/* Format and severity names, the gcc emitter, and where spans land (line/column rules). */
#include <criterion/criterion.h>

#include "test_output_fixture.h"

Test(output, format_names_parse) {
  cr_assert_eq(nb_format_parse("gcc"), NB_FORMAT_GCC);
  cr_assert_eq(nb_format_parse("json"), NB_FORMAT_JSON);
  cr_assert_eq(nb_format_parse("sarif"), NB_FORMAT_SARIF);
  cr_assert_eq(nb_format_parse("github"), NB_FORMAT_GITHUB);
  cr_assert_eq(nb_format_parse("GCC"), -1);
  cr_assert_eq(nb_format_parse(""), -1);
  cr_assert_eq(nb_format_parse("jsonx"), -1);
}

Test(output, severity_names_parse) {
  cr_assert_eq(nb_severity_parse("error"), NB_SEV_ERROR);
  cr_assert_eq(nb_severity_parse("warning"), NB_SEV_WARNING);
  cr_assert_eq(nb_severity_parse("info"), NB_SEV_INFO);
  cr_assert_eq(nb_severity_parse("off"), NB_SEV_OFF);
  cr_assert_eq(nb_severity_parse("note"), -1);
  cr_assert_str_eq(nb_severity_name(NB_SEV_WARNING), "warning");
}

Test(output, gcc_chinese) {
  char *s = fixture_emit(NB_FORMAT_GCC, NB_LANG_ZH, "报告.md");
  cr_assert_str_eq(s, "报告.md:1:1: info: 未说明整改 [rectification-missing]\n"
                      "报告.md:2:3: warning: 标题不规范 [section-title]\n"
                      "报告.md:2:9: error: 合计 50%: a,b 第二行 [sum-row]\n"
                      "报告.md:3:4: error: 缺少第六部分 [section-missing]\n");
  free(s);
}

Test(output, gcc_english_and_stdin_name) {
  char *s = fixture_emit(NB_FORMAT_GCC, NB_LANG_EN, "-");
  cr_assert_str_eq(s, "<stdin>:1:1: info: no rectification [rectification-missing]\n"
                      "<stdin>:2:3: warning: title differs [section-title]\n"
                      "<stdin>:2:9: error: total 50%: a,b second [sum-row]\n"
                      "<stdin>:3:4: error: section 6 is missing [section-missing]\n");
  free(s);
}

static char *gcc_of(const char *text, nb_span span) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "section-missing", span, "缺", "missing");
  nb_file_result file = {"f", text, strlen(text), &l};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_GCC, NB_LANG_EN, &file, 1);
  fclose(out);
  nb_diag_list_free(&l);
  return buf;
}

Test(output, empty_text_is_line_one) {
  char *s = gcc_of("", nb_span_make(0, 0));
  cr_assert_str_eq(s, "f:1:1: error: missing [section-missing]\n");
  free(s);
}

Test(output, end_of_text_without_final_newline) {
  /* "ab\n中文" : the end is after 文 on line 2, column 3. */
  char *s = gcc_of("ab\n中文", nb_span_make(9, 9));
  cr_assert_str_eq(s, "f:2:3: error: missing [section-missing]\n");
  free(s);
}

Test(output, end_of_text_after_crlf_is_last_line) {
  char *s = gcc_of("ab\r\n中文\r\n", nb_span_make(12, 12));
  cr_assert_str_eq(s, "f:2:3: error: missing [section-missing]\n");
  free(s);
}

Test(output, end_of_text_after_lone_cr_is_last_line) {
  char *s = gcc_of("ab\r", nb_span_make(3, 3));
  cr_assert_str_eq(s, "f:1:3: error: missing [section-missing]\n");
  free(s);
}

Test(output, blank_last_line_stays_blank_line) {
  /* "a\n\n": line 2 is a real (empty) line; the end of text is on it, column 1. */
  char *s = gcc_of("a\n\n", nb_span_make(3, 3));
  cr_assert_str_eq(s, "f:2:1: error: missing [section-missing]\n");
  free(s);
}

/* The message's line breaks become spaces and its control characters escapes (ESC, C1's NEL
 * U+0085 written C2 85, DEL); a tab, a byte that is not UTF-8 (E4 before C2), CJK, and © (C2
 * A9: a C2 that starts no control character) stay; a C2 at the very end stays too. */
Test(output, gcc_message_on_one_line) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "sum-row", nb_span_make(0, 1), "%s", "%s",
              "a\x1B[1mb\xC2\x85"
              "c\r\nd\te\x7F\xE4\xC2\x9F中©\xC2");
  nb_file_result file = {"f", "x", 1, &l};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_GCC, NB_LANG_EN, &file, 1);
  fclose(out);
  cr_assert_str_eq(buf,
                   "f:1:1: error: a\\u001B[1mb\\u0085c  d\te\\u007F\xE4\\u009F中©\xC2 [sum-row]\n");
  free(buf);
  nb_diag_list_free(&l);
}

Test(output, several_files_in_order) {
  nb_diag_list a, b;
  nb_diag_list_init(&a);
  nb_diag_list_init(&b);
  nb_diag_add(&a, "sum-row", nb_span_make(4, 5), "甲", "A");
  nb_diag_add(&b, "sum-row", nb_span_make(0, 1), "乙", "B");
  nb_file_result files[2] = {{"a.md", "x\ny\nz", 5, &a}, {"b.md", "q", 1, &b}};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_GCC, NB_LANG_ZH, files, 2);
  fclose(out);
  cr_assert_str_eq(buf, "a.md:3:1: error: 甲 [sum-row]\nb.md:1:1: error: 乙 [sum-row]\n");
  free(buf);
  nb_diag_list_free(&a);
  nb_diag_list_free(&b);
}

Test(output, rules_text_lists_every_rule) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit_rules(out, NB_FORMAT_GCC, NB_LANG_EN);
  fclose(out);
  cr_assert(
      strncmp(buf, "section-missing (error): a required section is missing\n  The annual",
              strlen("section-missing (error): a required section is missing\n  The annual")) == 0);
  cr_assert_not_null(strstr(buf, "\n\nsum-balance (error): table 三 does not balance\n"));
  cr_assert_not_null(strstr(buf, "\n\nrectification-missing (info): "));
  free(buf);
}
