/* Start-up: the instructions of `nianbao lint` on an empty and on a one-line file against
 * cmark-gfm's own command (`cmark-gfm -e table`) on the same files (issue 11: at most 1.3x).
 * Counted by valgrind, the one measure that is stable on a shared machine; without valgrind or
 * cmark-gfm the section says so. */
#include <stdio.h>
#include <stdlib.h>

#include "core/diag.h"
#include "process.h"
#include "sections.h"

static const double TARGET_RATIO = 1.3;

static bool write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  bool ok = f && fputs(text, f) >= 0;
  if (f && fclose(f) != 0)
    ok = false;
  return ok;
}

int bench_startup_section(const bench_context *c) {
  printf("\nstart-up: instructions (valgrind) of nianbao lint against cmark-gfm -e table, target "
         "<= %.1fx\n",
         TARGET_RATIO);
  char *cmark = bench_which("cmark-gfm");
  char *valgrind = bench_which("valgrind");
  if (!c->nianbao || !cmark || !valgrind) {
    printf("  not measured: %s not found\n", !c->nianbao ? "nianbao"
                                             : !cmark    ? "cmark-gfm (apt-get install cmark-gfm)"
                                                         : "valgrind");
    free(cmark);
    free(valgrind);
    return 0;
  }
  char *dir = bench_temp_dir();
  static const struct {
    const char *label, *name, *text;
  } files[] = {{"empty file", "empty.md", ""}, {"one-line file", "one-line.md", "一行文字。\n"}};
  int missed = 0;
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    char *path = nb_strdup_printf("%s/%s", dir, files[i].name);
    if (!write_text(path, files[i].text)) {
      free(path);
      continue;
    }
    char *baseline[] = {cmark, "-e", "table", path, NULL};
    char *lint[] = {(char *)c->nianbao, "lint", path, NULL};
    char *json[] = {(char *)c->nianbao, "lint", "--format", "json", path, NULL};
    long long base = bench_instructions(baseline), ours = bench_instructions(lint),
              ours_json = bench_instructions(json);
    if (base > 0 && ours > 0) {
      double ratio = (double)ours / (double)base;
      bool met = ratio <= TARGET_RATIO;
      printf("  %-14s cmark-gfm %8lld, nianbao lint %8lld (%.2fx: %s), --format json %8lld "
             "(%.2fx)\n",
             files[i].label, base, ours, ratio, met ? "met" : "NOT met", ours_json,
             (double)ours_json / (double)base);
      missed += !met;
    }
    free(path);
  }
  bench_remove_tree(dir);
  free(dir);
  free(cmark);
  free(valgrind);
  return missed;
}
