#include "xalloc.h"

#include <stddef.h>
#include <stdint.h>
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

void nb_grow_beyond(void **items, int *cap, int need, size_t elem_size) {
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

#if defined(__SANITIZE_ADDRESS__)
#define NB_POOL_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NB_POOL_CHECKED 1
#endif
#endif
#ifndef NB_POOL_CHECKED
#define NB_POOL_CHECKED 0
#endif

struct nb_pool_block {
  nb_pool_block *next;
  max_align_t data[];
};

enum { POOL_ALIGN = _Alignof(max_align_t), POOL_BLOCK = 4096 };

static size_t pool_round(size_t n) {
  return (n + POOL_ALIGN - 1) & ~(size_t)(POOL_ALIGN - 1);
}

/* A new newest block with room for n bytes at least. */
static void pool_add_block(nb_pool *p, size_t n) {
  size_t size = NB_POOL_CHECKED || n > POOL_BLOCK ? n : POOL_BLOCK;
  if (size > SIZE_MAX - sizeof(nb_pool_block))
    nb_out_of_memory();
  nb_pool_block *b = nb_xmalloc(sizeof *b + size);
  b->next = p->blocks;
  p->blocks = b;
  p->next = (char *)b->data;
  p->end = p->next + size;
}

char *nb_pool_room(nb_pool *p, size_t n) {
  if (NB_POOL_CHECKED || !p->next || (size_t)(p->end - p->next) < n)
    pool_add_block(p, n);
  return p->next;
}

void nb_pool_keep(nb_pool *p, size_t used) {
  size_t kept = pool_round(used);
  p->next = kept < (size_t)(p->end - p->next) ? p->next + kept : p->end;
}

void *nb_pool_alloc(nb_pool *p, size_t n) {
  char *room = nb_pool_room(p, pool_round(n ? n : 1));
  nb_pool_keep(p, n ? n : 1);
  return room;
}

void nb_pool_free(nb_pool *p) {
  while (p->blocks) {
    nb_pool_block *b = p->blocks;
    p->blocks = b->next;
    free(b);
  }
  p->next = p->end = NULL;
}
