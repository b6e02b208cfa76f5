/* A JSON reader that builds jansson values. pandoc's JSON is mostly long strings (a report's
 * paragraphs); json_loadb passes every byte through a callback, a UTF-8 check and a string
 * buffer, and took most of the filter's time. This reader finds a string's end with one loop,
 * checks its UTF-8 at once and hands it to jansson without a second check. Same grammar and the
 * same refusals as json_loadb without flags: RFC 8259 JSON, an object or array at the top, no
 * NUL in strings, integers that fit json_int_t, at most PD_JSON_MAX_DEPTH levels. */
#ifndef NB_PANDOC_JSON_READ_H
#define NB_PANDOC_JSON_READ_H

#include <jansson.h>
#include <stddef.h>

#define PD_JSON_MAX_DEPTH 2048

typedef struct {
  int line, column; /* 1-based, of the byte where reading stopped (columns in bytes) */
  const char *what; /* static English text */
} pd_json_error;

/* The value `s` holds, or NULL with *err saying where and why. */
json_t *pd_json_parse(const char *s, size_t len, pd_json_error *err);

#endif
