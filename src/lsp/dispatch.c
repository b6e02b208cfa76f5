#include "dispatch.h"

#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "rpc.h"
#include "server.h"

typedef enum { REQUEST, NOTIFICATION } kind;

static const struct {
  const char *method;
  kind kind;
  nb_lsp_handler *handler;
} methods[] = {
    {"initialize", REQUEST, nb_lsp_initialize},
    {"initialized", NOTIFICATION, nb_lsp_initialized},
    {"shutdown", REQUEST, nb_lsp_shutdown},
    {"exit", NOTIFICATION, nb_lsp_exit},
    {"textDocument/didOpen", NOTIFICATION, nb_lsp_did_open},
    {"textDocument/didChange", NOTIFICATION, nb_lsp_did_change},
    {"textDocument/didClose", NOTIFICATION, nb_lsp_did_close},
    {"workspace/didChangeConfiguration", NOTIFICATION, nb_lsp_did_change_configuration},
    {"workspace/didChangeWatchedFiles", NOTIFICATION, nb_lsp_did_change_watched_files},
    {"workspace/didChangeWorkspaceFolders", NOTIFICATION, nb_lsp_did_change_workspace_folders},
    {"textDocument/diagnostic", REQUEST, nb_lsp_pull_diagnostics},
    {"textDocument/codeAction", REQUEST, nb_lsp_code_action},
    {"textDocument/hover", REQUEST, nb_lsp_hover},
    {"textDocument/documentSymbol", REQUEST, nb_lsp_document_symbol},
    {"textDocument/foldingRange", REQUEST, nb_lsp_folding_range},
    {"textDocument/selectionRange", REQUEST, nb_lsp_selection_range},
    {"textDocument/completion", REQUEST, nb_lsp_completion},
    {"textDocument/formatting", REQUEST, nb_lsp_formatting},
    {"textDocument/semanticTokens/full", REQUEST, nb_lsp_semantic_tokens_full},
    {"textDocument/semanticTokens/full/delta", REQUEST, nb_lsp_semantic_tokens_delta},
    {"textDocument/semanticTokens/range", REQUEST, nb_lsp_semantic_tokens_range},
};

bool nb_lsp_is_request(const json_t *message) {
  return json_is_object(message) && json_object_get(message, "id") &&
         json_object_get(message, "method");
}

static void reply_error(nb_lsp_server *s, const json_t *id, int code, const char *message) {
  nb_lsp_send(s, nb_rpc_error(nb_rpc_valid_id(id) ? id : NULL, code, message));
}

/* An answer to a request the server sent. */
static void take_reply(nb_lsp_server *s, const json_t *message) {
  const json_t *id = json_object_get(message, "id");
  if (!json_is_integer(id))
    return;
  for (int i = 0; i < s->noutgoing; i++) {
    if (s->outgoing[i].id != json_integer_value(id))
      continue;
    nb_lsp_reply_handler on_reply = s->outgoing[i].on_reply;
    memmove(s->outgoing + i, s->outgoing + i + 1,
            (size_t)(s->noutgoing - i - 1) * sizeof *s->outgoing);
    s->noutgoing--;
    if (on_reply)
      on_reply(s, json_object_get(message, "result"), json_object_get(message, "error"));
    return;
  }
}

static int find_method(const char *name) {
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    if (strcmp(methods[i].method, name) == 0)
      return (int)i;
  return -1;
}

/* Whether the current phase refuses `method`: before initialize only initialize and exit are
 * taken, after shutdown only exit. *code is the error a request gets. */
static bool refused_by_lifecycle(const nb_lsp_server *s, const char *method, int *code,
                                 const char **why) {
  bool exit = strcmp(method, "exit") == 0;
  if (s->phase == NB_LSP_WAITING && !exit && strcmp(method, "initialize") != 0) {
    *code = NB_RPC_SERVER_NOT_INITIALIZED;
    *why = "the server is not initialized";
    return true;
  }
  if (s->phase == NB_LSP_SHUT_DOWN && !exit) {
    *code = NB_RPC_INVALID_REQUEST;
    *why = "the server is shut down";
    return true;
  }
  return false;
}

void nb_lsp_dispatch(nb_lsp_server *s, const json_t *message, bool cancelled) {
  if (!json_is_object(message)) {
    reply_error(s, NULL, NB_RPC_INVALID_REQUEST, "a message must be a JSON object");
    return;
  }
  const json_t *id = json_object_get(message, "id");
  const json_t *method_value = json_object_get(message, "method");
  if (!method_value) {
    if (id && (json_object_get(message, "result") || json_object_get(message, "error")))
      take_reply(s, message);
    else
      reply_error(s, id, NB_RPC_INVALID_REQUEST, "a message needs a method");
    return;
  }
  bool request = id != NULL;
  const char *version = json_string_value(json_object_get(message, "jsonrpc"));
  if (!json_is_string(method_value) || !version || strcmp(version, "2.0") != 0 ||
      (request && !nb_rpc_valid_id(id))) {
    if (request)
      reply_error(s, id, NB_RPC_INVALID_REQUEST,
                  "not a JSON-RPC 2.0 request (jsonrpc \"2.0\", a string method and an integer "
                  "or string id are required)");
    else
      nb_lsp_log(s, NB_LSP_WARNING, "a malformed notification was ignored");
    return;
  }
  const char *method = json_string_value(method_value);
  if (cancelled && request) {
    reply_error(s, id, NB_RPC_REQUEST_CANCELLED, "the request was cancelled");
    return;
  }
  const char *why = NULL;
  int code = 0;
  if (refused_by_lifecycle(s, method, &code, &why)) {
    if (request)
      reply_error(s, id, code, why);
    return; /* a notification is dropped */
  }
  int m = find_method(method);
  if (m < 0 || (methods[m].kind == NOTIFICATION && request)) {
    if (request)
      reply_error(s, id, NB_RPC_METHOD_NOT_FOUND, "no such method");
    else if (strncmp(method, "$/", 2) != 0)
      nb_lsp_log(s, NB_LSP_LOG, "notification %s ignored", method);
    return;
  }
  if (methods[m].kind == REQUEST && !request) {
    nb_lsp_log(s, NB_LSP_WARNING, "%s sent as a notification was ignored", method);
    return;
  }
  json_t *params = json_object_get(message, "params");
  nb_lsp_error e = {0};
  if (params && !json_is_object(params))
    nb_lsp_fail(&e, NB_RPC_INVALID_PARAMS, "params must be an object");
  json_t *result = e.code ? NULL : methods[m].handler(s, params, &e);
  if (request) {
    if (e.code) {
      json_decref(result);
      reply_error(s, id, e.code, e.message);
    } else {
      nb_lsp_send(s, nb_rpc_result(id, result));
    }
  } else if (e.code) {
    nb_lsp_log(s, NB_LSP_WARNING, "%s: %s", method, e.message);
  }
}
