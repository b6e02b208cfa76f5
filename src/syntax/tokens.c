/* Highlight captures → semantic tokens: overlaps resolved (the first pattern wins), then one
 * token per line. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "language.h"
#include "syntax.h"

typedef struct {
  size_t start, end;
  uint32_t pattern;
  int type;
} capture_span;

typedef struct {
  capture_span *items;
  int count, cap;
} span_list;

typedef struct {
  size_t pos;
  int span;  /* index into the span list */
  int opens; /* 1 at the span's start, 0 at its end */
} boundary;

static int by_position(const void *a, const void *b) {
  const boundary *x = a, *y = b;
  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;
  return x->opens - y->opens; /* ends before starts at the same byte */
}

/* Whether span a wins over span b where both lie: the earlier pattern, then the narrower. */
static bool wins(const capture_span *a, const capture_span *b) {
  if (a->pattern != b->pattern)
    return a->pattern < b->pattern;
  return a->end - a->start < b->end - b->start;
}

static void push_token(nb_syntax_token_list *out, size_t start, size_t end, int type) {
  if (start >= end)
    return;
  nb_syntax_token *last = out->count ? &out->items[out->count - 1] : NULL;
  if (last && last->end == start && last->type == type) {
    last->end = end;
    return;
  }
  nb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  out->items[out->count++] = (nb_syntax_token){start, end, type};
}

/* A token over [start, end), cut at every line break (LSP lines end at \n, \r\n and \r); the
 * breaks themselves belong to no token. */
static void push_lines(nb_syntax_token_list *out, const char *text, size_t start, size_t end,
                       int type) {
  size_t from = start;
  for (size_t i = start; i < end; i++) {
    if (text[i] == '\n' || text[i] == '\r') {
      push_token(out, from, i, type);
      from = i + 1;
    }
  }
  push_token(out, from, end, type);
}

static void collect(const nb_syntax_doc *doc, size_t start, size_t end, span_list *spans) {
  const TSQuery *query = nb_syntax_highlights();
  TSQueryCursor *cursor = ts_query_cursor_new();
  ts_query_cursor_set_byte_range(cursor, (uint32_t)start, (uint32_t)end);
  ts_query_cursor_exec(cursor, query, ts_tree_root_node(nb_syntax_tree(doc)));
  TSQueryMatch match;
  uint32_t index;
  while (ts_query_cursor_next_capture(cursor, &match, &index)) {
    TSQueryCapture capture = match.captures[index];
    int type = nb_syntax_capture_type(capture.index);
    size_t s = ts_node_start_byte(capture.node), e = ts_node_end_byte(capture.node);
    s = s < start ? start : s;
    e = e > end ? end : e;
    if (type < 0 || s >= e)
      continue;
    nb_grow((void **)&spans->items, &spans->cap, spans->count + 1, sizeof *spans->items);
    spans->items[spans->count++] = (capture_span){s, e, match.pattern_index, type};
  }
  ts_query_cursor_delete(cursor);
}

void nb_syntax_tokens(const nb_syntax_doc *doc, size_t start, size_t end,
                      nb_syntax_token_list *out) {
  out->count = 0;
  size_t len;
  const char *text = nb_syntax_text(doc, &len);
  end = end > len ? len : end;
  if (start >= end)
    return;
  span_list spans = {NULL, 0, 0};
  collect(doc, start, end, &spans);

  /* Sweep the spans' boundaries; between two of them the winner among the open spans holds. */
  boundary *marks = nb_xmalloc(((size_t)spans.count * 2 + 1) * sizeof *marks);
  for (int i = 0; i < spans.count; i++) {
    marks[2 * i] = (boundary){spans.items[i].start, i, 1};
    marks[2 * i + 1] = (boundary){spans.items[i].end, i, 0};
  }
  qsort(marks, (size_t)spans.count * 2, sizeof *marks, by_position);
  int *open = nb_xmalloc(((size_t)spans.count + 1) * sizeof *open);
  int nopen = 0;
  for (int m = 0; m < spans.count * 2; m++) {
    if (marks[m].opens) {
      open[nopen++] = marks[m].span;
    } else {
      for (int k = 0; k < nopen; k++) {
        if (open[k] == marks[m].span) {
          open[k] = open[--nopen];
          break;
        }
      }
    }
    size_t from = marks[m].pos;
    size_t to = m + 1 < spans.count * 2 ? marks[m + 1].pos : from;
    if (nopen == 0 || to <= from)
      continue;
    const capture_span *best = &spans.items[open[0]];
    for (int k = 1; k < nopen; k++)
      if (wins(&spans.items[open[k]], best))
        best = &spans.items[open[k]];
    push_lines(out, text, from, to, best->type);
  }
  free(open);
  free(marks);
  free(spans.items);
}

void nb_syntax_tokens_free(nb_syntax_token_list *t) {
  free(t->items);
  t->items = NULL;
  t->count = t->cap = 0;
}
