#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/diag.h"
#include "core/text.h"
#include "core/xalloc.h"

/* Real reports are a few tens of kilobytes; anything this large is not one. */
enum { MAX_FILE_BYTES = 64 * 1024 * 1024 };

void bench_set_init(bench_set *s, const char *label) {
  memset(s, 0, sizeof *s);
  snprintf(s->label, sizeof s->label, "%s", label);
}

void bench_set_free(bench_set *s) {
  for (int i = 0; i < s->ndocs; i++) {
    free(s->docs[i].name);
    free(s->docs[i].text);
  }
  free(s->docs);
  s->docs = NULL;
  s->ndocs = s->cap = 0;
}

void bench_set_add(bench_set *s, char *name, char *text, size_t len) {
  nb_grow((void **)&s->docs, &s->cap, s->ndocs + 1, sizeof(bench_doc));
  s->docs[s->ndocs++] = (bench_doc){name, text, len};
  s->bytes += len;
}

bool bench_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *text = NULL;
  if (fseek(f, 0, SEEK_END) == 0) {
    long size = ftell(f);
    if (size >= 0 && size <= MAX_FILE_BYTES && fseek(f, 0, SEEK_SET) == 0) {
      text = nb_xmalloc((size_t)size + 1);
      *len = fread(text, 1, (size_t)size, f);
      text[*len] = '\0';
    }
  }
  fclose(f);
  return text;
}

static bool wanted(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' && n > 3 &&
         (strcmp(name + n - 3, ".md") == 0 || (n > 4 && strcmp(name + n - 4, ".txt") == 0));
}

static bool has_expected(const char *path) {
  const char *dot = strrchr(path, '.');
  char *expected = nb_strdup_printf("%.*s.expected", (int)(dot - path), path);
  struct stat st;
  bool yes = stat(expected, &st) == 0 && S_ISREG(st.st_mode);
  free(expected);
  return yes;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int bench_set_load_dir(bench_set *s, const char *dir, bool recursive, bool golden_only) {
  DIR *d = opendir(dir);
  if (!d)
    return 0;
  char **names = NULL;
  int nnames = 0, cap = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    nb_grow((void **)&names, &cap, nnames + 1, sizeof(char *));
    names[nnames++] = nb_xstrdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)nnames, sizeof(char *), compare_names);

  int added = 0;
  for (int i = 0; i < nnames; i++) {
    char *path = nb_strdup_printf("%s/%s", dir, names[i]);
    if (bench_is_dir(path)) {
      if (recursive)
        added += bench_set_load_dir(s, path, true, golden_only);
    } else if (wanted(names[i]) && (!golden_only || has_expected(path))) {
      size_t len = 0;
      char *text = read_file(path, &len);
      if (text && nb_utf8_validate(text, len) == len) {
        bench_set_add(s, nb_xstrdup(names[i]), text, len);
        added++;
      } else {
        free(text);
      }
    }
    free(path);
    free(names[i]);
  }
  free(names);
  return added;
}

bool bench_set_write(const bench_set *s, const char *dir) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "nianbao-bench: cannot create %s: %s\n", dir, strerror(errno));
    return false;
  }
  for (int i = 0; i < s->ndocs; i++) {
    char *path = nb_strdup_printf("%s/%s", dir, s->docs[i].name);
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(s->docs[i].text, 1, s->docs[i].len, f) == s->docs[i].len;
    if (f && fclose(f) != 0)
      ok = false;
    if (!ok)
      fprintf(stderr, "nianbao-bench: cannot write %s\n", path);
    free(path);
    if (!ok)
      return false;
  }
  return true;
}

void bench_set_partition(bench_set *from, bool (*test)(const bench_doc *), bench_set *yes,
                         bench_set *no) {
  for (int i = 0; i < from->ndocs; i++) {
    bench_doc *d = &from->docs[i];
    bench_set_add(test(d) ? yes : no, d->name, d->text, d->len);
  }
  free(from->docs);
  from->docs = NULL;
  from->ndocs = from->cap = 0;
  from->bytes = 0;
}

/* One line of pipes, dashes, colons and blanks with at least a pipe and three dashes. */
static bool is_delimiter_row(const char *line, size_t n) {
  int pipes = 0, dashes = 0;
  for (size_t i = 0; i < n; i++) {
    char c = line[i];
    if (c == '|')
      pipes++;
    else if (c == '-')
      dashes++;
    else if (c != ':' && c != ' ' && c != '\t' && c != '\r')
      return false;
  }
  return pipes > 0 && dashes >= 3;
}

bool bench_is_markdown_form(const bench_doc *doc) {
  const char *p = doc->text, *end = doc->text + doc->len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *eol = nl ? nl : end;
    if (is_delimiter_row(p, (size_t)(eol - p)))
      return true;
    p = eol + 1;
  }
  return false;
}
