/* The language server's byte stream: whatever a client writes, the server survives it and keeps
 * answering. Two ways to read the bytes:
 *
 *   - starting with "Content-Length": the raw stream, framing included, as the server reads its
 *     standard input (the transport's resynchronisation, bodies cut short, bad headers);
 *   - otherwise: messages separated by the byte 0x1E (RS), each framed with its exact length,
 *     after an initialize request and before a shutdown request of the target's own, so that the
 *     fuzzer works on the JSON the handlers read (didOpen, didChange, hover, formatting …).
 *     Unless the messages stop the server themselves (an "exit"), the shutdown must be answered.
 *
 * The server never writes a file; it reads the files the messages name (a configuration, last
 * year's report) through the same size-limited reader as the command line. Its log lines on
 * stderr go to /dev/null. */
#define _GNU_SOURCE /* memfd_create, memmem */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "lsp/server.h"
#include "support.h"

static const char initialize[] =
    "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"processId\":null,"
    "\"rootUri\":null,\"capabilities\":{\"textDocument\":{\"hover\":{\"contentFormat\":["
    "\"markdown\"]}},\"workspace\":{\"workspaceEdit\":{\"documentChanges\":true}}}}}";
static const char initialized[] = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
static const char shutdown_request[] =
    "{\"jsonrpc\":\"2.0\",\"id\":\"fuzz-final\",\"method\":\"shutdown\"}";
static const char exit_notification[] = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";

static void write_all(int fd, const void *data, size_t n) {
  const char *p = data;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w <= 0)
      abort(); /* a memory file that cannot be written: the target is broken, not the server */
    p += w;
    n -= (size_t)w;
  }
}

static void framed(int fd, const char *body, size_t len) {
  char header[64];
  int n = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", len);
  write_all(fd, header, (size_t)n);
  write_all(fd, body, len);
}

/* Runs the server on `in` (rewound) and returns what it wrote (heap, NUL-terminated). */
static char *serve(int in, int out, size_t *out_len) {
  lseek(in, 0, SEEK_SET);
  FILE *saved = stderr;
  stderr = nb_fuzz_sink(); /* the log lines; sanitizer reports go to fd 2 as ever */
  nb_lsp_serve(in, out);
  stderr = saved;
  off_t end = lseek(out, 0, SEEK_END);
  char *written = nb_xmalloc((size_t)end + 1);
  if (pread(out, written, (size_t)end, 0) != end)
    abort();
  written[end] = '\0';
  *out_len = (size_t)end;
  return written;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int in = -1, out = -1;
  if (in < 0) {
    in = memfd_create("fuzz-lsp-in", 0);
    out = memfd_create("fuzz-lsp-out", 0);
    if (in < 0 || out < 0)
      abort();
  }
  if (ftruncate(in, 0) != 0 || ftruncate(out, 0) != 0 || lseek(in, 0, SEEK_SET) != 0 ||
      lseek(out, 0, SEEK_SET) != 0)
    abort();
  const char *bytes = (const char *)data;
  bool raw = size >= 14 && memcmp(bytes, "Content-Length", 14) == 0;
  if (raw) {
    write_all(in, bytes, size);
  } else {
    framed(in, initialize, strlen(initialize));
    framed(in, initialized, strlen(initialized));
    for (size_t at = 0; at < size;) {
      const char *rs = memchr(bytes + at, 0x1E, size - at);
      size_t end = rs ? (size_t)(rs - bytes) : size;
      framed(in, bytes + at, end - at);
      at = end + 1;
    }
    framed(in, shutdown_request, strlen(shutdown_request));
    framed(in, exit_notification, strlen(exit_notification));
  }
  size_t len = 0;
  char *written = serve(in, out, &len);
  /* The shutdown is answered unless the messages ended the server (or named the target's id). */
  if (!raw && !memmem(bytes, size, "exit", 4) && !memmem(bytes, size, "fuzz-final", 10) &&
      !memmem(written, len, "\"fuzz-final\"", 12))
    nb_fuzz_require(nb_strdup_printf("the server did not answer the shutdown after the messages"));
  free(written);
  return 0;
}
