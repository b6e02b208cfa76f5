/* The byte filters of the run-on reader (src/layout/unglue.c) in front of its word lists:
 * numbering_at and is_sentence_text look at a byte before asking nb_word_prefix, and
 * any_wide_byte reads eight bytes a step. Each is held to the plain test it shortcuts on random
 * texts of the marks, their neighbours in UTF-8 and broken characters. The file is compiled in
 * whole: the functions are its own, static. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "layout/unglue.c"
#include "support/random_pieces.h"

static size_t random_text(uint32_t *state, char *out, size_t cap) {
  static const char *const parts[] = {
      "1",  "2",   "0",  "12", ".",  "、",   "．",   "。",   "，",   "；",       "！",
      "？", ",",   ";",  "：", "（", "其他", "规章", " ",    "\x80", "\xE3\x80", "\xEF\xBC",
      "x",  "3件", "  ", "　", "\t", "0 0",  "12 3", "0 2.", "1 其"};
  return nb_test_random_pieces(state, parts, sizeof parts / sizeof *parts, 20, out, cap);
}

static bool plain_numbering_at(const char *t, size_t at, size_t end) {
  if (at + 1 >= end || !is_digit(t[at]) || t[at] == '0')
    return false;
  size_t i = at + 1, n = nb_word_prefix(t + i, end - i, numbering_marks);
  return n && end - i > n && !is_digit(t[i + n]);
}

static bool plain_sentence(const char *t, size_t start, size_t end) {
  for (size_t i = start; i < end; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80 && nb_word_prefix(t + i, end - i, prose_marks))
      return true;
  return false;
}

/* word_after_digits as it read every byte. */
static bool plain_word_after_digits(const char *t, nb_span span) {
  for (size_t i = span.start; i < span.end; i++) {
    if (!is_digit(t[i]))
      continue;
    if (i > span.start && (unsigned char)t[i - 1] >= 0x80)
      return true;
    size_t j = skip_spaces(t, i + 1, span.end);
    if (j == i + 1 || j >= span.end)
      continue;
    while (j < span.end && is_digit(t[j]))
      j++;
    if (j < span.end && (t[j] == '.' || (unsigned char)t[j] >= 0x80) &&
        !nb_tok_space_len(t, j, span.end))
      return true;
  }
  return false;
}

Test(unglue_filters, as_the_plain_tests) {
  uint32_t state = 31337;
  char text[256];
  int numbered = 0, sentences = 0, wide = 0, words = 0, nonwords = 0;
  for (int round = 0; round < 100000; round++) {
    size_t len = random_text(&state, text, sizeof text);
    scan sc = {0};
    sc.t = text;
    sc.end = len;
    for (size_t at = 0; at < len; at++) {
      bool want = plain_numbering_at(text, at, len);
      cr_assert_eq(numbering_at(&sc, at), want, "numbering_at(\"%s\", %zu)", text, at);
      numbered += want;
    }
    size_t a = nb_test_random(&state) % (len + 1), b = a + nb_test_random(&state) % (len - a + 1);
    bool want = plain_sentence(text, a, b);
    cr_assert_eq(is_sentence_text(&sc, nb_span_make(a, b)), want, "is_sentence_text(\"%.*s\")",
                 (int)(b - a), text + a);
    sentences += want;
    bool high = false;
    for (size_t i = a; i < b; i++)
      high |= (unsigned char)text[i] >= 0x80;
    cr_assert_eq(any_wide_byte(text, nb_span_make(a, b)), high);
    wide += high;
    bool word = plain_word_after_digits(text, nb_span_make(a, b));
    cr_assert_eq(word_after_digits(text, nb_span_make(a, b), nb_next_ascii_digit(text, a, b)), word,
                 "word_after_digits(\"%.*s\")", (int)(b - a), text + a);
    words += word;
    nonwords += !word;
  }
  cr_assert_gt(numbered, 1000);
  cr_assert_gt(sentences, 1000);
  cr_assert_gt(wide, 1000);
  cr_assert_gt(words, 1000);
  cr_assert_gt(nonwords, 1000);
}

/* The cells of a value run as add_piece_row split it again before digits_end gave them: cells
 * between spaces, each ending after a unit word that follows a digit. */
static int plain_value_cells(const char *t, size_t start, size_t end, nb_span *cells, int cap) {
  int n = 0;
  for (size_t p = start; (p = skip_spaces(t, p, end)) < end; n++) {
    size_t q = p;
    while (q < end && !nb_tok_space_len(t, q, end)) {
      const nb_cell_unit *unit =
          q > p && is_digit(t[q - 1]) ? nb_cell_unit_at(t + q, end - q) : NULL;
      if (unit) {
        q += strlen(unit->word);
        break;
      }
      q++;
    }
    cr_assert_lt(n, cap);
    cells[n] = nb_span_make(p, q);
    p = q;
  }
  return n;
}

/* digits_end's cells, found as it reads the run, against the run split again, at every digit of
 * random texts of values, units, spaces and numbered labels. */
Test(unglue_filters, value_cells_as_split_again) {
  static const char *const parts[] = {"0",  "1",      "2",    "12",  "3.5",      ".",   " ",
                                      "  ", "\t",     "　",   "件",  "万元",     "元",  "3件",
                                      "x",  "1.属于", "其他", "2、", "\xC2\xA0", "0 0", "12 3"};
  const nb_label_set *set =
      nb_label_set_shared(nb_template_get(NB_TPL_2021), NB_TABLE_APPLICATIONS);
  uint32_t state = 4242;
  char text[256];
  int runs = 0, several = 0;
  for (int round = 0; round < 20000; round++) {
    size_t len =
        nb_test_random_pieces(&state, parts, sizeof parts / sizeof *parts, 16, text, sizeof text);
    for (size_t at = 0; at < len; at++) {
      if (!is_digit(text[at]))
        continue;
      scan sc = {.labels = set,
                 .t = text,
                 .end = len,
                 .label_asked_at = (size_t)-1,
                 .starts = nb_label_set_starts(set)};
      int first;
      size_t end = digits_end(&sc, at, &first);
      nb_span want[64];
      int n = plain_value_cells(text, at, end, want, 64);
      cr_assert_eq(sc.ncells - first, n, "cells of \"%.*s\"", (int)(end - at), text + at);
      for (int k = 0; k < n; k++)
        cr_assert(sc.cells[first + k].start == want[k].start &&
                      sc.cells[first + k].end == want[k].end,
                  "cell %d of \"%.*s\"", k, (int)(end - at), text + at);
      runs++;
      several += n > 1;
      free(sc.cells);
    }
  }
  cr_assert_gt(runs, 10000);
  cr_assert_gt(several, 1000);
}

/* text_end as it asked every character in turn whether the text ends there, without passing
 * over the ideographs that start no label. */
static size_t plain_text_end(scan *sc, size_t at) {
  const char *t = sc->t;
  size_t q = at;
  nb_utf8_next(t, sc->end, &q);
  while (q < sc->end && !text_ends_at(sc, q))
    nb_utf8_next(t, sc->end, &q);
  return q;
}

/* text_end, which passes over the ideographs that start no label without the other tests,
 * against plain_text_end from every place of random texts of labels, their pieces, other
 * ideographs, digits, spaces and broken characters. */
Test(unglue_filters, text_end_as_asked_at_every_character) {
  static const char *const parts[] = {"其他",
                                      "总计",
                                      "结果维持",
                                      "自然人",
                                      "商业企业",
                                      "的",
                                      "年",
                                      "申请",
                                      "0",
                                      "12",
                                      " ",
                                      "　",
                                      "，",
                                      "（",
                                      "三、",
                                      "1.属于国家秘密",
                                      "x",
                                      "\xE4\xB8",
                                      "\xE9",
                                      "本年新收政府信息公开申请数量",
                                      "其他法律行政法规禁止公开"};
  const nb_label_set *set =
      nb_label_set_shared(nb_template_get(NB_TPL_2021), NB_TABLE_APPLICATIONS);
  uint32_t state = 777;
  char text[256];
  int ends_early = 0;
  for (int round = 0; round < 20000; round++) {
    size_t len =
        nb_test_random_pieces(&state, parts, sizeof parts / sizeof *parts, 12, text, sizeof text);
    for (size_t at = 0; at < len; at++) {
      scan fast = {.labels = set,
                   .t = text,
                   .end = len,
                   .label_asked_at = (size_t)-1,
                   .starts = nb_label_set_starts(set)};
      scan plain = fast;
      size_t want = plain_text_end(&plain, at);
      cr_assert_eq(text_end(&fast, at), want, "text_end(\"%s\", %zu)", text, at);
      ends_early += want < len;
    }
  }
  cr_assert_gt(ends_early, 10000);
}
