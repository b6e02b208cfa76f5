/* The benchmark's only source of variety: splitmix64 from a fixed seed, so every run on every
 * machine builds byte-identical inputs and figures stay comparable across commits. */
#ifndef NB_BENCH_PRNG_H
#define NB_BENCH_PRNG_H

#include <stdint.h>

typedef struct {
  uint64_t state;
} bench_prng;

static inline uint64_t bench_next(bench_prng *p) {
  uint64_t z = (p->state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n) for small n (the modulo bias is irrelevant here). */
static inline int bench_below(bench_prng *p, int n) {
  return n <= 0 ? 0 : (int)(bench_next(p) % (uint64_t)n);
}

/* True with probability percent/100. */
static inline int bench_chance(bench_prng *p, int percent) {
  return bench_below(p, 100) < percent;
}

#endif
