/* GFM pipe tables as one leaf block, for parses that only need where blocks are.
 *
 * The model reads a pipe table's rows from the source lines; all it needs from cmark-gfm is which
 * lines form the table block. The GFM table extension builds a row node, a cell node, a cell
 * buffer and an inline parse for every cell: most of the parse's time and about 75 bytes of tree
 * for every byte of a table. This extension opens and continues a table block at exactly the
 * lines the table extension does (same header, delimiter and row rules, same cmark calls, so the
 * same block boundaries, tested line for line against it in test_pipe_table.c) but makes no
 * rows or cells: the block's line range is all there is. Use it instead of "table", never with
 * it, and only where nothing renders the tree. */
#ifndef NB_MARKDOWN_PIPE_TABLE_H
#define NB_MARKDOWN_PIPE_TABLE_H

#include <cmark-gfm-extension_api.h>

/* The node type of such a table (allocated by the first nb_pipe_table_extension call). */
extern cmark_node_type NIANBAO_NODE_PIPE_TABLE;

/* One shared extension object; attach it where "table" would be attached. */
cmark_syntax_extension *nb_pipe_table_extension(void);

#endif
