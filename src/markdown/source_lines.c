#include "source_lines.h"

#include <string.h>

size_t nb_source_line_start(const nb_line_index *ix, int line) {
  if (line < 1)
    return 0;
  if (line > ix->nlines)
    return ix->len;
  return ix->line_starts[line - 1];
}

int nb_source_line_of(const nb_line_index *ix, size_t offset) {
  return nb_position_of(ix, offset, NB_COLUMNS_UTF8).line + 1;
}
