#include "markdown.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cmark-gfm/node.h>
#include <cmark-gfm/parser.h>
#include <cmark-gfm/syntax_extension.h>

#include "../core/xalloc.h"
#include "../layout/build.h"
#include "../layout/sections.h"
#include "arena.h"
#include "cmark_input.h"
#include "extension.h"
#include "pipe_table.h"
#include "plain_blocks.h"
#include "source_lines.h"
#include "stream_from_cmark.h"

/* The past-the-end of the line starting at `at`: after its "\n", "\r\n" or lone "\r" (the line
 * ends cmark-gfm knows), or the end of the text. */
static size_t line_end(const char *text, size_t len, size_t at) {
  for (size_t i = at; i < len; i++) {
    if (text[i] == '\n')
      return i + 1;
    if (text[i] == '\r')
      return i + 1 < len && text[i + 1] == '\n' ? i + 2 : i + 1;
  }
  return len;
}

/* Hands cmark the whole lines [from, to) of text, pipes of runaway rows masked (cmark_input.h).
 * cmark copies what it is fed, so the copy goes at once. */
static void feed(cmark_parser *parser, const char *text, size_t from, size_t to) {
  char *copy = nb_cmark_input(text, from, to);
  cmark_parser_feed(parser, copy ? copy : text + from, to - from);
  free(copy);
}

/* The model reads a block's lines, never its inlines: cmark-gfm parses the inlines of every
 * paragraph and heading that no extension claims, a node or two per line and per emphasis,
 * many times the text. Given to those blocks just before the parse finishes, this extension
 * says they have none. */
static int has_no_inlines(cmark_syntax_extension *self, cmark_node *node) {
  (void)self;
  (void)node;
  return 0;
}

static cmark_syntax_extension *no_inlines;

static void create_no_inlines(void) {
  no_inlines = cmark_syntax_extension_new("nianbao_no_inlines");
  cmark_syntax_extension_set_contains_inlines_func(no_inlines, has_no_inlines);
}

static void skip_inlines(cmark_node *root) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, create_no_inlines);
  cmark_iter *it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node *node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && !node->extension &&
        (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING))
      node->extension = no_inlines;
  }
  cmark_iter_free(it);
}

/* A report is parsed in pieces of about this size, each with its own parser and arena, so that
 * the tree of a large text (cmark-gfm keeps every paragraph's text, then parses its inlines,
 * about 2.3 times the input in all) is never held whole: memory stays this times a few. */
enum { PIECE_BYTES = 1 << 20 };

/* Parses the text from `start` (the start of a line, after `lines_before` lines) into the stream,
 * up to a line where every block is closed, piece_bytes on or at the end; returns where it
 * stopped. There the next line begins a new block at the top level whatever came before, as it
 * does at the start of a text (cmark-gfm's tree ties a block to nothing before it: link
 * definitions matter to inlines only), so a fresh parser reads the rest as the one would have.
 * A line that starts with a byte-order mark is never the first of a piece: cmark-gfm skips the
 * mark on a text's first line. */
static size_t parse_piece(const char *text, size_t len, size_t start, int lines_before,
                          size_t piece_bytes, cmark_syntax_extension *nianbao,
                          nb_stream_walker *walker) {
  if (piece_bytes < 1)
    piece_bytes = 1;
  nb_arena arena;
  nb_arena_enter(&arena, len - start < piece_bytes ? len - start : piece_bytes);
  cmark_mem *mem = NB_ARENA_CHECKED ? cmark_get_default_mem_allocator() : nb_arena_allocator();
  cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, mem);
  /* Attached before the pipe tables: the table extension claims every paragraph continuation
   * line it is offered, so a heading inside a paragraph must be seen first. */
  cmark_parser_attach_syntax_extension(parser, nianbao);
  /* Pipe tables become one block, where GFM's table extension would open one, but without its
   * rows and cells: the stream takes the block's raw lines (pipe_table.h). */
  cmark_parser_attach_syntax_extension(parser, nb_pipe_table_extension());
  size_t end = len - start <= piece_bytes ? len : line_end(text, len, start + piece_bytes - 1);
  feed(parser, text, start, end);
  while (end < len && (parser->current != parser->root ||
                       (len - end >= 3 && memcmp(text + end, "\xEF\xBB\xBF", 3) == 0))) {
    size_t next = line_end(text, len, end);
    feed(parser, text, end, next);
    end = next;
  }
  skip_inlines(parser->root);
  cmark_node *doc = cmark_parser_finish(parser);
  nb_stream_walk(walker, doc, lines_before);
  if (NB_ARENA_CHECKED) {
    cmark_node_free(doc);
    cmark_parser_free(parser);
  }
  nb_arena_leave(&arena); /* the parser and the tree */
  return end;
}

void nb_markdown_build(const char *text, size_t len, nb_report *out) {
  nb_markdown_build_pieces(text, len, PIECE_BYTES, out);
}

static void build(const char *text, size_t len, size_t piece_bytes, bool read_plain,
                  nb_report *out);

void nb_markdown_build_pieces(const char *text, size_t len, size_t piece_bytes, nb_report *out) {
  build(text, len, piece_bytes, true, out);
}

/* The line after the first blank line from `line` on (nlines + 1 for none). */
static int after_next_blank(const nb_line_index *lines, int line) {
  while (line <= lines->nlines && !nb_plain_line_blank(lines, line))
    line++;
  return line + 1;
}

/* Reads the text block by block: what plain lines decide (plain_blocks.h) without cmark-gfm,
 * the rest with it, from the start of the block plain reading could not decide to a line where
 * cmark-gfm has closed every block again, at least past the first blank line after the line
 * that was not plain (about where a Markdown block ends). A text of plain lines creates no
 * parser at all. */
static void read_blocks(const char *text, size_t len, size_t piece_bytes,
                        cmark_syntax_extension *nianbao, const nb_line_index *lines,
                        nb_stream_walker *walker) {
  nb_plain_reader reader = {.lines = lines, .nianbao = nianbao};
  int resume = 1; /* the first line no block holds yet (blank lines may lie before `line`) */
  for (int line = 1; line <= lines->nlines;) {
    nb_plain_block blocks[2];
    int next, undecided;
    int n = nb_plain_read(&reader, line, blocks, &next, &undecided);
    for (int i = 0; i < n; i++)
      nb_stream_walker_push_block(walker, blocks[i].kind, blocks[i].level, blocks[i].first,
                                  blocks[i].last);
    if (n < 0) {
      size_t start = nb_source_line_start(lines, resume);
      int stop = after_next_blank(lines, undecided + 1);
      size_t stretch = (stop <= lines->nlines ? nb_source_line_start(lines, stop) : len) - start;
      size_t end = parse_piece(text, len, start, resume - 1,
                               stretch < piece_bytes ? stretch : piece_bytes, nianbao, walker);
      if (end >= len)
        return;
      next = nb_source_line_of(lines, end);
    }
    line = resume = next;
  }
}

static void build(const char *text, size_t len, size_t piece_bytes, bool read_plain,
                  nb_report *out) {
  cmark_gfm_core_extensions_ensure_registered();
  /* `out` comes nb_report_init'ed with the text (markdown.h): its tables are set up already. */
  nb_line_index lines;
  nb_line_index_build(&lines, text, len);
  /* The walk pushes at most an item a line: room for them all at once, where the list grew by
   * doubling, copied at each step. */
  nb_grow((void **)&out->stream.items, &out->stream.cap, lines.nlines, sizeof *out->stream.items);
  nb_stream_walker walker;
  nb_stream_walker_init(&walker, &lines, &out->stream);
  /* The nianbao extension without a source only marks headings: the model is built here, from
   * the stream of every piece. */
  cmark_syntax_extension *nianbao = create_nianbao_extension();
  nianbao_extension_remember_headings(nianbao);
  /* cmark-gfm reads a NUL as U+FFFD, which plain reading does not: such a text is all its. */
  if (read_plain && !memchr(text, '\0', len)) {
    read_blocks(text, len, piece_bytes, nianbao, &lines, &walker);
  } else {
    for (size_t start = 0; start < len;)
      start = parse_piece(text, len, start, nb_source_line_of(&lines, start) - 1, piece_bytes,
                          nianbao, &walker);
  }
  nb_sections_adopt_memo(out, nianbao_extension_take_heading_memo(nianbao));
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), nianbao);
  nb_line_index_free(&lines);
  nb_build_report(out);
}

void nb_markdown_build_cmark_only(const char *text, size_t len, size_t piece_bytes,
                                  nb_report *out) {
  build(text, len, piece_bytes, false, out);
}
