/* Emitters: turn the diagnostics of one lint run into gcc, JSON, SARIF 2.1.0 or GitHub
 * workflow-annotation output. Positions are computed here from byte spans (position.h):
 * 1-based lines and 1-based code-point columns, as design.md's JSON contract fixes. */
#ifndef NB_EMIT_H
#define NB_EMIT_H

#include <stdio.h>

#include "../core/diag.h"
#include "parts.h"

typedef enum { NB_FORMAT_GCC, NB_FORMAT_JSON, NB_FORMAT_SARIF, NB_FORMAT_GITHUB } nb_format;

/* A span as users see it: 1-based lines, 1-based code-point columns, end exclusive (the
 * column just after the last character, as SARIF and LSP have it). */
typedef struct {
  int line, column;
  int end_line, end_column;
} nb_range;

typedef struct {
  const char *path; /* as the user named it; "-" shown as "<stdin>" */
  const char *text; /* the (decoded) text the spans refer to */
  size_t len;
  const nb_diag_list *diags;
  /* For a front-end whose text is not the user's file (the pandoc filter lints a text it made
   * from a document tree): where a span of `text` is in that file. NULL: the lines and code
   * points of `text` itself. */
  nb_range (*locate)(nb_span span, const void *data);
  const void *locate_data;
} nb_file_result;

/* Parses "gcc", "json", "sarif", "github"; -1 otherwise. */
int nb_format_parse(const char *name);

/* Writes all files' diagnostics in one document (one JSON array, one SARIF log). */
void nb_emit(FILE *out, nb_format format, nb_lang lang, const nb_file_result *files, int nfiles);

/* The same document a file at a time (parts.h): its frame, and one file's part (free()). */
nb_doc_frame nb_emit_frame(nb_format format, nb_lang lang);
char *nb_emit_part(nb_format format, nb_lang lang, const nb_file_result *file, size_t *len);

/* Lists every rule of the catalog: id, default severity, summary and one-paragraph doc. Text
 * is one block per rule separated by blank lines; json is one array of objects with id,
 * group, severity, summary and doc. */
void nb_emit_rules(FILE *out, nb_format format, nb_lang lang);

#endif
