#include "cmark_input.h"

#include <string.h>

#include "../core/xalloc.h"

/* cmark-gfm's table extension (0.29.0.gfm.6) appends every cell of a row by walking the row's
 * cell list from its head, so a row of n cells costs n^2: one line of 10^5 pipes kept `lint`
 * busy for minutes. No report table has more than a few dozen columns, so a line with more
 * pipes than this is handed to cmark with its pipes turned into '!' (the same number of bytes:
 * every line and offset stays where it is). cmark then sees a paragraph line; the model reads
 * the source text itself, so the table reader still sees the pipes. */
enum { MAX_PIPES_FOR_CMARK = 128 };

/* Masks the pipes of overlong rows of fed[0, len) in *copy, made from fed when it is NULL and a
 * row needs it. Lines are looked at from their first pipe on, found by memchr over the whole
 * text: most lines (all of them in a report without pipe tables) have none. */
static void mask_runaway_rows(const char *fed, size_t len, char **copy) {
  const char *end_of_text = fed + len;
  for (const char *first = memchr(fed, '|', len); first;) {
    const char *nl = memchr(first, '\n', (size_t)(end_of_text - first));
    const char *end = nl ? nl : end_of_text;
    /* Counted pipe by pipe (most rows have a few), where the line is long enough to hold too
     * many: nearly every table row is passed over at once. */
    size_t pipes = 0;
    if ((size_t)(end - first) > MAX_PIPES_FOR_CMARK)
      for (const char *p = first;
           pipes <= MAX_PIPES_FOR_CMARK && (p = memchr(p, '|', (size_t)(end - p))); p++)
        pipes++;
    if (pipes > MAX_PIPES_FOR_CMARK) {
      if (!*copy) {
        *copy = nb_xmalloc(len);
        memcpy(*copy, fed, len);
      }
      for (size_t i = (size_t)(first - fed); i < (size_t)(end - fed); i++)
        if ((*copy)[i] == '|')
          (*copy)[i] = '!';
    }
    first = end < end_of_text ? memchr(end, '|', (size_t)(end_of_text - end)) : NULL;
  }
}

char *nb_cmark_input(const char *text, size_t from, size_t to) {
  char *copy = NULL;
  mask_runaway_rows(text + from, to - from, &copy);
  return copy;
}
