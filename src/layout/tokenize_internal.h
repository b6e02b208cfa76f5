/* Shared pieces of the per-layout tokenizers (tokenize_*.c); not part of the public contract.
 *
 * table_index: rows of a pipe table, an HTML table or a block of pre-split rows carry the
 * 0-based index of their source table within the region; rows of tab, spaced and
 * cell-per-line text are not part of a source table and carry -1. */
#ifndef NB_TOKENIZE_INTERNAL_H
#define NB_TOKENIZE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/text.h"
#include "cells.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ------------------------------------------------------------ text scanning (cells.c) */

/* Byte length of the whitespace character at s[i] (ASCII space, tab, CR, U+3000, U+00A0),
 * or 0 when s[i] (i < end) is not whitespace.
 *
 * Inline: the tokenizers and the run-on reader ask at every byte of a row, and nearly every
 * byte is ruled out by itself: nb_tok_space_leads holds the bytes a whitespace character can
 * start with (scans look for them with nb_tok_next_space_lead). */
static const bool nb_tok_space_leads[256] = {
    [' '] = true,  ['\t'] = true, ['\r'] = true, ['\f'] = true,
    ['\v'] = true, [0xE3] = true, [0xC2] = true};

static inline size_t nb_tok_space_len(const char *s, size_t i, size_t end) {
  const unsigned char *p = (const unsigned char *)s + i;
  if (i >= end || !nb_tok_space_leads[p[0]])
    return 0;
  if (p[0] == ' ' || p[0] == '\t' || p[0] == '\r' || p[0] == '\f' || p[0] == '\v')
    return 1;
  if (end - i >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) /* U+3000 */
    return 3;
  if (end - i >= 2 && p[0] == 0xC2 && p[1] == 0xA0) /* U+00A0 */
    return 2;
  return 0;
}

/* The first place in s[from, to) whose byte may start whitespace (nb_tok_space_leads), or `to`:
 * nb_next_byte_in, sixteen bytes a step where SSE2 is. The tokenizers look for whitespace in
 * every line of a table's section, and most of a line is none: the bytes 9..13, ' ', E3 and C2
 * are compared at once, and the table settles each place found ('\n' and U+3xxx other than
 * U+3000 are none). */
static inline size_t nb_tok_next_space_lead(const char *s, size_t from, size_t to) {
  size_t i = from;
#if defined(__SSE2__)
  while (i < to && to - i >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('\t')); /* 0..4 on '\t'..'\r' only */
    __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(4)), d);
    __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE3)),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2)));
    __m128i space = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
    unsigned places =
        (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(controls, leads), space));
    for (; places; places &= places - 1)
      if (nb_tok_space_leads[(unsigned char)s[i + (size_t)__builtin_ctz(places)]])
        return i + (size_t)__builtin_ctz(places);
    i += 16;
  }
#endif
  return nb_next_byte_in(s, i, to, nb_tok_space_leads);
}

/* nb_tok_close_cjk_gaps from s[from], the first byte of the span that may start whitespace. */
char *nb_tok_close_cjk_gaps_from(const char *s, nb_span span, size_t from);

/* The text of `span` with the whitespace between two non-ASCII characters removed
 * (pdftotext writes "三 、本 年 度"); NULL when nothing had to go. Inline: every cell of a tab
 * row and every cell line is asked, and most hold no whitespace at all. */
static inline char *nb_tok_close_cjk_gaps(const char *s, nb_span span) {
  size_t from = nb_tok_next_space_lead(s, span.start, span.end);
  return from < span.end ? nb_tok_close_cjk_gaps_from(s, span, from) : NULL;
}

/* A new row for stream item `item`: span, item, blank_before, layout, grid, table_index. Inline:
 * every row of every layout, written once. */
static inline nb_obs_row *nb_tok_row_for_item(const nb_stream *s, int item, nb_layout layout,
                                              bool grid, int table_index, nb_obs_table *out) {
  if (out->nrows == out->cap)
    nb_obs_table_grow_rows(out);
  nb_obs_row *r = &out->rows[out->nrows++];
  const nb_stream_item *it = &s->items[item];
  *r = (nb_obs_row){.span = it->span,
                    .item = item,
                    .layout = layout,
                    .grid = grid,
                    .blank_before = it->blank_before != 0,
                    .table_index = table_index};
  return r;
}

/* Appends a cell with the given span (text owned, may be NULL) and column. Inline: every cell
 * of every layout comes through here, and only the first cell of a row that was not reserved
 * has to grow it (nb_obs_row_add_cell). */
static inline nb_obs_cell *nb_tok_add_cell(nb_obs_row *row, nb_span span, char *text, int col) {
  nb_obs_cell *c = row->ncells < row->cap ? &row->cells[row->ncells++] : nb_obs_row_add_cell(row);
  *c = (nb_obs_cell){.span = span, .text = text, .col = col, .colspan = 1};
  row->owned_texts += text != NULL;
  return c;
}

/* ------------------------------------------------------------ grid with row/col spans */

/* Places cells of consecutive rows on a grid: colspans advance the column, and a cell with
 * rowspan > 1 is repeated (repeated = true) in the rows below it at its column. */
typedef struct {
  nb_span span;
  char *text; /* owned by the grid */
  int colspan;
} nb_tok_carry;

typedef struct {
  int *remaining; /* per column: rows below the current one still covered from above */
  int *carry;     /* per column: index into carries of the covering cell */
  int *origin;    /* per column: first column of the covering cell */
  int ncols, colcap;
  nb_tok_carry *carries;
  int ncarries, carrycap;
  /* Cells placed in the current row that reach into later rows. */
  int *fresh_col, *fresh_rows, *fresh_carry;
  int nfresh, freshcap;
  int col; /* next free column in the current row */
  bool in_row;
} nb_tok_grid;

void nb_tok_grid_init(nb_tok_grid *g);
void nb_tok_grid_begin_row(nb_tok_grid *g);
void nb_tok_grid_add_cell(nb_tok_grid *g, nb_obs_row *row, nb_span span, char *text, int rowspan,
                          int colspan);
void nb_tok_grid_end_row(nb_tok_grid *g, nb_obs_row *row);

/* nb_tok_grid_add_cell, the cell of nearly every table placed inline: one column and one row
 * wide, at a column no cell above reaches down to, it just takes the next column. */
static inline void nb_tok_grid_place(nb_tok_grid *g, nb_obs_row *row, nb_span span, char *text,
                                     int rowspan, int colspan) {
  if (rowspan != 1 || colspan != 1 || (g->col < g->ncols && g->remaining[g->col] > 0)) {
    nb_tok_grid_add_cell(g, row, span, text, rowspan, colspan);
    return;
  }
  nb_tok_add_cell(row, span, text, g->col++);
}
void nb_tok_grid_free(nb_tok_grid *g);

/* ------------------------------------------------------------ routing (tokenize.c) */

/* The bytes that route a line: a '|' (a pipe row), a '<' (an HTML tag), a tab (a tab row). */
enum { NB_TOK_HAS_PIPE = 1, NB_TOK_HAS_TAG = 2, NB_TOK_HAS_TAB = 4 };

/* Which of the routing bytes the line of s (len bytes) holds, in one pass: sixteen bytes a step
 * where SSE2 is (a line's last step is read inside the text, before or past the line).
 * nb_tok_line_marks_simple is the byte-at-a-time way, the same marks. */
unsigned nb_tok_line_marks(const char *s, size_t len, nb_span line);
unsigned nb_tok_line_marks_simple(const char *s, nb_span line);

/* ------------------------------------------------------------ layouts */

/* Pipe tables (tokenize_pipe.c). */
bool nb_tok_is_delimiter_row(const char *s, nb_span line);
bool nb_tok_has_unescaped_pipe(const char *s, nb_span line);
void nb_tok_pipe_row(const nb_stream *s, int item, int table_index, nb_obs_table *out);

/* HTML (tokenize_html.c). Offset of "<table" in the item's line, or (size_t)-1. */
size_t nb_tok_find_table_tag(const char *s, nb_span line);
/* Offset of the first <tr>, <td> or <th> in the line, or (size_t)-1: the rest of a table whose
 * <table> tag lies before the region. */
size_t nb_tok_find_row_tag(const char *s, nb_span line);
/* Tokenizes the HTML table (or table fragment) starting at byte `at` in item `item`; it may run
 * over items up to `end` (exclusive). Returns the index of the first item after the table. */
int nb_tok_html_table(const nb_stream *s, int item, int end, size_t at, int table_index,
                      nb_obs_table *out);
/* True when the line is nothing but HTML tags (a "<div>" around a table). */
bool nb_tok_is_tag_only_line(const char *s, nb_span line);
/* Cleaned text of an HTML fragment: tags dropped, entities decoded, spaces collapsed
 * (dropped next to non-ASCII text), trimmed. Always returns a heap string. */
char *nb_tok_html_text(const char *s, size_t start, size_t end);

/* Tab-separated lines (tokenize_tab.c): false when the line is not a tab row (no tab, or
 * one indented cell). Asked only about lines with a tab (NB_TOK_HAS_TAB). */
bool nb_tok_tab_row(const nb_stream *s, int item, nb_obs_table *out);
/* Whether a line that holds a tab is a tab row (nb_tok_tab_row's test, without splitting it);
 * nb_tok_is_tab_row_simple splits it into fields and looks at them, the same answer. */
bool nb_tok_is_tab_row(const char *s, nb_span line);
bool nb_tok_is_tab_row_simple(const char *s, nb_span line);

/* Space-aligned lines (tokenize_spaced.c). */

/* A run of characters without whitespace in a line. */
typedef struct {
  size_t start, end;
  int gap_before; /* width of the whitespace before the token, in spaces (0 for the first) */
  bool numeric;
} nb_tok_token;

/* A line's tokens: in `local` while they fit (nearly every line), on the heap beyond. Every
 * line of a region is split before it is known to be a spaced row, so most splits must not
 * allocate. */
enum { LOCAL_TOKENS = 64 };
typedef struct {
  nb_tok_token *t;
  int n, cap;
  bool wide_gap; /* whether a gap_before is 2 or more */
  nb_tok_token local[LOCAL_TOKENS];
} nb_tok_token_list;

/* The tokens of `line` in s (len bytes: long lines are read in windows that stay inside),
 * numeric all false; nb_tok_split_tokens_simple is the byte-at-a-time way, the same tokens. */
void nb_tok_split_tokens(const char *s, size_t len, nb_span line, nb_tok_token_list *l);
void nb_tok_split_tokens_simple(const char *s, nb_span line, nb_tok_token_list *l);
void nb_tok_free_tokens(nb_tok_token_list *l);
bool nb_tok_is_page_number(const char *s, nb_span line);
bool nb_tok_is_numeric_token(const char *s, size_t start, size_t end);
/* *unbroken: whether the line holds at most one run of characters without whitespace (most
 * lines that are no spaced row: one cell each), which nb_tok_cell_line need not look at again;
 * *run: that run when there is one (left alone otherwise). */
bool nb_tok_spaced_row(const nb_stream *s, int item, nb_obs_table *out, bool *unbroken,
                       nb_span *run);

/* One cell per line (tokenize_lines.c): the line trimmed, which is `within` trimmed unless that
 * is empty (`within` is the line, or the one run of characters without whitespace
 * nb_tok_spaced_row found in it: the trim need not skip the line's indentation again);
 * `unbroken` as nb_tok_spaced_row found it (false when not known): no gap to close. */
void nb_tok_cell_line(const nb_stream *s, int item, bool unbroken, nb_span within,
                      nb_obs_table *out);

#endif
