/* The bytes of a changed report, as the file had them: a UTF-8 file gets its byte-order mark
 * back; a GB18030 file is encoded again, its BOM kept, and every line that is still as it was
 * is written as the very bytes it was read from. The second matters because glibc's decoder
 * reads a few four-byte sequences as characters whose own encoding is a two-byte one: encoding
 * such a line again would change bytes the user never touched. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/encoding.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "input.h"

typedef struct {
  const char *raw; /* the line as read, terminator included */
  size_t raw_len;
  char *text; /* the same line decoded */
  size_t text_len;
  int next_same; /* the next line that decodes to the same text, or -1 */
  int unused;    /* on the first of equal lines: the next of them not written yet, or -1 */
  int last;      /* on the first of equal lines: the last of them */
} read_line;

typedef struct {
  read_line *lines;
  int count;
  int cap;
  int *slots; /* open addressing over the first of each group of equal lines: index + 1 */
  size_t nslots;
} line_table;

/* The first line as read that decodes to text[0..n), or NULL. */
static read_line *find_first(line_table *t, const char *text, size_t n) {
  for (size_t s = nb_hash_bytes(text, n) & (t->nslots - 1); t->slots[s];
       s = (s + 1) & (t->nslots - 1)) {
    read_line *l = &t->lines[t->slots[s] - 1];
    if (l->text_len == n && memcmp(l->text, text, n) == 0)
      return l;
  }
  return NULL;
}

static size_t line_end(const char *s, size_t len, size_t from) {
  const char *nl = memchr(s + from, '\n', len - from);
  return nl ? (size_t)(nl - s) + 1 : len;
}

/* Splits the GB18030 bytes into lines and decodes each: "\n" is never part of a GB18030
 * multi-byte character, so a line decodes alone to what it decoded to in the whole file. */
static bool read_lines(const char *raw, size_t size, line_table *t) {
  size_t lines = 1;
  for (const char *p = raw; (p = memchr(p, '\n', size - (size_t)(p - raw))); p++)
    lines++;
  t->nslots = 16;
  while (t->nslots < lines * 2)
    t->nslots *= 2;
  t->slots = nb_xcalloc(t->nslots, sizeof *t->slots);
  for (size_t at = 0; at < size;) {
    size_t end = line_end(raw, size, at);
    read_line l = {raw + at, end - at, NULL, 0, -1, t->count, t->count};
    if (!nb_gb18030_decode_any(l.raw, l.raw_len, &l.text, &l.text_len))
      return false;
    nb_grow((void **)&t->lines, &t->cap, t->count + 1, sizeof *t->lines);
    t->lines[t->count++] = l;
    at = end;
  }
  for (int i = 0; i < t->count; i++) {
    read_line *l = &t->lines[i];
    read_line *first = find_first(t, l->text, l->text_len);
    if (first) {
      t->lines[first->last].next_same = i;
      first->last = i;
    } else {
      size_t s = nb_hash_bytes(l->text, l->text_len) & (t->nslots - 1);
      while (t->slots[s])
        s = (s + 1) & (t->nslots - 1);
      t->slots[s] = i + 1;
    }
  }
  return true;
}

/* The line as read to write for text[0..n): the first one that decodes to it and was not
 * written yet (the last of them when all were), or NULL. */
static const read_line *take_line(line_table *t, const char *text, size_t n) {
  read_line *first = find_first(t, text, n);
  if (!first)
    return NULL;
  int i = first->unused >= 0 ? first->unused : first->last;
  first->unused = t->lines[i].next_same;
  return &t->lines[i];
}

static void line_table_free(line_table *t) {
  for (int i = 0; i < t->count; i++)
    free(t->lines[i].text);
  free(t->lines);
  free(t->slots);
}

static void append(char **buf, size_t *len, size_t *cap, const char *s, size_t n) {
  if (n == 0)
    return; /* memcpy may not be given the NULL of a buffer not allocated yet */
  if (*len + n > *cap) {
    while (*len + n > *cap)
      *cap = *cap ? *cap * 2 : 4096;
    *buf = nb_xrealloc(*buf, *cap);
  }
  memcpy(*buf + *len, s, n);
  *len += n;
}

static bool encode_gb18030(const nb_input *in, const char *text, size_t len, char **out,
                           size_t *out_len) {
  line_table t = {0};
  const char *body = in->data + in->bom_size;
  if (!read_lines(body, in->size - in->bom_size, &t)) {
    line_table_free(&t);
    return false;
  }
  char *buf = NULL;
  size_t n = 0, cap = 0;
  append(&buf, &n, &cap, in->data, in->bom_size);
  bool ok = true;
  for (size_t at = 0; at < len && ok;) {
    size_t end = line_end(text, len, at);
    const read_line *same = take_line(&t, text + at, end - at);
    if (same) {
      append(&buf, &n, &cap, same->raw, same->raw_len);
    } else {
      char *encoded = NULL;
      size_t encoded_len = 0;
      ok = nb_gb18030_encode(text + at, end - at, &encoded, &encoded_len);
      if (ok)
        append(&buf, &n, &cap, encoded, encoded_len);
      free(encoded);
    }
    at = end;
  }
  line_table_free(&t);
  if (!ok) {
    free(buf);
    return false;
  }
  *out = buf ? buf : nb_xmalloc(1);
  *out_len = n;
  return true;
}

bool nb_input_encode(const nb_input *in, const char *text, size_t len, char **out,
                     size_t *out_len) {
  if (in->decoded)
    return encode_gb18030(in, text, len, out, out_len);
  char *buf = nb_xmalloc(in->bom_size + len + 1);
  memcpy(buf, in->data, in->bom_size);
  memcpy(buf + in->bom_size, text, len);
  *out = buf;
  *out_len = in->bom_size + len;
  return true;
}
