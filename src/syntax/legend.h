/* Which LSP semantic token type each highlight capture becomes. */
#ifndef NB_SYNTAX_LEGEND_H
#define NB_SYNTAX_LEGEND_H

#include <stddef.h>
#include <stdint.h>

/* The token type index of a capture name (len bytes), or -1 when it has none. */
int nb_syntax_type_of_capture(const char *name, uint32_t len);

#endif
