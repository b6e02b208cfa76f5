/* Source lines as cmark-gfm numbers them (1-based; "\n", "\r\n" or a lone "\r" ends a line),
 * over the shared line index of src/core/position.h. cmark nodes carry line numbers; these
 * turn them back into byte ranges of the original buffer, and byte offsets into the line and
 * byte column of the nodes nianbao adds. */
#ifndef NB_SOURCE_LINES_H
#define NB_SOURCE_LINES_H

#include <stddef.h>

#include "../core/position.h"
#include "../core/span.h"

/* The bytes of 1-based line `line` without its terminator; an empty span at the end of the
 * text when out of range. A UTF-8 byte order mark opening line 1 is left out, as cmark does. */
nb_span nb_source_line(const nb_line_index *ix, int line);

/* 1-based line holding byte `offset`. */
int nb_source_line_of(const nb_line_index *ix, size_t offset);

/* Byte offset where 1-based line `line` starts. */
size_t nb_source_line_start(const nb_line_index *ix, int line);

#endif
