/* gcc style, one line per diagnostic: editors and CI log parsers already understand it. */
#include "emit_internal.h"

#include "out_buf.h"

/* Whether the byte at s[i] starts a character put_one_line cannot write as it is: a line
 * break, or a control character — C0 but tab, DEL, or C1 (U+0080…U+009F, "\xC2\x80" to
 * "\xC2\x9F"). Neither kind's bytes can be part of another character, so a byte test finds
 * exactly the characters a decoding would. */
static bool needs_rewrite(const unsigned char *s, size_t i, size_t len) {
  unsigned char c = s[i];
  if (c < 0x20)
    return c != '\t';
  if (c == 0x7F)
    return true;
  return c == 0xC2 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F;
}

/* Line breaks inside a message would split the diagnostic for every tool reading the output
 * line by line: they become spaces. Other control characters (a report's text quoted in a
 * message may hold ESC) are written as \u001B, never sent to the terminal. */
static void put_one_line(nb_out_buf *out, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *u = (const unsigned char *)s;
  size_t len = strlen(s), run = 0; /* [run, i) is written as it is, in one go */
  for (size_t i = 0; i < len; i++) {
    if (!needs_rewrite(u, i, len))
      continue;
    nb_out_put(out, s + run, i - run);
    if (u[i] == '\n' || u[i] == '\r') {
      nb_out_put_char(out, ' ');
    } else {
      unsigned cp = u[i] == 0xC2 ? u[++i] : u[i];
      char escape[] = {'\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 15]};
      nb_out_put(out, escape, sizeof escape);
    }
    run = i + 1;
  }
  nb_out_put(out, s + run, len - run);
}

/* "PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE]" */
static void put_diag(nb_out_buf *out, const char *path, nb_range r, const nb_diag *d,
                     nb_lang lang) {
  nb_out_put_text(out, path);
  nb_out_put_char(out, ':');
  nb_out_put_int(out, r.line);
  nb_out_put_char(out, ':');
  nb_out_put_int(out, r.column);
  nb_out_put(out, ": ", 2);
  nb_out_put_text(out, nb_severity_name(d->severity));
  nb_out_put(out, ": ", 2);
  put_one_line(out, nb_diag_message(d, lang));
  nb_out_put(out, " [", 2);
  nb_out_put_text(out, d->rule);
  nb_out_put(out, "]\n", 2);
}

void nb_emit_gcc(FILE *stream, nb_lang lang, const nb_file_result *files, int nfiles) {
  nb_out_buf out;
  nb_out_buf_init(&out, stream);
  for (int f = 0; f < nfiles; f++) {
    const nb_file_result *file = &files[f];
    nb_line_index ix;
    nb_line_index_build(&ix, file->text, file->len);
    const char *path = nb_display_path(file->path);
    for (int i = 0; i < file->diags->count; i++) {
      const nb_diag *d = &file->diags->items[i];
      put_diag(&out, path, nb_file_start(file, &ix, d->span), d, lang);
    }
    nb_line_index_free(&ix);
  }
  nb_out_buf_flush(&out);
}
