#include "report_glob.h"

#include <string.h>

#include "glob.h"

bool nb_report_glob_match_in(const char *pattern, const char *base, const char *path) {
  if (pattern[0] == '/')
    return nb_glob_match(pattern, path);
  if (!strchr(pattern, '/'))
    return nb_glob_select(pattern, path);
  size_t n = base ? strlen(base) : 0;
  while (n > 0 && base[n - 1] == '/')
    n--;
  if (!base || strncmp(path, base, n) != 0 || path[n] != '/')
    return false;
  return nb_glob_select(pattern, path + n + 1);
}

bool nb_report_glob_any(char *const *patterns, int n, const char *base, const char *path) {
  for (int i = 0; path && i < n; i++)
    if (nb_report_glob_match_in(patterns[i], base, path))
      return true;
  return false;
}
