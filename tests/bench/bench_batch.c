/* A batch: `nianbao lint DIR` on one job and on every CPU, the same files, the same output. On a
 * busy machine the ratio of wall times says little: tests/bench/batch_accounting.sh counts what
 * is serial, how evenly the workers share the files and what each file costs besides its check. */
#define _DEFAULT_SOURCE /* getloadavg */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/diag.h"
#include "process.h"
#include "sections.h"

/* Issue 11: a batch on 2 cores at least this much faster than on one. */
static const double TARGET_SPEEDUP = 1.8;

int bench_write_sets(const bench_context *c, const char *dir, const char *match) {
  int written = 0;
  for (int i = 0; i < c->nsets; i++) {
    if (match && !strstr(c->sets[i].label, match))
      continue;
    char *sub = nb_strdup_printf("%s/set-%d", dir, i);
    if (bench_set_write(&c->sets[i], sub))
      written += c->sets[i].ndocs;
    free(sub);
  }
  return written;
}

int bench_batch_section(const bench_context *c) {
  printf("\nbatch: nianbao lint DIR, every synthetic report and the large one\n");
  if (!c->nianbao) {
    printf("  not measured: no nianbao beside the benchmark\n");
    return 0;
  }
  char *dir = bench_temp_dir();
  int files = bench_write_sets(c, dir, "synthetic") + bench_write_sets(c, dir, "large");
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  int jobs = cpus > 1 ? (int)cpus : 2;
  char one[16], many[16];
  snprintf(one, sizeof one, "%d", 1);
  snprintf(many, sizeof many, "%d", jobs);
  char *argv_one[] = {(char *)c->nianbao, "lint", "--jobs", one, dir, NULL};
  char *argv_many[] = {(char *)c->nianbao, "lint", "--jobs", many, dir, NULL};
  /* The minimum of many runs: on a shared machine most runs lose time to others' work, and on
   * these virtual CPUs even an idle one's best of 15 moved by 15 % from one run to the next. */
  int runs = c->quick ? 3 : 40;
  double load_before[3] = {0};
  getloadavg(load_before, 3);
  /* Interleaved, so that a burst of load from elsewhere hits both alike. */
  bench_run best_one = {0}, best_many = {0};
  for (int r = 0; r < runs; r++) {
    bench_run a = bench_run_program(argv_one), b = bench_run_program(argv_many);
    if (r == 0 || a.wall_ms < best_one.wall_ms)
      best_one = a;
    if (r == 0 || b.wall_ms < best_many.wall_ms)
      best_many = b;
  }
  double speedup = best_many.wall_ms > 0 ? best_one.wall_ms / best_many.wall_ms : 0;
  printf("  %d files: --jobs 1 %.1f ms (%.0f files/s), --jobs %d %.1f ms (%.0f files/s)\n", files,
         best_one.wall_ms, files / (best_one.wall_ms / 1e3), jobs, best_many.wall_ms,
         files / (best_many.wall_ms / 1e3));
  double load_after[3] = {0};
  getloadavg(load_after, 3);
  /* The speed-up means little when other programs held the CPUs meanwhile. */
  printf("  load average (1 min) before and after: %.2f, %.2f\n", load_before[0], load_after[0]);
  int missed = 0;
  if (cpus < 2) {
    printf("  one CPU online: no speed-up to measure\n");
  } else {
    bool met = speedup >= TARGET_SPEEDUP;
    printf("  speed-up on %d CPUs: %.2fx (target >= %.1fx on 2: %s)\n", jobs, speedup,
           TARGET_SPEEDUP, met ? "met" : "NOT met");
    missed += !met;
  }
  /* Memory: the batch against its largest file alone. */
  char *largest = NULL;
  off_t largest_size = -1;
  for (int i = 0; i < c->nsets; i++) {
    if (!strstr(c->sets[i].label, "large"))
      continue;
    for (int d = 0; d < c->sets[i].ndocs; d++) {
      if ((off_t)c->sets[i].docs[d].len > largest_size) {
        free(largest);
        largest = nb_strdup_printf("%s/set-%d/%s", dir, i, c->sets[i].docs[d].name);
        largest_size = (off_t)c->sets[i].docs[d].len;
      }
    }
  }
  if (largest) {
    char *argv_largest[] = {(char *)c->nianbao, "lint", "--jobs", one, largest, NULL};
    bench_run alone = bench_run_program(argv_largest);
    printf("  peak memory: --jobs 1 %.1f MiB, --jobs %d %.1f MiB per process; the largest file "
           "alone %.1f MiB\n",
           best_one.max_rss_kb / 1024.0, jobs, best_many.max_rss_kb / 1024.0,
           alone.max_rss_kb / 1024.0);
    free(largest);
  }
  bench_remove_tree(dir);
  free(dir);
  return missed;
}
