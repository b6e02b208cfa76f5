#include "random_pieces.h"

#include <string.h>

uint32_t nb_test_random(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

size_t nb_test_random_pieces(uint32_t *state, const char *const *parts, size_t nparts,
                             int max_pieces, char *out, size_t cap) {
  size_t n = 0;
  int pieces = 1 + (int)(nb_test_random(state) % (uint32_t)max_pieces);
  for (int k = 0; k < pieces; k++) {
    const char *p = parts[nb_test_random(state) % nparts];
    size_t m = strlen(p);
    if (n + m >= cap)
      break;
    memcpy(out + n, p, m);
    n += m;
  }
  out[n] = '\0';
  return n;
}
