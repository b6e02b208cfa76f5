#include "json_out.h"

#include <stdlib.h>
#include <string.h>

#include "../core/text.h"

void nb_json_out_init(nb_json_out *j, FILE *out, int depth) {
  nb_out_buf_init(&j->out, out);
  j->depth = depth;
  j->outer_depth = depth;
  memset(j->filled, 0, sizeof j->filled);
  memset(j->is_object, 0, sizeof j->is_object);
  j->after_key = false;
}

void nb_json_out_finish(nb_json_out *j) {
  nb_out_buf_flush(&j->out);
}

static void put(nb_json_out *j, const char *s, size_t n) {
  nb_out_put(&j->out, s, n);
}

static void put_char(nb_json_out *j, char c) {
  nb_out_put_char(&j->out, c);
}

static void put_text(nb_json_out *j, const char *s) {
  nb_out_put_text(&j->out, s);
}

static void indent(nb_json_out *j, int depth) {
  static const char spaces[] = "                                "; /* 16 levels */
  while (depth > 0) {
    int n = depth < 16 ? depth : 16;
    put(j, spaces, 2 * (size_t)n);
    depth -= n;
  }
}

/* What stands before a member: nothing after a key; else a comma after the previous member and
 * a line of its own (the outer array's first element starts the part, with no line break). */
static void before_member(nb_json_out *j) {
  if (j->after_key) {
    j->after_key = false;
    return;
  }
  int d = j->depth - 1;
  if (d >= 0 && d < NB_JSON_MAX_DEPTH) {
    if (j->filled[d])
      put(j, ",\n", 2);
    else if (d >= j->outer_depth || j->is_object[d])
      put_char(j, '\n');
    j->filled[d] = true;
  }
  indent(j, j->depth);
}

static void open_container(nb_json_out *j, char bracket, bool object) {
  before_member(j);
  put_char(j, bracket);
  if (j->depth < NB_JSON_MAX_DEPTH) {
    j->filled[j->depth] = false;
    j->is_object[j->depth] = object;
  }
  j->depth++;
}

static void close_container(nb_json_out *j, char bracket) {
  j->depth--;
  if (j->depth < NB_JSON_MAX_DEPTH && j->filled[j->depth]) {
    put_char(j, '\n');
    indent(j, j->depth);
  }
  put_char(j, bracket);
}

void nb_json_begin_object(nb_json_out *j) {
  open_container(j, '{', true);
}

void nb_json_end_object(nb_json_out *j) {
  close_container(j, '}');
}

void nb_json_begin_array(nb_json_out *j) {
  open_container(j, '[', false);
}

void nb_json_end_array(nb_json_out *j) {
  close_container(j, ']');
}

/* The bytes JSON escapes: the control characters, the quote and the backslash. */
static const bool escaped_bytes[256] = {
    [0x00] = true, [0x01] = true, [0x02] = true, [0x03] = true, [0x04] = true, [0x05] = true,
    [0x06] = true, [0x07] = true, [0x08] = true, [0x09] = true, [0x0A] = true, [0x0B] = true,
    [0x0C] = true, [0x0D] = true, [0x0E] = true, [0x0F] = true, [0x10] = true, [0x11] = true,
    [0x12] = true, [0x13] = true, [0x14] = true, [0x15] = true, [0x16] = true, [0x17] = true,
    [0x18] = true, [0x19] = true, [0x1A] = true, [0x1B] = true, [0x1C] = true, [0x1D] = true,
    [0x1E] = true, [0x1F] = true, ['"'] = true,  ['\\'] = true};

/* The characters of s[0, n), escaped, without the quotes. Messages are long and have few
 * bytes to escape: the runs between them are found four bytes a step and copied in one go. */
static void put_escaped(nb_json_out *j, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  size_t run = 0; /* bytes written as they are, copied in one go */
  for (size_t i = nb_next_byte_in(s, 0, n, escaped_bytes); i < n;
       i = nb_next_byte_in(s, i + 1, n, escaped_bytes)) {
    unsigned char c = (unsigned char)s[i];
    put(j, s + run, i - run);
    run = i + 1;
    switch (c) {
    case '"':
      put_text(j, "\\\"");
      break;
    case '\\':
      put_text(j, "\\\\");
      break;
    case '\b':
      put_text(j, "\\b");
      break;
    case '\f':
      put_text(j, "\\f");
      break;
    case '\n':
      put_text(j, "\\n");
      break;
    case '\r':
      put_text(j, "\\r");
      break;
    case '\t':
      put_text(j, "\\t");
      break;
    default:
      put_text(j, "\\u00");
      put_char(j, hex[c >> 4]);
      put_char(j, hex[c & 15]);
    }
  }
  put(j, s + run, n - run);
}

/* Whether s[0, n) is ASCII that JSON writes as it is. */
static bool printable_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\')
      return false;
  }
  return true;
}

/* A byte that is not part of well-formed UTF-8 (a file name in another encoding) is written as
 * U+FFFD, so the document stays valid whatever the name. */
static void put_string(nb_json_out *j, const char *s) {
  size_t len = strlen(s), at = 0;
  put_char(j, '"');
  if (printable_ascii(s, len))
    at = len; /* keys, rule ids, severities: nothing to check or escape */
  put(j, s, at);
  while (at < len) {
    size_t valid = nb_utf8_validate(s + at, len - at);
    put_escaped(j, s + at, valid);
    at += valid;
    if (at < len) {
      put_text(j, "\xEF\xBF\xBD");
      at++;
    }
  }
  put_char(j, '"');
}

void nb_json_key(nb_json_out *j, const char *key) {
  before_member(j);
  put_string(j, key);
  put(j, ": ", 2);
  j->after_key = true;
}

void nb_json_string(nb_json_out *j, const char *s) {
  before_member(j);
  put_string(j, s);
}

void nb_json_int(nb_json_out *j, long long v) {
  before_member(j);
  nb_out_put_int(&j->out, v);
}

void nb_json_bool(nb_json_out *j, bool v) {
  before_member(j);
  put_text(j, v ? "true" : "false");
}

void nb_json_null(nb_json_out *j) {
  before_member(j);
  put_text(j, "null");
}

void nb_json_stringn_or_null(nb_json_out *j, const char *s, size_t n) {
  before_member(j);
  if (nb_utf8_validate(s, n) < n) {
    put_text(j, "null");
    return;
  }
  put_char(j, '"');
  put_escaped(j, s, n);
  put_char(j, '"');
}

void nb_json_real(nb_json_out *j, double v, int precision) {
  char buf[64];
  int n = snprintf(buf, sizeof buf - 3, "%.*g", precision, v);
  size_t len = n > 0 ? (size_t)n : 0;
  if (!strchr(buf, '.') && !strchr(buf, 'e')) {
    memcpy(buf + len, ".0", 3);
    len += 2;
  }
  char *e = strchr(buf, 'e');
  if (e) {
    char *start = e + 1, *end = e + 2;
    if (*start == '-')
      start++;
    while (*end == '0')
      end++;
    if (end != start) {
      memmove(start, end, len - (size_t)(end - buf) + 1);
      len -= (size_t)(end - start);
    }
  }
  before_member(j);
  put(j, buf, len);
}
