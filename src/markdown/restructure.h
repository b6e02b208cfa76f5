/* Gives the cmark tree the report's structure: each recognised section's top-level blocks go
 * into a NIANBAO_SECTION node, and the blocks holding each statutory table found into a
 * NIANBAO_TABLE node; both carry the exact source span the model gives them. */
#ifndef NB_RESTRUCTURE_H
#define NB_RESTRUCTURE_H

#include <cmark-gfm-extension_api.h>

#include "../core/model.h"
#include "source_lines.h"

/* `ext` becomes the new nodes' extension (it renders them). The report's spans must point
 * into the buffer `root` was parsed from. */
void nb_restructure_tree(cmark_node *root, cmark_syntax_extension *ext, const nb_report *r,
                         const nb_line_index *lines);

#endif
