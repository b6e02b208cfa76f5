/* Running programs from the benchmark: the nianbao command beside it, cmark-gfm, valgrind and the
 * other linters it is compared with. Figures a program's own process gives (peak memory, start-up
 * instructions, a batch on every core) can only be measured from outside it. */
#ifndef NB_BENCH_PROCESS_H
#define NB_BENCH_PROCESS_H

#include <stdbool.h>

typedef struct {
  int status;      /* exit status, or -1 when it could not be run or was killed */
  double wall_ms;  /* elapsed, CLOCK_MONOTONIC */
  long max_rss_kb; /* peak resident set (getrusage of the child) */
} bench_run;

/* Starts the process that runs the programs below; call first thing, while this process is
 * small (a child's peak memory would otherwise include this one's). */
void bench_spawner_start(void);

/* Runs argv (a NULL-terminated list; argv[0] found on PATH when it has no '/') with stdin from
 * /dev/null and stdout and stderr thrown away. */
bench_run bench_run_program(char *const argv[]);

/* The fastest of `times` runs (status and memory from the last). */
bench_run bench_run_best(char *const argv[], int times);

/* The instructions argv executes, counted by valgrind (callgrind), or -1 without valgrind. */
long long bench_instructions(char *const argv[]);

/* The full path of `name` on PATH, or NULL (heap string). */
char *bench_which(const char *name);

/* The nianbao executable built beside this benchmark, or NULL (heap string). */
char *bench_nianbao_path(void);

/* A fresh directory under $TMPDIR or /tmp (heap string), and removing it with all it holds. */
char *bench_temp_dir(void);
void bench_remove_tree(const char *dir);

#endif
