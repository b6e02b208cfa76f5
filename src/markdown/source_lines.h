/* Source lines as cmark-gfm numbers them (1-based; "\n", "\r\n" or a lone "\r" ends a line),
 * over the shared line index of src/core/position.h. cmark nodes carry line numbers; these
 * turn them back into byte ranges of the original buffer, and byte offsets into the line and
 * byte column of the nodes nianbao adds. */
#ifndef NB_SOURCE_LINES_H
#define NB_SOURCE_LINES_H

#include <stddef.h>
#include <string.h>

#include "../core/position.h"
#include "../core/span.h"

/* The bytes of 1-based line `line` without its terminator; an empty span at the end of the
 * text when out of range. A UTF-8 byte order mark opening line 1 is left out, as cmark does.
 * Inline: the stream walk asks for every line of the text. */
static inline nb_span nb_source_line(const nb_line_index *ix, int line) {
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

/* 1-based line holding byte `offset`. */
int nb_source_line_of(const nb_line_index *ix, size_t offset);

/* Byte offset where 1-based line `line` starts. */
size_t nb_source_line_start(const nb_line_index *ix, int line);

#endif
