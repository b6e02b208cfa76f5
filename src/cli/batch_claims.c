#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "batch_claims.h"

#include <stdlib.h>
#include <sys/mman.h>

#include "../core/xalloc.h"

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "claims shared by processes need lock-free atomic int");

_Static_assert(sizeof(int) == sizeof(atomic_int) && _Alignof(int) == _Alignof(atomic_int),
               "the turns follow the atomic cells in one mapping");

bool nb_claims_init(nb_claims *c, int n, int slots, bool shared) {
  size_t size = (size_t)(2 + slots + 2 * n) * sizeof(atomic_int);
  void *cells = shared ? mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
                       : nb_xmalloc(size);
  if (cells == MAP_FAILED)
    return false;
  c->cells = cells;
  c->size = shared ? size : 0;
  c->waiting = c->cells + 2;
  c->owner = c->waiting + slots;
  c->order = (int *)(c->owner + n);
  atomic_init(&c->cells[0], 0);
  atomic_init(&c->cells[1], 0);
  for (int i = 0; i < slots; i++)
    atomic_init(&c->waiting[i], 0);
  for (int i = 0; i < n; i++) {
    atomic_init(&c->owner[i], NB_UNOWNED);
    c->order[i] = i;
  }
  return true;
}

void nb_claims_free(nb_claims *c) {
  if (c->size > 0)
    munmap(c->cells, c->size);
  else
    free(c->cells);
}

atomic_int *nb_claims_next(const nb_claims *c) {
  return &c->cells[0];
}

atomic_int *nb_claims_limit(const nb_claims *c) {
  return &c->cells[1];
}

int nb_claims_take(const nb_claims *c, int n, int slot, int limit, bool *all_taken) {
  int t = atomic_load(nb_claims_next(c));
  for (; t < n && t < limit; t++) {
    int unowned = NB_UNOWNED;
    if (atomic_compare_exchange_strong(&c->owner[c->order[t]], &unowned, slot)) {
      int next = atomic_load(nb_claims_next(c));
      while (next < t + 1 && !atomic_compare_exchange_weak(nb_claims_next(c), &next, t + 1))
        ;
      return c->order[t];
    }
  }
  *all_taken = t >= n;
  return -1;
}

/* Files this many times a stretch's median size are taken at its start (batch_claims.h). */
enum { LARGE_FACTOR = 4 };

static const size_t *sort_sizes; /* for by_size: qsort has no context argument in C11 */

static int by_size(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  if (sort_sizes[x] != sort_sizes[y])
    return sort_sizes[x] < sort_sizes[y] ? 1 : -1;
  return (x > y) - (x < y);
}

/* The turns of files [start, end) into order[start…]; `scratch` holds end - start ints. */
static void order_stretch(int start, int end, const size_t *sizes, int first, int *order,
                          int *scratch) {
  int len = end - start;
  for (int i = 0; i < len; i++)
    scratch[i] = start + i;
  sort_sizes = sizes;
  qsort(scratch, (size_t)len, sizeof *scratch, by_size);
  sort_sizes = NULL;
  size_t median = sizes[scratch[len / 2]];
  int t = start, large = 0;
  while (large < first && large < len && sizes[scratch[large]] >= LARGE_FACTOR * median &&
         sizes[scratch[large]] > 0)
    order[t++] = scratch[large++];
  for (int i = start; i < end; i++) {
    bool taken_early = false;
    for (int k = 0; k < large && !taken_early; k++)
      taken_early = scratch[k] == i;
    if (!taken_early)
      order[t++] = i;
  }
}

void nb_claims_order(int n, int from, const size_t *sizes, int stretch, int first, int *order,
                     int *turn) {
  for (int i = from; i < n; i++)
    order[i] = i;
  if (sizes && n - from > 1) {
    int *scratch = nb_xmalloc((size_t)(stretch < n - from ? stretch : n - from) * sizeof *scratch);
    for (int end = n; end > from; end -= stretch)
      order_stretch(end - stretch > from ? end - stretch : from, end, sizes, first, order, scratch);
    free(scratch);
  }
  for (int t = 0; t < n; t++)
    turn[order[t]] = t;
}
