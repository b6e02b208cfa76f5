/* Reading a message's parameters with their types checked: each getter records the first
 * problem (InvalidParams, naming the member) and returns NULL/false, so a handler reads what it
 * needs and answers -32602 once instead of crashing on a value of the wrong type. */
#ifndef NB_LSP_PARAMS_H
#define NB_LSP_PARAMS_H

#include <jansson.h>
#include <stdbool.h>

#include "../core/position.h"

typedef struct {
  int code; /* 0: no error */
  char message[256];
} nb_lsp_error;

void nb_lsp_fail(nb_lsp_error *e, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* obj[key] as an object / array / string; NULL (and an error when `required`) when absent or of
 * another type. `obj` may be NULL. */
json_t *nb_lsp_get_object(const json_t *obj, const char *key, bool required, nb_lsp_error *e);
json_t *nb_lsp_get_array(const json_t *obj, const char *key, bool required, nb_lsp_error *e);
const char *nb_lsp_get_string(const json_t *obj, const char *key, bool required, nb_lsp_error *e);
/* obj[key] as an integer; false when absent or not an integer. */
bool nb_lsp_get_integer(const json_t *obj, const char *key, bool required, long long *out,
                        nb_lsp_error *e);

/* An LSP Position {line, character}: both non-negative integers. */
bool nb_lsp_get_position(const json_t *obj, const char *key, nb_position *out, nb_lsp_error *e);
/* An LSP Range {start, end}. */
bool nb_lsp_get_range(const json_t *obj, const char *key, nb_position *start, nb_position *end,
                      nb_lsp_error *e);

/* params.textDocument.uri, the first thing most requests name. */
const char *nb_lsp_get_document_uri(const json_t *params, nb_lsp_error *e);

#endif
