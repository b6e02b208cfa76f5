/* The batch (cli/batch.h): every file delivered once, in order, whatever the number of jobs;
 * what a worker writes to stderr comes with its file; a worker that dies costs only its file. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/batch.h"
#include "core/diag.h"

typedef struct {
  int crash_at; /* index whose check kills its process, or -1 */
  int delivered[64];
  int ndelivered;
  char parts[64][32];
  char messages[64][32];
  bool crashed[64];
  pid_t parent;
  bool ran_elsewhere; /* some check ran in another process */
} log_ctx;

static void check(void *ctx, int index, nb_batch_item *item) {
  log_ctx *c = ctx;
  if (index == c->crash_at && getpid() != c->parent)
    raise(SIGKILL);
  item->part = nb_strdup_printf("part %d", index);
  item->part_len = strlen(item->part);
  item->counts[0] = index;
  item->counts[1] = getpid() != c->parent;
  if (index % 3 == 0)
    fprintf(stderr, "note %d", index);
  /* uneven work, so that files finish out of order */
  struct timespec pause = {0, (long)((index * 7919) % 5) * 1000000L};
  nanosleep(&pause, NULL);
}

static void deliver(void *ctx, int index, nb_batch_item *item) {
  log_ctx *c = ctx;
  c->delivered[c->ndelivered++] = index;
  c->crashed[index] = item->crashed;
  if (item->part)
    snprintf(c->parts[index], sizeof c->parts[index], "%.*s", (int)item->part_len, item->part);
  if (item->messages)
    snprintf(c->messages[index], sizeof c->messages[index], "%.*s", (int)item->messages_len,
             item->messages);
  c->ran_elsewhere = c->ran_elsewhere || item->counts[1];
  cr_assert(item->crashed || item->counts[0] == index);
}

static void run(int n, int jobs, int crash_at, log_ctx *c) {
  memset(c, 0, sizeof *c);
  c->crash_at = crash_at;
  c->parent = getpid();
  nb_batch_run(n, jobs, check, deliver, c);
}

Test(batch, in_order_on_one_job) {
  log_ctx c;
  run(20, 1, -1, &c);
  cr_assert_eq(c.ndelivered, 20);
  for (int i = 0; i < 20; i++) {
    cr_assert_eq(c.delivered[i], i);
    char want[32];
    snprintf(want, sizeof want, "part %d", i);
    cr_assert_str_eq(c.parts[i], want);
  }
  cr_assert_not(c.ran_elsewhere);
}

Test(batch, in_order_on_three_jobs_with_messages) {
  log_ctx c;
  run(40, 3, -1, &c);
  cr_assert_eq(c.ndelivered, 40);
  cr_assert(c.ran_elsewhere);
  for (int i = 0; i < 40; i++) {
    cr_assert_eq(c.delivered[i], i);
    char want[32];
    snprintf(want, sizeof want, "part %d", i);
    cr_assert_str_eq(c.parts[i], want);
    if (i % 3 == 0) {
      snprintf(want, sizeof want, "note %d", i);
      cr_assert_str_eq(c.messages[i], want);
    } else {
      cr_assert_str_eq(c.messages[i], "");
    }
  }
}

Test(batch, a_dead_worker_costs_only_its_file) {
  log_ctx c;
  run(30, 2, 11, &c);
  cr_assert_eq(c.ndelivered, 30);
  for (int i = 0; i < 30; i++) {
    cr_assert_eq(c.delivered[i], i);
    cr_assert_eq(c.crashed[i], i == 11, "file %d", i);
    if (i != 11)
      cr_assert_str_neq(c.parts[i], "");
  }
}

Test(batch, more_jobs_than_files) {
  log_ctx c;
  run(2, 8, -1, &c);
  cr_assert_eq(c.ndelivered, 2);
  cr_assert_eq(c.delivered[0], 0);
  cr_assert_eq(c.delivered[1], 1);
}

Test(batch, jobs_option) {
  int jobs = 0;
  cr_assert(nb_batch_parse_jobs("1", &jobs));
  cr_assert_eq(jobs, 1);
  cr_assert(nb_batch_parse_jobs("16", &jobs));
  cr_assert_eq(jobs, 16);
  cr_assert_not(nb_batch_parse_jobs("0", &jobs));
  cr_assert_not(nb_batch_parse_jobs("-2", &jobs));
  cr_assert_not(nb_batch_parse_jobs("2x", &jobs));
  cr_assert_not(nb_batch_parse_jobs("", &jobs));
  cr_assert_not(nb_batch_parse_jobs("99999999999999999999", &jobs));
  cr_assert_eq(jobs, 16);
  cr_assert_geq(nb_batch_default_jobs(), 1);
}
