#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

/* Every block starts with its size, so that realloc knows how much to copy. Chunks are not
 * zeroed as a whole (a report's parse leaves much of its last chunk unused): calloc clears what
 * it hands out. */
struct nb_arena_chunk {
  nb_arena_chunk *next;
  size_t size, used;
  size_t last; /* offset of the newest block's header, which realloc may grow in place */
  alignas(max_align_t) unsigned char data[];
};

enum {
  HEADER = sizeof(size_t),
  ALIGN = sizeof(size_t), /* cmark's structures hold pointers and integers, nothing wider */
  MIN_CHUNK = 16 * 1024,
  MAX_CHUNK = 8 * 1024 * 1024,
};

static _Thread_local nb_arena *current;

static size_t round_up(size_t n) {
  return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

static nb_arena_chunk *new_chunk(nb_arena *a, size_t at_least) {
  size_t size = a->next_chunk > at_least ? a->next_chunk : at_least;
  nb_arena_chunk *c = nb_xmalloc(sizeof *c + size);
  c->size = size;
  c->used = c->last = 0;
  c->next = a->chunks;
  a->chunks = c;
  if (a->next_chunk < MAX_CHUNK)
    a->next_chunk *= 2;
  return c;
}

static void *arena_alloc(nb_arena *a, size_t n) {
  size_t need = HEADER + round_up(n ? n : 1);
  nb_arena_chunk *c = a->chunks;
  if (!c || c->size - c->used < need)
    c = new_chunk(a, need);
  unsigned char *block = c->data + c->used;
  memcpy(block, &n, sizeof n);
  c->last = c->used;
  c->used += need;
  return block + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / 2 / size)
    abort(); /* cmark-gfm treats a NULL from calloc as fatal too */
  void *p = arena_alloc(current, count * size);
  memset(p, 0, count * size);
  return p;
}

static void *arena_realloc(void *p, size_t n) {
  if (!p)
    return arena_alloc(current, n);
  unsigned char *block = (unsigned char *)p - HEADER;
  size_t old;
  memcpy(&old, block, sizeof old);
  if (n <= old)
    return p;
  /* The newest block of the newest chunk grows where it is when the chunk has room. */
  nb_arena_chunk *c = current->chunks;
  if (c && block == c->data + c->last) {
    size_t end = c->last + HEADER + round_up(n);
    if (end <= c->size) {
      c->used = end;
      memcpy(block, &n, sizeof n);
      return p;
    }
  }
  void *q = arena_alloc(current, n);
  memcpy(q, p, old);
  return q;
}

static void arena_free(void *p) {
  (void)p; /* everything goes in nb_arena_leave */
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void nb_arena_enter(nb_arena *a, size_t expected) {
  a->chunks = NULL;
  /* cmark-gfm allocates a few times the input's size; most reports fit the first chunk. */
  size_t first = expected < MIN_CHUNK / 4 ? MIN_CHUNK : expected * 4;
  a->next_chunk = first < MAX_CHUNK ? first : MAX_CHUNK;
  a->outer = current;
  current = a;
}

void nb_arena_leave(nb_arena *a) {
  for (nb_arena_chunk *c = a->chunks, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  a->chunks = NULL;
  current = a->outer;
}

cmark_mem *nb_arena_allocator(void) {
  return &allocator;
}
