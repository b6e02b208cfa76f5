/* Space-aligned lines (pdftotext -layout): columns are runs of spaces. Numbers always stand
 * alone; words a short gap apart belong to one label, because pdftotext spreads a Chinese
 * label out ("三 、本 年 度办 理 结果") while real columns sit further apart. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "tokenize_internal.h"

/* Non-numeric tokens at most this many spaces apart are one cell. */
enum { LABEL_GAP = 2 };

static size_t dash_len(const char *s, size_t i, size_t end) {
  static const char *const dashes[] = {"-",
                                       "\xE2\x80\x94" /* — */,
                                       "\xE2\x80\x93" /* – */,
                                       "\xEF\xBC\x8D" /* － */,
                                       "\xE2\x80\x92" /* ‒ */,
                                       "\xE2\x88\x92" /* − */,
                                       NULL};
  return nb_word_prefix(s + i, end - i, dashes);
}

static size_t slash_len(const char *s, size_t i, size_t end) {
  if (s[i] == '/')
    return 1;
  return end - i >= 3 && memcmp(s + i, "\xEF\xBC\x8F" /* ／ */, 3) == 0 ? 3 : 0;
}

static size_t skip_spaces(const char *s, size_t i, size_t end) {
  size_t w;
  while (i < end && (w = nb_tok_space_len(s, i, end)))
    i += w;
  return i;
}

static size_t skip_digits(const char *s, size_t i, size_t end, int *count) {
  *count = 0;
  while (i < end && s[i] >= '0' && s[i] <= '9') {
    i++;
    (*count)++;
  }
  return i;
}

static bool match_literal(const char *s, size_t *i, size_t end, const char *lit) {
  size_t n = strlen(lit);
  if (end - *i < n || memcmp(s + *i, lit, n) != 0)
    return false;
  *i += n;
  return true;
}

/* "-3-", "- 3 -", "—3—", "第3页", "第 3 页 共 10 页". */
bool nb_tok_is_page_number(const char *s, nb_span line) {
  /* Every line of a region is asked. One whose first character after its indentation is a
   * visible one other than 第 or a dash (any ASCII but '-', an ideograph but 第's E7) starts
   * so once trimmed too. */
  size_t first = line.start;
  while (first < line.end && (s[first] == ' ' || s[first] == '\t'))
    first++;
  unsigned char c = first < line.end ? (unsigned char)s[first] : 0;
  if ((c > ' ' && c < 0x80 && c != '-') || (c >= 0xE4 && c <= 0xE9 && c != 0xE7))
    return false;
  size_t a = line.start, b = line.end;
  nb_trim_span(s, &a, &b);
  c = a < b ? (unsigned char)s[a] : 0;
  if (c != '-' && c != 0xE2 && c != 0xEF && c != 0xE7) /* no dash, no 第 */
    return false;
  size_t i = a;
  int digits;
  if (match_literal(s, &i, b, "第")) {
    i = skip_digits(s, skip_spaces(s, i, b), b, &digits);
    i = skip_spaces(s, i, b);
    if (!digits || !match_literal(s, &i, b, "页"))
      return false;
    i = skip_spaces(s, i, b);
    if (i < b && match_literal(s, &i, b, "共")) {
      i = skip_digits(s, skip_spaces(s, i, b), b, &digits);
      i = skip_spaces(s, i, b);
      if (!digits || !match_literal(s, &i, b, "页"))
        return false;
    }
    return i == b;
  }
  size_t w;
  int lead = 0, trail = 0;
  while (i < b && (w = dash_len(s, i, b))) {
    i += w;
    lead++;
  }
  if (!lead) /* nearly every line: neither 第 nor a dash starts it */
    return false;
  i = skip_digits(s, skip_spaces(s, i, b), b, &digits);
  i = skip_spaces(s, i, b);
  while (i < b && (w = dash_len(s, i, b))) {
    i += w;
    trail++;
  }
  return lead > 0 && trail > 0 && digits > 0 && i == b;
}

/* "21", "-3", "1,234.5", "12.5%", "22（其中修订16件）", "3件", and the placeholders "/", "-",
 * "—". */
bool nb_tok_is_numeric_token(const char *s, size_t start, size_t end) {
  if (start >= end)
    return false;
  size_t i = start, w;
  /* Placeholders: dashes and slashes only. Every dash and slash starts with one of four bytes,
   * so most tokens (numbers, words) skip the test. */
  unsigned char c = (unsigned char)s[start];
  bool may_be_placeholder = c == '-' || c == '/' || c == 0xE2 || c == 0xEF; /* their leads */
  while (may_be_placeholder && i < end && ((w = dash_len(s, i, end)) || (w = slash_len(s, i, end))))
    i += w;
  if (i == end)
    return true;
  i = start;
  if (s[i] == '+' || s[i] == '-')
    i++;
  int digits, more;
  i = skip_digits(s, i, end, &digits);
  if (!digits)
    return false;
  while (i + 1 < end && s[i] == ',' && s[i + 1] >= '0' && s[i + 1] <= '9')
    i = skip_digits(s, i + 1, end, &more);
  if (i + 1 < end && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9')
    i = skip_digits(s, i + 1, end, &more);
  if (i < end && s[i] == '%')
    i++;
  const nb_cell_unit *unit = i < end ? nb_cell_unit_at(s + i, end - i) : NULL;
  if (unit)
    i += strlen(unit->word);
  if (i == end)
    return true;
  /* An annotation in brackets right after the number, ending the token. */
  const char *close = NULL;
  if (s[i] == '(')
    close = ")";
  else if (end - i >= 3 && memcmp(s + i, "（", 3) == 0)
    close = "）";
  if (!close)
    return false;
  size_t n = strlen(close);
  return end - start > n && memcmp(s + end - n, close, n) == 0;
}

typedef struct {
  size_t start, end;
  int gap_before; /* width of the whitespace before the token, in spaces (0 for the first) */
  bool numeric;
} token;

/* A line's tokens: in `local` while they fit (nearly every line), on the heap beyond. Every
 * line of a region is split here before it is known to be a spaced row, so most splits must
 * not allocate. */
enum { LOCAL_TOKENS = 64 };
typedef struct {
  token *t;
  int n, cap;
  token local[LOCAL_TOKENS];
} token_list;

static void push_token(token_list *l, token tok) {
  if (l->n == l->cap) {
    int cap = l->cap * 2;
    token *grown = nb_xmalloc((size_t)cap * sizeof *grown);
    memcpy(grown, l->t, (size_t)l->n * sizeof *grown);
    if (l->t != l->local)
      free(l->t);
    l->t = grown;
    l->cap = cap;
  }
  l->t[l->n++] = tok;
}

static void free_tokens(token_list *l) {
  if (l->t != l->local)
    free(l->t);
}

static void split_tokens(const char *s, nb_span line, token_list *l) {
  l->t = l->local;
  l->n = 0;
  l->cap = LOCAL_TOKENS;
  size_t i = line.start;
  int gap = 0; /* the first token's, the line's indentation, is none */
  while (i < line.end) {
    if (s[i] == ' ') { /* most of a spaced row's gaps */
      size_t run_end = nb_skip_ascii_spaces(s, i + 1, line.end);
      gap += (int)(run_end - i);
      i = run_end;
      continue;
    }
    size_t w = nb_tok_space_len(s, i, line.end);
    if (w) {
      i += w;
      gap += w == 3 ? 2 : 1; /* U+3000 is as wide as two spaces */
      continue;
    }
    size_t start = i; /* s[i] is no space: the token ends at the next byte that is one */
    do
      i = nb_tok_next_space_lead(s, i + 1, line.end);
    while (i < line.end && !nb_tok_space_len(s, i, line.end));
    push_token(l, (token){start, i, l->n ? gap : 0, false});
    gap = 0;
  }
}

/* nb_tok_is_numeric_token of a token, most of them settled here by their bytes: one that starts
 * with an ideograph is a word, one of ASCII digits alone a number. Inline at both its calls:
 * every token of a spaced row comes here, and a call cost more than settling most of them. */
static inline __attribute__((always_inline)) bool token_is_numeric(const char *s, const token *t) {
  unsigned char c = (unsigned char)s[t->start];
  if (c >= 0xE4 && c <= 0xE9)
    return false;
  size_t i = t->start;
  while (i < t->end && s[i] >= '0' && s[i] <= '9')
    i++;
  return i == t->end || nb_tok_is_numeric_token(s, t->start, t->end);
}

/* Whether the tokens are a spaced row: two of them a wide gap apart, or two numbers. Tokens
 * are read as numbers only as far as that needs, and all of them once it is one (the cells
 * need them). A line of one token (most lines of one cell each) is none whatever it holds. */
static bool looks_spaced(const char *s, token *t, int n) {
  if (n < 2)
    return false;
  bool wide = false;
  for (int k = 1; k < n && !wide; k++)
    wide = t[k].gap_before >= 2;
  int numbers = 0, read = 0;
  while (!wide && read < n && numbers < 2) {
    t[read].numeric = token_is_numeric(s, &t[read]);
    numbers += t[read++].numeric;
  }
  if (!wide && numbers < 2)
    return false;
  for (; read < n; read++)
    t[read].numeric = token_is_numeric(s, &t[read]);
  return true;
}

/* Tokens [first, last] joined without the spaces between them. */
static char *join_tokens(const char *s, const token *t, int first, int last) {
  size_t len = 0;
  for (int k = first; k <= last; k++)
    len += t[k].end - t[k].start;
  char *text = nb_xmalloc(len + 1);
  size_t o = 0;
  for (int k = first; k <= last; k++) {
    memcpy(text + o, s + t[k].start, t[k].end - t[k].start);
    o += t[k].end - t[k].start;
  }
  text[o] = '\0';
  return text;
}

bool nb_tok_spaced_row(const nb_stream *s, int item, nb_obs_table *out, bool *unbroken) {
  token_list tokens;
  split_tokens(s->text, s->items[item].span, &tokens);
  const token *t = tokens.t;
  int n = tokens.n;
  *unbroken = n <= 1;
  if (!looks_spaced(s->text, tokens.t, n)) {
    free_tokens(&tokens);
    return false;
  }
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_SPACED, false, -1, out);
  nb_obs_row_reserve(out, row, n); /* a cell a token at most */
  for (int k = 0; k < n;) {
    int last = k;
    if (!t[k].numeric)
      while (last + 1 < n && !t[last + 1].numeric && t[last + 1].gap_before <= LABEL_GAP)
        last++;
    char *text = last > k ? join_tokens(s->text, t, k, last) : NULL;
    nb_tok_add_cell(row, nb_span_make(t[k].start, t[last].end), text, -1);
    k = last + 1;
  }
  free_tokens(&tokens);
  return true;
}
