#include "position.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

void nb_line_index_build(nb_line_index *ix, const char *text, size_t len) {
  memset(ix, 0, sizeof *ix);
  ix->text = text;
  ix->len = len;
  nb_grow((void **)&ix->line_starts, &ix->cap, 1, sizeof *ix->line_starts);
  ix->line_starts[ix->nlines++] = 0;
  ix->memo_line = -1;
  if (!memchr(text, '\r', len)) {
    /* The usual case, and the index is built for every file: let memchr find the breaks. */
    for (const char *p = text; (p = memchr(p, '\n', len - (size_t)(p - text))); p++) {
      nb_grow((void **)&ix->line_starts, &ix->cap, ix->nlines + 1, sizeof *ix->line_starts);
      ix->line_starts[ix->nlines++] = (size_t)(p - text) + 1;
    }
    return;
  }
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'))) {
      nb_grow((void **)&ix->line_starts, &ix->cap, ix->nlines + 1, sizeof *ix->line_starts);
      ix->line_starts[ix->nlines++] = i + 1;
    }
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

nb_position nb_position_of(const nb_line_index *ix, size_t offset, nb_column_unit unit) {
  if (offset > ix->len)
    offset = ix->len;
  while (offset > 0 && offset < ix->len && ((unsigned char)ix->text[offset] & 0xC0) == 0x80)
    offset--;
  nb_position p;
  p.line = line_of(ix, offset);
  int col = 0;
  size_t i = ix->line_starts[p.line];
  /* The count from the line's start passes where the last one stopped when this offset is not
   * before it: going on from there is the same count. */
  if (ix->memo_line == p.line && ix->memo_unit == (int)unit && ix->memo_at <= offset) {
    i = ix->memo_at;
    col = ix->memo_column;
  }
  while (i < offset) {
    size_t before = i;
    uint32_t cp = nb_utf8_next(ix->text, ix->len, &i);
    col += width_in(unit, cp, i - before);
  }
  /* The memo only caches (the index is the caller's, never a const object). */
  nb_line_index *memo = (nb_line_index *)ix;
  memo->memo_line = p.line;
  memo->memo_unit = (int)unit;
  memo->memo_at = i;
  memo->memo_column = col;
  p.column = col;
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
