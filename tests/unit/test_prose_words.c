/* The prose rules' word-list searches (src/core/rules/prose_text.h): the one-pass search of a
 * whole list must say what searching for each word on its own (memmem) says, on short ranges
 * (where it runs) and long ones (where it hands over to memmem). */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/rules/prose_text.h"
#include "core/rules/prose_words.h"
#include "core/text.h"
#include "test_random_text.h"

static const char *const words[] = {"行政复议", "复议", "收到", "申请",   "上年结转",
                                    "结转",     "其中", "无",   "未收到", NULL};
static const char *const pieces[] = {"行政", "复议", "收到", "申", "请", "上年", "结转", "其中",
                                     "无",   "未",   "，",   "3",  "件", "。",   "ab",   NULL};

/* The last occurrence of `word` in s[from, to), by memmem. */
static size_t last_by_memmem(const char *s, size_t from, size_t to, const char *word) {
  size_t last = (size_t)-1, n = strlen(word);
  for (size_t at = from; at < to;) {
    const char *hit = nb_find_bytes(s + at, to - at, word, n);
    if (!hit)
      break;
    last = (size_t)(hit - s);
    at = last + 1;
  }
  return last;
}

Test(prose_words, one_pass_equals_word_by_word) {
  uint32_t seed = 7;
  int found = 0;
  for (int round = 0; round < 3000; round++) {
    char text[2048];
    size_t len = rt_text(text, sizeof text, pieces, round % 3 == 0 ? 200 : 12, &seed);
    size_t from = len ? rt_next(&seed) % (len + 1) : 0;
    size_t to = from + (len - from ? rt_next(&seed) % (len - from + 1) : 0);
    size_t last[16];
    uint64_t occur = nb_prose_find_last_each(text, from, to, words, last);
    const char *first = NULL;
    bool any_but_first_two = false;
    for (int k = 0; words[k]; k++) {
      size_t want = last_by_memmem(text, from, to, words[k]);
      cr_assert_eq(last[k], want, "round %d word %s: %zu, want %zu", round, words[k], last[k],
                   want);
      cr_assert_eq(occur >> k & 1, want != (size_t)-1, "round %d word %s", round, words[k]);
      if (want != (size_t)-1) {
        found++;
        if (!first)
          first = words[k];
        if (k >= 2)
          any_but_first_two = true;
      }
    }
    cr_assert_eq(nb_prose_find_any(text, from, to, words), first, "round %d", round);
    cr_assert_eq(nb_prose_has_any(text, from, to, words, 3), any_but_first_two, "round %d", round);
  }
  cr_expect_gt(found, 1000);
}

/* A cursor asked for a word in ranges that only move forward answers what nb_prose_find says on
 * each range, whether the word occurs in it, before it, after it or across its end. */
Test(prose_words, cursor_equals_find) {
  uint32_t seed = 11;
  int found = 0;
  for (int round = 0; round < 300; round++) {
    char text[4096];
    size_t len = rt_text(text, sizeof text, pieces, 300, &seed);
    nb_prose_cursor cursors[16];
    int nwords = 0;
    for (; words[nwords]; nwords++)
      nb_prose_cursor_init(&cursors[nwords], words[nwords]);
    for (size_t from = 0; from < len;) {
      size_t to = from + 1 + rt_next(&seed) % 40;
      if (to > len)
        to = len;
      for (int k = 0; k < nwords; k++) {
        size_t want = nb_prose_find(text, from, to, words[k]);
        size_t got = nb_prose_cursor_find(&cursors[k], text, len, from, to);
        cr_assert_eq(got, want, "round %d word %s [%zu, %zu): %zu, want %zu", round, words[k], from,
                     to, got, want);
        found += want != (size_t)-1;
      }
      /* the next range starts inside this one, at its end or past it */
      from += 1 + rt_next(&seed) % (to - from + 20);
    }
  }
  cr_expect_gt(found, 500);
}

/* nb_next_byte_in finds the first byte the table marks in a range, and nb_prev_byte_in the last
 * (the place after it), as byte-by-byte loops forward and back do. */
Test(prose_words, next_and_prev_byte_in_equal_bytewise) {
  uint32_t seed = 5;
  for (int round = 0; round < 4000; round++) {
    bool table[256] = {false};
    for (int k = 0; k < 4; k++)
      table[rt_next(&seed) % 256] = true;
    unsigned char text[64];
    size_t len = rt_next(&seed) % sizeof text;
    for (size_t i = 0; i < len; i++) /* mostly bytes outside the table */
      text[i] = (unsigned char)(rt_next(&seed) % (round % 2 ? 256 : 8));
    size_t from = rt_next(&seed) % (len + 2), to = rt_next(&seed) % (len + 1);
    size_t first = to;
    for (size_t i = from; i < to; i++)
      if (table[text[i]]) {
        first = i;
        break;
      }
    cr_assert_eq(nb_next_byte_in((const char *)text, from, to, table), first, "round %d [%zu, %zu)",
                 round, from, to);
    if (from > to)
      continue; /* nb_prev_byte_in asks from <= to */
    size_t after_last = from;
    for (size_t i = to; i > from; i--)
      if (table[text[i - 1]]) {
        after_last = i;
        break;
      }
    cr_assert_eq(nb_prev_byte_in((const char *)text, from, to, table), after_last,
                 "round %d [%zu, %zu) backwards", round, from, to);
  }
}

/* What follows a number, by nb_prose_starts with each word of both lists in turn: the reading
 * nb_prose_number_read's index of the words must give. */
static void follows_word_by_word(const char *s, size_t i, size_t end, bool *approx,
                                 const char **unit, size_t *unit_end) {
  *approx = false;
  *unit = NULL;
  for (int k = 0; nb_pw_approx_after[k]; k++)
    if (nb_prose_starts(s, i, end, nb_pw_approx_after[k])) {
      *approx = true;
      i += strlen(nb_pw_approx_after[k]);
      break;
    }
  *unit_end = (size_t)-1;
  for (int k = 0; nb_pw_count_units[k]; k++)
    if (nb_prose_starts(s, i, end, nb_pw_count_units[k])) {
      *unit = nb_pw_count_units[k];
      *unit_end = i + strlen(nb_pw_count_units[k]);
      break;
    }
}

Test(prose_words, number_followers_equal_word_by_word) {
  static const char *const after[] = {"余", "多",   "以上", "左右", "上下", "万", "件", "项",
                                      "宗", "个",   "份",   "条",   "起",   "部", "以", "上",
                                      "左", "件数", "，",   "a",    "。",   NULL};
  uint32_t seed = 11;
  int units = 0, approx = 0;
  for (int round = 0; round < 4000; round++) {
    char text[256];
    size_t len = rt_text(text, sizeof text, after, 4, &seed);
    /* "12" then the random words, cut short at a random end (the sentence's). */
    char s[300];
    size_t n = (size_t)snprintf(s, sizeof s, "12%s", text);
    size_t end = 2 + (len ? rt_next(&seed) % (len + 1) : 0);
    if (end > n)
      end = n;
    nb_prose_number num;
    cr_assert(nb_prose_number_read(s, 0, end, &num));
    bool want_approx;
    const char *want_unit;
    size_t want_end;
    follows_word_by_word(s, 2, end, &want_approx, &want_unit, &want_end);
    cr_assert_eq(num.approx_after, want_approx, "%.*s", (int)end, s);
    cr_assert_eq(num.unit, want_unit, "%.*s", (int)end, s);
    cr_assert_eq(num.unit_end, want_unit ? want_end : 2, "%.*s", (int)end, s);
    units += want_unit != NULL;
    approx += want_approx;
  }
  cr_assert(units > 100 && approx > 100, "%d units, %d approximations", units, approx);
}
