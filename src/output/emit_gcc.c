/* gcc style, one line per diagnostic: editors and CI log parsers already understand it. */
#include "emit_internal.h"

#include "../core/text.h"
#include "out_buf.h"

/* The bytes that may start a character put_one_line cannot write as it is: a line break, or a
 * control character — C0 but tab, DEL, or C1 (U+0080…U+009F, "\xC2\x80" to "\xC2\x9F").
 * Neither kind's bytes can be part of another character, so a byte test finds exactly the
 * characters a decoding would. */
static const bool rewrite_bytes[256] = {
    [0x00] = true, [0x01] = true, [0x02] = true, [0x03] = true, [0x04] = true, [0x05] = true,
    [0x06] = true, [0x07] = true, [0x08] = true, [0x0A] = true, [0x0B] = true, [0x0C] = true,
    [0x0D] = true, [0x0E] = true, [0x0F] = true, [0x10] = true, [0x11] = true, [0x12] = true,
    [0x13] = true, [0x14] = true, [0x15] = true, [0x16] = true, [0x17] = true, [0x18] = true,
    [0x19] = true, [0x1A] = true, [0x1B] = true, [0x1C] = true, [0x1D] = true, [0x1E] = true,
    [0x1F] = true, [0x7F] = true, [0xC2] = true};

/* Line breaks inside a message would split the diagnostic for every tool reading the output
 * line by line: they become spaces. Other control characters (a report's text quoted in a
 * message may hold ESC) are written as \u001B, never sent to the terminal. The runs between
 * them are found four bytes a step and copied in one go. */
static void put_one_line(nb_out_buf *out, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *u = (const unsigned char *)s;
  size_t len = strlen(s), run = 0; /* [run, i) is written as it is */
  for (size_t i = nb_next_byte_in(s, 0, len, rewrite_bytes); i < len;
       i = nb_next_byte_in(s, i + 1, len, rewrite_bytes)) {
    bool c1 = u[i] == 0xC2 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F;
    if (u[i] == 0xC2 && !c1)
      continue; /* another character of two bytes: written as it is */
    nb_out_put(out, s + run, i - run);
    if (u[i] == '\n' || u[i] == '\r') {
      nb_out_put_char(out, ' ');
    } else {
      unsigned cp = c1 ? u[++i] : u[i];
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
