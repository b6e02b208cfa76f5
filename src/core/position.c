#include "position.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* Appends a line start. */
static inline void add_start(nb_line_index *ix, size_t at) {
  nb_grow((void **)&ix->line_starts, &ix->cap, ix->nlines + 1, sizeof *ix->line_starts);
  ix->line_starts[ix->nlines++] = at;
}

/* The starts of the lines after each "\n" of text[from, len). */
static void add_starts_after_lf(nb_line_index *ix, const char *text, size_t from, size_t len) {
  for (const char *p = text + from; (p = memchr(p, '\n', len - (size_t)(p - text))); p++)
    add_start(ix, (size_t)(p - text) + 1);
}

void nb_line_index_build(nb_line_index *ix, const char *text, size_t len) {
  memset(ix, 0, sizeof *ix);
  ix->text = text;
  ix->len = len;
  /* Room for lines of some forty bytes, so a report's index is allocated once or twice. */
  nb_grow((void **)&ix->line_starts, &ix->cap, (int)(len / 40 < 1 << 20 ? len / 40 : 1 << 20) + 1,
          sizeof *ix->line_starts);
  ix->line_starts[ix->nlines++] = 0;
  ix->memo_line = -1;
  if (!memchr(text, '\r', len)) {
    add_starts_after_lf(ix, text, 0, len); /* the usual case */
    return;
  }
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
      add_start(ix, i + 1);
  }
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
