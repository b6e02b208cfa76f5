/* The open documents: each one's text as the client has it, kept in step with every didChange
 * (incremental edits, in the negotiated position encoding, and full replacements), with its
 * version and a line index that is updated with each edit rather than rebuilt.
 *
 * Edits follow the specification to the letter: a position past the end of a line means the
 * end of that line, a line past the end of the document means its end, and a position inside a
 * character (half of a UTF-16 surrogate pair, a byte inside a UTF-8 sequence) means the end of
 * that character. NUL characters become spaces (one unit in every encoding), because the report
 * model reads C strings. */
#ifndef NB_LSP_DOCUMENTS_H
#define NB_LSP_DOCUMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/position.h"
#include "../core/span.h"

struct nb_lsp_doc_state; /* what the server keeps about a document (analysis.h) */

typedef struct {
  char *uri;  /* as the client sent it */
  char *path; /* the local file for a file: URI, else NULL */
  char *language_id;
  long long version;
  char *text; /* NUL-terminated */
  size_t len, cap;
  nb_line_index lines;
  struct nb_lsp_doc_state *state; /* owned by the server */
} nb_lsp_doc;

typedef struct {
  nb_lsp_doc **items; /* stable addresses */
  int count, cap;
} nb_lsp_docs;

void nb_lsp_docs_init(nb_lsp_docs *d);
/* Frees every document; their states must have been released. */
void nb_lsp_docs_free(nb_lsp_docs *d);

nb_lsp_doc *nb_lsp_docs_find(const nb_lsp_docs *d, const char *uri);

/* Opens (or, for a URI already open, replaces) a document. */
nb_lsp_doc *nb_lsp_docs_open(nb_lsp_docs *d, const char *uri, const char *language_id,
                             long long version, const char *text, size_t len);

/* Removes the document from the store and returns it for the caller to release (with
 * nb_lsp_doc_free), or NULL when it was not open. */
nb_lsp_doc *nb_lsp_docs_take(nb_lsp_docs *d, const char *uri);
void nb_lsp_doc_free(nb_lsp_doc *doc);

/* Replaces the range [start, end) (positions in `unit`) with `text`; the two positions are
 * taken in order. Returns the byte range replaced in the old text through *from and *to. */
void nb_lsp_doc_edit(nb_lsp_doc *doc, nb_position start, nb_position end, nb_column_unit unit,
                     const char *text, size_t len, size_t *from, size_t *to);

/* Replaces the whole text. */
void nb_lsp_doc_set_text(nb_lsp_doc *doc, const char *text, size_t len);

/* The byte offset of a position in `unit` (clamped as the specification says). */
size_t nb_lsp_doc_offset(const nb_lsp_doc *doc, nb_position pos, nb_column_unit unit);

/* The bytes a range covers, its two ends taken in order. */
nb_span nb_lsp_doc_span(const nb_lsp_doc *doc, nb_position start, nb_position end,
                        nb_column_unit unit);

#endif
