/* UTF-8 validation (src/core/text.c): nb_utf8_validate settles ASCII and three-byte characters
 * in bulk (nb_utf8_common_run); it must still stop at exactly the first byte a plain decoder
 * rejects — overlong forms, surrogates, values past U+10FFFF, truncated and stray bytes — wherever
 * it lies, near the end of the text too. */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "support/random_pieces.h"
#include "test_random_text.h"

/* A decoder written out by the definition (RFC 3629), one character at a time. */
static size_t reference_validate(const unsigned char *p, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = p[i];
    size_t n;
    uint32_t cp, min;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return i;
    }
    if (len - i < n)
      return i;
    for (size_t k = 1; k < n; k++) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF)
        return i;
      cp = cp << 6 | (p[i + k] & 0x3F);
    }
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += n;
  }
  return len;
}

static const char *const pieces[] = {"a",
                                     "0123456789",
                                     "收到申请",
                                     "，",
                                     "é",
                                     "\xF0\x9F\x98\x80",
                                     "\xC0\x80",
                                     "\xC1\xBF",
                                     "\xE0\x80\x80",
                                     "\xE0\x9F\xBF",
                                     "\xE0\xA0\x80",
                                     "\xED\x9F\xBF",
                                     "\xED\xA0\x80",
                                     "\xED\xBF\xBF",
                                     "\xEE\x80\x80",
                                     "\xEF\xBF\xBF",
                                     "\xF0\x8F\xBF\xBF",
                                     "\xF4\x8F\xBF\xBF",
                                     "\xF4\x90\x80\x80",
                                     "\xF5\x80\x80\x80",
                                     "\xFF",
                                     "\x80",
                                     "\xBF",
                                     "\xE4\xB8",
                                     "\xE4",
                                     "\xF0\x9F\x98",
                                     "\xC3",
                                     NULL};

Test(utf8, validate_equals_a_plain_decoder) {
  uint32_t seed = 9;
  int invalid = 0;
  for (int round = 0; round < 20000; round++) {
    unsigned char text[256];
    size_t len = 0;
    int npieces = 1 + (int)(rt_next(&seed) % 24);
    /* mostly valid text, with a bad piece now and then */
    for (int k = 0; k < npieces; k++) {
      int good = 6, all = (int)(sizeof pieces / sizeof *pieces) - 1;
      int pick = rt_next(&seed) % 8 ? (int)(rt_next(&seed) % good) : (int)(rt_next(&seed) % all);
      size_t n = strlen(pieces[pick]);
      if (len + n > sizeof text)
        break;
      memcpy(text + len, pieces[pick], n);
      len += n;
    }
    size_t want = reference_validate(text, len);
    invalid += want < len;
    cr_assert_eq(nb_utf8_validate((const char *)text, len), want, "round %d", round);
    size_t run = nb_utf8_common_run((const char *)text, len);
    cr_assert_leq(run, want, "round %d: the common run %zu passes the first bad byte %zu", round,
                  run, want);
  }
  cr_expect_gt(invalid, 2000);
}

/* The longest prefix of ASCII and well-formed three-byte characters, a character at a time. */
static size_t reference_common_run(const unsigned char *p, size_t len) {
  size_t i = 0;
  while (i < len) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    if (len - i < 3 || p[i] < 0xE0 || p[i] > 0xEF || (p[i + 1] & 0xC0) != 0x80 ||
        (p[i + 2] & 0xC0) != 0x80)
      return i;
    uint32_t cp =
        (uint32_t)(p[i] & 0x0F) << 12 | (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += 3;
  }
  return len;
}

/* nb_utf8_common_run settles sixteen bytes at a time and leaves a character the block cuts to
 * the next: on long mixed texts, from every offset, it must stop exactly where a character at
 * a time does (at a two- or four-byte character, a stray byte, an overlong form or a surrogate,
 * and not before), wherever that falls in a block. */
Test(utf8, common_run_equals_a_plain_scan) {
  static const char *const mixed[] = {"a",
                                      "2023",
                                      "收到申请",
                                      "，",
                                      "。",
                                      "\xE0\xA0\x80",
                                      "\xED\x9F\xBF",
                                      "\xEF\xBF\xBF",
                                      "\xEE\x80\x80",
                                      " ",
                                      NULL};
  uint32_t seed = 5;
  int stopped_early = 0;
  for (int round = 0; round < 20000; round++) {
    unsigned char text[300];
    size_t len = 0;
    int npieces = 1 + (int)(rt_next(&seed) % 60);
    for (int k = 0; k < npieces; k++) {
      bool bad = rt_next(&seed) % 40 == 0;
      const char *piece;
      if (bad) {
        int all = (int)(sizeof pieces / sizeof *pieces) - 1;
        piece = pieces[rt_next(&seed) % all];
      } else {
        int good = (int)(sizeof mixed / sizeof *mixed) - 1;
        piece = mixed[rt_next(&seed) % good];
      }
      size_t n = strlen(piece);
      if (len + n > sizeof text)
        break;
      memcpy(text + len, piece, n);
      len += n;
    }
    size_t from = len ? rt_next(&seed) % (len < 4 ? len : 4) : 0;
    size_t want = reference_common_run(text + from, len - from);
    stopped_early += want < len - from;
    cr_assert_eq(nb_utf8_common_run((const char *)text + from, len - from), want,
                 "round %d, from %zu, len %zu", round, from, len);
  }
  cr_expect_gt(stopped_early, 2000);
}

/* nb_utf8_count, eight bytes at a time, counts the bytes that are no continuation byte
 * (10xxxxxx), as a byte loop does: on random bytes of every value, every length up to 40, from
 * every offset (so that the eight-byte steps meet the text anywhere). */
Test(utf8, count_equals_a_byte_loop) {
  uint32_t seed = 21;
  unsigned char text[48];
  for (int round = 0; round < 20000; round++) {
    for (size_t i = 0; i < sizeof text; i++)
      text[i] = (unsigned char)rt_next(&seed);
    size_t from = rt_next(&seed) % 8, len = rt_next(&seed) % 41;
    size_t want = 0;
    for (size_t i = from; i < from + len; i++)
      want += (text[i] & 0xC0) != 0x80;
    cr_assert_eq(nb_utf8_count((const char *)text + from, len), want, "round %d", round);
  }
}

/* The same on long texts (sixteen bytes a step, summed every 255 steps, the last step
 * overlapping the one before): every length up to 80, and lengths past the 4080 bytes of one
 * sum. */
Test(utf8, count_equals_a_byte_loop_on_long_texts) {
  uint32_t seed = 33;
  enum { ROOM = 9000 };
  static unsigned char text[ROOM];
  for (size_t i = 0; i < ROOM; i++)
    text[i] = (unsigned char)rt_next(&seed);
  for (int round = 0; round < 3000; round++) {
    size_t from = rt_next(&seed) % 16;
    size_t len = round < 81 * 4 ? (size_t)round / 4 : rt_next(&seed) % (ROOM - 16);
    size_t want = 0;
    for (size_t i = from; i < from + len; i++)
      want += (text[i] & 0xC0) != 0x80;
    cr_assert_eq(nb_utf8_count((const char *)text + from, len), want, "round %d, len %zu", round,
                 len);
  }
}

/* nb_next_ascii_digit reads eight bytes at a time and the last bytes from the last eight: on
 * random bytes (digits, 0x80 and above, the bytes next to '0' and '9') it finds the first digit
 * a byte loop finds, from every offset, for every span up to 40 bytes and the empty one. */
Test(utf8, next_ascii_digit_equals_a_byte_loop) {
  static const unsigned char kinds[] = {'0', '9', '/', ':', 'a', 0xB0, 0xB9, 0xE4, 0x80, ' '};
  uint32_t seed = 41;
  unsigned char text[64];
  int found = 0;
  for (int round = 0; round < 20000; round++) {
    int sparse = (int)(rt_next(&seed) % 4); /* from a digit in most places to one in few */
    for (size_t i = 0; i < sizeof text; i++) {
      bool digit_ok = rt_next(&seed) % (1u + 8u * (unsigned)sparse) == 0;
      unsigned char c = kinds[rt_next(&seed) % sizeof kinds];
      text[i] = (c == '0' || c == '9') && !digit_ok ? 'x' : c;
    }
    size_t from = rt_next(&seed) % 20, to = from + rt_next(&seed) % 41;
    size_t want = to;
    for (size_t i = from; i < to; i++)
      if (text[i] >= '0' && text[i] <= '9') {
        want = i;
        break;
      }
    found += want < to;
    cr_assert_eq(nb_next_ascii_digit((const char *)text, from, to), want, "round %d", round);
  }
  cr_assert_eq(nb_next_ascii_digit("12", 2, 1), 1);
  cr_expect_gt(found, 5000);
  cr_expect_lt(found, 19000);
}

/* nb_parse_cn_numeral decides on the bytes: every numeral of 一…十 keeps its value
 * and its three bytes, and the characters next to them in Unicode (丁 U+4E01, 万 U+4E07, 零) or
 * a numeral cut short are no numerals. */
Test(utf8, chinese_numerals_one_to_ten) {
  static const char *const numerals[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};
  for (int n = 0; n < 10; n++) {
    size_t bytes = 0;
    char text[16];
    snprintf(text, sizeof text, "%s、", numerals[n]);
    cr_expect_eq(nb_parse_cn_numeral(text, strlen(text), &bytes), n + 1, "%s", numerals[n]);
    cr_expect_eq(bytes, 3, "%s", numerals[n]);
  }
  static const char *const others[] = {"丁", "万", "零", "百", "四x"};
  for (int k = 0; k < 5; k++) {
    size_t bytes = 0;
    cr_expect_eq(nb_parse_cn_numeral(others[k], k == 4 ? 2 : strlen(others[k]), &bytes), 0, "%s",
                 others[k]);
  }
}

/* Every three-byte sequence led by E4 or E5 (U+4000…U+5FFF) is a numeral exactly when its
 * decoded code point is one of 一…十, with that value. */
Test(utf8, chinese_numerals_among_all_their_neighbours) {
  static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
  int found = 0;
  for (int lead = 0xE4; lead <= 0xE5; lead++)
    for (int b1 = 0x80; b1 <= 0xBF; b1++)
      for (int b2 = 0x80; b2 <= 0xBF; b2++) {
        char text[3] = {(char)lead, (char)b1, (char)b2};
        uint32_t cp = (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(b1 & 0x3F) << 6 | (b2 & 0x3F);
        int want = 0;
        for (int n = 0; n < 10; n++)
          if (cp == numerals[n])
            want = n + 1;
        size_t bytes = 0;
        cr_assert_eq(nb_parse_cn_numeral(text, 3, &bytes), want, "U+%04X", (unsigned)cp);
        found += want > 0;
      }
  cr_assert_eq(found, 10);
}

/* nb_edit_distance_within computes only the band of cells a path within the limit can cross:
 * on strings from a small alphabet (so that they share characters often) of every length up to
 * 40, and every tenth round up to 160 (past the columns it keeps on the stack), with every limit
 * up to 12, it must agree with the full distance: that distance when it is within the limit,
 * limit + 1 otherwise. */
static unsigned next_random(unsigned *seed) {
  *seed = *seed * 1103515245u + 12345u;
  return *seed >> 16;
}

static void random_letters(char *out, int max, unsigned *seed) {
  static const char *const letters[] = {"一", "二", "a", "b", "年"};
  out[0] = '\0';
  for (int k = 0, n = (int)(next_random(seed) % (unsigned)(max + 1)); k < n; k++)
    strcat(out, letters[next_random(seed) % 5]);
}

Test(utf8, banded_edit_distance_equals_the_full_one) {
  unsigned seed = 12345;
  for (int round = 0; round < 3000; round++) {
    char sa[600], sb[600];
    int max = round % 10 == 0 ? 160 : 40;
    random_letters(sa, max, &seed);
    random_letters(sb, max, &seed);
    int limit = (int)(next_random(&seed) % 13);
    uint32_t ca[200], cb[200];
    size_t na = nb_utf8_decode(sa, strlen(sa), ca), nb = nb_utf8_decode(sb, strlen(sb), cb);
    int full = nb_edit_distance(sa, sb);
    int want = full <= limit ? full : limit + 1;
    cr_assert_eq(nb_edit_distance_within(ca, na, cb, nb, limit), want, "\"%s\" \"%s\" limit %d", sa,
                 sb, limit);
  }
}

/* nb_is_space_cp, as its definition lists the spaces, over every code point. */
Test(utf8, space_code_points_as_listed) {
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    bool want = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
                cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200B);
    cr_assert_eq(nb_is_space_cp(cp), want, "U+%04X", (unsigned)cp);
  }
  cr_assert(!nb_is_space_cp(UINT32_MAX));
}

/* nb_trim_span, which passes runs of spaces eight at a time, trims what decoding one character
 * after the other from each end trims; on random texts of spaces, tabs, other blanks, text and
 * broken characters. */
Test(utf8, trim_span_equals_a_character_loop) {
  static const char *const parts[] = {" ",  "        ", "\t", "\xE3\x80\x80", "\xC2\xA0", "x",
                                      "中", "。",       "\n", "\xE2\x80\x8B", "\x80",     "\xE3"};
  uint32_t state = 31337;
  char text[512];
  for (int round = 0; round < 100000; round++) {
    size_t n =
        nb_test_random_pieces(&state, parts, sizeof parts / sizeof *parts, 30, text, sizeof text);
    size_t a = 0, b = n;
    while (a < b) { /* from the start, one character at a time */
      size_t i = a;
      if (!nb_is_space_cp(nb_utf8_next(text, b, &i)))
        break;
      a = i;
    }
    while (b > a) { /* from the end: back to the character's first byte */
      size_t back = b - 1;
      while (back > a && ((unsigned char)text[back] & 0xC0) == 0x80)
        back--;
      size_t i = back;
      if (!nb_is_space_cp(nb_utf8_next(text, b, &i)))
        break;
      b = back;
    }
    size_t start = 0, end = n;
    nb_trim_span(text, &start, &end);
    cr_assert(start == a && end == b, "[%zu, %zu) for [%zu, %zu) of \"%s\"", start, end, a, b,
              text);
  }
}
