#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../core/xalloc.h"
#include "batch_claims.h"
#include "messages.h"

/* Finished files may wait for an earlier one, which may be the one large file of the batch:
 * the other workers go on meanwhile while what waits stays small. At most this many files per
 * worker, holding at most HELD_BYTES of output between them (the files being checked when that
 * is reached may pass it). */
enum { WINDOW_PER_JOB = 256 };
enum { HELD_BYTES = 8 << 20 };
/* What the parent reads from a worker at once: many small results per wake-up. */
enum { READ_CHUNK = 64 << 10 };
/* More output than this during a nap, at the rate it came since the last wake-up (extract's
 * tables, some 70 KiB a file; the JSON of reports with many findings), would fill the sockets'
 * buffers meanwhile and stall the workers: then the parent reads at once. */
enum { NAP_AT_MOST = 32 << 10 };
/* How long the parent lets results gather while the workers need nothing from it: on as many
 * CPUs as workers, each wake-up of the parent takes a CPU from a worker (a result every tenth of
 * a millisecond woke it for each one; a nap of 1 ms still woke it 60 times in a batch of 60 ms).
 * A worker's exit ends the nap (SIGCHLD), and so does a worker that needs the parent: its socket
 * is full, or it waits for the window (it writes to the parent's wake-up pipe). The first nap and
 * the shortest are NAP_NS; each may be twice the one before, up to NAP_MAX_NS, while the results
 * that came at the rate since the last wake-up stay under RESULTS_PER_NAP from any one worker
 * (a nap that ends with many results waiting leaves them all to be written at once, at the end
 * after the workers are done). Four milliseconds still woke the parent every fourth of a
 * hundred results, 36 times per run of the benchmark's batch on a loaded machine: a context
 * switch each, the parent's largest cost once it has forked. */
enum { NAP_NS = 4 * 1000 * 1000 };
enum { NAP_MAX_NS = 32 * 1000 * 1000 };
enum { RESULTS_PER_NAP = 64 };

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

/* Each worker has one stream socket to the parent: results one way, a byte now and then the
 * other way (the window moved). What a worker sends back for one file: this header, then the
 * part, then the messages. */
typedef struct {
  int32_t index;
  int32_t counts[NB_BATCH_COUNTS];
  uint64_t part_len, messages_len;
} header;

/* Ends the parent's nap (its wake-up pipe); -1 when there is none. A full pipe already holds
 * a wake-up. */
static void wake_parent(int wake_fd) {
  char byte = 0;
  if (wake_fd >= 0)
    (void)!write(wake_fd, &byte, 1);
}

/* Over sockets, so that a peer gone is an error (EPIPE) and not a SIGPIPE. When the socket is
 * full the parent may be napping: it is woken before the send waits for it. */
static bool send_all(int fd, int wake_fd, struct iovec *iov, int count) {
  int flags = MSG_NOSIGNAL | MSG_DONTWAIT;
  while (count > 0) {
    struct msghdr msg = {.msg_iov = iov, .msg_iovlen = (size_t)count};
    ssize_t w = sendmsg(fd, &msg, flags);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && (flags & MSG_DONTWAIT)) {
      wake_parent(wake_fd);
      flags = MSG_NOSIGNAL; /* now wait for the parent's reads */
      continue;
    }
    if (w <= 0)
      return false;
    size_t sent = (size_t)w;
    for (; count > 0 && sent >= iov->iov_len; count--, iov++)
      sent -= iov->iov_len;
    if (count > 0) {
      iov->iov_base = (char *)iov->iov_base + sent;
      iov->iov_len -= sent;
    }
  }
  return true;
}

/* ---------------------------------------------------------------- a worker */

typedef struct {
  pid_t pid; /* -1: the slot is empty */
  int fd;    /* the socket to the worker */
  char *in;  /* what it sent that is not yet a whole result */
  size_t in_len, in_cap;
  int results; /* whole results read in this wake-up */
} worker;

/* A slot without a worker. */
static const worker no_worker = {.pid = -1, .fd = -1};

/* Waits until the parent moves the window: the worker says it sleeps, looks once more (the
 * parent looks at `waiting` after moving it, so one of the two sees the other), wakes the parent
 * from a nap, then reads a byte. False when the parent is gone. */
static bool wait_for_window(const nb_claims *c, int slot, int fd, int wake_fd, int index) {
  atomic_store(&c->waiting[slot], 1);
  if (index < atomic_load(nb_claims_limit(c))) {
    atomic_store(&c->waiting[slot], 0);
    return true;
  }
  wake_parent(wake_fd);
  char byte;
  ssize_t r;
  while ((r = read(fd, &byte, 1)) < 0 && errno == EINTR)
    ;
  return r == 1;
}

/* What check writes to stderr in a worker: sent with the file, so that the parent writes it in
 * the files' order. One stream for the worker's life, emptied after each file: opening one per
 * file cost some 10,000 instructions, fifteen times all else a worker adds to a file's check. */
typedef struct {
  FILE *stream; /* NULL when none could be opened: then check writes to stderr itself */
  char *text;
  size_t len;
} captured;

static void capture_stderr(captured *c) {
  c->stream = open_memstream(&c->text, &c->len);
  if (c->stream)
    stderr = c->stream; /* glibc's stderr is an ordinary variable */
}

/* Checks one file and sends it back with what it wrote to stderr. */
static bool check_and_send(int fd, int wake_fd, int index, nb_batch_check check, void *ctx,
                           captured *messages) {
  nb_batch_item item = {0};
  check(ctx, index, &item);
  size_t messages_len = messages->stream && fflush(messages->stream) == 0 ? messages->len : 0;
  header h = {index, {0}, item.part_len, messages_len};
  memcpy(h.counts, item.counts, sizeof h.counts);
  struct iovec iov[] = {{&h, sizeof h}, {item.part, item.part_len}, {messages->text, messages_len}};
  bool ok = send_all(fd, wake_fd, iov, 3);
  if (messages->stream)
    rewind(messages->stream); /* the next flush gives the length written after this */
  nb_batch_item_free(&item);
  return ok;
}

/* Takes files until none is left. */
static _Noreturn void worker_main(const nb_claims *c, int n, int slot, int fd, int wake_fd,
                                  nb_batch_check check, void *ctx) {
  captured messages = {0};
  capture_stderr(&messages);
  for (;;) {
    int limit = atomic_load(nb_claims_limit(c));
    bool all_taken = false;
    int index = nb_claims_take(c, n, slot, limit, &all_taken);
    if (index >= 0) {
      if (!check_and_send(fd, wake_fd, index, check, ctx, &messages))
        _exit(1); /* the parent is gone */
    } else if (all_taken || !wait_for_window(c, slot, fd, wake_fd, limit)) {
      _exit(0); /* no atexit handlers, no flushing of the parent's stdio buffers */
    }
  }
}

/* ---------------------------------------------------------------- the batch */

typedef struct {
  int n;
  nb_batch_check check;
  nb_batch_deliver deliver;
  void *ctx;
  nb_batch_item **done; /* finished, not yet delivered, by index */
  int next_delivery;    /* first index not yet delivered */
  int window;           /* how far claims may run ahead of next_delivery */
  int reach;            /* every file taken is below it */
  int reach_turn;       /* the turns reach accounts for */
  size_t held;          /* bytes of output in done[], waiting */
  nb_claims claims;
  worker *workers;
  int slots; /* of workers[] */
  int alive;
  struct pollfd *fds;             /* for poll: one per live worker */
  int *slot_of;                   /* the worker of each fds[] entry */
  size_t received;                /* bytes read in this wake-up */
  int64_t woke_ns, since_ns;      /* when this wake-up came, and how long after the one before */
  int64_t nap_ns;                 /* the last nap's length; 0 when the last wake-up had none */
  int wake[2];                    /* the wake-up pipe (read end, write end), or -1s */
  struct sigaction saved_sigchld; /* the caller's, while there are workers */
} batch;

/* What this process inherited from the parent's batch and never uses. */
static void release_parent_state(batch *b, int slot) {
  for (int i = 0; i < b->slots; i++) {
    if (i != slot && b->workers[i].pid > 0)
      close(b->workers[i].fd);
    free(b->workers[i].in);
  }
  free(b->workers);
  free(b->fds);
  free(b->slot_of);
  if (b->wake[0] >= 0)
    close(b->wake[0]);
  for (int i = 0; i < b->n; i++)
    if (b->done[i]) {
      nb_batch_item_free(b->done[i]);
      free(b->done[i]);
    }
  free(b->done);
}

static bool start_worker(batch *b, int slot) {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    return false;
  fflush(NULL); /* nothing buffered may be written twice */
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    close(fds[0]);
    nb_claims shared = b->claims;
    int n = b->n;
    nb_batch_check check = b->check;
    void *ctx = b->ctx;
    int wake_fd = b->wake[1];
    sigaction(SIGCHLD, &b->saved_sigchld, NULL);
    release_parent_state(b, slot);
    worker_main(&shared, n, slot, fds[1], wake_fd, check, ctx);
  }
  close(fds[1]);
  b->workers[slot] = (worker){.pid = pid, .fd = fds[0]};
  b->alive++;
  return true;
}

/* Closes the worker's socket (it then exits) and returns its wait status. */
static int stop_worker(batch *b, worker *w) {
  close(w->fd);
  int status = 0;
  while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
    ;
  free(w->in);
  *w = no_worker;
  b->alive--;
  return status;
}

static void deliver_next(batch *b, nb_batch_item *item) {
  b->deliver(b->ctx, b->next_delivery, item);
  b->next_delivery++;
}

/* Delivers the files that waited for those before them. */
static void deliver_ready(batch *b) {
  while (b->next_delivery < b->n && b->done[b->next_delivery]) {
    nb_batch_item *ready = b->done[b->next_delivery];
    b->done[b->next_delivery] = NULL;
    b->held -= ready->part_len + ready->messages_len;
    deliver_next(b, ready);
    nb_batch_item_free(ready);
    free(ready);
  }
}

/* A finished file (its item is taken over): delivered when its turn has come, else it waits. */
static void finish(batch *b, int index, nb_batch_item *item) {
  b->done[index] = nb_xmalloc(sizeof *item);
  *b->done[index] = *item;
  b->held += item->part_len + item->messages_len;
  deliver_ready(b);
}

/* Moves the window after deliveries, and wakes the workers that wait for it. While too much
 * output waits, only the turns up to that of the file everything waits for may still be
 * taken. */
static void move_window(batch *b) {
  int limit = b->next_delivery + (b->held < HELD_BYTES ? b->window : 1);
  if (b->next_delivery < b->n && limit <= b->claims.turn[b->next_delivery])
    limit = b->claims.turn[b->next_delivery] + 1;
  if (limit > b->n)
    limit = b->n;
  atomic_int *shared = nb_claims_limit(&b->claims);
  for (; b->reach_turn < limit; b->reach_turn++)
    if (b->claims.order[b->reach_turn] >= b->reach)
      b->reach = b->claims.order[b->reach_turn] + 1;
  if (atomic_exchange(shared, limit) >= limit)
    return;
  for (int i = 0; i < b->slots; i++)
    if (b->workers[i].pid > 0 && atomic_exchange(&b->claims.waiting[i], 0)) {
      char byte = 0;
      (void)!send(b->workers[i].fd, &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
}

/* The results complete in the worker's buffer, delivered; false on one that is not a file
 * the worker took (it is then treated as dead). */
static bool take_results(batch *b, int slot) {
  worker *w = &b->workers[slot];
  size_t at = 0;
  bool ok = true;
  while (w->in_len - at >= sizeof(header)) {
    header h;
    memcpy(&h, w->in + at, sizeof h);
    if (h.index < 0 || h.index >= b->n || atomic_load(&b->claims.owner[h.index]) != slot ||
        h.index < b->next_delivery || b->done[h.index] || h.part_len > SIZE_MAX / 4 ||
        h.messages_len > SIZE_MAX / 4) {
      ok = false;
      break;
    }
    size_t whole = sizeof h + (size_t)h.part_len + (size_t)h.messages_len;
    if (w->in_len - at < whole) {
      if (whole > w->in_cap) { /* one large file's result: room for all of it */
        memmove(w->in, w->in + at, w->in_len - at);
        w->in_len -= at;
        at = 0;
        w->in_cap = whole;
        w->in = nb_xrealloc(w->in, w->in_cap);
      }
      break;
    }
    nb_batch_item item = {0};
    item.part_len = (size_t)h.part_len;
    item.messages_len = (size_t)h.messages_len;
    item.part = w->in + at + sizeof h;
    item.messages = item.part + item.part_len;
    memcpy(item.counts, h.counts, sizeof h.counts);
    at += whole;
    w->results++;
    if (h.index == b->next_delivery) { /* its turn: written from where it was read */
      deliver_next(b, &item);
      deliver_ready(b);
      continue;
    }
    item.part = nb_xmalloc(item.part_len + 1);
    item.messages = nb_xmalloc(item.messages_len + 1);
    memcpy(item.part, w->in + at - whole + sizeof h, item.part_len);
    memcpy(item.messages, w->in + at - whole + sizeof h + item.part_len, item.messages_len);
    finish(b, h.index, &item);
  }
  memmove(w->in, w->in + at, w->in_len - at);
  w->in_len -= at;
  return ok;
}

/* Reads what the worker sent; false when it is gone (or sent what no worker sends). */
static bool receive(batch *b, int slot) {
  worker *w = &b->workers[slot];
  if (w->in_cap - w->in_len < READ_CHUNK / 2) {
    w->in_cap = w->in_cap < READ_CHUNK ? READ_CHUNK : w->in_cap * 2;
    w->in = nb_xrealloc(w->in, w->in_cap);
  }
  ssize_t r;
  while ((r = read(w->fd, w->in + w->in_len, w->in_cap - w->in_len)) < 0 && errno == EINTR)
    ;
  if (r <= 0)
    return false;
  b->received += (size_t)r;
  w->in_len += (size_t)r;
  return take_results(b, slot);
}

/* The worker is gone: the file it had taken and not sent back is delivered as crashed (its
 * results before that one have all been read), and a new worker takes its place while files
 * are left, so a file that crashes costs only itself. */
static void worker_gone(batch *b, int slot) {
  worker *w = &b->workers[slot];
  if (w->pid > 0)
    kill(w->pid, SIGKILL); /* when it sent nonsense; else it is gone already */
  int status = stop_worker(b, w);
  /* Up to every file that may have been taken, not just below `next`: the worker may have died
   * between taking its file and moving `next`. Delivering one delivers those waiting after it,
   * which are not to be looked at again. */
  for (int i = b->next_delivery; i < b->reach; i++)
    if (i >= b->next_delivery && atomic_load(&b->claims.owner[i]) == slot && !b->done[i]) {
      nb_batch_item crashed = {0};
      crashed.crashed = true;
      crashed.wait_status = status;
      /* another worker may take this slot's number: the file is settled */
      atomic_store(&b->claims.owner[i], b->slots);
      finish(b, i, &crashed);
    }
  if (atomic_load(nb_claims_next(&b->claims)) < b->n)
    start_worker(b, slot);
}

/* Does nothing but end the parent's nap (ppoll is never restarted after a signal, whereas
 * SA_RESTART restarts the reads, writes and waits it interrupts). */
static void on_worker_exit(int sig) {
  (void)sig;
}

static void catch_worker_exits(batch *b) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_worker_exit;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
  sigaction(SIGCHLD, &sa, &b->saved_sigchld);
}

/* Checks the next file no worker took, here; false when every file was taken. */
static bool check_here(batch *b) {
  bool all_taken = false;
  int index = nb_claims_take(&b->claims, b->n, b->slots, b->n, &all_taken);
  if (index < 0)
    return false;
  nb_batch_item item = {0};
  b->check(b->ctx, index, &item);
  finish(b, index, &item);
  return true;
}

/* How long the workers can go on without the parent (NAP_NS), 0 when they cannot: files are
 * left to take, none waits for the window, little output came, and none is in the middle of
 * sending a large result (its sending waits for the parent's reads). At the end, results are
 * taken at once. */
static int64_t nap_length(const batch *b) {
  if (atomic_load(nb_claims_next(&b->claims)) >= b->n)
    return 0;
  int most = 0; /* results from one worker */
  for (int i = 0; i < b->slots; i++) {
    const worker *w = &b->workers[i];
    if (w->pid > 0 && (w->in_len > 0 || atomic_load(&b->claims.waiting[i])))
      return 0;
    if (w->pid > 0 && w->results > most)
      most = w->results;
  }
  return nb_batch_nap(b->nap_ns, b->since_ns, b->received, most);
}

int64_t nb_batch_nap(int64_t last_nap_ns, int64_t since_ns, size_t received, int most_results) {
  if ((uint64_t)received * NAP_NS > (uint64_t)NAP_AT_MOST * (uint64_t)since_ns)
    return 0;
  int64_t nap = last_nap_ns > 0 ? 2 * last_nap_ns : NAP_NS;
  if (nap > NAP_MAX_NS)
    nap = NAP_MAX_NS;
  if (received > 0 && NAP_AT_MOST * since_ns / (int64_t)received < nap)
    nap = NAP_AT_MOST * since_ns / (int64_t)received;
  if (most_results > 0 && RESULTS_PER_NAP * since_ns / most_results < nap)
    nap = RESULTS_PER_NAP * since_ns / most_results;
  return nap < NAP_NS ? NAP_NS : nap;
}

/* Sleeps `ns` unless a worker exits (SIGCHLD) or asks for the parent (the wake-up pipe), and
 * empties the pipe. */
static void nap(const batch *b, int64_t ns) {
  struct pollfd wake = {b->wake[0], POLLIN, 0};
  struct timespec t = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
  if (ppoll(&wake, 1, &t, NULL) > 0) {
    char bytes[64];
    while (read(b->wake[0], bytes, sizeof bytes) > 0)
      ;
  }
}

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Waits for any worker to send something, and takes it. */
static void serve_workers(batch *b) {
  int nfds = 0;
  for (int i = 0; i < b->slots; i++)
    if (b->workers[i].pid > 0) {
      b->fds[nfds] = (struct pollfd){b->workers[i].fd, POLLIN, 0};
      b->slot_of[nfds++] = i;
    }
  if (poll(b->fds, (nfds_t)nfds, -1) < 0)
    return; /* EINTR: the caller comes back */
  int64_t woke = now_ns();
  b->since_ns = woke - b->woke_ns;
  b->woke_ns = woke;
  b->received = 0;
  for (int i = 0; i < b->slots; i++)
    b->workers[i].results = 0;
  for (int k = 0; k < nfds; k++)
    if (b->fds[k].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
      if (!receive(b, b->slot_of[k]))
        worker_gone(b, b->slot_of[k]);
  move_window(b);
  b->nap_ns = nap_length(b);
  if (b->nap_ns > 0)
    nap(b, b->nap_ns);
}

int nb_batch_early_files(int n, int jobs) {
  int early = n / 16 > 2 * jobs ? n / 16 : 2 * jobs;
  return early < n ? early : n;
}

/* The turns of files from..n-1, by their sizes when size_of is given, and the window they open.
 * Asking every size before the first file was taken kept the workers waiting (a stat per file,
 * 0.7 ms for the benchmark's 501 files, a hundredth of the whole batch on two CPUs). */
static void order_turns(batch *b, int from, nb_batch_size size_of) {
  size_t *sizes = NULL;
  if (size_of) {
    sizes = nb_xcalloc((size_t)b->n + 1, sizeof *sizes);
    for (int i = from; i < b->n; i++)
      sizes[i] = size_of(b->ctx, i);
  }
  nb_claims_order(b->n, from, sizes, b->window, b->slots, b->claims.order, b->claims.turn);
  free(sizes);
  move_window(b);
}

void nb_batch_run(int n, nb_batch_size size_of, int jobs, nb_batch_check check,
                  nb_batch_deliver deliver, void *ctx) {
  if (jobs > n)
    jobs = n;
  if (jobs < 1)
    jobs = 1;
  batch b = {.n = n,
             .check = check,
             .deliver = deliver,
             .ctx = ctx,
             .done = nb_xcalloc((size_t)n + 1, sizeof(nb_batch_item *)),
             .window = WINDOW_PER_JOB * jobs,
             .workers = nb_xcalloc((size_t)jobs, sizeof(worker)),
             .fds = nb_xcalloc((size_t)jobs, sizeof(struct pollfd)),
             .slot_of = nb_xcalloc((size_t)jobs, sizeof(int)),
             .slots = jobs,
             .wake = {-1, -1}};
  for (int i = 0; i < jobs; i++)
    b.workers[i] = no_worker;
  bool shared = jobs > 1 && nb_claims_init(&b.claims, n, jobs, true);
  if (!shared)
    nb_claims_init(&b.claims, n, jobs, false);
  b.claims.turn = nb_xmalloc(((size_t)n + 1) * sizeof *b.claims.turn);
  int early = shared && size_of ? nb_batch_early_files(n, jobs) : n;
  if (early < n) /* the workers take the first files while the others' sizes are asked */
    atomic_store(nb_claims_limit(&b.claims), early < b.window ? early : b.window);
  else
    order_turns(&b, n, NULL);
  b.woke_ns = now_ns();
  if (shared && pipe2(b.wake, O_CLOEXEC | O_NONBLOCK) != 0)
    b.wake[0] = b.wake[1] = -1; /* then only a worker's exit ends a nap early */
  if (shared)
    catch_worker_exits(&b);
  for (int i = 0; shared && i < jobs; i++)
    start_worker(&b, i); /* one that cannot be started leaves its share to the others */
  if (early < n)
    order_turns(&b, early, size_of);

  while (b.next_delivery < n) {
    if (b.alive > 0)
      serve_workers(&b);
    else if (!check_here(&b))
      break; /* cannot happen: every file taken is delivered; never wait for nothing */
  }
  for (int i = 0; i < jobs; i++)
    if (b.workers[i].pid > 0)
      stop_worker(&b, &b.workers[i]);
  if (shared)
    sigaction(SIGCHLD, &b.saved_sigchld, NULL);
  for (int i = 0; i < n; i++)
    if (b.done[i]) {
      nb_batch_item_free(b.done[i]);
      free(b.done[i]);
    }
  free(b.done);
  free(b.workers);
  free(b.fds);
  free(b.slot_of);
  free(b.claims.turn);
  nb_claims_free(&b.claims);
  for (int i = 0; i < 2; i++)
    if (b.wake[i] >= 0)
      close(b.wake[i]);
}
