/* The light pipe-table block (markdown/pipe_table.h) against the GFM table extension it stands
 * in for: on every input, the stream of a parse with each (every leaf block's lines, kinds,
 * heading levels, blank-line marks and block numbers) must be the same. Inputs: the corpus
 * files, hand-made edge cases of the row and delimiter grammar, and ten thousand documents
 * built at random from the pieces those rules look at. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "layout/stream.h"
#include "markdown/extension.h"
#include "markdown/pipe_table.h"
#include "markdown/stream_from_cmark.h"
#include "support/corpus_files.h"

/* The stream of `text` parsed with the nianbao extension and either table extension. */
static void stream_of(const char *text, size_t len, bool light, nb_stream *out) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_syntax_extension *nianbao = create_nianbao_extension();
  cmark_parser_attach_syntax_extension(parser, nianbao);
  cmark_parser_attach_syntax_extension(parser, light ? nb_pipe_table_extension()
                                                     : cmark_find_syntax_extension("table"));
  cmark_parser_feed(parser, text, len);
  cmark_node *doc = cmark_parser_finish(parser);
  nb_line_index lines;
  nb_line_index_build(&lines, text, len);
  nb_stream_init(out, text, len);
  nb_stream_from_cmark(doc, &lines, out);
  nb_line_index_free(&lines);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), nianbao);
}

static void same_blocks(const char *text, size_t len, const char *name) {
  nb_stream gfm, light;
  stream_of(text, len, false, &gfm);
  stream_of(text, len, true, &light);
  cr_assert_eq(light.nitems, gfm.nitems, "%s: %d items, GFM %d", name, light.nitems, gfm.nitems);
  for (int i = 0; i < gfm.nitems; i++) {
    const nb_stream_item *a = &gfm.items[i], *b = &light.items[i];
    cr_assert(a->kind == b->kind && a->span.start == b->span.start && a->span.end == b->span.end &&
                  a->blank_before == b->blank_before && a->heading_level == b->heading_level &&
                  a->block == b->block,
              "%s: item %d differs: GFM [%zu,%zu) kind %d block %d, light [%zu,%zu) kind %d "
              "block %d\n%s",
              name, i, a->span.start, a->span.end, a->kind, a->block, b->span.start, b->span.end,
              b->kind, b->block, text);
  }
  nb_stream_free(&gfm);
  nb_stream_free(&light);
}

static void check_file(const char *path, const char *text, size_t len, void *data) {
  (void)data;
  same_blocks(text, len, path);
}

Test(pipe_table, corpus) {
  int files = nb_each_corpus_file(NB_SOURCE_DIR "/corpus", check_file, NULL);
  cr_assert_gt(files, 80);
}

Test(pipe_table, edge_cases) {
  static const char *const cases[] = {
      "| a | b |\n|---|---|\n| 1 | 2 |\n",
      "a | b\n--|--\n1 | 2\n",
      "text before\n| a | b |\n|---|---|\n| 1 | 2 |\nafter\n\nnext\n",
      "two\nlines before\n| a | b |\n| - | - |\n",
      "| a | b |\n|---|---|---|\n",                 /* column counts differ */
      "| a |\n|:-:|\n| x |\n- item\n| y |\n",       /* a list item ends it */
      "| a |\n|---|\n| x |\n## heading\n| y |\n",   /* an ATX heading ends it */
      "| a |\n|---|\n| x |\n    indented\n| y |\n", /* an indented line */
      "| a |\n|---|\n| x |\n> quote\n",
      "| a |\n|---|\n| x |\n二、主动公开政府信息情况\n| y |\n", /* a section heading */
      "| a |\n|---|\n| x |\n===\n",
      "a\n---\n", /* setext, not a table */
      "a\n-\n",
      "| a \\| b | c |\n|---|---|\n", /* an escaped pipe */
      "| a \\\\| b | c |\n|---|---|\n",
      "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n", /* CRLF */
      "| a | b |\r|---|---|\r| 1 | 2 |\r",       /* lone CR: never a table */
      "| a | b |\n|---|---|",                    /* no final newline */
      "|a|\n|-|\n",
      "| |\n|-|\n",
      "|\n|-|\n",
      "x\n|---|\n",
      "| a | b |\n| --- | :-- |  \n",
      "| a | b |\n| --- | -- - |\n",
      "| a | b |\n|---|---|\n\n| c | d |\n",
      "- | a | b |\n  |---|---|\n  | 1 | 2 |\n", /* in a list item */
      "> | a |\n> |---|\n> | 1 |\nlazy\n",       /* in a quote, then lazy */
      "```\n| a |\n|---|\n```\n",
      "<div>\n| a |\n|---|\n</div>\n",
      "\xef\xbb\xbf| a |\n|---|\n", /* BOM */
      "| a | b |\n|\t---\t|---|\n| 1\t| 2 |\n",
      "| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| 5 |\n",
      "  | a |\n  |---|\n     | x |\n",
      "   | a |\n    |---|\n",
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    same_blocks(cases[i], strlen(cases[i]), "edge case");
}

/* Documents made of the pieces the rules of both extensions look at. */
static uint32_t next(uint64_t *state) {
  *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*state >> 33);
}

Test(pipe_table, random_documents) {
  static const char *const pieces[] = {
      "|",
      "| ",
      " |",
      "\\|",
      "\\",
      "---",
      "-",
      ":",
      ":--",
      "--:",
      " ",
      "\t",
      "a",
      "一",
      "0",
      "\n",
      "\n",
      "\n",
      "\n",
      "\r\n",
      "\r",
      "\n\n",
      "## ",
      "# ",
      "> ",
      "- ",
      "1. ",
      "    ",
      "  ",
      "```",
      "===",
      "***",
      "<b>",
      "<div>",
      "x|y",
      "二、主动公开政府信息情况",
      "（一）",
      "| 规章 | 0 | 0 |",
      "|---|---|---|",
      "| - | - |",
  };
  enum { NPIECES = sizeof pieces / sizeof pieces[0], DOCS = 10000 };
  uint64_t state = 20240131;
  char doc[2048];
  for (int d = 0; d < DOCS; d++) {
    size_t len = 0;
    int count = 1 + (int)(next(&state) % 60);
    for (int k = 0; k < count; k++) {
      const char *p = pieces[next(&state) % NPIECES];
      size_t n = strlen(p);
      if (len + n >= sizeof doc)
        break;
      memcpy(doc + len, p, n);
      len += n;
    }
    doc[len] = '\0';
    same_blocks(doc, len, "random document");
  }
}
