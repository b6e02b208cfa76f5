/* What the benchmark times: the full lint pipeline and cmark-gfm alone, on the same bytes. */
#ifndef NB_BENCH_MEASURE_H
#define NB_BENCH_MEASURE_H

#include <stdbool.h>

#include "inputs.h"

typedef struct {
  double lint_ms;  /* best run over the whole set */
  double parse_ms; /* best run of cmark-gfm alone */
  int findings;    /* diagnostics the pipeline produced over the set */
  int runs;
} bench_result;

/* Registers the GFM core extensions; call once before bench_measure. */
void bench_parse_setup(void);

/* Times both over every document of the set: a warm-up run, then runs until both the minimum count
 * and the time budget are reached (or the maximum count). Keeps the minimum of each: on a noisy
 * machine the fastest run is the one least disturbed. */
bench_result bench_measure(const bench_set *s, bool quick);

#endif
