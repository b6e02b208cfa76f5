#include "json_out.h"

#include <string.h>

#include "../core/text.h"

void nb_json_out_init(nb_json_out *j, FILE *out, int depth) {
  memset(j, 0, sizeof *j);
  j->out = out;
  j->depth = depth;
}

static void indent(nb_json_out *j, int depth) {
  for (int i = 0; i < depth; i++)
    fputs("  ", j->out);
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
      fputs(",\n", j->out);
    else if (d > 0 || j->is_object[d])
      fputc('\n', j->out);
    j->filled[d] = true;
  }
  indent(j, j->depth);
}

static void open_container(nb_json_out *j, char bracket, bool object) {
  before_member(j);
  fputc(bracket, j->out);
  if (j->depth < NB_JSON_MAX_DEPTH) {
    j->filled[j->depth] = false;
    j->is_object[j->depth] = object;
  }
  j->depth++;
}

static void close_container(nb_json_out *j, char bracket) {
  j->depth--;
  if (j->depth < NB_JSON_MAX_DEPTH && j->filled[j->depth]) {
    fputc('\n', j->out);
    indent(j, j->depth);
  }
  fputc(bracket, j->out);
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

/* The characters of s[0, n), escaped, without the quotes. */
static void put_escaped(FILE *out, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  size_t run = 0; /* bytes written as they are, copied in one go */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    fwrite(s + run, 1, i - run, out);
    run = i + 1;
    switch (c) {
    case '"':
      fputs("\\\"", out);
      break;
    case '\\':
      fputs("\\\\", out);
      break;
    case '\b':
      fputs("\\b", out);
      break;
    case '\f':
      fputs("\\f", out);
      break;
    case '\n':
      fputs("\\n", out);
      break;
    case '\r':
      fputs("\\r", out);
      break;
    case '\t':
      fputs("\\t", out);
      break;
    default:
      fputs("\\u00", out);
      fputc(hex[c >> 4], out);
      fputc(hex[c & 15], out);
    }
  }
  fwrite(s + run, 1, n - run, out);
}

/* A byte that is not part of well-formed UTF-8 (a file name in another encoding) is written as
 * U+FFFD, so the document stays valid whatever the name. */
static void put_string(FILE *out, const char *s) {
  size_t len = strlen(s), at = 0;
  fputc('"', out);
  while (at < len) {
    size_t valid = nb_utf8_validate(s + at, len - at);
    put_escaped(out, s + at, valid);
    at += valid;
    if (at < len) {
      fputs("\xEF\xBF\xBD", out);
      at++;
    }
  }
  fputc('"', out);
}

void nb_json_key(nb_json_out *j, const char *key) {
  before_member(j);
  put_string(j->out, key);
  fputs(": ", j->out);
  j->after_key = true;
}

void nb_json_string(nb_json_out *j, const char *s) {
  before_member(j);
  put_string(j->out, s);
}

void nb_json_int(nb_json_out *j, long long v) {
  before_member(j);
  fprintf(j->out, "%lld", v);
}

void nb_json_bool(nb_json_out *j, bool v) {
  before_member(j);
  fputs(v ? "true" : "false", j->out);
}
