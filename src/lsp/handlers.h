/* Every method the server answers, by the file that implements it. A handler reads `params`
 * (which may be NULL or of any type: check with params.h), reports a problem through `e`, and
 * returns the result of a request (NULL stands for null); a notification's handler returns
 * NULL. */
#ifndef NB_LSP_HANDLERS_H
#define NB_LSP_HANDLERS_H

#include <jansson.h>

#include "params.h"

struct nb_lsp_server;
typedef json_t *nb_lsp_handler(struct nb_lsp_server *s, json_t *params, nb_lsp_error *e);

/* lifecycle.c */
nb_lsp_handler nb_lsp_initialize, nb_lsp_initialized, nb_lsp_shutdown, nb_lsp_exit;
/* sync.c */
nb_lsp_handler nb_lsp_did_open, nb_lsp_did_change, nb_lsp_did_close;
/* workspace.c */
nb_lsp_handler nb_lsp_did_change_configuration, nb_lsp_did_change_watched_files,
    nb_lsp_did_change_workspace_folders;
/* diagnostics.c */
nb_lsp_handler nb_lsp_pull_diagnostics;
/* code_actions.c */
nb_lsp_handler nb_lsp_code_action;
/* hover.c */
nb_lsp_handler nb_lsp_hover;
/* symbols.c */
nb_lsp_handler nb_lsp_document_symbol, nb_lsp_folding_range, nb_lsp_selection_range;
/* completion.c */
nb_lsp_handler nb_lsp_completion;
/* formatting.c */
nb_lsp_handler nb_lsp_formatting;
/* semantic_tokens.c */
nb_lsp_handler nb_lsp_semantic_tokens_full, nb_lsp_semantic_tokens_delta,
    nb_lsp_semantic_tokens_range;

#endif
