/* gcc style, one line per diagnostic: editors and CI log parsers already understand it. */
#include "emit_internal.h"

/* Line breaks inside a message would split the diagnostic for every tool reading the output
 * line by line: they become spaces. */
static void put_one_line(FILE *out, const char *s) {
  for (; *s; s++)
    fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
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
