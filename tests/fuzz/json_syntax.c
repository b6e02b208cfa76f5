#include "json_syntax.h"

#include <string.h>

#include "core/text.h"

/* Nesting deeper than this is refused, as jansson refuses it (JSON_PARSER_MAX_DEPTH). */
enum { MAX_DEPTH = 2048 };

typedef struct {
  const char *s;
  size_t n, i;
} reader;

static void skip_space(reader *r) {
  while (r->i < r->n &&
         (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r'))
    r->i++;
}

static bool is_digit(reader *r) {
  return r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9';
}

static void digits(reader *r) {
  while (is_digit(r))
    r->i++;
}

static bool literal(reader *r, const char *word) {
  size_t len = strlen(word);
  if (r->n - r->i < len || memcmp(r->s + r->i, word, len) != 0)
    return false;
  r->i += len;
  return true;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool number(reader *r) {
  if (r->i < r->n && r->s[r->i] == '-')
    r->i++;
  if (!is_digit(r))
    return false;
  if (r->s[r->i++] != '0')
    digits(r);
  if (r->i < r->n && r->s[r->i] == '.') {
    r->i++;
    if (!is_digit(r))
      return false;
    digits(r);
  }
  if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
    r->i++;
    if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
      r->i++;
    if (!is_digit(r))
      return false;
    digits(r);
  }
  return true;
}

/* The four hex digits of a \u escape; -1 when they are not. */
static long hex4(reader *r) {
  if (r->n - r->i < 4)
    return -1;
  long v = 0;
  for (int k = 0; k < 4; k++) {
    char c = r->s[r->i++];
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

/* After the opening quote. Bytes are UTF-8 (checked for the whole text before); no raw control
 * character; escapes as RFC 8259 lists them, \u0000 and lone surrogates refused as jansson
 * refuses them. */
static bool string(reader *r) {
  while (r->i < r->n) {
    unsigned char c = (unsigned char)r->s[r->i++];
    if (c == '"')
      return true;
    if (c < 0x20)
      return false;
    if (c != '\\')
      continue;
    if (r->i >= r->n)
      return false;
    c = (unsigned char)r->s[r->i++];
    if (c == 'u') {
      long v = hex4(r);
      if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
        return false;
      if (v >= 0xD800 && v <= 0xDBFF) {
        if (!literal(r, "\\u"))
          return false;
        long low = hex4(r);
        if (low < 0xDC00 || low > 0xDFFF)
          return false;
      }
    } else if (!strchr("\"\\/bfnrt", c) || c == '\0') {
      return false;
    }
  }
  return false;
}

static bool value(reader *r, int depth);

/* After the opening bracket or brace: members until the closing one. */
static bool container(reader *r, int depth, bool object) {
  if (depth > MAX_DEPTH)
    return false;
  char close = object ? '}' : ']';
  skip_space(r);
  if (r->i < r->n && r->s[r->i] == close) {
    r->i++;
    return true;
  }
  for (;;) {
    skip_space(r);
    if (object) {
      if (r->i >= r->n || r->s[r->i++] != '"' || !string(r))
        return false;
      skip_space(r);
      if (r->i >= r->n || r->s[r->i++] != ':')
        return false;
    }
    if (!value(r, depth))
      return false;
    skip_space(r);
    if (r->i >= r->n)
      return false;
    char c = r->s[r->i++];
    if (c == close)
      return true;
    if (c != ',')
      return false;
  }
}

static bool value(reader *r, int depth) {
  skip_space(r);
  if (r->i >= r->n)
    return false;
  switch (r->s[r->i]) {
  case '{':
  case '[':
    return container(r, depth + 1, r->s[r->i++] == '{');
  case '"':
    r->i++;
    return string(r);
  case 't':
    return literal(r, "true");
  case 'f':
    return literal(r, "false");
  case 'n':
    return literal(r, "null");
  default:
    return number(r);
  }
}

size_t nb_json_syntax_error(const char *s, size_t n) {
  size_t bad = nb_utf8_validate(s, n);
  if (bad < n)
    return bad;
  reader r = {s, n, 0};
  skip_space(&r);
  /* jansson without JSON_DECODE_ANY reads an object or an array, nothing else. */
  if (r.i >= n || (s[r.i] != '{' && s[r.i] != '[') || !value(&r, 0))
    return r.i < n ? r.i : n;
  skip_space(&r);
  return r.i < n ? r.i : (size_t)-1;
}
