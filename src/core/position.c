#include "position.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NB_LINES_AVX2_PATH 1
#endif

/* Room for `more` line starts after the last. */
static inline void reserve_starts(nb_line_index *ix, int more) {
  nb_grow((void **)&ix->line_starts, &ix->cap, ix->nlines + more, sizeof *ix->line_starts);
}

/* The starts of the lines after text[from, len) in a loop of a byte a step: the rules of
 * position.h spelled out, the tail of the block scans and the second method of their tests. */
static void add_starts_by_bytes(nb_line_index *ix, const char *text, size_t from, size_t len) {
  for (size_t i = from; i < len; i++) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'))) {
      reserve_starts(ix, 1);
      ix->line_starts[ix->nlines++] = i + 1;
    }
  }
}

/* The line starts after the bytes base + k whose bits k of `ends` are set (room reserved). */
static inline void add_block_starts(nb_line_index *ix, size_t base, uint64_t ends) {
  size_t *starts = ix->line_starts;
  int n = ix->nlines;
  for (; ends; ends &= ends - 1)
    starts[n++] = base + (size_t)__builtin_ctzll(ends) + 1;
  ix->nlines = n;
}

#if defined(__SSE2__)
/* Bit k set when byte k of the sixteen at s ends a line: a "\n", or with `crs` a "\r" that no
 * "\n" follows (then s[16] is read too). */
static inline uint64_t line_ends_in_16(const char *s, bool crs) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
  unsigned ends = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
  if (crs) {
    __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
    ends |= (unsigned)_mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('\n')),
                                                         _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
  }
  return ends;
}

/* The line starts after the whole blocks of 32 bytes from `from` on; returns where they end. */
static size_t add_starts_by_16(nb_line_index *ix, const char *text, size_t from, size_t len,
                               bool crs) {
  size_t i = from, reads = 32 + crs;
  for (; len - i >= reads; i += 32) {
    reserve_starts(ix, 32);
    add_block_starts(ix, i,
                     line_ends_in_16(text + i, crs) | line_ends_in_16(text + i + 16, crs) << 16);
  }
  return i;
}
#endif

#if defined(NB_LINES_AVX2_PATH)
/* line_ends_in_16 for the 32 bytes at s, on processors with AVX2. */
__attribute__((target("avx2"))) static inline uint64_t line_ends_in_32(const char *s, bool crs) {
  __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)s);
  uint32_t ends = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('\n')));
  if (crs) {
    __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(s + 1));
    ends |= (uint32_t)_mm256_movemask_epi8(
        _mm256_andnot_si256(_mm256_cmpeq_epi8(next, _mm256_set1_epi8('\n')),
                            _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\r'))));
  }
  return ends;
}

/* add_starts_by_16 with blocks of 64 bytes. */
__attribute__((target("avx2"), noinline)) static size_t
add_starts_by_32(nb_line_index *ix, const char *text, size_t from, size_t len, bool crs) {
  size_t i = from, reads = 64 + crs;
  for (; len - i >= reads; i += 64) {
    reserve_starts(ix, 64);
    add_block_starts(ix, i,
                     line_ends_in_32(text + i, crs) | line_ends_in_32(text + i + 32, crs) << 32);
  }
  return i;
}
#endif

void nb_line_index_build_by(nb_line_index *ix, const char *text, size_t len, nb_line_scan scan) {
  memset(ix, 0, sizeof *ix);
  ix->text = text;
  ix->len = len;
  /* Room for lines of some forty bytes, so a report's index is allocated once or twice. */
  reserve_starts(ix, (int)(len / 40 < 1 << 20 ? len / 40 : 1 << 20) + 1);
  ix->line_starts[ix->nlines++] = 0;
  ix->memo_line = -1;
  /* Line ends are found a block at a time, where memchr stopped at every line at the cost of a
   * call; a "\r" is looked for in the blocks only when the text holds one (few do). */
  bool crs = len > 0 && memchr(text, '\r', len) != NULL;
  size_t done = 0;
  (void)crs, (void)scan; /* without SSE2, the byte loop alone */
#if defined(NB_LINES_AVX2_PATH)
  if (scan == NB_LINE_SCAN_WIDEST && len >= 64 && __builtin_cpu_supports("avx2"))
    done = add_starts_by_32(ix, text, done, len, crs);
#endif
#if defined(__SSE2__)
  if (scan != NB_LINE_SCAN_BYTES && len >= 32)
    done = add_starts_by_16(ix, text, done, len, crs);
#endif
  add_starts_by_bytes(ix, text, done, len);
}

void nb_line_index_build(nb_line_index *ix, const char *text, size_t len) {
  nb_line_index_build_by(ix, text, len, NB_LINE_SCAN_WIDEST);
}

/* Whether a line starts at offset p (0 < p <= len): after "\n", or after a "\r" that no "\n"
 * follows. It depends on the bytes at p - 1 and p only. */
static bool line_starts_at(const char *text, size_t len, size_t p) {
  char before = text[p - 1];
  return before == '\n' || (before == '\r' && (p == len || text[p] != '\n'));
}

/* Index of the first line start >= offset (nlines when there is none). */
static int first_start_from(const nb_line_index *ix, size_t offset) {
  int lo = 0, hi = ix->nlines;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (ix->line_starts[mid] < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

void nb_line_index_replace(nb_line_index *ix, const char *text, size_t len, size_t start,
                           size_t old_end, size_t new_end) {
  /* Only starts p with p - 1 or p inside the replacement, [start, new_end] in the new text, can
   * change; the old starts in [start, old_end] are dropped and recomputed, later ones move. */
  int first = first_start_from(ix, start > 0 ? start : 1);
  int after = first_start_from(ix, old_end + 1);
  int fresh = 0;
  for (size_t p = start > 0 ? start : 1; p <= new_end && p <= len; p++)
    fresh += line_starts_at(text, len, p);
  int tail = ix->nlines - after;
  nb_grow((void **)&ix->line_starts, &ix->cap, first + fresh + tail, sizeof *ix->line_starts);
  memmove(ix->line_starts + first + fresh, ix->line_starts + after, (size_t)tail * sizeof(size_t));
  for (int i = first + fresh; i < first + fresh + tail; i++)
    ix->line_starts[i] = ix->line_starts[i] - old_end + new_end;
  int at = first;
  for (size_t p = start > 0 ? start : 1; p <= new_end && p <= len; p++)
    if (line_starts_at(text, len, p))
      ix->line_starts[at++] = p;
  ix->nlines = first + fresh + tail;
  ix->memo_line = -1;
  ix->text = text;
  ix->len = len;
}

void nb_line_index_free(nb_line_index *ix) {
  free(ix->line_starts);
  free(ix->marks);
  memset(ix, 0, sizeof *ix);
}

/* How many columns of `unit` one code point of `bytes` UTF-8 bytes takes. */
static int width_in(nb_column_unit unit, uint32_t cp, size_t bytes) {
  if (unit == NB_COLUMNS_UTF8)
    return (int)bytes;
  if (unit == NB_COLUMNS_UTF16)
    return cp >= 0x10000 ? 2 : 1;
  return 1;
}

static int line_of(const nb_line_index *ix, size_t offset) {
  int lo = 0, hi = ix->nlines - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (ix->line_starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

/* Counts columns of `unit` from the character start *i (column *col) while *i < stop, so it
 * stops at the first character start at or after `stop`. Every byte that does not continue a
 * character is one: nb_utf8_next's steps only ever pass continuation bytes. ASCII and
 * three-byte characters (all of Chinese) are one column in every unit but bytes, and are
 * stepped over here without decoding them. */
static void count_columns(const nb_line_index *ix, nb_column_unit unit, size_t stop, size_t *i,
                          int *col) {
  const unsigned char *t = (const unsigned char *)ix->text;
  size_t len = ix->len, at = *i;
  int columns = *col;
  if (unit == NB_COLUMNS_UTF8 && at <= stop && stop <= len &&
      (stop == len || (t[stop] & 0xC0) != 0x80)) {
    columns += (int)(stop - at); /* one column per byte, and stop is a character start */
    at = stop;
  }
  int three_byte_width = unit == NB_COLUMNS_UTF8 ? 3 : 1;
  bool words = unit != NB_COLUMNS_UTF8 && stop <= len;
  while (at < stop) {
    if (words) { /* long runs of them at a time, on long lines above all */
      size_t run = nb_utf8_common_run(ix->text + at, stop - at);
      columns += (int)nb_utf8_count(ix->text + at, run);
      at += run;
      if (at >= stop)
        break;
    }
    if (t[at] < 0x80) {
      at++;
      columns++;
    } else if ((t[at] & 0xF0) == 0xE0 && len - at >= 3 && (t[at + 1] & 0xC0) == 0x80 &&
               (t[at + 2] & 0xC0) == 0x80) {
      at += 3;
      columns += three_byte_width;
    } else {
      size_t before = at;
      uint32_t cp = nb_utf8_next_other(ix->text, len, &at);
      columns += width_in(unit, cp, at - before);
    }
  }
  *i = at;
  *col = columns;
}

/* Starts the memo over on `line`, at its first byte. */
static void memo_reset(nb_line_index *ix, int line, nb_column_unit unit) {
  ix->memo_line = line;
  ix->memo_unit = (int)unit;
  ix->memo_at = ix->line_starts[line];
  ix->memo_column = 0;
  ix->nmarks = 0;
}

/* Counts the memo on to `offset` (a character start, not before memo_at), marking each stride
 * it passes. */
static void memo_advance(nb_line_index *ix, size_t offset) {
  size_t line_start = ix->line_starts[ix->memo_line];
  nb_column_unit unit = (nb_column_unit)ix->memo_unit;
  for (;;) {
    size_t next_mark = line_start + (size_t)(ix->nmarks + 1) * NB_COLUMN_MARK_STRIDE;
    if (next_mark > offset) {
      count_columns(ix, unit, offset, &ix->memo_at, &ix->memo_column);
      return;
    }
    count_columns(ix, unit, next_mark, &ix->memo_at, &ix->memo_column);
    nb_grow((void **)&ix->marks, &ix->mark_cap, ix->nmarks + 1, sizeof *ix->marks);
    ix->marks[ix->nmarks++] = (struct nb_column_mark){ix->memo_at, ix->memo_column};
  }
}

/* The column of `offset` (a character start before memo_at on the memo line), counted from the
 * last mark at or before it. */
static int column_before_memo(const nb_line_index *ix, size_t offset) {
  size_t line_start = ix->line_starts[ix->memo_line];
  int k = (int)((offset - line_start) / NB_COLUMN_MARK_STRIDE) - 1;
  if (k >= ix->nmarks)
    k = ix->nmarks - 1;
  while (k >= 0 && ix->marks[k].at > offset)
    k--;
  size_t i = k >= 0 ? ix->marks[k].at : line_start;
  int col = k >= 0 ? ix->marks[k].column : 0;
  count_columns(ix, (nb_column_unit)ix->memo_unit, offset, &i, &col);
  return col;
}

nb_position nb_position_of(const nb_line_index *ix, size_t offset, nb_column_unit unit) {
  if (offset > ix->len)
    offset = ix->len;
  while (offset > 0 && offset < ix->len && ((unsigned char)ix->text[offset] & 0xC0) == 0x80)
    offset--;
  nb_position p;
  p.line = line_of(ix, offset);
  /* The memo only caches (the index is the caller's, never a const object). */
  nb_line_index *memo = (nb_line_index *)ix;
  if (memo->memo_line != p.line || memo->memo_unit != (int)unit)
    memo_reset(memo, p.line, unit);
  if (offset >= memo->memo_at) {
    memo_advance(memo, offset);
    p.column = memo->memo_column;
  } else {
    p.column = column_before_memo(memo, offset);
  }
  return p;
}

size_t nb_offset_of(const nb_line_index *ix, nb_position pos, nb_column_unit unit) {
  if (pos.line < 0)
    return 0;
  if (pos.line >= ix->nlines)
    return ix->len;
  size_t i = ix->line_starts[pos.line];
  size_t line_end = pos.line + 1 < ix->nlines ? ix->line_starts[pos.line + 1] : ix->len;
  /* Stop before the line terminator. */
  while (line_end > i && (ix->text[line_end - 1] == '\n' || ix->text[line_end - 1] == '\r'))
    line_end--;
  int col = 0;
  while (i < line_end && col < pos.column) {
    size_t before = i;
    uint32_t cp = nb_utf8_next(ix->text, line_end, &i);
    col += width_in(unit, cp, i - before);
  }
  return i;
}

size_t nb_finding_offset(const nb_line_index *ix, size_t offset) {
  if (offset < ix->len)
    return offset;
  size_t end = ix->len;
  if (end > 0 && ix->text[end - 1] == '\n')
    end--;
  if (end > 0 && ix->text[end - 1] == '\r')
    end--;
  return end;
}
