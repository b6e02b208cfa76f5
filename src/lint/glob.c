#include "glob.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"

/* Patterns and paths are short (a command line, a file name), so plain backtracking is enough.
 * Each call matches pattern p (up to pe) against path s (up to se). */
static bool match(const char *p, const char *pe, const char *s, const char *se);

/* The end of the brace group that opens at p ('{'), or NULL when it does not close. */
static const char *brace_end(const char *p, const char *pe) {
  int depth = 0;
  for (const char *q = p; q < pe; q++) {
    if (*q == '\\' && q + 1 < pe)
      q++;
    else if (*q == '{')
      depth++;
    else if (*q == '}' && --depth == 0)
      return q;
  }
  return NULL;
}

/* {a,b}rest: tries a + rest and b + rest. Each alternative is copied in front of the rest,
 * since the alternative may hold stars that must see the rest too. */
static bool match_braces(const char *p, const char *close, const char *pe, const char *s,
                         const char *se) {
  const char *rest = close + 1;
  size_t rest_len = (size_t)(pe - rest);
  const char *alt = p + 1;
  int depth = 0;
  for (const char *q = p + 1; q <= close; q++) {
    if (*q == '\\' && q + 1 < close) {
      q++;
      continue;
    }
    if (*q == '{')
      depth++;
    else if (*q == '}' && depth > 0 && q != close)
      depth--;
    else if ((*q == ',' && depth == 0) || q == close) {
      size_t alt_len = (size_t)(q - alt);
      char *buf = nb_xmalloc(alt_len + rest_len + 1);
      memcpy(buf, alt, alt_len);
      memcpy(buf + alt_len, rest, rest_len);
      bool hit = match(buf, buf + alt_len + rest_len, s, se);
      free(buf);
      if (hit)
        return true;
      alt = q + 1;
    }
  }
  return false;
}

/* [class] at p against the code point c; *after is set past the class. -1: no valid class. */
static int match_class(const char *p, const char *pe, uint32_t c, const char **after) {
  const char *q = p + 1;
  bool negate = q < pe && (*q == '!' || *q == '^');
  if (negate)
    q++;
  bool hit = false;
  bool first = true;
  while (q < pe && (*q != ']' || first)) {
    first = false;
    size_t i = (size_t)(q - p);
    if (*q == '\\' && q + 1 < pe)
      i++;
    uint32_t lo = nb_utf8_next(p, (size_t)(pe - p), &i), hi = lo;
    q = p + i;
    if (q + 1 < pe && *q == '-' && q[1] != ']') {
      i++;
      if (p[i] == '\\' && p + i + 1 < pe)
        i++;
      hi = nb_utf8_next(p, (size_t)(pe - p), &i);
      q = p + i;
    }
    if (c >= lo && c <= hi)
      hit = true;
  }
  if (q >= pe)
    return -1;
  *after = q + 1;
  return hit != negate && c != '/';
}

/* "**" standing as a whole component at p? */
static bool is_globstar(const char *pattern_start, const char *p, const char *pe) {
  return pe - p >= 2 && p[0] == '*' && p[1] == '*' && (p == pattern_start || p[-1] == '/') &&
         (p + 2 == pe || p[2] == '/');
}

static bool match_from(const char *start, const char *p, const char *pe, const char *s,
                       const char *se) {
  while (p < pe) {
    if (is_globstar(start, p, pe)) {
      if (p + 2 == pe)
        return true; /* the rest of the path, whatever its depth */
      /* "**" + "/": zero or more whole directories, then the rest of the pattern */
      const char *rest = p + 3;
      for (const char *t = s;; t++) {
        if ((t == s || t[-1] == '/') && match_from(start, rest, pe, t, se))
          return true;
        if (t == se)
          return false;
      }
    }
    switch (*p) {
    case '*': {
      while (p < pe && *p == '*')
        p++;
      for (const char *t = s;; t++) {
        if (match_from(start, p, pe, t, se))
          return true;
        if (t == se || *t == '/')
          return false;
      }
    }
    case '?': {
      if (s == se || *s == '/')
        return false;
      size_t i = 0;
      nb_utf8_next(s, (size_t)(se - s), &i);
      s += i;
      p++;
      continue;
    }
    case '[': {
      if (s == se)
        return false;
      size_t i = 0;
      uint32_t c = nb_utf8_next(s, (size_t)(se - s), &i);
      const char *after;
      int hit = match_class(p, pe, c, &after);
      if (hit == 0)
        return false;
      if (hit > 0) {
        s += i;
        p = after;
        continue;
      }
      break; /* no closing bracket: a literal '[' */
    }
    case '{': {
      const char *close = brace_end(p, pe);
      if (close)
        return match_braces(p, close, pe, s, se);
      break;
    }
    case '\\':
      if (p + 1 < pe)
        p++;
      break;
    default:
      break;
    }
    if (s == se || *s != *p)
      return false;
    s++;
    p++;
  }
  return s == se;
}

static bool match(const char *p, const char *pe, const char *s, const char *se) {
  return match_from(p, p, pe, s, se);
}

bool nb_glob_match(const char *pattern, const char *path) {
  if (strncmp(pattern, "./", 2) == 0)
    pattern += 2;
  return match(pattern, pattern + strlen(pattern), path, path + strlen(path));
}

bool nb_glob_select(const char *pattern, const char *relative_path) {
  const char *p = strncmp(pattern, "./", 2) == 0 ? pattern + 2 : pattern;
  if (!strchr(p, '/')) {
    const char *slash = strrchr(relative_path, '/');
    return nb_glob_match(p, slash ? slash + 1 : relative_path);
  }
  return nb_glob_match(p, relative_path);
}
