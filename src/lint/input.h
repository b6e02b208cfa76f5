/* Reading a report: the whole file into memory (no size cap, linear), then decoding it to the
 * UTF-8 text every span refers to. Bad input is a status with enough detail for one clear
 * line to the user, never a crash. */
#ifndef NB_INPUT_H
#define NB_INPUT_H

#include <stddef.h>

#include "../core/diag.h"

typedef enum {
  NB_INPUT_OK = 0,
  NB_INPUT_NOT_FOUND,
  NB_INPUT_IS_DIRECTORY,
  NB_INPUT_UNREADABLE, /* error_number says why */
  NB_INPUT_BINARY,     /* a NUL byte at bad_offset */
  NB_INPUT_BAD_UTF8,   /* the first byte that is not UTF-8 is at bad_offset */
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
} nb_input;

/* Reads `path` ("-" is standard input) and decodes it; returns in->status. */
nb_input_status nb_input_read(const char *path, nb_input *in);

/* Decodes `size` bytes the input takes ownership of (malloc'ed): a NUL byte means binary; a
 * UTF-8 BOM is skipped and then the rest must be valid UTF-8; without a BOM, bytes that are not
 * UTF-8 but decode cleanly as GB18030 (core/encoding.h) are decoded (a GB18030 BOM skipped). Else
 * NB_INPUT_BAD_UTF8 with the offset of the first byte that is not UTF-8. */
nb_input_status nb_input_decode(nb_input *in, char *data, size_t size);

/* One line (no "nianbao: " prefix, no newline) saying what is wrong with `path`; heap string. */
char *nb_input_error_message(const nb_input *in, const char *path, nb_lang lang);

void nb_input_free(nb_input *in);

#endif
