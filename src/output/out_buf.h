/* Bytes for a stream, gathered in a buffer: an emitter's document is many short pieces (a
 * path, a number, a message, a bracket), and each stdio call cost more than its piece. */
#ifndef NB_OUT_BUF_H
#define NB_OUT_BUF_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  FILE *out;
  size_t used; /* bytes of buf not yet given to out */
  char buf[4096];
} nb_out_buf;

void nb_out_buf_init(nb_out_buf *b, FILE *out);
/* Gives what is buffered to the stream: call it when the document is written. */
void nb_out_buf_flush(nb_out_buf *b);

/* nb_out_put when s[0, n) does not fit in what is left of the buffer. */
void nb_out_put_spill(nb_out_buf *b, const char *s, size_t n);

/* Writes s[0, n) (a piece larger than the buffer goes straight to the stream). Inline: an
 * emitter's pieces are a few bytes each, and the call cost more than the copy. */
static inline void nb_out_put(nb_out_buf *b, const char *s, size_t n) {
  if (n > sizeof b->buf - b->used) {
    nb_out_put_spill(b, s, n);
    return;
  }
  memcpy(b->buf + b->used, s, n);
  b->used += n;
}

static inline void nb_out_put_char(nb_out_buf *b, char c) {
  if (b->used == sizeof b->buf)
    nb_out_buf_flush(b);
  b->buf[b->used++] = c;
}

static inline void nb_out_put_text(nb_out_buf *b, const char *s) {
  nb_out_put(b, s, strlen(s));
}

/* v in decimal, as printf's "%lld" writes it. */
void nb_out_put_int(nb_out_buf *b, long long v);

#endif
