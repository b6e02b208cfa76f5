/* Random texts for the tests that hold a fast search or scan to a plain one: pieces joined at
 * random, from a seeded generator so that a failing round repeats. */
#ifndef TEST_RANDOM_TEXT_H
#define TEST_RANDOM_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t rt_next(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

/* Joins 1 to max_pieces pieces of the NULL-terminated list, chosen at random, into text (room
 * for cap bytes with the NUL that ends it, pieces that would not fit left out); returns the
 * length. */
static inline size_t rt_text(char *text, size_t cap, const char *const *pieces, int max_pieces,
                             uint32_t *seed) {
  size_t count = 0, len = 0;
  while (pieces[count])
    count++;
  int npieces = 1 + (int)(rt_next(seed) % (uint32_t)max_pieces);
  for (int k = 0; k < npieces; k++) {
    const char *p = pieces[rt_next(seed) % count];
    size_t n = strlen(p);
    if (len + n + 1 >= cap)
      break;
    memcpy(text + len, p, n);
    len += n;
  }
  text[len] = '\0';
  return len;
}

#endif
