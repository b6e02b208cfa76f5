/* realpath() is XSI. */
#define _XOPEN_SOURCE 700

#include "docs_link.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/catalog.h"
#include "../core/diag.h"
#include "../core/uri.h"
#include "../core/xalloc.h"

#ifndef NB_SOURCE_README
#define NB_SOURCE_README ""
#endif

static bool is_file(const char *path) {
  struct stat st;
  return path[0] && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The README's file: URI, looked for once. */
static const char *readme_uri(void) {
  static bool looked;
  static char *uri;
  if (looked)
    return uri;
  looked = true;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  char *installed = NULL;
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      installed = nb_strdup_printf("%s/../share/doc/nianbao/README.md", exe);
    }
  }
  const char *path = installed && is_file(installed) ? installed
                     : is_file(NB_SOURCE_README)     ? NB_SOURCE_README
                                                     : NULL;
  char *real = path ? realpath(path, NULL) : NULL;
  uri = real ? nb_uri_from_path(real) : NULL;
  free(real);
  free(installed);
  return uri;
}

char *nb_lsp_rule_doc_link(const char *rule) {
  const char *base = readme_uri();
  if (!base || !nb_catalog_find(rule))
    return NULL;
  return nb_strdup_printf("%s#%s", base, rule);
}
