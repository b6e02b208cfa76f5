#include "transport.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/xalloc.h"

enum {
  READ_CHUNK = 64 * 1024,
  /* A pipe with room for writing has room for PIPE_BUF bytes: a write of at most that many
   * never blocks. */
  WRITE_CHUNK = PIPE_BUF,
  MAX_HEADER = 64 * 1024,
};

static const char length_name[] = "Content-Length";

void nb_lsp_transport_init(nb_lsp_transport *t, int in_fd, int out_fd) {
  memset(t, 0, sizeof *t);
  t->in_fd = in_fd;
  t->out_fd = out_fd;
}

void nb_lsp_transport_free(nb_lsp_transport *t) {
  free(t->in);
  free(t->out);
  memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- reading */

static size_t available(const nb_lsp_transport *t) {
  return t->in_len - t->in_pos;
}

static void drop(nb_lsp_transport *t, size_t n) {
  t->in_pos += n;
  if (t->in_pos == t->in_len)
    t->in_pos = t->in_len = 0;
}

static void read_some(nb_lsp_transport *t) {
  if (t->in_pos > 0 && t->in_pos >= t->in_cap / 2) {
    memmove(t->in, t->in + t->in_pos, available(t));
    t->in_len -= t->in_pos;
    t->in_pos = 0;
  }
  if (t->in_cap - t->in_len < READ_CHUNK) {
    t->in_cap = t->in_cap ? t->in_cap * 2 : 2 * READ_CHUNK;
    t->in = nb_xrealloc(t->in, t->in_cap);
  }
  ssize_t n;
  do
    n = read(t->in_fd, t->in + t->in_len, t->in_cap - t->in_len);
  while (n < 0 && errno == EINTR);
  if (n <= 0)
    t->eof = true;
  else
    t->in_len += (size_t)n;
}

static bool ready(int fd, short events, int timeout_ms) {
  struct pollfd p = {fd, events, 0};
  int n;
  do
    n = poll(&p, 1, timeout_ms);
  while (n < 0 && errno == EINTR);
  return n > 0 && (p.revents & (events | POLLHUP | POLLERR | POLLNVAL));
}

bool nb_lsp_transport_input_ready(const nb_lsp_transport *t) {
  return !t->eof && ready(t->in_fd, POLLIN, 0);
}

bool nb_lsp_transport_wait(nb_lsp_transport *t, int timeout_ms) {
  bool writing = t->out_pos < t->out_len && !t->out_broken;
  struct pollfd p[2] = {{t->in_fd, POLLIN, 0}, {t->out_fd, POLLOUT, 0}};
  int n;
  do
    n = poll(t->eof ? p + 1 : p, (nfds_t)(t->eof ? writing : 1 + writing), timeout_ms);
  while (n < 0 && errno == EINTR);
  if (n <= 0)
    return false;
  if (writing && p[1].revents)
    nb_lsp_transport_flush(t, false);
  if (!t->eof && p[0].revents) {
    read_some(t);
    return true;
  }
  return false;
}

static int lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Case-insensitive search for `name` in s[0, len). */
static const char *find_name(const char *s, size_t len, const char *name) {
  size_t n = strlen(name);
  for (size_t i = 0; i + n <= len; i++) {
    size_t k = 0;
    while (k < n && lower((unsigned char)s[i + k]) == lower((unsigned char)name[k]))
      k++;
    if (k == n)
      return s + i;
  }
  return NULL;
}

/* The end of the header block ("\r\n\r\n", or "\n\n" from a lenient writer) and where the body
 * starts, or false when the block is not complete. */
static bool header_end(const char *s, size_t len, size_t *end, size_t *body) {
  for (size_t i = 0; i + 1 < len; i++) {
    if (s[i] != '\n')
      continue;
    if (s[i + 1] == '\n') {
      *end = i;
      *body = i + 2;
      return true;
    }
    if (s[i + 1] == '\r' && i + 2 < len && s[i + 2] == '\n') {
      *end = i;
      *body = i + 3;
      return true;
    }
  }
  return false;
}

static bool is_token_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/* Whether s[0, len) starts like a header line ("Name:"). */
static bool looks_like_header(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && is_token_char(s[i]))
    i++;
  return i > 0 && (i == len || s[i] == ':');
}

typedef enum { LENGTH_OK, LENGTH_MISSING, LENGTH_INVALID } length_status;

/* Reads the header lines of [s, s + len): Content-Length is required and must be a decimal
 * number; other headers (Content-Type) are accepted as they are. */
static length_status parse_headers(const char *s, size_t len, size_t *length) {
  length_status status = LENGTH_MISSING;
  const char *end = s + len;
  while (s < end) {
    const char *eol = memchr(s, '\n', (size_t)(end - s));
    if (!eol)
      eol = end;
    const char *line_end = eol > s && eol[-1] == '\r' ? eol - 1 : eol;
    const char *colon = memchr(s, ':', (size_t)(line_end - s));
    size_t name_len = colon ? (size_t)(colon - s) : 0;
    if (colon && name_len == strlen(length_name) && find_name(s, name_len, length_name) == s) {
      const char *v = colon + 1;
      while (v < line_end && (*v == ' ' || *v == '\t'))
        v++;
      const char *v_end = line_end;
      while (v_end > v && (v_end[-1] == ' ' || v_end[-1] == '\t'))
        v_end--;
      size_t value = 0;
      bool ok = v < v_end;
      for (const char *c = v; ok && c < v_end; c++) {
        ok = *c >= '0' && *c <= '9' && value <= (SIZE_MAX - 9) / 10;
        value = value * 10 + (size_t)(*c - '0');
      }
      if (!ok)
        return LENGTH_INVALID;
      *length = value;
      status = LENGTH_OK;
    }
    s = eol + 1;
  }
  return status;
}

bool nb_lsp_transport_partial(const nb_lsp_transport *t) {
  return available(t) > 0 || t->discard > 0;
}

nb_frame_status nb_lsp_transport_next(nb_lsp_transport *t, char **body, size_t *len,
                                      const char **error) {
  if (t->discard > 0) {
    size_t n = available(t) < t->discard ? available(t) : t->discard;
    drop(t, n);
    t->discard -= n;
    if (t->discard > 0)
      return NB_FRAME_NONE;
  }
  if (!t->in)
    return NB_FRAME_NONE; /* nothing read yet (and no buffer to point into) */
  const char *s = t->in + t->in_pos;
  size_t n = available(t);
  if (t->resync || (n > 0 && !looks_like_header(s, n < 64 ? n : 64))) {
    const char *next = find_name(s, n, length_name);
    if (!next) {
      /* Keep a tail that may be the start of the name. */
      size_t keep = n < sizeof length_name ? n : sizeof length_name - 1;
      drop(t, n - keep);
      t->resync = true;
      return n - keep > 0 ? (*error = "bytes outside any message were skipped", NB_FRAME_SKIPPED)
                          : NB_FRAME_NONE;
    }
    t->resync = false;
    if (next > s) {
      drop(t, (size_t)(next - s));
      *error = "bytes outside any message were skipped";
      return NB_FRAME_SKIPPED;
    }
  }
  if (n == 0)
    return NB_FRAME_NONE;
  size_t head_end, body_start;
  if (!header_end(s, n, &head_end, &body_start)) {
    if (n <= MAX_HEADER)
      return NB_FRAME_NONE;
    drop(t, 1);
    t->resync = true;
    *error = "a header longer than 64 KiB was dropped";
    return NB_FRAME_ERROR;
  }
  size_t length = 0;
  length_status status = parse_headers(s, head_end, &length);
  if (status != LENGTH_OK) {
    /* Where the body ends is unknown: skip to the next message's header. */
    drop(t, body_start);
    t->resync = true;
    *error = status == LENGTH_MISSING ? "a message without a Content-Length header was dropped"
                                      : "a message whose Content-Length is not a number was "
                                        "dropped";
    return NB_FRAME_ERROR;
  }
  if (length > NB_LSP_MAX_BODY) {
    drop(t, body_start);
    t->discard = length;
    *error = "a message larger than 256 MiB was skipped";
    return NB_FRAME_ERROR;
  }
  if (n - body_start < length)
    return NB_FRAME_NONE;
  *body = t->in + t->in_pos + body_start;
  *len = length;
  drop(t, body_start + length);
  return NB_FRAME_MESSAGE;
}

/* ---------------------------------------------------------------- writing */

void nb_lsp_transport_flush(nb_lsp_transport *t, bool block) {
  while (t->out_pos < t->out_len && !t->out_broken) {
    if (!ready(t->out_fd, POLLOUT, block ? -1 : 0))
      return;
    size_t n = t->out_len - t->out_pos;
    if (n > WRITE_CHUNK)
      n = WRITE_CHUNK;
    ssize_t w = write(t->out_fd, t->out + t->out_pos, n);
    if (w < 0 && (errno == EINTR || errno == EAGAIN))
      continue;
    if (w <= 0) {
      t->out_broken = true;
      break;
    }
    t->out_pos += (size_t)w;
  }
  if (t->out_pos == t->out_len || t->out_broken)
    t->out_pos = t->out_len = 0;
}

void nb_lsp_transport_send(nb_lsp_transport *t, const char *body, size_t len) {
  if (t->out_broken)
    return;
  char header[64];
  int h = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", len);
  if (t->out_pos > 0 && t->out_pos >= t->out_cap / 2) {
    memmove(t->out, t->out + t->out_pos, t->out_len - t->out_pos);
    t->out_len -= t->out_pos;
    t->out_pos = 0;
  }
  size_t need = t->out_len + (size_t)h + len;
  if (need > t->out_cap) {
    size_t cap = t->out_cap ? t->out_cap : 64 * 1024;
    while (cap < need)
      cap *= 2;
    t->out = nb_xrealloc(t->out, cap);
    t->out_cap = cap;
  }
  memcpy(t->out + t->out_len, header, (size_t)h);
  memcpy(t->out + t->out_len + h, body, len);
  t->out_len += (size_t)h + len;
  nb_lsp_transport_flush(t, false);
}
