/* gcc style, one line per diagnostic: editors and CI log parsers already understand it. */
#include "emit_internal.h"

#include <string.h>

#include "../core/text.h"

/* Line breaks inside a message would split the diagnostic for every tool reading the output
 * line by line: they become spaces. Other control characters (a report's text quoted in a
 * message may hold ESC) are written as \u001B, never sent to the terminal. */
static void put_one_line(FILE *out, const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    size_t start = i;
    uint32_t cp = nb_utf8_next(s, len, &i);
    if (cp == '\n' || cp == '\r')
      fputc(' ', out);
    else if ((cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F))
      fprintf(out, "\\u%04X", (unsigned)cp);
    else
      fwrite(s + start, 1, i - start, out);
  }
}

void nb_emit_gcc(FILE *out, nb_lang lang, const nb_file_result *files, int nfiles) {
  for (int f = 0; f < nfiles; f++) {
    const nb_file_result *file = &files[f];
    nb_line_index ix;
    nb_line_index_build(&ix, file->text, file->len);
    const char *path = nb_display_path(file->path);
    for (int i = 0; i < file->diags->count; i++) {
      const nb_diag *d = &file->diags->items[i];
      nb_range r = nb_file_range(file, &ix, d->span);
      fprintf(out, "%s:%d:%d: %s: ", path, r.line, r.column, nb_severity_name(d->severity));
      put_one_line(out, nb_diag_message(d, lang));
      fprintf(out, " [%s]\n", d->rule);
    }
    nb_line_index_free(&ix);
  }
}
