/* The two passes of the table assembler, sharing one context.
 *
 * Pass 1 (assemble_group.c) turns observed rows into logical rows: a label (possibly pieced
 * together from fragments a layout broke apart) and the value tokens that belong to it, plus
 * block switches and recognised header labels. Pass 2 (assemble_place.c) aligns logical rows
 * with the template rows in order — label evidence first, position as the fallback — and
 * parses the values into the nb_table. */
#ifndef NB_ASSEMBLE_INTERNAL_H
#define NB_ASSEMBLE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/xalloc.h"
#include "cells.h"
#include "label_match.h"
#include "values.h"

typedef struct {
  nb_span span;     /* the cell */
  const char *text; /* what the assembler reads (cleaned text or source bytes) */
  size_t len;
  bool source; /* text is the source bytes at span.start, so offsets within it are spans */
  nb_token tok;
} asm_value;

typedef enum { ASM_ROW, ASM_BLOCK } asm_kind;

typedef struct {
  asm_kind kind;
  int row;   /* template row, -1 when the label named none (or there was no label) */
  int block; /* ASM_BLOCK: the block switched to, -1 for an older template's block */
  nb_match match;
  int score;
  const nb_outdated_label *outdated;
  bool dropped;     /* an older template's row without a place in this one: values ignored */
  bool has_label;   /* label text was seen (matched or not) */
  const char *norm; /* normalised label text, in the context's pool or the label set */
  nb_span label;    /* from the first to the last byte of its pieces */
  /* In the context's values, after the previous logical row's (with the label cells of an
   * observed row between them): values only ever join the last logical row (take_values), so
   * each row's are one run of that array. */
  asm_value *values;
  int nvalues;
  bool single; /* its values came one per observed row (cell per line): more may follow */
  /* Its values are one column group of an unlabelled row (table 四 split into one small table
   * per group, or transposed): the group's first column and its width; width 0 otherwise. */
  int group_col, group_width;
  unsigned layouts; /* bit (1 << nb_layout) of every observed row its values came from */
} asm_lrow;

/* A group row named in a label cell next to a more specific label ("（三）不予公开 | 1.…"). */
typedef struct {
  int row;
  nb_span span;
  nb_match match;
} asm_group_mark;

typedef struct {
  nb_span span;
  const char *text; /* in the context's pool or the label set */
} asm_piece;

/* A column group and what tells it apart from the others (asm_group_named). */
typedef struct {
  const char *key; /* normalised, in the context's pool or kept for the process */
  size_t len;
  int first, width; /* its columns */
} asm_group_key;

enum { ASM_MAX_CARRY = 3 };

/* The table's labels of some kinds as a whole: the code points of the longest, whether one is
 * numbered ("1.属于国家秘密"), and the union of their code point sets (nb_label_measures). */
typedef struct {
  bool measured, numbered;
  size_t cps;
  uint64_t bits;
} asm_label_bound;

typedef struct {
  const nb_stream *s;
  const nb_obs_table *obs;
  const nb_template *tpl;
  const nb_table_spec *spec;
  nb_table_id id;
  const nb_label_set *labels;
  nb_label_set *own_labels; /* labels, when built for this table alone (not a shared set) */
  /* A shared set's number (asm_set_id), which the thread's memos hash: its address would move
   * with the heap's layout, and with it which answers are kept, and so the instruction counts
   * from build to build. */
  unsigned set_id;
  nb_table *out;

  asm_lrow *rows;
  int nrows, cap;
  bool rows_in_pool; /* rows live in the pool (asm_group_rows), not in a list of their own */
  asm_group_mark *marks;
  int nmarks, markcap;
  /* Every logical row's values: room for every observed cell, allocated once a table rather
   * than once a row, in the pool. */
  asm_value *values;
  /* Where the last logical row's values end (take_values keeps it): the next row's cells are
   * read there, and a new row's values start there. */
  asm_value *values_end;

  /* Pass 1 state. */
  asm_piece carry[ASM_MAX_CARRY]; /* unmatched label fragments, oldest first */
  int ncarry;
  int cur_block;
  int expect;       /* template row expected next (for the capacity of unlabelled rows) */
  bool started;     /* a row, block or column label was seen: the table has begun */
  int header_after; /* column of the last column header in the current header rows, or -1 */
  bool by_group;    /* asm_fills_by_group, computed once per table */
  int group_col, group_width; /* the column group a sub-heading named last (width 0: none) */
  bool groups_in_header;      /* group names came as a header of the whole row */
  /* The column groups of keys_block (asm_group_named), built on first use. */
  const nb_block_spec *keys_block;
  asm_group_key *group_keys; /* in the pool, or the thread's for a built-in template */
  int ngroup_keys;
  /* What may_name (assemble_group.c) knows of the table's labels of a kind, measured on first
   * use: [0] of row labels, [1] of any label. */
  asm_label_bound bounds[2];
  /* The logical rows' labels and values, label texts and group keys: they all live as long as
   * the assembly, and a table has hundreds of them. They are taken from the thread's scratch
   * room first, [room, room_end), and from the pool once that is used up (asm_alloc). */
  char *room, *room_end;
  nb_pool pool;

  /* Bytes the reader used and the layouts they came in. */
  bool used_any;
  nb_span used;
  unsigned layouts;       /* of the rows values were placed from */
  unsigned label_layouts; /* of label, block and header rows (when no value was placed) */
} asm_ctx;

/* Pass 1 over every observed row. */
void asm_group_rows(asm_ctx *c);

/* Pass 2: fills c->out from the logical rows. */
void asm_place_rows(asm_ctx *c);

/* Helpers shared by both passes (assemble.c). */
/* n bytes that live as long as the assembly, aligned for any object: from the thread's scratch
 * room while it lasts (nearly every table fits; no allocation to make or free), else from the
 * pool. */
void *asm_alloc(asm_ctx *c, size_t n);
/* Room for at most n bytes, of which the caller keeps the first `used` with asm_keep before
 * allocating again (nb_pool_room, nb_pool_keep). */
char *asm_room(asm_ctx *c, size_t n);
void asm_keep(asm_ctx *c, char *room, size_t used);
/* s[0, len) normalised (nb_normalize_label), in the pool; its length in *norm_len. */
char *asm_normalize(asm_ctx *c, const char *s, size_t len, size_t *norm_len);
/* a then b (a_len and b_len bytes), NUL-terminated, in the pool. */
char *asm_join(asm_ctx *c, const char *a, size_t a_len, const char *b, size_t b_len);
void asm_use_span(asm_ctx *c, nb_span span);
int asm_row_columns(const asm_ctx *c, int row);
/* Values a logical row should hold: its row's column count, or for an unlabelled row the
 * column count of the row expected next. */
int asm_capacity(const asm_ctx *c, const asm_lrow *r);
/* Index of the first data row at or after `from` that belongs to block `block` (any block when
 * block < 0), or -1. */
int asm_next_data_row(const asm_ctx *c, int from, int block);
void asm_add_header(asm_ctx *c, const nb_label_hit *hit, nb_span span, int column_hint);

/* What a label cell reads as: its normalised text and the label it names, if any. */
typedef struct {
  const char *norm; /* ASM_ASK_CELL only */
  size_t norm_len;
  bool hit_ok;
  nb_label_hit hit; /* when hit_ok */
} asm_label_read;

/* The questions assembly asks the label set of a text, as asm_memo keeps them. */
typedef enum {
  ASM_ASK_CELL, /* a label cell's source text: its normalised text and any label it names */
  ASM_ASK_ROW,  /* a normalised text (a label column read as one): the row label it names */
} asm_question;

/* The answers the thread had before (assemble_memo.c). A text that is no template label
 * verbatim is normalised and scored against the set's labels (some 2,000 instructions), and the
 * answer depends on the text and the set alone: a batch of reports asks the same few texts again
 * and again (table 四's headers broken into words: 结果, 尚未, 审结; every report's header rows;
 * a report in several layouts). Only for a shared set (nb_label_set_shared), which lives as long
 * as the process, so that its address names it for good (set_id, not the address, picks the slot).
 */
/* set_id is asm_set_id of `labels` (its slot's hash); `labels` confirms the slot. */
/* The answer kept for question q about text[0, len) of `labels`, or false; out->norm stays valid
 * until the thread's next asm_memo_keep. */
bool asm_memo_find(const nb_label_set *labels, unsigned set_id, asm_question q, const char *text,
                   size_t len, asm_label_read *out);
/* Keeps an answer, unless the text is too long for a slot (prose, asked once). */
void asm_memo_keep(const nb_label_set *labels, unsigned set_id, asm_question q, const char *text,
                   size_t len, const asm_label_read *read);
/* The number of the shared label set of template tpl_id's table `table`: the same in every run. */
static inline unsigned asm_set_id(nb_template_id tpl_id, nb_table_id table) {
  return (unsigned)tpl_id * NB_TABLE_COUNT + (unsigned)table;
}

/* Column groups (table 四: 行政复议 | 行政诉讼·未经复议直接起诉 | 行政诉讼·复议后起诉). True when
 * the table's data row has no label and its columns come in groups, so that a group can arrive as
 * a row of its own. */
bool asm_fills_by_group(const asm_ctx *c);
/* The column group a label names ("（一）行政复议", "行政诉讼（复议后起诉）"): its first column and
 * width; false when it names none or several. `norm` is normalised, norm_len its strlen. */
bool asm_group_named(asm_ctx *c, const char *norm, size_t norm_len, int *first_col, int *width);

#endif
