/* JSON-RPC dispatch: one incoming message (already parsed) is checked against the protocol —
 * its shape, the lifecycle (nothing but initialize before it, nothing but exit after shutdown),
 * the method table — and handed to its handler; requests are always answered, with a result or
 * the error the specification names. Answers to the server's own requests go to their reply
 * handlers. */
#ifndef NB_LSP_DISPATCH_H
#define NB_LSP_DISPATCH_H

#include <jansson.h>
#include <stdbool.h>

struct nb_lsp_server;

/* Handles one message; `cancelled` answers a request with RequestCancelled instead. */
void nb_lsp_dispatch(struct nb_lsp_server *s, const json_t *message, bool cancelled);

/* Whether `message` is a request (it has an id and a method). */
bool nb_lsp_is_request(const json_t *message);

#endif
