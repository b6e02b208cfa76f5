#include "pandoc_filter.h"

#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "prng.h"
#include "synth.h"

extern char **environ;

/* Bigger than the largest real report in the corpus many times over: 200 KiB of report. */
enum { REPORT_BYTES = 200 * 1024, SEED = 20240131 };

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_of(const struct rusage *ru) {
  return (ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) * 1e3 +
         (ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e3;
}

/* Runs argv with stdin from `in` (or /dev/null) and stdout to `out` (or /dev/null), stderr
 * discarded; returns the exit status (-1 when it could not run), the wall time and the CPU time
 * (user + system) of the process and of what it ran and waited for (pandoc's filter). */
static int run(char *const argv[], const char *in, const char *out, double *ms, double *cpu_ms) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in ? in : "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  double start = now_ms();
  pid_t pid;
  int status = -1;
  struct rusage before, after;
  getrusage(RUSAGE_CHILDREN, &before);
  if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) == 0 && waitpid(pid, &status, 0) > 0)
    status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  else
    status = -1;
  *ms = now_ms() - start;
  getrusage(RUSAGE_CHILDREN, &after);
  if (cpu_ms)
    *cpu_ms = cpu_of(&after) - cpu_of(&before);
  posix_spawn_file_actions_destroy(&fa);
  return status;
}

static bool write_file(const char *path, const char *data, size_t len, mode_t mode) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return false;
  bool ok = fwrite(data, 1, len, f) == len;
  ok = fclose(f) == 0 && ok;
  return ok && chmod(path, mode) == 0;
}

static long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* The nianbao-pandoc built next to this program. */
static bool find_filter(char *out, size_t size) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return false;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return false;
  static const char name[] = "/nianbao-pandoc";
  size_t dir = (size_t)(slash - exe);
  if (dir + sizeof name > size)
    return false;
  memcpy(out, exe, dir);
  memcpy(out + dir, name, sizeof name);
  return access(out, X_OK) == 0;
}

typedef struct {
  double identity_ms, filter_ms;   /* minimum wall time over the runs */
  double identity_cpu, filter_cpu; /* minimum CPU time (pandoc and its filter) */
  /* The median over the runs of filter / identity - 1, each run with the identity run just
   * before it: a shared machine's load changes slowly, so a pair sees about the same load. */
  double added_wall, added_cpu;
  bool ok;
} pair_result;

static int compare_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* pandoc FROM INPUT -t json with each filter in turn, alternating, `runs` times each. */
static pair_result measure(const char *from, const char *input, const char *identity,
                           const char *filter, int runs) {
  pair_result r = {1e18, 1e18, 1e18, 1e18, 0, 0, true};
  double *wall = calloc((size_t)runs, sizeof *wall), *cpu = calloc((size_t)runs, sizeof *cpu);
  for (int i = 0; i < runs && r.ok; i++) {
    double ms[2], cpu_ms[2];
    for (int which = 0; which < 2 && r.ok; which++) {
      char *argv[] = {
          "pandoc", "-f", (char *)from, (char *)input, "-t",
          "json",   "-o", "/dev/null",  "--filter",    which ? (char *)filter : (char *)identity,
          NULL};
      r.ok = run(argv, NULL, NULL, &ms[which], &cpu_ms[which]) == 0;
    }
    if (!r.ok)
      break;
    r.identity_ms = ms[0] < r.identity_ms ? ms[0] : r.identity_ms;
    r.filter_ms = ms[1] < r.filter_ms ? ms[1] : r.filter_ms;
    r.identity_cpu = cpu_ms[0] < r.identity_cpu ? cpu_ms[0] : r.identity_cpu;
    r.filter_cpu = cpu_ms[1] < r.filter_cpu ? cpu_ms[1] : r.filter_cpu;
    wall[i] = ms[0] > 0 ? ms[1] / ms[0] - 1 : 0;
    cpu[i] = cpu_ms[0] > 0 ? cpu_ms[1] / cpu_ms[0] - 1 : 0;
  }
  if (r.ok) {
    r.added_wall = median(wall, runs);
    r.added_cpu = median(cpu, runs);
  }
  free(wall);
  free(cpu);
  return r;
}

static void print_pair(const char *label, long bytes, pair_result r) {
  if (!r.ok) {
    printf("%-34s %9ld   pandoc failed\n", label, bytes);
    return;
  }
  printf("%-34s %9ld %9.1f %9.1f %+7.1f%% %9.1f %9.1f %+7.1f%%\n", label, bytes, r.identity_ms,
         r.filter_ms, r.added_wall * 100, r.identity_cpu, r.filter_cpu, r.added_cpu * 100);
}

int bench_pandoc_filter(bool quick) {
  printf("\npandoc filter: pandoc -t json with nianbao-pandoc against an identity filter (cat)\n");
  char filter[PATH_MAX];
  if (!find_filter(filter, sizeof filter)) {
    printf("  nianbao-pandoc is not built next to nianbao-bench: not measured\n");
    return 0;
  }
  double ms;
  char *version_argv[] = {"pandoc", "--version", NULL};
  if (run(version_argv, NULL, NULL, &ms, NULL) != 0) {
    printf("  pandoc is not installed (tests/install/pandoc.packages): not measured\n");
    return 0;
  }
  char dir[] = "/tmp/nianbao-bench-pandoc-XXXXXX";
  if (!mkdtemp(dir)) {
    printf("  cannot make a temporary folder: not measured\n");
    return 0;
  }
  char md[PATH_MAX], docx[PATH_MAX], json[PATH_MAX], identity[PATH_MAX];
  snprintf(md, sizeof md, "%s/report.md", dir);
  snprintf(docx, sizeof docx, "%s/report.docx", dir);
  snprintf(json, sizeof json, "%s/report.json", dir);
  snprintf(identity, sizeof identity, "%s/identity.sh", dir);

  bench_prng p = {SEED};
  bench_buf b;
  bench_buf_init(&b);
  bench_synth_big(&b, REPORT_BYTES, &p);
  static const char identity_script[] = "#!/bin/sh\nexec cat\n";
  bool ok = write_file(md, b.data, b.len, 0644) &&
            write_file(identity, identity_script, sizeof identity_script - 1, 0755);
  bench_buf_free(&b);
  char *to_docx[] = {"pandoc", "-f", "gfm", md, "-o", docx, NULL};
  char *to_json[] = {"pandoc", "-f", "gfm", md, "-t", "json", "-o", json, NULL};
  int missed = 0;
  ok = ok && run(to_docx, NULL, NULL, &ms, NULL) == 0 && run(to_json, NULL, NULL, &ms, NULL) == 0;
  if (!ok) {
    printf("  could not prepare the inputs: not measured\n");
  } else {
    int runs = quick ? 3 : 15;
    printf("%d runs each, alternating; times: minimum; added: median over the runs of each\n"
           "filter run against the identity run before it; one large synthetic report\n",
           runs);
    printf("%-34s %9s %9s %9s %8s %9s %9s %8s\n", "", "", "wall ms", "", "", "CPU ms", "", "");
    printf("%-34s %9s %9s %9s %8s %9s %9s %8s\n", "input", "bytes", "identity", "filter", "added",
           "identity", "filter", "added");
    pair_result m = measure("gfm", md, identity, filter, runs);
    print_pair("the report as Markdown (-f gfm)", file_size(md), m);
    pair_result d = measure("docx", docx, identity, filter, runs);
    print_pair("the same report as .docx", file_size(docx), d);
    /* The filter alone, on the JSON pandoc hands it. */
    double best = 1e18;
    char *alone[] = {filter, "json", NULL};
    for (int i = 0; i < runs; i++)
      if (run(alone, json, NULL, &ms, NULL) == 0 && ms < best)
        best = ms;
    printf("%-34s %9ld %19.1f\n", "nianbao-pandoc alone on its JSON", file_size(json), best);
    /* pandoc waits for its filter: on an idle machine the wall time added is the CPU time
     * added; on a shared one the wall times wander with the load, the CPU times much less. */
    bool met_cpu = m.ok && d.ok && m.added_cpu <= 0.1 && d.added_cpu <= 0.1;
    bool met_wall = m.ok && d.ok && m.added_wall <= 0.1 && d.added_wall <= 0.1;
    printf("target: the filter adds at most 10%% to pandoc -t json: %s in CPU time, %s in wall "
           "time\n",
           met_cpu ? "met" : "NOT met", met_wall ? "met" : "NOT met");
    missed = !met_cpu;
  }
  unlink(md);
  unlink(docx);
  unlink(json);
  unlink(identity);
  rmdir(dir);
  return missed;
}
