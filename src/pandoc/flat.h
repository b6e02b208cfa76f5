/* A pandoc document flattened for the lint pipeline: one synthetic text (a line per paragraph
 * line or heading, a "| a | b |" line per table row), the neutral stream over it
 * (src/layout/stream.h), and a map from every byte range back to the AST: which element, which
 * table cell, and — for input read with +sourcepos — where it stood in the source file.
 *
 * The text is what the layout readers and rules see; the map is how a finding's span becomes a
 * FILE:LINE:COL, a place in a Word document, or a comment wrapped around the right inlines. */
#ifndef NB_PANDOC_FLAT_H
#define NB_PANDOC_FLAT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "../layout/stream.h"
#include "document.h"

/* A place in a source file, from pandoc's data-pos attributes. */
typedef struct {
  int file;   /* index into pd_flat.files */
  int line;   /* 1-based; 0 when unknown */
  int column; /* 1-based, in code points */
} pd_pos;

typedef enum {
  PD_PIECE_TITLE,   /* the document's title from its metadata (a Word "Title" paragraph) */
  PD_PIECE_HEADING, /* a Header */
  PD_PIECE_TEXT,    /* a line of a Para, Plain or LineBlock: inlines a comment can wrap */
  PD_PIECE_RAW,     /* a line of a CodeBlock or an HTML RawBlock: no inlines */
  PD_PIECE_CELL,    /* a table cell */
} pd_piece_kind;

/* A run of the text that came from one block, line or cell. */
typedef struct {
  pd_piece_kind kind;
  size_t start, end; /* its bytes in the text */
  /* TITLE, HEADING, TEXT: the inline list the text came from (a Para's or Header's content);
   * CELL: the cell's block list; RAW: NULL. */
  json_t *content;
  /* The block list holding the element and its index there (for RAW, where a comment can only
   * stand in a paragraph of its own before it); NULL for a cell. */
  json_t *parent;
  size_t parent_index;
  int first_run, end_run; /* its runs: [first_run, end_run) */
  int block;              /* the stream block index (nb_stream_item.block) */
  int item;               /* the stream item holding it */
  pd_pos pos;             /* where its first byte stood in the source, when known */
  /* CELL: the table's ordinal in the document (from 0), the row's index in it (head rows,
   * then each body's rows, then the foot, as they come) and the cell's index in that row. */
  int table, row, cell;
  /* TEXT: the pieces [para_first, para_end) that are the lines of its paragraph. */
  int para_first, para_end;
  /* How many blocks other than headings start at or before it, and the last heading (or title)
   * piece before it, or -1: a paragraph's number in its section is a difference of these. */
  int ordinal, last_heading;
} pd_piece;

/* The bytes one inline element (or a quotation mark it implies) put in the text. */
typedef struct {
  size_t start, end;
  json_t *list; /* the inline list holding the element */
  size_t index; /* the element's index there */
  bool is_str;  /* a Str whose text is exactly these bytes, so a comment may split it */
  pd_pos pos;   /* source position of `start`, when known */
} pd_run;

/* A source position a byte offset has of its own: where a line or a cell starts, the outermost
 * element's position (the "**" of a bold heading, the "#" of an ATX heading), as the command
 * line's spans start there. */
typedef struct {
  size_t offset;
  pd_pos pos;
} pd_anchor;

typedef struct {
  char *text; /* owned, NUL-terminated */
  size_t len;
  nb_stream_item *items; /* owned; row items own their cells */
  int nitems;
  pd_piece *pieces; /* in text order, not overlapping */
  int npieces;
  pd_run *runs; /* in text order */
  int nruns;
  pd_anchor *anchors; /* in offset order */
  int nanchors;
  char **files; /* the file names data-pos attributes name, owned */
  int nfiles;
  bool positioned;    /* the document carries data-pos attributes (read with +sourcepos) */
  int max_comment_id; /* the largest numeric id of a Word comment already in the document */
} pd_flat;

void pd_flatten(const pd_document *doc, pd_flat *out);
void pd_flat_free(pd_flat *f);

/* The piece holding `offset` (an empty cell holds its own offset), or the last piece before it;
 * -1 when none. */
int pd_flat_piece_at(const pd_flat *f, size_t offset);

/* The last run starting at or before `offset`, or -1. */
int pd_flat_run_at(const pd_flat *f, size_t offset);

/* Where `offset` stood in the source: line 0 when the document has no positions there. */
pd_pos pd_flat_position(const pd_flat *f, size_t offset);

/* Parses a data-pos value ("FILE@L:C-L:C"; FILE may be empty or hold '@') into its start; the
 * file name is added to out->files when new. False when it is not one. */
bool pd_parse_data_pos(const char *value, pd_flat *f, pd_pos *start, pd_pos *end);

#endif
