#include "pipe_table.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm/node.h>

cmark_node_type NIANBAO_NODE_PIPE_TABLE;

/* ---------------------------------------------------------------- GFM's row grammar
 *
 * The table extension's scanners, as its regular expressions define them:
 *   spacechar  [ \t\v\f]          newline  \r?\n
 *   cell       a run of anything but '|', '\r' and '\n', where "\|" (an escaped pipe) counts as
 *              text: a pipe belongs to a cell exactly when a backslash stands right before it
 *   cell end   '|' spacechar*
 *   row end    spacechar* newline
 *   delimiter  '|'? marker ('|' marker)* '|'? spacechar* newline,
 *              marker = spacechar* ':'? '-'+ ':'? spacechar*
 * Each scans s[at, len) and returns the length it matched, 0 for none (and at the end). */

static bool is_spacechar(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

static int scan_cell(const unsigned char *s, int len, int at) {
  int i = at;
  while (i < len && s[i] != '\r' && s[i] != '\n' && (s[i] != '|' || (i > at && s[i - 1] == '\\')))
    i++;
  return i - at;
}

static int scan_cell_end(const unsigned char *s, int len, int at) {
  if (at >= len || s[at] != '|')
    return 0;
  int i = at + 1;
  while (i < len && is_spacechar(s[i]))
    i++;
  return i - at;
}

static int scan_newline(const unsigned char *s, int len, int i) {
  if (i < len && s[i] == '\n')
    return 1;
  if (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n')
    return 2;
  return 0;
}

static int scan_row_end(const unsigned char *s, int len, int at) {
  if (at >= len)
    return 0;
  int i = at;
  while (i < len && is_spacechar(s[i]))
    i++;
  int nl = scan_newline(s, len, i);
  return nl ? i + nl - at : 0;
}

/* One marker at *i; false when there is none. */
static bool scan_marker(const unsigned char *s, int len, int *i) {
  int k = *i;
  while (k < len && is_spacechar(s[k]))
    k++;
  if (k < len && s[k] == ':')
    k++;
  int dashes = k;
  while (k < len && s[k] == '-')
    k++;
  if (k == dashes)
    return false;
  if (k < len && s[k] == ':')
    k++;
  while (k < len && is_spacechar(s[k]))
    k++;
  *i = k;
  return true;
}

static bool is_delimiter_row(const unsigned char *s, int len) {
  int i = 0;
  if (i < len && s[i] == '|')
    i++;
  if (!scan_marker(s, len, &i))
    return false;
  for (;;) {
    if (scan_newline(s, len, i))
      return true;
    if (i >= len || s[i] != '|')
      return false;
    i++; /* a pipe: before another marker, or the optional last one */
    int after = i;
    while (after < len && is_spacechar(s[after]))
      after++;
    if (scan_newline(s, len, after))
      return true;
    if (!scan_marker(s, len, &i))
      return false;
  }
}

typedef struct {
  int columns;
  /* Where the last line starts when the text has several: the lines before it are the
   * paragraph the table's header row ends. 0 for one line. */
  int paragraph_offset;
} row_shape;

/* The table extension's reading of a row (its row_from_string): false when s is not one.
 * Given a whole paragraph, the row is its last line. */
static bool read_row(const unsigned char *s, int len, row_shape *out) {
  int offset = scan_cell_end(s, len, 0);
  int columns = 0, paragraph_offset = 0;
  bool more = true;
  while (offset < len && more) {
    int cell = scan_cell(s, len, offset);
    int pipe = scan_cell_end(s, len, offset + cell);
    if (cell || pipe)
      columns++;
    offset += cell + pipe;
    if (pipe)
      continue;
    int end = scan_row_end(s, len, offset);
    offset += end;
    if (end && offset != len) { /* a line break inside: the row starts again after it */
      paragraph_offset = offset;
      columns = 0;
      offset += scan_cell_end(s, len, offset);
    } else {
      more = false;
    }
  }
  if (offset != len || columns == 0)
    return false;
  out->columns = columns;
  out->paragraph_offset = paragraph_offset;
  return true;
}

/* ---------------------------------------------------------------- the block */

static void allocate_node_type(void) {
  NIANBAO_NODE_PIPE_TABLE = cmark_syntax_extension_add_node(0);
}

/* The rest of the line belongs to the table. */
static void consume_line(cmark_parser *parser, unsigned char *input, int len) {
  cmark_parser_advance_offset(parser, (const char *)input,
                              len - 1 - cmark_parser_get_offset(parser), 0);
}

/* A delimiter row under a paragraph whose last line is a row of as many cells turns the
 * paragraph into a table; lines before that last one become a paragraph of their own, placed
 * before the table (the table keeps the paragraph's first line as its own, as GFM's does). */
static cmark_node *try_opening_header(cmark_parser *parser, cmark_node *paragraph,
                                      unsigned char *input, int len) {
  int first = cmark_parser_get_first_nonspace(parser);
  if (first >= len || !is_delimiter_row(input + first, len - first))
    return paragraph;
  row_shape marker, header;
  if (!read_row(input + first, len - first, &marker))
    return paragraph;
  const char *text = cmark_node_get_string_content(paragraph);
  if (!read_row((const unsigned char *)text, (int)strlen(text), &header) ||
      header.columns != marker.columns)
    return paragraph;
  if (!cmark_node_set_type(paragraph, NIANBAO_NODE_PIPE_TABLE))
    return paragraph;
  if (header.paragraph_offset) {
    cmark_node *before = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, cmark_node_mem(paragraph));
    if (!cmark_node_insert_before(paragraph, before))
      cmark_node_mem(paragraph)->free(before);
  }
  cmark_node_set_syntax_extension(paragraph, nb_pipe_table_extension());
  consume_line(parser, input, len);
  return paragraph;
}

static cmark_node *try_opening(cmark_syntax_extension *self, int indented, cmark_parser *parser,
                               cmark_node *parent, unsigned char *input, int len) {
  (void)self;
  if (indented)
    return NULL;
  cmark_node_type type = cmark_node_get_type(parent);
  if (type == CMARK_NODE_PARAGRAPH)
    return try_opening_header(parser, parent, input, len);
  if (type == NIANBAO_NODE_PIPE_TABLE && !cmark_parser_is_blank(parser)) {
    consume_line(parser, input, len); /* one more row */
    return parent;
  }
  return NULL;
}

/* The table goes on while each line reads as a row. */
static int continues(cmark_syntax_extension *self, cmark_parser *parser, unsigned char *input,
                     int len, cmark_node *container) {
  (void)self;
  if (cmark_node_get_type(container) != NIANBAO_NODE_PIPE_TABLE)
    return 0;
  int first = cmark_parser_get_first_nonspace(parser);
  row_shape row;
  return first < len && read_row(input + first, len - first, &row);
}

static int can_contain(cmark_syntax_extension *self, cmark_node *node, cmark_node_type child) {
  (void)self;
  (void)node;
  (void)child;
  return 0;
}

static const char *type_string(cmark_syntax_extension *self, cmark_node *node) {
  (void)self;
  (void)node;
  return "nianbao_pipe_table";
}

static cmark_syntax_extension *extension;

static void create_extension(void) {
  allocate_node_type();
  extension = cmark_syntax_extension_new("nianbao_pipe_table");
  cmark_syntax_extension_set_open_block_func(extension, try_opening);
  cmark_syntax_extension_set_match_block_func(extension, continues);
  cmark_syntax_extension_set_can_contain_func(extension, can_contain);
  cmark_syntax_extension_set_get_type_string_func(extension, type_string);
}

cmark_syntax_extension *nb_pipe_table_extension(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, create_extension);
  return extension;
}
