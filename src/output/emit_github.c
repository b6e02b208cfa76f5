/* GitHub Actions workflow commands: each diagnostic becomes an annotation on the file in the
 * pull request. The escaping is GitHub's own (toolkit/core command.ts). */
#include "emit_internal.h"

static void put_escaped(FILE *out, const char *s, int is_property) {
  for (; *s; s++) {
    switch (*s) {
    case '%':
      fputs("%25", out);
      break;
    case '\r':
      fputs("%0D", out);
      break;
    case '\n':
      fputs("%0A", out);
      break;
    case ':':
      fputs(is_property ? "%3A" : ":", out);
      break;
    case ',':
      fputs(is_property ? "%2C" : ",", out);
      break;
    default:
      fputc(*s, out);
    }
  }
}

static const char *command_of(nb_severity s) {
  return s == NB_SEV_ERROR ? "error" : s == NB_SEV_WARNING ? "warning" : "notice";
}

void nb_emit_github(FILE *out, nb_lang lang, const nb_file_result *files, int nfiles) {
  for (int f = 0; f < nfiles; f++) {
    const nb_file_result *file = &files[f];
    nb_line_index ix;
    nb_line_index_build(&ix, file->text, file->len);
    for (int i = 0; i < file->diags->count; i++) {
      const nb_diag *d = &file->diags->items[i];
      nb_range r = nb_file_range(file, &ix, d->span);
      fprintf(out, "::%s file=", command_of(d->severity));
      put_escaped(out, nb_display_path(file->path), 1);
      fprintf(out, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=", r.line, r.column, r.end_line,
              r.end_column);
      put_escaped(out, "nianbao ", 1);
      put_escaped(out, d->rule, 1);
      fputs("::", out);
      put_escaped(out, nb_diag_message(d, lang), 0);
      fputc('\n', out);
    }
    nb_line_index_free(&ix);
  }
}
