/* Turns a parsed cmark-gfm tree into the neutral stream: every leaf block's source lines, in
 * document order, as raw bytes of the original buffer. Headings become NB_ITEM_HEADING items;
 * everything else (paragraphs, code and HTML blocks, GFM tables …) one NB_ITEM_LINE per
 * non-blank line, so the table reader sees tabs, pipes and aligned columns exactly as written. */
#ifndef NB_STREAM_FROM_CMARK_H
#define NB_STREAM_FROM_CMARK_H

#include <cmark-gfm.h>

#include "../layout/stream.h"
#include "source_lines.h"

/* Appends the items of `root`'s leaf blocks to `out` (whose text is the parsed buffer). */
void nb_stream_from_cmark(cmark_node *root, const nb_line_index *lines, nb_stream *out);

#endif
