/* Block structure read without cmark-gfm where plain lines decide it.
 *
 * Inside lint, cmark-gfm only decides which lines make a leaf block (stream_from_cmark.c reads
 * the lines themselves). In a plain text (a pdftotext dump, a glued or spaced table) nearly every
 * line opens no block of CommonMark's nor of the extensions' by its first character, and then the
 * structure follows from blank lines and indentation alone, as cmark-gfm's blocks.c decides it
 * at the top level with no container open:
 *   - a blank line (only spaces and tabs: a line of U+3000 is no blank line to cmark-gfm) opens
 *     nothing and ends a paragraph;
 *   - a line indented 4 columns or more (tab stops of 4) opens an indented code block when no
 *     paragraph is open, whatever it holds; the block goes on over blank lines and lines indented
 *     as far, and ends before the first other line, whatever that line holds;
 *   - a line indented less whose first character is plain (plain_blocks.c) is offered to the
 *     nianbao extension's hook: a section heading is a block of its own line (a heading ends at
 *     the next line unless that is a setext underline, never plain), else it opens or continues
 *     a paragraph;
 *   - inside a paragraph a line indented 4 columns or more is offered to the hook too (cmark-gfm
 *     offers lazy and indented lines to extensions), and goes on with the paragraph otherwise;
 *   - an ATX heading ("## 一、总体情况": 1 to 6 '#' then a space, a tab or the end, indented less
 *     than 4 columns) is a block of its own line, and interrupts a paragraph.
 * Anything else (markup, a byte-order mark starting a line, a control character) is left to
 * cmark-gfm, from the start of the block it falls in. */
#ifndef NB_PLAIN_BLOCKS_H
#define NB_PLAIN_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include <cmark-gfm-extension_api.h>

#include "../core/position.h"
#include "stream_from_cmark.h"

/* A line as the reader saw it (plain_blocks.c). */
typedef struct {
  int line;     /* 1-based; 0: none */
  int shape;    /* plain_blocks.c's LINE_ */
  int level;    /* an ATX heading's */
  size_t first; /* the first byte that is neither space nor tab */
  size_t end;   /* the line break, or the end of the text */
} nb_plain_line;

typedef struct {
  const nb_line_index *lines;      /* the whole text's (its text holds no NUL) */
  cmark_syntax_extension *nianbao; /* the parse's: its heading memo */
  nb_plain_line last;              /* the line read last (zero to start) */
} nb_plain_reader;

typedef struct {
  nb_walked_block kind; /* NB_WALKED_HEADING: a section heading (level 0) or an ATX heading */
  int level;
  int first, last; /* 1-based lines; a code block's trailing blank lines included */
} nb_plain_block;

/* Reads the blocks from 1-based line `line` on, where no block is open before it (the start of
 * a text, or a line where cmark-gfm closed every block), blank lines first. Returns how many
 * blocks it read into out (1, or 2 for a paragraph a heading ended; 0 when only blank lines were
 * left) and sets *next to the line after them; returns -1 when cmark-gfm must read the block
 * that opens after the blank lines, with *undecided the first line plain reading could not
 * decide. */
int nb_plain_read(nb_plain_reader *r, int line, nb_plain_block out[2], int *next, int *undecided);

/* Whether 1-based `line` is blank to cmark-gfm: spaces and tabs only. */
bool nb_plain_line_blank(const nb_line_index *ix, int line);

#endif
