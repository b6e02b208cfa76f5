#include "previous.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/xalloc.h"
#include "server.h"

void nb_lsp_previous_init(nb_lsp_previous *p) {
  memset(p, 0, sizeof *p);
}

static void free_entry(nb_lsp_previous_entry *e) {
  free(e->path);
  free(e->text);
  nb_analysis_free(&e->model);
  free(e);
}

void nb_lsp_previous_free(nb_lsp_previous *p) {
  for (int i = 0; i < p->count; i++)
    free_entry(p->items[i]);
  free(p->items);
  nb_lsp_previous_init(p);
}

static nb_lsp_doc *open_document(const nb_lsp_server *s, const char *path) {
  for (int i = 0; i < s->docs.count; i++)
    if (s->docs.items[i]->path && strcmp(s->docs.items[i]->path, path) == 0)
      return s->docs.items[i];
  return NULL;
}

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

static bool exists(const nb_lsp_server *s, const char *path) {
  struct stat st;
  return open_document(s, path) || (stat(path, &st) == 0 && S_ISREG(st.st_mode));
}

char *nb_lsp_previous_path(nb_lsp_server *s, const char *path, const char *configured) {
  if (configured)
    return path && strcmp(configured, path) == 0 ? NULL : nb_xstrdup(configured);
  if (!path)
    return NULL;
  const char *name = strrchr(path, '/') + 1;
  /* Each four-digit year of the file name, the last first (年报-2024 rather than a date). */
  for (const char *p = path + strlen(path); p >= name + 4; p--) {
    const char *y = p - 4;
    if (!is_digit(y[0]) || !is_digit(y[1]) || !is_digit(y[2]) || !is_digit(y[3]) ||
        (y > name && is_digit(y[-1])) || is_digit(y[4]))
      continue;
    int year = atoi(y);
    if (year < 2001 || year > 2999)
      continue;
    char *candidate = nb_xstrdup(path);
    char digits[16];
    snprintf(digits, sizeof digits, "%04d", year - 1);
    memcpy(candidate + (y - path), digits, 4);
    if (exists(s, candidate))
      return candidate;
    free(candidate);
  }
  return NULL;
}

static long long mtime_ns(const struct stat *st) {
  return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

static nb_lsp_previous_entry *entry_for(nb_lsp_previous *p, const char *path) {
  for (int i = 0; i < p->count; i++)
    if (strcmp(p->items[i]->path, path) == 0)
      return p->items[i];
  nb_lsp_previous_entry *e = nb_xcalloc(1, sizeof *e);
  e->path = nb_xstrdup(path);
  e->version = -1;
  nb_grow((void **)&p->items, &p->cap, p->count + 1, sizeof *p->items);
  p->items[p->count++] = e;
  return e;
}

/* Replaces the entry's text and model. */
static void set_text(nb_lsp_previous_entry *e, const char *text, size_t len) {
  nb_analysis_free(&e->model);
  free(e->text);
  e->text = nb_xmalloc(len + 1);
  memcpy(e->text, text, len);
  e->text[len] = '\0';
  e->len = len;
  nb_analyze_model(e->text, e->len, NULL, &e->model);
}

const nb_report *nb_lsp_previous_model(nb_lsp_server *s, const char *path) {
  nb_lsp_previous_entry *e = entry_for(&s->previous, path);
  const nb_lsp_doc *doc = open_document(s, path);
  if (doc) {
    if (!e->from_editor || e->version != doc->version || !e->text) {
      set_text(e, doc->text, doc->len);
      e->from_editor = true;
      e->version = doc->version;
    }
    return &e->model.report;
  }
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return NULL;
  bool same = !e->from_editor && e->dev == st.st_dev && e->ino == st.st_ino &&
              e->size == st.st_size && e->mtime_ns == mtime_ns(&st);
  if (same)
    return e->unreadable ? NULL : &e->model.report;
  e->from_editor = false;
  e->unreadable = false;
  nb_input in;
  if (nb_input_read(path, &in) != NB_INPUT_OK) {
    char *why = nb_input_error_message(&in, path, NB_LANG_EN);
    nb_lsp_log(s, NB_LSP_WARNING, "last year's report: %s", why);
    free(why);
    e->unreadable = true;
  } else {
    set_text(e, in.text, in.len);
    nb_lsp_log(s, NB_LSP_INFO, "last year's report read from %s", path);
  }
  nb_input_free(&in);
  e->dev = st.st_dev;
  e->ino = st.st_ino;
  e->size = st.st_size;
  e->mtime_ns = mtime_ns(&st);
  return e->unreadable ? NULL : &e->model.report;
}
