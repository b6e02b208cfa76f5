#include "stream.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

void nb_stream_init(nb_stream *s, const char *text, size_t len) {
  memset(s, 0, sizeof *s);
  s->text = text;
  s->len = len;
}

int nb_stream_push(nb_stream *s, const nb_stream_item *item) {
  nb_grow((void **)&s->items, &s->cap, s->nitems + 1, sizeof *s->items);
  nb_stream_item *dst = &s->items[s->nitems];
  *dst = *item;
  if (item->kind == NB_ITEM_ROW && item->ncells > 0) {
    dst->cells = nb_xmalloc((size_t)item->ncells * sizeof *dst->cells);
    memcpy(dst->cells, item->cells, (size_t)item->ncells * sizeof *dst->cells);
  } else {
    dst->cells = NULL;
    dst->ncells = 0;
  }
  return s->nitems++;
}

int nb_stream_push_line(nb_stream *s, nb_item_kind kind, nb_span span, int blank_before,
                        int heading_level, int block) {
  nb_grow((void **)&s->items, &s->cap, s->nitems + 1, sizeof *s->items);
  s->items[s->nitems] = (nb_stream_item){.kind = kind,
                                         .span = span,
                                         .blank_before = blank_before,
                                         .heading_level = heading_level,
                                         .block = block};
  return s->nitems++;
}

void nb_stream_free(nb_stream *s) {
  for (int i = 0; i < s->nitems; i++)
    free(s->items[i].cells);
  free(s->items);
  s->items = NULL;
  s->nitems = s->cap = 0;
}

/* Space, tab and U+3000 at the ends of a piece; the text is UTF-8. */
static void trim_piece(const char *t, size_t *a, size_t *b) {
  for (;;) {
    if (*a < *b && (t[*a] == ' ' || t[*a] == '\t' || t[*a] == '\r'))
      (*a)++;
    else if (*b - *a >= 3 && memcmp(t + *a, "\xE3\x80\x80", 3) == 0)
      *a += 3;
    else
      break;
  }
  for (;;) {
    if (*b > *a && (t[*b - 1] == ' ' || t[*b - 1] == '\t' || t[*b - 1] == '\r'))
      (*b)--;
    else if (*b - *a >= 3 && memcmp(t + *b - 3, "\xE3\x80\x80", 3) == 0)
      *b -= 3;
    else
      break;
  }
}

int nb_stream_split_line(nb_stream *s, int item, size_t at, bool break_before) {
  if (item < 0 || item >= s->nitems || s->items[item].kind != NB_ITEM_LINE)
    return -1;
  nb_stream_item *it = &s->items[item];
  if (at <= it->span.start || at >= it->span.end)
    return -1;
  size_t a1 = it->span.start, b1 = at, a2 = at, b2 = it->span.end;
  trim_piece(s->text, &a1, &b1);
  trim_piece(s->text, &a2, &b2);
  it->split = true;
  if (a1 >= b1) {
    it->span = nb_span_make(a2, b2);
    it->blank_before = it->blank_before || break_before;
    return item;
  }
  if (a2 >= b2) {
    it->span = nb_span_make(a1, b1);
    return -1;
  }
  nb_grow((void **)&s->items, &s->cap, s->nitems + 1, sizeof *s->items);
  it = &s->items[item];
  memmove(it + 2, it + 1, (size_t)(s->nitems - item - 1) * sizeof *it);
  s->nitems++;
  it[1] = it[0];
  it[0].span = nb_span_make(a1, b1);
  it[1].span = nb_span_make(a2, b2);
  it[1].blank_before = break_before;
  return item + 1;
}

void nb_stream_remove(nb_stream *s, int item) {
  if (item < 0 || item >= s->nitems)
    return;
  free(s->items[item].cells);
  memmove(&s->items[item], &s->items[item + 1], (size_t)(s->nitems - item - 1) * sizeof *s->items);
  s->nitems--;
}
