/* A run's document written one file at a time. Every output format is a frame around the files'
 * parts: JSON an array whose elements are the findings, SARIF a log whose one run holds the
 * results, gcc, GitHub and CSV lines one after the other. A batch renders each file's part as
 * soon as the file is checked and writes the parts in the files' order, so it never holds more
 * than the files in flight; nb_emit and nb_extract_emit are the same frame and parts written at
 * once, so both give the same bytes. */
#ifndef NB_OUTPUT_PARTS_H
#define NB_OUTPUT_PARTS_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

typedef struct {
  char *open;      /* before the first part */
  char *separator; /* between two parts */
  char *close;     /* after the last part */
  char *empty;     /* the whole document when no file has a part */
} nb_doc_frame;

void nb_doc_frame_free(nb_doc_frame *f);

typedef struct {
  FILE *out;
  const nb_doc_frame *frame;
  bool any; /* a part was written */
} nb_doc_writer;

void nb_doc_begin(nb_doc_writer *w, FILE *out, const nb_doc_frame *frame);
/* Writes one file's part; an empty one (a file without findings) writes nothing. */
void nb_doc_put(nb_doc_writer *w, const char *part, size_t len);
void nb_doc_end(nb_doc_writer *w);

/* The elements of `array` as json_dumps(array, flags) prints them inside the brackets, shifted
 * right by `indent` more spaces: what they look like in an array nested that deep. "" for an
 * empty array. Needs JSON_INDENT(n) with n > 0 in flags. */
char *nb_json_array_items(const json_t *array, size_t flags, int indent, size_t *len);

/* A frame from a whole document with no parts, split where the parts go: `hole`, which ends in
 * "[]" (such as "[]" or "\"results\": []"), gets the parts between its brackets, each on its
 * own lines, and the closing bracket on a line of its own `indent` spaces in. */
nb_doc_frame nb_doc_frame_around(const char *empty_document, const char *hole, int indent);

/* A frame of plain concatenation: `header` first (may be ""), nothing between parts. */
nb_doc_frame nb_doc_frame_lines(const char *header);

#endif
