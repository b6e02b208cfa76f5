/* Pass 1: observed rows → logical rows.
 *
 * Each observed row is split into its label cells (text before the first value) and its value
 * cells. A label naming a template row starts a logical row; values without a label join the
 * row still waiting for values; text that names nothing is the rest of a label a layout broke
 * over lines — it joins whichever recent row it completes, or waits for the next label. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "assemble_internal.h"
#include "label_index.h"

/* How far back a broken-off label piece may look for the row it completes. */
enum { CONTINUATION_REACH = 3 };

/* What a label cell names. A row's cells themselves are read as asm_values (text, span, token)
 * straight into the room after the last logical row's values, where its values stay. */
typedef struct {
  int cell;         /* index in the row */
  nb_span span;     /* the cell's */
  const char *norm; /* in the pool, or the label set's */
  size_t norm_len;
  bool hit_ok;
  nb_label_hit hit;
} label_info;

static bool is_value_kind(nb_token_kind k) {
  return k == NB_TOKEN_NUMBER || k == NB_TOKEN_PLACEHOLDER;
}

static bool strong(nb_match m) {
  return m == NB_MATCH_EXACT || m == NB_MATCH_VARIANT;
}

static nb_span span_union(nb_span a, nb_span b) {
  if (a.end <= a.start && a.start == 0 && a.end == 0)
    return b;
  nb_span u = a;
  if (b.start < u.start)
    u.start = b.start;
  if (b.end > u.end)
    u.end = b.end;
  return u;
}

/* asm_group_rows makes room for one logical row per observed row, which is all handle_row
 * makes; more would move the rows out of the pool to a list of their own. */
static void grow_rows(asm_ctx *c) {
  if (c->rows_in_pool) {
    asm_lrow *own = nb_xmalloc((size_t)c->cap * sizeof *own);
    if (c->nrows > 0)
      memcpy(own, c->rows, (size_t)c->nrows * sizeof *own);
    c->rows = own;
    c->rows_in_pool = false;
  }
  nb_grow((void **)&c->rows, &c->cap, c->nrows + 1, sizeof *c->rows);
}

/* Inline at each of its calls: out of line, the call and its register saves cost as much as
 * the row's setup. */
static inline __attribute__((always_inline)) asm_lrow *new_lrow(asm_ctx *c, asm_kind kind) {
  if (c->nrows == c->cap)
    grow_rows(c);
  asm_lrow *r = &c->rows[c->nrows++];
  /* Field by field: GCC clears a struct of this size (memset or a compound literal) with
   * `rep stos`, whose start-up costs more than the rest of the row's setup and mispredicts
   * about once a row. */
  r->kind = kind;
  r->row = -1;
  r->block = -1;
  r->match = NB_MATCH_NONE;
  r->score = 0;
  r->outdated = NULL;
  r->dropped = r->has_label = false;
  r->norm = NULL;
  r->label = (nb_span){0, 0};
  r->values = c->values_end;
  r->nvalues = 0;
  r->single = false;
  r->group_col = r->group_width = 0;
  r->layouts = 0;
  return r;
}
#if defined(__LP64__)
/* A field added to asm_lrow is nearly always a change of its size: then this asks for its line
 * above, which an all-zero struct gave before. */
_Static_assert(sizeof(asm_lrow) == 96, "new_lrow sets every field of asm_lrow: set the new one");
#endif

static asm_lrow *last_lrow(asm_ctx *c) {
  return c->nrows ? &c->rows[c->nrows - 1] : NULL;
}

static void clear_carry(asm_ctx *c) {
  c->ncarry = 0;
}

/* norm is in the pool already. */
static void push_carry(asm_ctx *c, nb_span span, const char *norm) {
  if (c->ncarry == ASM_MAX_CARRY) {
    memmove(c->carry, c->carry + 1, (ASM_MAX_CARRY - 1) * sizeof *c->carry);
    c->ncarry--;
  }
  c->carry[c->ncarry].span = span;
  c->carry[c->ncarry].text = norm;
  c->ncarry++;
}

static int numeric_values(const asm_lrow *r) {
  int n = 0;
  for (int i = 0; i < r->nvalues; i++)
    n += is_value_kind(r->values[i].tok.kind);
  return n;
}

/* Appends the value cells [from, to) of the row being read to r, the last logical row: `cells`
 * are where r's values end, so they move down (or stay) in place. Grid rows may carry padding:
 * empty cells a merged label left behind, or trailing empty fields; they go while there are more
 * cells than columns. A row without any label cannot tell padding from blank cells at its ends, so
 * when its count does not fit it drops empty cells at both ends. `nonempty` is how many of cells
 * [from, to) are not empty, as read_cells counted them, or -1 when not counted. Inline at its
 * calls (a row takes its values once): out of line, its register saves and restores cost a third
 * of what it does for a row. */
static inline __attribute__((always_inline)) void take_values(asm_ctx *c, asm_lrow *r,
                                                              const nb_obs_row *o, asm_value *cells,
                                                              int from, int to, bool labelled,
                                                              int nonempty) {
  if (o->grid) {
    int cap = asm_capacity(c, r) - r->nvalues;
    if (labelled) {
      while (to - from > cap && to > from && cells[to - 1].tok.kind == NB_TOKEN_EMPTY)
        to--;
      while (to - from > cap && to > from && cells[from].tok.kind == NB_TOKEN_EMPTY)
        from++;
    } else if (to - from != cap) {
      while (to > from && cells[to - 1].tok.kind == NB_TOKEN_EMPTY)
        to--;
      while (to > from && cells[from].tok.kind == NB_TOKEN_EMPTY)
        from++;
    }
  }
  /* A row without values yet starts them where its first value cell was read (the label cells
   * before it are left behind unused): nothing moves. */
  if (r->nvalues == 0)
    r->values = cells + from;
  asm_value *end = r->values + r->nvalues;
  int added = 0;
  if (o->grid) {
    added = to - from;
    if (added > 0 && end != cells + from)
      memmove(end, cells + from, (size_t)added * sizeof *end);
  } else if (nonempty == to - from) {
    /* No empty cell among them (most rows): they stay, or move down together, without a look at
     * each cell's kind, whose count ended the loop below at a different cell row after row. */
    added = to - from;
    if (added > 0 && end != cells + from)
      memmove(end, cells + from, (size_t)added * sizeof *end);
  } else {
    /* Values read in place stay there up to the first empty cell; every one after it, or all of
     * them when the row appends to an earlier row's values, moves down: no pointer compared a
     * cell to tell which. */
    int k = from;
    if (end == cells + from)
      while (k < to && cells[k].tok.kind != NB_TOKEN_EMPTY)
        k++;
    added = k - from;
    for (; k < to; k++)
      if (cells[k].tok.kind != NB_TOKEN_EMPTY)
        end[added++] = cells[k];
  }
  if (added > 0) {
    r->nvalues += added;
    r->layouts |= 1u << o->layout;
  }
  c->values_end = r->values + r->nvalues;
}

/* norm is in the pool or the label set's. */
static void set_label(asm_lrow *r, const nb_label_hit *hit, bool ok, const char *norm,
                      nb_span span) {
  r->norm = norm;
  r->has_label = true;
  r->label = span;
  r->row = -1;
  r->match = NB_MATCH_NONE;
  r->score = 0;
  r->outdated = NULL;
  r->dropped = false;
  if (!ok || hit->kind != NB_TARGET_ROW)
    return;
  r->match = hit->match;
  r->score = hit->score;
  r->outdated = hit->outdated;
  r->row = hit->index;
  r->dropped = hit->outdated && hit->index < 0;
}

/* The row a data or group label cell names, preferring data rows, then later cells (the most
 * specific fragment of a split label column). Returns the cell index or -1. */
static int deciding_cell(const asm_ctx *c, const label_info *labels, int n) {
  /* One label cell, most rows: no other to prefer it to. */
  if (n == 1)
    return labels[0].hit_ok && labels[0].hit.kind == NB_TARGET_ROW ? 0 : -1;
  int best = -1, best_key = -1;
  for (int i = 0; i < n; i++) {
    const label_info *x = &labels[i];
    if (!x->hit_ok || x->hit.kind != NB_TARGET_ROW)
      continue;
    bool data = x->hit.index < 0 || c->spec->rows[x->hit.index].kind == NB_ROW_DATA;
    int key = (data ? 1000 : 0) + i;
    if (key > best_key) {
      best_key = key;
      best = i;
    }
  }
  return best;
}

/* The labels of the kinds in `labels`, measured into b (cleared). */
static void measure_bound(const nb_label_set *labels, unsigned kinds, asm_label_bound *b) {
  *b = (asm_label_bound){0};
  const nb_label_index *idx = nb_label_set_index(labels);
  for (int i = 0; i < idx->n; i++)
    if (idx->keys[i].kind & kinds) {
      if (idx->keys[i].ncps > b->cps)
        b->cps = idx->keys[i].ncps;
      b->numbered |= idx->spellings[i].m.num > 0;
      b->bits |= idx->keys[i].bits;
    }
  b->measured = true;
}

/* The bounds of shared label sets the thread measured: such a set lives as long as the process
 * (assemble_memo.c), and measuring it went over every label of the table once a table read. */
enum { KNOWN_BOUNDS = 16 };
static _Thread_local struct {
  const nb_label_set *labels; /* NULL: an empty slot */
  unsigned kinds;
  asm_label_bound bound;
} known_bounds[KNOWN_BOUNDS];

static const asm_label_bound *bound_of(asm_ctx *c, unsigned kinds) {
  asm_label_bound *b = &c->bounds[kinds == NB_TARGET_ROW ? 0 : 1];
  if (b->measured)
    return b;
  if (c->own_labels) {
    measure_bound(c->labels, kinds, b);
    return b;
  }
  size_t slot = (c->set_id * 2 + (kinds == NB_TARGET_ROW)) % KNOWN_BOUNDS;
  if (known_bounds[slot].labels != c->labels || known_bounds[slot].kinds != kinds) {
    measure_bound(c->labels, kinds, &known_bounds[slot].bound);
    known_bounds[slot].labels = c->labels;
    known_bounds[slot].kinds = kinds;
  }
  *b = known_bounds[slot].bound;
  return b;
}

/* False when the label text[0, len) certainly names no label of the kinds, which
 * nb_label_set_best_n would score. label_match.c lets a text with more code points than every
 * such label match one only as ending with a numbered label (800), by a note "(…)" of its own
 * (900), or as a typo: within a third more code points, and a code point lacking from the
 * label for every four of the text. Header rows read as one text are that long and mostly of
 * other characters (scoring them read every byte); table 四 has no row labels at all. */
static bool may_name(asm_ctx *c, unsigned kinds, const char *text, size_t len) {
  const asm_label_bound *b = bound_of(c, kinds);
  if (b->cps == 0)
    return false;
  /* No fewer bytes than code points: most cells are decided without counting. */
  if (len <= b->cps || b->numbered || text[len - 1] == ')')
    return true;
  size_t cps = nb_utf8_count(text, len);
  if (cps <= b->cps)
    return true;
  if (3 * cps > 4 * b->cps)
    return false;
  nb_label_measures m = nb_label_measure(text, len);
  return (size_t)__builtin_popcountll(m.bits & ~b->bits) * 4 <= m.ncps;
}

/* Whether the normalised text[0, len) names a row label, in *hit: a label column read as one
 * text, or a label joined to the piece that completes it. Header rows ask it of the same texts
 * report after report (asm_memo_find). */
static bool names_row(asm_ctx *c, const char *text, size_t len, nb_label_hit *hit) {
  asm_label_read read = {0};
  bool shared = !c->own_labels;
  if (shared && asm_memo_find(c->labels, c->set_id, ASM_ASK_ROW, text, len, &read)) {
    if (read.hit_ok)
      *hit = read.hit;
    return read.hit_ok;
  }
  read.hit_ok = may_name(c, NB_TARGET_ROW, text, len) &&
                nb_label_set_best_n(c->labels, text, len, NB_TARGET_ROW, hit);
  if (shared) {
    if (read.hit_ok)
      read.hit = *hit;
    asm_memo_keep(c->labels, c->set_id, ASM_ASK_ROW, text, len, &read);
  }
  return read.hit_ok;
}

/* Tries `norm` as the rest of a recent row's label. Returns the row it completes (its label
 * now includes the piece), or NULL. With `need_empty` only the last row qualifies, and only
 * while it has no values yet (the piece brings values of its own). */
static asm_lrow *try_continuation(asm_ctx *c, const char *norm, size_t norm_len, nb_span span,
                                  int min_score, bool need_empty) {
  asm_lrow *best = NULL;
  nb_label_hit best_hit;
  bool best_ok = false;
  int best_gain = 0;
  for (int i = c->nrows - 1, seen = 0; i >= 0 && seen < CONTINUATION_REACH; i--, seen++) {
    asm_lrow *r = &c->rows[i];
    if (r->kind == ASM_BLOCK)
      break;
    if (need_empty && (i != c->nrows - 1 || numeric_values(r) > 0))
      break;
    if (!r->has_label || r->score >= 1000)
      continue;
    size_t r_len = strlen(r->norm);
    char *joined = asm_join(c, r->norm, r_len, norm, norm_len);
    nb_label_hit hit;
    bool ok = names_row(c, joined, r_len + norm_len, &hit);
    if (!ok || hit.score <= r->score || hit.score < min_score)
      continue;
    int gain = hit.score - r->score;
    if (gain > best_gain) {
      best_gain = gain;
      best = r;
      best_hit = hit;
      best_ok = ok;
    }
  }
  if (!best)
    return NULL;
  char *joined = asm_join(c, best->norm, strlen(best->norm), norm, norm_len);
  set_label(best, &best_hit, best_ok, joined, span_union(best->label, span));
  return best;
}

/* apply_carry with text waiting: out of line, as most rows have none. */
static void __attribute__((noinline)) join_carry(asm_ctx *c, asm_lrow *r) {
  for (int k = 0; k < c->ncarry; k++) {
    const char *joined = r->norm;
    size_t len = strlen(joined);
    for (int i = c->ncarry - 1; i >= k; i--) {
      size_t piece = strlen(c->carry[i].text);
      joined = asm_join(c, c->carry[i].text, piece, joined, len);
      len += piece;
    }
    nb_label_hit hit;
    bool ok = names_row(c, joined, len, &hit);
    if (ok && hit.score > r->score) {
      set_label(r, &hit, ok, joined, span_union(c->carry[k].span, r->label));
      break;
    }
  }
  clear_carry(c);
}

/* Label text waiting from earlier lines that completes this label from the front. The joined
 * texts are asked through names_row: the same carried fragments come back report after report. */
static inline void apply_carry(asm_ctx *c, asm_lrow *r) {
  if (c->ncarry > 0)
    join_carry(c, r);
}

static void note_row(asm_ctx *c, const asm_lrow *r) {
  c->started = true;
  c->header_after = -1;
  if (r->row >= 0) {
    const nb_row_spec *spec = &c->spec->rows[r->row];
    if (spec->kind == NB_ROW_DATA && r->row + 1 > c->expect)
      c->expect = r->row + 1;
    c->cur_block = spec->block;
  }
}

static void add_mark(asm_ctx *c, int row, nb_span span, nb_match m) {
  nb_grow((void **)&c->marks, &c->markcap, c->nmarks + 1, sizeof *c->marks);
  asm_group_mark *g = &c->marks[c->nmarks++];
  g->row = row;
  g->span = span;
  g->match = m;
}

static void block_row(asm_ctx *c, const nb_obs_row *o, const label_info *x) {
  asm_lrow *r = new_lrow(c, ASM_BLOCK);
  r->block = x->hit.outdated && x->hit.index < 0 ? -1 : x->hit.index;
  r->label = x->span;
  r->has_label = true;
  r->match = x->hit.match;
  c->label_layouts |= 1u << o->layout;
  asm_add_header(c, &x->hit, x->span, -1);
  c->header_after = -1;
  c->cur_block = r->block;
  if (r->block >= 0) {
    int first = asm_next_data_row(c, 0, r->block);
    if (first > c->expect)
      c->expect = first;
  }
  c->started = true;
  clear_carry(c);
}

/* cell is a label cell, x what it names. */
static bool is_sentence_cell(const asm_value *cell, const label_info *x) {
  return !x->hit_ok && nb_text_is_sentence(cell->text, cell->len);
}

static int value_count(const asm_value *ci, int from, int to) {
  int n = 0;
  for (int k = from; k < to; k++)
    n += ci[k].tok.kind != NB_TOKEN_EMPTY;
  return n;
}

/* n = value_count(ci, from, to). Values that fill a column group: one per column, or digits run
 * together as many as its columns or more (the placing pass cuts them, by count or by the group's
 * own total) but fewer than the whole row's: those are the whole row. */
static bool group_fits(const asm_ctx *c, const asm_value *ci, int from, int to, int n, int width) {
  int digits = 0;
  if (n == width)
    return true;
  for (int k = from; k < to; k++) {
    if (ci[k].tok.kind == NB_TOKEN_EMPTY)
      continue;
    if (ci[k].tok.kind != NB_TOKEN_NUMBER || !ci[k].tok.digits_only)
      return false;
    digits += ci[k].tok.ndigits;
  }
  int row = asm_next_data_row(c, 0, -1);
  return n > 0 && n < width && digits >= width && row >= 0 && digits < asm_row_columns(c, row);
}

/* What read_cells tells of a row's cells besides them. */
typedef struct {
  int nonempty;    /* cells not empty */
  int first_value; /* the first value cell, -1 for none */
  int last_label;  /* the last text cell before it, -1 for none */
  int nvalues;     /* cells not empty after last_label (the value part of the row) */
  /* Text in the value part: a stray word in a value column is an invalid cell, but words of
   * prose wrapped around numbers ("…申请 21 件，") mean the row is prose. */
  bool prose;
} row_cells;

/* Reads o's cells into `cells` (text, span, token) and tells of them in *rc, all in one pass: a
 * text cell after the first value is in the value part, one before it a label that restarts it. */
static void read_cells(const asm_ctx *c, const nb_obs_row *o, asm_value *cells, row_cells *rc) {
  int nonempty = 0, nvalues = 0, first_value = -1, last_label = -1;
  bool prose = false;
  for (int k = 0; k < o->ncells; k++) {
    const nb_obs_cell *cell = &o->cells[k];
    asm_value *v = &cells[k];
    v->text = nb_obs_cell_text(c->s, cell, &v->len);
    v->span = cell->span;
    v->source = cell->text == NULL;
    nb_token_read(v->text, v->len, &v->tok);
    nb_token_kind kind = v->tok.kind;
    nonempty += kind != NB_TOKEN_EMPTY;
    nvalues += kind != NB_TOKEN_EMPTY;
    if (kind != NB_TOKEN_TEXT) {
      if (first_value < 0 && is_value_kind(kind))
        first_value = k;
    } else if (first_value < 0) {
      last_label = k;
      nvalues = 0;
    } else if (!prose) {
      prose = nb_utf8_count(v->text, v->len) >= 3;
    }
  }
  *rc = (row_cells){nonempty, first_value, last_label, nvalues, prose};
}

/* What label cell x names: a cell that copies a template label is found by its bytes, any other
 * is normalised and matched, or answered as the thread answered it before (asm_memo_find).
 * known_spelling is the cell's label_spelling (cells.h): its label is known already. */
static void read_label(asm_ctx *c, const asm_value *cell, int known_spelling, label_info *x) {
  int spelling;
  x->span = cell->span;
  if (__builtin_expect(known_spelling != 0, 0)) { /* run-on text only */
    spelling = known_spelling - 1;
    x->norm = nb_label_set_spelling(c->labels, spelling, &x->norm_len);
  } else {
    x->norm = nb_label_set_verbatim(c->labels, cell->text, cell->len, &x->norm_len, &spelling);
  }
  if (x->norm) {
    x->hit_ok = nb_label_set_best_spelling(c->labels, spelling, NB_TARGET_ANY, &x->hit);
    return;
  }
  asm_label_read read;
  bool shared = !c->own_labels;
  if (shared && asm_memo_find(c->labels, c->set_id, ASM_ASK_CELL, cell->text, cell->len, &read)) {
    x->norm = asm_join(c, read.norm, read.norm_len, "", 0);
    x->norm_len = read.norm_len;
    x->hit_ok = read.hit_ok;
    x->hit = read.hit;
    return;
  }
  x->norm = asm_normalize(c, cell->text, cell->len, &x->norm_len);
  x->hit_ok = may_name(c, NB_TARGET_ANY, x->norm, x->norm_len) &&
              nb_label_set_best_n(c->labels, x->norm, x->norm_len, NB_TARGET_ANY, &x->hit);
  if (shared) {
    read.norm = x->norm;
    read.norm_len = x->norm_len;
    read.hit_ok = x->hit_ok;
    if (x->hit_ok)
      read.hit = x->hit;
    asm_memo_keep(c->labels, c->set_id, ASM_ASK_CELL, cell->text, cell->len, &read);
  }
}

static void handle_row(asm_ctx *c, const nb_obs_row *o) {
  int n = o->ncells;
  if (o->delimiter_row || n <= 0)
    return;
  /* The cells are read where the last logical row's values end (there is room for every cell of
   * the table): the values among them stay there, or move down to follow that row's. */
  asm_value *ci = c->values_end;
  row_cells rc;
  read_cells(c, o, ci, &rc);
  int first_value = rc.first_value, last_label = rc.last_label;
  /* Rows of a few labels are the rule: their labels are on the stack. */
  enum { STACK_LABELS = 16 };
  label_info stack_labels[STACK_LABELS];
  label_info *labels = last_label < STACK_LABELS
                           ? stack_labels
                           : nb_xmalloc((size_t)(last_label + 1) * sizeof *labels);
  const char *norm = NULL; /* the label as read, normalised */
  size_t norm_len = 0;
  nb_label_hit hit;
  bool hit_ok = false;
  nb_span lspan = {0, 0};
  if (!rc.nonempty) {
    /* Table 四's row has no label: after its headers, a grid row of exactly its number of
     * blank cells is that row left unfilled (a blank report), not padding. */
    bool unlabelled_table = c->spec->rows[0].label == NULL;
    int row = asm_next_data_row(c, 0, c->cur_block);
    if (o->grid && unlabelled_table && c->started && row >= 0 && n == asm_row_columns(c, row)) {
      asm_lrow *r = new_lrow(c, ASM_ROW);
      take_values(c, r, o, ci, 0, n, false, 0);
    }
    goto done;
  }

  /* A sentence among the labels makes the row prose: the labels after it need no reading. The
   * first block label is noted as the labels are read. */
  int nlabels = 0;
  label_info *block_label = NULL;
  for (int k = 0; k <= last_label; k++)
    if (ci[k].tok.kind == NB_TOKEN_TEXT) {
      label_info *x = &labels[nlabels++];
      x->cell = k;
      read_label(c, &ci[k], o->cells[k].label_spelling, x);
      if (is_sentence_cell(&ci[k], x))
        goto done;
      if (!block_label && x->hit_ok && x->hit.kind == NB_TARGET_BLOCK)
        block_label = x;
    }
  int vfrom = last_label + 1, vto = n;
  bool has_values = first_value >= 0; /* the first value comes after the last label */

  /* Grid cells are cells whatever they say; only free text wraps prose around numbers. One
   * branch, rarely taken: whether a row has values alternates from row to row (labels, then
   * numbers), and branching on it first mispredicted. */
  if (has_values & !o->grid & rc.prose)
    goto done;

  /* A block label row switches the block (table 二). */
  if (block_label) {
    block_row(c, o, block_label);
    goto done;
  }

  if (nlabels > 0) {
    int d = deciding_cell(c, labels, nlabels);
    lspan = nb_span_make(labels[0].span.start, labels[nlabels - 1].span.end);
    /* The whole label column read as one text: a label split over several cells. */
    if (nlabels == 1) {
      norm = labels[0].norm;
      norm_len = labels[0].norm_len;
    } else {
      size_t total = 0;
      for (int i = 0; i < nlabels; i++)
        total += labels[i].norm_len;
      char *all = asm_alloc(c, total + 1);
      /* Appended at a running end, not with strcat: strcat rescans what is already joined, which
       * made a row of 10^5 label cells (one line of tab-separated words) quadratic. */
      for (int i = 0; i < nlabels; i++) {
        memcpy(all + norm_len, labels[i].norm, labels[i].norm_len);
        norm_len += labels[i].norm_len;
      }
      all[norm_len] = '\0';
      norm = all;
    }
    /* The whole label column names a row better than its deciding cell, or names one when no
     * cell does. Nothing scores above EXACT 1000: a cell that scores it needs no second look. */
    nb_label_hit joined;
    bool joined_ok = nlabels > 1 && (d < 0 || labels[d].hit.score < 1000) &&
                     names_row(c, norm, norm_len, &joined);
    if (d >= 0) {
      label_info *x = &labels[d];
      hit = x->hit;
      hit_ok = true;
      if (joined_ok && joined.score > hit.score) {
        hit = joined;
      } else {
        norm = x->norm;
        norm_len = x->norm_len;
        lspan = x->span;
      }
      /* Words in the first value columns of a grid ("不适用") are cells, not more label: when
       * the cells after the deciding label fill the row's columns exactly, they are its
       * values. */
      int dcell = x->cell;
      if (o->grid && dcell < last_label && hit.index >= 0) {
        bool unmatched = true;
        for (int i = d + 1; i < nlabels; i++)
          unmatched &= !labels[i].hit_ok;
        int to = vto;
        while (to > dcell + 1 && ci[to - 1].tok.kind == NB_TOKEN_EMPTY &&
               to - (dcell + 1) > asm_row_columns(c, hit.index))
          to--;
        if (unmatched && to - (dcell + 1) == asm_row_columns(c, hit.index)) {
          vfrom = dcell + 1;
          nlabels = d + 1;
        }
      }
      /* Group labels beside the deciding one ("（三）不予公开 | 1.属于国家秘密"): none beside a
       * label cell alone. */
      for (int i = 0; i < nlabels && nlabels > 1; i++) {
        label_info *g = &labels[i];
        if (i != d && g->hit_ok && g->hit.kind == NB_TARGET_ROW && g->hit.index >= 0 &&
            !o->cells[g->cell].repeated && c->spec->rows[g->hit.index].kind == NB_ROW_GROUP)
          add_mark(c, g->hit.index, g->span, g->hit.match);
      }
    } else if (joined_ok) {
      hit = joined;
      hit_ok = true;
    }
  }

  /* The cells not empty in [vfrom, vto), when read_cells counted them (take_values). */
  int counted = vfrom == last_label + 1 ? rc.nvalues : -1;
  if (hit_ok && strong(hit.match)) {
    asm_lrow *r = new_lrow(c, ASM_ROW);
    set_label(r, &hit, true, norm, lspan);
    c->label_layouts |= 1u << o->layout;
    apply_carry(c, r);
    take_values(c, r, o, ci, vfrom, vto, true, counted);
    note_row(c, r);
    goto done;
  }

  if (nlabels > 0) {
    int own = hit_ok ? hit.score : 1;
    asm_lrow *r = try_continuation(c, norm, norm_len, lspan, own, has_values);
    if (r) {
      c->label_layouts |= 1u << o->layout;
      if (has_values)
        take_values(c, r, o, ci, vfrom, vto, true, counted);
      note_row(c, r);
      goto done;
    }
    if (hit_ok) {
      r = new_lrow(c, ASM_ROW);
      set_label(r, &hit, true, norm, lspan);
      c->label_layouts |= 1u << o->layout;
      apply_carry(c, r);
      take_values(c, r, o, ci, vfrom, vto, true, counted);
      note_row(c, r);
      goto done;
    }
    /* A column group of table 四 standing alone ("（一）行政复议" over its own small table) or
     * labelling a row of its values (table 四 transposed). */
    int gcol, gwidth;
    if (c->by_group && asm_group_named(c, norm, norm_len, &gcol, &gwidth)) {
      if (!has_values && nlabels == 1) {
        /* Group names one after another, no values between: the header of the whole row. */
        c->groups_in_header |= c->group_width > 0;
        c->group_col = gcol;
        c->group_width = c->groups_in_header ? 0 : gwidth;
        c->started = true;
        c->label_layouts |= 1u << o->layout;
        asm_use_span(c, lspan);
        clear_carry(c);
        goto done;
      }
      /* vfrom moved past grid words read as cells: their count is not read_cells'. */
      int nv = vfrom == last_label + 1 ? rc.nvalues : value_count(ci, vfrom, vto);
      if (has_values && group_fits(c, ci, vfrom, vto, nv, gwidth)) {
        r = new_lrow(c, ASM_ROW);
        set_label(r, NULL, false, norm, lspan);
        r->group_col = gcol;
        r->group_width = gwidth;
        c->started = true;
        c->label_layouts |= 1u << o->layout;
        take_values(c, r, o, ci, vfrom, vto, true, counted);
        clear_carry(c);
        goto done;
      }
    }
    /* Column and header labels: record the columns (label-typo checks them). */
    bool header = false;
    for (int i = 0; i < nlabels && !has_values; i++) {
      label_info *x = &labels[i];
      if (!x->hit_ok || (x->hit.kind != NB_TARGET_COLUMN && x->hit.kind != NB_TARGET_HEADER))
        continue;
      header = true;
      c->label_layouts |= 1u << o->layout;
      if (x->hit.kind == NB_TARGET_HEADER) {
        asm_use_span(c, x->span);
        continue;
      }
      asm_add_header(c, &x->hit, x->span, c->header_after);
      c->header_after = c->out->headers[c->out->nheaders - 1].index;
    }
    if (header && !has_values) {
      c->started = true;
      clear_carry(c);
      goto done;
    }
    if (has_values) {
      /* Numbers under a label that names nothing: placed by position. */
      if (!c->started && asm_next_data_row(c, 0, -1) >= 0 && c->spec->rows[0].label)
        goto done;
      r = new_lrow(c, ASM_ROW);
      set_label(r, NULL, false, norm, lspan);
      c->label_layouts |= 1u << o->layout;
      take_values(c, r, o, ci, vfrom, vto, true, counted);
      clear_carry(c);
      goto done;
    }
    if (nlabels == 1)
      push_carry(c, lspan, norm);
    goto done;
  }

  /* Values without a label. */
  int nvals = rc.nvalues;
  if (c->group_width > 0 && group_fits(c, ci, vfrom, vto, nvals, c->group_width)) {
    /* The values of the group a sub-heading named. */
    asm_lrow *r = new_lrow(c, ASM_ROW);
    r->group_col = c->group_col;
    r->group_width = c->group_width;
    c->group_width = 0;
    take_values(c, r, o, ci, vfrom, vto, false, counted);
    clear_carry(c);
    goto done;
  }
  asm_lrow *last = last_lrow(c);
  /* Cells of run-on text come as one piece per row's values: never more to join them. */
  bool single = !o->grid && nvals == 1 && o->layout != NB_LAYOUT_RUN_ON;
  if (last && last->kind == ASM_ROW &&
      (last->nvalues == 0 || (last->single && single && last->nvalues < asm_capacity(c, last)))) {
    bool first = last->nvalues == 0;
    take_values(c, last, o, ci, vfrom, vto, false, counted);
    if (first)
      last->single = single;
  } else {
    bool labelled_table = c->spec->rows[0].label != NULL;
    if (!c->started && labelled_table)
      goto done;
    asm_lrow *r = new_lrow(c, ASM_ROW);
    r->single = single;
    take_values(c, r, o, ci, vfrom, vto, false, counted);
  }
  clear_carry(c);

done:
  if (labels != stack_labels)
    free(labels);
}

void asm_group_rows(asm_ctx *c) {
  c->cur_block = c->spec->nblocks == 1 ? 0 : -1;
  c->header_after = -1;
  /* An observed row makes one logical row at most, and its cells are the most values it adds:
   * room for them all at once, rather than a realloc each time a list doubles. Values, rows and
   * the labels' texts (a table's take a few KB) share one block of the table's pool. */
  enum { LABEL_TEXT_ROOM = 4096 };
  size_t cells = 0;
  for (int i = 0; i < c->obs->nrows; i++)
    cells += (size_t)c->obs->rows[i].ncells;
  if (c->obs->nrows > 0) {
    _Static_assert(sizeof(asm_value) % _Alignof(asm_lrow) == 0, "rows aligned after values");
    size_t values_bytes = cells * sizeof *c->values;
    size_t bytes = values_bytes + (size_t)c->obs->nrows * sizeof *c->rows;
    char *block = asm_room(c, bytes + LABEL_TEXT_ROOM);
    asm_keep(c, block, bytes);
    c->values = c->values_end = (asm_value *)block;
    c->rows = (asm_lrow *)(block + values_bytes);
    c->cap = c->obs->nrows;
    c->rows_in_pool = true;
  }
  for (int i = 0; i < c->obs->nrows; i++)
    handle_row(c, &c->obs->rows[i]);
}
