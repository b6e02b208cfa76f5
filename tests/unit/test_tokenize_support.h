/* Helpers shared by the tokenizer tests: a stream built from a string literal, one
 * NB_ITEM_LINE item per non-blank line (blank lines set blank_before and start a new block,
 * as a Markdown front-end would), and byte offsets found by searching the literal. */
#ifndef TEST_TOKENIZE_SUPPORT_H
#define TEST_TOKENIZE_SUPPORT_H

#include <criterion/criterion.h>
#include <string.h>

#include "layout/cells.h"
#include "layout/stream.h"

/* One NB_ITEM_LINE per line that holds anything but `blank_chars`; a blank line sets
 * blank_before on the next item and starts a new block (paragraph). */
static inline void lines_to_stream_n(nb_stream *s, const char *text, size_t len,
                                     const char *blank_chars) {
  nb_stream_init(s, text, len);
  int blank = 0, block = 0;
  size_t i = 0;
  while (i < len) {
    size_t e = i;
    while (e < len && text[e] != '\n')
      e++;
    size_t next = e < len ? e + 1 : e;
    if (e > i && text[e - 1] == '\r')
      e--;
    size_t k = i;
    while (k < e && strchr(blank_chars, text[k]))
      k++;
    if (k == e) {
      if (!blank)
        block++;
      blank = 1;
    } else {
      nb_stream_item it = {0};
      it.kind = NB_ITEM_LINE;
      it.span = nb_span_make(i, e);
      it.blank_before = blank;
      it.block = block;
      nb_stream_push(s, &it);
      blank = 0;
    }
    i = next;
  }
}

/* The tokenizer tests: a tab-only line is content (a one-cell line), not a blank line. */
static inline void lines_to_stream(nb_stream *s, const char *text) {
  lines_to_stream_n(s, text, strlen(text), " ");
}

/* Every row counts the cells that own a text (nb_obs_row's owned_texts): freeing it relies on
 * that. */
static inline void expect_owned_texts_counted(const nb_obs_table *t) {
  for (int i = 0; i < t->nrows; i++) {
    int owned = 0;
    for (int k = 0; k < t->rows[i].ncells; k++)
      owned += t->rows[i].cells[k].text != NULL;
    cr_expect_eq(t->rows[i].owned_texts, owned, "row %d", i);
  }
}

/* nb_tokenize on the whole stream (checking expect_owned_texts_counted). */
static inline void tokenize_all(const nb_stream *s, nb_obs_table *t) {
  memset(t, 0, sizeof *t);
  nb_tokenize(s, 0, s->nitems, t);
  expect_owned_texts_counted(t);
}

/* Byte offset of the nth (0-based) occurrence of needle in hay. */
static inline size_t off_nth(const char *hay, const char *needle, int nth) {
  const char *p = hay;
  for (;;) {
    p = strstr(p, needle);
    cr_assert_not_null(p, "'%s' occurrence %d not in the test text", needle, nth);
    if (nth-- == 0)
      return (size_t)(p - hay);
    p++;
  }
}

static inline size_t off(const char *hay, const char *needle) {
  return off_nth(hay, needle, 0);
}

/* The cell covers exactly occurrence nth of `needle`. */
static inline void expect_span_nth(const nb_obs_cell *c, const char *hay, const char *needle,
                                   int nth) {
  size_t start = off_nth(hay, needle, nth);
  cr_expect_eq(c->span.start, start, "span of '%s' starts at %zu, expected %zu", needle,
               c->span.start, start);
  cr_expect_eq(c->span.end, start + strlen(needle), "span of '%s' ends at %zu, expected %zu",
               needle, c->span.end, start + strlen(needle));
}

static inline void expect_span(const nb_obs_cell *c, const char *hay, const char *needle) {
  expect_span_nth(c, hay, needle, 0);
}

/* The cell's text as the assembler reads it equals `want`. */
static inline void expect_text(const nb_stream *s, const nb_obs_cell *c, const char *want) {
  size_t len;
  const char *got = nb_obs_cell_text(s, c, &len);
  cr_expect(len == strlen(want) && memcmp(got, want, len) == 0, "cell text '%.*s', expected '%s'",
            (int)len, got, want);
}

#endif
