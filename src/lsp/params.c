#include "params.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

#include "rpc.h"

void nb_lsp_fail(nb_lsp_error *e, int code, const char *fmt, ...) {
  if (e->code)
    return;
  e->code = code;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e->message, sizeof e->message, fmt, ap);
  va_end(ap);
}

static json_t *member(const json_t *obj, const char *key, bool required, const char *what,
                      int (*is)(const json_t *), nb_lsp_error *e) {
  json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
  if (v && is(v))
    return v;
  if (v || required)
    nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "%s: %s", key, v ? what : "missing");
  return NULL;
}

static int is_object(const json_t *v) {
  return json_is_object(v);
}
static int is_array(const json_t *v) {
  return json_is_array(v);
}
static int is_string(const json_t *v) {
  return json_is_string(v);
}
static int is_integer(const json_t *v) {
  return json_is_integer(v);
}

json_t *nb_lsp_get_object(const json_t *obj, const char *key, bool required, nb_lsp_error *e) {
  return member(obj, key, required, "expected an object", is_object, e);
}

json_t *nb_lsp_get_array(const json_t *obj, const char *key, bool required, nb_lsp_error *e) {
  return member(obj, key, required, "expected an array", is_array, e);
}

const char *nb_lsp_get_string(const json_t *obj, const char *key, bool required, nb_lsp_error *e) {
  return json_string_value(member(obj, key, required, "expected a string", is_string, e));
}

bool nb_lsp_get_integer(const json_t *obj, const char *key, bool required, long long *out,
                        nb_lsp_error *e) {
  json_t *v = member(obj, key, required, "expected an integer", is_integer, e);
  if (v)
    *out = json_integer_value(v);
  return v != NULL;
}

bool nb_lsp_get_position(const json_t *obj, const char *key, nb_position *out, nb_lsp_error *e) {
  json_t *p = nb_lsp_get_object(obj, key, true, e);
  long long line = -1, character = -1;
  if (!p || !nb_lsp_get_integer(p, "line", true, &line, e) ||
      !nb_lsp_get_integer(p, "character", true, &character, e))
    return false;
  if (line < 0 || character < 0 || line > INT_MAX || character > INT_MAX) {
    nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "%s: line and character must be between 0 and %d", key,
                INT_MAX);
    return false;
  }
  out->line = (int)line;
  out->column = (int)character;
  return true;
}

bool nb_lsp_get_range(const json_t *obj, const char *key, nb_position *start, nb_position *end,
                      nb_lsp_error *e) {
  json_t *r = nb_lsp_get_object(obj, key, true, e);
  return r && nb_lsp_get_position(r, "start", start, e) && nb_lsp_get_position(r, "end", end, e);
}

const char *nb_lsp_get_document_uri(const json_t *params, nb_lsp_error *e) {
  json_t *doc = nb_lsp_get_object(params, "textDocument", true, e);
  return doc ? nb_lsp_get_string(doc, "uri", true, e) : NULL;
}
