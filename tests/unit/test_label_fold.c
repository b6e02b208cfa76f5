/* Label folding (src/core/text.c): nb_fold_label_cp settles ASCII and full-width ASCII by a
 * table and nb_normalize_label_to copies ASCII and ideographs without decoding them; both must
 * give what the plain rules give, a code point at a time: every code point, and random labels
 * mixing every kind of character that folds. */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "test_random_text.h"

/* The rules of nb_normalize_label's comment, one comparison after another. */
static uint32_t reference_fold(uint32_t cp) {
  if (nb_is_space_cp(cp))
    return 0;
  if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
    cp -= 0xFEE0;
  switch (cp) {
  case 0x3014: /* 〔 */
  case 0x3010: /* 【 */
  case '[':
    return '(';
  case 0x3015: /* 〕 */
  case 0x3011: /* 】 */
  case ']':
    return ')';
  case 0x201C: /* “ */
  case 0x201D: /* ” */
  case 0x2018: /* ‘ */
  case 0x2019: /* ’ */
  case '\'':
    return '"';
  case 0xFF61: /* ｡ */
    return 0x3002;
  case 0x2014: /* — */
  case 0x2013: /* – */
  case 0x2212: /* − */
    return '-';
  case '*':
  case '#':
  case '_':
  case '|':
  case '`':
    return 0;
  }
  if (cp >= 'A' && cp <= 'Z')
    cp += 'a' - 'A';
  return cp;
}

/* nb_normalize_label_to a code point at a time, with reference_fold. */
static size_t reference_normalize(const char *s, size_t len, char *out) {
  size_t o = 0, i = 0;
  bool digits_only = true;
  while (i < len) {
    uint32_t cp = reference_fold(nb_utf8_next(s, len, &i));
    if (!cp)
      continue;
    if (cp == 0x3001 && o > 0 && digits_only)
      cp = '.';
    o += (size_t)nb_utf8_put(out + o, cp);
    digits_only = digits_only && cp >= '0' && cp <= '9';
  }
  out[o] = '\0';
  return o;
}

Test(label_fold, every_code_point_folds_as_the_plain_rules_say) {
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++)
    cr_assert_eq(nb_fold_label_cp(cp), reference_fold(cp), "U+%04X", (unsigned)cp);
}

/* Labels of every kind of character that folds (ASCII of every class, full-width forms,
 * brackets, quotes, dashes, spaces, "、" after digits, stray and cut bytes), from every offset. */
Test(label_fold, normalize_equals_a_code_point_loop) {
  static const char *const pieces[] = {"1",
                                       "23",
                                       "、",
                                       "．",
                                       ".",
                                       "A",
                                       "z",
                                       "Q",
                                       " ",
                                       "\t",
                                       "\r\n",
                                       "*",
                                       "#",
                                       "_",
                                       "|",
                                       "`",
                                       "[",
                                       "]",
                                       "'",
                                       "\"",
                                       "(",
                                       "）",
                                       "（",
                                       "〔",
                                       "】",
                                       "“",
                                       "’",
                                       "—",
                                       "−",
                                       "｡",
                                       "。",
                                       "：",
                                       "，",
                                       "Ａ",
                                       "ｚ",
                                       "１",
                                       "＊",
                                       "［",
                                       "＇",
                                       "　",
                                       "\xC2\xA0",
                                       "\xEF\xBB\xBF",
                                       "\xE2\x80\x8B",
                                       "收到",
                                       "申请",
                                       "一",
                                       "\xE4\xB8",
                                       "\x80",
                                       "\xFF",
                                       "\xF0\x9F\x98\x80",
                                       "é",
                                       "\x7F",
                                       "\x01",
                                       NULL};
  uint32_t seed = 11;
  char text[200], want[NB_NORMALIZED_ROOM(200)];
  for (int round = 0; round < 20000; round++) {
    size_t len = rt_text(text, sizeof text, pieces, 30, &seed);
    size_t from = len ? rt_next(&seed) % (len < 3 ? len : 3) : 0;
    /* Exactly the room the contract promises, on the heap: a sanitizer sees a store past it. */
    char *got = malloc(NB_NORMALIZED_ROOM(len - from));
    size_t n = nb_normalize_label_to(text + from, len - from, got);
    size_t m = reference_normalize(text + from, len - from, want);
    cr_assert_eq(n, m, "round %d: length %zu, want %zu", round, n, m);
    cr_assert_eq(memcmp(got, want, m + 1), 0, "round %d: \"%s\", want \"%s\"", round, got, want);
    free(got);
  }
}
