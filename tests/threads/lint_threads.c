/* nb-lint-threads FILE...: the library's contract is that several threads may lint at once.
 * Lints every file on four threads at once, first thing in the process (so that they also race
 * to fill the library's lazily built tables), each thread in its own order, then once more on
 * one thread, and compares each file's findings (rule, severity, span, both messages, related
 * locations and fixes) on every thread with that last pass's. Exits 1 when any differ, 2 on bad
 * input. Built with ThreadSanitizer (-DNB_TSAN=ON, tests/check.sh) it also reports every data race
 * on the way. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "nianbao.h"

enum { NTHREADS = 4 };

typedef struct {
  char *text;
  size_t len;
  uint64_t findings[NTHREADS]; /* a digest of each thread's findings */
} input;

static input *inputs;
static int ninputs;

static uint64_t mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 0x100000001b3u; /* FNV-1a */
  return h;
}

static uint64_t mix_text(uint64_t h, const char *s) {
  return s ? mix(h, s, strlen(s) + 1) : mix(h, "", 1);
}

static uint64_t mix_span(uint64_t h, nb_span s) {
  return mix(mix(h, &s.start, sizeof s.start), &s.end, sizeof s.end);
}

static uint64_t digest(const nb_diag_list *l) {
  uint64_t h = 0xcbf29ce484222325u;
  for (int i = 0; i < l->count; i++) {
    const nb_diag *d = &l->items[i];
    h = mix_text(h, d->rule);
    h = mix(h, &d->severity, sizeof d->severity);
    h = mix_text(mix_text(mix_span(h, d->span), d->message_zh), d->message_en);
    for (int r = 0; r < d->nrelated; r++)
      h = mix_text(mix_text(mix_span(h, d->related[r].span), d->related[r].message_zh),
                   d->related[r].message_en);
    for (int f = 0; f < d->nfixes; f++) {
      const nb_fix *fix = &d->fixes[f];
      h = mix_text(mix_text(h, fix->title_zh), fix->title_en);
      for (int e = 0; e < fix->nedits; e++)
        h = mix_text(mix_span(h, fix->edits[e].span), fix->edits[e].replacement);
    }
  }
  return h;
}

static uint64_t lint_digest(const input *in) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_lint(in->text, in->len, NULL, &l);
  uint64_t h = digest(&l);
  nb_diag_list_free(&l);
  return h;
}

static void *lint_all(void *arg) {
  intptr_t t = (intptr_t)arg;
  for (int k = 0; k < ninputs; k++) {
    /* Threads start at different files, half of them backwards, so that they meet. */
    int i = (int)((k + t * ninputs / NTHREADS) % ninputs);
    if (t % 2)
      i = ninputs - 1 - i;
    inputs[i].findings[t] = lint_digest(&inputs[i]);
  }
  return NULL;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *text = nb_xmalloc(cap);
  size_t got;
  while ((got = fread(text + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap)
      text = nb_xrealloc(text, cap *= 2);
  }
  fclose(f);
  *len = n;
  return text;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: nb-lint-threads FILE...\n", stderr);
    return 2;
  }
  ninputs = argc - 1;
  inputs = nb_xcalloc((size_t)ninputs, sizeof *inputs);
  for (int i = 0; i < ninputs; i++) {
    inputs[i].text = read_file(argv[i + 1], &inputs[i].len);
    if (!inputs[i].text) {
      fprintf(stderr, "nb-lint-threads: cannot read %s\n", argv[i + 1]);
      return 2;
    }
  }
  pthread_t threads[NTHREADS];
  for (intptr_t t = 0; t < NTHREADS; t++)
    if (pthread_create(&threads[t], NULL, lint_all, (void *)t) != 0) {
      fputs("nb-lint-threads: cannot start a thread\n", stderr);
      return 2;
    }
  for (int t = 0; t < NTHREADS; t++)
    pthread_join(threads[t], NULL);
  int differ = 0;
  for (int i = 0; i < ninputs; i++) {
    uint64_t alone = lint_digest(&inputs[i]);
    for (int t = 0; t < NTHREADS; t++)
      if (inputs[i].findings[t] != alone) {
        fprintf(stderr, "nb-lint-threads: %s: thread %d found otherwise than one thread alone\n",
                argv[i + 1], t);
        differ++;
      }
  }
  printf("%d files on %d threads at once: %d lints differ from one thread's\n", ninputs, NTHREADS,
         differ);
  for (int i = 0; i < ninputs; i++)
    free(inputs[i].text);
  free(inputs);
  return differ ? 1 : 0;
}
