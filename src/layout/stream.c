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

void nb_stream_free(nb_stream *s) {
  for (int i = 0; i < s->nitems; i++)
    free(s->items[i].cells);
  free(s->items);
  s->items = NULL;
  s->nitems = s->cap = 0;
}
