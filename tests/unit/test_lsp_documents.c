/* The document store (src/lsp/documents.c): incremental edits give exactly the text a full
 * re-send gives, in every position encoding, on CJK, astral-plane characters and every kind of
 * line break. The reference here knows nothing of the store or of core/position: it keeps the
 * text as an array of code points and counts columns itself. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/position.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lsp/documents.h"
#include "lsp/positions.h"

/* ---------------------------------------------------------------- the reference */

typedef struct {
  uint32_t *cp;
  int n, cap;
} ref_text;

static int width(uint32_t cp, nb_column_unit unit) {
  if (unit == NB_COLUMNS_UTF16)
    return cp >= 0x10000 ? 2 : 1;
  if (unit == NB_COLUMNS_UTF8)
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  return 1;
}

/* Whether a line starts at index i (LSP: after \n, after \r\n, after a lone \r). */
static bool starts_line(const ref_text *t, int i) {
  if (i == 0)
    return true;
  return t->cp[i - 1] == '\n' || (t->cp[i - 1] == '\r' && (i == t->n || t->cp[i] != '\n'));
}

static nb_position ref_position(const ref_text *t, int index, nb_column_unit unit) {
  nb_position p = {0, 0};
  for (int i = 1; i <= index; i++)
    if (starts_line(t, i)) {
      p.line++;
      p.column = 0;
    } else {
      p.column += width(t->cp[i - 1], unit);
    }
  return p;
}

static char *ref_utf8(const ref_text *t, size_t *len) {
  char *s = nb_xmalloc((size_t)t->n * 4 + 1);
  size_t n = 0;
  for (int i = 0; i < t->n; i++)
    n += (size_t)nb_utf8_put(s + n, t->cp[i]);
  s[n] = '\0';
  *len = n;
  return s;
}

static void ref_replace(ref_text *t, int from, int to, const uint32_t *ins, int nins) {
  int n = t->n - (to - from) + nins;
  nb_grow((void **)&t->cp, &t->cap, n + 1, sizeof *t->cp);
  memmove(t->cp + from + nins, t->cp + to, (size_t)(t->n - to) * sizeof *t->cp);
  memcpy(t->cp + from, ins, (size_t)nins * sizeof *t->cp);
  t->n = n;
}

/* ---------------------------------------------------------------- random edits */

static uint64_t rng = 88172645463325252ULL;
static unsigned next_random(unsigned below) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return below ? (unsigned)(rng % below) : 0;
}

static const uint32_t alphabet[] = {'a',
                                    'Z',
                                    0x4E2D /* 中 */,
                                    0x6587 /* 文 */,
                                    0x1F600 /* 😀 */,
                                    0x20BB7 /* 𠮷 */,
                                    0xE9 /* é */,
                                    '\n',
                                    '\r',
                                    ' ',
                                    '|'};

/* An index a position can name: not between the \r and \n of a line break. */
static int random_index(const ref_text *t) {
  for (;;) {
    int i = (int)next_random((unsigned)t->n + 1);
    if (!(i > 0 && i < t->n && t->cp[i - 1] == '\r' && t->cp[i] == '\n'))
      return i;
  }
}

static void check_same(const nb_lsp_doc *doc, const ref_text *t, int step, nb_column_unit unit) {
  size_t len;
  char *want = ref_utf8(t, &len);
  cr_assert_eq(doc->len, len, "unit %d step %d: %zu bytes, want %zu", (int)unit, step, doc->len,
               len);
  cr_assert(memcmp(doc->text, want, len) == 0, "unit %d step %d: texts differ", (int)unit, step);
  cr_assert_eq(doc->text[len], '\0');
  nb_line_index fresh;
  nb_line_index_build(&fresh, doc->text, doc->len);
  cr_assert_eq(doc->lines.nlines, fresh.nlines, "unit %d step %d: line count", (int)unit, step);
  for (int i = 0; i < fresh.nlines; i++)
    cr_assert_eq(doc->lines.line_starts[i], fresh.line_starts[i]);
  nb_line_index_free(&fresh);
  free(want);
}

static void random_session(nb_column_unit unit, int steps) {
  static const char start[] = "# 某县2023年报告😀\r\n| 一 | 中 | 𠮷 |\n\ré文\r";
  ref_text t = {0};
  size_t i = 0;
  while (i < sizeof start - 1) {
    uint32_t cp = nb_utf8_next(start, sizeof start - 1, &i);
    ref_replace(&t, t.n, t.n, &cp, 1);
  }
  nb_lsp_docs docs;
  nb_lsp_docs_init(&docs);
  nb_lsp_doc *doc = nb_lsp_docs_open(&docs, "file:///x.md", "markdown", 1, start, sizeof start - 1);
  for (int step = 0; step < steps; step++) {
    int a = random_index(&t), b = random_index(&t);
    if (b < a) {
      int swap = a;
      a = b;
      b = swap;
    }
    if (b - a > 8)
      b = a + (int)next_random(8);
    while (b > a && b < t.n && t.cp[b - 1] == '\r' && t.cp[b] == '\n')
      b--;
    uint32_t ins[6];
    int nins = (int)next_random(7);
    char utf8[6 * 4 + 1];
    size_t n = 0;
    for (int k = 0; k < nins; k++) {
      ins[k] = alphabet[next_random(sizeof alphabet / sizeof alphabet[0])];
      n += (size_t)nb_utf8_put(utf8 + n, ins[k]);
    }
    nb_position from = ref_position(&t, a, unit), to = ref_position(&t, b, unit);
    size_t f, e;
    /* Half the time the two ends come in reverse order: the store takes them in order. */
    if (next_random(2))
      nb_lsp_doc_edit(doc, from, to, unit, utf8, n, &f, &e);
    else
      nb_lsp_doc_edit(doc, to, from, unit, utf8, n, &f, &e);
    ref_replace(&t, a, b, ins, nins);
    check_same(doc, &t, step, unit);
  }
  /* The whole text re-sent gives the same document. */
  size_t len;
  char *whole = ref_utf8(&t, &len);
  nb_lsp_doc *again = nb_lsp_docs_open(&docs, "file:///y.md", "markdown", 1, whole, len);
  cr_assert_eq(again->len, doc->len);
  cr_assert(memcmp(again->text, doc->text, len) == 0);
  free(whole);
  free(t.cp);
  nb_lsp_docs_free(&docs);
}

Test(documents, random_edits_in_utf16) {
  random_session(NB_COLUMNS_UTF16, 4000);
}

Test(documents, random_edits_in_utf8) {
  random_session(NB_COLUMNS_UTF8, 4000);
}

Test(documents, random_edits_in_utf32) {
  random_session(NB_COLUMNS_CODEPOINTS, 4000);
}

/* ---------------------------------------------------------------- hand-checked cases */

static nb_lsp_doc *open_one(nb_lsp_docs *docs, const char *text) {
  nb_lsp_docs_init(docs);
  return nb_lsp_docs_open(docs, "file:///x.md", "markdown", 1, text, strlen(text));
}

static void edit(nb_lsp_doc *doc, int l0, int c0, int l1, int c1, nb_column_unit unit,
                 const char *text) {
  size_t f, e;
  nb_lsp_doc_edit(doc, (nb_position){l0, c0}, (nb_position){l1, c1}, unit, text, strlen(text), &f,
                  &e);
}

Test(documents, an_astral_character_counts_two_in_utf16_four_in_utf8_one_in_utf32) {
  nb_lsp_docs docs;
  /* "a😀b": b is at UTF-16 column 3, UTF-8 column 5, UTF-32 column 2. */
  nb_lsp_doc *doc = open_one(&docs, "a😀b");
  edit(doc, 0, 3, 0, 4, NB_COLUMNS_UTF16, "c");
  cr_assert_str_eq(doc->text, "a😀c");
  edit(doc, 0, 5, 0, 6, NB_COLUMNS_UTF8, "d");
  cr_assert_str_eq(doc->text, "a😀d");
  edit(doc, 0, 2, 0, 3, NB_COLUMNS_CODEPOINTS, "e");
  cr_assert_str_eq(doc->text, "a😀e");
  /* deleting the emoji: UTF-16 columns 1..3 */
  edit(doc, 0, 1, 0, 3, NB_COLUMNS_UTF16, "中");
  cr_assert_str_eq(doc->text, "a中e");
  nb_lsp_docs_free(&docs);
}

Test(documents, positions_past_the_end_are_clamped_as_the_specification_says) {
  nb_lsp_docs docs;
  nb_lsp_doc *doc = open_one(&docs, "中文\r\nab");
  edit(doc, 0, 99, 0, 99, NB_COLUMNS_UTF16, "!"); /* past the line's end: its end */
  cr_assert_str_eq(doc->text, "中文!\r\nab");
  edit(doc, 7, 0, 9, 3, NB_COLUMNS_UTF16, "?"); /* past the last line: the document's end */
  cr_assert_str_eq(doc->text, "中文!\r\nab?");
  nb_lsp_docs_free(&docs);
}

Test(documents, a_position_inside_a_character_means_its_end) {
  nb_lsp_docs docs;
  nb_lsp_doc *doc = open_one(&docs, "x😀y");
  edit(doc, 0, 2, 0, 2, NB_COLUMNS_UTF16, "|"); /* between the two halves of the pair */
  cr_assert_str_eq(doc->text, "x😀|y");
  edit(doc, 0, 2, 0, 2, NB_COLUMNS_UTF8, "^"); /* inside the emoji's UTF-8 bytes */
  cr_assert_str_eq(doc->text, "x😀^|y");
  nb_lsp_docs_free(&docs);
}

Test(documents, nul_characters_become_spaces) {
  nb_lsp_docs docs;
  nb_lsp_docs_init(&docs);
  nb_lsp_doc *doc = nb_lsp_docs_open(&docs, "file:///x.md", "markdown", 1, "a\0b", 3);
  cr_assert_eq(doc->len, 3);
  cr_assert_str_eq(doc->text, "a b");
  nb_lsp_docs_free(&docs);
}

/* ---------------------------------------------------------------- negotiation */

static nb_column_unit negotiated(const char *capabilities) {
  json_t *caps = json_loads(capabilities, 0, NULL);
  cr_assert_not_null(caps, "%s", capabilities);
  nb_column_unit unit = nb_lsp_negotiate_encoding(caps);
  json_decref(caps);
  return unit;
}

Test(positions, the_first_encoding_the_client_offers_that_the_server_speaks) {
  cr_assert_eq(negotiated("{}"), NB_COLUMNS_UTF16); /* Neovim 0.7 offers none */
  cr_assert_eq(negotiated("{\"general\": {\"positionEncodings\": []}}"), NB_COLUMNS_UTF16);
  cr_assert_eq(negotiated("{\"general\": {\"positionEncodings\": [\"utf-8\"]}}"), NB_COLUMNS_UTF8);
  cr_assert_eq(negotiated("{\"general\": {\"positionEncodings\": [\"utf-32\", \"utf-8\"]}}"),
               NB_COLUMNS_CODEPOINTS);
  cr_assert_eq(negotiated("{\"general\": {\"positionEncodings\": [\"latin-1\", 7, \"utf-16\", "
                          "\"utf-8\"]}}"),
               NB_COLUMNS_UTF16);
  cr_assert_str_eq(nb_lsp_encoding_name(NB_COLUMNS_CODEPOINTS), "utf-32");
}

/* "a中😀b\n": b starts at UTF-16 4, UTF-8 8, UTF-32 3; the range of 😀 both ways. */
Test(positions, ranges_of_spans_in_every_encoding) {
  static const char text[] = "a中😀b\n";
  nb_line_index ix;
  nb_line_index_build(&ix, text, strlen(text));
  static const struct {
    nb_column_unit unit;
    int start, end;
  } want[] = {{NB_COLUMNS_UTF16, 2, 4}, {NB_COLUMNS_UTF8, 4, 8}, {NB_COLUMNS_CODEPOINTS, 2, 3}};
  for (size_t i = 0; i < 3; i++) {
    json_t *r = nb_lsp_range_json(&ix, nb_span_make(4, 8), want[i].unit);
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "start"), "character")),
                 want[i].start);
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "end"), "character")),
                 want[i].end);
    json_decref(r);
  }
  nb_line_index_free(&ix);
}
