#define _DEFAULT_SOURCE /* wait4 */
#include "process.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/xalloc.h"

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* fork, exec, wait: the figures of one run, measured from this process. */
static bench_run run_here(char *const argv[]) {
  bench_run r = {-1, 0, 0};
  fflush(NULL);
  double t0 = now_ms();
  pid_t pid = fork();
  if (pid < 0)
    return r;
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
      dup2(null, 2);
    }
    execvp(argv[0], argv);
    _exit(127);
  }
  int status;
  struct rusage ru;
  while (wait4(pid, &status, 0, &ru) < 0)
    if (errno != EINTR)
      return r;
  r.wall_ms = now_ms() - t0;
  r.max_rss_kb = ru.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/* A child's peak resident set counts what it had before exec, which after a fork is the
 * parent's: programs are therefore started by a small process forked before the benchmark
 * loads its inputs. It reads argument vectors (a count, then each string's length and bytes)
 * and answers with the run's figures. */
static int spawner_requests = -1, spawner_answers = -1;

static bool write_all(int fd, const void *data, size_t n) {
  for (const char *p = data; n > 0;) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return false;
    p += w;
    n -= (size_t)w;
  }
  return true;
}

static bool read_all(int fd, void *data, size_t n) {
  for (char *p = data; n > 0;) {
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

static _Noreturn void spawner_main(int requests, int answers) {
  uint32_t argc;
  while (read_all(requests, &argc, sizeof argc)) {
    char **argv = nb_xcalloc((size_t)argc + 1, sizeof *argv);
    for (uint32_t i = 0; i < argc; i++) {
      uint32_t len;
      if (!read_all(requests, &len, sizeof len))
        _exit(1);
      argv[i] = nb_xmalloc(len + 1);
      if (!read_all(requests, argv[i], len))
        _exit(1);
      argv[i][len] = '\0';
    }
    bench_run r = run_here(argv);
    for (uint32_t i = 0; i < argc; i++)
      free(argv[i]);
    free(argv);
    if (!write_all(answers, &r, sizeof r))
      _exit(1);
  }
  _exit(0);
}

void bench_spawner_start(void) {
  int requests[2], answers[2];
  if (pipe(requests) != 0)
    return;
  if (pipe(answers) != 0) {
    close(requests[0]);
    close(requests[1]);
    return;
  }
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    close(requests[1]);
    close(answers[0]);
    spawner_main(requests[0], answers[1]);
  }
  close(requests[0]);
  close(answers[1]);
  if (pid < 0) {
    close(requests[1]);
    close(answers[0]);
    return;
  }
  spawner_requests = requests[1];
  spawner_answers = answers[0];
}

bench_run bench_run_program(char *const argv[]) {
  if (spawner_requests < 0)
    return run_here(argv);
  uint32_t argc = 0;
  while (argv[argc])
    argc++;
  bool ok = write_all(spawner_requests, &argc, sizeof argc);
  for (uint32_t i = 0; ok && i < argc; i++) {
    uint32_t len = (uint32_t)strlen(argv[i]);
    ok = write_all(spawner_requests, &len, sizeof len) && write_all(spawner_requests, argv[i], len);
  }
  bench_run r = {-1, 0, 0};
  if (!ok || !read_all(spawner_answers, &r, sizeof r)) {
    close(spawner_requests);
    close(spawner_answers);
    spawner_requests = spawner_answers = -1;
    return run_here(argv);
  }
  return r;
}

bench_run bench_run_best(char *const argv[], int times) {
  bench_run best = {-1, 0, 0};
  for (int i = 0; i < times; i++) {
    bench_run r = bench_run_program(argv);
    if (i == 0 || r.wall_ms < best.wall_ms)
      best.wall_ms = r.wall_ms;
    best.status = r.status;
    best.max_rss_kb = r.max_rss_kb;
  }
  return best;
}

long long bench_instructions(char *const argv[]) {
  char *valgrind = bench_which("valgrind");
  if (!valgrind)
    return -1;
  char *dir = bench_temp_dir();
  char *log = nb_strdup_printf("%s/callgrind.log", dir);
  char *log_option = nb_strdup_printf("--log-file=%s", log);
  int n = 0;
  while (argv[n])
    n++;
  char **args = nb_xcalloc((size_t)n + 5, sizeof *args);
  args[0] = valgrind;
  args[1] = "--tool=callgrind";
  args[2] = "--callgrind-out-file=/dev/null";
  args[3] = log_option;
  for (int i = 0; i < n; i++)
    args[4 + i] = argv[i];
  bench_run r = bench_run_program(args);
  long long count = -1;
  FILE *f = r.status >= 0 ? fopen(log, "r") : NULL;
  char line[512];
  while (f && fgets(line, sizeof line, f)) {
    const char *at = strstr(line, "Collected : ");
    if (at)
      count = strtoll(at + strlen("Collected : "), NULL, 10);
  }
  if (f)
    fclose(f);
  free(args);
  free(log_option);
  free(log);
  bench_remove_tree(dir);
  free(dir);
  free(valgrind);
  return count;
}

char *bench_which(const char *name) {
  const char *path = getenv("PATH");
  if (!path)
    return NULL;
  while (*path) {
    const char *colon = strchr(path, ':');
    size_t n = colon ? (size_t)(colon - path) : strlen(path);
    char *candidate = nb_strdup_printf("%.*s/%s", (int)n, path, name);
    if (n > 0 && access(candidate, X_OK) == 0)
      return candidate;
    free(candidate);
    path += n + (colon ? 1 : 0);
  }
  return NULL;
}

char *bench_nianbao_path(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return NULL;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  char *path = nb_strdup_printf("%s/nianbao", exe);
  if (access(path, X_OK) == 0)
    return path;
  free(path);
  return NULL;
}

char *bench_temp_dir(void) {
  const char *base = getenv("TMPDIR");
  char *templ = nb_strdup_printf("%s/nianbao-bench-XXXXXX", base && *base ? base : "/tmp");
  if (!mkdtemp(templ)) {
    fprintf(stderr, "nianbao-bench: cannot create a temporary directory: %s\n", strerror(errno));
    exit(2);
  }
  return templ;
}

void bench_remove_tree(const char *dir) {
  char *argv[] = {"rm", "-rf", (char *)dir, NULL};
  bench_run_program(argv);
}
