/* Diagnostics in LSP terms, pushed (textDocument/publishDiagnostics, with the version they
 * belong to) or pulled (textDocument/diagnostic, with resultId and "unchanged") when the client
 * says it pulls; never both for one client. Each carries its exact range in the negotiated
 * encoding, severity, code (the rule id) with its documentation link, source "nianbao", every
 * related location (each part of a sum, the other half of a contradiction) and, in data, what
 * identifies it to the code actions: its index among the document's findings (checked against
 * the rule and range, since the client may send it back after an edit). */
#ifndef NB_LSP_DIAGNOSTICS_H
#define NB_LSP_DIAGNOSTICS_H

#include <jansson.h>

#include "analysis.h"
#include "handlers.h"
#include "params.h"

struct nb_lsp_server;

/* The LSP Diagnostic for finding `index` of the document's analysis. */
json_t *nb_lsp_diagnostic_json(const struct nb_lsp_server *s, const nb_lsp_doc *doc,
                               const nb_lsp_doc_state *st, int index);

/* Every diagnostic of the document's current analysis (none for a document that is not a
 * report). */
json_t *nb_lsp_diagnostics_json(const struct nb_lsp_server *s, const nb_lsp_doc *doc,
                                const nb_lsp_doc_state *st);

/* Pushes the current diagnostics of a document (analysing it when needed). */
void nb_lsp_publish(struct nb_lsp_server *s, nb_lsp_doc *doc);

/* Pushes an empty list for a closed document. */
void nb_lsp_publish_cleared(struct nb_lsp_server *s, const char *uri);

#endif
