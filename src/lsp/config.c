/* realpath() is XSI. */
#define _XOPEN_SOURCE 700

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/uri.h"
#include "../core/xalloc.h"
#include "../lint/config_file.h"
#include "../lint/report_glob.h"
#include "server.h"

void nb_lsp_config_init(nb_lsp_config *c) {
  memset(c, 0, sizeof *c);
  nb_settings_init(&c->initial);
  nb_settings_init(&c->changed);
  nb_settings_init(&c->editor);
  c->locale_lang = -1;
}

static void free_file(nb_lsp_config_file *f) {
  free(f->path);
  nb_settings_free(&f->settings);
  free(f->error);
  free(f);
}

static void forget_files(nb_lsp_config *c) {
  for (int i = 0; i < c->nfiles; i++)
    free_file(c->files[i]);
  c->nfiles = 0;
}

static void free_roots(nb_lsp_config *c) {
  for (int i = 0; i < c->nroots; i++)
    free(c->roots[i]);
  free(c->roots);
  c->roots = NULL;
  c->nroots = 0;
}

void nb_lsp_config_free(nb_lsp_config *c) {
  forget_files(c);
  free(c->files);
  free_roots(c);
  nb_settings_free(&c->initial);
  nb_settings_free(&c->changed);
  nb_settings_free(&c->editor);
  nb_lsp_config_init(c);
}

/* ---------------------------------------------------------------- editor settings */

static nb_lang message_lang(const nb_lsp_server *s) {
  if (s->config.editor.lang >= 0)
    return (nb_lang)s->config.editor.lang;
  return s->config.locale_lang >= 0 ? (nb_lang)s->config.locale_lang : NB_LANG_ZH;
}

/* The settings of `from` that are set, over those of `out`. */
static void layer(nb_settings *out, const nb_settings *from) {
  for (int i = 0; i < from->nrules; i++)
    nb_settings_set_rule(out, from->rules[i].rule, from->rules[i].severity);
  if (from->organ_kind != NB_ORGAN_UNKNOWN)
    out->organ_kind = from->organ_kind;
  if (from->lang >= 0)
    out->lang = from->lang;
  if (from->reports) {
    for (int i = 0; i < out->nreports; i++)
      free(out->reports[i]);
    free(out->reports);
    out->nreports = from->nreports;
    out->reports = nb_xcalloc((size_t)from->nreports + 1, sizeof *out->reports);
    for (int i = 0; i < from->nreports; i++)
      out->reports[i] = nb_xstrdup(from->reports[i]);
  }
  if (from->previous) {
    free(out->previous);
    out->previous = nb_xstrdup(from->previous);
  }
}

bool nb_lsp_config_set_editor(nb_lsp_server *s, const json_t *value, const char *origin,
                              bool initial) {
  const json_t *section = json_object_get(value, "nianbao");
  if (json_is_object(section))
    value = section;
  if (!json_is_object(value))
    return false;
  nb_settings fresh;
  nb_settings_init(&fresh);
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)value, key, v) {
    char *error = NULL;
    int read = nb_config_parse_key(key, v, origin, message_lang(s), &fresh, &error);
    if (read == 0) {
      nb_lsp_show(s, NB_LSP_WARNING, error);
      nb_lsp_log(s, NB_LSP_WARNING, "%s", error);
    }
    free(error);
  }
  nb_lsp_config *c = &s->config;
  nb_settings *slot = initial ? &c->initial : &c->changed;
  nb_settings_free(slot);
  *slot = fresh;
  nb_settings_free(&c->editor);
  nb_settings_init(&c->editor);
  layer(&c->editor, &c->initial);
  layer(&c->editor, &c->changed);
  return true;
}

/* ---------------------------------------------------------------- workspace folders */

static void add_root(nb_lsp_config *c, const char *uri) {
  char *path = uri ? nb_uri_to_path(uri) : NULL;
  if (!path)
    return;
  size_t n = strlen(path);
  while (n > 1 && path[n - 1] == '/')
    path[--n] = '\0';
  c->roots = nb_xrealloc(c->roots, (size_t)(c->nroots + 1) * sizeof *c->roots);
  c->roots[c->nroots++] = path;
}

void nb_lsp_config_set_roots(nb_lsp_config *c, const json_t *params) {
  free_roots(c);
  const json_t *folders = json_object_get(params, "workspaceFolders");
  size_t i;
  const json_t *f;
  json_array_foreach(folders, i, f) add_root(c, json_string_value(json_object_get(f, "uri")));
  if (c->nroots == 0)
    add_root(c, json_string_value(json_object_get(params, "rootUri")));
  const char *root_path = json_string_value(json_object_get(params, "rootPath"));
  if (c->nroots == 0 && root_path && root_path[0] == '/') {
    char *uri = nb_uri_from_path(root_path);
    add_root(c, uri);
    free(uri);
  }
}

void nb_lsp_config_change_roots(nb_lsp_config *c, const json_t *event) {
  size_t i;
  const json_t *f;
  json_array_foreach(json_object_get(event, "removed"), i, f) {
    const char *uri = json_string_value(json_object_get(f, "uri"));
    char *path = uri ? nb_uri_to_path(uri) : NULL;
    for (int k = 0; path && k < c->nroots; k++) {
      size_t n = strlen(c->roots[k]);
      if (strncmp(path, c->roots[k], n) == 0 && (path[n] == '\0' || strcmp(path + n, "/") == 0)) {
        free(c->roots[k]);
        memmove(c->roots + k, c->roots + k + 1, (size_t)(c->nroots - k - 1) * sizeof *c->roots);
        c->nroots--;
        break;
      }
    }
    free(path);
  }
  json_array_foreach(json_object_get(event, "added"), i, f)
      add_root(c, json_string_value(json_object_get(f, "uri")));
}

/* The workspace folder holding `path` (the deepest), or the first one, or NULL. */
static const char *root_of(const nb_lsp_config *c, const char *path) {
  const char *best = NULL;
  for (int i = 0; path && i < c->nroots; i++) {
    size_t n = strlen(c->roots[i]);
    if (strncmp(path, c->roots[i], n) == 0 && (path[n] == '/' || n == 1) &&
        (!best || n > strlen(best)))
      best = c->roots[i];
  }
  return best ? best : c->nroots ? c->roots[0] : NULL;
}

/* ---------------------------------------------------------------- .nianbao.json files */

static long long mtime_ns(const struct stat *st) {
  return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

static bool same_file(const nb_lsp_config_file *f, const struct stat *st) {
  return f->dev == st->st_dev && f->ino == st->st_ino && f->size == st->st_size &&
         f->mtime_ns == mtime_ns(st);
}

/* The file at `path`, read again when it changed since it was last read. */
static const nb_lsp_config_file *load_file(nb_lsp_server *s, const char *path) {
  nb_lsp_config *c = &s->config;
  struct stat st;
  if (stat(path, &st) != 0)
    return NULL;
  int at = -1;
  for (int i = 0; i < c->nfiles && at < 0; i++)
    if (strcmp(c->files[i]->path, path) == 0)
      at = i;
  if (at >= 0 && same_file(c->files[at], &st))
    return c->files[at];
  nb_lsp_config_file *f = nb_xcalloc(1, sizeof *f);
  f->path = nb_xstrdup(path);
  f->dev = st.st_dev;
  f->ino = st.st_ino;
  f->size = st.st_size;
  f->mtime_ns = mtime_ns(&st);
  f->ok = nb_config_load(path, message_lang(s), &f->settings, &f->error);
  if (f->ok) {
    nb_lsp_log(s, NB_LSP_INFO, "configuration read from %s", path);
  } else {
    nb_lsp_show(s, NB_LSP_ERROR, f->error);
    nb_lsp_log(s, NB_LSP_ERROR, "%s", f->error);
  }
  if (at >= 0) {
    free_file(c->files[at]);
    c->files[at] = f;
  } else {
    nb_grow((void **)&c->files, &c->cap, c->nfiles + 1, sizeof *c->files);
    c->files[c->nfiles++] = f;
  }
  return f;
}

/* ---------------------------------------------------------------- one document's view */

static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash == path ? nb_xstrdup("/") : nb_xstrndup(path, (size_t)(slash - path));
}

/* `path` resolved against folder `base` unless it is absolute. */
static char *resolve(const char *path, const char *base) {
  if (path[0] == '/' || !base)
    return nb_xstrdup(path);
  return nb_strdup_printf("%s/%s", strcmp(base, "/") == 0 ? "" : base, path);
}

void nb_lsp_config_for(nb_lsp_server *s, const char *path, nb_lsp_effective *out) {
  const nb_lsp_config *c = &s->config;
  memset(out, 0, sizeof *out);
  nb_settings_init(&out->settings);
  const char *root = root_of(c, path);
  char *start = path ? nb_config_start_dir(path) : root ? nb_xstrdup(root) : NULL;
  char *find_error = NULL;
  out->config_path = start ? nb_config_find(start, message_lang(s), &find_error) : NULL;
  if (find_error) { /* a .nianbao.json link that leads nowhere: said, and no configuration */
    nb_lsp_log(s, NB_LSP_WARNING, "%s", find_error);
    free(find_error);
  }
  const nb_lsp_config_file *file = out->config_path ? load_file(s, out->config_path) : NULL;
  const nb_settings *from_file = file && file->ok ? &file->settings : NULL;

  /* What nb_analyze reads (rules, organ_kind) is the file's over the editor's; the language is
   * decided below. */
  layer(&out->settings, &c->editor);
  if (from_file)
    layer(&out->settings, from_file);
  if (c->editor.lang >= 0)
    out->lang = (nb_lang)c->editor.lang;
  else if (from_file && from_file->lang >= 0)
    out->lang = (nb_lang)from_file->lang;
  else
    out->lang = c->locale_lang >= 0 ? (nb_lang)c->locale_lang : NB_LANG_ZH;

  char *config_dir = out->config_path ? dir_of(out->config_path) : NULL;
  out->named_report =
      nb_report_glob_any(c->editor.reports, c->editor.nreports, root, path) ||
      (from_file && path && nb_config_patterns_name(from_file, config_dir, start, path));
  if (from_file && from_file->previous)
    out->previous = resolve(from_file->previous, config_dir);
  else if (c->editor.previous)
    out->previous = resolve(c->editor.previous, root);
  free(config_dir);
  free(start);
}

void nb_lsp_effective_free(nb_lsp_effective *e) {
  nb_settings_free(&e->settings);
  free(e->previous);
  free(e->config_path);
  memset(e, 0, sizeof *e);
}
