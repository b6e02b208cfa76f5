/* Turns a parsed cmark-gfm tree into the neutral stream: every leaf block's source lines, in
 * document order, as raw bytes of the original buffer. Headings become NB_ITEM_HEADING items;
 * everything else (paragraphs, code and HTML blocks, GFM tables …) one NB_ITEM_LINE per
 * non-blank line, so the table reader sees tabs, pipes and aligned columns exactly as written. */
#ifndef NB_STREAM_FROM_CMARK_H
#define NB_STREAM_FROM_CMARK_H

#include <cmark-gfm.h>

#include "../layout/stream.h"
#include "source_lines.h"

#include <stdbool.h>

/* Appends the items of `root`'s leaf blocks to `out` (whose text is the parsed buffer). */
void nb_stream_from_cmark(cmark_node *root, const nb_line_index *lines, nb_stream *out);

/* The same walk over a text parsed in pieces (nb_markdown_build), each piece's tree as it is
 * parsed: what a blank line before an item and a block's index depend on carries over. */
typedef struct {
  const nb_line_index *lines; /* the whole text's */
  nb_stream *out;
  int last_line;    /* last source line already pushed (or skipped as blank) */
  int block;        /* running block index */
  bool blank_seen;  /* a blank line since the last item */
  int lines_before; /* lines of the text before the piece being walked */
} nb_stream_walker;

void nb_stream_walker_init(nb_stream_walker *w, const nb_line_index *lines, nb_stream *out);

/* Appends the items of `root`, the tree of a piece that starts after `lines_before` lines of
 * the text; pieces are walked in order. */
void nb_stream_walk(nb_stream_walker *w, cmark_node *root, int lines_before);

/* What a leaf block is to the stream: a heading (its lines up to a setext underline, with a
 * level) or lines of anything else. */
typedef enum { NB_WALKED_LINES, NB_WALKED_HEADING } nb_walked_block;

/* Appends the leaf block of the text's lines first..last (1-based, whole text), as the walk of
 * a tree does for a leaf node: the plain-text reader (plain_blocks.h) pushes the blocks it reads
 * itself through here, so that blank lines and block numbers are counted one way. */
void nb_stream_walker_push_block(nb_stream_walker *w, nb_walked_block kind, int level, int first,
                                 int last);

#endif
