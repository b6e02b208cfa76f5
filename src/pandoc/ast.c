#include "ast.h"

#include <string.h>

const char *pd_type(const json_t *node) {
  const char *t = json_string_value(json_object_get(node, "t"));
  return t ? t : "";
}

bool pd_is(const json_t *node, const char *type) {
  return strcmp(pd_type(node), type) == 0;
}

json_t *pd_content(const json_t *node) {
  return json_object_get(node, "c");
}

json_t *pd_at(const json_t *array, size_t i) {
  return json_array_get(array, i);
}

const char *pd_string(const json_t *v) {
  return json_string_value(v);
}

bool pd_attr_has_class(const json_t *attr, const char *name) {
  json_t *classes = pd_at(attr, 1);
  size_t n = json_array_size(classes);
  for (size_t i = 0; i < n; i++) {
    const char *c = pd_string(pd_at(classes, i));
    if (c && strcmp(c, name) == 0)
      return true;
  }
  return false;
}

const char *pd_attr_value(const json_t *attr, const char *key) {
  json_t *pairs = pd_at(attr, 2);
  size_t n = json_array_size(pairs);
  for (size_t i = 0; i < n; i++) {
    json_t *pair = pd_at(pairs, i);
    const char *k = pd_string(pd_at(pair, 0));
    const char *v = pd_string(pd_at(pair, 1));
    if (k && v && *v && strcmp(k, key) == 0)
      return v;
  }
  return NULL;
}
