/* nb_find_bytes (src/core/text.c) scans sixteen starts at a time and takes the last few from an
 * overlapping block: it must still return exactly the leftmost occurrence a plain search finds,
 * at every position, at both ends, and nothing past the haystack (each haystack is a heap block
 * of its exact length, so the sanitiser build catches a read beyond it). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "test_random_text.h"

/* The leftmost occurrence by the definition, one start after another. */
static const char *reference_find(const char *hay, size_t len, const char *needle, size_t nlen) {
  if (nlen == 0)
    return NULL;
  for (size_t s = 0; s + nlen <= len; s++)
    if (memcmp(hay + s, needle, nlen) == 0)
      return hay + s;
  return NULL;
}

/* Compares both searches on hay[0, len), copied into a block of exactly len bytes. */
static void expect_same(const char *text, size_t len, const char *needle, size_t nlen) {
  char *hay = malloc(len ? len : 1);
  cr_assert(hay);
  memcpy(hay, text, len);
  const char *want = reference_find(hay, len, needle, nlen);
  const char *got = nb_find_bytes(hay, len, needle, nlen);
  cr_assert_eq(got, want, "len %zu, needle of %zu bytes: found at %td, expected %td", len, nlen,
               got ? got - hay : -1, want ? want - hay : -1);
  free(hay);
}

/* Pieces of report text with near misses of the needles below: characters sharing their last
 * byte or their last two bytes, partial needles, stray and truncated UTF-8. */
static const char *const pieces[] = {"年",  "月",   "日",   "年度", "依申请",   "公开", "，",
                                     "。",  "、",   "2023", " ",    "\n",       "<!",   "--",
                                     "-->", "<!--", "\xE5", "\xB4", "\xE5\xB9", "\x80", "\xFF",
                                     "a",   "十",   "一",   NULL};
static const char *const needles[] = {"年",   "年度",     "<!--", "-->", "-",    "十", "依申请公开",
                                      "\xB4", "\xE5\xB9", "a",    "\n",  "。年", NULL};

Test(find_bytes, equals_a_plain_search_on_random_text) {
  uint32_t seed = 11;
  char text[512];
  for (int round = 0; round < 20000; round++) {
    size_t len = rt_text(text, sizeof text, pieces, 60, &seed);
    for (int k = 0; needles[k]; k++)
      expect_same(text, len, needles[k], strlen(needles[k]));
  }
}

Test(find_bytes, finds_the_needle_at_every_position_of_every_length) {
  const char *needle = "依申请公开";
  const size_t nlen = strlen(needle);
  char text[256] = {0};
  for (size_t len = 0; len <= 200; len++) {
    memset(text, 'x', len);
    expect_same(text, len, needle, nlen); /* absent */
    for (size_t at = 0; at + nlen <= len; at++) {
      memset(text, 'x', len);
      memcpy(text + at, needle, nlen);
      expect_same(text, len, needle, nlen);
      /* A second, later occurrence must not win over the first. */
      if (at + 2 * nlen + 1 <= len) {
        memcpy(text + len - nlen, needle, nlen);
        expect_same(text, len, needle, nlen);
      }
    }
  }
}

Test(find_bytes, rejects_candidates_that_share_the_last_two_bytes) {
  /* "年" is E5 B9 B4: "\xE4\xB9\xB4" ends the same, and so does every block of it below. */
  char text[256] = {0};
  for (size_t len = 0; len <= 200; len++) {
    for (size_t k = 0; k < len; k++)
      text[k] = "\xE4\xB9\xB4"[k % 3];
    expect_same(text, len, "年", 3);
    if (len >= 3) {
      memcpy(text + len - 3, "年", 3); /* only at the very end */
      expect_same(text, len, "年", 3);
    }
  }
}

Test(find_bytes, single_bytes_and_needles_longer_than_the_haystack) {
  char text[256] = {0};
  for (size_t len = 0; len <= 200; len++) {
    memset(text, 'a', len);
    expect_same(text, len, "b", 1);
    for (size_t at = 0; at < len; at++) {
      text[at] = 'b';
      expect_same(text, len, "b", 1);
      text[at] = 'a';
    }
    expect_same(text, len, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                69);
  }
  cr_assert_null(nb_find_bytes("abc", 3, "abc", 0));
}

/* nb_find_cursor_next answers from the last search while it can: asked from places mostly in
 * text order (a line at a time, a step past each occurrence), now and then back or far ahead,
 * it must give what a fresh search from each place gives. */
Test(find_bytes, cursor_equals_a_fresh_search_from_every_place) {
  uint32_t seed = 23;
  char text[512];
  for (int round = 0; round < 4000; round++) {
    size_t len = rt_text(text, sizeof text, pieces, 60, &seed);
    const char *needle = needles[rt_next(&seed) % 12];
    size_t nlen = strlen(needle);
    nb_find_cursor c;
    nb_find_cursor_init(&c, text, len, needle, nlen);
    size_t from = 0;
    for (int ask = 0; ask < 40; ask++) {
      uint32_t how = rt_next(&seed) % 8;
      if (how == 0)
        from = rt_next(&seed) % (len + 1); /* anywhere, back too */
      else if (how < 4)
        from += rt_next(&seed) % 24; /* the next line */
      size_t want_at = len;
      if (from <= len) {
        const char *hit = reference_find(text + from, len - from, needle, nlen);
        want_at = hit ? (size_t)(hit - text) : len;
      }
      size_t at = nb_find_cursor_next(&c, from);
      cr_assert_eq(at, want_at, "round %d, from %zu of %zu, needle %s", round, from, len, needle);
      if (how >= 4 && at < len)
        from = at + nlen; /* on past the occurrence */
    }
  }
}
