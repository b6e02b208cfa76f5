/* The pool (core/xalloc.h): allocations are aligned and never overlap, text written into the
 * room at its end keeps exactly what was kept, and everything goes
 * at nb_pool_free (ASan and valgrind see that). */
#include <criterion/criterion.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "core/xalloc.h"

Test(pool, blocks_are_aligned_and_do_not_overlap) {
  nb_pool p = {0};
  unsigned char *blocks[600];
  size_t sizes[600];
  for (int i = 0; i < 600; i++) {
    sizes[i] = (size_t)(i * 37) % 5000; /* 0 bytes too; past a block, some alone in one */
    blocks[i] = nb_pool_alloc(&p, sizes[i]);
    cr_assert_eq((uintptr_t)blocks[i] % alignof(max_align_t), 0);
    memset(blocks[i], i & 0xFF, sizes[i]);
  }
  for (int i = 0; i < 600; i++)
    for (size_t k = 0; k < sizes[i]; k++)
      cr_assert_eq(blocks[i][k], i & 0xFF, "block %d overwritten", i);
  nb_pool_free(&p);
  cr_assert_null(p.blocks);
  nb_pool_free(&p); /* an empty pool frees nothing */
}

/* Labels normalised into the room at the pool's end (as the assembler does) read the same as
 * nb_normalize_label's heap copies, after many more allocations. */
Test(pool, room_keeps_what_was_written) {
  static const char *const labels[] = {
      "（一）行政许可", "1、属于国家秘密", " 其　他 ", "", "２．本机关不掌握相关政府信息", "ab"};
  enum { N = 400, L = sizeof labels / sizeof *labels };
  nb_pool p = {0};
  char *kept[N];
  for (int i = 0; i < N; i++) {
    const char *s = labels[i % L];
    size_t len = strlen(s) * (size_t)(1 + i % 3) / 3; /* cut, even inside a character */
    kept[i] = nb_pool_room(&p, NB_NORMALIZED_ROOM(len));
    size_t n = nb_normalize_label_to(s, len, kept[i]);
    cr_assert_eq(n, strlen(kept[i]));
    nb_pool_keep(&p, n + 1);
  }
  for (int i = 0; i < N; i++) {
    const char *s = labels[i % L];
    char *heap = nb_normalize_label(s, strlen(s) * (size_t)(1 + i % 3) / 3);
    cr_assert_str_eq(kept[i], heap, "label %d", i);
    free(heap);
  }
  nb_pool_free(&p);
}
