/* The batch (cli/batch.h): every file delivered once, in order, whatever the number of jobs;
 * what a worker writes to stderr comes with its file; a worker that dies costs only its file. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli/batch.h"
#include "core/diag.h"

typedef struct {
  int crash_at;    /* index whose check kills its process, or -1 */
  int crash_every; /* or, when not 0: every index that leaves 7 divided by it */
  int delivered[64];
  int ndelivered;
  char parts[64][32];
  char messages[64][32];
  bool crashed[64];
  int wait_status[64];
  pid_t parent;
  bool ran_elsewhere; /* some check ran in another process */
  bool ran_here;      /* some check ran in the parent */
} log_ctx;

static void check(void *ctx, int index, nb_batch_item *item) {
  log_ctx *c = ctx;
  bool crash = index == c->crash_at || (c->crash_every > 0 && index % c->crash_every == 7);
  if (crash && getpid() != c->parent)
    raise(SIGKILL);
  item->part = nb_strdup_printf("part %d", index);
  item->part_len = strlen(item->part);
  item->counts[0] = index;
  item->counts[1] = getpid() != c->parent;
  if (index % 3 == 0) /* a worker's messages of one file, then shorter ones of the next */
    fprintf(stderr, "note %d%s", index, index % 2 == 0 ? " (even)" : "");
  /* uneven work, so that files finish out of order */
  struct timespec pause = {0, (long)((index * 7919) % 5) * 1000000L};
  nanosleep(&pause, NULL);
}

static void deliver(void *ctx, int index, nb_batch_item *item) {
  log_ctx *c = ctx;
  c->delivered[c->ndelivered++] = index;
  c->crashed[index] = item->crashed;
  c->wait_status[index] = item->wait_status;
  if (item->part)
    snprintf(c->parts[index], sizeof c->parts[index], "%.*s", (int)item->part_len, item->part);
  if (item->messages)
    snprintf(c->messages[index], sizeof c->messages[index], "%.*s", (int)item->messages_len,
             item->messages);
  c->ran_elsewhere = c->ran_elsewhere || item->counts[1];
  c->ran_here = c->ran_here || (!item->crashed && !item->counts[1]);
  cr_assert(item->crashed || item->counts[0] == index);
}

static void run(int n, int jobs, int crash_at, log_ctx *c) {
  memset(c, 0, sizeof *c);
  c->crash_at = crash_at;
  c->parent = getpid();
  nb_batch_run(n, NULL, jobs, check, deliver, c);
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
      snprintf(want, sizeof want, "note %d%s", i, i % 2 == 0 ? " (even)" : "");
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

/* More files crash than there are workers: each dead worker is replaced, so every crash costs
 * its file alone and no file is ever checked in the parent (where a crash would end the run). */
Test(batch, dead_workers_are_replaced) {
  log_ctx c;
  memset(&c, 0, sizeof c);
  c.crash_at = -1;
  c.crash_every = 10;
  c.parent = getpid();
  nb_batch_run(50, NULL, 2, check, deliver, &c);
  cr_assert_eq(c.ndelivered, 50);
  for (int i = 0; i < 50; i++) {
    cr_assert_eq(c.delivered[i], i);
    cr_assert_eq(c.crashed[i], i % 10 == 7, "file %d", i);
    if (!c.crashed[i]) {
      char want[32];
      snprintf(want, sizeof want, "part %d", i);
      cr_assert_str_eq(c.parts[i], want);
    }
  }
  cr_assert(c.ran_elsewhere);
  cr_assert_not(c.ran_here, "a file was checked in the parent");
}

/* While the batch runs, SIGCHLD is the batch's: even a caller that ignores it (its children then
 * vanish without a status) learns how a worker died. After the batch it is the caller's again. */
Test(batch, a_caller_that_ignores_sigchld_still_learns_how_a_worker_died) {
  signal(SIGCHLD, SIG_IGN);
  log_ctx c;
  run(30, 2, 11, &c);
  cr_assert_eq(c.ndelivered, 30);
  cr_assert(c.crashed[11]);
  cr_assert(WIFSIGNALED(c.wait_status[11]) && WTERMSIG(c.wait_status[11]) == SIGKILL,
            "wait status %d", c.wait_status[11]);
  struct sigaction now;
  sigaction(SIGCHLD, NULL, &now);
  cr_assert_eq(now.sa_handler, SIG_IGN);
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

/* File 0 is slow; the others finish meanwhile and wait for it. Each part starts with the
 * CLOCK_MONOTONIC time its check ended, so the parent can tell which ended before file 0. */
typedef struct {
  size_t part_size;
  int ended_before_first;
  struct timespec first_end;
} wait_ctx;

static void slow_first_check(void *ctx, int index, nb_batch_item *item) {
  wait_ctx *c = ctx;
  if (index == 0) {
    struct timespec pause = {0, 300 * 1000000L};
    nanosleep(&pause, NULL);
  }
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  item->part = calloc(1, c->part_size);
  cr_assert_not_null(item->part);
  memcpy(item->part, &now, sizeof now);
  item->part_len = c->part_size;
}

static void timed_deliver(void *ctx, int index, nb_batch_item *item) {
  wait_ctx *c = ctx;
  struct timespec ended;
  memcpy(&ended, item->part, sizeof ended);
  if (index == 0)
    c->first_end = ended;
  else if (ended.tv_sec < c->first_end.tv_sec ||
           (ended.tv_sec == c->first_end.tv_sec && ended.tv_nsec < c->first_end.tv_nsec))
    c->ended_before_first++;
}

/* One large file must not stall the other workers: small files go on while it is checked
 * (30 is far above the 12 the old window of 4 files a worker allowed, and far below the 199
 * an idle machine reaches in 300 ms). */
Test(batch, other_workers_go_on_while_a_slow_file_is_checked) {
  wait_ctx c = {.part_size = 64};
  nb_batch_run(200, NULL, 2, slow_first_check, timed_deliver, &c);
  cr_expect_geq(c.ended_before_first, 30, "%d files ended before the slow one",
                c.ended_before_first);
}

/* ...but what waits is bounded: parts of 1 MiB stop being handed out once 8 MiB of them wait
 * (at most two more per worker are already queued when that happens). */
Test(batch, waiting_output_is_bounded) {
  wait_ctx c = {.part_size = 1 << 20};
  nb_batch_run(60, NULL, 2, slow_first_check, timed_deliver, &c);
  cr_expect_leq(c.ended_before_first, 8 + 2 * 2 + 1, "%d files ended before the slow one",
                c.ended_before_first);
  cr_expect_geq(c.ended_before_first, 8, "%d files ended before the slow one",
                c.ended_before_first);
}

/* The order in which workers start their files, counted in memory they share with the test. */
static atomic_int *start_counter;

static void counted_check(void *ctx, int index, nb_batch_item *item) {
  (void)ctx;
  (void)index;
  int started = atomic_fetch_add(start_counter, 1);
  item->counts[0] = started;
  struct timespec pause = {0, 5 * 1000000L};
  nanosleep(&pause, NULL);
}

static void counted_deliver(void *ctx, int index, nb_batch_item *item) {
  int *log = ctx; /* a sized_ctx starts with it */
  cr_assert_eq(log[0], index, "delivered out of order");
  log[0]++;
  log[1 + index] = item->counts[0];
}

/* The sizes the batch asked for (in the parent, which asks them while the workers start). */
typedef struct {
  int log[41]; /* counted_deliver's: files delivered, then each file's start */
  bool asked[40];
} sized_ctx;

static size_t sized(void *ctx, int index) {
  sized_ctx *c = ctx;
  c->asked[index] = true;
  return index == 39 ? 5 << 20 : 8000 + (size_t)index;
}

/* A large file last in the list is started right after the first few files (taken in their
 * order while the sizes of the others are asked), not at the end where it would run alone; the
 * early files' sizes are never asked, and delivery keeps the files' order. Each file takes 5 ms,
 * far longer than a worker needs to count its start. */
Test(batch, a_large_last_file_is_started_first) {
  start_counter =
      mmap(NULL, sizeof *start_counter, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  cr_assert_neq(start_counter, MAP_FAILED);
  atomic_init(start_counter, 0);
  sized_ctx c = {{0}, {false}};
  nb_batch_run(40, sized, 2, counted_check, counted_deliver, &c);
  cr_assert_eq(c.log[0], 40);
  int early = nb_batch_early_files(40, 2);
  cr_assert_eq(early, 4, "at least two files per worker");
  for (int i = 0; i < 40; i++)
    cr_assert_eq(c.asked[i], i >= early, "size of file %d", i);
  for (int i = 0; i < early; i++)
    cr_assert_lt(c.log[1 + i], c.log[1 + 39], "file %d started as #%d, file 39 as #%d", i,
                 c.log[1 + i], c.log[1 + 39]);
  cr_assert_lt(c.log[1 + 39], c.log[1 + early + 1], "file 39 started as #%d, file %d as #%d",
               c.log[1 + 39], early + 1, c.log[1 + early + 1]);
  munmap(start_counter, sizeof *start_counter);
}

Test(batch, early_files) {
  cr_assert_eq(nb_batch_early_files(40, 2), 4);
  cr_assert_eq(nb_batch_early_files(501, 2), 31);
  cr_assert_eq(nb_batch_early_files(3, 2), 3);
}

/* The parent's naps (nb_batch_nap): the first is 4 ms; each may double, up to 32 ms, while no
 * worker would send more than 64 results or all of them 32 KiB meanwhile at the rate of the last
 * wake-up; never shorter than 4 ms, and none at all when output comes faster than 32 KiB in 4 ms
 * (the rule before naps grew). */
Test(batch, naps_grow_while_little_comes) {
  const int64_t ms = 1000 * 1000;
  cr_expect_eq(nb_batch_nap(0, 1 * ms, 100, 1), 4 * ms);       /* the first */
  cr_expect_eq(nb_batch_nap(4 * ms, 4 * ms, 2000, 8), 8 * ms); /* doubles */
  cr_expect_eq(nb_batch_nap(8 * ms, 8 * ms, 2000, 8), 16 * ms);
  cr_expect_eq(nb_batch_nap(16 * ms, 16 * ms, 2000, 8), 32 * ms);
  cr_expect_eq(nb_batch_nap(32 * ms, 32 * ms, 2000, 8), 32 * ms); /* at most */
  cr_expect_eq(nb_batch_nap(0, 0, 0, 0), 4 * ms);                 /* nothing came yet */
}

Test(batch, naps_shrink_with_the_results_of_one_worker) {
  const int64_t ms = 1000 * 1000;
  /* 32 results from one worker in 8 ms: 64 of them take 16 ms */
  cr_expect_eq(nb_batch_nap(16 * ms, 8 * ms, 4000, 32), 16 * ms);
  /* 128 in 4 ms: 64 would come in 2 ms, but a nap is never under 4 ms */
  cr_expect_eq(nb_batch_nap(4 * ms, 4 * ms, 8000, 128), 4 * ms);
}

Test(batch, naps_shrink_with_the_bytes_and_stop_when_they_come_fast) {
  const int64_t ms = 1000 * 1000;
  /* 16 KiB in 4 ms: 32 KiB take 8 ms */
  cr_expect_eq(nb_batch_nap(32 * ms, 4 * ms, 16 << 10, 4), 8 * ms);
  cr_expect_eq(nb_batch_nap(4 * ms, 4 * ms, 32 << 10, 4), 4 * ms);
  cr_expect_eq(nb_batch_nap(4 * ms, 4 * ms, (32 << 10) + 1, 4), 0);
  cr_expect_eq(nb_batch_nap(0, 1 * ms, 1 << 20, 1), 0);
}

/* Slow files let the parent's naps grow; a burst of quick ones after them fills a worker's
 * socket during a long nap: the worker wakes the parent before its send waits (the pipe of
 * batch.c), and every result still comes, in order. */
static void burst_check(void *ctx, int index, nb_batch_item *item) {
  (void)ctx;
  if (index < 16) {
    struct timespec pause = {0, 3 * 1000000L};
    nanosleep(&pause, NULL);
  }
  item->part_len = 2048;
  item->part = malloc(item->part_len);
  memset(item->part, 'a' + index % 26, item->part_len);
}

static void burst_deliver(void *ctx, int index, nb_batch_item *item) {
  int *next = ctx;
  cr_assert_eq(*next, index, "delivered out of order");
  cr_assert_eq(item->part_len, 2048);
  cr_assert_eq(item->part[0], 'a' + index % 26);
  cr_assert_eq(item->part[item->part_len - 1], 'a' + index % 26);
  (*next)++;
}

Test(batch, a_burst_after_long_naps) {
  int next = 0;
  nb_batch_run(3000, NULL, 2, burst_check, burst_deliver, &next);
  cr_expect_eq(next, 3000);
}
