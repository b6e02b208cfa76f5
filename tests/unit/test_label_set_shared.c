/* nb_label_set_shared (src/layout/label_match.c) builds each built-in template table's label set
 * once and keeps it for the life of the process. The library may be called from several threads
 * at once: every thread must get the same set, fully built (ThreadSanitizer found two threads
 * building and publishing a set each, without a lock, when four linted at once). */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdint.h>

#include "core/template.h"
#include "layout/label_index.h"
#include "layout/label_match.h"

enum { NTHREADS = 4, NSETS = NB_TPL_COUNT * NB_TABLE_COUNT };

static const nb_label_set *seen[NTHREADS][NSETS];
static pthread_barrier_t start;

static void *ask_every_set(void *arg) {
  int t = (int)(intptr_t)arg;
  pthread_barrier_wait(&start);
  /* Each thread from its own place, so that they meet on sets not yet built. */
  for (int i = 0; i < NSETS; i++) {
    int k = (i + t) % NSETS;
    seen[t][k] = nb_label_set_shared(nb_template_get((nb_template_id)(k / NB_TABLE_COUNT)),
                                     (nb_table_id)(k % NB_TABLE_COUNT));
  }
  return NULL;
}

/* Criterion runs each test in a process of its own, so these are the process's first asks. */
Test(label_set_shared, threads_share_one_set_per_table) {
  cr_assert_eq(pthread_barrier_init(&start, NULL, NTHREADS), 0);
  pthread_t threads[NTHREADS];
  for (int t = 0; t < NTHREADS; t++)
    cr_assert_eq(pthread_create(&threads[t], NULL, ask_every_set, (void *)(intptr_t)t), 0);
  for (int t = 0; t < NTHREADS; t++)
    pthread_join(threads[t], NULL);
  pthread_barrier_destroy(&start);
  for (int k = 0; k < NSETS; k++) {
    const nb_template *tpl = nb_template_get((nb_template_id)(k / NB_TABLE_COUNT));
    nb_table_id id = (nb_table_id)(k % NB_TABLE_COUNT);
    cr_assert_not_null(seen[0][k], "set %d", k);
    for (int t = 1; t < NTHREADS; t++)
      cr_expect_eq(seen[t][k], seen[0][k], "set %d, thread %d", k, t);
    cr_expect_eq(nb_label_set_shared(tpl, id), seen[0][k], "set %d asked again", k);
    /* Fully built: as many spellings as a set built afresh. */
    nb_label_set *fresh = nb_label_set_new(tpl, id);
    cr_expect_eq(nb_label_set_index(seen[0][k])->n, nb_label_set_index(fresh)->n, "set %d", k);
    nb_label_set_free(fresh);
  }
}
