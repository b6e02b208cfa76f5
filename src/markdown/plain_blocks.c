#include "plain_blocks.h"

#include <string.h>

#include "../core/text.h"
#include "extension.h"

enum {
  LINE_BLANK,    /* spaces and tabs only */
  LINE_INDENTED, /* not blank, indented 4 columns or more */
  LINE_PLAIN,    /* indented less, its first character opens no block */
  LINE_ATX,      /* indented less, an ATX heading: 1 to 6 '#' then a space, a tab or the end */
  LINE_MARKUP,   /* anything else: left to cmark-gfm */
};

typedef nb_plain_line line_read;

static size_t strspn_in(const char *s, size_t i, size_t end, char c);

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/* Whether s[i] is a space character to cmark-gfm after a list marker or an ATX heading's hashes,
 * or the line's end (\v and \f too, to be safe). */
static bool space_or_end(const char *s, size_t i, size_t end) {
  return i >= end || s[i] == ' ' || s[i] == '\t' || s[i] == '\v' || s[i] == '\f';
}

/* Whether s[i, end) holds only bytes of `set` (and is not empty). */
static bool only_of(const char *s, size_t i, size_t end, const char *set) {
  if (i >= end)
    return false;
  for (; i < end; i++)
    if (!strchr(set, s[i]) || s[i] == '\0')
      return false;
  return true;
}

/* The characters of a pipe table's delimiter row (pipe_table.c: pipes, colons, dashes and
 * [ \t\v\f]): a line made of them only may be one, under a paragraph's last line. Setext
 * underlines and thematic breaks of '-' are such lines too. */
static const char delimiter_row_bytes[] = "|:- \t\v\f";

/* A run of digits then '.' or ')' then white space or the line's end: an ordered list item's
 * marker (cmark-gfm takes up to nine digits; any run is left to it). "1.属于" and "25.36" open
 * none. */
static bool opens_ordered_item(const char *s, size_t i, size_t end) {
  while (i < end && is_digit(s[i]))
    i++;
  return i < end && (s[i] == '.' || s[i] == ')') && space_or_end(s, i + 1, end);
}

/* Whether a line whose first character (s[first], ASCII, indented less than 4 columns) is
 * punctuation or a control character may open a block or change one, in cmark-gfm's blocks.c or
 * the extensions (the nianbao hook is asked separately):
 *   >  block quote;  <  HTML block;  [  link reference or footnote definition;  |  table row
 *   #  ATX heading: hashes then white space or the end
 *   ` ~  code fence: three of them (two looked at)
 *   - + *  bullet item: the mark then white space or the end
 *   - * _  thematic break, = -  setext underline: the mark, spaces and tabs only
 *   - : \v \f  a pipe table's delimiter row (its grammar takes \v and \f for space)
 * Any other printable character opens nothing; a control character other than \v and \f is
 * left to cmark-gfm. */
static bool may_open_block(const char *s, size_t first, size_t end) {
  char c = s[first];
  switch (c) {
  case '>':
  case '<':
  case '[':
  case '|':
    return true;
  case '#': /* an ATX heading is read (atx_level); more than six hashes are left to cmark-gfm */
    return space_or_end(s, first + strspn_in(s, first, end, '#'), end);
  case '`':
  case '~':
    return first + 1 < end && s[first + 1] == c;
  case '+':
    return space_or_end(s, first + 1, end);
  case '*':
    return space_or_end(s, first + 1, end) || only_of(s, first, end, "* \t");
  case '_':
    return only_of(s, first, end, "_ \t");
  case '=':
    return only_of(s, first, end, "= \t");
  case '-':
    return space_or_end(s, first + 1, end) || only_of(s, first, end, delimiter_row_bytes);
  case ':':
  case '\v':
  case '\f':
    return only_of(s, first, end, delimiter_row_bytes);
  default:
    return !(c > ' ' && c < 0x7F);
  }
}

/* The length of the run of `c` at s[i, end). */
static size_t strspn_in(const char *s, size_t i, size_t end, char c) {
  size_t k = i;
  while (k < end && s[k] == c)
    k++;
  return k - i;
}

/* The level of the ATX heading at s[first] ('#'), 0 for none: cmark-gfm's scan_atx_heading_start,
 * [#]{1,6} then [ \t]+ or the line break. */
static int atx_level(const char *s, size_t first, size_t end) {
  size_t run = strspn_in(s, first, end, '#');
  size_t after = first + run;
  return run <= 6 && (after == end || s[after] == ' ' || s[after] == '\t') ? (int)run : 0;
}

static bool starts_with_bom(const char *s, size_t start, size_t end) {
  return end - start >= 3 && memcmp(s + start, "\xEF\xBB\xBF", 3) == 0;
}

/* The shape of a line indented less than 4 columns, by its first character. A byte-order mark
 * opening a line is markup: a parser that starts there (a text's first line, or a new piece's)
 * skips it, one that reads on does not. */
static int shape_of_first(const char *s, size_t start, size_t first, size_t end) {
  unsigned char c = (unsigned char)s[first];
  if (c >= 0x80)
    return first == start && starts_with_bom(s, start, end) ? LINE_MARKUP : LINE_PLAIN;
  if (is_digit((char)c))
    return opens_ordered_item(s, first, end) ? LINE_MARKUP : LINE_PLAIN;
  return may_open_block(s, first, end) ? LINE_MARKUP : LINE_PLAIN;
}

/* The indentation of s[start, first) in columns, tab stops of 4 (cmark-gfm's). */
static size_t columns_to(const char *s, size_t start, size_t first) {
  size_t columns = 0;
  for (size_t i = start; i < first; i++)
    columns = s[i] == '\t' ? columns + 4 - columns % 4 : columns + 1;
  return columns;
}

static line_read read_line(const nb_line_index *ix, int line) {
  const char *s = ix->text;
  size_t start = ix->line_starts[line - 1];
  size_t end = ix->len;
  if (line < ix->nlines) {
    /* Before the line's break: "\n", "\r\n" or a lone "\r" (the last line has none). */
    end = ix->line_starts[line] - 1;
    end -= end > start && s[end] == '\n' && s[end - 1] == '\r';
  }
  line_read r = {.end = end};
  /* pdftotext indents with dozens of spaces, rarely with a tab. */
  size_t i = nb_skip_ascii_spaces(s, start, end);
  size_t columns = i - start;
  if (i < end && s[i] == '\t') {
    while (i < end && (s[i] == ' ' || s[i] == '\t'))
      i++;
    columns = columns_to(s, start, i);
  }
  r.first = i;
  if (i == end)
    r.shape = LINE_BLANK;
  else if (columns >= 4)
    r.shape = LINE_INDENTED;
  else if (s[i] == '#' && (r.level = atx_level(s, i, end)) > 0)
    r.shape = LINE_ATX;
  else
    r.shape = shape_of_first(s, start, i, end);
  return r;
}

bool nb_plain_line_blank(const nb_line_index *ix, int line) {
  return read_line(ix, line).shape == LINE_BLANK;
}

/* The line, read once: the line that ends a block (read to end it) opens the next. */
static line_read reader_line(nb_plain_reader *r, int line) {
  if (r->last.line != line) {
    r->last = read_line(r->lines, line);
    r->last.line = line;
  }
  return r->last;
}

/* Whether the hook reads the line as a section heading (it is offered every line that opens
 * no other block, and every line of a paragraph indented or not). */
static bool is_heading(const nb_plain_reader *r, const line_read *l) {
  return nianbao_extension_reads_heading(r->nianbao, r->lines->text + l->first, l->end - l->first);
}

/* Whether the line after a section heading ends it: anything but a setext underline (markup)
 * does. */
static bool ends_heading(nb_plain_reader *r, int next) {
  return next > r->lines->nlines || reader_line(r, next).shape != LINE_MARKUP;
}

static nb_plain_block block(nb_walked_block kind, int first, int last) {
  return (nb_plain_block){.kind = kind, .first = first, .last = last};
}

static bool line_starts_with_bom(const nb_line_index *ix, int line) {
  return starts_with_bom(ix->text, ix->line_starts[line - 1], ix->len);
}

/* A heading at `line` of `level` (0: the hook's), after the paragraph from `para` when
 * para < line. The hook's heading ends at the next line unless that one is markup (a setext
 * underline makes it a heading of CommonMark's); an ATX heading ends at its line whatever
 * follows. Either way the next line must not start with a byte-order mark. */
static int read_heading(nb_plain_reader *r, int para, int line, int level, nb_plain_block out[2],
                        int *next, int *undecided) {
  bool ends = level ? line >= r->lines->nlines || !line_starts_with_bom(r->lines, line + 1)
                    : ends_heading(r, line + 1);
  if (!ends) {
    *undecided = line + 1;
    return -1;
  }
  int n = 0;
  if (para < line)
    out[n++] = block(NB_WALKED_LINES, para, line - 1);
  out[n] = block(NB_WALKED_HEADING, line, line);
  out[n++].level = level;
  *next = line + 1;
  return n;
}

/* An indented code block: over blank lines and lines indented 4 columns or more, up to the
 * first other line, whatever it holds (a parser starting there reads it as one that read the
 * block would), unless that line starts with a byte-order mark. */
static int read_code(nb_plain_reader *r, int line, nb_plain_block out[2], int *next,
                     int *undecided) {
  const nb_line_index *ix = r->lines;
  int m = line + 1;
  for (; m <= ix->nlines; m++) {
    int shape = reader_line(r, m).shape;
    if (shape != LINE_BLANK && shape != LINE_INDENTED)
      break;
  }
  if (m <= ix->nlines && line_starts_with_bom(ix, m)) {
    *undecided = m;
    return -1;
  }
  out[0] = block(NB_WALKED_LINES, line, m - 1);
  *next = m;
  return 1;
}

/* A paragraph from `line`, up to a blank line or the end, or a heading that interrupts it. */
static int read_paragraph(nb_plain_reader *r, int line, nb_plain_block out[2], int *next,
                          int *undecided) {
  const nb_line_index *ix = r->lines;
  int m = line + 1;
  for (; m <= ix->nlines; m++) {
    line_read l = reader_line(r, m);
    if (l.shape == LINE_BLANK)
      break;
    if (l.shape == LINE_MARKUP) {
      *undecided = m;
      return -1;
    }
    if (l.shape == LINE_ATX)
      return read_heading(r, line, m, l.level, out, next, undecided);
    if (is_heading(r, &l))
      return read_heading(r, line, m, 0, out, next, undecided);
  }
  out[0] = block(NB_WALKED_LINES, line, m - 1);
  *next = m;
  return 1;
}

int nb_plain_read(nb_plain_reader *r, int line, nb_plain_block out[2], int *next, int *undecided) {
  const nb_line_index *ix = r->lines;
  line_read l = {.shape = LINE_BLANK};
  while (line <= ix->nlines && (l = reader_line(r, line)).shape == LINE_BLANK)
    line++;
  if (line > ix->nlines) {
    *next = line;
    return 0;
  }
  switch (l.shape) {
  case LINE_INDENTED:
    return read_code(r, line, out, next, undecided);
  case LINE_ATX:
    return read_heading(r, line, line, l.level, out, next, undecided);
  case LINE_PLAIN:
    if (is_heading(r, &l))
      return read_heading(r, line, line, 0, out, next, undecided);
    return read_paragraph(r, line, out, next, undecided);
  default:
    *undecided = line;
    return -1;
  }
}
