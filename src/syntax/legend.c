#include "legend.h"

#include <string.h>

#include "syntax.h"

/* The legend, in index order: the LSP 3.16 standard token types the captures map to. */
static const char *const token_types[] = {
    "namespace", "operator", "property", "number",    "enumMember", "keyword",
    "macro",     "comment",  "type",     "parameter", "string",
};

/* Capture of grammar/queries/highlights.scm → token type. Chosen so that what Neovim colours
 * one way an LSP client colours one way too, with the report's own roles apart. */
static const struct {
  const char *capture;
  const char *type;
} capture_types[] = {
    {"label", "namespace"},                /* heading text: a section is a namespace */
    {"punctuation.special", "operator"},   /* #, underlines, 一、 （一） 1. */
    {"punctuation.delimiter", "operator"}, /* a table's delimiter row, code fences */
    {"property", "property"},              /* a table's labels: the keys of its values */
    {"number", "number"},                  /* the values */
    {"number.total", "enumMember"},        /* the values of a 总计 row */
    {"keyword", "keyword"},                /* 总计 */
    {"preproc", "macro"},                  /* <!-- nianbao-disable … --> */
    {"comment", "comment"},                /* other HTML comments */
    {"type", "type"},                      /* HTML tags */
    {"field", "parameter"},                /* HTML attribute names */
    {"string", "string"},                  /* HTML attribute values, code */
};

const char *const *nb_syntax_token_types(int *count) {
  *count = (int)(sizeof token_types / sizeof token_types[0]);
  return token_types;
}

int nb_syntax_type_of_capture(const char *name, uint32_t len) {
  for (size_t i = 0; i < sizeof capture_types / sizeof capture_types[0]; i++) {
    if (strlen(capture_types[i].capture) != len || memcmp(capture_types[i].capture, name, len))
      continue;
    for (size_t t = 0; t < sizeof token_types / sizeof token_types[0]; t++)
      if (strcmp(token_types[t], capture_types[i].type) == 0)
        return (int)t;
  }
  return -1;
}
