/* JSON written straight to a stream, laid out exactly as jansson's json_dumps lays out the same
 * values with JSON_INDENT(2): objects and arrays open on their line, each member on a line of
 * its own two spaces deeper, ": " after keys, "[]" and "{}" when empty; strings escaped as
 * jansson escapes them (\" \\ \b \f \n \r \t, other control characters as \u00XX, the rest of
 * UTF-8 as it is), and each byte that is not UTF-8 as U+FFFD (jansson's tree dropped such a
 * string, and with it a "file" key, when nb_json_text's repair still was not UTF-8). The
 * findings of a lint are written this way: building a jansson tree for them and dumping it was
 * most of the cost of --format json on a small report.
 *
 * A writer starts inside an array `depth` levels deep whose brackets someone else writes (the
 * frame of parts.h): its values are that array's elements, the first without a line break
 * before it. */
#ifndef NB_JSON_OUT_H
#define NB_JSON_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include "out_buf.h"

enum { NB_JSON_MAX_DEPTH = 16 };

typedef struct {
  int depth;                      /* containers open, the outer array included */
  int outer_depth;                /* depth given to nb_json_out_init */
  bool filled[NB_JSON_MAX_DEPTH]; /* a member was written at that depth */
  bool is_object[NB_JSON_MAX_DEPTH];
  bool after_key; /* the next value follows a key on its line */
  nb_out_buf out;
} nb_json_out;

void nb_json_out_init(nb_json_out *j, FILE *out, int depth);
/* Writes what is still buffered to the stream: call it when the document is written. */
void nb_json_out_finish(nb_json_out *j);

void nb_json_begin_object(nb_json_out *j);
void nb_json_end_object(nb_json_out *j);
void nb_json_begin_array(nb_json_out *j);
void nb_json_end_array(nb_json_out *j);
void nb_json_key(nb_json_out *j, const char *key);
void nb_json_string(nb_json_out *j, const char *s);
void nb_json_int(nb_json_out *j, long long v);
void nb_json_bool(nb_json_out *j, bool v);
void nb_json_null(nb_json_out *j);
/* s[0, n) as json_stringn makes it: a NUL as \u0000, and null when s is not UTF-8 (jansson
 * refuses such a string). */
void nb_json_stringn_or_null(nb_json_out *j, const char *s, size_t n);
/* A real as jansson writes it with JSON_REAL_PRECISION(precision): "%.*g", ".0" added when
 * that reads as an integer, the exponent without '+' or leading zeros. v must be finite
 * (jansson holds no other). */
void nb_json_real(nb_json_out *j, double v, int precision);

#endif
