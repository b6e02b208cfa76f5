#include "json_read.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"

typedef struct {
  const char *s;
  size_t len, at;
  const char *error; /* set once: the first problem stops the reading */
  size_t error_at;
  char *scratch; /* for strings with escapes */
  size_t scratch_cap;
  /* The values of "t" seen so far ("Str", "Space", "Para" …): a handful of strings every element
   * repeats, shared instead of allocated again for each (none is ever changed). */
  json_t *types[64];
  int ntypes;
} reader;

static json_t *value(reader *r, int depth);

static void fail(reader *r, const char *what) {
  if (!r->error) {
    r->error = what;
    r->error_at = r->at;
  }
}

static void skip_space(reader *r) {
  while (r->at < r->len) {
    char c = r->s[r->at];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
      return;
    r->at++;
  }
}

static int hex4(const char *p) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0)
      return -1;
    v = v * 16 + d;
  }
  return v;
}

static void scratch_reserve(reader *r, size_t n) {
  if (n <= r->scratch_cap)
    return;
  r->scratch_cap = n > 2 * r->scratch_cap ? n : 2 * r->scratch_cap;
  r->scratch = nb_xrealloc(r->scratch, r->scratch_cap);
}

/* Decodes the escapes of s[from, to) (to is the closing quote) into r->scratch; returns its
 * length, or (size_t)-1 after fail(). */
static size_t unescape(reader *r, size_t from, size_t to) {
  scratch_reserve(r, to - from + 1);
  size_t n = 0;
  for (size_t i = from; i < to;) {
    char c = r->s[i];
    if (c != '\\') {
      r->scratch[n++] = c;
      i++;
      continue;
    }
    char e = r->s[i + 1]; /* the closing quote at `to` keeps this in bounds */
    i += 2;
    switch (e) {
    case '"':
    case '\\':
    case '/':
      r->scratch[n++] = e;
      continue;
    case 'b':
      r->scratch[n++] = '\b';
      continue;
    case 'f':
      r->scratch[n++] = '\f';
      continue;
    case 'n':
      r->scratch[n++] = '\n';
      continue;
    case 'r':
      r->scratch[n++] = '\r';
      continue;
    case 't':
      r->scratch[n++] = '\t';
      continue;
    case 'u':
      break;
    default:
      r->at = i - 1;
      fail(r, "invalid escape");
      return (size_t)-1;
    }
    int cp = i + 4 <= to ? hex4(r->s + i) : -1;
    if (cp < 0) {
      r->at = i;
      fail(r, "invalid \\u escape");
      return (size_t)-1;
    }
    i += 4;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      int lo = i + 6 <= to && r->s[i] == '\\' && r->s[i + 1] == 'u' ? hex4(r->s + i + 2) : -1;
      if (lo < 0xDC00 || lo > 0xDFFF) {
        r->at = i;
        fail(r, "invalid Unicode surrogate pair");
        return (size_t)-1;
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i += 6;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      r->at = i;
      fail(r, "invalid Unicode surrogate pair");
      return (size_t)-1;
    } else if (cp == 0) {
      r->at = i;
      fail(r, "\\u0000 is not allowed without JSON_ALLOW_NUL");
      return (size_t)-1;
    }
    n += (size_t)nb_utf8_put(r->scratch + n, (uint32_t)cp); /* at most 4 bytes for 6 or 12 */
  }
  return n;
}

/* The length of the UTF-8 sequence at p[0] (non-ASCII), or 0 when it is not one: what
 * nb_utf8_validate accepts (no overlong forms, surrogates or values past U+10FFFF), with
 * Chinese's three-byte case first. */
static size_t utf8_sequence(const unsigned char *p, size_t avail) {
  unsigned char c = p[0];
  if ((c & 0xF0) == 0xE0) {
    if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
      return 0;
    uint32_t cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? 3 : 0;
  }
  if ((c & 0xE0) == 0xC0)
    return avail >= 2 && (p[1] & 0xC0) == 0x80 && c >= 0xC2 ? 2 : 0;
  if ((c & 0xF8) == 0xF0) {
    if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
      return 0;
    uint32_t cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                  (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    return cp >= 0x10000 && cp <= 0x10FFFF ? 4 : 0;
  }
  return 0;
}

/* Reads the string starting at the quote r->s[r->at]: one pass finds its end, notes escapes and
 * refuses control characters and bytes that are not UTF-8. On success *out points at its bytes
 * (into the input, or r->scratch when it had escapes) and *n is their count. */
static bool string(reader *r, const char **out, size_t *n) {
  const unsigned char *p = (const unsigned char *)r->s;
  size_t from = ++r->at, i = from, len = r->len;
  bool escaped = false;
  for (;;) {
    if (i >= len) {
      r->at = len;
      fail(r, "premature end of input in a string");
      return false;
    }
    unsigned char c = p[i];
    if (c >= 0x80) {
      size_t k = utf8_sequence(p + i, len - i);
      if (!k) {
        r->at = i;
        fail(r, "invalid UTF-8 in a string");
        return false;
      }
      i += k;
    } else if (c == '"') {
      break;
    } else if (c == '\\') {
      escaped = true;
      i += 2; /* the escaped byte cannot end the string */
    } else if (c < 0x20) {
      r->at = i;
      fail(r, "control character in a string");
      return false;
    } else {
      i++;
    }
  }
  r->at = i + 1;
  if (!escaped) {
    *out = r->s + from;
    *n = i - from;
    return true;
  }
  size_t unescaped = unescape(r, from, i);
  if (unescaped == (size_t)-1)
    return false;
  *out = r->scratch;
  *n = unescaped;
  return true;
}

static json_t *number(reader *r) {
  size_t start = r->at, i = start;
  const char *s = r->s;
  bool real = false;
  if (i < r->len && s[i] == '-')
    i++;
  if (i < r->len && s[i] == '0') {
    i++;
  } else if (i < r->len && s[i] >= '1' && s[i] <= '9') {
    while (i < r->len && s[i] >= '0' && s[i] <= '9')
      i++;
  } else {
    fail(r, "invalid token");
    return NULL;
  }
  if (i < r->len && s[i] == '.') {
    real = true;
    i++;
    size_t digits = i;
    while (i < r->len && s[i] >= '0' && s[i] <= '9')
      i++;
    if (i == digits) {
      r->at = i;
      fail(r, "invalid number");
      return NULL;
    }
  }
  if (i < r->len && (s[i] == 'e' || s[i] == 'E')) {
    real = true;
    i++;
    if (i < r->len && (s[i] == '+' || s[i] == '-'))
      i++;
    size_t digits = i;
    while (i < r->len && s[i] >= '0' && s[i] <= '9')
      i++;
    if (i == digits) {
      r->at = i;
      fail(r, "invalid number");
      return NULL;
    }
  }
  /* strtoll and strtod need a terminated string: a copy of the token. */
  char small[64];
  size_t n = i - start;
  char *token = n < sizeof small ? small : nb_xmalloc(n + 1);
  memcpy(token, s + start, n);
  token[n] = '\0';
  json_t *v = NULL;
  errno = 0;
  if (!real) {
    long long x = strtoll(token, NULL, 10);
    if (errno == ERANGE)
      fail(r, "too big integer");
    else
      v = json_integer((json_int_t)x);
  } else {
    double d = strtod(token, NULL);
    if (errno == ERANGE && isinf(d))
      fail(r, "real number overflow");
    else
      v = json_real(d);
  }
  if (token != small)
    free(token);
  if (v)
    r->at = i;
  return v;
}

static bool literal(reader *r, const char *word) {
  size_t n = strlen(word);
  if (r->len - r->at >= n && memcmp(r->s + r->at, word, n) == 0) {
    r->at += n;
    return true;
  }
  fail(r, "invalid token");
  return false;
}

static bool too_deep(reader *r, int depth) {
  if (depth <= PD_JSON_MAX_DEPTH)
    return false;
  fail(r, "maximum parsing depth reached");
  return true;
}

/* The value of a "t" key: a shared string when it is one of the few names pandoc uses. */
static json_t *type_value(reader *r, int depth) {
  skip_space(r);
  if (r->at >= r->len || r->s[r->at] != '"')
    return value(r, depth);
  const char *s;
  size_t n;
  if (!string(r, &s, &n))
    return NULL;
  for (int i = 0; i < r->ntypes; i++)
    if (json_string_length(r->types[i]) == n && memcmp(json_string_value(r->types[i]), s, n) == 0)
      return json_incref(r->types[i]);
  json_t *v = json_stringn_nocheck(s, n);
  if (v && r->ntypes < (int)(sizeof r->types / sizeof r->types[0]) && n < 32)
    r->types[r->ntypes++] = json_incref(v);
  return v;
}

/* depth: the containers this one is in, itself included. */
static json_t *array(reader *r, int depth) {
  if (too_deep(r, depth))
    return NULL;
  json_t *a = json_array();
  r->at++;
  skip_space(r);
  if (r->at < r->len && r->s[r->at] == ']') {
    r->at++;
    return a;
  }
  for (;;) {
    json_t *v = value(r, depth);
    if (!v || json_array_append_new(a, v) != 0) {
      json_decref(a);
      return NULL;
    }
    skip_space(r);
    if (r->at < r->len && r->s[r->at] == ',') {
      r->at++;
      continue;
    }
    if (r->at < r->len && r->s[r->at] == ']') {
      r->at++;
      return a;
    }
    fail(r, r->at < r->len ? "']' expected" : "premature end of input");
    json_decref(a);
    return NULL;
  }
}

static json_t *object(reader *r, int depth) {
  if (too_deep(r, depth))
    return NULL;
  json_t *o = json_object();
  r->at++;
  skip_space(r);
  if (r->at < r->len && r->s[r->at] == '}') {
    r->at++;
    return o;
  }
  for (;;) {
    skip_space(r);
    if (r->at >= r->len || r->s[r->at] != '"') {
      fail(r, r->at < r->len ? "string or '}' expected" : "premature end of input");
      json_decref(o);
      return NULL;
    }
    const char *key;
    size_t n;
    if (!string(r, &key, &n)) {
      json_decref(o);
      return NULL;
    }
    if (memchr(key, '\0', n)) {
      fail(r, "NUL byte in object key not supported");
      json_decref(o);
      return NULL;
    }
    /* The key may sit in the scratch buffer the value reuses: a copy, on the stack when short. */
    char small[32];
    char *k = n < sizeof small ? small : nb_xmalloc(n + 1);
    memcpy(k, key, n);
    k[n] = '\0';
    skip_space(r);
    json_t *v = NULL;
    if (r->at >= r->len || r->s[r->at] != ':') {
      fail(r, r->at < r->len ? "':' expected" : "premature end of input");
    } else {
      r->at++;
      v = n == 1 && k[0] == 't' ? type_value(r, depth) : value(r, depth);
    }
    bool ok = v && json_object_setn_new_nocheck(o, k, n, v) == 0;
    if (k != small)
      free(k);
    if (!ok) {
      json_decref(o);
      return NULL;
    }
    skip_space(r);
    if (r->at < r->len && r->s[r->at] == ',') {
      r->at++;
      continue;
    }
    if (r->at < r->len && r->s[r->at] == '}') {
      r->at++;
      return o;
    }
    fail(r, r->at < r->len ? "'}' expected" : "premature end of input");
    json_decref(o);
    return NULL;
  }
}

/* depth: the containers the value is in. */
static json_t *value(reader *r, int depth) {
  skip_space(r);
  if (r->at >= r->len) {
    fail(r, "premature end of input");
    return NULL;
  }
  switch (r->s[r->at]) {
  case '{':
    return object(r, depth + 1);
  case '[':
    return array(r, depth + 1);
  case '"': {
    const char *s;
    size_t n;
    if (!string(r, &s, &n))
      return NULL;
    return json_stringn_nocheck(s, n);
  }
  case 't':
    return literal(r, "true") ? json_true() : NULL;
  case 'f':
    return literal(r, "false") ? json_false() : NULL;
  case 'n':
    return literal(r, "null") ? json_null() : NULL;
  default:
    return number(r);
  }
}

json_t *pd_json_parse(const char *s, size_t len, pd_json_error *err) {
  reader r;
  memset(&r, 0, sizeof r);
  r.s = s;
  r.len = len;
  json_t *root = NULL;
  skip_space(&r);
  if (r.at < len && (s[r.at] == '{' || s[r.at] == '[')) {
    root = value(&r, 0);
    if (root) {
      skip_space(&r);
      if (r.at < len) {
        fail(&r, "end of file expected");
        json_decref(root);
        root = NULL;
      }
    }
  } else {
    fail(&r, r.at < len ? "'[' or '{' expected" : "premature end of input");
  }
  free(r.scratch);
  for (int i = 0; i < r.ntypes; i++)
    json_decref(r.types[i]);
  if (!root) {
    size_t at = r.error_at < len ? r.error_at : len;
    int line = 1, column = 1;
    for (size_t i = 0; i < at; i++) {
      if (s[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    err->line = line;
    err->column = column;
    err->what = r.error ? r.error : "out of memory";
  }
  return root;
}
