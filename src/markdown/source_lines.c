#include "source_lines.h"

#include <string.h>

size_t nb_source_line_start(const nb_line_index *ix, int line) {
  if (line < 1)
    return 0;
  if (line > ix->nlines)
    return ix->len;
  return ix->line_starts[line - 1];
}

nb_span nb_source_line(const nb_line_index *ix, int line) {
  if (line < 1 || line > ix->nlines)
    return nb_span_make(ix->len, ix->len);
  size_t start = ix->line_starts[line - 1];
  size_t end = line < ix->nlines ? ix->line_starts[line] : ix->len;
  while (end > start && (ix->text[end - 1] == '\n' || ix->text[end - 1] == '\r'))
    end--;
  if (line == 1 && end - start >= 3 && memcmp(ix->text + start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  return nb_span_make(start, end);
}

int nb_source_line_of(const nb_line_index *ix, size_t offset) {
  return nb_position_of(ix, offset, NB_COLUMNS_UTF8).line + 1;
}
