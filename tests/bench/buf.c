#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

void bench_buf_init(bench_buf *b) {
  b->cap = 256;
  b->len = 0;
  b->data = nb_xmalloc(b->cap);
  b->data[0] = '\0';
}

void bench_buf_free(bench_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static void reserve(bench_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return;
  while (b->len + extra + 1 > b->cap)
    b->cap *= 2;
  b->data = nb_xrealloc(b->data, b->cap);
}

void bench_buf_add(bench_buf *b, const char *s, size_t n) {
  reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void bench_buf_puts(bench_buf *b, const char *s) {
  bench_buf_add(b, s, strlen(s));
}

void bench_buf_printf(bench_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void bench_buf_repeat(bench_buf *b, char c, int n) {
  if (n <= 0)
    return;
  reserve(b, (size_t)n);
  memset(b->data + b->len, c, (size_t)n);
  b->len += (size_t)n;
  b->data[b->len] = '\0';
}

char *bench_buf_take(bench_buf *b, size_t *len) {
  char *data = b->data;
  *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return data;
}
