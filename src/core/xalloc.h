/* Allocation that never returns NULL: nianbao has no useful way to go on without memory, and
 * checking every small allocation would hide the logic. Out of memory prints one line and
 * exits with status 2. */
#ifndef NB_XALLOC_H
#define NB_XALLOC_H

#include <stddef.h>

/* The message and exit the functions below give, for allocations made elsewhere (jansson,
 * open_memstream). */
_Noreturn void nb_out_of_memory(void);

void *nb_xmalloc(size_t n);
void *nb_xcalloc(size_t count, size_t size);
void *nb_xrealloc(void *p, size_t n);
char *nb_xstrdup(const char *s);
char *nb_xstrndup(const char *s, size_t n);

/* nb_grow when need > *cap: the reallocation. */
void nb_grow_beyond(void **items, int *cap, int need, size_t elem_size);

/* Grows *items (of elem_size bytes each) so that index `need - 1` fits; *cap is updated.
 * Inline: lists call it before every append, and nearly every call finds room already. */
static inline void nb_grow(void **items, int *cap, int need, size_t elem_size) {
  if (need > *cap)
    nb_grow_beyond(items, cap, need, elem_size);
}

/* A pool: small allocations that all end together (a table's scratch texts while it is
 * assembled) taken by a pointer bump from blocks, and freed at once by nb_pool_free, instead of
 * one malloc and free each. A zeroed nb_pool is empty and ready. Nothing allocated in it may be
 * used after nb_pool_free. Under AddressSanitizer every allocation is a block of its own, so that
 * the sanitizer still sees an overrun of any of them. */
typedef struct nb_pool_block nb_pool_block;
typedef struct {
  nb_pool_block *blocks; /* newest first */
  char *next, *end;      /* free room in the newest block */
} nb_pool;

/* n bytes, aligned for any object. */
void *nb_pool_alloc(nb_pool *p, size_t n);
/* Room for at most n bytes at the pool's end, of which the caller keeps the first `used` with
 * nb_pool_keep before allocating again: for text whose length is known only once written. */
char *nb_pool_room(nb_pool *p, size_t n);
void nb_pool_keep(nb_pool *p, size_t used);
void nb_pool_free(nb_pool *p);

#endif
