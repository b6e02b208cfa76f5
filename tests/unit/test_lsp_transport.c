/* Framing (src/lsp/transport.c): messages cut out of the byte stream exactly, whatever the
 * reads deliver, and every kind of malformed framing reported and survived. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/canonical.h"
#include "lsp/transport.h"

typedef struct {
  nb_frame_status status;
  char *body; /* for a message */
} frame;

/* Every frame the transport finds in `input`, read from a file to its end. */
static int frames_of(const char *input, size_t len, frame *out, int max, bool *partial) {
  FILE *f = tmpfile();
  fwrite(input, 1, len, f);
  fflush(f);
  rewind(f);
  nb_lsp_transport t;
  nb_lsp_transport_init(&t, fileno(f), -1);
  int n = 0;
  for (;;) {
    char *body;
    size_t blen;
    const char *why;
    nb_frame_status st = nb_lsp_transport_next(&t, &body, &blen, &why);
    if (st == NB_FRAME_NONE) {
      if (t.eof)
        break;
      nb_lsp_transport_wait(&t, 0);
      continue;
    }
    cr_assert_lt(n, max);
    out[n].status = st;
    out[n].body = st == NB_FRAME_MESSAGE ? strndup(body, blen) : NULL;
    n++;
  }
  *partial = nb_lsp_transport_partial(&t);
  nb_lsp_transport_free(&t);
  fclose(f);
  return n;
}

static void free_frames(frame *f, int n) {
  for (int i = 0; i < n; i++)
    free(f[i].body);
}

Test(transport, two_messages_in_one_read_with_optional_headers) {
  static const char in[] = "Content-Length: 7\r\nContent-Type: application/vscode-jsonrpc; "
                           "charset=utf-8\r\n\r\n{\"a\":1}"
                           "content-length:8\r\n\r\n{\"bc\":2}";
  frame f[4];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 4, &partial);
  cr_assert_eq(n, 2);
  cr_assert_eq(f[0].status, NB_FRAME_MESSAGE);
  cr_assert_str_eq(f[0].body, "{\"a\":1}");
  cr_assert_str_eq(f[1].body, "{\"bc\":2}");
  cr_assert_not(partial);
  free_frames(f, n);
}

Test(transport, lone_newlines_end_the_header_too) {
  static const char in[] = "Content-Length: 2\n\n{}";
  frame f[2];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 2, &partial);
  cr_assert_eq(n, 1);
  cr_assert_str_eq(f[0].body, "{}");
  free_frames(f, n);
}

Test(transport, missing_or_bad_length_is_an_error_then_the_next_message_is_read) {
  static const char in[] = "Content-Type: x\r\n\r\n{\"lost\":1}"
                           "Content-Length: 12a\r\n\r\n{\"lost\":2}"
                           "Content-Length: 2\r\n\r\n{}";
  frame f[6];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 6, &partial);
  /* error, (skipped bytes up to the next header), error, skipped, message */
  int errors = 0, messages = 0;
  for (int i = 0; i < n; i++) {
    errors += f[i].status == NB_FRAME_ERROR;
    messages += f[i].status == NB_FRAME_MESSAGE;
  }
  cr_assert_eq(errors, 2);
  cr_assert_eq(messages, 1);
  cr_assert_eq(f[n - 1].status, NB_FRAME_MESSAGE);
  cr_assert_str_eq(f[n - 1].body, "{}");
  free_frames(f, n);
}

Test(transport, body_longer_than_announced_leaves_bytes_that_are_skipped) {
  static const char in[] = "Content-Length: 4\r\n\r\n{\"a\":1}"
                           "Content-Length: 2\r\n\r\n{}";
  frame f[4];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 4, &partial);
  cr_assert_eq(n, 3);
  cr_assert_eq(f[0].status, NB_FRAME_MESSAGE);
  cr_assert_str_eq(f[0].body, "{\"a\""); /* what was announced; not JSON, the caller says so */
  cr_assert_eq(f[1].status, NB_FRAME_SKIPPED);
  cr_assert_eq(f[2].status, NB_FRAME_MESSAGE);
  cr_assert_str_eq(f[2].body, "{}");
  free_frames(f, n);
}

Test(transport, body_cut_short_by_the_end_of_input_is_partial) {
  static const char in[] = "Content-Length: 2\r\n\r\n{}Content-Length: 100\r\n\r\n{\"short\":";
  frame f[2];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 2, &partial);
  cr_assert_eq(n, 1);
  cr_assert(partial);
  free_frames(f, n);
}

Test(transport, ten_megabyte_message) {
  size_t body = 10 * 1024 * 1024;
  nb_textbuf b = {0};
  nb_textbuf_printf(&b, "Content-Length: %zu\r\n\r\n\"", body);
  for (size_t i = 0; i + 2 < body; i++)
    nb_textbuf_put(&b, "x", 1);
  nb_textbuf_puts(&b, "\"Content-Length: 2\r\n\r\n{}");
  frame f[3];
  bool partial;
  int n = frames_of(b.data, b.len, f, 3, &partial);
  cr_assert_eq(n, 2);
  cr_assert_eq(strlen(f[0].body), body);
  cr_assert_str_eq(f[1].body, "{}");
  free_frames(f, n);
  nb_textbuf_free(&b);
}

Test(transport, oversized_length_is_refused_without_allocating_it) {
  static const char in[] = "Content-Length: 99999999999\r\n\r\n{\"a\":1}";
  frame f[2];
  bool partial;
  int n = frames_of(in, sizeof in - 1, f, 2, &partial);
  cr_assert_eq(n, 1);
  cr_assert_eq(f[0].status, NB_FRAME_ERROR);
  cr_assert(partial); /* its body is still being skipped when the input ends */
  free_frames(f, n);
}

Test(transport, send_writes_header_and_body) {
  FILE *out = tmpfile();
  nb_lsp_transport t;
  nb_lsp_transport_init(&t, -1, fileno(out));
  nb_lsp_transport_send(&t, "{\"x\":\"中\"}", strlen("{\"x\":\"中\"}"));
  nb_lsp_transport_flush(&t, true);
  rewind(out);
  char got[128] = {0};
  size_t n = fread(got, 1, sizeof got - 1, out);
  /* 6 ASCII bytes, 中 in 3, 2 more */
  cr_assert_str_eq(got, "Content-Length: 11\r\n\r\n{\"x\":\"中\"}");
  cr_assert_eq(n, strlen(got));
  nb_lsp_transport_free(&t);
  fclose(out);
}
