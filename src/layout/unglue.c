#include "unglue.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "tokenize_internal.h"
#include "values.h"

/* A label this long names itself even inside unknown text; shorter ones ("其他", "规章") are
 * taken there only when digits follow them. */
enum { SELF_EVIDENT_CPS = 4 };

/* Punctuation of prose (see is_sentence_text). */
static const char *const prose_marks[] = {"。", "，", "；", "、", "！", "？", ",", ";", NULL};
/* Their first bytes. */
static const bool prose_mark_leads[256] = {
    [0xE3] = true, [0xEF] = true, [','] = true, [';'] = true};

/* What follows a number that makes it the numbering of a label ("2.其他…", "1、属于…"). */
static const char *const numbering_marks[] = {".", "、", "．", NULL};

typedef enum { PIECE_LABEL, PIECE_DIGITS, PIECE_TEXT } piece_kind;

typedef struct {
  piece_kind kind;
  size_t start, end;
  bool glued;       /* digits right after a label, no space between */
  bool gaps;        /* a label that holds characters the comparison drops: spaces, maybe */
  bool sentence;    /* unknown text that is_sentence_text calls prose */
  bool run_on;      /* of a sentence: run_on_stretch of the stretch it ends */
  int spelling;     /* a label's spelling (nb_label_set_prefix_gaps), else -1 */
  int cell, ncells; /* digits' cells: scan.cells[cell, cell + ncells) */
} piece;

/* What run_on_stretch weighs of the stretch being cut, counted as its pieces are added: asked
 * afterwards, each stretch was read twice. */
typedef struct {
  int labels, digits;
  bool label_after_digits, glued;
} stretch;

typedef struct {
  const nb_stream *s;
  const nb_label_set *labels;
  const char *t;
  size_t end;
  piece *pieces;
  int n, cap;
  /* label_at's last answer: the scan that stops at a label asks again where the next piece
   * starts. */
  size_t label_asked_at, label_len;
  bool label_gaps;
  int label_spelling;
  const nb_label_starts *starts; /* of labels */
  bool spaced;                   /* a row of space-aligned columns */
  stretch open;                  /* the stretch since the last sentence */
  bool any_run_on;               /* a stretch before it was run-on */
  /* The cells of every digits piece, found as digits_end reads them: a second pass over the
   * value run looked for the same spaces and units again. */
  nb_span *cells;
  int ncells, cells_cap;
  /* The arrays pieces and cells start in (piece_buffer's, on the stack): grown beyond them,
   * they move to the heap. */
  const piece *first_pieces;
  const nb_span *first_cells;
} scan;

/* Room for `need` items in *items (of `size` bytes, *cap of them), which is `first` (an array
 * that is not the heap's) or an allocation: out of `first`, the items move to the heap. */
static void grow_from(void **items, int *cap, int need, size_t size, const void *first) {
  if (*items != first) {
    nb_grow(items, cap, need, size);
    return;
  }
  int next = 2 * *cap > need ? 2 * *cap : need;
  void *heap = nb_xmalloc((size_t)next * size);
  if (*cap > 0) /* no start array at all is NULL, which memcpy may not be given */
    memcpy(heap, *items, (size_t)*cap * size);
  *items = heap;
  *cap = next;
}

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

static size_t skip_spaces(const char *t, size_t i, size_t end) {
  size_t w;
  while (i < end && (w = nb_tok_space_len(t, i, end)))
    i += w;
  return i;
}

/* Out of line: inlined, the lookup made label_at too large to inline in the scans that ask it
 * at every character, and each of those asks paid a call. */
static size_t __attribute__((noinline)) look_up_label(scan *sc, size_t at, uint32_t first) {
  /* Which label it is the assembler asks the cell's spelling. */
  sc->label_len = nb_label_set_prefix_first(sc->labels, sc->t, at, sc->end, first, NB_TARGET_ANY,
                                            NULL, &sc->label_gaps, &sc->label_spelling);
  sc->label_asked_at = at;
  return sc->label_len;
}

/* Length of the label starting at `at`, 0 for none. Inline: it is asked at nearly every
 * character of a run-on row, and most are answered without the lookup (a value run's digits,
 * mostly 0, start none; nor do most ideographs of prose). */
static inline __attribute__((always_inline)) size_t label_at(scan *sc, size_t at) {
  uint32_t first = nb_label_first_char(sc->starts, sc->t, at, sc->end);
  if (!first)
    return 0;
  return at == sc->label_asked_at ? sc->label_len : look_up_label(sc, at, first);
}

/* Whether a numbering mark starts at i, after the number, and something other than a digit
 * follows it. */
static bool numbering_mark_at(const scan *sc, size_t i) {
  /* No mark starts another, so the one nb_word_prefix finds is the only one that can fit. */
  size_t n = nb_word_prefix(sc->t + i, sc->end - i, numbering_marks);
  return n && sc->end - i > n && !is_digit(sc->t[i + n]);
}

/* The first bytes of numbering_marks. */
static const bool numbering_mark_leads[256] = {['.'] = true, [0xE3] = true, [0xEF] = true};

/* A digit at `at` that numbers a label ("2.其他…", "1、属于…"): text, not a value. The template
 * numbers its rows 1 to 8, so the number is one digit other than 0. Inline: every digit of a
 * value run is asked, and the byte after nearly every one rules the mark out. The digit and that
 * byte are tested at once: in turn, the test of the digit branched on each value's first digit,
 * 0 or not. */
static inline bool numbering_at(const scan *sc, size_t at) {
  if (at + 1 >= sc->end)
    return false;
  unsigned nonzero = (unsigned char)sc->t[at] - (unsigned)'1'; /* below 9 for 1 to 9 */
  bool may = (nonzero < 9) & numbering_mark_leads[(unsigned char)sc->t[at + 1]];
  return may && numbering_mark_at(sc, at + 1);
}

/* The spaces from i: the ASCII ones, nearly all between values, eight bytes a step. */
static inline size_t skip_blanks(const char *t, size_t i, size_t end) {
  i = nb_skip_ascii_spaces(t, i, end);
  return nb_tok_space_len(t, i, end) ? skip_spaces(t, i, end) : i;
}

/* Room for more cells than piece_buffer's first array holds. */
static void grow_cells(scan *sc) {
  grow_from((void **)&sc->cells, &sc->cells_cap, sc->ncells + 1, sizeof *sc->cells,
            sc->first_cells);
}

/* Appends the value cell t[start, end) to the scan's cells. */
static inline void add_cell(scan *sc, size_t start, size_t end) {
  if (sc->ncells == sc->cells_cap)
    grow_cells(sc);
  sc->cells[sc->ncells++] = nb_span_make(start, end);
}

/* End of the value run starting at `at`: digits, a decimal point between digits, spaces between
 * numbers, a unit word closing a number. A numbered label starting inside ends it. Its cells go
 * to sc->cells from *first on: the spaces inside are cell borders ("0 0 0 0 0 00"), and so is
 * the end of a unit ("3件1件14件"). */
static size_t digits_end(scan *sc, size_t at, int *first) {
  const char *t = sc->t;
  size_t q = at, last = at, cell = at;
  *first = sc->ncells;
  while (q < sc->end) {
    if (is_digit(t[q])) {
      if (q > at && (label_at(sc, q) || numbering_at(sc, q)))
        break;
      q++;
      last = q;
      continue;
    }
    /* A space is no decimal point and starts no unit (they are Chinese). */
    if (t[q] == ' ' || nb_tok_space_len(t, q, sc->end)) {
      size_t after = skip_blanks(t, q, sc->end);
      if (after < sc->end && is_digit(t[after]) && !numbering_at(sc, after) &&
          !label_at(sc, after)) {
        if (q > cell) /* none after a unit's cell */
          add_cell(sc, cell, q);
        cell = after;
        q = last = after + 1; /* the digit asked about: asked again, it would answer the same */
        continue;
      }
      break;
    }
    if (t[q] == '.' && q > at && is_digit(t[q - 1]) && q + 1 < sc->end && is_digit(t[q + 1])) {
      q++;
      continue;
    }
    const nb_cell_unit *unit =
        q > at && is_digit(t[q - 1]) ? nb_cell_unit_at(t + q, sc->end - q) : NULL;
    if (unit) {
      q += strlen(unit->word);
      last = q;
      add_cell(sc, cell, q);
      cell = q;
      continue;
    }
    break;
  }
  if (last > cell)
    add_cell(sc, cell, last);
  return last;
}

/* Whether unknown text ends at t[q]: digits start there, or a label that names itself (long
 * enough) or is followed by digits. */
static inline bool text_ends_at(scan *sc, size_t q) {
  const char *t = sc->t;
  if (is_digit(t[q]))
    return true;
  size_t n = nb_tok_space_len(t, q, sc->end) ? 0 : label_at(sc, q);
  if (!n)
    return false;
  size_t after = skip_spaces(t, q + n, sc->end);
  return nb_utf8_count(t + q, n) >= SELF_EVIDENT_CPS || (after < sc->end && is_digit(t[after]));
}

/* End of unknown text starting at `at`: where digits start or a label takes over. */
static size_t text_end(scan *sc, size_t at) {
  const char *t = sc->t;
  size_t q = at;
  nb_utf8_next(t, sc->end, &q);
  while (q < sc->end) {
    /* An ideograph, nearly every character of the text, is no digit nor space, and most start
     * no label: those are passed over from their three bytes, decoded once (asked in turn
     * whether each was a digit, a space, a label's start, then decoded to step over it, a
     * character cost about 60 instructions). */
    if (nb_unfolded_ideograph_len(t + q, sc->end - q)) {
      const unsigned char *u = (const unsigned char *)t + q;
      uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
      if (!nb_label_ideograph_starts(sc->starts, cp)) {
        q += 3;
        continue;
      }
    }
    if (text_ends_at(sc, q))
      return q;
    nb_utf8_next(t, sc->end, &q);
  }
  return q;
}

/* Unknown text holding punctuation is prose: no table cell but a label (a known one is a
 * label piece, whatever it holds) writes 。，；、. "本年制发行政规范性文件3件，废止1件" is a
 * sentence, not a row. */
static bool is_sentence_text(const scan *sc, nb_span s) {
  for (size_t i = s.start; i < s.end; i++)
    if (prose_mark_leads[(unsigned char)sc->t[i]] && /* none starts inside a character */
        nb_word_prefix(sc->t + i, s.end - i, prose_marks))
      return true;
  return false;
}

/* Whether the stretch of pieces between sentences is table material run together: two labels
 * and digits, or (in space-aligned text, whose rows are cells already) a label after digits. */
static bool run_on_stretch(const stretch *st, bool spaced) {
  if (spaced) /* "…尚未审结总计0 0 1 0 1 …": a label run into its row's first digit */
    return (st->label_after_digits || st->glued) && st->labels >= 2;
  return st->labels >= 2 && st->digits > 0;
}

/* A label piece is the label label_at found last: its gaps and spelling are those of the
 * lookup. A sentence closes the stretch before it. Inline: each of cut's three calls knows the
 * kind, and a label's or digits' piece needs neither the trim nor the sentence test (the call
 * cost a run-on row about 40 instructions a piece). */
static inline __attribute__((always_inline)) void add_piece(scan *sc, piece_kind kind, size_t start,
                                                            size_t end, bool glued, int cell) {
  nb_span s = nb_span_make(start, end);
  /* A label starts and ends with a character it keeps and digits with a digit or unit: no space
   * to trim, unlike unknown text. */
  if (kind == PIECE_TEXT)
    nb_trim_span(sc->t, &s.start, &s.end);
  if (s.start >= s.end)
    return;
  if (sc->n == sc->cap)
    grow_from((void **)&sc->pieces, &sc->cap, sc->n + 1, sizeof *sc->pieces, sc->first_pieces);
  bool label = kind == PIECE_LABEL;
  bool sentence = kind == PIECE_TEXT && is_sentence_text(sc, s);
  bool run_on = false;
  if (sentence) {
    run_on = run_on_stretch(&sc->open, sc->spaced);
    sc->any_run_on |= run_on;
    sc->open = (stretch){0};
  } else {
    sc->open.labels += label;
    sc->open.digits += kind == PIECE_DIGITS;
    sc->open.label_after_digits |= label && sc->open.digits > 0;
    sc->open.glued |= glued;
  }
  sc->pieces[sc->n++] = (piece){kind,
                                s.start,
                                s.end,
                                glued,
                                label && sc->label_gaps,
                                sentence,
                                run_on,
                                label ? sc->label_spelling : -1,
                                cell,
                                sc->ncells - cell};
}

static void cut(scan *sc, nb_span span) {
  size_t p = span.start;
  while ((p = skip_spaces(sc->t, p, span.end)) < span.end) {
    size_t n = label_at(sc, p);
    if (n) {
      add_piece(sc, PIECE_LABEL, p, p + n, false, sc->ncells);
      p += n;
      continue;
    }
    if (is_digit(sc->t[p]) && !numbering_at(sc, p)) {
      int cell;
      size_t q = digits_end(sc, p, &cell);
      bool glued =
          sc->n > 0 && sc->pieces[sc->n - 1].kind == PIECE_LABEL && sc->pieces[sc->n - 1].end == p;
      add_piece(sc, PIECE_DIGITS, p, q, glued, cell);
      p = q;
      continue;
    }
    size_t q = text_end(sc, p);
    add_piece(sc, PIECE_TEXT, p, q, false, sc->ncells);
    p = q;
  }
}

/* A cell that is nothing but a label and its digits ("行政许可734"). */
static bool label_glued_to_digits(const scan *sc) {
  return sc->n == 2 && sc->pieces[0].kind == PIECE_LABEL && sc->pieces[1].kind == PIECE_DIGITS &&
         sc->pieces[1].glued;
}

/* Room a table's rows are cut in, on the stack first: a run-on row's pieces and their cells
 * are dozens, and their arrays, allocated for every table that had a row to cut and freed at
 * its end, cost more than cutting most rows. */
enum { PIECES_FIRST = 128, CELLS_FIRST = 256 };

/* The pieces of the rows cut so far: one array for a whole table, not one a row; and the cells
 * of their digits (scan.cells). They start in the arrays here, and move to the heap when a row
 * needs more (grow_from). */
typedef struct {
  piece *items;
  int cap;
  nb_span *cells;
  int cells_cap;
  piece first_items[PIECES_FIRST];
  nb_span first_cells[CELLS_FIRST];
} piece_buffer;

/* The table of rows being unglued: until a row is cut, the rows stay in `obs`; from the first
 * cut on, every row goes to `out`. */
typedef struct {
  nb_obs_table *obs;
  nb_obs_table out;
  bool changed;
} ungluing;

/* The table the rows cut from row `i` of the table go to, with room for `more` rows, the rows
 * before `i` moved there when none was cut before. Most tables hold no run-on row: the table
 * of those that do is made here at once, not after a first cut into a table of its own. */
static nb_obs_table *rows_for_cut(ungluing *u, int i, int more) {
  nb_obs_table *out = &u->out;
  if (!u->changed) {
    /* Those before, those cut and those after (kept, most of them): all at once. */
    nb_grow((void **)&out->rows, &out->cap, u->obs->nrows - 1 + more, sizeof *out->rows);
    memcpy(out->rows, u->obs->rows, (size_t)i * sizeof *out->rows);
    out->nrows = i;
    u->changed = true;
  }
  nb_grow((void **)&out->rows, &out->cap, out->nrows + more, sizeof *out->rows);
  return out;
}

/* A new row of `out` made from row `from`, as nb_obs_table_add_row makes one: inline, for the
 * dozens a run-on row makes, for which rows_for_cut made room. */
static inline nb_obs_row *new_row(nb_obs_table *out, const nb_obs_row *from, nb_span span,
                                  nb_layout layout) {
  if (out->nrows == out->cap)
    nb_grow((void **)&out->rows, &out->cap, out->nrows + 1, sizeof *out->rows);
  nb_obs_row *row = &out->rows[out->nrows++];
  *row = (nb_obs_row){.span = span, .item = from->item, .layout = layout, .table_index = -1};
  return row;
}

/* A row of the piece's cells, taken from the pool of `out` in one go: one at a time, each row
 * allocated its cells on its own. */
static void add_piece_row(const nb_stream *s, const nb_obs_row *from, const piece *pc,
                          piece_buffer *buf, nb_obs_table *out) {
  nb_obs_row *row = new_row(out, from, nb_span_make(pc->start, pc->end), NB_LAYOUT_RUN_ON);
  if (pc->kind != PIECE_DIGITS) {
    /* A label without gaps holds no space to close: most are spelt as the template spells
     * them. Closing spaces leaves its normalised text, the spelling found, as it is. */
    bool label = pc->kind == PIECE_LABEL;
    nb_obs_row_reserve(out, row, 1);
    nb_obs_cell *cell = nb_tok_add_cell(
        row, row->span, label && !pc->gaps ? NULL : nb_tok_close_cjk_gaps(s->text, row->span), -1);
    cell->label_spelling = label ? pc->spelling + 1 : 0;
    return;
  }
  /* Cells of the row's own, none with a text: written at once. */
  nb_obs_row_reserve(out, row, pc->ncells);
  for (int k = 0; k < pc->ncells; k++)
    row->cells[k] = (nb_obs_cell){.span = buf->cells[pc->cell + k], .col = -1, .colspan = 1};
  row->ncells = pc->ncells;
}

/* A row of prose, made a few times a report: by nb_obs_table_add_row still, whose only other
 * caller then was the tokenizers' row (nb_tok_row_for_item), which took it inline and cost the
 * other layouts more than this row saved. */
static void add_text_row(const nb_stream *s, const nb_obs_row *from, nb_span span,
                         nb_obs_table *out) {
  nb_obs_row *row = nb_obs_table_add_row(out);
  row->item = from->item;
  row->layout = NB_LAYOUT_CELL_LINES;
  row->span = span;
  nb_obs_row_reserve(out, row, 1);
  nb_tok_add_cell(row, span, nb_tok_close_cjk_gaps(s->text, span), -1);
}

/* A digit followed, after spaces, by a Chinese character or a numbered word ("0 2.其他…"), or
 * right after a Chinese character ("总计0"). `digit` is the first digit of the span. */
static bool word_after_digits(const char *t, nb_span span, size_t digit) {
  /* Only the first digit of a run can follow a Chinese character and only its last can be
   * followed by spaces: the runs are found a word at a time and looked at on their ends. */
  for (size_t i = digit; i < span.end;) {
    if (i > span.start && (unsigned char)t[i - 1] >= 0x80)
      return true;
    size_t last = i;
    while (last + 1 < span.end && is_digit(t[last + 1]))
      last++;
    /* The gap to the next column: ASCII blanks, mostly, and as many as its width needs. */
    size_t j = skip_blanks(t, last + 1, span.end);
    size_t k = j;
    if (j != last + 1 && j < span.end) {
      while (k < span.end && is_digit(t[k]))
        k++;
      if (k < span.end && (t[k] == '.' || (unsigned char)t[k] >= 0x80) &&
          !nb_tok_space_len(t, k, span.end))
        return true;
    }
    /* Digits after the spaces are the next run (in a row of columns, nearly always). */
    i = k > j ? j : nb_next_ascii_digit(t, last + 1, span.end);
  }
  return false;
}

/* Whether t[span] holds a byte of a non-ASCII character, eight bytes a step. */
static bool any_wide_byte(const char *t, nb_span span) {
  size_t i = span.start;
  for (; span.end - i >= 8; i += 8) {
    uint64_t x;
    memcpy(&x, t + i, 8);
    if (x & 0x8080808080808080u)
      return true;
  }
  for (; i < span.end; i++)
    if ((unsigned char)t[i] >= 0x80)
      return true;
  return false;
}

/* Appends the rows row `row` of the table was made of to the table's rows cut (rows_for_cut);
 * false (nothing appended) when it is no run-on row. */
static bool unglue_row(const nb_stream *s, const nb_label_set *labels, ungluing *u, int row,
                       piece_buffer *buf) {
  const nb_obs_row *o = &u->obs->rows[row];
  if (o->grid || (o->layout != NB_LAYOUT_CELL_LINES && o->layout != NB_LAYOUT_SPACED) ||
      o->span.end > s->len)
    return false;
  nb_span span = o->span;
  /* Run-on table text has digits and labels, which are all Chinese: most rows lack one or the
   * other, and are let go before they are trimmed. A digit is no space, so the first one is
   * that of the trimmed row too; an ideographic space is a wide byte, so the row is asked again
   * once trimmed. */
  if (!any_wide_byte(s->text, span))
    return false;
  size_t digit = nb_next_ascii_digit(s->text, span.start, span.end);
  if (digit == span.end)
    return false;
  nb_trim_span(s->text, &span.start, &span.end);
  if (!any_wide_byte(s->text, span))
    return false;
  /* Space-aligned rows are cut only where a label follows digits: one must be there. */
  if (o->layout == NB_LAYOUT_SPACED && !word_after_digits(s->text, span, digit))
    return false;
  scan sc = {.s = s,
             .labels = labels,
             .t = s->text,
             .end = span.end,
             .pieces = buf->items,
             .cap = buf->cap,
             .label_asked_at = (size_t)-1,
             .starts = nb_label_set_starts(labels),
             .spaced = o->layout == NB_LAYOUT_SPACED,
             .cells = buf->cells,
             .cells_cap = buf->cells_cap,
             .first_pieces = buf->first_items,
             .first_cells = buf->first_cells};
  cut(&sc, span);
  bool spaced = sc.spaced;
  /* Stretches between sentences: each sentence says whether the one it ends is run-on. */
  bool last_run_on = run_on_stretch(&sc.open, spaced);
  bool whole = !spaced && label_glued_to_digits(&sc);
  bool any = whole || last_run_on || sc.any_run_on;
  buf->items = sc.pieces;
  buf->cap = sc.cap;
  buf->cells = sc.cells;
  buf->cells_cap = sc.cells_cap;
  if (!any)
    return false;
  /* Table stretches become one row per piece; the prose between them, punctuation and all,
   * stays one row of text each time, as it was written: a row a piece at most, and one more.
   * Room for them at once: a run-on row makes dozens, and rows are large. So for their cells:
   * one each, a digits piece's own, a block of the pool at most. */
  nb_obs_table *out = rows_for_cut(u, row, sc.n + 1);
  nb_obs_table_pool_room(out, 0, sc.n + 1 + sc.ncells);
  int first = out->nrows;
  size_t prose_start = 0, prose_end = 0;
  bool prose = false;
  int a = 0;
  for (int k = 0; k <= sc.n; k++) {
    if (k < sc.n && !sc.pieces[k].sentence)
      continue;
    if (whole || (k < sc.n ? sc.pieces[k].run_on : last_run_on)) {
      if (prose)
        add_text_row(s, o, nb_span_make(prose_start, prose_end), out);
      prose = false;
      for (int i = a; i < k; i++)
        add_piece_row(s, o, &sc.pieces[i], buf, out);
      a = k;
    }
    for (int i = a; i <= k && i < sc.n; i++) {
      if (!prose)
        prose_start = sc.pieces[i].start;
      prose = true;
      prose_end = sc.pieces[i].end;
    }
    a = k + 1;
  }
  if (prose)
    add_text_row(s, o, nb_span_make(prose_start, prose_end), out);
  out->rows[first].blank_before = o->blank_before;
  return true;
}

/* Appends rows [from, end) of `from_table` to `to`, cells and all: they belong to `to` now. */
static void move_rows(nb_obs_table *to, const nb_obs_table *from_table, int from, int end) {
  if (end <= from)
    return;
  nb_grow((void **)&to->rows, &to->cap, to->nrows + (end - from), sizeof *to->rows);
  memcpy(to->rows + to->nrows, from_table->rows + from, (size_t)(end - from) * sizeof *to->rows);
  to->nrows += end - from;
}

void nb_unglue_rows(const nb_stream *s, const nb_label_set *labels, nb_obs_table *obs) {
  if (!s || !labels || !obs)
    return;
  ungluing u = {.obs = obs};
  piece_buffer buf;
  buf.items = buf.first_items;
  buf.cap = PIECES_FIRST;
  buf.cells = buf.first_cells;
  buf.cells_cap = CELLS_FIRST;
  for (int i = 0; i < obs->nrows; i++) {
    if (unglue_row(s, labels, &u, i, &buf))
      nb_obs_row_free(&obs->rows[i]);
    else if (u.changed)
      move_rows(&u.out, obs, i, i + 1); /* kept as it is */
  }
  if (buf.items != buf.first_items)
    free(buf.items);
  if (buf.cells != buf.first_cells)
    free(buf.cells);
  if (!u.changed)
    return; /* nothing was cut: obs is as it was */
  free(obs->rows);
  nb_obs_table_adopt_pool(&u.out, obs); /* the rows kept point into it */
  *obs = u.out;
}
