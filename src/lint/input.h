/* Reading a report: the whole file into memory (linear in its size, at most NB_INPUT_MAX_BYTES),
 * then decoding it to the UTF-8 text every span refers to. Reading stops at the first NUL byte,
 * so an endless device (/dev/zero, /dev/urandom) is refused at once, and at the size limit, so
 * an endless text stream (`yes | nianbao lint -`) is refused before memory runs out. Bad input
 * is a status with enough detail for one clear line to the user, never a crash. */
#ifndef NB_INPUT_H
#define NB_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"

/* The most a report may have: 256 MiB, some hundred times the largest real report. */
#define NB_INPUT_MAX_BYTES ((size_t)256 << 20)

typedef enum {
  NB_INPUT_OK = 0,
  NB_INPUT_NOT_FOUND,
  NB_INPUT_IS_DIRECTORY,
  NB_INPUT_UNREADABLE, /* error_number says why */
  NB_INPUT_BINARY,     /* a NUL byte at bad_offset */
  NB_INPUT_BAD_UTF8,   /* the first byte that is not UTF-8 is at bad_offset */
  NB_INPUT_TOO_LARGE,  /* more than the limit (limit) */
  NB_INPUT_CUT_SHORT,  /* GB18030 whose last character is cut off at bad_offset */
} nb_input_status;

typedef struct {
  char *data; /* the bytes as read, owned */
  size_t size;
  const char *text; /* the decoded UTF-8 text: into data, or into decoded */
  size_t len;
  char *decoded;        /* owned output of a decoder when the bytes were not UTF-8, else NULL */
  const char *encoding; /* "UTF-8" or "GB18030": what the bytes were decoded from */
  nb_input_status status;
  int error_number;
  size_t bad_offset; /* counted in the bytes as read, a BOM included */
  size_t limit;      /* the size limit reading was held to */
  size_t bom_size;   /* bytes of data that are a byte-order mark (UTF-8 or GB18030), or 0 */
} nb_input;

/* Reads `path` ("-" is standard input) and decodes it; returns in->status. */
nb_input_status nb_input_read(const char *path, nb_input *in);

/* nb_input_read with another size limit (a configuration file's). */
nb_input_status nb_input_read_limited(const char *path, size_t limit, nb_input *in);

/* Reads `path` ("-" standard input) as nb_input_read does, up to `limit` bytes and stopping at
 * a NUL byte, without decoding: in->data and in->size are the bytes, in->status is OK,
 * NOT_FOUND, IS_DIRECTORY, UNREADABLE, BINARY or TOO_LARGE. */
nb_input_status nb_input_read_bytes(const char *path, size_t limit, nb_input *in);

/* Decodes `size` bytes the input takes ownership of (malloc'ed): a NUL byte means binary; a
 * UTF-8 BOM is skipped and then the rest must be valid UTF-8; without a BOM, bytes that are not
 * UTF-8 but decode cleanly as GB18030 (core/encoding.h) are decoded (a GB18030 BOM skipped). Else
 * NB_INPUT_BAD_UTF8 with the offset of the first byte that is not UTF-8. */
nb_input_status nb_input_decode(nb_input *in, char *data, size_t size);

/* One line (no "nianbao: " prefix, no newline) saying what is wrong with `path`; heap string. */
char *nb_input_error_message(const nb_input *in, const char *path, nb_lang lang);

/* The bytes to write back for `text`, a changed version of in->text: in the encoding the file
 * was read in, its byte-order mark first, and — for GB18030 — each line that is unchanged as
 * the bytes it was read from (write_back.c). Heap buffer; false (nothing allocated) when the
 * text cannot be encoded. */
bool nb_input_encode(const nb_input *in, const char *text, size_t len, char **out, size_t *out_len);

/* in->text, for a caller that lets the pipeline write to it (nb_lint_writable): the text lies in
 * in->data or in->decoded, both owned by `in`. */
char *nb_input_writable_text(nb_input *in);

/* Frees the bytes as read when the text was decoded from them (GB18030), for a caller that
 * will not write the file back (lint without --fix): then only the text is needed, and the
 * bytes are most of its size again. in->data becomes NULL and in->size 0; a UTF-8 input, whose
 * text lies in its bytes, is left as it is. */
void nb_input_release_bytes(nb_input *in);

void nb_input_free(nb_input *in);

#endif
