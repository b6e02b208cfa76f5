/* A language-server session inside a test: the messages a client would write are framed into one
 * input file, nb_lsp_serve reads it to its end (so every message is already waiting, as when a
 * client writes a burst) and writes into an output file, whose frames are parsed back into a
 * JSON array. The server's log lines (stderr) are silenced. */
#ifndef TEST_LSP_SESSION_H
#define TEST_LSP_SESSION_H

#include <criterion/criterion.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/canonical.h"
#include "core/xalloc.h"
#include "lsp/server.h"
#include "markdown/render_canonical.h"

typedef struct {
  nb_textbuf in;
  json_t *out; /* every message the server wrote, in order */
  int status;  /* nb_lsp_serve's return */
} ls_session;

static inline void ls_raw(ls_session *s, const char *bytes, size_t n) {
  nb_textbuf_put(&s->in, bytes, n);
}

/* Frames `message` (stolen) with its Content-Length header. */
static inline void ls_send(ls_session *s, json_t *message) {
  char *body = json_dumps(message, JSON_COMPACT);
  json_decref(message);
  nb_textbuf_printf(&s->in, "Content-Length: %zu\r\n\r\n", strlen(body));
  nb_textbuf_puts(&s->in, body);
  free(body);
}

static inline void ls_request(ls_session *s, int id, const char *method, json_t *params) {
  json_t *m = json_pack("{s:s, s:i, s:s}", "jsonrpc", "2.0", "id", id, "method", method);
  if (params)
    json_object_set_new(m, "params", params);
  ls_send(s, m);
}

static inline void ls_notify(ls_session *s, const char *method, json_t *params) {
  json_t *m = json_pack("{s:s, s:s}", "jsonrpc", "2.0", "method", method);
  if (params)
    json_object_set_new(m, "params", params);
  ls_send(s, m);
}

/* initialize (id 1) with these client capabilities (stolen; NULL: none), then initialized. */
static inline void ls_initialize(ls_session *s, json_t *capabilities) {
  ls_request(s, 1, "initialize",
             json_pack("{s:n, s:n, s:o}", "processId", "rootUri", "capabilities",
                       capabilities ? capabilities : json_object()));
  ls_notify(s, "initialized", json_object());
}

/* The client capabilities that offer one position encoding and the common features. */
static inline json_t *ls_capabilities(const char *encoding) {
  return json_pack("{s:{s:[s]}, s:{s:{s:[s]}, s:{s:b}, s:{s:{s:b}}}, s:{s:{s:b}}}", "general",
                   "positionEncodings", encoding, "textDocument", "hover", "contentFormat",
                   "markdown", "documentSymbol", "hierarchicalDocumentSymbolSupport", 1,
                   "completion", "completionItem", "snippetSupport", 1, "workspace",
                   "workspaceEdit", "documentChanges", 1);
}

static inline void ls_open(ls_session *s, const char *uri, int version, const char *text) {
  ls_notify(s, "textDocument/didOpen",
            json_pack("{s:{s:s, s:s, s:i, s:s}}", "textDocument", "uri", uri, "languageId",
                      "markdown", "version", version, "text", text));
}

static inline void ls_shutdown_exit(ls_session *s, int id) {
  ls_request(s, id, "shutdown", NULL);
  ls_notify(s, "exit", NULL);
}

static inline json_t *ls_parse_frames(const char *data, size_t len) {
  json_t *all = json_array();
  size_t pos = 0;
  while (pos < len) {
    const char *end = strstr(data + pos, "\r\n\r\n");
    cr_assert_not_null(end, "a frame without its blank line");
    cr_assert(strncmp(data + pos, "Content-Length: ", 16) == 0, "a frame without Content-Length");
    size_t body = strtoul(data + pos + 16, NULL, 10);
    size_t start = (size_t)(end - data) + 4;
    cr_assert_leq(start + body, len, "a frame longer than the output");
    json_error_t error;
    json_t *m = json_loadb(data + start, body, 0, &error);
    cr_assert_not_null(m, "the server wrote a body that is not JSON: %s", error.text);
    json_array_append_new(all, m);
    pos = start + body;
  }
  return all;
}

static inline char *ls_read_fd(int fd, size_t *len) {
  nb_textbuf b = {0};
  char chunk[65536];
  ssize_t n;
  lseek(fd, 0, SEEK_SET);
  while ((n = read(fd, chunk, sizeof chunk)) > 0)
    nb_textbuf_put(&b, chunk, (size_t)n);
  *len = b.len;
  return b.data ? b.data : nb_xstrdup("");
}

/* Runs the server over everything sent so far; fills s->out and s->status. */
static inline void ls_run(ls_session *s) {
  FILE *in = tmpfile(), *out = tmpfile();
  cr_assert(in && out);
  if (s->in.len)
    fwrite(s->in.data, 1, s->in.len, in);
  fflush(in);
  rewind(in);
  fflush(stderr);
  int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
  dup2(null, STDERR_FILENO);
  s->status = nb_lsp_serve(fileno(in), fileno(out));
  fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  close(null);
  size_t len;
  char *written = ls_read_fd(fileno(out), &len);
  s->out = ls_parse_frames(written, len);
  free(written);
  fclose(in);
  fclose(out);
}

static inline void ls_free(ls_session *s) {
  nb_textbuf_free(&s->in);
  json_decref(s->out);
  memset(s, 0, sizeof *s);
}

/* The answer to request `id` (NULL when there is none). */
static inline json_t *ls_response(const ls_session *s, int id) {
  size_t i;
  json_t *m;
  json_array_foreach(s->out, i, m) {
    if (!json_object_get(m, "method") && json_is_integer(json_object_get(m, "id")) &&
        json_integer_value(json_object_get(m, "id")) == id)
      return m;
  }
  return NULL;
}

static inline json_t *ls_result(const ls_session *s, int id) {
  json_t *r = ls_response(s, id);
  cr_assert_not_null(r, "no answer to request %d", id);
  cr_assert_null(json_object_get(r, "error"), "request %d failed: %s", id,
                 json_string_value(json_object_get(json_object_get(r, "error"), "message")));
  return json_object_get(r, "result");
}

static inline int ls_error_code(const ls_session *s, int id) {
  json_t *r = ls_response(s, id);
  cr_assert_not_null(r, "no answer to request %d", id);
  return (int)json_integer_value(json_object_get(json_object_get(r, "error"), "code"));
}

/* How many notifications of `method` the server wrote. */
static inline int ls_count(const ls_session *s, const char *method) {
  int n = 0;
  size_t i;
  json_t *m;
  json_array_foreach(s->out, i, m) {
    const char *name = json_string_value(json_object_get(m, "method"));
    n += name && strcmp(name, method) == 0;
  }
  return n;
}

/* The params of the last publishDiagnostics for `uri`, or NULL. */
static inline json_t *ls_last_published(const ls_session *s, const char *uri) {
  json_t *last = NULL;
  size_t i;
  json_t *m;
  json_array_foreach(s->out, i, m) {
    const char *name = json_string_value(json_object_get(m, "method"));
    json_t *p = json_object_get(m, "params");
    if (name && strcmp(name, "textDocument/publishDiagnostics") == 0 &&
        strcmp(json_string_value(json_object_get(p, "uri")), uri) == 0)
      last = p;
  }
  return last;
}

/* A Range's four numbers. */
static inline void ls_assert_range(const json_t *range, int l0, int c0, int l1, int c1) {
  json_t *a = json_object_get(range, "start"), *b = json_object_get(range, "end");
  int got[4] = {(int)json_integer_value(json_object_get(a, "line")),
                (int)json_integer_value(json_object_get(a, "character")),
                (int)json_integer_value(json_object_get(b, "line")),
                (int)json_integer_value(json_object_get(b, "character"))};
  cr_assert(got[0] == l0 && got[1] == c0 && got[2] == l1 && got[3] == c1,
            "range %d:%d-%d:%d, want %d:%d-%d:%d", got[0], got[1], got[2], got[3], l0, c0, l1, c1);
}

/* A file of the source tree, whole. */
static inline char *ls_source_file(const char *relative) {
  char *path = nb_strdup_printf("%s/%s", NB_SOURCE_DIR, relative);
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot read %s", path);
  free(path);
  size_t len;
  char *text = ls_read_fd(fileno(f), &len);
  fclose(f);
  return text;
}

#endif

/* ---------------------------------------------------------------- live sessions
 *
 * The server in a thread of its own over pipes, for what needs the client to wait for an
 * answer before it writes more (a result id, diagnostics published between two edits). */
#include <poll.h>
#include <pthread.h>

typedef struct {
  int to_server, from_server; /* the test's ends */
  int server_in, server_out;  /* the server's ends */
  pthread_t thread;
  int status;
  nb_textbuf got; /* read from the server, not yet parsed */
} ls_live;

static void *ls_live_main(void *arg) {
  ls_live *l = arg;
  l->status = nb_lsp_serve(l->server_in, l->server_out);
  close(l->server_out);
  close(l->server_in);
  return NULL;
}

static inline void ls_live_start(ls_live *l) {
  memset(l, 0, sizeof *l);
  int in[2], out[2];
  cr_assert(pipe(in) == 0 && pipe(out) == 0);
  l->server_in = in[0];
  l->to_server = in[1];
  l->from_server = out[0];
  l->server_out = out[1];
  int null = open("/dev/null", O_WRONLY);
  dup2(null, STDERR_FILENO); /* the server's log lines */
  close(null);
  cr_assert(pthread_create(&l->thread, NULL, ls_live_main, l) == 0);
}

static inline void ls_live_send(ls_live *l, const ls_session *messages) {
  size_t done = 0;
  while (done < messages->in.len) {
    ssize_t w = write(l->to_server, messages->in.data + done, messages->in.len - done);
    cr_assert_gt(w, 0);
    done += (size_t)w;
  }
}

/* The next message from the server (fails the test after 10 s without one). */
static inline json_t *ls_live_next(ls_live *l) {
  for (;;) {
    const char *end = l->got.len ? strstr(l->got.data, "\r\n\r\n") : NULL;
    if (end) {
      size_t body = strtoul(l->got.data + 16, NULL, 10);
      size_t start = (size_t)(end - l->got.data) + 4;
      if (l->got.len >= start + body) {
        json_t *m = json_loadb(l->got.data + start, body, 0, NULL);
        cr_assert_not_null(m);
        memmove(l->got.data, l->got.data + start + body, l->got.len - start - body + 1);
        l->got.len -= start + body;
        return m;
      }
    }
    struct pollfd p = {l->from_server, POLLIN, 0};
    cr_assert_gt(poll(&p, 1, 10000), 0, "the server said nothing for 10 s");
    char chunk[65536];
    ssize_t n = read(l->from_server, chunk, sizeof chunk);
    cr_assert_gt(n, 0, "the server's output ended");
    nb_textbuf_put(&l->got, chunk, (size_t)n);
  }
}

/* Reads until the answer to request `id`; returns it (caller decrefs). */
static inline json_t *ls_live_answer(ls_live *l, int id) {
  for (;;) {
    json_t *m = ls_live_next(l);
    if (!json_object_get(m, "method") && json_integer_value(json_object_get(m, "id")) == id)
      return m;
    json_decref(m);
  }
}

/* Reads until diagnostics of `uri` are published; returns the params' message (decref it). */
static inline json_t *ls_live_published(ls_live *l, const char *uri) {
  for (;;) {
    json_t *m = ls_live_next(l);
    const char *method = json_string_value(json_object_get(m, "method"));
    json_t *p = json_object_get(m, "params");
    if (method && strcmp(method, "textDocument/publishDiagnostics") == 0 &&
        strcmp(json_string_value(json_object_get(p, "uri")), uri) == 0)
      return m;
    json_decref(m);
  }
}

static inline int ls_live_stop(ls_live *l) {
  close(l->to_server);
  pthread_join(l->thread, NULL);
  close(l->from_server);
  nb_textbuf_free(&l->got);
  return l->status;
}
