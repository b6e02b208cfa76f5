/* Source lines as cmark-gfm counts them: every "\n", "\r\n" or lone "\r" ends a line. cmark
 * nodes carry 1-based line numbers; this turns them back into byte ranges of the original
 * buffer (and byte offsets back into line/column for the nodes nianbao adds). */
#ifndef NB_LINE_INDEX_H
#define NB_LINE_INDEX_H

#include <stddef.h>

#include "../core/span.h"

typedef struct {
  size_t *starts; /* starts[k]: first byte of line k+1 */
  size_t *ends;   /* ends[k]: end of line k+1, without its terminator */
  int nlines;
} nb_line_index;

void nb_line_index_build(nb_line_index *idx, const char *text, size_t len);
void nb_line_index_free(nb_line_index *idx);

/* The bytes of 1-based line `line`, without terminator; empty span at the end when out of
 * range. A UTF-8 byte order mark at the start of line 1 is left out, as cmark does. */
nb_span nb_line_span(const nb_line_index *idx, const char *text, int line);

/* 1-based line holding byte `offset` (an offset at a terminator belongs to its line). */
int nb_line_of_offset(const nb_line_index *idx, size_t offset);

#endif
