/* Reading pandoc's JSON AST. Every element is {"t": TYPE, "c": CONTENT}; an Attr is
 * [id, [class…], [[key, value]…]]. These accessors return NULL (or "") for anything not shaped as
 * pandoc writes it, so a malformed document is walked over, never dereferenced. */
#ifndef NB_PANDOC_AST_H
#define NB_PANDOC_AST_H

#include <jansson.h>
#include <stdbool.h>

/* The element's "t", or "" when it has none. */
const char *pd_type(const json_t *node);
bool pd_is(const json_t *node, const char *type);

/* The element's "c", or NULL. */
json_t *pd_content(const json_t *node);

/* Item i of an array, or NULL (not an array, or too short). */
json_t *pd_at(const json_t *array, size_t i);

/* The string's value, or NULL when v is not a string. */
const char *pd_string(const json_t *v);

/* Whether the Attr lists class `name`. */
bool pd_attr_has_class(const json_t *attr, const char *name);

/* The value of the Attr's first key-value pair named `key` that is not empty, or NULL. */
const char *pd_attr_value(const json_t *attr, const char *key);

#endif
