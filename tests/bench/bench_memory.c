/* Peak memory of `nianbao lint FILE` (issue 7): at most 4 times the input plus 8 MiB on reports
 * shaped like real ones however large, and a bound stated for pathological shapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "core/diag.h"
#include "process.h"
#include "sections.h"

static const double MIB = 1024.0 * 1024.0;
enum { BOUND_FACTOR = 4, BOUND_BASE_MIB = 8 };
/* Pathological shapes: the table readers keep a few hundred bytes for each line and each cell
 * they read, whatever its size, and a line or a cell takes at least two bytes ("1\n", "1|"), so
 * memory is bounded by a multiple of the input that only texts of nothing but tiny lines or
 * cells come near: one-character lines (the worst measured, 160x), rows of one-digit cells
 * (76x), many tiny tables (34x). The README states this bound; the benchmark checks it. */
enum { PATHOLOGICAL_FACTOR = 200 };

static bool write_file(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "wb");
  bool ok = f && fwrite(text, 1, len, f) == len;
  if (f && fclose(f) != 0)
    ok = false;
  return ok;
}

/* Copies of `unit` up to `bytes`. */
static void repeat(bench_buf *out, const char *unit, size_t len, size_t bytes) {
  while (out->len < bytes)
    bench_buf_add(out, unit, len);
}

/* Returns 1 when the measured peak is above `factor` × input + base. */
static int measure(const bench_context *c, const char *dir, const char *label, const char *text,
                   size_t len, int factor, int base_mib) {
  char *path = nb_strdup_printf("%s/input.md", dir);
  if (!write_file(path, text, len)) {
    printf("  %-34s not measured: cannot write %s\n", label, path);
    free(path);
    return 0;
  }
  char *argv[] = {(char *)c->nianbao, "lint", "--format", "json", path, NULL};
  bench_run r = bench_run_program(argv);
  double peak = r.max_rss_kb * 1024.0, bound = (double)factor * (double)len + base_mib * MIB;
  bool met = r.status >= 0 && r.status <= 1 && peak <= bound;
  printf("  %-34s %9.2f MiB in, peak %8.1f MiB (%5.1fx); bound %dx + %d MiB = %8.1f MiB: %s\n",
         label, len / MIB, peak / MIB, len ? peak / (double)len : 0, factor, base_mib, bound / MIB,
         met ? "met" : "NOT met");
  free(path);
  return !met;
}

int bench_memory_section(const bench_context *c) {
  printf("\npeak memory of nianbao lint FILE (issue 7: real-shaped <= %dx input + %d MiB)\n",
         BOUND_FACTOR, BOUND_BASE_MIB);
  if (!c->nianbao) {
    printf("  not measured: no nianbao beside the benchmark\n");
    return 0;
  }
  char *dir = bench_temp_dir();
  int missed = 0;
  const bench_doc *largest_real = NULL, *large = NULL;
  bench_buf reports; /* every real Markdown report, once */
  bench_buf_init(&reports);
  for (int i = 0; i < c->nsets; i++) {
    const bench_set *s = &c->sets[i];
    for (int d = 0; d < s->ndocs; d++) {
      if (strcmp(s->label, "real: Markdown reports") == 0) {
        if (!largest_real || s->docs[d].len > largest_real->len)
          largest_real = &s->docs[d];
        bench_buf_add(&reports, s->docs[d].text, s->docs[d].len);
        bench_buf_puts(&reports, "\n");
      }
      if (strstr(s->label, "large"))
        large = &s->docs[d];
    }
  }
  if (largest_real)
    missed += measure(c, dir, "the largest real report", largest_real->text, largest_real->len,
                      BOUND_FACTOR, BOUND_BASE_MIB);
  if (large)
    missed += measure(c, dir, "the large synthetic report", large->text, large->len, BOUND_FACTOR,
                      BOUND_BASE_MIB);
  if (reports.len > 0) {
    bench_buf many;
    bench_buf_init(&many);
    repeat(&many, reports.data, reports.len, (c->quick ? 2 : 32) * (size_t)MIB);
    missed += measure(c, dir, "real reports end to end", many.data, many.len, BOUND_FACTOR,
                      BOUND_BASE_MIB);
    bench_buf_free(&many);
  }
  /* A pipe table of 60 one-digit columns: a header row, its delimiter row, then 20 rows. */
  bench_buf cells;
  bench_buf_init(&cells);
  for (int row = 0; row < 22; row++) {
    for (int col = 0; col < 60; col++)
      bench_buf_puts(&cells, row == 1 ? "|-" : "|1");
    bench_buf_puts(&cells, "|\n");
  }
  bench_buf_puts(&cells, "\n");
  const struct {
    const char *label, *unit;
    size_t mib; /* of the unit repeated (a quarter of it with --quick) */
  } pathological[] = {
      {"pathological: many tiny tables", "| 规章 | 0 |\n|---|---|\n| 1 | 2 |\n\n", 4},
      {"pathological: one-character lines", "1\n", 1},
      {"pathological: tables of 60 columns", cells.data, 2},
  };
  for (size_t i = 0; i < sizeof pathological / sizeof pathological[0]; i++) {
    bench_buf text;
    bench_buf_init(&text);
    repeat(&text, pathological[i].unit, strlen(pathological[i].unit),
           pathological[i].mib * (size_t)MIB / (c->quick ? 4 : 1));
    missed += measure(c, dir, pathological[i].label, text.data, text.len, PATHOLOGICAL_FACTOR,
                      BOUND_BASE_MIB);
    bench_buf_free(&text);
  }
  bench_buf_free(&cells);
  bench_buf_free(&reports);
  bench_remove_tree(dir);
  free(dir);
  return missed;
}
