#include "emit.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

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

void nb_emit(FILE *out, nb_format format, nb_lang lang, const nb_file_result *files, int nfiles) {
  switch (format) {
  case NB_FORMAT_JSON:
    nb_emit_json(out, lang, files, nfiles);
    break;
  case NB_FORMAT_SARIF:
    nb_emit_sarif(out, lang, files, nfiles);
    break;
  case NB_FORMAT_GITHUB:
    nb_emit_github(out, lang, files, nfiles);
    break;
  case NB_FORMAT_GCC:
  default:
    nb_emit_gcc(out, lang, files, nfiles);
    break;
  }
}

const char *nb_display_path(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static nb_position point_of(const nb_line_index *ix, size_t offset) {
  nb_position p = nb_position_of(ix, offset, NB_COLUMNS_CODEPOINTS);
  if (p.line > 0 && ix->line_starts[p.line] >= ix->len) {
    size_t start = ix->line_starts[p.line - 1];
    size_t end = ix->len;
    if (end > start && ix->text[end - 1] == '\n')
      end--;
    if (end > start && ix->text[end - 1] == '\r')
      end--;
    p.line--;
    p.column = (int)nb_utf8_count(ix->text + start, end - start);
  }
  return p;
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
