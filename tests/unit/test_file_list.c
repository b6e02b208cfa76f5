/* Which files a directory walk takes (cli/file_list.h): with no --include, the test of a name's
 * ending must select exactly what the patterns "*.md", "*.markdown" and "*.txt" select. */
#include <criterion/criterion.h>
#include <stdbool.h>

#include "cli/file_list.h"
#include "lint/glob.h"

static bool by_patterns(const char *relative) {
  return nb_glob_select("*.md", relative) || nb_glob_select("*.markdown", relative) ||
         nb_glob_select("*.txt", relative);
}

Test(file_list, default_reports_are_what_the_patterns_select) {
  static const char *const paths[] = {
      "report.md",
      "report.markdown",
      "report.txt",
      "report.MD",
      "report.mdx",
      "report.md.bak",
      "report.txt~",
      "report",
      "md",
      ".md",
      "x.md",
      "a.b.md",
      "报告.md",
      "报告.txt",
      "报告",
      "sub/report.md",
      "sub/report.txt",
      "sub/report",
      "a.md/report",
      "a.md/b/c.txt",
      "a/b/c.markdown",
      "a/b/markdown",
      "a/b/.markdown",
      "a/b/x.markdow",
      "t.txt.md",
      "report.m",
      "report.d",
      "reporttxt",
      "report.tx",
      "dir/.txt",
      "日/月/年.markdown",
      "sub/",
      "",
      "x.markdown.txt",
      "x.txt.markdown",
  };
  for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
    cr_expect_eq(nb_file_default_report(paths[i]), by_patterns(paths[i]), "%s", paths[i]);
}
