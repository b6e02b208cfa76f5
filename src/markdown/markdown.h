/* The Markdown front-end: cmark-gfm plus the nianbao syntax extension turn a UTF-8 buffer into
 * a report model. */
#ifndef NB_MARKDOWN_H
#define NB_MARKDOWN_H

#include <stddef.h>

#include "../core/model.h"

/* Parses `text` (valid UTF-8, len bytes; need not be NUL-terminated) into `out`, which must
 * have been nb_report_init'ed with the same text. */
void nb_markdown_build(const char *text, size_t len, nb_report *out);

/* nb_markdown_build with cmark-gfm parsing in pieces of `piece_bytes` or a little more (a piece
 * ends at the first line past that where every block is closed; nb_markdown_build's pieces are
 * 1 MiB), so that the parse tree of a large text is never held whole. cmark-gfm parses only what
 * plain reading leaves to it (plain_blocks.h), each such stretch in pieces of its own. Any piece
 * size gives the same model (the tests hold it to that with pieces of a line). */
void nb_markdown_build_pieces(const char *text, size_t len, size_t piece_bytes, nb_report *out);

/* nb_markdown_build_pieces with every line read by cmark-gfm, where nb_markdown_build_pieces
 * reads the blocks that plain lines decide itself (plain_blocks.h): for the tests that hold the
 * two to the same stream and model. */
void nb_markdown_build_cmark_only(const char *text, size_t len, size_t piece_bytes, nb_report *out);

#endif
