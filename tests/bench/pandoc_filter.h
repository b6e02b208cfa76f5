/* The pandoc filter's cost: `pandoc -t json` with nianbao-pandoc as its filter against the same
 * with an identity filter (a shell script that copies standard input to standard output), side by
 * side in one run, on one large report. The target is that the filter adds at most 10 %. */
#ifndef NB_BENCH_PANDOC_FILTER_H
#define NB_BENCH_PANDOC_FILTER_H

#include <stdbool.h>

/* Prints the figures. Needs pandoc on PATH and nianbao-pandoc next to this program; without
 * them it says so and measures nothing (the benchmark never fails). Returns 1 when the target
 * was measured and is not met in CPU time (the wall time wanders with the machine's load), for
 * the benchmark's summary; else 0. */
int bench_pandoc_filter(bool quick);

#endif
