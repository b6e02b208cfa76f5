/* The neutral stream the layout recognisers read.
 *
 * A front-end (cmark-gfm for Markdown, jansson for pandoc's AST) turns its document into a
 * sequence of items over one text buffer: raw source lines, or rows it has already split into
 * cells (a pandoc Table row). Nothing here knows about Markdown or pandoc; every span is a byte
 * range in the front-end's text, so positions survive all the way to the diagnostics. */
#ifndef NB_STREAM_H
#define NB_STREAM_H

#include <stdbool.h>

#include "../core/span.h"

typedef enum {
  NB_ITEM_LINE,    /* one raw line of text; a recogniser decides how to split it */
  NB_ITEM_ROW,     /* a row whose cells the front-end already knows (cells/ncells) */
  NB_ITEM_HEADING, /* a heading line (ATX, setext, or a pandoc Header): never table material */
} nb_item_kind;

typedef struct {
  nb_span span; /* the cell's text, trimmed; empty span (start == end) for a blank cell */
  int rowspan;  /* >= 1; from HTML / pandoc */
  int colspan;  /* >= 1 */
} nb_stream_cell;

typedef struct {
  nb_item_kind kind;
  nb_span span; /* the whole line or row, without its line terminator */
  /* Blank lines are not items; this says one or more stood before this item, so
   * one-cell-per-paragraph text and paragraph breaks stay visible. */
  int blank_before;
  /* For NB_ITEM_ROW only. */
  nb_stream_cell *cells;
  int ncells;
  /* For NB_ITEM_HEADING: 1–6 for headings, 0 otherwise. */
  int heading_level;
  /* The item is a piece of a line that nb_stream_split_line cut (text whose line breaks were
   * lost): other text shares its line. */
  bool split;
  /* Index of the front-end block the item came from (paragraph, table, HTML block …); items of
   * one block share it. Lets a recogniser keep a table inside its block. */
  int block;
} nb_stream_item;

typedef struct {
  const char *text; /* the buffer every span points into; not owned */
  size_t len;
  nb_stream_item *items;
  int nitems;
  int cap;
} nb_stream;

void nb_stream_init(nb_stream *s, const char *text, size_t len);
/* Appends an item; for NB_ITEM_ROW the cells are copied. Returns the new item's index. */
int nb_stream_push(nb_stream *s, const nb_stream_item *item);
/* nb_stream_push of an item without cells (a line or a heading), written in place: the
 * front-ends push every line of a report. */
int nb_stream_push_line(nb_stream *s, nb_item_kind kind, nb_span span, int blank_before,
                        int heading_level, int block);
void nb_stream_free(nb_stream *s);

/* Splits line item `item` at byte `at`: the item keeps [start, at), a new item right after it
 * takes [at, end); both are trimmed of white space. A side left empty is not kept. The new
 * item has blank_before = `break_before` (a paragraph break the text lost). Returns the index
 * of the item that now starts at or after `at` (item or item + 1), or -1 when `at` is not
 * inside the item. */
int nb_stream_split_line(nb_stream *s, int item, size_t at, bool break_before);

/* Removes item `item` (its cells are freed). */
void nb_stream_remove(nb_stream *s, int item);

#endif
