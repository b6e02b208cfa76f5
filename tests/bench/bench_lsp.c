/* Drives `nianbao lsp` the way an editor does: initialize, open the document, then edit one
 * digit of a table cell again and again, each time waiting for the diagnostics of that version.
 * The digit alternates between two values, so every edit changes what the arithmetic rules
 * find. Latency is measured from just before the didChange is written to the moment the
 * publishDiagnostics of its version has been read; then semanticTokens/full/delta is asked for
 * and timed, which includes bringing the syntax tree up to the edit. */
#include "bench_lsp.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "core/position.h"
#include "core/xalloc.h"
#include "nianbao.h"
#include "synth.h"

enum { SEED = 20240131, TIMEOUT_MS = 30000 };

typedef struct {
  pid_t pid;
  int to, from; /* the server's stdin, stdout */
  bench_buf in; /* what it wrote that was not read yet */
} server;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* The nianbao binary built beside this one. */
static char *server_path(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return NULL;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  return nb_strdup_printf("%s/nianbao", exe);
}

static bool start(server *s, const char *path) {
  int to[2], from[2];
  if (pipe(to) != 0 || pipe(from) != 0)
    return false;
  s->pid = fork();
  if (s->pid < 0)
    return false;
  if (s->pid == 0) {
    dup2(to[0], STDIN_FILENO);
    dup2(from[1], STDOUT_FILENO);
    FILE *null = freopen("/dev/null", "w", stderr);
    (void)null;
    close(to[1]);
    close(from[0]);
    execl(path, path, "lsp", (char *)NULL);
    _exit(127);
  }
  close(to[0]);
  close(from[1]);
  s->to = to[1];
  s->from = from[0];
  bench_buf_init(&s->in);
  return true;
}

static bool write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
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

static bool send_json(server *s, json_t *message) {
  char *body = json_dumps(message, JSON_COMPACT);
  json_decref(message);
  char header[64];
  int h = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", strlen(body));
  bool ok = write_all(s->to, header, (size_t)h) && write_all(s->to, body, strlen(body));
  free(body);
  return ok;
}

/* The next message the server wrote, or NULL on a timeout or the end of its output. */
static json_t *next_message(server *s) {
  for (;;) {
    char *end = s->in.len ? strstr(s->in.data, "\r\n\r\n") : NULL;
    if (end) {
      const char *length = strstr(s->in.data, "Content-Length:");
      size_t body_len = length ? strtoul(length + 15, NULL, 10) : 0;
      size_t start = (size_t)(end - s->in.data) + 4;
      if (s->in.len >= start + body_len) {
        json_t *m = json_loadb(s->in.data + start, body_len, 0, NULL);
        memmove(s->in.data, s->in.data + start + body_len, s->in.len - start - body_len + 1);
        s->in.len -= start + body_len;
        return m;
      }
    }
    struct pollfd p = {s->from, POLLIN, 0};
    if (poll(&p, 1, TIMEOUT_MS) <= 0)
      return NULL;
    char chunk[65536];
    ssize_t n = read(s->from, chunk, sizeof chunk);
    if (n <= 0)
      return NULL;
    bench_buf_add(&s->in, chunk, (size_t)n);
  }
}

/* Reads until the answer to request `id`, or the diagnostics of `version` (id < 0); gives the
 * answer's result id to *result_id when asked (heap string). */
static bool wait_for(server *s, int id, long long version, char **result_id) {
  for (;;) {
    json_t *m = next_message(s);
    if (!m)
      return false;
    const char *method = json_string_value(json_object_get(m, "method"));
    bool done = id >= 0 ? !method && json_integer_value(json_object_get(m, "id")) == id
                        : method && strcmp(method, "textDocument/publishDiagnostics") == 0 &&
                              json_integer_value(json_object_get(json_object_get(m, "params"),
                                                                 "version")) == version;
    if (done && result_id) {
      const char *r = json_string_value(json_object_get(json_object_get(m, "result"), "resultId"));
      *result_id = r ? nb_xstrdup(r) : NULL;
    }
    json_decref(m);
    if (done)
      return true;
  }
}

/* semanticTokens/full/delta from the last result: the tree's reparse and the tokens after an
 * edit. Replaces *result_id with the new one. */
static bool tokens_after_edit(server *s, const char *uri, int id, char **result_id) {
  json_t *request =
      json_pack("{s:s, s:i, s:s, s:{s:{s:s}, s:s}}", "jsonrpc", "2.0", "id", id, "method",
                "textDocument/semanticTokens/full/delta", "params", "textDocument", "uri", uri,
                "previousResultId", *result_id ? *result_id : "");
  free(*result_id);
  *result_id = NULL;
  return send_json(s, request) && wait_for(s, id, 0, result_id);
}

static double rss_mib(pid_t pid, const char *field) {
  char path[64], line[256];
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  FILE *f = fopen(path, "r");
  double kib = 0;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, field, strlen(field)) == 0)
      kib = strtod(line + strlen(field), NULL);
  if (f)
    fclose(f);
  return kib / 1024.0;
}

/* CPU time the process has used (user + system), from /proc/PID/stat. */
static double cpu_ms(pid_t pid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
  FILE *f = fopen(path, "r");
  char line[1024] = "";
  if (f) {
    if (!fgets(line, sizeof line, f))
      line[0] = '\0';
    fclose(f);
  }
  /* after "(comm) ", the state is field 3; utime and stime are fields 14 and 15 */
  const char *p = strrchr(line, ')');
  unsigned long utime = 0, stime = 0;
  if (p &&
      sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) == 2)
    return (double)(utime + stime) * 1000.0 / (double)sysconf(_SC_CLK_TCK);
  return 0;
}

static void stop(server *s) {
  send_json(s, json_pack("{s:s, s:i, s:s}", "jsonrpc", "2.0", "id", 2, "method", "shutdown"));
  wait_for(s, 2, 0, NULL);
  send_json(s, json_pack("{s:s, s:s}", "jsonrpc", "2.0", "method", "exit"));
  close(s->to);
  int status;
  waitpid(s->pid, &status, 0);
  close(s->from);
  bench_buf_free(&s->in);
}

/* Where to edit: the first digit of the first cell of table 三 that holds a value. */
static bool edit_point(const char *text, size_t len, size_t *offset) {
  nb_analysis a;
  nb_analyze_model(text, len, NULL, &a);
  const nb_table *t = &a.report.tables[NB_TABLE_APPLICATIONS];
  bool found = false;
  for (int r = 0; t->found && r < t->spec->nrows && !found; r++)
    for (int c = 0; t->rows[r].present && c < t->rows[r].ncells && !found; c++)
      if (t->rows[r].cells[c].state == NB_CELL_VALUE) {
        *offset = t->rows[r].cells[c].span.start;
        found = true;
      }
  nb_analysis_free(&a);
  return found;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

typedef struct {
  double p50, p99, max;          /* didChange -> publishDiagnostics */
  double tokens_p50, tokens_p99; /* then semanticTokens/full/delta (the reparse included) */
  double cpu;                    /* the server's CPU time per edit, both requests included */
  double rss, peak;
  int edits;
} lsp_result;

static bool measure(const char *path, const char *text, size_t len, int edits, lsp_result *out) {
  size_t offset;
  if (!edit_point(text, len, &offset))
    return false;
  nb_line_index ix;
  nb_line_index_build(&ix, text, len);
  nb_position at = nb_position_of(&ix, offset, NB_COLUMNS_UTF16);
  nb_line_index_free(&ix);
  char digits[2][2] = {{text[offset], 0},
                       {text[offset] == '9' ? '8' : (char)(text[offset] + 1), 0}};

  server s;
  if (!start(&s, path))
    return false;
  const char *uri = "file:///nianbao-bench/report.md";
  bool ok =
      send_json(&s, json_pack("{s:s, s:i, s:s, s:{s:n, s:{}}}", "jsonrpc", "2.0", "id", 1, "method",
                              "initialize", "params", "processId", "capabilities")) &&
      wait_for(&s, 1, 0, NULL) &&
      send_json(
          &s, json_pack("{s:s, s:s, s:{}}", "jsonrpc", "2.0", "method", "initialized", "params")) &&
      send_json(&s, json_pack("{s:s, s:s, s:{s:{s:s, s:s, s:i, s:s%}}}", "jsonrpc", "2.0", "method",
                              "textDocument/didOpen", "params", "textDocument", "uri", uri,
                              "languageId", "markdown", "version", 1, "text", text, len)) &&
      wait_for(&s, -1, 1, NULL);
  char *tokens_id = NULL;
  ok = ok && tokens_after_edit(&s, uri, 3, &tokens_id);
  double *ms = nb_xcalloc((size_t)edits, sizeof *ms);
  double *tokens_ms = nb_xcalloc((size_t)edits, sizeof *tokens_ms);
  double cpu_before = cpu_ms(s.pid);
  for (int i = 0; ok && i < edits; i++) {
    long long version = i + 2;
    json_t *range = json_pack("{s:{s:i, s:i}, s:{s:i, s:i}}", "start", "line", at.line, "character",
                              at.column, "end", "line", at.line, "character", at.column + 1);
    json_t *change = json_pack("{s:s, s:s, s:{s:{s:s, s:I}, s:[{s:o, s:s}]}}", "jsonrpc", "2.0",
                               "method", "textDocument/didChange", "params", "textDocument", "uri",
                               uri, "version", (json_int_t)version, "contentChanges", "range",
                               range, "text", digits[(i + 1) % 2]);
    double t0 = now_ms();
    ok = send_json(&s, change) && wait_for(&s, -1, version, NULL);
    double t1 = now_ms();
    ok = ok && tokens_after_edit(&s, uri, 4 + i, &tokens_id);
    ms[i] = t1 - t0;
    tokens_ms[i] = now_ms() - t1;
  }
  free(tokens_id);
  out->cpu = (cpu_ms(s.pid) - cpu_before) / edits;
  out->rss = rss_mib(s.pid, "VmRSS:");
  out->peak = rss_mib(s.pid, "VmHWM:");
  stop(&s);
  if (ok) {
    qsort(ms, (size_t)edits, sizeof *ms, by_value);
    qsort(tokens_ms, (size_t)edits, sizeof *tokens_ms, by_value);
    out->edits = edits;
    out->p50 = ms[edits / 2];
    out->p99 = ms[(edits * 99 + 99) / 100 - 1];
    out->max = ms[edits - 1];
    out->tokens_p50 = tokens_ms[edits / 2];
    out->tokens_p99 = tokens_ms[(edits * 99 + 99) / 100 - 1];
  }
  free(ms);
  free(tokens_ms);
  return ok;
}

bool bench_lsp(bool quick, int *missed) {
  char *path = server_path();
  if (!path || access(path, X_OK) != 0) {
    fprintf(stderr, "nianbao-bench: no nianbao binary beside nianbao-bench (%s)\n",
            path ? path : "?");
    free(path);
    return false;
  }
  static const struct {
    const char *label;
    size_t bytes;
    int edits, quick_edits;
    double goal_ms;
  } docs[] = {
      {"report (20 KB)", 20 * 1000, 1000, 100, 5},
      {"document (2 MB)", 2 * 1000 * 1000, 200, 20, 50},
  };
  printf("\nlanguage server: nianbao lsp over pipes, didChange -> publishDiagnostics for a "
         "one-character\nedit in a table cell (every edit changes the findings), then "
         "semanticTokens/full/delta\n(the syntax tree's reparse and the tokens); the server's CPU "
         "time per edit (both requests);\nits RSS after the edits\n\n");
  printf("%-16s %8s %5s %7s %7s %7s %7s %7s %7s %7s %7s\n", "document", "bytes", "edits", "p50 ms",
         "p99 ms", "max ms", "tok p50", "tok p99", "cpu ms", "RSS MiB", "peak");
  bool all = true;
  bench_prng p = {SEED};
  for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
    bench_buf b;
    bench_buf_init(&b);
    bench_synth_big(&b, docs[d].bytes, &p);
    lsp_result r = {0};
    int edits = quick ? docs[d].quick_edits : docs[d].edits;
    if (!measure(path, b.data, b.len, edits, &r)) {
      printf("%-16s %8zu  the server did not answer\n", docs[d].label, b.len);
      all = false;
      ++*missed;
    } else {
      printf("%-16s %8zu %5d %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.1f %7.1f  goal p99 <= %.0f "
             "ms: %s\n",
             docs[d].label, b.len, r.edits, r.p50, r.p99, r.max, r.tokens_p50, r.tokens_p99, r.cpu,
             r.rss, r.peak, docs[d].goal_ms, r.p99 <= docs[d].goal_ms ? "met" : "NOT met");
      *missed += r.p99 > docs[d].goal_ms;
    }
    fflush(stdout);
    bench_buf_free(&b);
  }
  free(path);
  return all;
}
