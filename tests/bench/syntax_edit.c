#include "syntax_edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "syntax/syntax.h"
#include "synth.h"

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Where a user types: just after the last number cell of the document ("| 0 |" → "| 01 |"). */
static size_t typing_point(const char *text, size_t len) {
  for (size_t i = len; i-- > 2;)
    if (text[i - 2] == '|' && text[i - 1] == ' ' && text[i] >= '0' && text[i] <= '9')
      return i + 1;
  return len / 2;
}

typedef struct {
  double parse_ms;   /* the first, full parse */
  double reparse_ms; /* one edit: ts_tree_edit + incremental reparse */
  double tokens_ms;  /* the semantic tokens of the whole document after it */
  double range_ms;   /* the tokens of 100 lines around the edit (semanticTokens/range) */
  int tokens;
} edit_result;

static edit_result measure(const char *text, size_t len, int runs) {
  edit_result r = {1e30, 1e30, 1e30, 1e30, 0};
  double t0 = now_ms();
  nb_syntax_doc *doc = nb_syntax_open(text, len);
  r.parse_ms = now_ms() - t0;
  size_t at = typing_point(text, len);
  size_t from = at > 3000 ? at - 3000 : 0, to = at + 3000;
  nb_syntax_token_list t = {NULL, 0, 0};
  for (int i = 0; i < runs; i++) {
    /* Type a digit, then take it back: the document is the same after every pair. */
    bool insert = i % 2 == 0;
    t0 = now_ms();
    nb_syntax_edit(doc, at, insert ? at : at + 1, "1", insert ? 1 : 0);
    double t1 = now_ms();
    nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
    double t2 = now_ms();
    nb_syntax_tokens(doc, from, to, &t);
    double t3 = now_ms();
    r.reparse_ms = t1 - t0 < r.reparse_ms ? t1 - t0 : r.reparse_ms;
    r.tokens_ms = t2 - t1 < r.tokens_ms ? t2 - t1 : r.tokens_ms;
    r.range_ms = t3 - t2 < r.range_ms ? t3 - t2 : r.range_ms;
  }
  nb_syntax_tokens(doc, 0, SIZE_MAX, &t);
  r.tokens = t.count;
  nb_syntax_tokens_free(&t);
  nb_syntax_close(doc);
  return r;
}

void bench_syntax_edits(bool quick, bench_prng *p) {
  static const struct {
    const char *label;
    size_t bytes;
  } inputs[] = {{"report of ~20 KiB", 20 * 1024}, {"document of 2 MiB", 2 * 1024 * 1024}};
  printf("\nlanguage server, one edit (src/syntax; a digit typed in the last table cell, minimum "
         "over %d runs)\n",
         quick ? 6 : 40);
  printf("%-30s %11s %10s %10s %10s %10s %8s\n", "input", "bytes", "parse ms", "reparse ms",
         "tokens ms", "range ms", "tokens");
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    bench_buf b;
    bench_buf_init(&b);
    bench_synth_big(&b, inputs[i].bytes, p);
    size_t len;
    char *text = bench_buf_take(&b, &len);
    edit_result r = measure(text, len, quick ? 6 : 40);
    printf("%-30s %11zu %10.3f %10.3f %10.3f %10.3f %8d\n", inputs[i].label, len, r.parse_ms,
           r.reparse_ms, r.tokens_ms, r.range_ms, r.tokens);
    free(text);
  }
  printf("(edit = reparse + tokens of the whole document; range = tokens of the 6 KB around "
         "it)\n");
}
