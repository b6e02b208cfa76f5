/* --include/--exclude patterns (cli/glob.h): each construct matched and near-missed. */
#include <criterion/criterion.h>

#include "lint/glob.h"

Test(glob, star_stays_in_one_component) {
  cr_assert(nb_glob_match("*.md", "report.md"));
  cr_assert(nb_glob_match("*.md", ".md"));
  cr_assert_not(nb_glob_match("*.md", "report.txt"));
  cr_assert_not(nb_glob_match("*.md", "2023/report.md"));
  cr_assert(nb_glob_match("*/*.md", "2023/report.md"));
  cr_assert(nb_glob_match("a*b*c", "aXXbYYc"));
  cr_assert_not(nb_glob_match("a*b*c", "aXXbYYcd"));
}

Test(glob, globstar_spans_directories) {
  cr_assert(nb_glob_match("**/*.md", "report.md"));
  cr_assert(nb_glob_match("**/*.md", "a/b/c/report.md"));
  cr_assert_not(nb_glob_match("**/*.md", "a/b/report.txt"));
  cr_assert(nb_glob_match("old/**", "old/2019/a.md"));
  cr_assert(nb_glob_match("old/**", "old/a.md"));
  cr_assert_not(nb_glob_match("old/**", "older/a.md"));
  cr_assert(nb_glob_match("a/**/b.md", "a/b.md"));
  cr_assert(nb_glob_match("a/**/b.md", "a/x/y/b.md"));
  cr_assert_not(nb_glob_match("a/**/b.md", "a/x/yb.md"));
  /* "**" inside a name is a plain star */
  cr_assert(nb_glob_match("a**.md", "abc.md"));
  cr_assert_not(nb_glob_match("a**.md", "a/bc.md"));
}

Test(glob, question_mark_is_one_character) {
  cr_assert(nb_glob_match("202?.md", "2023.md"));
  cr_assert_not(nb_glob_match("202?.md", "202.md"));
  cr_assert_not(nb_glob_match("a?b", "a/b"));
  /* a code point, not a byte */
  cr_assert(nb_glob_match("?年报.md", "新年报.md"));
  cr_assert_not(nb_glob_match("?年报.md", "新新年报.md"));
}

Test(glob, classes) {
  cr_assert(nb_glob_match("20[12][0-9].md", "2023.md"));
  cr_assert_not(nb_glob_match("20[12][0-9].md", "2033.md"));
  cr_assert(nb_glob_match("[!.]*", "a.md"));
  cr_assert_not(nb_glob_match("[!.]*", ".hidden"));
  cr_assert(nb_glob_match("[^a]x", "bx"));
  cr_assert_not(nb_glob_match("[^a]x", "ax"));
  cr_assert_not(nb_glob_match("a[!b]c", "a/c"));
  cr_assert(nb_glob_match("[]]", "]"));
  /* an unclosed bracket is itself */
  cr_assert(nb_glob_match("a[b", "a[b"));
}

Test(glob, braces_and_escapes) {
  cr_assert(nb_glob_match("*.{md,txt}", "a.md"));
  cr_assert(nb_glob_match("*.{md,txt}", "a.txt"));
  cr_assert_not(nb_glob_match("*.{md,txt}", "a.html"));
  cr_assert(nb_glob_match("{a,b{c,d}}.md", "bd.md"));
  cr_assert_not(nb_glob_match("{a,b{c,d}}.md", "be.md"));
  cr_assert(nb_glob_match("{draft,old}/**", "old/x/y.md"));
  cr_assert(nb_glob_match("\\*.md", "*.md"));
  cr_assert_not(nb_glob_match("\\*.md", "a.md"));
}

Test(glob, select_by_name_or_by_path) {
  cr_assert(nb_glob_select("draft-*", "2023/draft-1.md"));
  cr_assert_not(nb_glob_select("draft-*", "drafts/report.md"));
  cr_assert(nb_glob_select("drafts", "2023/drafts"));
  cr_assert(nb_glob_select("2023/*.md", "2023/a.md"));
  cr_assert_not(nb_glob_select("2023/*.md", "x/2023/a.md"));
  cr_assert(nb_glob_select("./2023/*.md", "2023/a.md"));
}
