/* Text edits and workspace edits in LSP terms. Whole-text results (formatting, fix all) are
 * sent as the one edit that covers what differs, so the client keeps its cursor, folds and
 * undo history outside it. */
#ifndef NB_LSP_EDITS_H
#define NB_LSP_EDITS_H

#include <jansson.h>

#include "../core/span.h"
#include "documents.h"

struct nb_lsp_server;

/* {range, newText} for replacing `span` of the document. */
json_t *nb_lsp_text_edit(const struct nb_lsp_server *s, const nb_lsp_doc *doc, nb_span span,
                         const char *new_text, size_t new_len);

/* The one edit that turns the document's text into `text`: the differing middle, its ends
 * moved out to whole characters and line breaks. NULL when the texts are equal. */
json_t *nb_lsp_text_edit_to(const struct nb_lsp_server *s, const nb_lsp_doc *doc, const char *text,
                            size_t len);

/* A WorkspaceEdit applying `edits` (an array, stolen) to the document: documentChanges with its
 * version when the client takes them, else changes. */
json_t *nb_lsp_workspace_edit(const struct nb_lsp_server *s, const nb_lsp_doc *doc, json_t *edits);

#endif
