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
  /* pdftotext indents with dozens of spaces, read eight a step; most lines have none, and a tab
   * is rare. */
  while (first < line.end && (s[first] == ' ' || s[first] == '\t'))
    first = nb_skip_ascii_spaces(s, first + 1, line.end);
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

typedef nb_tok_token token;
typedef nb_tok_token_list token_list;

/* Twice the room for the n tokens at t (l->local or the heap), the old room freed. */
static token *grow_tokens(token_list *l, token *t, int n, int *cap) {
  *cap *= 2;
  token *grown = nb_xmalloc((size_t)*cap * sizeof *grown);
  memcpy(grown, t, (size_t)n * sizeof *grown);
  if (t != l->local)
    free(t);
  return grown;
}

/* Inline: every token of every line comes here, and only the 65th of a line grows the list. */
static inline __attribute__((always_inline)) void push_token(token_list *l, token tok) {
  if (l->n == l->cap)
    l->t = grow_tokens(l, l->t, l->n, &l->cap);
  l->t[l->n++] = tok;
}

static void free_tokens(token_list *l) {
  if (l->t != l->local)
    free(l->t);
}

void nb_tok_free_tokens(token_list *l) {
  free_tokens(l);
}

void nb_tok_split_tokens_simple(const char *s, nb_span line, token_list *l) {
  l->t = l->local;
  l->n = 0;
  l->cap = LOCAL_TOKENS;
  l->wide_gap = false;
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
    gap = l->n ? gap : 0;
    l->wide_gap |= gap >= 2;
    push_token(l, (token){start, i, gap, false});
    gap = 0;
  }
}

#if defined(__SSE2__)
/* Bit k set where byte p[k] is an ASCII blank of nb_tok_space_len (9, 11..13, ' ': not '\n'),
 * in *blanks, or a byte a wider whitespace starts with (E3, C2) in *leads: sixty-four bytes in
 * four steps. */
static inline void window_masks(const char *p, uint64_t *blanks, uint64_t *leads) {
  uint64_t b = 0, l = 0;
#pragma GCC unroll 4
  for (int k = 0; k < 4; k++) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
    __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('\t')); /* 0..4 on '\t'..'\r' only */
    __m128i controls = _mm_andnot_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                        _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(4)), d));
    __m128i blank = _mm_or_si128(controls, _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE3)),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2)));
    b |= (uint64_t)(unsigned)_mm_movemask_epi8(blank) << (16 * k);
    l |= (uint64_t)(unsigned)_mm_movemask_epi8(lead) << (16 * k);
  }
  *blanks = b;
  *leads = l;
}

/* How many bits of x are set: a few at most (the quiet bytes of U+3000 and U+00A0 in a gap). */
static int count_bits(uint64_t x) {
  int n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
}

/* nb_tok_split_tokens_simple on long lines: whitespace is found sixty-four bytes at a time as a
 * bit mask, and the tokens are where the mask changes. A byte at a time, the scan stopped at
 * every gap and at every byte a gap may start with, and each run's end was a branch
 * mispredicted often (4.5k fewer mispredictions on the raw set, a quarter fewer instructions
 * splitting its spaced rows). */
static void split_tokens_wide(const char *s, size_t len, nb_span line, token_list *l) {
  /* The list is kept in locals until the end: written through `l`, each token's store made the
   * compiler read the list's fields back for the next (they might have changed). */
  token *t = l->local;
  int n = 0, cap = LOCAL_TOKENS;
  bool wide_gap = false;
  const size_t end = line.end;
  /* U+3000 and U+00A0 found at a window's end reach into the next one: their bytes there
   * (carry_ws), and of them the last, which takes no width of its own (carry_quiet). */
  uint64_t carry_ws = 0, carry_quiet = 0, before = 1; /* the line starts after whitespace */
  bool in_token = false;
  size_t start = 0, gap_from = line.start;
  /* A gap is as wide as its bytes but for the quiet ones, counted apart: nearly no gap has any. */
  int quiet_in_gap = 0;
  for (size_t base = line.start; base < end; base += 64) {
    char tail[64];
    const char *p = s + base;
    if (len - base < 64) { /* the text's last bytes: the window must not read past them */
      memset(tail, 0, sizeof tail);
      memcpy(tail, p, end - base);
      p = tail;
    }
    uint64_t blanks, leads;
    window_masks(p, &blanks, &leads);
    uint64_t outside = end - base >= 64 ? 0 : ~0ull << (end - base);
    uint64_t ws = blanks | carry_ws, quiet = carry_quiet;
    carry_ws = carry_quiet = 0;
    for (leads &= ~outside; leads; leads &= leads - 1) { /* E3 or C2: U+3000 or U+00A0? */
      unsigned k = (unsigned)__builtin_ctzll(leads);
      unsigned w = (unsigned)nb_tok_space_len(s, base + k, end);
      if (!w)
        continue;
      uint64_t bytes = (1ull << w) - 1;
      ws |= bytes << k;
      if (k + w > 64)
        carry_ws |= bytes >> (64 - k);
      if (k + w - 1 < 64)
        quiet |= 1ull << (k + w - 1); /* U+3000 is two spaces wide, U+00A0 one */
      else
        carry_quiet |= 1ull << (k + w - 1 - 64);
    }
    ws |= outside; /* the last token ends with the line */
    uint64_t after_ws = ws << 1 | before;
    uint64_t starts = ~ws & after_ws, ends = ws & ~after_ws;
    before = ws >> 63;
    unsigned from = 0; /* the window's quiet bytes before `from` are counted */
    for (;;) {
      if (!in_token) {
        if (!starts)
          break;
        unsigned k = (unsigned)__builtin_ctzll(starts);
        starts &= starts - 1;
        if (quiet)
          quiet_in_gap += count_bits(quiet & ((1ull << k) - 1) & (~0ull << from));
        start = base + k;
        int gap = n ? (int)(start - gap_from) - quiet_in_gap : 0;
        wide_gap |= gap >= 2;
        if (n == cap)
          t = grow_tokens(l, t, n, &cap);
        t[n++] = (token){start, 0, gap, false};
        in_token = true;
      } else {
        if (!ends)
          break;
        unsigned k = (unsigned)__builtin_ctzll(ends);
        ends &= ends - 1;
        t[n - 1].end = gap_from = base + k;
        quiet_in_gap = 0;
        from = k;
        in_token = false;
      }
    }
    if (!in_token && quiet)
      quiet_in_gap += count_bits(quiet & ~outside & (~0ull << from));
  }
  if (in_token)
    t[n - 1].end = end;
  l->t = t;
  l->n = n;
  l->cap = cap;
  l->wide_gap = wide_gap;
}
#endif

/* Lines shorter than this are split a byte at a time: most lines asked are one short cell
 * ("0", "行政许可"), for which a window costs more than their bytes. */
enum { WIDE_LINE = 32 };

void nb_tok_split_tokens(const char *s, size_t len, nb_span line, token_list *l) {
#if defined(__SSE2__)
  if (line.end - line.start >= WIDE_LINE) {
    split_tokens_wide(s, len, line, l);
    return;
  }
#else
  (void)len;
#endif
  /* Most short lines are one cell: after their indentation of spaces, no byte that may start
   * whitespace. One scan settles them. */
  size_t first = nb_skip_ascii_spaces(s, line.start, line.end);
  if (nb_tok_next_space_lead(s, first, line.end) == line.end) {
    l->t = l->local;
    l->n = first < line.end;
    l->cap = LOCAL_TOKENS;
    l->wide_gap = false;
    l->local[0] = (token){first, line.end, 0, false};
    return;
  }
  nb_tok_split_tokens_simple(s, line, l);
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
static bool looks_spaced(const char *s, token_list *l) {
  token *t = l->t;
  int n = l->n;
  if (n < 2)
    return false;
  bool wide = l->wide_gap; /* the split noted it */
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

bool nb_tok_spaced_row(const nb_stream *s, int item, nb_obs_table *out, bool *unbroken,
                       nb_span *run) {
  token_list tokens;
  nb_tok_split_tokens(s->text, s->len, s->items[item].span, &tokens);
  const token *t = tokens.t;
  int n = tokens.n;
  *unbroken = n <= 1;
  /* The line trimmed is its one token trimmed (unless that is empty): what the split took for
   * whitespace around it nb_trim_span takes for whitespace as well. */
  if (n == 1)
    *run = nb_span_make(t[0].start, t[0].end);
  if (!looks_spaced(s->text, &tokens)) {
    free_tokens(&tokens);
    return false;
  }
  nb_obs_row *row = nb_tok_row_for_item(s, item, NB_LAYOUT_SPACED, false, -1, out);
  nb_obs_row_reserve(out, row, n); /* a cell a token at most */
  /* The cells are written in the room reserved, through a local pointer: through the row, each
   * made the compiler read its count and room back (a joined text's bytes might be them). */
  nb_obs_cell *cell = row->cells + row->ncells;
  int owned = 0;
  for (int k = 0; k < n;) {
    int last = k;
    if (!t[k].numeric)
      while (last + 1 < n && !t[last + 1].numeric && t[last + 1].gap_before <= LABEL_GAP)
        last++;
    char *text = last > k ? join_tokens(s->text, t, k, last) : NULL;
    *cell++ = (nb_obs_cell){
        .span = nb_span_make(t[k].start, t[last].end), .text = text, .col = -1, .colspan = 1};
    owned += text != NULL;
    k = last + 1;
  }
  row->ncells = (int)(cell - row->cells);
  row->owned_texts += owned;
  free_tokens(&tokens);
  return true;
}
