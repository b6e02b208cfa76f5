/* Byte offsets to the positions users and editors see. CLI output and the JSON contract use
 * 1-based lines and 1-based columns counted in Unicode code points; LSP uses 0-based lines and
 * columns in UTF-16 code units (or UTF-8 bytes / code points when negotiated). */
#ifndef NB_POSITION_H
#define NB_POSITION_H

#include <stddef.h>

struct nb_column_mark {
  size_t at;
  int column;
};

typedef struct {
  const char *text;
  size_t len;
  size_t *line_starts; /* byte offset of each line's first byte */
  int nlines;
  int cap; /* allocated entries of line_starts */
  /* How far nb_position_of has counted columns on one line (its line, unit, byte and column),
   * with a mark every NB_COLUMN_MARK_STRIDE bytes on the way: callers ask for the positions of
   * a line's cells and findings mostly in text order, but a finding's end, related spans and
   * fixes step back, and a report scraped from the web can be one line of many kilobytes. A
   * count resumes at the farthest point or at the last mark before the offset, never at the
   * line's start. Build and replace reset it. */
  int memo_line;
  int memo_unit;
  size_t memo_at;
  int memo_column;
  struct nb_column_mark *marks; /* the first character start at or after each stride */
  int nmarks;
  int mark_cap;
} nb_line_index;

enum { NB_COLUMN_MARK_STRIDE = 256 };

typedef enum { NB_COLUMNS_CODEPOINTS, NB_COLUMNS_UTF16, NB_COLUMNS_UTF8 } nb_column_unit;

typedef struct {
  int line;   /* 0-based */
  int column; /* 0-based, in the requested unit */
} nb_position;

/* Lines end at "\n", "\r\n" or a lone "\r". */
void nb_line_index_build(nb_line_index *ix, const char *text, size_t len);

/* How the build looks for line ends: in blocks of 64 bytes (AVX2, where the processor has
 * it), of 32 (SSE2) or a byte at a time. Every way gives the same index; the tests
 * hold each to the byte loop. nb_line_index_build takes the widest. */
typedef enum { NB_LINE_SCAN_WIDEST, NB_LINE_SCAN_SSE2, NB_LINE_SCAN_BYTES } nb_line_scan;
void nb_line_index_build_by(nb_line_index *ix, const char *text, size_t len, nb_line_scan scan);
void nb_line_index_free(nb_line_index *ix);

/* Brings the index up to date after an edit, in time proportional to the lines it touches and
 * moves rather than to the text (the language server edits megabyte documents per keystroke):
 * the bytes [start, old_end) of the old text were replaced, giving `text` (len bytes) in which
 * the replacement occupies [start, new_end). The result equals nb_line_index_build's on `text`. */
void nb_line_index_replace(nb_line_index *ix, const char *text, size_t len, size_t start,
                           size_t old_end, size_t new_end);

/* Position of a byte offset (clamped to len; an offset inside a multi-byte character counts as
 * that character's start). Updates the index's memo, so one index is not for two threads. */
nb_position nb_position_of(const nb_line_index *ix, size_t offset, nb_column_unit unit);

/* Where a finding at `offset` is shown: an offset at the very end of a text that ends with a line
 * break lands on the last line (after its last character), not on an empty line that does not
 * exist for the user. Every front-end shows findings there (CLI, language server); edits keep
 * their exact offsets. */
size_t nb_finding_offset(const nb_line_index *ix, size_t offset);

/* The byte offset of a position (inverse of nb_position_of; clamped to the line's end). */
size_t nb_offset_of(const nb_line_index *ix, nb_position pos, nb_column_unit unit);

#endif
