/* GFM pipe rows: "| a | b |", leading and trailing pipes optional, "\|" a literal pipe. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "pipe_row.h"
#include "tokenize_internal.h"

static bool is_pipe_at(const char *s, size_t start, size_t i) {
  return s[i] == '|' && !(i > start && s[i - 1] == '\\');
}

bool nb_tok_has_unescaped_pipe(const char *s, nb_span line) {
  for (size_t i = line.start; i < line.end; i++)
    if (is_pipe_at(s, line.start, i))
      return true;
  return false;
}

/* ' ', or '\t' '\n' '\v' '\f' '\r' (9..13): tested at both ends of every cell, so as one range. */
static bool is_ascii_space(unsigned char c) {
  return c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';
}

/* A character that nb_trim_span keeps starts at this byte: an ASCII byte that is no space, or
 * the lead byte of U+4000..U+9FFF (decoded alone it is U+FFFD, kept as well). */
static bool starts_kept_char(unsigned char c) {
  return c < 0x80 ? !is_ascii_space(c) : c >= 0xE4 && c <= 0xE9;
}

/* nb_trim_span(s, a, b), with the common cases decided here: every cell of every pipe row is
 * trimmed, and almost all are padded with ASCII spaces around CJK text or digits, where the
 * general trim decodes each edge character and tests it against every Unicode space. The
 * ASCII blanks skipped first are exactly the ones nb_trim_span would skip, in the same order
 * (leading edge first), so whenever it is called here it ends where it would have. */
static void trim_cell(const char *s, size_t *a, size_t *b) {
  const unsigned char *u = (const unsigned char *)s;
  size_t x = *a, y = *b;
  while (x < y && is_ascii_space(u[x]))
    x++;
  if (x < y && !starts_kept_char(u[x])) {
    nb_trim_span(s, &x, &y);
  } else {
    while (y > x && is_ascii_space(u[y - 1]))
      y--;
    bool end_kept =
        y > x && (u[y - 1] < 0x80 || (y - x >= 3 && u[y - 3] >= 0xE4 && u[y - 3] <= 0xE9 &&
                                      (u[y - 2] & 0xC0) == 0x80 && (u[y - 1] & 0xC0) == 0x80));
    if (y > x && !end_kept)
      nb_trim_span(s, &x, &y);
  }
  *a = x;
  *b = y;
}

/* The line without its optional outer pipes, trimmed. */
static nb_span inner_of(const char *s, nb_span line) {
  size_t a = line.start, b = line.end;
  trim_cell(s, &a, &b);
  if (a < b && s[a] == '|')
    a++;
  if (b > a && is_pipe_at(s, a, b - 1))
    b--;
  return nb_span_make(a, b);
}

/* Calls back for each cell segment of the row; returns the number of segments. */
typedef void (*segment_fn)(const char *s, nb_span seg, int index, void *ctx);

static int for_each_segment(const char *s, nb_span inner, segment_fn fn, void *ctx) {
  int n = 0;
  size_t seg = inner.start;
  /* Jumps from '|' to '|' with memchr rather than testing every byte of the row. */
  for (size_t i = inner.start;;) {
    const char *bar = memchr(s + i, '|', inner.end - i);
    size_t at = bar ? (size_t)(bar - s) : inner.end;
    if (at < inner.end && !is_pipe_at(s, inner.start, at)) { /* "\|": text, not a border */
      i = at + 1;
      continue;
    }
    size_t a = seg, b = at;
    trim_cell(s, &a, &b);
    fn(s, nb_span_make(a, b), n++, ctx);
    if (at == inner.end)
      return n;
    seg = i = at + 1;
  }
}

static bool is_delimiter_cell(const char *s, nb_span seg) {
  size_t a = seg.start, b = seg.end;
  if (a < b && s[a] == ':')
    a++;
  if (b > a && s[b - 1] == ':')
    b--;
  if (a >= b)
    return false;
  for (size_t i = a; i < b; i++)
    if (s[i] != '-')
      return false;
  return true;
}

static void check_delimiter(const char *s, nb_span seg, int index, void *ctx) {
  (void)index;
  if (!is_delimiter_cell(s, seg))
    *(bool *)ctx = false;
}

/* Whether byte b can stand in a delimiter row. Such a row holds only pipes, ':', '-' and
 * characters nb_trim_span drops (ASCII whitespace, U+00A0, U+2000..U+200B, U+3000, U+FEFF;
 * stray non-ASCII bytes too, which may decode as part of one). So any other ASCII byte, or a
 * lead byte E4..E9 (U+4000..U+9FFF, the CJK text of almost every row; never a continuation
 * byte, and decoded alone it is U+FFFD), proves the line is none. */
static bool may_be_in_delimiter_row(unsigned char b) {
  if (b >= 0x80)
    return b < 0xE4 || b > 0xE9;
  return b == '|' || b == ':' || b == '-' || b == ' ' || b == '\t' || b == '\n' || b == '\r' ||
         b == '\f' || b == '\v';
}

bool nb_tok_is_delimiter_row(const char *s, nb_span line) {
  /* This runs on every line of a block that may be a pipe table, and on every row it reads:
   * reject content rows on their first text byte before splitting them into segments. */
  for (size_t i = line.start; i < line.end; i++)
    if (!may_be_in_delimiter_row((unsigned char)s[i]))
      return false;
  if (!nb_tok_has_unescaped_pipe(s, line))
    return false;
  nb_span inner = inner_of(s, line);
  if (inner.start >= inner.end)
    return false;
  bool ok = true;
  for_each_segment(s, inner, check_delimiter, &ok);
  return ok;
}

/* Length of a <br>, <br/> or <br /> tag at s[i], or 0. */
static size_t br_len(const char *s, size_t i, size_t end) {
  if (end - i < 4 || s[i] != '<' || strncasecmp(s + i + 1, "br", 2) != 0)
    return 0;
  size_t k = i + 3;
  while (k < end && (s[k] == ' ' || s[k] == '/'))
    k++;
  return k < end && s[k] == '>' ? k + 1 - i : 0;
}

/* Unescapes "\|" and drops "<br>"; NULL when the source bytes are already the text. */
static char *clean_cell(const char *s, nb_span seg) {
  bool needed = false;
  for (size_t i = seg.start; i < seg.end && !needed; i++) {
    /* Both patterns start with '\\' or '<': every other byte (nearly all) costs one test. */
    if (s[i] != '\\' && s[i] != '<')
      continue;
    needed = (s[i] == '\\' && i + 1 < seg.end && s[i + 1] == '|') || br_len(s, i, seg.end);
  }
  if (!needed)
    return NULL;
  char *out = nb_xmalloc(seg.end - seg.start + 1);
  size_t o = 0;
  for (size_t i = seg.start; i < seg.end;) {
    size_t br = br_len(s, i, seg.end);
    if (br) {
      i += br;
    } else if (s[i] == '\\' && i + 1 < seg.end && s[i + 1] == '|') {
      out[o++] = '|';
      i += 2;
    } else {
      out[o++] = s[i++];
    }
  }
  size_t a = 0, b = o;
  nb_trim_span(out, &a, &b);
  memmove(out, out + a, b - a);
  out[b - a] = '\0';
  return out;
}

static void add_pipe_cell(const char *s, nb_span seg, int index, void *ctx) {
  nb_tok_add_cell((nb_obs_row *)ctx, seg, clean_cell(s, seg), index);
}

void nb_tok_pipe_row(const nb_stream *s, int item, int table_index, nb_obs_table *out) {
  nb_span line = s->items[item].span;
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_PIPE, true, table_index, out);
  if (nb_tok_is_delimiter_row(s->text, line)) {
    row->delimiter_row = true;
    return;
  }
  for_each_segment(s->text, inner_of(s->text, line), add_pipe_cell, row);
}

typedef struct {
  nb_span *cells;
  int max;
} cell_spans;

static void add_cell_span(const char *s, nb_span seg, int index, void *ctx) {
  (void)s;
  cell_spans *out = ctx;
  if (index < out->max)
    out->cells[index] = seg;
}

int nb_pipe_row_cells(const char *s, nb_span line, nb_span *cells, int max) {
  cell_spans out = {cells, max};
  return for_each_segment(s, inner_of(s, line), add_cell_span, &out);
}
