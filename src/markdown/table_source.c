#include "table_source.h"

#include <stdlib.h>
#include <string.h>

#include "../core/canonical.h"
#include "../core/text.h"
#include "../core/xalloc.h"

typedef struct {
  size_t start; /* offset of used[0] in the text */
  size_t len;
  bool *used;
} byte_marks;

static void mark(byte_marks *m, nb_span s) {
  size_t a = s.start > m->start ? s.start : m->start;
  size_t b = s.end < m->start + m->len ? s.end : m->start + m->len;
  for (size_t i = a; i < b; i++)
    m->used[i - m->start] = true;
}

/* Every byte the reader took from the source for this table. */
static void mark_table(byte_marks *m, const nb_table *t) {
  for (int i = 0; t->rows && i < t->spec->nrows; i++) {
    const nb_row *row = &t->rows[i];
    mark(m, row->label);
    for (int c = 0; c < row->ncells; c++) {
      mark(m, row->cells[c].span);
      mark(m, row->cells[c].note);
    }
  }
  for (int h = 0; h < t->nheaders; h++)
    mark(m, t->headers[h].span);
  for (int k = 0; k < t->nruns; k++)
    mark(m, t->runs[k].span);
}

/* Length of the HTML tag ("<td colspan=2>", "</tr>") or entity ("&nbsp;") at s[0], or 0. A
 * comment is never layout: it is the author's. A tag is looked for within MAX_TAG bytes, so
 * that a line of '<' is read in linear time; a longer one reads as text, and keeps its table
 * as written. */
enum { MAX_TAG = 512 };

static size_t markup_length(const char *s, size_t n) {
  if (n > MAX_TAG)
    n = MAX_TAG;
  if (s[0] == '<' && n > 1 &&
      (s[1] == '/' || (s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z'))) {
    const char *close = memchr(s, '>', n);
    const char *reopen = memchr(s + 1, '<', n - 1);
    if (close && (!reopen || reopen > close))
      return (size_t)(close - s) + 1;
    return 0;
  }
  if (s[0] == '&') {
    size_t i = 1;
    while (i < n && i < 12 &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            (s[i] >= '0' && s[i] <= '9') || s[i] == '#'))
      i++;
    return i > 1 && i < n && s[i] == ';' ? i + 1 : 0;
  }
  return 0;
}

/* Characters that draw a table rather than say something: white space, the pipe table's
 * pipes, dashes, colons, emphasis marks, and box-drawing lines. */
static bool is_layout_char(uint32_t cp) {
  switch (cp) {
  case ' ':
  case '\t':
  case '\n':
  case '\r':
  case '\f':
  case '\v':
  case '|':
  case '-':
  case ':':
  case '+':
  case '=':
  case '*':
  case '_':
  case '\\':
  case 0x00A0: /* no-break space */
  case 0x3000: /* ideographic space */
    return true;
  default:
    return cp >= 0x2500 && cp <= 0x257F;
  }
}

static bool has_non_ascii(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s >= 0x80)
      return true;
  return false;
}

typedef enum { LINE_LAYOUT, LINE_TABLE, LINE_FOREIGN, LINE_MIXED } line_kind;

static bool ends_word(const char *text, const byte_marks *m, size_t i, size_t b) {
  if (m->used[i - m->start] || markup_length(text + i, b - i))
    return true;
  size_t next = i;
  return is_layout_char(nb_utf8_next(text, b, &next));
}

/* The canonical table's cells, each normalised: what fmt writes in place of the source. */
typedef struct {
  char **cells;
  int count;
  int cap;
} cell_texts;

static cell_texts canonical_cells(const nb_report *r, const nb_table *t) {
  cell_texts c = {0};
  nb_textbuf table = {0};
  nb_canonical_table(r, t, &table);
  for (size_t at = 0; at < table.len;) {
    size_t end = at;
    while (end < table.len && table.data[end] != '|' && table.data[end] != '\n')
      end++;
    char *norm = nb_normalize_label(table.data + at, end - at);
    if (norm[0]) {
      nb_grow((void **)&c.cells, &c.cap, c.count + 1, sizeof *c.cells);
      c.cells[c.count++] = norm;
    } else {
      free(norm);
    }
    at = end + 1;
  }
  nb_textbuf_free(&table);
  return c;
}

static void cell_texts_free(cell_texts *c) {
  for (int i = 0; i < c->count; i++)
    free(c->cells[i]);
  free(c->cells);
}

/* Length of what the canonical table says at the start of w: a whole cell ("行政复议") or a
 * corner word ("类别") — *named is then set — or a numbering in brackets ("(一)") or a
 * bracket; the longest such, 0 when there is none. */
static size_t piece_length(const cell_texts *c, const char *w, bool *named) {
  size_t best = 0;
  for (int i = 0; i < c->count; i++) {
    size_t n = strlen(c->cells[i]);
    if (n > best && strncmp(w, c->cells[i], n) == 0)
      best = n;
  }
  for (int i = 0; nb_header_corner_words[i]; i++) {
    const char *corner = nb_normalized_static(nb_header_corner_words[i]);
    size_t n = strlen(corner);
    if (n > best && strncmp(w, corner, n) == 0)
      best = n;
  }
  *named = *named || best > 0;
  if (best == 0 && w[0] == '(') {
    size_t numeral = 0;
    if (nb_parse_cn_numeral(w + 1, strlen(w + 1), &numeral) && w[1 + numeral] == ')')
      best = numeral + 2;
  }
  if (best == 0 && (w[0] == '(' || w[0] == ')'))
    best = 1;
  return best;
}

/* Whether the canonical table says the word `norm` (normalised) again: it is part of one of its
 * cells — a label a layout broke in two ("商业" of 商业企业) — or it is made of its cells whole,
 * with their numbering and brackets: labels run together in text that lost its separators
 * ("第二十条第(六)项信息内容", "行政复议结果维持"), a group written as a caption ("(一)行政复议",
 * "行政诉讼(复议后起诉)"), a corner word. A word that is not, such as the label of a row the
 * reader did not find, is the author's and stays. Labels are Chinese: a word of digits and ASCII
 * ("2", a page number) is the author's even when a label holds it. */
static bool table_word(const cell_texts *c, const char *norm) {
  if (!has_non_ascii(norm))
    return false;
  for (int i = 0; i < c->count; i++)
    if (strstr(c->cells[i], norm))
      return true;
  bool named = false;
  for (const char *w = norm; *w;) {
    size_t n = piece_length(c, w, &named);
    if (n == 0)
      return false;
    w += n;
  }
  return named;
}

static line_kind classify(const char *text, const cell_texts *canonical, const byte_marks *m,
                          size_t a, size_t b) {
  bool table = false, foreign = false;
  for (size_t i = a; i < b;) {
    if (m->used[i - m->start]) {
      table = true;
      i++;
      continue;
    }
    size_t tag = markup_length(text + i, b - i);
    if (tag) {
      i += tag;
      continue;
    }
    size_t next = i;
    if (is_layout_char(nb_utf8_next(text, b, &next))) {
      i = next;
      continue;
    }
    /* A word: up to the next layout character, tag or byte the reader used. */
    size_t end = next;
    while (end < b && !ends_word(text, m, end, b))
      nb_utf8_next(text, b, &end);
    char *norm = nb_normalize_label(text + i, end - i);
    if (table_word(canonical, norm))
      table = true;
    else
      foreign = true; /* "#" normalises to nothing, and is still the author's */
    free(norm);
    i = end;
  }
  if (table)
    return foreign ? LINE_MIXED : LINE_TABLE;
  return foreign ? LINE_FOREIGN : LINE_LAYOUT;
}

/* The pipe cells of [a, b), trimmed, in order; false when there are more than `max`. */
static int pipe_cells(const char *text, size_t a, size_t b, nb_span *cells, int max) {
  while (a < b && (text[b - 1] == '\n' || text[b - 1] == '\r'))
    b--;
  nb_trim_span(text, &a, &b);
  if (a < b && text[a] == '|')
    a++;
  if (b > a && text[b - 1] == '|')
    b--;
  int n = 0;
  for (size_t from = a; from <= b && n <= max;) {
    const char *bar = memchr(text + from, '|', b - from);
    size_t to = bar ? (size_t)(bar - text) : b;
    size_t s = from, e = to;
    nb_trim_span(text, &s, &e);
    if (n < max)
      cells[n] = nb_span_make(s, e);
    n++;
    from = to + 1;
  }
  return n <= max ? n : -1;
}

static bool delimiter_row(const char *text, size_t a, size_t b) {
  bool dash = false;
  for (size_t i = a; i < b; i++) {
    if (text[i] == '-')
      dash = true;
    else if (!strchr("|: \t\r\n", text[i]))
      return false;
  }
  return dash;
}

/* A converter's header row "| 数据1 | 数据2 | … |" above a delimiter row: every cell the same
 * word followed by its column number. It names no column; the canonical header replaces it. */
static bool numbered_header_row(const char *text, size_t a, size_t b, size_t next_end) {
  enum { MAX_CELLS = 64 };
  nb_span cells[MAX_CELLS];
  int n = pipe_cells(text, a, b, cells, MAX_CELLS);
  if (n < 2 || !delimiter_row(text, b, next_end))
    return false;
  size_t prefix = 0;
  for (int c = 0; c < n; c++) {
    size_t s = cells[c].start, e = cells[c].end, d = e;
    while (d > s && text[d - 1] >= '0' && text[d - 1] <= '9')
      d--;
    if (d == s || d == e || e - d > 2 ||
        (c > 0 && (d - s != prefix || memcmp(text + s, text + cells[0].start, prefix))))
      return false;
    prefix = d - s;
    int number = 0;
    for (size_t i = d; i < e; i++)
      number = number * 10 + (text[i] - '0');
    if (number != c + 1)
      return false;
  }
  return true;
}

bool nb_table_source_split(const nb_report *r, const nb_table *t, const nb_line_index *ix,
                           nb_span lines, nb_carried_lines *carried) {
  byte_marks m = {lines.start, lines.end - lines.start, NULL};
  m.used = nb_xcalloc(m.len + 1, sizeof *m.used);
  mark_table(&m, t);
  cell_texts canonical = canonical_cells(r, t);
  nb_position first = nb_position_of(ix, lines.start, NB_COLUMNS_UTF8);
  bool ok = true;
  for (int line = first.line; line < ix->nlines && ix->line_starts[line] < lines.end; line++) {
    /* The region may start or end inside a line (a table run into prose). */
    size_t a = ix->line_starts[line] > lines.start ? ix->line_starts[line] : lines.start;
    size_t b = line + 1 < ix->nlines ? ix->line_starts[line + 1] : ix->len;
    if (b > lines.end)
      b = lines.end;
    size_t next_end = line + 2 < ix->nlines ? ix->line_starts[line + 2] : ix->len;
    line_kind kind = numbered_header_row(r->text, a, b, next_end)
                         ? LINE_LAYOUT
                         : classify(r->text, &canonical, &m, a, b);
    if (kind == LINE_MIXED) {
      ok = false;
      break;
    }
    if (kind == LINE_FOREIGN) {
      nb_grow((void **)&carried->lines, &carried->cap, carried->count + 1, sizeof *carried->lines);
      carried->lines[carried->count++] = nb_span_make(a, b);
    }
  }
  free(m.used);
  cell_texts_free(&canonical);
  if (!ok)
    carried->count = 0;
  return ok;
}

void nb_carried_lines_free(nb_carried_lines *c) {
  free(c->lines);
  memset(c, 0, sizeof *c);
}
