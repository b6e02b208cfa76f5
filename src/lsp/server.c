/* The loop: take in every message already waiting, handle them in order, and only when no
 * input is waiting lint the documents that changed and publish their diagnostics. Edits that
 * arrive together are thus applied together and linted once, diagnostics always describe the
 * latest text (with its version), and a $/cancelRequest read in the same gulp as its request
 * reaches it before it is handled. */
#include "server.h"

#include <signal.h>
#include <stdarg.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "analysis.h"
#include "diagnostics.h"
#include "dispatch.h"
#include "rpc.h"
#include "semantic_tokens.h"

enum {
  /* Messages taken in before any is handled: bounds memory under a flood while keeping every
   * burst a client writes at once together. */
  MAX_QUEUED = 4096,
  /* Output a client has not read yet beyond which the server waits for it before it reads
   * more: a client that writes and never reads cannot make the server's memory grow without
   * bound. */
  MAX_UNREAD_OUTPUT = 16 * 1024 * 1024,
};

/* ---------------------------------------------------------------- services */

void nb_lsp_send(nb_lsp_server *s, json_t *message) {
  char *body = json_dumps(message, JSON_COMPACT);
  json_decref(message);
  if (!body)
    return;
  nb_lsp_transport_send(&s->io, body, strlen(body));
  free(body);
}

void nb_lsp_notify(nb_lsp_server *s, const char *method, json_t *params) {
  nb_lsp_send(s, nb_rpc_notification(method, params));
}

void nb_lsp_ask(nb_lsp_server *s, const char *method, json_t *params,
                nb_lsp_reply_handler on_reply) {
  long long id = ++s->next_id;
  nb_grow((void **)&s->outgoing, &s->outgoing_cap, s->noutgoing + 1, sizeof *s->outgoing);
  s->outgoing[s->noutgoing++] = (nb_lsp_outgoing){id, on_reply};
  nb_lsp_send(s, nb_rpc_request(id, method, params));
}

void nb_lsp_log(nb_lsp_server *s, int type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *text = nb_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(stderr, "nianbao lsp: %s\n", text);
  /* Nothing may reach the client before it has sent initialize. */
  if (s->phase != NB_LSP_WAITING) {
    json_t *params = json_object();
    json_object_set_new(params, "type", json_integer(type));
    json_object_set_new(params, "message", json_string(text));
    nb_lsp_notify(s, "window/logMessage", params);
  }
  free(text);
}

void nb_lsp_show(nb_lsp_server *s, int type, const char *text) {
  json_t *params = json_object();
  json_object_set_new(params, "type", json_integer(type));
  json_object_set_new(params, "message", json_string(text));
  nb_lsp_notify(s, "window/showMessage", params);
}

nb_lsp_doc *nb_lsp_document(nb_lsp_server *s, const json_t *params, nb_lsp_error *e) {
  const char *uri = nb_lsp_get_document_uri(params, e);
  if (!uri)
    return NULL;
  nb_lsp_doc *doc = nb_lsp_docs_find(&s->docs, uri);
  if (!doc)
    nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "the document %.200s is not open", uri);
  return doc;
}

/* ---------------------------------------------------------------- the queue */

typedef struct {
  json_t *message;
  bool cancelled;
} queued;

typedef struct {
  queued *items;
  int count, cap;
} queue;

/* A $/cancelRequest marks the request it names if that is still waiting. */
static void cancel(queue *q, const json_t *message) {
  const json_t *id = json_object_get(json_object_get(message, "params"), "id");
  for (int i = 0; id && i < q->count; i++)
    if (nb_lsp_is_request(q->items[i].message) &&
        json_equal(json_object_get(q->items[i].message, "id"), (json_t *)id))
      q->items[i].cancelled = true;
}

/* Cuts every complete message out of the buffered input into the queue. */
static void take_in(nb_lsp_server *s, queue *q) {
  while (q->count < MAX_QUEUED) {
    char *body;
    size_t len;
    const char *why;
    nb_frame_status f = nb_lsp_transport_next(&s->io, &body, &len, &why);
    if (f == NB_FRAME_NONE)
      return;
    if (f == NB_FRAME_SKIPPED) {
      nb_lsp_log(s, NB_LSP_WARNING, "%s", why);
      continue;
    }
    if (f == NB_FRAME_ERROR) {
      nb_lsp_log(s, NB_LSP_ERROR, "%s", why);
      nb_lsp_send(s, nb_rpc_error(NULL, NB_RPC_PARSE_ERROR, why));
      continue;
    }
    json_error_t error;
    json_t *message = json_loadb(body, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &error);
    if (!message) {
      char *text =
          nb_strdup_printf("the message is not JSON: %s (at byte %d)", error.text, error.position);
      nb_lsp_log(s, NB_LSP_ERROR, "%s", text);
      nb_lsp_send(s, nb_rpc_error(NULL, NB_RPC_PARSE_ERROR, text));
      free(text);
      continue;
    }
    const char *method = json_string_value(json_object_get(message, "method"));
    if (method && strcmp(method, "$/cancelRequest") == 0)
      cancel(q, message);
    nb_grow((void **)&q->items, &q->cap, q->count + 1, sizeof *q->items);
    q->items[q->count++] = (queued){message, false};
  }
}

/* Reads everything the client has written so far. */
static void take_in_all(nb_lsp_server *s, queue *q) {
  if (s->io.out_len - s->io.out_pos > MAX_UNREAD_OUTPUT)
    nb_lsp_transport_flush(&s->io, true);
  take_in(s, q);
  while (q->count < MAX_QUEUED && nb_lsp_transport_input_ready(&s->io)) {
    nb_lsp_transport_wait(&s->io, 0);
    take_in(s, q);
  }
}

static void handle_all(nb_lsp_server *s, queue *q) {
  for (int i = 0; i < q->count; i++) {
    if (!s->exit_now)
      nb_lsp_dispatch(s, q->items[i].message, q->items[i].cancelled);
    json_decref(q->items[i].message);
  }
  q->count = 0;
}

/* Publishes the diagnostics of every document that changed, then brings syntax trees up to
 * their texts, unless new input arrives first (it may change them again). Returns false when
 * it stopped for input. */
static bool catch_up(nb_lsp_server *s) {
  if (s->phase != NB_LSP_RUNNING)
    return true;
  for (int i = 0; i < s->docs.count && !s->client.pull_diagnostics; i++) {
    nb_lsp_doc *doc = s->docs.items[i];
    if (!doc->state || !doc->state->dirty)
      continue;
    if (nb_lsp_transport_input_ready(&s->io))
      return false;
    nb_lsp_publish(s, doc);
  }
  for (int i = 0; i < s->docs.count; i++) {
    nb_lsp_doc *doc = s->docs.items[i];
    /* Only reports are highlighted: a README is never parsed. */
    if (!doc->state || !doc->state->syntax_behind || !doc->state->analyzed ||
        !doc->state->is_report)
      continue;
    nb_lsp_transport_flush(&s->io, false); /* the diagnostics go out first */
    if (nb_lsp_transport_input_ready(&s->io))
      return false;
    nb_lsp_syntax_update(doc);
  }
  return true;
}

static void server_free(nb_lsp_server *s) {
  for (int i = 0; i < s->docs.count; i++)
    nb_lsp_state_free(s->docs.items[i]->state);
  nb_lsp_docs_free(&s->docs);
  nb_lsp_config_free(&s->config);
  nb_lsp_previous_free(&s->previous);
  free(s->outgoing);
  nb_lsp_transport_free(&s->io);
}

/* Every lint of a large document allocates and frees the same large blocks. glibc would map
 * each from the kernel and unmap it on free, so every keystroke paid for zeroing fresh pages
 * (a tenth of the time on a 2 MB document); kept in the heap, they are reused. */
static void keep_freed_memory(void) {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

int nb_lsp_serve(int in_fd, int out_fd) {
  signal(SIGPIPE, SIG_IGN); /* a client that went away is seen as a failed write */
  keep_freed_memory();
  nb_lsp_server s;
  memset(&s, 0, sizeof s);
  nb_lsp_transport_init(&s.io, in_fd, out_fd);
  nb_lsp_docs_init(&s.docs);
  nb_lsp_config_init(&s.config);
  nb_lsp_previous_init(&s.previous);
  s.unit = NB_COLUMNS_UTF16;
  s.exit_status = 1;
  queue q = {0};
  while (!s.exit_now) {
    take_in_all(&s, &q);
    if (q.count > 0) {
      handle_all(&s, &q);
      continue;
    }
    if (!catch_up(&s))
      continue;
    if (s.io.eof) {
      if (nb_lsp_transport_partial(&s.io))
        nb_lsp_log(&s, NB_LSP_ERROR, "the input ended inside a message");
      break;
    }
    nb_lsp_transport_wait(&s.io, -1);
  }
  handle_all(&s, &q);
  nb_lsp_transport_flush(&s.io, true);
  int status = s.exit_now ? s.exit_status : s.phase == NB_LSP_SHUT_DOWN ? 0 : 1;
  free(q.items);
  server_free(&s);
  return status;
}
