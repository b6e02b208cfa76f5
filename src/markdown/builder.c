#include "markdown.h"

#include <pthread.h>
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
#include "extension.h"
#include "pipe_table.h"
#include "source_lines.h"
#include "stream_from_cmark.h"

/* cmark-gfm's table extension (0.29.0.gfm.6) appends every cell of a row by walking the row's
 * cell list from its head, so a row of n cells costs n^2: one line of 10^5 pipes kept `lint`
 * busy for minutes. No report table has more than a few dozen columns, so a line with more
 * pipes than this is handed to cmark with its pipes turned into '!' (the same number of bytes:
 * every line and offset stays where it is). cmark then sees a paragraph line; the model reads
 * the source text itself, so the table reader still sees the pipes. */
enum { MAX_PIPES_FOR_CMARK = 128 };

/* A copy of text with the pipes of overlong rows masked, or NULL when no line has too many.
 * Lines are looked at from their first pipe on, found by memchr over the whole text: most
 * lines (all of them in a report without pipe tables) have none. */
static char *mask_runaway_rows(const char *text, size_t len) {
  char *masked = NULL;
  const char *end_of_text = text + len;
  for (const char *first = memchr(text, '|', len); first;) {
    const char *nl = memchr(first, '\n', (size_t)(end_of_text - first));
    const char *end = nl ? nl : end_of_text;
    size_t pipes = 0; /* counted pipe by pipe: most rows have a few */
    for (const char *p = first;
         pipes <= MAX_PIPES_FOR_CMARK && (p = memchr(p, '|', (size_t)(end - p))); p++)
      pipes++;
    if (pipes > MAX_PIPES_FOR_CMARK) {
      if (!masked) {
        masked = nb_xmalloc(len);
        memcpy(masked, text, len);
      }
      for (size_t i = (size_t)(first - text); i < (size_t)(end - text); i++)
        if (masked[i] == '|')
          masked[i] = '!';
    }
    first = end < end_of_text ? memchr(end, '|', (size_t)(end_of_text - end)) : NULL;
  }
  return masked;
}

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

/* Hands cmark the whole lines [from, to) of text, pipes of runaway rows masked. cmark copies
 * what it is fed, so the masked copy goes at once. */
static void feed(cmark_parser *parser, const char *text, size_t from, size_t to) {
  char *masked = mask_runaway_rows(text + from, to - from);
  cmark_parser_feed(parser, masked ? masked : text + from, to - from);
  free(masked);
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

void nb_markdown_build_pieces(const char *text, size_t len, size_t piece_bytes, nb_report *out) {
  cmark_gfm_core_extensions_ensure_registered();
  /* `out` comes nb_report_init'ed with the text (markdown.h): its tables are set up already. */
  nb_line_index lines;
  nb_line_index_build(&lines, text, len);
  nb_stream_walker walker;
  nb_stream_walker_init(&walker, &lines, &out->stream);
  /* The nianbao extension without a source only marks headings: the model is built here, from
   * the stream of every piece. */
  cmark_syntax_extension *nianbao = create_nianbao_extension();
  nianbao_extension_remember_headings(nianbao);
  for (size_t start = 0; start < len;) {
    size_t end = parse_piece(text, len, start, nb_source_line_of(&lines, start) - 1, piece_bytes,
                             nianbao, &walker);
    start = end;
  }
  nb_sections_adopt_memo(out, nianbao_extension_take_heading_memo(nianbao));
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), nianbao);
  nb_line_index_free(&lines);
  nb_build_report(out);
}
