#include "markdown.h"

#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "../core/xalloc.h"
#include "arena.h"
#include "extension.h"
#include "pipe_table.h"

/* cmark-gfm's table extension (0.29.0.gfm.6) appends every cell of a row by walking the row's
 * cell list from its head, so a row of n cells costs n^2: one line of 10^5 pipes kept `lint`
 * busy for minutes. No report table has more than a few dozen columns, so a line with more
 * pipes than this is handed to cmark with its pipes turned into '!' (the same number of bytes:
 * every line and offset stays where it is). cmark then sees a paragraph line; the model reads
 * the source text itself, so the table reader still sees the pipes. */
enum { MAX_PIPES_FOR_CMARK = 128 };

/* A copy of text with the pipes of overlong rows masked, or NULL when no line has too many. */
static char *mask_runaway_rows(const char *text, size_t len) {
  char *masked = NULL;
  size_t line = 0;
  while (line < len) {
    const char *nl = memchr(text + line, '\n', len - line);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t pipes = 0; /* counted pipe by pipe: most lines have none */
    for (const char *p = text + line;
         pipes <= MAX_PIPES_FOR_CMARK && (p = memchr(p, '|', end - (size_t)(p - text))); p++)
      pipes++;
    if (pipes > MAX_PIPES_FOR_CMARK) {
      if (!masked) {
        masked = nb_xmalloc(len);
        memcpy(masked, text, len);
      }
      for (size_t i = line; i < end; i++)
        if (masked[i] == '|')
          masked[i] = '!';
    }
    line = end + 1;
  }
  return masked;
}

void nb_markdown_build(const char *text, size_t len, nb_report *out) {
  cmark_gfm_core_extensions_ensure_registered();
  /* The tree lives only until the model is built from it: it is parsed into an arena and
   * dropped whole. */
  nb_arena arena;
  nb_arena_enter(&arena, len);
  cmark_mem *mem = NB_ARENA_CHECKED ? cmark_get_default_mem_allocator() : nb_arena_allocator();
  cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, mem);
  /* A private extension object per parse: it carries this buffer to the postprocess.
   * Attached before "table": the table extension claims every paragraph continuation line
   * it is offered, so a heading inside a paragraph must be seen first. */
  cmark_syntax_extension *nianbao = create_nianbao_extension();
  nianbao_extension_set_source(nianbao, text, len);
  nianbao_extension_model_only(nianbao);
  cmark_parser_attach_syntax_extension(parser, nianbao);
  /* Pipe tables become one block, where GFM's table extension would open one, but without its
   * rows and cells: the stream takes the block's raw lines (pipe_table.h). */
  cmark_parser_attach_syntax_extension(parser, nb_pipe_table_extension());
  char *masked = mask_runaway_rows(text, len);
  cmark_parser_feed(parser, masked ? masked : text, len);
  cmark_node *doc = cmark_parser_finish(parser);
  nb_report *r = nianbao_document_take_report(doc);
  if (r) {
    nb_report_free(out);
    *out = *r;
    free(r);
  }
  if (NB_ARENA_CHECKED) {
    cmark_node_free(doc);
    cmark_parser_free(parser);
  }
  nb_arena_leave(&arena); /* the parser and the tree */
  free(masked);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), nianbao);
}
