/* The language server's state and the services every feature uses: sending messages, logging,
 * asking the client. One server per process, single-threaded: the loop (server.c) reads every
 * message already waiting before it handles any, so edits queued behind each other are applied
 * together and linted once, and a $/cancelRequest reaches a request before it is handled. */
#ifndef NB_LSP_SERVER_H
#define NB_LSP_SERVER_H

#include <jansson.h>
#include <stdbool.h>

#include "../core/diag.h"
#include "../core/position.h"
#include "config.h"
#include "documents.h"
#include "params.h"
#include "previous.h"
#include "transport.h"

typedef enum {
  NB_LSP_WAITING,  /* before initialize */
  NB_LSP_RUNNING,  /* initialized */
  NB_LSP_SHUT_DOWN /* after shutdown: only exit is accepted */
} nb_lsp_phase;

/* What the client said it supports (initialize's capabilities). */
typedef struct {
  bool pull_diagnostics;   /* textDocument.diagnostic: nothing is pushed */
  bool diagnostic_refresh; /* workspace.diagnostics.refreshSupport */
  bool configuration;      /* workspace.configuration: the server may ask for settings */
  bool watch_registration; /* workspace.didChangeWatchedFiles.dynamicRegistration */
  bool document_changes;   /* workspace.workspaceEdit.documentChanges */
  bool hierarchical_symbols;
  bool snippets;         /* completion items may be snippets */
  bool markdown;         /* hover content may be Markdown */
  bool semantic_refresh; /* workspace.semanticTokens.refreshSupport */
} nb_lsp_client_caps;

/* A request the server sent and whose answer it waits for. */
typedef struct nb_lsp_server nb_lsp_server;
typedef void (*nb_lsp_reply_handler)(nb_lsp_server *s, const json_t *result, const json_t *error);

typedef struct {
  long long id;
  nb_lsp_reply_handler on_reply;
} nb_lsp_outgoing;

struct nb_lsp_server {
  nb_lsp_transport io;
  nb_lsp_phase phase;
  bool exit_now;
  int exit_status;
  nb_column_unit unit; /* the negotiated position encoding */
  nb_lsp_client_caps client;
  nb_lsp_docs docs;
  nb_lsp_config config;
  nb_lsp_previous previous;
  /* Bumped when anything every analysis depends on changes (settings, configuration files,
   * files on disk): analyses of an older generation are stale. */
  unsigned generation;
  unsigned long long results; /* pull diagnostics' result ids so far */
  long long next_id;
  nb_lsp_outgoing *outgoing;
  int noutgoing, outgoing_cap;
};

enum { NB_LSP_ERROR = 1, NB_LSP_WARNING = 2, NB_LSP_INFO = 3, NB_LSP_LOG = 4 };

/* Writes a message to the client; steals it. */
void nb_lsp_send(nb_lsp_server *s, json_t *message);
void nb_lsp_notify(nb_lsp_server *s, const char *method, json_t *params);
/* Sends a request to the client; on_reply (may be NULL) is called with its answer. */
void nb_lsp_ask(nb_lsp_server *s, const char *method, json_t *params,
                nb_lsp_reply_handler on_reply);

/* A line to stderr, and to window/logMessage once the client may receive it. */
void nb_lsp_log(nb_lsp_server *s, int type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* window/showMessage. */
void nb_lsp_show(nb_lsp_server *s, int type, const char *text);

/* Something every analysis depends on changed (settings, configuration files, workspace
 * folders): every document is analysed again and its diagnostics pushed, or the client is asked
 * to pull them again. (workspace.c) */
void nb_lsp_configuration_changed(nb_lsp_server *s);

/* Asks the client for the "nianbao" settings section when it answers workspace/configuration.
 * (lifecycle.c) */
void nb_lsp_pull_settings(nb_lsp_server *s);

/* The document a request names, or NULL with an InvalidParams error naming the URI. */
nb_lsp_doc *nb_lsp_document(nb_lsp_server *s, const json_t *params, nb_lsp_error *e);

/* Runs the server on the given descriptors until exit (or the end of input); returns the exit
 * status the specification asks for: 0 after shutdown, 1 otherwise. */
int nb_lsp_serve(int in_fd, int out_fd);

#endif
