#include "emit.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "emit_internal.h"

static const char *const format_names[] = {"gcc", "json", "sarif", "github"};

int nb_format_parse(const char *name) {
  for (int i = 0; i < (int)(sizeof format_names / sizeof format_names[0]); i++)
    if (strcmp(name, format_names[i]) == 0)
      return i;
  return -1;
}

/* Where SARIF's results sit in the log: runs[0].results, six spaces in. */
enum { SARIF_RESULTS_INDENT = 6 };

nb_doc_frame nb_emit_frame(nb_format format, nb_lang lang) {
  switch (format) {
  case NB_FORMAT_JSON:
    return nb_doc_frame_around("[]\n", "[]", 0);
  case NB_FORMAT_SARIF: {
    /* The log without results describes every rule of the catalog: built once per language
     * and process (the LSP and a batch's workers ask for it again and again). */
    static char *empty[2];
    int l = lang == NB_LANG_EN;
    if (!empty[l]) {
      char *log = nb_emit_sarif_empty_log(lang);
      empty[l] = nb_strdup_printf("%s\n", log);
      free(log);
    }
    return nb_doc_frame_around(empty[l], "\"results\": []", SARIF_RESULTS_INDENT);
  }
  case NB_FORMAT_GITHUB:
  case NB_FORMAT_GCC:
  default:
    return nb_doc_frame_lines("");
  }
}

char *nb_emit_part(nb_format format, nb_lang lang, const nb_file_result *file, size_t *len) {
  char *part = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&part, &size);
  if (!mem)
    nb_out_of_memory();
  if (format == NB_FORMAT_JSON)
    nb_emit_json_part(mem, lang, file);
  else if (format == NB_FORMAT_SARIF)
    nb_emit_sarif_part(mem, lang, file);
  else if (format == NB_FORMAT_GITHUB)
    nb_emit_github(mem, lang, file, 1);
  else
    nb_emit_gcc(mem, lang, file, 1);
  if (fclose(mem) != 0)
    nb_out_of_memory();
  *len = size;
  return part;
}

void nb_emit(FILE *out, nb_format format, nb_lang lang, const nb_file_result *files, int nfiles) {
  nb_doc_frame frame = nb_emit_frame(format, lang);
  nb_doc_writer w;
  nb_doc_begin(&w, out, &frame);
  for (int f = 0; f < nfiles; f++) {
    size_t len;
    char *part = nb_emit_part(format, lang, &files[f], &len);
    nb_doc_put(&w, part, len);
    free(part);
  }
  nb_doc_end(&w);
  nb_doc_frame_free(&frame);
}

const char *nb_display_path(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static nb_position point_of(const nb_line_index *ix, size_t offset) {
  return nb_position_of(ix, nb_finding_offset(ix, offset), NB_COLUMNS_CODEPOINTS);
}

nb_range nb_range_of(const nb_line_index *ix, nb_span span) {
  size_t end = span.end < span.start ? span.start : span.end;
  nb_position a = point_of(ix, span.start);
  nb_position b = point_of(ix, end);
  nb_range r = {a.line + 1, a.column + 1, b.line + 1, b.column + 1};
  return r;
}

nb_range nb_file_range(const nb_file_result *file, const nb_line_index *ix, nb_span span) {
  return file->locate ? file->locate(span, file->locate_data) : nb_range_of(ix, span);
}

nb_range nb_file_start(const nb_file_result *file, const nb_line_index *ix, nb_span span) {
  if (file->locate)
    return file->locate(span, file->locate_data);
  nb_position a = point_of(ix, span.start);
  nb_range r = {a.line + 1, a.column + 1, 0, 0};
  return r;
}

json_t *nb_json_text(const char *s) {
  json_t *j = json_string(s);
  if (j)
    return j;
  size_t len = strlen(s);
  char *clean = nb_xmalloc(len * 3 + 1); /* each bad byte grows to U+FFFD's three bytes */
  size_t n = 0;
  for (size_t i = 0; i < len;)
    n += (size_t)nb_utf8_put(clean + n, nb_utf8_next(s, len, &i));
  j = json_stringn(clean, n);
  free(clean);
  return j;
}
