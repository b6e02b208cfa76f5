/* GitHub Actions workflow commands: each diagnostic becomes an annotation on the file in the
 * pull request. The escaping is GitHub's own (toolkit/core command.ts). */
#include "emit_internal.h"

#include "out_buf.h"

static void put_escaped(nb_out_buf *out, const char *s, int is_property) {
  for (; *s; s++) {
    switch (*s) {
    case '%':
      nb_out_put_text(out, "%25");
      break;
    case '\r':
      nb_out_put_text(out, "%0D");
      break;
    case '\n':
      nb_out_put_text(out, "%0A");
      break;
    case ':':
      nb_out_put_text(out, is_property ? "%3A" : ":");
      break;
    case ',':
      nb_out_put_text(out, is_property ? "%2C" : ",");
      break;
    default:
      nb_out_put_char(out, *s);
    }
  }
}

static const char *command_of(nb_severity s) {
  return s == NB_SEV_ERROR ? "error" : s == NB_SEV_WARNING ? "warning" : "notice";
}

/* One named number of the command's properties: ",line=12". */
static void put_property(nb_out_buf *out, const char *name, int value) {
  nb_out_put_text(out, name);
  nb_out_put_int(out, value);
}

static void put_diag(nb_out_buf *out, const char *path, nb_range r, const nb_diag *d,
                     nb_lang lang) {
  nb_out_put(out, "::", 2);
  nb_out_put_text(out, command_of(d->severity));
  nb_out_put_text(out, " file=");
  put_escaped(out, path, 1);
  put_property(out, ",line=", r.line);
  put_property(out, ",col=", r.column);
  put_property(out, ",endLine=", r.end_line);
  put_property(out, ",endColumn=", r.end_column);
  nb_out_put_text(out, ",title=");
  put_escaped(out, "nianbao ", 1);
  put_escaped(out, d->rule, 1);
  nb_out_put(out, "::", 2);
  put_escaped(out, nb_diag_message(d, lang), 0);
  nb_out_put_char(out, '\n');
}

void nb_emit_github(FILE *stream, nb_lang lang, const nb_file_result *files, int nfiles) {
  nb_out_buf out;
  nb_out_buf_init(&out, stream);
  for (int f = 0; f < nfiles; f++) {
    const nb_file_result *file = &files[f];
    nb_line_index ix;
    nb_line_index_build(&ix, file->text, file->len);
    const char *path = nb_display_path(file->path);
    for (int i = 0; i < file->diags->count; i++) {
      const nb_diag *d = &file->diags->items[i];
      put_diag(&out, path, nb_file_range(file, &ix, d->span), d, lang);
    }
    nb_line_index_free(&ix);
  }
  nb_out_buf_flush(&out);
}
