/* A growable byte buffer for building benchmark inputs in memory. */
#ifndef NB_BENCH_BUF_H
#define NB_BENCH_BUF_H

#include <stddef.h>

typedef struct {
  char *data; /* NUL-terminated, owned */
  size_t len;
  size_t cap;
} bench_buf;

void bench_buf_init(bench_buf *b);
void bench_buf_free(bench_buf *b);
void bench_buf_add(bench_buf *b, const char *s, size_t n);
void bench_buf_puts(bench_buf *b, const char *s);
void bench_buf_printf(bench_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends n copies of the byte c. */
void bench_buf_repeat(bench_buf *b, char c, int n);
/* Hands the contents over to the caller and leaves b empty. */
char *bench_buf_take(bench_buf *b, size_t *len);

#endif
