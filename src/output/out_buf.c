#include "out_buf.h"

#include "../core/diag.h"

void nb_out_buf_init(nb_out_buf *b, FILE *out) {
  b->out = out;
  b->used = 0;
}

void nb_out_buf_flush(nb_out_buf *b) {
  fwrite(b->buf, 1, b->used, b->out);
  b->used = 0;
}

void nb_out_put_spill(nb_out_buf *b, const char *s, size_t n) {
  nb_out_buf_flush(b);
  if (n > sizeof b->buf) {
    fwrite(s, 1, n, b->out);
    return;
  }
  memcpy(b->buf, s, n);
  b->used = n;
}

void nb_out_put_int(nb_out_buf *b, long long v) {
  char digits[NB_DECIMAL_MAX];
  nb_out_put(b, digits, nb_decimal(digits, v));
}
