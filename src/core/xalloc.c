#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void nb_out_of_memory(void) {
  fputs("nianbao: out of memory\n", stderr);
  exit(2);
}

void *nb_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    nb_out_of_memory();
  return p;
}

void *nb_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    nb_out_of_memory();
  return p;
}

void *nb_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    nb_out_of_memory();
  return q;
}

char *nb_xstrdup(const char *s) {
  return nb_xstrndup(s, strlen(s));
}

char *nb_xstrndup(const char *s, size_t n) {
  char *p = nb_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void nb_grow(void **items, int *cap, int need, size_t elem_size) {
  if (need <= *cap)
    return;
  /* Lists of large items start with 2 of them, the rest with 8, as before: most lists of
   * table cells stay short (a row's two cells), and a text of many tiny tables has hundreds of
   * thousands of them, where 8 items of 40 or 80 bytes each were most of its memory. A list
   * that outgrows 2 goes straight to 8, so a row of up to 8 cells costs at most one more
   * allocation; from 8 on, lists double. */
  enum { SMALL_FIRST = 2, FIRST = 8, LARGE_ITEM = 32 };
  int next = *cap ? *cap : elem_size > LARGE_ITEM ? SMALL_FIRST : FIRST;
  while (next < need)
    next = next < FIRST ? FIRST : next * 2;
  *items = nb_xrealloc(*items, (size_t)next * elem_size);
  *cap = next;
}
