#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "batch.h"

#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../core/xalloc.h"
#include "messages.h"

/* Finished files may wait for an earlier one, which may be the one large file of the batch:
 * the other workers go on meanwhile while what waits stays small. At most this many files per
 * worker, holding at most HELD_BYTES of output between them (one more part may pass it). */
enum { WINDOW_PER_JOB = 256 };
enum { HELD_BYTES = 8 << 20 };
/* Files handed to a worker ahead: the next one is there when it finishes, so it never waits for
 * the parent to notice. */
enum { QUEUE = 2 };

void nb_batch_item_free(nb_batch_item *item) {
  free(item->part);
  free(item->messages);
  memset(item, 0, sizeof *item);
}

int nb_batch_default_jobs(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

bool nb_batch_parse_jobs(const char *value, int *jobs) {
  int n = 0;
  if (!*value)
    return false;
  for (const char *p = value; *p; p++) {
    if (*p < '0' || *p > '9' || n > NB_BATCH_MAX_JOBS)
      return false;
    n = n * 10 + (*p - '0');
  }
  if (n < 1 || n > NB_BATCH_MAX_JOBS)
    return false;
  *jobs = n;
  return true;
}

void nb_batch_report_crash(nb_lang lang, const char *path, int wait_status) {
  const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
  if (WIFSIGNALED(wait_status))
    nb_cli_error(lang, "检查 %s 时进程异常终止（信号 %d），未输出其结果",
                 "checking %s stopped the process (signal %d); it has no results", shown,
                 WTERMSIG(wait_status));
  else
    nb_cli_error(lang, "检查 %s 时进程异常退出（状态 %d），未输出其结果",
                 "checking %s ended the process (status %d); it has no results", shown,
                 WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1);
}

/* ---------------------------------------------------------------- the wire */

/* Each worker has two stream sockets: file indices one way, results the other. What a worker sends
 * back for one file: this header, then the part, then the messages. */
typedef struct {
  int32_t index;
  int32_t crashed;
  int32_t counts[NB_BATCH_COUNTS];
  uint64_t part_len, messages_len;
} header;

/* Over sockets, so that a peer gone is an error (EPIPE) and not a SIGPIPE. */
static bool write_all(int fd, const void *data, size_t n) {
  const char *p = data;
  while (n > 0) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return false;
    p += w;
    n -= (size_t)w;
  }
  return true;
}

/* false on end of file or error before n bytes. */
static bool read_all(int fd, void *data, size_t n) {
  char *p = data;
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return false;
    p += r;
    n -= (size_t)r;
  }
  return true;
}

/* ---------------------------------------------------------------- a worker */

typedef struct {
  pid_t pid;
  int tasks;        /* parent writes file indices */
  int results;      /* worker writes headers and bytes */
  int queue[QUEUE]; /* indices handed out, in order; queue[0] is being checked */
  int queued;
} worker;

/* Runs check on every index read from `tasks` until it is closed. What check writes to stderr
 * is captured and sent with the file, so the parent writes it in the files' order. */
static _Noreturn void worker_main(int tasks, int results, nb_batch_check check, void *ctx) {
  int32_t index;
  while (read_all(tasks, &index, sizeof index)) {
    nb_batch_item item = {0};
    char *messages = NULL;
    size_t messages_len = 0;
    FILE *saved = stderr;
    FILE *capture = open_memstream(&messages, &messages_len);
    if (capture)
      stderr = capture; /* glibc's stderr is an ordinary variable */
    check(ctx, index, &item);
    if (capture) {
      stderr = saved;
      fclose(capture);
    }
    header h = {index, 0, {0}, item.part_len, messages_len};
    memcpy(h.counts, item.counts, sizeof h.counts);
    bool ok = write_all(results, &h, sizeof h) && write_all(results, item.part, item.part_len) &&
              write_all(results, messages, messages_len);
    free(messages);
    nb_batch_item_free(&item);
    if (!ok)
      _exit(1); /* the parent is gone */
  }
  _exit(0); /* no atexit handlers, no flushing of the parent's stdio buffers */
}

static bool start_worker(worker *w, worker *all, int started, nb_batch_check check, void *ctx) {
  int tasks[2], results[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, tasks) != 0)
    return false;
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, results) != 0) {
    close(tasks[0]);
    close(tasks[1]);
    return false;
  }
  fflush(NULL); /* nothing buffered may be written twice */
  pid_t pid = fork();
  if (pid < 0) {
    close(tasks[0]);
    close(tasks[1]);
    close(results[0]);
    close(results[1]);
    return false;
  }
  if (pid == 0) {
    close(tasks[1]);
    close(results[0]);
    for (int i = 0; i < started; i++) { /* the other workers' pipes are not this one's */
      close(all[i].tasks);
      close(all[i].results);
    }
    worker_main(tasks[0], results[1], check, ctx);
  }
  close(tasks[0]);
  close(results[1]);
  *w = (worker){pid, tasks[1], results[0], {0}, 0};
  return true;
}

/* Closes the worker's channels (it then exits) and returns its wait status. */
static int stop_worker(worker *w) {
  if (w->tasks >= 0)
    close(w->tasks);
  if (w->results >= 0)
    close(w->results);
  w->tasks = w->results = -1;
  int status = 0;
  if (w->pid > 0) {
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
      ;
    w->pid = -1;
  }
  return status;
}

/* Reads one file's result; false when the worker died first. */
static bool receive(worker *w, nb_batch_item *item, int *index) {
  header h;
  if (!read_all(w->results, &h, sizeof h))
    return false;
  memset(item, 0, sizeof *item);
  item->part_len = (size_t)h.part_len;
  item->messages_len = (size_t)h.messages_len;
  item->part = nb_xmalloc(item->part_len + 1);
  item->messages = nb_xmalloc(item->messages_len + 1);
  if (!read_all(w->results, item->part, item->part_len) ||
      !read_all(w->results, item->messages, item->messages_len)) {
    nb_batch_item_free(item);
    return false;
  }
  memcpy(item->counts, h.counts, sizeof h.counts);
  *index = h.index;
  return true;
}

/* ---------------------------------------------------------------- the batch */

typedef struct {
  int n;
  nb_batch_check check;
  nb_batch_deliver deliver;
  void *ctx;
  nb_batch_item **done; /* finished, not yet delivered, by index */
  int next_task;        /* first index not yet handed out */
  int next_delivery;    /* first index not yet delivered */
  int window;           /* how far next_task may run ahead of next_delivery */
  size_t held;          /* bytes of output in done[], waiting */
  int *retry;           /* handed to a worker that died before checking them */
  int nretry;
} batch;

/* The next file to hand out, or -1 while the window is full (or nothing is left). */
static int take_task(batch *b) {
  if (b->nretry > 0)
    return b->retry[--b->nretry];
  if (b->next_task < b->n && b->next_task < b->next_delivery + b->window && b->held < HELD_BYTES)
    return b->next_task++;
  return -1;
}

static void requeue(batch *b, int index) {
  b->retry[b->nretry++] = index;
}

static void finish(batch *b, int index, nb_batch_item *item) {
  b->done[index] = nb_xmalloc(sizeof *item);
  *b->done[index] = *item;
  b->held += item->part_len + item->messages_len;
  while (b->next_delivery < b->n && b->done[b->next_delivery]) {
    nb_batch_item *ready = b->done[b->next_delivery];
    b->done[b->next_delivery] = NULL;
    b->held -= ready->part_len + ready->messages_len;
    b->deliver(b->ctx, b->next_delivery, ready);
    nb_batch_item_free(ready);
    free(ready);
    b->next_delivery++;
  }
}

static void check_here(batch *b, int index) {
  nb_batch_item item = {0};
  b->check(b->ctx, index, &item);
  finish(b, index, &item);
}

void nb_batch_run(int n, int jobs, nb_batch_check check, nb_batch_deliver deliver, void *ctx) {
  batch b = {.n = n,
             .check = check,
             .deliver = deliver,
             .ctx = ctx,
             .done = nb_xcalloc((size_t)n + 1, sizeof(nb_batch_item *)),
             .window = 1};
  if (jobs > n)
    jobs = n;
  worker *workers = nb_xcalloc((size_t)(jobs > 0 ? jobs : 1), sizeof *workers);
  int started = 0;
  if (jobs > 1)
    while (started < jobs && start_worker(&workers[started], workers, started, check, ctx))
      started++;
  int alive = started;
  b.window = WINDOW_PER_JOB * (started > 0 ? started : 1);
  b.retry = nb_xcalloc((size_t)(started > 0 ? started : 1) * QUEUE, sizeof *b.retry);

  while (b.next_delivery < n) {
    if (alive == 0) { /* one job, or no worker could be started or kept */
      int index = take_task(&b);
      if (index >= 0)
        check_here(&b, index);
      continue;
    }
    /* Hand out work while the window allows, then wait for any worker to answer. */
    for (int i = 0; i < started; i++) {
      worker *w = &workers[i];
      while (w->pid > 0 && w->queued < QUEUE) {
        int index = take_task(&b);
        if (index < 0)
          break;
        int32_t wire = index;
        if (!write_all(w->tasks, &wire, sizeof wire)) {
          requeue(&b, index);
          if (w->queued == 0) { /* it died idle; else its end shows on the socket */
            stop_worker(w);
            alive--;
          }
          break;
        }
        w->queue[w->queued++] = index;
      }
    }
    struct pollfd *fds = nb_xcalloc((size_t)started, sizeof *fds);
    int nfds = 0;
    for (int i = 0; i < started; i++)
      if (workers[i].pid > 0 && workers[i].queued > 0)
        fds[nfds++] = (struct pollfd){workers[i].results, POLLIN, 0};
    if (nfds > 0 && poll(fds, (nfds_t)nfds, -1) < 0 && errno != EINTR) {
      free(fds);
      break;
    }
    for (int k = 0, i = 0; k < nfds; k++) {
      if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      while (workers[i].results != fds[k].fd)
        i++;
      worker *w = &workers[i];
      nb_batch_item item;
      int index;
      if (receive(w, &item, &index) && index == w->queue[0]) {
        memmove(w->queue, w->queue + 1, (size_t)--w->queued * sizeof *w->queue);
        finish(&b, index, &item);
        continue;
      }
      /* The worker died: the file it was checking is reported, the ones queued behind it go
       * back to the others (or to this process when none is left). */
      nb_batch_item crashed = {0};
      crashed.crashed = true;
      crashed.wait_status = stop_worker(w);
      alive--;
      finish(&b, w->queue[0], &crashed);
      for (int q = 1; q < w->queued; q++)
        requeue(&b, w->queue[q]);
      w->queued = 0;
    }
    free(fds);
  }
  for (int i = 0; i < started; i++)
    stop_worker(&workers[i]);
  free(workers);
  for (int i = 0; i < n; i++)
    if (b.done[i]) {
      nb_batch_item_free(b.done[i]);
      free(b.done[i]);
    }
  free(b.done);
  free(b.retry);
}
