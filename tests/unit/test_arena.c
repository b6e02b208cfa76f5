/* The parse arena (markdown/arena.h) honours cmark's allocator contract: calloc memory is zero,
 * realloc keeps the contents (grown in place or moved), blocks are aligned and never overlap,
 * arenas nest per thread, and everything goes at nb_arena_leave (ASan and valgrind see that). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "markdown/arena.h"

Test(arena, calloc_is_zero_and_blocks_do_not_overlap) {
  nb_arena a;
  nb_arena_enter(&a, 100);
  cmark_mem *mem = nb_arena_allocator();
  unsigned char *blocks[500];
  size_t sizes[500];
  for (int i = 0; i < 500; i++) {
    sizes[i] = 1 + (size_t)(i * 37) % 3000; /* past the first chunk, some alone in one */
    blocks[i] = mem->calloc(1, sizes[i]);
    cr_assert_eq((uintptr_t)blocks[i] % sizeof(void *), 0);
    for (size_t k = 0; k < sizes[i]; k++)
      cr_assert_eq(blocks[i][k], 0);
    memset(blocks[i], i & 0xFF, sizes[i]);
  }
  for (int i = 0; i < 500; i++)
    for (size_t k = 0; k < sizes[i]; k++)
      cr_assert_eq(blocks[i][k], i & 0xFF, "block %d overwritten", i);
  nb_arena_leave(&a);
}

Test(arena, realloc_keeps_contents) {
  nb_arena a;
  nb_arena_enter(&a, 0);
  cmark_mem *mem = nb_arena_allocator();
  char *s = mem->realloc(NULL, 4);
  memcpy(s, "abc", 4);
  for (size_t n = 8; n < 200000; n *= 3) { /* the newest block grows where it is, then moves */
    s = mem->realloc(s, n);
    cr_assert_str_eq(s, "abc");
    char *other = mem->calloc(1, 16); /* now s is no longer the newest block */
    cr_assert_eq(other[0], 0);
  }
  char *same = mem->realloc(s, 2); /* shrinking keeps the block */
  cr_assert_eq(same, s);
  mem->free(s);
  nb_arena_leave(&a);
}

Test(arena, arenas_nest) {
  nb_arena outer, inner;
  nb_arena_enter(&outer, 10);
  int *x = nb_arena_allocator()->calloc(1, sizeof *x);
  *x = 7;
  nb_arena_enter(&inner, 10);
  int *y = nb_arena_allocator()->calloc(1, sizeof *y);
  *y = 8;
  nb_arena_leave(&inner);
  int *z = nb_arena_allocator()->calloc(1, sizeof *z); /* from the outer arena again */
  *z = 9;
  cr_assert_eq(*x, 7);
  cr_assert_eq(*z, 9);
  nb_arena_leave(&outer);
}
