/* Routes each stream item of a region to the tokenizer of its layout. The order of the
 * checks matters: block structure (pipe tables, HTML tables, pre-split rows) is stronger
 * evidence than the shape of a single line (tabs, space-aligned columns). */
#include <stdbool.h>
#include <string.h>

#include "cells.h"
#include "tokenize_internal.h"

/* Whether a block holds a GFM delimiter row, remembered for the block last asked about. */
typedef struct {
  bool valid;
  int block;
  int first, end; /* the block's items */
  bool has_delimiter;
} block_cache;

/* Whether a line of items [lo, hi) may hold a '|', which every delimiter row holds: false when
 * none lies between the first byte and the last of their lines, one memchr over the block.
 * Most blocks of a table's section are running text or a text layout without any pipe, and
 * looking at each of their lines for a delimiter row cost more than their bytes. */
static bool block_may_hold_pipe(const nb_stream *s, int lo, int hi) {
  size_t from = s->len, to = 0;
  for (int k = lo; k < hi; k++) {
    const nb_stream_item *it = &s->items[k];
    if (it->kind != NB_ITEM_LINE || it->span.start >= it->span.end)
      continue;
    from = it->span.start < from ? it->span.start : from;
    to = it->span.end > to ? it->span.end : to;
  }
  to = to < s->len ? to : s->len;
  return from < to && memchr(s->text + from, '|', to - from) != NULL;
}

static bool cache_holds(const nb_stream *s, int item, const block_cache *cache) {
  return cache->valid && cache->block == s->items[item].block && item >= cache->first &&
         item < cache->end;
}

static bool block_has_delimiter(const nb_stream *s, int item, block_cache *cache) {
  int block = s->items[item].block;
  if (cache_holds(s, item, cache))
    return cache->has_delimiter;
  int lo = item, hi = item + 1;
  while (lo > 0 && s->items[lo - 1].block == block)
    lo--;
  while (hi < s->nitems && s->items[hi].block == block)
    hi++;
  bool found = block_may_hold_pipe(s, lo, hi);
  if (found) {
    found = false;
    for (int k = lo; k < hi && !found; k++)
      found =
          s->items[k].kind == NB_ITEM_LINE && nb_tok_is_delimiter_row(s->text, s->items[k].span);
  }
  cache->valid = true;
  cache->block = block;
  cache->first = lo;
  cache->end = hi;
  cache->has_delimiter = found;
  return found;
}

static void split_row_item(const nb_stream *s, int item, int table_index, nb_tok_grid *grid,
                           nb_obs_table *out) {
  const nb_stream_item *it = &s->items[item];
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_ROWS, true, table_index, out);
  nb_tok_grid_begin_row(grid);
  for (int k = 0; k < it->ncells; k++)
    nb_tok_grid_place(grid, row, it->cells[k].span, NULL, it->cells[k].rowspan,
                      it->cells[k].colspan);
  nb_tok_grid_end_row(grid, row);
}

static const unsigned char routing_mark[256] = {
    ['|'] = NB_TOK_HAS_PIPE, ['<'] = NB_TOK_HAS_TAG, ['\t'] = NB_TOK_HAS_TAB};

unsigned nb_tok_line_marks_simple(const char *s, nb_span line) {
  unsigned marks = 0;
  for (size_t i = line.start; i < line.end; i++)
    marks |= routing_mark[(unsigned char)s[i]];
  return marks;
}

#if defined(__SSE2__)
/* The routing bytes among the sixteen of x, added to their masks (byte k of *pipe is FF where
 * a byte k so far was '|'). */
static inline void add_routing_bytes(__m128i x, __m128i *pipe, __m128i *tag, __m128i *tab) {
  *pipe = _mm_or_si128(*pipe, _mm_cmpeq_epi8(x, _mm_set1_epi8('|')));
  *tag = _mm_or_si128(*tag, _mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
  *tab = _mm_or_si128(*tab, _mm_cmpeq_epi8(x, _mm_set1_epi8('\t')));
}

/* Sixteen bytes from window + 32 - n keep the first n bytes of a step, from window + n its last
 * n: ANDed with the step, the bytes outside the line become zero, no routing byte. */
static const unsigned char step_window[48] = {
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

static inline __m128i load_step(const char *p) {
  return _mm_loadu_si128((const __m128i *)(const void *)p);
}
#endif

/* Every line of a region was looked at three times for these bytes (memchr for '<', for a tab,
 * and for '|' over its whole block), each call costing more than most lines' bytes: one pass
 * settles all three, its steps without a branch but the loop's. Inline in nb_tokenize's loop:
 * the call cost a tenth of it. */
static inline __attribute__((always_inline)) unsigned line_marks(const char *s, size_t len,
                                                                 nb_span line) {
  size_t i = line.start, end = line.end;
#if defined(__SSE2__)
  __m128i pipe = _mm_setzero_si128(), tag = pipe, tab = pipe;
  for (; end - i >= 16; i += 16)
    add_routing_bytes(load_step(s + i), &pipe, &tag, &tab);
  size_t n = end - i; /* 0..15 bytes left: read in a step that stays inside the text */
  if (n && len - i >= 16) {
    __m128i keep = load_step((const char *)step_window + 32 - n);
    add_routing_bytes(_mm_and_si128(load_step(s + i), keep), &pipe, &tag, &tab);
    i = end;
  } else if (n && end >= 16) { /* the text ends with the line: the step ends with it too */
    __m128i keep = load_step((const char *)step_window + n);
    add_routing_bytes(_mm_and_si128(load_step(s + end - 16), keep), &pipe, &tag, &tab);
    i = end;
  }
  unsigned marks = (_mm_movemask_epi8(pipe) ? NB_TOK_HAS_PIPE : 0u) |
                   (_mm_movemask_epi8(tag) ? NB_TOK_HAS_TAG : 0u) |
                   (_mm_movemask_epi8(tab) ? NB_TOK_HAS_TAB : 0u);
#else
  (void)len;
  unsigned marks = 0;
#endif
  return marks | nb_tok_line_marks_simple(s, nb_span_make(i, end));
}

unsigned nb_tok_line_marks(const char *s, size_t len, nb_span line) {
  return line_marks(s, len, line);
}

static bool line_in_span(const nb_stream *s, const nb_stream_item *it) {
  return it->span.start <= it->span.end && it->span.end <= s->len;
}

void nb_tokenize(const nb_stream *s, int first, int end, nb_obs_table *out) {
  if (first < 0)
    first = 0;
  if (end > s->nitems)
    end = s->nitems;
  int ntables = 0;
  block_cache cache = {0};
  bool in_pipe = false, in_rows = false;
  int pipe_block = 0, rows_block = 0, pipe_index = -1, rows_index = -1;
  nb_tok_grid grid;
  nb_tok_grid_init(&grid);
  /* An item makes one row at most, but for an HTML table's: room for them all at once. */
  nb_obs_table_reserve(out, end - first);

  for (int i = first; i < end;) {
    const nb_stream_item *it = &s->items[i];
    if (it->kind == NB_ITEM_ROW) {
      if (!in_rows || it->block != rows_block) {
        nb_tok_grid_free(&grid);
        nb_tok_grid_init(&grid);
        in_rows = true;
        rows_block = it->block;
        rows_index = ntables++;
      }
      split_row_item(s, i, rows_index, &grid, out);
      i++;
      continue;
    }
    in_rows = false;
    if (it->kind != NB_ITEM_LINE || !line_in_span(s, it)) {
      i++;
      continue;
    }
    /* A pipe row, a tag and a tab row each need their byte in the line. A line of a block
     * known to hold a delimiter row is asked for its pipe first: nearly every one is a row, and
     * its marks are read only when it is none. */
    bool pipe_block_line = cache.has_delimiter && i >= cache.first && i < cache.end;
    unsigned marks = pipe_block_line ? NB_TOK_HAS_PIPE : line_marks(s->text, s->len, it->span);
    if ((marks & NB_TOK_HAS_PIPE) && block_has_delimiter(s, i, &cache) &&
        nb_tok_has_unescaped_pipe(s->text, it->span)) {
      if (!in_pipe || it->block != pipe_block) {
        in_pipe = true;
        pipe_block = it->block;
        pipe_index = ntables++;
      }
      nb_tok_pipe_row(s, i, pipe_index, out);
      i++;
      continue;
    }
    if (pipe_block_line)
      marks = line_marks(s->text, s->len, it->span);
    /* Every HTML test needs a '<': most lines have none and are spared all three. */
    bool has_tag = marks & NB_TOK_HAS_TAG;
    size_t at = has_tag ? nb_tok_find_table_tag(s->text, it->span) : (size_t)-1;
    if (has_tag && at == (size_t)-1)
      at = nb_tok_find_row_tag(s->text, it->span);
    if (at != (size_t)-1) {
      i = nb_tok_html_table(s, i, end, at, ntables++, out);
      continue;
    }
    bool unbroken = false;
    nb_span within = it->span;
    if (!(has_tag && nb_tok_is_tag_only_line(s->text, it->span)) &&
        !nb_tok_is_page_number(s->text, it->span) &&
        !((marks & NB_TOK_HAS_TAB) && nb_tok_tab_row(s, i, out)) &&
        !nb_tok_spaced_row(s, i, out, &unbroken, &within))
      nb_tok_cell_line(s, i, unbroken, within, out);
    i++;
  }
  nb_tok_grid_free(&grid);
}
