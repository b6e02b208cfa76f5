/* Base protocol framing: "Content-Length: N\r\n" (and an optional Content-Type) headers, a blank
 * line, then N bytes of JSON. Input is read from a file descriptor into a buffer and cut into
 * message bodies; output is queued and written only as far as the pipe takes it without
 * blocking, so a client that writes a burst before it reads can never deadlock the server.
 *
 * Malformed input is survived: a header block without a usable Content-Length is reported and
 * the reader resynchronises on the next "Content-Length" it sees; bytes between messages (a
 * body longer than announced) are skipped; a body cut short by the end of input is reported. */
#ifndef NB_LSP_TRANSPORT_H
#define NB_LSP_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>

/* Bodies larger than this are skipped unread (with an error), so no announced length can make
 * the server allocate without bound. */
#define NB_LSP_MAX_BODY ((size_t)256 * 1024 * 1024)

typedef struct {
  int in_fd, out_fd;
  char *in; /* unread input is in[in_pos, in_len) */
  size_t in_pos, in_len, in_cap;
  bool eof;       /* the input has ended (or failed) */
  bool resync;    /* looking for the next "Content-Length" after a bad header */
  size_t discard; /* body bytes still to skip (an oversized body) */
  char *out;      /* queued output is out[out_pos, out_len) */
  size_t out_pos, out_len, out_cap;
  bool out_broken; /* the client closed its end */
} nb_lsp_transport;

typedef enum {
  NB_FRAME_NONE,    /* no complete message buffered */
  NB_FRAME_MESSAGE, /* *body (in the transport's buffer) holds *len bytes */
  NB_FRAME_ERROR,   /* a malformed message was dropped; *error says why (static string) */
  NB_FRAME_SKIPPED, /* bytes outside any message were skipped; *error says so */
} nb_frame_status;

void nb_lsp_transport_init(nb_lsp_transport *t, int in_fd, int out_fd);
void nb_lsp_transport_free(nb_lsp_transport *t);

/* Waits up to timeout_ms (-1: no limit, 0: not at all) for input, or for room in the output pipe
 * while output is queued (and then writes), and reads what is there. Returns true when input was
 * read or the input ended. */
bool nb_lsp_transport_wait(nb_lsp_transport *t, int timeout_ms);

/* Whether unread bytes are already waiting in the input pipe (checked without blocking). */
bool nb_lsp_transport_input_ready(const nb_lsp_transport *t);

/* The next framed body from the buffered input. A body stays valid until the next call. */
nb_frame_status nb_lsp_transport_next(nb_lsp_transport *t, char **body, size_t *len,
                                      const char **error);

/* Whether bytes of an incomplete message are buffered (at the end of input: a truncated one). */
bool nb_lsp_transport_partial(const nb_lsp_transport *t);

/* Queues one message with its header and writes as much as the pipe takes now. */
void nb_lsp_transport_send(nb_lsp_transport *t, const char *body, size_t len);

/* Writes queued output; with `block`, until all of it is written or the client is gone. */
void nb_lsp_transport_flush(nb_lsp_transport *t, bool block);

#endif
