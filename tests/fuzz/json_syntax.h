/* Whether bytes are one JSON text (RFC 8259), without building it: fuzz_extract checks the
 * 71 KB that extract writes for every input this way instead of loading them into a jansson
 * tree (a node and an allocation per value, under ASan most of what the check cost). What it
 * accepts is what jansson's json_loadb with no flags accepts: an object or an array, UTF-8
 * only, no raw control character in a string, \u0000 and lone surrogates refused, numbers as
 * the grammar says, nothing after the value but white space — except numbers out of range
 * (jansson refuses integers beyond 64 bits and reals that overflow a double; extract writes
 * neither). fuzz_pandoc holds the two to agreeing on whatever bytes it makes up. */
#ifndef NB_FUZZ_JSON_SYNTAX_H
#define NB_FUZZ_JSON_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>

/* (size_t)-1 when s[0, n) is one JSON text; else an offset at or after where it stops being one
 * (n when it ends too soon). */
size_t nb_json_syntax_error(const char *s, size_t n);

#endif
