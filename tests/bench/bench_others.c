/* The tools users would otherwise run on their reports, on the same files: markdownlint-cli2 (npm
 * markdownlint-cli2) and AutoCorrect (npm autocorrect-node), each over a directory of every real
 * Markdown report and the synthetic pipe-table ones, against `nianbao lint` on one job and on
 * every CPU. Only with --others, and only for the tools found on PATH:
 *   npm install -g markdownlint-cli2 autocorrect-node
 * None of them is needed to build or to run the rest of the benchmark. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "process.h"
#include "sections.h"

static void row(const char *label, bench_run r, int files, double nianbao_ms) {
  printf("  %-36s %9.1f ms %8.3f ms/file", label, r.wall_ms, r.wall_ms / files);
  if (nianbao_ms > 0)
    printf("  %7.1fx nianbao's time", r.wall_ms / nianbao_ms);
  printf("\n");
}

int bench_others_section(const bench_context *c) {
  printf("\nother tools on the same Markdown reports (wall time, best of runs)\n");
  if (!c->nianbao) {
    printf("  not measured: no nianbao beside the benchmark\n");
    return 0;
  }
  char *dir = bench_temp_dir();
  int files = bench_write_sets(c, dir, "Markdown") + bench_write_sets(c, dir, "pipe");
  int runs = c->quick ? 2 : 5;
  char *one[] = {(char *)c->nianbao, "lint", "--jobs", "1", dir, NULL};
  char *all[] = {(char *)c->nianbao, "lint", dir, NULL};
  bench_run ours_one = bench_run_best(one, runs), ours_all = bench_run_best(all, runs);
  row("nianbao lint --jobs 1", ours_one, files, 0);
  row("nianbao lint (every CPU)", ours_all, files, 0);

  char *mdl = bench_which("markdownlint-cli2");
  if (mdl) {
    char *glob = nb_strdup_printf("%s/**/*.md", dir);
    char *argv[] = {mdl, glob, NULL};
    row("markdownlint-cli2 (every CPU)", bench_run_best(argv, runs), files, ours_all.wall_ms);
    free(glob);
    free(mdl);
  } else {
    printf("  markdownlint-cli2: not found (npm install -g markdownlint-cli2)\n");
  }
  char *ac = bench_which("autocorrect");
  if (ac) {
    char *argv_one[] = {ac, "--lint", "--quiet", "--threads", "1", dir, NULL};
    char *argv_all[] = {ac, "--lint", "--quiet", dir, NULL};
    row("autocorrect --lint --threads 1", bench_run_best(argv_one, runs), files, ours_one.wall_ms);
    row("autocorrect --lint (every CPU)", bench_run_best(argv_all, runs), files, ours_all.wall_ms);
    free(ac);
  } else {
    printf("  autocorrect: not found (npm install -g autocorrect-node)\n");
  }
  printf("  %d files; each tool checks what it checks (markdownlint: Markdown style; AutoCorrect: "
         "CJK spacing and punctuation; nianbao: the report itself)\n",
         files);
  bench_remove_tree(dir);
  free(dir);
  return 0;
}
