/* Byte offsets to lines and columns (src/core/position.c).
 *
 * "a中😀b\r\nx\ry" byte by byte: a 0 | 中 1..3 | 😀 4..7 (U+1F600, a surrogate pair in
 * UTF-16) | b 8 | \r 9 | \n 10 | x 11 | \r 12 | y 13 ; len 14. Lines: 0 from 0, 1 from 11
 * (after CRLF), 2 from 13 (after the lone CR). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/position.h"
#include "core/text.h"
#include "test_random_text.h"

static const char text[] = "a中😀b\r\nx\ry";
static nb_line_index ix;

static void setup(void) {
  nb_line_index_build(&ix, text, strlen(text));
}
static void teardown(void) {
  nb_line_index_free(&ix);
}

TestSuite(position, .init = setup, .fini = teardown);

static void assert_pos(size_t offset, nb_column_unit unit, int line, int column) {
  nb_position p = nb_position_of(&ix, offset, unit);
  cr_assert_eq(p.line, line, "offset %zu: line %d, want %d", offset, p.line, line);
  cr_assert_eq(p.column, column, "offset %zu unit %d: column %d, want %d", offset, (int)unit,
               p.column, column);
}

Test(position, line_starts) {
  cr_assert_eq(strlen(text), 14);
  cr_assert_eq(ix.nlines, 3);
  cr_assert_eq(ix.line_starts[0], 0);
  cr_assert_eq(ix.line_starts[1], 11);
  cr_assert_eq(ix.line_starts[2], 13);
}

Test(position, cjk_counts_one_code_point) {
  assert_pos(1, NB_COLUMNS_CODEPOINTS, 0, 1);
  assert_pos(4, NB_COLUMNS_CODEPOINTS, 0, 2);
  assert_pos(4, NB_COLUMNS_UTF16, 0, 2);
  assert_pos(4, NB_COLUMNS_UTF8, 0, 4);
}

Test(position, astral_is_two_utf16_units) {
  assert_pos(8, NB_COLUMNS_CODEPOINTS, 0, 3);
  assert_pos(8, NB_COLUMNS_UTF16, 0, 4);
  assert_pos(8, NB_COLUMNS_UTF8, 0, 8);
  assert_pos(9, NB_COLUMNS_UTF16, 0, 5); /* the \r itself */
}

Test(position, crlf_and_lone_cr_end_lines) {
  assert_pos(11, NB_COLUMNS_CODEPOINTS, 1, 0);
  assert_pos(12, NB_COLUMNS_CODEPOINTS, 1, 1);
  assert_pos(13, NB_COLUMNS_CODEPOINTS, 2, 0);
  assert_pos(14, NB_COLUMNS_CODEPOINTS, 2, 1);
}

Test(position, inside_a_multibyte_character_is_its_start) {
  assert_pos(2, NB_COLUMNS_CODEPOINTS, 0, 1); /* second byte of 中 */
  assert_pos(3, NB_COLUMNS_UTF8, 0, 1);       /* third byte of 中 */
  assert_pos(6, NB_COLUMNS_UTF16, 0, 2);      /* third byte of 😀 */
  assert_pos(7, NB_COLUMNS_CODEPOINTS, 0, 2);
}

Test(position, past_the_end_is_clamped) {
  assert_pos(1000, NB_COLUMNS_CODEPOINTS, 2, 1);
}

Test(position, offset_of_positions) {
  cr_assert_eq(nb_offset_of(&ix, (nb_position){0, 3}, NB_COLUMNS_CODEPOINTS), 8);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){0, 4}, NB_COLUMNS_UTF16), 8);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){0, 8}, NB_COLUMNS_UTF8), 8);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){1, 0}, NB_COLUMNS_CODEPOINTS), 11);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){2, 1}, NB_COLUMNS_UTF16), 14);
  /* A column beyond the line stops before its line break. */
  cr_assert_eq(nb_offset_of(&ix, (nb_position){0, 99}, NB_COLUMNS_CODEPOINTS), 9);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){1, 99}, NB_COLUMNS_CODEPOINTS), 12);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){7, 0}, NB_COLUMNS_CODEPOINTS), 14);
  cr_assert_eq(nb_offset_of(&ix, (nb_position){-1, 0}, NB_COLUMNS_CODEPOINTS), 0);
}

Test(position, round_trip_every_character_start) {
  static const size_t starts[] = {0, 1, 4, 8, 9, 11, 12, 13, 14};
  static const nb_column_unit units[] = {NB_COLUMNS_CODEPOINTS, NB_COLUMNS_UTF16, NB_COLUMNS_UTF8};
  for (size_t u = 0; u < 3; u++)
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
      nb_position p = nb_position_of(&ix, starts[i], units[u]);
      /* The \r of a CRLF is part of the line break, so offset_of clamps it before the break:
       * it maps back to 9 too, which is where it is. */
      cr_assert_eq(nb_offset_of(&ix, p, units[u]), starts[i], "unit %zu offset %zu", u, starts[i]);
    }
}

Test(position, empty_text) {
  nb_line_index e;
  nb_line_index_build(&e, "", 0);
  cr_assert_eq(e.nlines, 1);
  nb_position p = nb_position_of(&e, 0, NB_COLUMNS_UTF16);
  cr_assert_eq(p.line, 0);
  cr_assert_eq(p.column, 0);
  cr_assert_eq(nb_offset_of(&e, (nb_position){0, 5}, NB_COLUMNS_UTF16), 0);
  nb_line_index_free(&e);
}

Test(position, consecutive_breaks) {
  nb_line_index e;
  nb_line_index_build(&e, "\r\r\n\n", 4); /* lines start at 0, 1, 3, 4 */
  cr_assert_eq(e.nlines, 4);
  cr_assert_eq(e.line_starts[1], 1);
  cr_assert_eq(e.line_starts[2], 3);
  cr_assert_eq(e.line_starts[3], 4);
  nb_position p = nb_position_of(&e, 2, NB_COLUMNS_CODEPOINTS); /* the \n of the CRLF */
  cr_assert_eq(p.line, 1);
  cr_assert_eq(p.column, 1);
  nb_line_index_free(&e);
}

/* nb_line_index_replace against a fresh build, on random edits made of line-break bytes and
 * text, so that CR and LF meet and part across every edit boundary. */
static void assert_same_index(const nb_line_index *a, const char *doc, size_t len, int step) {
  nb_line_index fresh;
  nb_line_index_build(&fresh, doc, len);
  cr_assert_eq(a->nlines, fresh.nlines, "step %d: %d lines, a fresh build has %d", step, a->nlines,
               fresh.nlines);
  for (int i = 0; i < fresh.nlines; i++)
    cr_assert_eq(a->line_starts[i], fresh.line_starts[i], "step %d line %d: %zu, want %zu", step, i,
                 a->line_starts[i], fresh.line_starts[i]);
  nb_line_index_free(&fresh);
}

Test(position, replace_matches_a_fresh_build) {
  static const char pieces[] = "\r\n\r\nab\r";
  char doc[512] = {0}, next[512];
  size_t len = 0;
  unsigned seed = 12345;
  nb_line_index inc;
  nb_line_index_build(&inc, doc, 0);
  for (int step = 0; step < 20000; step++) {
    seed = seed * 1103515245u + 12345u;
    size_t start = len ? (seed >> 8) % (len + 1) : 0;
    seed = seed * 1103515245u + 12345u;
    size_t old_end = start + (len - start ? (seed >> 8) % (len - start + 1) % 4 : 0);
    seed = seed * 1103515245u + 12345u;
    size_t n = (seed >> 8) % 4;
    if (len - (old_end - start) + n >= sizeof doc)
      n = 0;
    char ins[4];
    for (size_t k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      ins[k] = pieces[(seed >> 8) % (sizeof pieces - 1)];
    }
    memcpy(next, doc, start);
    memcpy(next + start, ins, n);
    memcpy(next + start + n, doc + old_end, len - old_end);
    len = len - (old_end - start) + n;
    memcpy(doc, next, len);
    nb_line_index_replace(&inc, doc, len, start, old_end, start + n);
    assert_same_index(&inc, doc, len, step);
  }
  nb_line_index_free(&inc);
}

/* Random text of the first `kinds` pieces, drawn alike, as many as fit. */
static size_t random_pieces(char *out, size_t size, const char *const *pieces, size_t kinds,
                            unsigned *seed) {
  size_t len = 0;
  while (len + 4 < size) {
    *seed = *seed * 1103515245u + 12345u;
    const char *piece = pieces[(*seed >> 8) % kinds];
    if (len + strlen(piece) > size)
      break;
    memcpy(out + len, piece, strlen(piece));
    len += strlen(piece);
  }
  return len;
}

/* Random character starts of random text; lines of it are separated by "\n" when `breaks`. */
static size_t random_text(char *out, size_t size, bool breaks, unsigned *seed) {
  static const char *const pieces[] = {"a", "中", "😀", "\x80", "\xE4\xB8", "  ", "\n"};
  size_t kinds = sizeof pieces / sizeof pieces[0] - (breaks ? 0 : 1);
  return random_pieces(out, size, pieces, kinds, seed);
}

/* The column of `offset` counted the plain way, a second method beside the index's own: every
 * character from the line's start decoded, one column each (two in UTF-16 above the BMP, its
 * bytes in UTF-8). */
static int column_decoded(const char *doc, size_t line_start, size_t offset, nb_column_unit unit) {
  int column = 0;
  for (size_t i = line_start; i < offset;) {
    size_t before = i;
    uint32_t cp = nb_utf8_next(doc, offset, &i);
    column += unit == NB_COLUMNS_UTF8    ? (int)(i - before)
              : unit == NB_COLUMNS_UTF16 ? (cp >= 0x10000 ? 2 : 1)
                                         : 1;
  }
  return column;
}

/* Columns asked for in random order equal those of a fresh index asked once, in every unit (the
 * memos and their marks only cache the count from a line's start), and those of a plain
 * decoding (the count's shortcuts for ASCII and three-byte characters). */
static void expect_columns_of_fresh_index(const char *doc, size_t len, unsigned *seed) {
  static const nb_column_unit units[] = {NB_COLUMNS_CODEPOINTS, NB_COLUMNS_UTF16, NB_COLUMNS_UTF8};
  nb_line_index walked;
  nb_line_index_build(&walked, doc, len);
  for (int q = 0; q < 3000; q++) {
    *seed = *seed * 1103515245u + 12345u;
    size_t offset = (*seed >> 8) % (len + 1);
    nb_column_unit unit = units[q / 1000];
    nb_line_index fresh;
    nb_line_index_build(&fresh, doc, len);
    nb_position want = nb_position_of(&fresh, offset, unit);
    nb_position got = nb_position_of(&walked, offset, unit);
    cr_assert_eq(got.line, want.line, "query %d offset %zu: line %d, want %d", q, offset, got.line,
                 want.line);
    cr_assert_eq(got.column, want.column, "query %d offset %zu unit %d: column %d, want %d", q,
                 offset, (int)unit, got.column, want.column);
    size_t at = offset; /* nb_position_of's character start */
    while (at > 0 && at < len && ((unsigned char)doc[at] & 0xC0) == 0x80)
      at--;
    cr_assert_eq(want.column, column_decoded(doc, fresh.line_starts[want.line], at, unit),
                 "query %d offset %zu unit %d: column %d against a plain decoding", q, offset,
                 (int)unit, want.column);
    nb_line_index_free(&fresh);
  }
  nb_line_index_free(&walked);
}

/* Many lines, more than the index keeps memos for, asked about in turn. */
Test(position, random_order_on_many_lines) {
  char doc[16384];
  unsigned seed = 7;
  size_t len = random_text(doc, sizeof doc, true, &seed);
  expect_columns_of_fresh_index(doc, len, &seed);
}

/* One long line (a report scraped from the web), asked about from a finding's end back to the
 * next one's start and to related spans anywhere on it. The line mixes ASCII, CJK, an astral
 * character, and bytes that are not UTF-8 (a lone continuation byte, a lead byte cut short). */
Test(position, random_order_on_a_long_line) {
  char line[8192];
  unsigned seed = 42;
  size_t len = random_text(line, sizeof line, false, &seed);
  expect_columns_of_fresh_index(line, len, &seed);
}

/* A long line of Chinese and ASCII, which the count takes eight bytes at a time, with now and
 * then a character it must step over one by one: two- and four-byte characters, a lone
 * continuation byte, and a three-byte lead cut short, anywhere in or across the words. */
Test(position, random_order_on_a_mostly_chinese_line) {
  static const char *const pieces[] = {"中",       "文", "a", "1",    "。",       "中文", "ab",
                                       "政府信息", "×",  "😀", "\x80", "\xE4\xB8", "\xE4"};
  char line[8192];
  unsigned seed = 3;
  for (size_t rare = 0; rare < 6; rare++) {
    /* Only the common pieces, then each kind of oddity among them in turn. */
    size_t len = random_pieces(line, sizeof line, pieces, 8, &seed);
    for (size_t k = 0; rare > 0 && k < len; k += 61 + k % 37)
      if (((unsigned char)line[k] & 0xC0) != 0x80 && k + 4 < len)
        memcpy(line + k, pieces[7 + rare], strlen(pieces[7 + rare]));
    expect_columns_of_fresh_index(line, len, &seed);
  }
}

/* Texts without a CR, in an index allocated for lines of some forty bytes: every length up to
 * 200, breaks dense (more lines than that room) and sparse, and at the very end. */
Test(position, line_feeds_of_every_density) {
  char doc[200];
  unsigned seed = 777;
  for (int round = 0; round < 3000; round++) {
    size_t len = (size_t)round % sizeof doc;
    int density = 1 + round % 40; /* one byte in `density` is a break */
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      doc[i] = (seed >> 16) % (unsigned)density == 0 ? '\n' : (char)('a' + (seed >> 20) % 26);
    }
    if (round % 7 == 0 && len > 0)
      doc[len - 1] = '\n';
    nb_line_index got;
    nb_line_index_build(&got, doc, len);
    int want = 1;
    cr_assert_eq(got.line_starts[0], 0);
    for (size_t i = 0; i < len; i++) {
      if (doc[i] != '\n')
        continue;
      cr_assert(want < got.nlines, "round %d: too few lines", round);
      cr_assert_eq(got.line_starts[want], i + 1, "round %d line %d", round, want);
      want++;
    }
    cr_assert_eq(got.nlines, want, "round %d: %d lines, want %d", round, got.nlines, want);
    nb_line_index_free(&got);
  }
}

/* The block scans (AVX2 where the processor has it, SSE2) against the byte loop, on random
 * texts of every line-end combination ("\r\n", "\n\r", "\r\r", a "\r" at a block's last byte or
 * the text's) and of lengths around the blocks' widths, read from every start so that the
 * breaks fall at every place of a block. */
Test(position, block_scans_equal_the_byte_loop) {
  static const char *const pieces[] = {
      "\n", "\r", "\r\n", "\n\r", "\r\r", "\n\n", "a", "bc", "中", "xyzxyzx", "0123456789abcdef",
      NULL};
  static const nb_line_scan scans[] = {NB_LINE_SCAN_WIDEST, NB_LINE_SCAN_SSE2};
  char doc[300];
  uint32_t seed = 4242;
  for (int round = 0; round < 4000; round++) {
    size_t len = rt_text(doc, sizeof doc, pieces, 1 + round % 60, &seed);
    size_t from = len > 0 ? rt_next(&seed) % (len < 70 ? len : 70) : 0;
    nb_line_index want;
    nb_line_index_build_by(&want, doc + from, len - from, NB_LINE_SCAN_BYTES);
    for (size_t k = 0; k < sizeof scans / sizeof *scans; k++) {
      nb_line_index got;
      nb_line_index_build_by(&got, doc + from, len - from, scans[k]);
      cr_assert_eq(got.nlines, want.nlines, "round %d scan %zu: %d lines, want %d", round, k,
                   got.nlines, want.nlines);
      for (int i = 0; i < want.nlines; i++)
        cr_assert_eq(got.line_starts[i], want.line_starts[i], "round %d scan %zu line %d", round, k,
                     i);
      nb_line_index_free(&got);
    }
    nb_line_index_free(&want);
  }
}

/* The byte loop itself, on the rules of position.h: a start after every "\n" and after every
 * "\r" that no "\n" follows. */
Test(position, byte_loop_follows_the_rules) {
  static const char doc[] = "\r\r\n\n\ra\r\n\rb\n";
  static const size_t starts[] = {0, 1, 3, 4, 5, 8, 9, 11};
  nb_line_index got;
  nb_line_index_build_by(&got, doc, strlen(doc), NB_LINE_SCAN_BYTES);
  cr_assert_eq(got.nlines, 8);
  for (int i = 0; i < got.nlines; i++)
    cr_assert_eq(got.line_starts[i], starts[i], "line %d", i);
  nb_line_index_free(&got);
}
