/* Observed rows: the layout-independent middle step of table reading.
 *
 * Tokenizers (one per layout: pipe, HTML, tab, spaced, cell-per-line, pre-split rows) turn the
 * stream items of a section into observed rows of observed cells, keeping every cell's byte
 * span. They do not judge what a cell means. The assembler (assemble.c) then decides which
 * cells are labels, values, placeholders or prose, matches labels to the template and places
 * values. */
#ifndef NB_CELLS_H
#define NB_CELLS_H

#include <stdbool.h>
#include <string.h>

#include "../core/model.h"
#include "stream.h"

typedef struct {
  nb_span span; /* source bytes of the cell's content, trimmed; empty span for a blank cell */
  /* Cleaned text when it differs from the source bytes (HTML tags stripped, entities decoded,
   * "\|" unescaped, "<br>" → nothing), owned; NULL means: the text is exactly `span`. */
  char *text;
  int col;       /* grid column (after colspan expansion) for grid layouts, else -1 */
  int colspan;   /* >= 1 */
  bool repeated; /* a copy standing in for a rowspan cell of an earlier row (HTML) */
  /* 1 + the number of the table's label spelling (label_match.h) that the text normalises to,
   * when the reader that made the cell knows it (unglue cuts run-on text at labels): the
   * assembler takes that label without looking the text up again. 0: not known. */
  int label_spelling;
} nb_obs_cell;

typedef struct {
  nb_obs_cell *cells;
  int ncells;
  int cap;
  nb_span span;     /* the whole row */
  int item;         /* index of the first stream item it came from */
  nb_layout layout; /* which tokenizer made it */
  /* Cells are grid positions: a blank cell is a real, empty table cell (pipe, HTML, tab,
   * pre-split rows). False for spaced and cell-per-line text, where gaps mean nothing. */
  bool grid;
  bool blank_before;  /* a blank line (paragraph break) preceded it */
  bool delimiter_row; /* a GFM |---|---| row: kept so table boundaries stay visible */
  /* The cells lie in their table's pool (nb_obs_row_reserve), not in an allocation of their
   * own: nb_obs_row_free and nb_obs_table_free leave them to the pool. */
  bool pooled;
  /* How many of its cells have a `text` (every setter counts): freeing the row visits its cells
   * only up to the last of them, and a row without (nearly every row of running text) not. */
  int owned_texts;
  int table_index; /* counts distinct source tables (pipe/HTML) in the region, from 0 */
} nb_obs_row;

/* Blocks of cells that rows of a table take their cells from (cells.c). */
typedef struct nb_obs_pool nb_obs_pool;

typedef struct {
  nb_obs_row *rows;
  int nrows;
  int cap;
  /* Where the tokenizers' rows keep their cells: one allocation for many rows rather than one
   * a row (most rows of running text are a single cell). Freed with the table; a table that
   * takes another's rows must take its pool too. */
  nb_obs_pool *pool;
  /* The cells of the pool's newest block not taken yet: a row takes its cells from here inline
   * (nb_obs_row_reserve), every row of every layout does. */
  nb_obs_cell *pool_free;
  int pool_left;
} nb_obs_table;

/* Tokenizes items [first, end) of the stream: each item is routed to the tokenizer of its
 * layout (a pipe row, part of an HTML table, a tab-separated line, a space-aligned line, or a
 * plain line that becomes a one-cell row). Headings end nothing and produce no row. */
void nb_tokenize(const nb_stream *s, int first, int end, nb_obs_table *out);

/* Cell text as the assembler should read it: `text` if set, else the source bytes. Inline: the
 * assembler reads every cell of a table through it. */
static inline const char *nb_obs_cell_text(const nb_stream *s, const nb_obs_cell *c, size_t *len) {
  if (c->text) {
    *len = strlen(c->text);
    return c->text;
  }
  if (!s->text || c->span.end <= c->span.start || c->span.end > s->len) {
    *len = 0;
    return s->text ? s->text + (c->span.start <= s->len ? c->span.start : s->len) : "";
  }
  *len = c->span.end - c->span.start;
  return s->text + c->span.start;
}

/* Appending helpers for tokenizers; cells are copied, `text` ownership moves to the row. */

/* Room for one more row (out of line: nb_tokenize reserves a region's rows at once). */
void nb_obs_table_grow_rows(nb_obs_table *t);

/* A new row, all zero but item and table_index (-1). Inline: every row of every layout is made
 * here, and the call with its clearing and setting again cost more than filling the row. */
static inline nb_obs_row *nb_obs_table_add_row(nb_obs_table *t) {
  if (t->nrows == t->cap)
    nb_obs_table_grow_rows(t);
  nb_obs_row *r = &t->rows[t->nrows++];
  *r = (nb_obs_row){.item = -1, .table_index = -1};
  return r;
}
/* Room for `n` more rows, allocated once and exactly. */
void nb_obs_table_reserve(nb_obs_table *t, int n);
nb_obs_cell *nb_obs_row_add_cell(nb_obs_row *r);
/* Room for `n` more cells, exactly: a tokenizer that knows a row's cells before adding them
 * spares the row its growth steps (a row of seven cells took three), and a row without cells
 * yet takes them from the pool of table `t`, the row's table. Inline: every row comes here;
 * the rest (a new pool block, a row that has cells) is nb_obs_row_reserve_more's. */
void nb_obs_row_reserve_more(nb_obs_table *t, nb_obs_row *r, int n);
static inline void nb_obs_row_reserve(nb_obs_table *t, nb_obs_row *r, int n) {
  if (n <= r->cap - r->ncells)
    return;
  if (r->cap == 0 && n <= t->pool_left) { /* nearly every row: its first cells, from the pool */
    r->cells = t->pool_free;
    t->pool_free += n;
    t->pool_left -= n;
    r->cap = n;
    r->pooled = true;
    return;
  }
  nb_obs_row_reserve_more(t, r, n);
}

/* Room for `n` cells at t->pool_free, the `written` cells already written there kept (moved
 * with them to a new block when the newest has too few free). A tokenizer that learns a row's
 * cells one by one before the row exists (HTML: a row is made at its end) writes them there,
 * where nb_obs_row_reserve then gives them to the row: each cell is written once. */
void nb_obs_table_pool_room(nb_obs_table *t, int written, int n);

/* Hands the pool of `from` to `to`: rows moved from one table to the other keep their cells. */
void nb_obs_table_adopt_pool(nb_obs_table *to, nb_obs_table *from);
/* Frees the row's cell texts and, unless they are pooled, its cells. */
void nb_obs_row_free(nb_obs_row *r);
void nb_obs_table_free(nb_obs_table *t);

/* Assembles observed rows into `out` for template table `id` (see table_reader.h). */
void nb_assemble_table(const nb_stream *s, const nb_obs_table *obs, const nb_template *tpl,
                       nb_table_id id, nb_table *out);

#endif
