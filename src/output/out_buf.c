#include "out_buf.h"

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
  char digits[24];
  int n = sizeof digits;
  /* Counted in the negative range, which holds LLONG_MIN's magnitude. */
  long long rest = v < 0 ? v : -v;
  do {
    digits[--n] = (char)('0' - rest % 10);
    rest /= 10;
  } while (rest != 0);
  if (v < 0)
    digits[--n] = '-';
  nb_out_put(b, digits + n, sizeof digits - (size_t)n);
}
