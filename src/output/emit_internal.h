/* Shared by the emitters: where a span sits in the user's terms, and the names every format
 * spells the same way. Not part of the public interface (emit.h). */
#ifndef NB_EMIT_INTERNAL_H
#define NB_EMIT_INTERNAL_H

#include <jansson.h>
#include <stdio.h>

#include "../core/position.h"
#include "emit.h"

/* An offset at the very end of a text that ends with a line break lands on the last line
 * (after its last character), not on an empty line that does not exist for the user. */
nb_range nb_range_of(const nb_line_index *ix, nb_span span);

/* Where a span of the file's text is for the user: the file's locate hook, else nb_range_of
 * over `ix`, the line index of its text. */
nb_range nb_file_range(const nb_file_result *file, const nb_line_index *ix, nb_span span);

/* nb_file_range's line and column, for formats that show no end (end_line and end_column are
 * 0 unless the locate hook gave them): counting the columns to the end of a finding that spans
 * a table was most of writing its gcc line. */
nb_range nb_file_start(const nb_file_result *file, const nb_line_index *ix, nb_span span);

/* A JSON string for s; bytes that are not UTF-8 (a file name in another encoding) become
 * U+FFFD so the document stays valid. Returns a new reference (jansson's json_t). */
json_t *nb_json_text(const char *s);

/* The name files are shown by: "-" is "<stdin>". */
const char *nb_display_path(const char *path);

void nb_emit_gcc(FILE *out, nb_lang lang, const nb_file_result *files, int nfiles);
void nb_emit_github(FILE *out, nb_lang lang, const nb_file_result *files, int nfiles);
/* One file's findings as the elements of the JSON array (its part), and as the elements of
 * the SARIF log's results. */
void nb_emit_json_part(FILE *out, nb_lang lang, const nb_file_result *file);
void nb_emit_sarif_part(FILE *out, nb_lang lang, const nb_file_result *file);
/* The SARIF log of a run without results, as printed (json_dumps, indent 2; free()). */
char *nb_emit_sarif_empty_log(nb_lang lang);

#endif
