/* nianbao-bench: how much the lint pipeline costs on top of parsing the same
 * bytes with cmark-gfm alone, on real reports, on synthetic reports in every
 * table layout, and on one large document. The target set for the project is
 * lint ≤ 2× bare parse; the program reports whether it holds but never fails on
 * timing, because machines are noisy.
 *
 *   nianbao-bench [--quick] [--out DIR | --generate DIR] [--source DIR] [--only TEXT] [--others]
 *
 * `--only batch` runs the batch section alone (nianbao lint DIR, --jobs 1 against every CPU).
 */
#include <cmark-gfm.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench_lsp.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "inputs.h"
#include "measure.h"
#include "pandoc_filter.h"
#include "process.h"
#include "sections.h"
#include "syntax_edit.h"
#include "synth.h"

enum { SEED = 20240131 };
/* Issue 11: lint against the bare parse of the same bytes, for the form reports are drafted in
 * and for every other layout. */
static const double TARGET_MARKDOWN = 1.5, TARGET_OTHER_LAYOUTS = 3.0;

typedef struct {
  bool quick;
  const char *out_dir;
  bool generate_only; /* --generate: write the inputs to out_dir, measure nothing */
  const char *source_dir;
  const char *only; /* measure only the inputs whose label contains this (for profiling) */
  bool others;      /* --others: time markdownlint-cli2 and AutoCorrect too */
} options;

static void usage(FILE *f) {
  fputs("usage: nianbao-bench [--quick] [--out DIR | --generate DIR] [--source DIR] [--only TEXT] "
        "[--others]\n"
        "  --quick       small inputs and few runs (a CI smoke test)\n"
        "  --out DIR     also write the generated inputs to DIR for inspection\n"
        "  --source DIR  the nianbao source tree whose corpus/ to read (default: the one this\n"
        "                program was built from)\n"
        "  --generate DIR  write the synthetic inputs to DIR and exit (same_findings.sh)\n"
        "  --only TEXT   measure only the inputs whose label contains TEXT (\"html\", \"large\"),\n"
        "                e.g. under perf record; the sections after the table are left out,\n"
        "                but for \"server\" (the language server), \"pandoc\" (the filter),\n"
        "                \"memory\" (peak memory of nianbao lint) and \"batch\" (nianbao lint DIR\n"
        "                on one job and on every CPU: the speed-up and memory per process)\n"
        "  --others      also time markdownlint-cli2 and AutoCorrect on the same reports\n"
        "                (npm install -g markdownlint-cli2 autocorrect-node)\n",
        f);
}

static int parse_args(int argc, char **argv, options *o) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--quick") == 0) {
      o->quick = true;
    } else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
      o->out_dir = argv[++i];
    } else if (strcmp(argv[i], "--generate") == 0 && i + 1 < argc) {
      o->out_dir = argv[++i];
      o->generate_only = true;
    } else if (strcmp(argv[i], "--source") == 0 && i + 1 < argc) {
      o->source_dir = argv[++i];
    } else if (strcmp(argv[i], "--others") == 0) {
      o->others = true;
    } else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      o->only = argv[++i];
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      usage(stdout);
      exit(0);
    } else {
      fprintf(stderr, "nianbao-bench: unknown or incomplete option '%s'\n", argv[i]);
      usage(stderr);
      return 2;
    }
  }
  return 0;
}

static bool is_source_tree(const char *dir) {
  char *probe = nb_strdup_printf("%s/src/core", dir);
  bool yes = bench_is_dir(probe);
  free(probe);
  return yes;
}

/* The source tree this program was built from (CMake passes it), so the real reports are read
 * wherever the build directory is; then the executable's parents and the current directory. */
static char *find_source_dir(const char *given) {
  if (given)
    return nb_xstrdup(given);
#ifdef NB_SOURCE_DIR
  if (is_source_tree(NB_SOURCE_DIR))
    return nb_xstrdup(NB_SOURCE_DIR);
#endif
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    for (int up = 0; up < 3; up++) {
      char *slash = strrchr(exe, '/');
      if (!slash)
        break;
      *slash = '\0';
      if (is_source_tree(exe))
        return nb_xstrdup(exe);
    }
  }
  return nb_xstrdup(".");
}

static double peak_rss_mib(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_maxrss / 1024.0; /* Linux reports KiB */
}

static void add_synthetic(bench_set *s, bench_layout layout, int count, bench_prng *p) {
  for (int i = 0; i < count; i++) {
    bench_buf b;
    bench_buf_init(&b);
    bench_synth_report(&b, layout, p);
    size_t len;
    char *text = bench_buf_take(&b, &len);
    bench_set_add(s, nb_strdup_printf("synth-%s-%03d.md", bench_layout_name(layout), i), text, len);
  }
}

static void add_big(bench_set *s, size_t bytes, bench_prng *p) {
  bench_buf b;
  bench_buf_init(&b);
  bench_synth_big(&b, bytes, p);
  size_t len;
  char *text = bench_buf_take(&b, &len);
  bench_set_add(s, nb_strdup_printf("big-%zukib.md", bytes / 1024), text, len);
}

/* Real reports first (the corpus's golden files, in the form reports are drafted in and in
 * every other layout), then the synthetic sets; returns how many sets were filled. */
static int build_inputs(bench_set *sets, const options *o, const char *source) {
  int n = 0;
  char *corpus = nb_strdup_printf("%s/corpus", source);
  bench_set golden;
  bench_set_init(&golden, "golden");
  if (bench_set_load_dir(&golden, corpus, true, true) == 0)
    fprintf(stderr, "nianbao-bench: no golden reports under %s (give --source DIR)\n", corpus);
  free(corpus);
  bench_set_init(&sets[n], "real: Markdown reports");
  bench_set_init(&sets[n + 1], "real: raw texts, layouts");
  bench_set_partition(&golden, bench_is_markdown_form, &sets[n], &sets[n + 1]);
  sets[n].target = TARGET_MARKDOWN;
  sets[n + 1].target = TARGET_OTHER_LAYOUTS;
  n += 2;

  bench_prng p = {SEED};
  int per_layout = o->quick ? 6 : 100;
  for (int layout = 0; layout < BENCH_LAYOUT_COUNT; layout++) {
    char label[48];
    snprintf(label, sizeof label, "synthetic: %s", bench_layout_name(layout));
    bench_set_init(&sets[n], label);
    sets[n].target = layout == BENCH_PIPE ? TARGET_MARKDOWN : TARGET_OTHER_LAYOUTS;
    add_synthetic(&sets[n++], (bench_layout)layout, per_layout, &p);
  }

  size_t big = o->quick ? 256 * 1024 : 5 * 1024 * 1024;
  bench_set_init(&sets[n],
                 o->quick ? "one large document (256 KiB)" : "one large document (5 MiB)");
  add_big(&sets[n++], big, &p);
  return n;
}

static void print_row(const char *label, int docs, size_t bytes, const bench_result *r,
                      double target) {
  double ratio = r->parse_ms > 0 ? r->lint_ms / r->parse_ms : 0;
  printf("%-28s %5d %10zu %9.3f %9.3f %7.2fx %8d", label, docs, bytes, r->lint_ms, r->parse_ms,
         ratio, r->findings);
  if (r->runs > 0)
    printf(" %4d", r->runs);
  if (target > 0)
    printf("  <= %.1fx %s", target, ratio <= target ? "met" : "NOT met");
  printf("\n");
}

static void free_sets(bench_set *sets, int nsets) {
  for (int i = 0; i < nsets; i++)
    bench_set_free(&sets[i]);
}

static bool set_selected(const bench_set *set, const options *o) {
  return !o->only || strstr(set->label, o->only);
}

/* The table of lint against parse, one row per selected input set; returns the targets missed.
 * An --only that selects no input set (e.g. "batch") prints no table at all. */
static int measure_table(bench_set *sets, int nsets, const options *o) {
  int selected = 0;
  for (int i = 0; i < nsets; i++)
    selected += set_selected(&sets[i], o);
  if (selected == 0)
    return 0;
  double rss_inputs = peak_rss_mib();
  printf("%-28s %5s %10s %9s %9s %8s %8s %4s  %s\n", "input", "docs", "bytes", "lint ms",
         "parse ms", "ratio", "findings", "runs", "target");
  bench_result total = {0};
  size_t total_bytes = 0;
  int total_docs = 0, missed = 0, measured = 0;
  for (int i = 0; i < nsets; i++) {
    if (!set_selected(&sets[i], o))
      continue;
    bench_result r = bench_measure(&sets[i], o->quick);
    print_row(sets[i].label, sets[i].ndocs, sets[i].bytes, &r, sets[i].target);
    fflush(stdout);
    measured += sets[i].target > 0;
    missed += sets[i].target > 0 && r.lint_ms > sets[i].target * r.parse_ms;
    total.lint_ms += r.lint_ms;
    total.parse_ms += r.parse_ms;
    total.findings += r.findings;
    total_bytes += sets[i].bytes;
    total_docs += sets[i].ndocs;
  }
  print_row("all inputs", total_docs, total_bytes, &total, 0);

  bench_prng edits = {SEED};
  if (!o->only)
    bench_syntax_edits(o->quick, &edits);

  printf("\npeak RSS: %.1f MiB (%.1f MiB of it holding the inputs)\n", peak_rss_mib(), rss_inputs);
  printf("lint/parse targets: met for %d of %d inputs\n", measured - missed, measured);
  return missed;
}

int main(int argc, char **argv) {
  options o = {0};
  if (parse_args(argc, argv, &o) != 0)
    return 2;
  /* The sections that run nianbao (batch, memory, start-up) start it from a small process. */
  bool memory_section = !o.only || strstr("peak memory", o.only);
  bool batch_section = !o.only || strstr("batch", o.only);
  if (!o.generate_only && (memory_section || batch_section))
    bench_spawner_start();
  char *source = find_source_dir(o.source_dir);

  enum { MAX_SETS = 2 + BENCH_LAYOUT_COUNT + 1 };
  bench_set sets[MAX_SETS];
  int nsets = build_inputs(sets, &o, source);

  if (o.out_dir) {
    for (int i = 0; i < nsets; i++)
      if (strncmp(sets[i].label, "real", 4) != 0)
        bench_set_write(&sets[i], o.out_dir);
    printf("generated inputs written to %s/\n", o.out_dir);
    if (o.generate_only) {
      free_sets(sets, nsets);
      free(source);
      return 0;
    }
  }

  bench_parse_setup();
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  printf("nianbao-bench%s: the whole lint pipeline against cmark-gfm %s's parse of the same\n"
         "bytes with the table extension only\n",
         o.quick ? " --quick" : "", cmark_version_string());
  printf("times: minimum over runs, CLOCK_MONOTONIC, one thread; %ld CPU(s) online; source "
         "tree %s\n\n",
         cpus, source);
  int missed = measure_table(sets, nsets, &o);

  /* The targets only the nianbao command shows: a batch, memory, start-up (sections.h). */
  if (memory_section || batch_section) {
    char *nianbao = bench_nianbao_path();
    bench_context context = {o.quick, nianbao, sets, nsets};
    if (batch_section)
      missed += bench_batch_section(&context);
    if (memory_section)
      missed += bench_memory_section(&context);
    if (!o.only)
      missed += bench_startup_section(&context);
    if (o.others && !o.only)
      bench_others_section(&context);
    free(nianbao);
  }
  /* The server's and the filter's goals count in the summary like the table's targets. */
  bool server_ran = (!o.only || strstr("language server", o.only)) && bench_lsp(o.quick, &missed);
  if (!o.only || strstr("pandoc filter", o.only))
    missed += bench_pandoc_filter(o.quick);
  printf("\n%s\n",
         missed ? "some targets are NOT met (see above)" : "every target measured is met");

  printf("(timings only inform: this program never fails on them)\n");
  free_sets(sets, nsets);
  free(source);
  return server_ran || (o.only && !strstr("language server", o.only)) ? 0 : 1;
}
