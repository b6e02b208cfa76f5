/* Observed rows: appending helpers shared by every tokenizer, and the small text scanners
 * they all need. */
#include "cells.h"

#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "tokenize_internal.h"

void nb_obs_table_grow_rows(nb_obs_table *t) {
  nb_grow((void **)&t->rows, &t->cap, t->nrows + 1, sizeof *t->rows);
}

/* A block of the pool; blocks never move, so rows may point into them. The table keeps where
 * the newest block's free cells begin (pool_free, pool_left). */
struct nb_obs_pool {
  nb_obs_pool *next;
  int cap;
  nb_obs_cell cells[];
};

enum { FIRST_POOL_CELLS = 64 };

/* A new newest block with `n` free cells at least; the newest block's free cells are left
 * unused. */
static void new_block(nb_obs_table *t, int n) {
  int cap = t->pool ? 2 * t->pool->cap : FIRST_POOL_CELLS;
  if (cap < n)
    cap = n;
  nb_obs_pool *block = nb_xmalloc(sizeof *block + (size_t)cap * sizeof block->cells[0]);
  block->next = t->pool;
  block->cap = cap;
  t->pool = block;
  t->pool_free = block->cells;
  t->pool_left = cap;
}

void nb_obs_table_pool_room(nb_obs_table *t, int written, int n) {
  if (n <= t->pool_left)
    return;
  nb_obs_cell *old = t->pool_free;
  new_block(t, n);
  if (written > 0)
    memcpy(t->pool_free, old, (size_t)written * sizeof *old);
}

static nb_obs_cell *pool_take(nb_obs_table *t, int n) {
  if (n > t->pool_left)
    new_block(t, n);
  nb_obs_cell *cells = t->pool_free;
  t->pool_free += n;
  t->pool_left -= n;
  return cells;
}

/* Gives the row `cap` cells of its own, keeping those it has (in the pool or not). */
static void own_cells(nb_obs_row *r, int cap) {
  nb_obs_cell *pooled = r->pooled ? r->cells : NULL;
  r->cells = nb_xrealloc(pooled ? NULL : r->cells, (size_t)cap * sizeof *r->cells);
  if (pooled)
    memcpy(r->cells, pooled, (size_t)r->ncells * sizeof *r->cells);
  r->cap = cap;
  r->pooled = false;
}

void nb_obs_row_reserve_more(nb_obs_table *t, nb_obs_row *r, int n) {
  if (n <= r->cap - r->ncells)
    return;
  if (r->cap == 0) {
    r->cells = pool_take(t, n);
    r->cap = n;
    r->pooled = true;
    return;
  }
  own_cells(r, r->ncells + n);
}

void nb_obs_table_reserve(nb_obs_table *t, int n) {
  if (n <= t->cap - t->nrows)
    return;
  t->cap = t->nrows + n;
  t->rows = nb_xrealloc(t->rows, (size_t)t->cap * sizeof *t->rows);
}

nb_obs_cell *nb_obs_row_add_cell(nb_obs_row *r) {
  if (r->ncells == r->cap) {
    if (r->pooled) /* outgrows its pooled cells (an HTML row with rowspan copies): rare */
      own_cells(r, r->cap);
    nb_grow((void **)&r->cells, &r->cap, r->ncells + 1, sizeof *r->cells);
  }
  nb_obs_cell *c = &r->cells[r->ncells++];
  memset(c, 0, sizeof *c);
  c->col = -1;
  c->colspan = 1;
  return c;
}

void nb_obs_table_adopt_pool(nb_obs_table *to, nb_obs_table *from) {
  if (!to->pool) { /* from's newest block becomes to's, and its free cells with it */
    to->pool_free = from->pool_free;
    to->pool_left = from->pool_left;
  }
  nb_obs_pool **tail = &to->pool;
  while (*tail)
    tail = &(*tail)->next;
  *tail = from->pool;
  from->pool = NULL;
  from->pool_free = NULL;
  from->pool_left = 0;
}

/* Inline in nb_obs_table_free: a call a row cost more than freeing most rows. */
static inline void free_row(nb_obs_row *r) {
  /* Bounded by the cells too: a miscount leaks a text, never reads past the row. */
  for (int k = 0, left = r->owned_texts; left > 0 && k < r->ncells; k++)
    if (r->cells[k].text) { /* most cells have none: spared a call */
      free(r->cells[k].text);
      left--;
    }
  if (!r->pooled)
    free(r->cells);
}

void nb_obs_row_free(nb_obs_row *r) {
  free_row(r);
}

void nb_obs_table_free(nb_obs_table *t) {
  for (int i = 0; i < t->nrows; i++)
    free_row(&t->rows[i]);
  free(t->rows);
  while (t->pool) {
    nb_obs_pool *next = t->pool->next;
    free(t->pool);
    t->pool = next;
  }
  t->rows = NULL;
  t->nrows = t->cap = 0;
  t->pool_free = NULL;
  t->pool_left = 0;
}

char *nb_tok_close_cjk_gaps_from(const char *s, nb_span span, size_t from) {
  char *out = NULL;
  size_t o = 0, copied = span.start; /* out holds the kept bytes of s[span.start, copied) */
  /* Only whitespace can go: the scan jumps from one byte that may start it to the next. */
  size_t i = from;
  while (i < span.end) {
    size_t w = nb_tok_space_len(s, i, span.end);
    if (!w) {
      i = nb_tok_next_space_lead(s, i + 1, span.end);
      continue;
    }
    size_t run_end = i;
    while (run_end < span.end && (w = nb_tok_space_len(s, run_end, span.end)))
      run_end += w;
    bool before_wide = i > span.start && ((unsigned char)s[i - 1] & 0x80);
    bool after_wide = run_end < span.end && ((unsigned char)s[run_end] & 0x80);
    if (before_wide && after_wide) {
      if (!out)
        out = nb_xmalloc(span.end - span.start + 1);
      memcpy(out + o, s + copied, i - copied);
      o += i - copied;
      copied = run_end;
    }
    i = run_end;
  }
  if (out) {
    memcpy(out + o, s + copied, span.end - copied);
    out[o + (span.end - copied)] = '\0';
  }
  return out;
}
