#include "line_index.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

void nb_line_index_build(nb_line_index *idx, const char *text, size_t len) {
  int cap = 0, ends_cap = 0;
  memset(idx, 0, sizeof *idx);
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    bool at_end = i == len;
    if (!at_end && text[i] != '\n' && text[i] != '\r')
      continue;
    /* cmark counts no empty last line after a final terminator. */
    if (at_end && start == len && idx->nlines > 0)
      break;
    nb_grow((void **)&idx->starts, &cap, idx->nlines + 1, sizeof *idx->starts);
    nb_grow((void **)&idx->ends, &ends_cap, idx->nlines + 1, sizeof *idx->ends);
    idx->starts[idx->nlines] = start;
    idx->ends[idx->nlines] = i;
    idx->nlines++;
    if (at_end)
      break;
    if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
      i++;
    start = i + 1;
  }
}

void nb_line_index_free(nb_line_index *idx) {
  free(idx->starts);
  free(idx->ends);
  memset(idx, 0, sizeof *idx);
}

nb_span nb_line_span(const nb_line_index *idx, const char *text, int line) {
  if (line < 1 || line > idx->nlines) {
    size_t end = idx->nlines ? idx->ends[idx->nlines - 1] : 0;
    return nb_span_make(end, end);
  }
  nb_span s = nb_span_make(idx->starts[line - 1], idx->ends[line - 1]);
  if (line == 1 && s.end - s.start >= 3 && memcmp(text + s.start, "\xEF\xBB\xBF", 3) == 0)
    s.start += 3;
  return s;
}

int nb_line_of_offset(const nb_line_index *idx, size_t offset) {
  int lo = 0, hi = idx->nlines - 1;
  if (hi < 0)
    return 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (idx->starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo + 1;
}
