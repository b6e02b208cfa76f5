/* A GFM pipe row cut into its cells as the pipe-table reader cuts it, for a front-end that holds
 * pipe rows as plain text: pandoc's readers end a table at an HTML comment between two rows and
 * read the rows after it as a paragraph, which the pandoc front-end gives back to its table. */
#ifndef NB_PIPE_ROW_H
#define NB_PIPE_ROW_H

#include "../core/span.h"

/* The cells of the row s[line) ("| a | b |", outer pipes optional, "\|" no border): each cell's
 * span trimmed, a blank cell empty at the pipe that closes it. Fills at most `max` spans and
 * returns the number of cells. */
int nb_pipe_row_cells(const char *s, nb_span line, nb_span *cells, int max);

#endif
