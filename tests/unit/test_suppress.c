/* Inline suppression comments (src/core/suppress.c): every form, ids, nesting of
 * disable/enable, the end of the file, and applying them to a diagnostic list by the line of
 * each diagnostic's start. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/suppress.h"

static nb_suppressions parse(const char *text) {
  nb_suppressions s;
  nb_suppressions_parse(text, strlen(text), &s);
  return s;
}

/* Byte offset of the start of 1-based `line` in `text` ("\n" line ends only). */
static size_t line_start(const char *text, int line) {
  size_t off = 0;
  for (int l = 1; l < line; l++)
    off = (size_t)(strchr(text + off, '\n') - text) + 1;
  return off;
}

Test(suppress_parse, forms_ids_and_lines) {
  const char *text = "# t\n"
                     "<!-- nianbao-disable -->\n"
                     "x <!--nianbao-disable-line label-typo,sum-row-->\n"
                     "<!--   nianbao-disable-next-line\tsum-row   -->\n"
                     "<!-- nianbao-enable sum-row -->\n"
                     "<!-- nianbao-disable-file a b c -->\n";
  nb_suppressions s = parse(text);
  cr_assert_eq(s.count, 5);
  cr_assert_eq(s.items[0].kind, NB_SUPPRESS_DISABLE);
  cr_assert_eq(s.items[0].line, 2);
  cr_assert_eq(s.items[0].nids, 0);
  cr_assert_eq(s.items[1].kind, NB_SUPPRESS_DISABLE_LINE);
  cr_assert_eq(s.items[1].line, 3);
  cr_assert_eq(s.items[1].nids, 2);
  cr_assert_str_eq(s.items[1].ids[0], "label-typo");
  cr_assert_str_eq(s.items[1].ids[1], "sum-row");
  cr_assert_eq(s.items[2].kind, NB_SUPPRESS_DISABLE_NEXT_LINE);
  cr_assert_eq(s.items[2].line, 4);
  cr_assert_eq(s.items[2].nids, 1);
  cr_assert_str_eq(s.items[2].ids[0], "sum-row");
  cr_assert_eq(s.items[3].kind, NB_SUPPRESS_ENABLE);
  cr_assert_eq(s.items[3].line, 5);
  cr_assert_eq(s.items[4].kind, NB_SUPPRESS_DISABLE_FILE);
  cr_assert_eq(s.items[4].nids, 3);
  cr_assert_str_eq(s.items[4].ids[2], "c");
  nb_suppressions_free(&s);
}

Test(suppress_parse, other_comments_are_not_suppressions) {
  const char *text = "<!-- a note -->\n"
                     "<!-- nianbao-disabled -->\n" /* misspelt keyword */
                     "<!-- markdownlint-disable MD013 -->\n"
                     "<!-- nianbao-disable-linelabel-typo -->\n" /* no separator */
                     "<!---->\n"
                     "<!-- nianbao-disable\n"; /* never closed */
  nb_suppressions s = parse(text);
  cr_assert_eq(s.count, 0);
  nb_suppressions_free(&s);
}

Test(suppress_parse, comment_over_several_lines) {
  const char *text = "a\n<!-- nianbao-disable-next-line\n  sum-row\n  label-typo\n-->\nb\n";
  nb_suppressions s = parse(text);
  cr_assert_eq(s.count, 1);
  cr_assert_eq(s.items[0].line, 2);
  cr_assert_eq(s.items[0].end_line, 5);
  cr_assert_eq(s.items[0].nids, 2);
  /* "next line" is the line after the comment's end. */
  cr_assert(nb_suppressions_cover(&s, 6, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 3, "sum-row"));
  nb_suppressions_free(&s);
}

Test(suppress_parse, crlf_lines) {
  const char *text = "a\r\nb\r\n<!-- nianbao-disable-line -->\r\n";
  nb_suppressions s = parse(text);
  cr_assert_eq(s.count, 1);
  cr_assert_eq(s.items[0].line, 3);
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_line) {
  nb_suppressions s = parse("a\nb <!-- nianbao-disable-line label-typo -->\nc\n"
                            "d <!-- nianbao-disable-line -->\n");
  cr_assert(nb_suppressions_cover(&s, 2, "label-typo"));
  cr_assert_not(nb_suppressions_cover(&s, 2, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 1, "label-typo"));
  cr_assert_not(nb_suppressions_cover(&s, 3, "label-typo"));
  cr_assert(nb_suppressions_cover(&s, 4, "sum-row"));
  cr_assert(nb_suppressions_cover(&s, 4, "anything"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_next_line) {
  nb_suppressions s = parse("<!-- nianbao-disable-next-line sum-row -->\nrow\nrow\n");
  cr_assert_not(nb_suppressions_cover(&s, 1, "sum-row"));
  cr_assert(nb_suppressions_cover(&s, 2, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 2, "sum-review"));
  cr_assert_not(nb_suppressions_cover(&s, 3, "sum-row"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_next_line_at_end_of_file) {
  /* The comment is the last line, without a newline: lines 2 and 3 are not covered. */
  const char *text = "a\nb\n<!-- nianbao-disable-next-line -->";
  nb_suppressions s = parse(text);
  cr_assert_eq(s.count, 1);
  cr_assert_not(nb_suppressions_cover(&s, 3, "section-missing"));
  cr_assert_not(nb_suppressions_cover(&s, 2, "section-missing"));
  nb_suppressions_free(&s);
}

/* Found by fuzz_fmt: a finding at the end of the text was covered by a disable-next-line on
 * the last line when the text ended with a line break and not without one, so the final line
 * break fmt adds changed the findings. The end counts as the line after the last either way. */
Test(suppress_apply, the_end_of_the_text_is_the_line_after_the_last_with_or_without_a_break) {
  const char *texts[] = {"a\nb\n<!-- nianbao-disable-next-line -->",
                         "a\nb\n<!-- nianbao-disable-next-line -->\n",
                         "a\r\nb\r\n<!-- nianbao-disable-next-line -->\r\n"};
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
    nb_diag_list l;
    nb_diag_list_init(&l);
    size_t len = strlen(texts[t]);
    nb_diag_add(&l, "section-missing", (nb_span){len, len}, "缺", "missing"); /* end of text */
    nb_diag_add(&l, "label-typo", (nb_span){2, 3}, "错", "typo");             /* line 2 */
    nb_suppress_apply(texts[t], len, &l);
    cr_assert_eq(l.count, 1, "text %zu", t);
    cr_assert_str_eq(l.items[0].rule, "label-typo");
    nb_diag_list_free(&l);
  }
}

Test(suppress_cover, region_disable_enable) {
  nb_suppressions s = parse("1\n"
                            "<!-- nianbao-disable sum-row -->\n" /* 2 */
                            "3\n"
                            "<!-- nianbao-enable sum-row -->\n" /* 4 */
                            "5\n");
  cr_assert_not(nb_suppressions_cover(&s, 1, "sum-row"));
  cr_assert(nb_suppressions_cover(&s, 2, "sum-row")); /* the comment's own line too */
  cr_assert(nb_suppressions_cover(&s, 3, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 3, "label-typo"));
  cr_assert_not(nb_suppressions_cover(&s, 4, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 5, "sum-row"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, region_without_enable_lasts_to_the_end) {
  nb_suppressions s = parse("1\n<!-- nianbao-disable -->\n3\n4\n");
  cr_assert_not(nb_suppressions_cover(&s, 1, "table-cell-empty"));
  cr_assert(nb_suppressions_cover(&s, 4, "table-cell-empty"));
  cr_assert(nb_suppressions_cover(&s, 1000, "sum-row"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, nested_regions_are_per_rule_states) {
  nb_suppressions s = parse("1\n"
                            "<!-- nianbao-disable a b -->\n" /* 2 */
                            "<!-- nianbao-disable -->\n"     /* 3 */
                            "<!-- nianbao-enable a -->\n"    /* 4 */
                            "5\n"
                            "<!-- nianbao-enable b -->\n" /* 6 */
                            "7\n"
                            "<!-- nianbao-enable -->\n" /* 8 */
                            "9\n");
  cr_assert(nb_suppressions_cover(&s, 2, "a"));
  cr_assert_not(nb_suppressions_cover(&s, 2, "c"));
  cr_assert(nb_suppressions_cover(&s, 3, "c"));
  cr_assert_not(nb_suppressions_cover(&s, 5, "a")); /* enabled by name inside "disable all" */
  cr_assert(nb_suppressions_cover(&s, 5, "b"));
  cr_assert(nb_suppressions_cover(&s, 5, "c"));
  cr_assert_not(nb_suppressions_cover(&s, 7, "b"));
  cr_assert(nb_suppressions_cover(&s, 7, "c"));
  cr_assert_not(nb_suppressions_cover(&s, 9, "a"));
  cr_assert_not(nb_suppressions_cover(&s, 9, "b"));
  cr_assert_not(nb_suppressions_cover(&s, 9, "c"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_twice_enable_once) {
  /* Not a stack: one enable undoes any number of disables. */
  nb_suppressions s = parse("<!-- nianbao-disable x -->\n<!-- nianbao-disable x -->\n"
                            "<!-- nianbao-enable x -->\n4\n");
  cr_assert(nb_suppressions_cover(&s, 2, "x"));
  cr_assert_not(nb_suppressions_cover(&s, 4, "x"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_file_with_ids_anywhere) {
  nb_suppressions s = parse("1\n2\n3\n<!-- nianbao-disable-file label-typo sum-row -->\n");
  cr_assert(nb_suppressions_cover(&s, 1, "label-typo"));
  cr_assert(nb_suppressions_cover(&s, 3, "sum-row"));
  cr_assert(nb_suppressions_cover(&s, 99, "sum-row"));
  cr_assert_not(nb_suppressions_cover(&s, 1, "sum-review"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, disable_file_overrides_enable) {
  nb_suppressions s = parse("<!-- nianbao-disable-file -->\n<!-- nianbao-enable -->\n3\n");
  cr_assert(nb_suppressions_cover(&s, 3, "section-missing"));
  nb_suppressions_free(&s);
}

Test(suppress_cover, unknown_ids_match_nothing) {
  nb_suppressions s = parse("x <!-- nianbao-disable-line no-such-rule -->\n");
  cr_assert_not(nb_suppressions_cover(&s, 1, "label-typo"));
  cr_assert(nb_suppressions_cover(&s, 1, "no-such-rule"));
  nb_suppressions_free(&s);
}

Test(suppress_apply, removes_by_start_line) {
  const char *text = "# t\n"                                        /* 1 */
                     "<!-- nianbao-disable-next-line sum-row -->\n" /* 2 */
                     "| a | 1 |\n"                                  /* 3 */
                     "| b | 2 | <!-- nianbao-disable-line -->\n"    /* 4 */
                     "| c | 3 |\n";                                 /* 5 */
  size_t len = strlen(text);
  nb_diag_list l;
  nb_diag_list_init(&l);
  size_t l3 = line_start(text, 3), l4 = line_start(text, 4), l5 = line_start(text, 5);
  nb_diag_add(&l, "sum-row", (nb_span){l3 + 6, l3 + 7}, "和", "sum");            /* removed */
  nb_diag_add(&l, "label-typo", (nb_span){l3 + 2, l3 + 3}, "错", "typo");        /* kept */
  nb_diag_add(&l, "table-cell-empty", (nb_span){l4 + 6, l4 + 6}, "空", "empty"); /* removed */
  /* Starts on line 5 though it ends elsewhere: only the start counts. */
  nb_diag_add(&l, "sum-row", (nb_span){l5 + 2, len}, "和", "sum"); /* kept */
  /* A span that starts on line 4 and runs into line 5 is removed by line 4's comment. */
  nb_diag_add(&l, "sum-review", (nb_span){l4 + 2, l5 + 3}, "审", "review"); /* removed */
  nb_suppress_apply(text, len, &l);
  cr_assert_eq(l.count, 2);
  cr_assert_str_eq(l.items[0].rule, "label-typo");
  cr_assert_eq(l.items[0].span.start, l3 + 2);
  cr_assert_str_eq(l.items[1].rule, "sum-row");
  cr_assert_eq(l.items[1].span.start, l5 + 2);
  nb_diag_list_free(&l);
}

Test(suppress_apply, no_comments_no_change) {
  const char *text = "a\nb\n";
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "sum-row", (nb_span){0, 1}, "和", "sum");
  nb_suppress_apply(text, strlen(text), &l);
  cr_assert_eq(l.count, 1);
  nb_diag_list_free(&l);
}

Test(suppress_apply, empty_text) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "section-missing", (nb_span){0, 0}, "缺", "missing");
  nb_suppress_apply("", 0, &l);
  cr_assert_eq(l.count, 1);
  nb_diag_list_free(&l);
}

Test(suppress_blank, comments_beside_text_become_spaces) {
  const char *text = "## 五、标题 <!-- nianbao-disable-line x -->\n"
                     "正文\n"
                     "| a | 1 | <!-- nianbao-disable-line\ny -->\n"
                     "<!-- other --> text\n";
  size_t len = strlen(text);
  char *b = nb_suppress_blank(text, len, NULL);
  cr_assert_not_null(b);
  cr_assert_eq(strlen(b), len);
  /* The heading's comment is 31 bytes; the row's is 25 + its line break + 5, all spaces now:
   * "y -->" no longer stands on a line of its own. Other comments stay. */
  char want[256];
  snprintf(want, sizeof want, "## 五、标题 %31s\n正文\n| a | 1 | %31s\n<!-- other --> text\n", "",
           "");
  cr_assert_str_eq(b, want);
  free(b);
}

/* Issue 7: a comment alone on its line between two table rows used to end the table. */
Test(suppress_blank, comments_alone_on_their_lines_join_the_line_above) {
  const char *text = "| a | 1 |\n"
                     "  <!-- nianbao-disable-next-line -->  \r\n"
                     "| b | 2 |\n"
                     "\n"
                     "<!-- nianbao-enable -->";
  size_t len = strlen(text);
  char *b = nb_suppress_blank(text, len, NULL);
  cr_assert_not_null(b);
  cr_assert_eq(strlen(b), len);
  /* Line 2's break before it ("\n"), its two blanks and its 34-byte comment become 37 spaces;
   * its own "  \r\n" stays, so "| b | 2 |" follows "| a | 1 |" on the next line. The last
   * comment joins the blank line above it, which stays a blank line. */
  char want[256];
  snprintf(want, sizeof want, "| a | 1 |%37s  \r\n| b | 2 |\n%24s", "", "");
  cr_assert_str_eq(b, want);
  free(b);
  /* First in the file: nothing above to join, the line becomes blank. */
  b = nb_suppress_blank("<!-- nianbao-disable -->\nx", 26, NULL);
  cr_assert_str_eq(b, "                        \nx");
  free(b);
}

Test(suppress_blank, no_comment_no_copy) {
  cr_assert_null(nb_suppress_blank("a <!-- other --> b\n", 19, NULL));
  cr_assert_null(nb_suppress_blank("", 0, NULL));
}

/* In place: the same bytes as nb_suppress_blank's copy, then every byte put back. */
Test(suppress_blank, in_place_blanks_as_the_copy_and_unblanks_to_the_original) {
  const char *original = "| a | 1 | <!-- nianbao-disable-line x -->\n"
                         "  <!-- nianbao-disable-next-line -->  \r\n"
                         "| b | 2 |\n"
                         "<!-- other --> <!-- nianbao-enable\n-->\n";
  size_t len = strlen(original);
  char *copy = nb_suppress_blank(original, len, NULL);
  cr_assert_not_null(copy);
  char text[256];
  memcpy(text, original, len + 1);
  nb_suppressions comments;
  nb_suppressions_parse(text, len, &comments);
  nb_suppress_undo undo;
  cr_assert(nb_suppress_blank_in_place(text, len, &comments, &undo));
  cr_assert_eq(undo.count, 3);
  cr_assert_str_eq(text, copy);
  nb_suppress_unblank(text, &undo);
  cr_assert_str_eq(text, original);
  cr_assert_null(undo.saved);
  nb_suppressions_free(&comments);
  free(copy);
}

Test(suppress_blank, in_place_without_comment_changes_nothing) {
  char text[] = "a <!-- other --> b\n";
  nb_suppressions comments;
  nb_suppressions_parse(text, strlen(text), &comments);
  nb_suppress_undo undo;
  cr_assert_not(nb_suppress_blank_in_place(text, strlen(text), &comments, &undo));
  nb_suppressions_free(&comments);
  cr_assert_str_eq(text, "a <!-- other --> b\n");
  cr_assert_eq(undo.count, 0);
  cr_assert_null(undo.ranges);
  cr_assert_null(undo.saved);
}
