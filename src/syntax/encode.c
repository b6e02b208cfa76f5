/* Tokens as LSP's integers, and the delta between two encodings. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "syntax.h"

size_t nb_syntax_encode(const nb_line_index *ix, const nb_syntax_token_list *t, nb_column_unit unit,
                        uint32_t **data) {
  *data = nb_xmalloc(((size_t)t->count * 5 + 1) * sizeof **data);
  size_t n = 0;
  nb_position prev = {0, 0};
  for (int i = 0; i < t->count; i++) {
    nb_position from = nb_position_of(ix, t->items[i].start, unit);
    nb_position to = nb_position_of(ix, t->items[i].end, unit);
    if (to.line != from.line || to.column <= from.column)
      continue; /* never: tokens are cut at line breaks and are not empty */
    (*data)[n++] = (uint32_t)(from.line - prev.line);
    (*data)[n++] = (uint32_t)(from.line == prev.line ? from.column - prev.column : from.column);
    (*data)[n++] = (uint32_t)(to.column - from.column);
    (*data)[n++] = (uint32_t)t->items[i].type;
    (*data)[n++] = 0;
    prev = from;
  }
  return n;
}

void nb_syntax_tokens_diff(const uint32_t *old, size_t n_old, const uint32_t *new_data,
                           size_t n_new, size_t *start, size_t *delete_count,
                           size_t *insert_count) {
  size_t shorter = n_old < n_new ? n_old : n_new;
  size_t prefix = 0;
  while (prefix < shorter && old[prefix] == new_data[prefix])
    prefix++;
  prefix -= prefix % 5;
  size_t suffix = 0;
  while (suffix < shorter - prefix && old[n_old - 1 - suffix] == new_data[n_new - 1 - suffix])
    suffix++;
  suffix -= suffix % 5;
  *start = prefix;
  *delete_count = n_old - prefix - suffix;
  *insert_count = n_new - prefix - suffix;
}
