/* The state the block, inline and table walks of pd_flatten share (flatten*.c). Not part of
 * the front-end's interface (flat.h). */
#ifndef NB_PANDOC_FLAT_INTERNAL_H
#define NB_PANDOC_FLAT_INTERNAL_H

#include "../core/rules/rule_util.h"
#include "flat.h"

/* What a SoftBreak or LineBreak does: end the line (paragraphs), or stand for a space where the
 * text must stay on one line (headings, table cells). */
typedef enum { PD_BREAK_LINE, PD_BREAK_SPACE } pd_break_mode;

typedef struct {
  pd_flat *f;
  nb_rule_buf text;
  int item_cap, piece_cap, run_cap, anchor_cap, file_cap;
  int block;     /* the next stream block index */
  bool blank;    /* a block boundary since the last item */
  int last_line; /* the source line the last item ended on; 0 when unknown */
  int tables;    /* tables seen so far */
  /* The stream block of the table just flattened while only nianbao comments followed it, or
   * -1: pandoc ends a pipe table at such a comment and reads the rows after it as a paragraph,
   * which then goes back to the table (a nianbao comment is invisible to the table readers). */
  int open_table_block;
  bool after_comment; /* a nianbao comment came after that table (or its last rows) */

  /* The item (line, heading, row) being written. */
  bool in_item;
  nb_item_kind item_kind;
  int item_level;
  size_t item_start;
  pd_pos item_pos;   /* where it starts in the source, when known */
  int item_end_line; /* a heading's last source line, when known */

  /* The piece being written, or -1. */
  int piece;
  pd_break_mode breaks;
  bool pending_space; /* PD_BREAK_SPACE: a break waits to be written as a space, if needed */

  /* The innermost element with a data-pos: its position and where its text started. */
  pd_pos span_pos, span_end;
  size_t span_start;
  /* A line or cell has just begun and nothing was written yet: the first positioned element
   * gives its anchor. */
  bool need_anchor;
  /* The data-pos of the enclosing block (the Div pandoc wraps a paragraph in, a Header's or a
   * Table's own), for elements that have none. */
  pd_pos block_pos;
  pd_pos block_end;
} pd_flattener;

/* Appends text (a pending break first, as a space between two ASCII characters). */
void pd_put(pd_flattener *fl, const char *s, size_t n);
/* Records the bytes [start, current end) as a run of element `index` of `list`. */
void pd_add_run(pd_flattener *fl, size_t start, json_t *list, size_t index, bool is_str);
void pd_add_anchor(pd_flattener *fl, size_t offset, pd_pos pos);

/* Items: begin one, end it (pushed unless it is blank), and a line break inside a paragraph. */
void pd_item_begin(pd_flattener *fl, nb_item_kind kind, int level, pd_pos pos);
void pd_item_end(pd_flattener *fl);
void pd_break(pd_flattener *fl);
/* Pushes a row item over [start, end) with its cells; the text must be written already. */
void pd_push_row(pd_flattener *fl, nb_span span, nb_stream_cell *cells, int ncells, pd_pos pos);

/* Pieces: begin one (returns its index), end it at the current end of the text. */
int pd_piece_begin(pd_flattener *fl, pd_piece_kind kind, json_t *content, json_t *parent,
                   size_t parent_index);
void pd_piece_end(pd_flattener *fl);

/* The data-pos of an Attr, if any. */
bool pd_attr_pos(pd_flattener *fl, const json_t *attr, pd_pos *start, pd_pos *end);

/* The walks. */
void pd_flatten_blocks(pd_flattener *fl, json_t *blocks);
void pd_flatten_inlines(pd_flattener *fl, json_t *list);
void pd_flatten_table(pd_flattener *fl, json_t *table, json_t *parent, size_t index);
/* The text of a cell's blocks, on one line (breaks and paragraph ends as pd_put spaces). */
void pd_flatten_cell_blocks(pd_flattener *fl, json_t *blocks);

#endif
