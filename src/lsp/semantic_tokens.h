/* Semantic tokens from the tree-sitter grammar (src/syntax): every open document keeps its
 * tree, and textDocument/semanticTokens full, range and full/delta read the highlight captures
 * of grammar/queries/highlights.scm from it. A document that is not a report gets no tokens, as
 * it gets no diagnostics.
 *
 * The tree follows the text once per batch of changes, like the lint: when the server is idle
 * after publishing, or when tokens are asked for first, one incremental reparse covers every
 * change since the last (nb_syntax_update finds the span that differs). Reparsing after each
 * change of a burst cost more than the lint: 10⁴ line breaks typed at the top of a report took
 * minutes, each reparse walking the lines inserted before. */
#ifndef NB_LSP_SEMANTIC_TOKENS_H
#define NB_LSP_SEMANTIC_TOKENS_H

#include <jansson.h>
#include <stddef.h>

#include "documents.h"

/* The semanticTokensProvider capability: the legend, range, full with delta. */
json_t *nb_lsp_semantic_tokens_capability(void);

/* The document's text changed (or was opened): its tree is behind until nb_lsp_syntax_update. */
void nb_lsp_syntax_changed(nb_lsp_doc *doc);

/* Brings the tree up to the text: one incremental reparse, or a parse for a new document. */
void nb_lsp_syntax_update(nb_lsp_doc *doc);

#endif
