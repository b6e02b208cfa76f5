/* nb_normalized_static (src/core/text.c) keeps one normalised copy per label address for the
 * life of the process. The library may be called from several threads at once: every thread
 * must get the same copy of a label, and that copy must be the label normalised. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

/* Several rounds of fresh labels (a race showed in a fair share of rounds without the lock),
 * few enough to stay far from filling the cache. */
enum { NROUNDS = 5, NLABELS = 200, NTHREADS = 4, LABEL_ROOM = 48 };

/* Labels at addresses no other test uses, alive as long as the cache. */
static char labels[NROUNDS][NLABELS][LABEL_ROOM];
static int round_now;
static const char *seen[NTHREADS][NLABELS];
static pthread_barrier_t start;

static void *normalise_all(void *arg) {
  int t = (int)(intptr_t)arg;
  pthread_barrier_wait(&start);
  /* Each thread from its own place, half of them backwards, so that they meet. */
  for (int i = 0; i < NLABELS; i++) {
    int k = (i + t * NLABELS / NTHREADS) % NLABELS;
    if (t % 2)
      k = NLABELS - 1 - k;
    seen[t][k] = nb_normalized_static(labels[round_now][k]);
  }
  return NULL;
}

static void race_once(int round) {
  round_now = round;
  for (int i = 0; i < NLABELS; i++)
    snprintf(labels[round][i], LABEL_ROOM, "（%d）其他 处理 情况%d", i, round);
  cr_assert_eq(pthread_barrier_init(&start, NULL, NTHREADS), 0);
  pthread_t threads[NTHREADS];
  for (int t = 0; t < NTHREADS; t++)
    cr_assert_eq(pthread_create(&threads[t], NULL, normalise_all, (void *)(intptr_t)t), 0);
  for (int t = 0; t < NTHREADS; t++)
    pthread_join(threads[t], NULL);
  pthread_barrier_destroy(&start);
  for (int i = 0; i < NLABELS; i++) {
    const char *label = labels[round][i];
    char *expected = nb_normalize_label(label, strlen(label));
    cr_assert_not_null(seen[0][i], "round %d, label %d", round, i);
    cr_expect_str_eq(seen[0][i], expected, "round %d, label %d", round, i);
    for (int t = 1; t < NTHREADS; t++)
      cr_expect_eq(seen[t][i], seen[0][i], "round %d, label %d, thread %d", round, i, t);
    cr_expect_eq(nb_normalized_static(label), seen[0][i], "round %d, label %d again", round, i);
    free(expected);
  }
}

Test(normalized_static, threads_share_one_copy_per_label) {
  for (int round = 0; round < NROUNDS; round++)
    race_once(round);
}
