#define _DEFAULT_SOURCE /* DT_DIR and the other d_type values */
#include "file_list.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/xalloc.h"
#include "../lint/glob.h"
#include "messages.h"

/* What is a report when no --include is given: the patterns "*.md", "*.markdown" and "*.txt".
 * A '*' matches any characters but '/' and these patterns have no '/', so they select a name
 * (the path's last component) by its ending: tested as such, since matching the three patterns
 * against each name of a walk was half of the instructions of a batch's walk, all of them
 * before any worker starts. */
bool nb_file_default_report(const char *relative) {
  static const struct {
    const char *text;
    size_t len;
  } endings[] = {{".md", 3}, {".markdown", 9}, {".txt", 4}};
  const char *slash = strrchr(relative, '/');
  const char *name = slash ? slash + 1 : relative;
  size_t n = strlen(name);
  for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
    if (n >= endings[i].len &&
        memcmp(name + n - endings[i].len, endings[i].text, endings[i].len) == 0)
      return true;
  return false;
}

void nb_file_filter_add(const char ***list, int *n, const char *pattern) {
  *list = nb_xrealloc(*list, (size_t)(*n + 1) * sizeof **list);
  (*list)[(*n)++] = pattern;
}

void nb_file_filter_free(nb_file_filter *f) {
  free(f->include);
  free(f->exclude);
  memset(f, 0, sizeof *f);
}

void nb_file_list_free(nb_file_list *l) {
  for (int i = 0; i < l->count; i++)
    free(l->items[i]);
  free(l->items);
  memset(l, 0, sizeof *l);
}

static void add(nb_file_list *l, char *path) {
  nb_grow((void **)&l->items, &l->cap, l->count + 1, sizeof *l->items);
  l->items[l->count++] = path;
}

static bool any_matches(const char *const *patterns, int n, const char *relative) {
  for (int i = 0; i < n; i++)
    if (nb_glob_select(patterns[i], relative))
      return true;
  return false;
}

static bool is_report(const nb_file_filter *f, const char *relative) {
  if (any_matches(f->exclude, f->nexclude, relative))
    return false;
  if (f->ninclude == 0)
    return nb_file_default_report(relative);
  return any_matches(f->include, f->ninclude, relative);
}

/* A directory's entry: its name, in the directory's one buffer of names, where the byte before
 * the name is the type readdir gave (DT_UNKNOWN on some file systems). While the buffer grows,
 * the name's offset in it. One pointer, so that sorting the entries moves 8 bytes apiece: the
 * sort was most of a walk's instructions once the names were selected by their ending. */
typedef union {
  const char *name;
  size_t at;
} entry;

static int compare_names(const void *a, const void *b) {
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static unsigned char entry_type(entry e) {
  return (unsigned char)e.name[-1];
}

typedef enum { A_DIRECTORY, A_FILE, SOMETHING_ELSE } kind;

/* A directory (not a link to one), a regular file (or a link to one), or neither. readdir's type
 * spares the two stat calls per file that a walk over a thousand reports spent most of its
 * time in; links and file systems that give no type are asked. */
static kind entry_kind(const char *path, unsigned char type) {
  if (type == DT_DIR)
    return A_DIRECTORY;
  if (type == DT_REG)
    return A_FILE;
  struct stat link, target;
  if (type == DT_UNKNOWN && lstat(path, &link) == 0 && S_ISDIR(link.st_mode))
    return A_DIRECTORY;
  if (type != DT_LNK && type != DT_UNKNOWN)
    return SOMETHING_ELSE;
  return stat(path, &target) == 0 && S_ISREG(target.st_mode) ? A_FILE : SOMETHING_ELSE;
}

typedef struct {
  nb_file_list *out;
  const nb_file_filter *filter;
  nb_lang lang;
  bool ok;
} walk;

/* `path` joined with `name`; "." adds no prefix, as users write paths below it. */
static char *join(const char *path, const char *name) {
  if (strcmp(path, ".") == 0)
    return nb_xstrdup(name);
  size_t n = strlen(path), m = strlen(name);
  bool slash = n > 0 && path[n - 1] == '/';
  char *joined = nb_xmalloc(n + !slash + m + 1);
  memcpy(joined, path, n);
  if (!slash)
    joined[n++] = '/';
  memcpy(joined + n, name, m + 1);
  return joined;
}

/* The entries of `dir` but hidden ones, in name order, their names in *names; false when it
 * cannot be read. One buffer for all names, not one allocation each: the walk is done before
 * any worker of a batch starts, so it adds to every batch's time whatever the number of jobs. */
static bool read_entries(const char *dir, entry **entries, int *count, char **names) {
  DIR *d = opendir(dir);
  if (!d)
    return false;
  int cap = 0;
  size_t names_len = 0, names_cap = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.')
      continue;
    size_t len = 1 + strlen(e->d_name) + 1; /* the type, the name, its NUL */
    if (names_len + len > names_cap) {
      names_cap = 2 * (names_len + len) + 256;
      *names = nb_xrealloc(*names, names_cap);
    }
    (*names)[names_len] = (char)e->d_type;
    memcpy(*names + names_len + 1, e->d_name, len - 1);
    nb_grow((void **)entries, &cap, *count + 1, sizeof **entries);
    (*entries)[(*count)++].at = names_len + 1;
    names_len += len;
  }
  closedir(d);
  for (int i = 0; i < *count; i++) {
    size_t at = (*entries)[i].at;
    (*entries)[i].name = *names + at;
  }
  if (*count > 1)
    qsort(*entries, (size_t)*count, sizeof **entries, compare_names);
  return true;
}

/* Walks `dir` (as it is shown). Every path below it starts with the operand's own prefix, which
 * is `relative_at` bytes long: what follows is the path relative to the operand. */
static void walk_dir(walk *w, const char *dir, size_t relative_at) {
  entry *entries = NULL;
  int count = 0;
  char *names = NULL;
  if (!read_entries(dir, &entries, &count, &names)) {
    nb_cli_error(w->lang, "无法读取目录 %s：%s", "cannot read directory %s: %s", dir,
                 strerror(errno));
    w->ok = false;
    return;
  }
  for (int i = 0; i < count; i++) {
    char *path = join(dir, entries[i].name);
    const char *rel = path + relative_at;
    kind k = entry_kind(path, entry_type(entries[i]));
    if (k == A_DIRECTORY) {
      if (!any_matches(w->filter->exclude, w->filter->nexclude, rel))
        walk_dir(w, path, relative_at);
    } else if (k == A_FILE && is_report(w->filter, rel)) {
      add(w->out, path);
      path = NULL;
    }
    free(path);
  }
  free(entries);
  free(names);
}

/* The length of what join puts before the names below `operand` (see join). */
static size_t operand_prefix(const char *operand) {
  if (strcmp(operand, ".") == 0)
    return 0;
  size_t n = strlen(operand);
  return n > 0 && operand[n - 1] == '/' ? n : n + 1;
}

size_t nb_file_size(const char *path) {
  struct stat st;
  return strcmp(path, "-") != 0 && stat(path, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size : 0;
}

bool nb_file_list_expand(nb_file_list *out, const char *const *operands, int noperands,
                         const nb_file_filter *filter, nb_lang lang) {
  bool ok = true;
  for (int i = 0; i < noperands; i++) {
    const char *op = operands[i];
    struct stat st;
    if (strcmp(op, "-") == 0 || stat(op, &st) != 0 || !S_ISDIR(st.st_mode)) {
      add(out, nb_xstrdup(op)); /* reading it says what is wrong, if anything */
      continue;
    }
    int before = out->count;
    walk w = {out, filter, lang, true};
    walk_dir(&w, op, operand_prefix(op));
    ok = ok && w.ok;
    if (out->count == before && w.ok) {
      nb_cli_error(lang, "目录 %s 下没有要检查的报告（.md、.markdown、.txt 或 --include 所选文件）",
                   "no report to check under %s (.md, .markdown, .txt or what --include selects)",
                   op);
      ok = false;
    }
  }
  return ok;
}
