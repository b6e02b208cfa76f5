#include "report_glob.h"

#include <string.h>

/* "[…]" at p: whether c is in the set; *end is set past "]". A "[" without "]" is literal. */
static bool in_set(const char *p, char c, const char **end) {
  const char *q = p + 1;
  bool negate = *q == '!' || *q == '^';
  if (negate)
    q++;
  bool found = false;
  const char *first = q;
  while (*q && (*q != ']' || q == first)) {
    if (q[1] == '-' && q[2] && q[2] != ']') {
      found = found || (c >= q[0] && c <= q[2]);
      q += 3;
    } else {
      found = found || c == *q;
      q++;
    }
  }
  if (*q != ']') {
    *end = p + 1;
    return c == '[';
  }
  *end = q + 1;
  return found != negate;
}

static bool match(const char *p, const char *s) {
  while (*p) {
    if (p[0] == '*' && p[1] == '*') {
      const char *rest = p + 2;
      if (*rest == '/') {
        /* "**" followed by "/" matches zero or more whole segments. */
        rest++;
        for (const char *t = s;; t++) {
          if ((t == s || t[-1] == '/') && match(rest, t))
            return true;
          if (!*t)
            return false;
        }
      }
      for (const char *t = s;; t++) {
        if (match(rest, t))
          return true;
        if (!*t)
          return false;
      }
    }
    if (*p == '*') {
      for (const char *t = s;; t++) {
        if (match(p + 1, t))
          return true;
        if (!*t || *t == '/')
          return false;
      }
    }
    if (!*s)
      return false;
    if (*p == '?') {
      if (*s == '/')
        return false;
      p++;
      s++;
    } else if (*p == '[') {
      const char *end;
      if (*s == '/' || !in_set(p, *s, &end))
        return false;
      p = end;
      s++;
    } else {
      if (*p != *s)
        return false;
      p++;
      s++;
    }
  }
  return !*s;
}

bool nb_report_glob_match(const char *pattern, const char *path) {
  if (!strchr(pattern, '/')) {
    const char *name = strrchr(path, '/');
    return match(pattern, name ? name + 1 : path);
  }
  if (pattern[0] == '.' && pattern[1] == '/')
    pattern += 2;
  return match(pattern, path);
}

bool nb_report_glob_match_in(const char *pattern, const char *base, const char *path) {
  if (pattern[0] == '/')
    return match(pattern, path);
  if (!strchr(pattern, '/'))
    return nb_report_glob_match(pattern, path);
  size_t n = base ? strlen(base) : 0;
  while (n > 0 && base[n - 1] == '/')
    n--;
  if (!base || strncmp(path, base, n) != 0 || path[n] != '/')
    return false;
  return nb_report_glob_match(pattern, path + n + 1);
}

bool nb_report_glob_any(char *const *patterns, int n, const char *base, const char *path) {
  for (int i = 0; path && i < n; i++)
    if (nb_report_glob_match_in(patterns[i], base, path))
      return true;
  return false;
}
