/* The benchmark's sections after the lint/parse table, each measuring a target of issue 11 or 7
 * from outside the process (process.h): a batch on every core, peak memory, start-up, and the
 * other tools' times on the same reports. Each prints its own lines and returns the number of
 * targets it missed (0 when met or not measured). */
#ifndef NB_BENCH_SECTIONS_H
#define NB_BENCH_SECTIONS_H

#include <stdbool.h>

#include "inputs.h"

typedef struct {
  bool quick;
  const char *nianbao;   /* the command built beside the benchmark, or NULL */
  const bench_set *sets; /* the inputs of the lint/parse table */
  int nsets;
} bench_context;

/* Writes every document of the sets whose label contains `match` (all when NULL) into dir,
 * under the set's own subdirectory; returns how many. */
int bench_write_sets(const bench_context *c, const char *dir, const char *match);

int bench_batch_section(const bench_context *c);   /* bench_batch.c */
int bench_memory_section(const bench_context *c);  /* bench_memory.c */
int bench_startup_section(const bench_context *c); /* bench_startup.c */
int bench_others_section(const bench_context *c);  /* bench_others.c: with --others only */

#endif
