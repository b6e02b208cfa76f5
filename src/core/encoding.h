/* GB18030 (and GBK, its subset) to UTF-8: many of these reports are still saved in the
 * encoding Chinese Windows defaults to. Decoding is glibc's iconv; on top of it a guard makes
 * sure the result is text, so that binary data that happens to decode is not taken for a
 * report. */
#ifndef NB_ENCODING_H
#define NB_ENCODING_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes size bytes of GB18030. On success returns true and a malloc'ed, NUL-terminated UTF-8
 * buffer in *out (*out_len bytes, a leading U+FEFF left in place). Returns false, *out
 * untouched, when a byte sequence is not GB18030, the input ends inside a character, or the
 * decoded text does not look like text (control characters, or mostly private-use code points,
 * which is what random bytes decode to). */
bool nb_gb18030_decode(const char *data, size_t size, char **out, size_t *out_len);

/* nb_gb18030_decode without the guard: any bytes that are GB18030 (a line of a file that as a
 * whole passed it). */
bool nb_gb18030_decode_any(const char *data, size_t size, char **out, size_t *out_len);

/* Whether the bytes are GB18030 text (as nb_gb18030_decode has it) but for their end, which
 * stops inside a character: a file cut short (a download or copy interrupted), not a file in
 * some other encoding. *cut_at is then the offset of that last, incomplete character. */
bool nb_gb18030_truncated(const char *data, size_t size, size_t *cut_at);

/* UTF-8 back to GB18030, for writing a file in the encoding it was read in (lint --fix, fmt
 * --write): changing a user's file should not change its encoding behind their back. Returns
 * false (nothing allocated) when the text is not valid UTF-8; every Unicode character has a
 * GB18030 form, so valid text always converts. */
bool nb_gb18030_encode(const char *utf8, size_t len, char **out, size_t *out_len);

/* Whether decoded UTF-8 text looks like a document: no control characters but tab, line feed,
 * vertical tab, form feed and carriage return, no C1 controls, and private-use code points
 * (GB18030's user-defined areas) at most one in twenty non-ASCII characters. */
bool nb_gb18030_looks_like_text(const char *utf8, size_t len);

#endif
