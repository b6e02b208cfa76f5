/* The pandoc document a JSON filter is given: read whole from a stream, parsed into jansson
 * values (json_read.h), and checked to be a pandoc AST of an API version this filter knows.
 * Anything else is one line of explanation, never a crash: pandoc shows that line to the user. */
#ifndef NB_PANDOC_DOCUMENT_H
#define NB_PANDOC_DOCUMENT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "../core/diag.h"

/* A report's AST is a few hundred KiB (a few MiB with +sourcepos); a document far beyond this is
 * not a report, and its jansson tree would take ten times as much memory. */
#define PD_MAX_INPUT_BYTES ((size_t)32 << 20)

typedef struct {
  char *bytes; /* the document as read, owned: the default mode writes it back unchanged */
  size_t len;
  json_t *root;             /* owned */
  json_t *meta;             /* borrowed from root: an object */
  json_t *blocks;           /* borrowed from root: an array */
  int api_major, api_minor; /* pandoc-types version: 1.22 for pandoc 2.17, 1.23 for pandoc 3 */
} pd_document;

/* Reads at most `limit` bytes from `in` and parses them. On failure returns false with *error a
 * heap string of one line (no newline) in `lang`; `doc` then holds nothing to free. */
bool pd_document_read(FILE *in, size_t limit, nb_lang lang, pd_document *doc, char **error);

/* Checks the parsed bytes are a pandoc document of a supported API version (as above). */
bool pd_document_parse(char *bytes, size_t len, nb_lang lang, pd_document *doc, char **error);

void pd_document_free(pd_document *doc);

#endif
