/* Position encodings (LSP 3.17 general.positionEncodings): the server speaks "utf-8", "utf-16"
 * and "utf-32" and takes the first of the client's list it knows, in the client's order of
 * preference; a client that offers none (Neovim 0.7) gets UTF-16, which every client must
 * support. Byte spans become LSP ranges here, and only here. */
#ifndef NB_LSP_POSITIONS_H
#define NB_LSP_POSITIONS_H

#include <jansson.h>

#include "../core/position.h"
#include "../core/span.h"

/* The encoding to use given initialize's `capabilities`. */
nb_column_unit nb_lsp_negotiate_encoding(const json_t *capabilities);

/* "utf-8", "utf-16" or "utf-32". */
const char *nb_lsp_encoding_name(nb_column_unit unit);

json_t *nb_lsp_position_json(const nb_line_index *ix, size_t offset, nb_column_unit unit);
json_t *nb_lsp_range_json(const nb_line_index *ix, nb_span span, nb_column_unit unit);

#endif
