#include "prose_text.h"

#include <pthread.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NB_PROSE_WIDE_PATH 1
#endif
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"
#include "prose_words.h"

/* Where the bytes a sentence end may start with lie in the buffer, noted while it is built: the
 * builder looks at each such byte anyway (they are punctuation, off its fast path for CJK
 * ideographs), and finding the sentences from these places spares a second scan of every byte
 * of the prose (one that stopped at each of its many commas). */
typedef struct {
  /* A place (the low 32 bits) and the length of the end there when the builder knows it (the
   * high bits; 0: find_sentences looks the end up). */
  uint64_t *at;
  size_t n, cap;
  bool usable; /* the ends' first bytes are all ones the builder notes (sentence_end_table) */
  /* Every end is one whole character: a character the builder copies that starts an end is
   * that end, and its length is known without comparing it with the ends. */
  bool one_char_ends;
} end_marks;

typedef struct {
  nb_prose *p;
  size_t cap;
  end_marks marks;
  const bool *end_first; /* the first bytes of the sentence ends */
} builder;

/* A place where an end may start; `len`, when not 0, the length of the end known there. */
static inline void note_mark(builder *b, size_t at, size_t len) {
  end_marks *m = &b->marks;
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 1024;
    m->at = nb_xrealloc(m->at, m->cap * sizeof *m->at);
  }
  m->at[m->n++] = (uint64_t)(uint32_t)at | (uint64_t)len << 32;
}

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* How many of the eight bytes at p are digits before the first that is none; the bytes as a
 * word in *x. */
static inline size_t leading_digit_count8(const char *p, uint64_t *x) {
  const uint64_t ones = 0x0101010101010101u;
  memcpy(x, p, 8);
  /* A byte is a digit when its high nibble is 3 and stays 3 with 6 added (0x30…0x39). Adding 6
   * to a byte of FA or more carries into the next, but that byte is no digit itself, and only
   * bytes after it see the carry. */
  uint64_t other =
      ((*x & 0xF0 * ones) ^ 0x30 * ones) | (((*x + 6 * ones) & 0xF0 * ones) ^ 0x30 * ones);
  return other ? (size_t)__builtin_ctzll(other) / 8 : 8;
}
#endif

/* The end of the run of digits from s[i] on inside [i, to). The prose's numbers are mostly one
 * to four digits long: a loop over them mispredicted its end at nearly every number. */
static inline size_t digits_end(const char *s, size_t i, size_t to) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (to - i >= 8) {
    uint64_t x;
    size_t k = leading_digit_count8(s + i, &x);
    i += k;
    if (k < 8)
      return i;
  }
#endif
  while (i < to && is_digit(s[i]))
    i++;
  return i;
}

/* A digit lands at buf[at], after the byte `before` (0 at the start): a run of digits starts
 * there unless `before` is one. */
static inline void note_digit(nb_prose *p, size_t at, char before) {
  if (is_digit(before))
    return;
  if (p->ndigit_runs == p->digit_runs_cap) {
    p->digit_runs_cap = p->digit_runs_cap ? p->digit_runs_cap * 2 : 256;
    p->digit_runs = nb_xrealloc(p->digit_runs, p->digit_runs_cap * sizeof *p->digit_runs);
  }
  p->digit_runs[p->ndigit_runs++] = (uint32_t)at;
}

/* Room for n more bytes and the NUL. */
static void reserve(builder *b, size_t n) {
  nb_prose *p = b->p;
  if (p->len + n + 1 > b->cap) {
    while (p->len + n + 1 > b->cap)
      b->cap = b->cap ? b->cap * 2 : 1024;
    p->buf = nb_xrealloc(p->buf, b->cap);
  }
}

/* The next byte of the buffer comes from source[from]: a new run unless the last run goes on
 * there. */
static inline void map_next(nb_prose *p, size_t from) {
  if (p->nruns > 0) {
    const nb_prose_run *last = &p->runs[p->nruns - 1];
    if ((size_t)last->source + (p->len - last->prose) == from)
      return;
  }
  if (p->nruns == p->runs_cap) {
    p->runs_cap = p->runs_cap ? p->runs_cap * 2 : 64;
    p->runs = nb_xrealloc(p->runs, p->runs_cap * sizeof *p->runs);
  }
  p->runs[p->nruns++] = (nb_prose_run){(uint32_t)p->len, (uint32_t)from};
}

/* Appends n bytes standing for the source character at `from`, after reserve(): the character
 * itself (a copy), or one byte in its place (a digit for a full-width one, a break). */
static inline void put_reserved(nb_prose *p, const char *bytes, size_t n, size_t from) {
  map_next(p, from);
  memcpy(p->buf + p->len, bytes, n);
  p->len += n;
}

static void put(builder *b, const char *bytes, size_t n, size_t from) {
  reserve(b, n);
  if (n > 0 && b->end_first[(unsigned char)bytes[0]])
    /* One ASCII byte that starts an end is that end when every end is one character. */
    note_mark(b, b->p->len,
              b->marks.one_char_ends && n == 1 && (unsigned char)bytes[0] < 0x80 ? 1 : 0);
  put_reserved(b->p, bytes, n, from);
  b->p->buf[b->p->len] = '\0';
}

/* One hard break, never two in a row, never at the start. */
static void hard_break(builder *b, size_t at) {
  if (b->p->len > 0 && b->p->buf[b->p->len - 1] != '\n')
    put(b, "\n", 1, at);
}

/* The characters the prose leaves out: spaces of every width and Markdown's marks. */
static const uint32_t dropped_cps[] = {' ',  '\t', '\r', '\f', '\v', 0x3000,
                                       0xA0, '*',  '#',  '>',  '`',  0xFEFF};
enum { FULL_WIDTH_ZERO = 0xFF10 }; /* the full-width digits, turned into ASCII ones */

/* A set of code points, asked about at every stop of the builder (every comma and full stop of
 * the prose): a bit per code point of the BMP, a list for the others. */
enum { MAX_ASTRAL = 16 };
typedef struct {
  uint64_t bmp[0x10000 / 64];
  uint32_t astral[MAX_ASTRAL];
  int nastral;
} cp_set;

/* False when the set is full (the caller then answers "maybe" for every code point). */
static bool cp_set_add(cp_set *set, uint32_t cp) {
  if (cp < 0x10000)
    set->bmp[cp / 64] |= (uint64_t)1 << (cp % 64);
  else if (set->nastral < MAX_ASTRAL)
    set->astral[set->nastral++] = cp;
  else
    return false;
  return true;
}

static bool cp_set_has(const cp_set *set, uint32_t cp) {
  if (cp < 0x10000)
    return set->bmp[cp / 64] >> (cp % 64) & 1;
  for (int k = 0; k < set->nastral; k++)
    if (set->astral[k] == cp)
      return true;
  return false;
}

/* dropped_cps as a set (filled with copy_stops, below). */
_Static_assert(sizeof dropped_cps / sizeof *dropped_cps <= MAX_ASTRAL, "dropped_cps fit a cp_set");
static cp_set dropped_set;

static bool is_dropped(uint32_t cp) {
  return cp_set_has(&dropped_set, cp);
}

/* The bytes at which put_line looks at the character: the first bytes of the characters it
 * drops or replaces and of the sentence ends it notes. None is a continuation byte, so each
 * starts a character; every other byte is copied as it is, without decoding (most prose is CJK
 * ideographs, none of whose bytes is here). */
static bool copy_stops[256];
static pthread_once_t copy_stops_once = PTHREAD_ONCE_INIT;
/* No byte of a CJK ideograph (lead E4-E9, continuation 80-BF) is a copy stop: next_copy_stop
 * may then pass over sixteen of them at once. */
static bool ideographs_never_stop;
/* The three-byte characters put_line does something with: those it drops or replaces and those
 * a sentence end may start with. The commonest punctuation ("，", "、", "：") shares its first
 * byte with them but is copied like an ideograph; next_copy_stop passes over it when
 * quiet_chars_known (every end is known by its first code point). */
static cp_set loud_cps;
static bool quiet_chars_known;

static const bool *sentence_end_firsts(bool *markable, bool *one_char);
static bool may_start_end(uint32_t cp);
static bool add_end_firsts(cp_set *set);
static void fill_wide_stops(void);

static void fill_copy_stops(void) {
  bool *stops = copy_stops;
  char enc[4];
  for (size_t k = 0; k < sizeof dropped_cps / sizeof *dropped_cps; k++) {
    nb_utf8_put(enc, dropped_cps[k]);
    stops[(unsigned char)enc[0]] = true;
    cp_set_add(&dropped_set, dropped_cps[k]);
    cp_set_add(&loud_cps, dropped_cps[k]);
  }
  for (uint32_t cp = FULL_WIDTH_ZERO; cp <= FULL_WIDTH_ZERO + 9; cp++) {
    nb_utf8_put(enc, cp);
    stops[(unsigned char)enc[0]] = true;
    cp_set_add(&loud_cps, cp);
  }
  cp_set_add(&loud_cps, 0xFFFD); /* what a byte that is no character reads as */
  quiet_chars_known = add_end_firsts(&loud_cps);
  for (char c = '0'; c <= '9'; c++) /* for the digit runs */
    stops[(unsigned char)c] = true;
  bool markable, one_char;
  const bool *ends = sentence_end_firsts(&markable, &one_char);
  for (int c = 0; c < 256; c++)
    stops[c] = stops[c] || ends[c];
  ideographs_never_stop = true;
  for (int c = 0x80; c < 256; c++)
    if (stops[c] && (c <= 0xBF || (c >= 0xE4 && c <= 0xE9)))
      ideographs_never_stop = false;
  fill_wide_stops();
}

/* Whether text[at…] is a whole three-byte character inside [at, to) that put_line copies
 * like an ideograph (decoded as nb_utf8_next does). */
static inline bool is_quiet_char(const char *text, size_t at, size_t to) {
  const unsigned char *u = (const unsigned char *)text + at;
  if (!quiet_chars_known || (u[0] & 0xF0) != 0xE0 || to - at < 3 || (u[1] & 0xC0) != 0x80 ||
      (u[2] & 0xC0) != 0x80)
    return false;
  uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
  return !cp_set_has(&loud_cps, cp);
}

/* The next copy stop in text[i, to), or `to`; text[0, readable) may be read (the report's text:
 * the lines of the prose end inside it). Most prose is runs of ideographs between commas, a few
 * dozen bytes long: sixteen bytes are settled per step, and only those that are no byte of an
 * ideograph are looked up. A line's last block is read whole and its bytes past `to` ignored. */
static inline size_t next_copy_stop(const char *text, size_t i, size_t to, size_t readable) {
#if defined(__SSE2__)
  if (ideographs_never_stop) {
    const __m128i top2 = _mm_set1_epi8((char)0xC0), cont = _mm_set1_epi8((char)0x80);
    const __m128i lead0 = _mm_set1_epi8((char)0xE4), lead_span = _mm_set1_epi8(0xE9 - 0xE4);
    /* The blocks read lie inside text[0, readable) and start before `to`: one bound, found
     * once, instead of two tests per block. */
    size_t stop = readable >= 16 ? readable - 15 : 0;
    if (stop > to)
      stop = to;
    for (; i < stop; i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
      __m128i is_cont = _mm_cmpeq_epi8(_mm_and_si128(v, top2), cont);
      __m128i off = _mm_sub_epi8(v, lead0); /* E4-E9 as 0-5, unsigned */
      __m128i is_lead = _mm_cmpeq_epi8(_mm_min_epu8(off, lead_span), off);
      unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(is_cont, is_lead)) & 0xFFFF;
      if (to - i < 16)
        other &= (1u << (to - i)) - 1;
      for (; other; other &= other - 1) {
        size_t at = i + (size_t)__builtin_ctz(other);
        if (copy_stops[(unsigned char)text[at]] && !is_quiet_char(text, at, to))
          return at;
      }
    }
    if (i >= to)
      return to;
  }
#endif
  (void)readable;
  return nb_next_byte_in(text, i, to, copy_stops);
}

/* The copy stops of thirty-two bytes at a time with AVX2, told exactly: the byte test above
 * settles only the bytes of ideographs, and every other byte of a block (the commas, the "、",
 * the Latin letters of the prose) was looked up one by one in a loop whose length changed from
 * block to block, the builder's costliest mispredictions. Here each byte is looked up in
 * copy_stops by its two halves (a shuffle per half), and the quiet characters of the commonest
 * punctuation are told from the loud ones sharing their first two bytes by the third. */
enum { WIDE_FAMILIES = 2 };
static struct {
  bool usable; /* the processor has AVX2 */
  /* Bit h of stop_low[l]: byte h << 4 | l is a copy stop; stop_high the same for h + 8. */
  unsigned char stop_low[16], stop_high[16];
  /* The first two bytes of the three-byte clause ends' characters ("，" EF BC, "、" E3 80):
   * the characters starting with them are quiet unless loud_third says otherwise. Unused
   * families hold continuation bytes, which never start a copy stop. */
  unsigned char lead[WIDE_FAMILIES], second[WIDE_FAMILIES];
  /* Bit (t >> 4 & 3) + 4 f of loud_third[t & 15]: family f followed by t is a loud character. */
  unsigned char loud_third[16];
} wide_stops;
_Static_assert(WIDE_FAMILIES * 4 <= 8, "the families' third bytes share a byte of loud_third");

/* Whether the clause end `word` is one quiet three-byte character whose first byte is a stop
 * (its family then lets the wide finder pass over it and its like). */
static bool is_quiet_family(const char *word) {
  return strlen(word) == 3 && copy_stops[(unsigned char)word[0]] && is_quiet_char(word, 0, 3);
}

static void add_wide_family(int *n, const char *word) {
  unsigned char lead = (unsigned char)word[0], second = (unsigned char)word[1];
  for (int f = 0; f < *n; f++)
    if (wide_stops.lead[f] == lead && wide_stops.second[f] == second)
      return;
  if (*n == WIDE_FAMILIES)
    return;
  wide_stops.lead[*n] = lead;
  wide_stops.second[*n] = second;
  for (unsigned t = 0x80; t <= 0xBF; t++) {
    uint32_t cp = (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(second & 0x3F) << 6 | (t & 0x3F);
    if (cp_set_has(&loud_cps, cp))
      wide_stops.loud_third[t & 15] |= (unsigned char)(1u << ((t >> 4 & 3) + 4 * (unsigned)*n));
  }
  (*n)++;
}

static void fill_wide_stops(void) {
  for (int c = 0; c < 256; c++)
    if (copy_stops[c]) {
      unsigned char *row = c < 0x80 ? wide_stops.stop_low : wide_stops.stop_high;
      row[c & 15] |= (unsigned char)(1u << (c >> 4 & 7));
    }
  for (int f = 0; f < WIDE_FAMILIES; f++)
    wide_stops.lead[f] = wide_stops.second[f] = 0x80;
  int n = 0;
  for (int k = 0; nb_pw_clause_ends[k]; k++)
    if (is_quiet_family(nb_pw_clause_ends[k]))
      add_wide_family(&n, nb_pw_clause_ends[k]);
#if defined(NB_PROSE_WIDE_PATH)
  wide_stops.usable = __builtin_cpu_supports("avx2");
#endif
}

static _Atomic bool wide_scan_allowed = true;

void nb_prose_allow_wide_scan(bool allow) {
  atomic_store_explicit(&wide_scan_allowed, allow, memory_order_relaxed);
}

#if defined(NB_PROSE_WIDE_PATH)
typedef struct {
  __m256i nibble, stop_low, stop_high, bit_of_high, bit_of_third, loud_third;
  __m256i lead[WIDE_FAMILIES], second[WIDE_FAMILIES];
} wide_tables;

__attribute__((target("avx2"))) static inline __m256i broadcast16(const unsigned char *t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)t));
}

__attribute__((target("avx2"))) static inline wide_tables load_wide_tables(void) {
  static const unsigned char bit_of_high[16] = {1, 2, 4, 8, 16, 32, 64, 128,
                                                1, 2, 4, 8, 16, 32, 64, 128};
  /* By the third byte's high half: a continuation byte's bits 4-5 as a bit; none for any
   * other byte, which ends no quiet character. */
  static const unsigned char bit_of_third[16] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8};
  wide_tables w;
  w.nibble = _mm256_set1_epi8(0x0F);
  w.stop_low = broadcast16(wide_stops.stop_low);
  w.stop_high = broadcast16(wide_stops.stop_high);
  w.bit_of_high = broadcast16(bit_of_high);
  w.bit_of_third = broadcast16(bit_of_third);
  w.loud_third = broadcast16(wide_stops.loud_third);
  for (int f = 0; f < WIDE_FAMILIES; f++) {
    w.lead[f] = _mm256_set1_epi8((char)wide_stops.lead[f]);
    w.second[f] = _mm256_set1_epi8((char)wide_stops.second[f]);
  }
  return w;
}

/* The copy stops among the 32 bytes at t, and the places among them starting a quiet character
 * of a family (the character's three bytes need not lie inside the line): t[0, 34) is read. */
typedef struct {
  __m256i stops, quiet;
} wide_places;

__attribute__((target("avx2"))) static inline wide_places wide_block(const wide_tables *w,
                                                                     const char *t) {
  __m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)t);
  __m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(t + 1));
  __m256i x2 = _mm256_loadu_si256((const __m256i *)(const void *)(t + 2));
  __m256i low = _mm256_and_si256(x0, w->nibble);
  __m256i high = _mm256_and_si256(_mm256_srli_epi16(x0, 4), w->nibble);
  /* The row of the byte's low half, from the table of its top bit's half. */
  __m256i row = _mm256_blendv_epi8(_mm256_shuffle_epi8(w->stop_low, low),
                                   _mm256_shuffle_epi8(w->stop_high, low), x0);
  __m256i bit = _mm256_shuffle_epi8(w->bit_of_high, high);
  wide_places out;
  out.stops = _mm256_cmpeq_epi8(_mm256_and_si256(row, bit), bit);
  __m256i third_low = _mm256_and_si256(x2, w->nibble);
  __m256i third_high = _mm256_and_si256(_mm256_srli_epi16(x2, 4), w->nibble);
  __m256i loud_row = _mm256_shuffle_epi8(w->loud_third, third_low);
  /* No bit when the third byte is no continuation byte: the test below then calls it loud. */
  __m256i family_bit = _mm256_shuffle_epi8(w->bit_of_third, third_high);
  out.quiet = _mm256_setzero_si256();
  for (int f = 0; f < WIDE_FAMILIES; f++, family_bit = _mm256_slli_epi16(family_bit, 4)) {
    __m256i in_family =
        _mm256_and_si256(_mm256_cmpeq_epi8(x0, w->lead[f]), _mm256_cmpeq_epi8(x1, w->second[f]));
    __m256i loud = _mm256_cmpeq_epi8(_mm256_and_si256(loud_row, family_bit), family_bit);
    out.quiet = _mm256_or_si256(out.quiet, _mm256_andnot_si256(loud, in_family));
  }
  return out;
}

__attribute__((target("avx2"))) static inline uint32_t wide_mask(__m256i places) {
  return (uint32_t)_mm256_movemask_epi8(places);
}

/* The bits of the first n places of a block (n < 32). */
static inline uint32_t first_places(size_t n) {
  return (1u << n) - 1;
}

/* next_copy_stop with wide blocks: the first copy stop in text[i, to) that is not a quiet
 * character of a family, or `to`; or, when fewer than 34 bytes of text are left to read, the
 * place where the blocks end (*done false). The stops it may return past are exactly the
 * quiet characters next_copy_stop would look at and pass over. */
__attribute__((target("avx2"))) static inline size_t next_copy_stop_wide(const wide_tables *w,
                                                                         const char *text, size_t i,
                                                                         size_t to, size_t readable,
                                                                         bool *done) {
  *done = true;
  for (; to - i >= 34; i += 32) { /* the quiet characters lie whole inside the line */
    wide_places block = wide_block(w, text + i);
    uint32_t stops = wide_mask(_mm256_andnot_si256(block.quiet, block.stops));
    if (stops)
      return i + (size_t)__builtin_ctz(stops);
  }
  if (i >= to)
    return to;
  if (readable - i < 34) {
    *done = false;
    return i;
  }
  /* The line's last bytes: a character running past its end is never quiet. */
  size_t left = to - i;
  wide_places block = wide_block(w, text + i);
  uint32_t stops = wide_mask(block.stops), quiet = wide_mask(block.quiet);
  if (left < 32)
    stops &= first_places(left);
  stops &= ~(quiet & (left >= 2 ? first_places(left - 2) : 0));
  return stops ? i + (size_t)__builtin_ctz(stops) : to;
}
#endif

static bool in_table(const nb_report *r, nb_span s) {
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *tb = &r->tables[t];
    if (tb->found && s.start < tb->span.end && s.end > tb->span.start)
      return true;
  }
  return false;
}

/* Whether an item is a heading or overlaps a section heading. Items come in document order, and
 * so do the headings: the first heading ending after the item starts is found by a cursor that
 * only moves forward (a scan from the first per item was quadratic on documents with many
 * reports; a binary search per item still cost more than the rest of the test). */
static bool is_heading(const nb_report *r, const nb_stream_item *it, int *next_heading) {
  if (it->kind == NB_ITEM_HEADING)
    return true;
  int k = *next_heading;
  while (k > 0 && r->sections[k - 1].heading.end > it->span.start)
    k--; /* an item that starts before the last one did */
  while (k < r->nsections && r->sections[k].heading.end <= it->span.start)
    k++;
  *next_heading = k;
  return k < r->nsections && it->span.end > r->sections[k].heading.start;
}

/* "-1-", "- 2 -", "第3页": page furniture pdftotext leaves between the halves of a sentence.
 * [a, e) is trimmed. */
static bool is_page_number(const char *s, size_t a, size_t e) {
  size_t digits = 0;
  for (size_t i = a; i < e;) { /* stops at the first character no page number has */
    uint32_t cp = nb_utf8_next(s, e, &i);
    if (cp >= '0' && cp <= '9') {
      if (++digits > 4)
        return false;
    } else if (!(cp == '-' || cp == 0x2014 || cp == 0xFF0D || cp == ' ' || cp == 0x7B2C /* 第 */ ||
                 cp == 0x9875 /* 页 */ || cp == '\f')) {
      return false;
    }
  }
  return digits > 0;
}

/* Markup lines a front-end left as text: pipe-table rows the reader did not take, HTML. [a, e)
 * is trimmed. */
static bool is_markup_line(const char *s, size_t a, size_t e) {
  return a < e && (s[a] == '|' || s[a] == '<');
}

/* put_line's loop, with the wide stop finder or without: inlined into one function of each
 * kind, so that the finder's tables stay in registers for the whole line. */
static inline __attribute__((always_inline)) void
put_line_with(builder *b, const char *text, size_t text_len, nb_span span, bool wide) {
  nb_prose *p = b->p;
#if defined(NB_PROSE_WIDE_PATH)
  wide_tables w;
  if (wide)
    w = load_wide_tables();
#else
  (void)wide;
#endif
  for (size_t i = span.start; i < span.end;) {
    /* A stretch of characters kept as they are is mapped and copied at once; only the
     * characters at copy stops are decoded and tested. */
    size_t start = i;
    for (;;) {
      bool found = false;
#if defined(NB_PROSE_WIDE_PATH)
      if (wide)
        i = next_copy_stop_wide(&w, text, i, span.end, text_len, &found);
#endif
      if (!found)
        i = next_copy_stop(text, i, span.end, text_len);
      if (i >= span.end)
        break;
      size_t next = i;
      uint32_t cp = nb_utf8_next(text, span.end, &next);
      if (is_dropped(cp) || (cp >= FULL_WIDTH_ZERO && cp <= FULL_WIDTH_ZERO + 9))
        break;
      /* It lands where the stretch is copied, below. */
      if (b->end_first[(unsigned char)text[i]] && may_start_end(cp))
        note_mark(b, p->len + (i - start), b->marks.one_char_ends && cp != 0xFFFD ? next - i : 0);
      if (cp >= '0' && cp <= '9') {
        /* The byte before it in the buffer: the stretch's own, or the buffer's last. */
        char before = i > start ? text[i - 1] : p->len > 0 ? p->buf[p->len - 1] : '\0';
        note_digit(p, p->len + (i - start), before);
        next = digits_end(text, next, span.end); /* copied with the stretch */
      }
      i = next;
    }
    if (i > start) {
      map_next(p, start);
      memcpy(p->buf + p->len, text + start, i - start);
      p->len += i - start;
    }
    if (i >= span.end)
      break;
    size_t at = i;
    uint32_t cp = nb_utf8_next(text, span.end, &i);
    if (is_dropped(cp))
      continue;
    char d = (char)('0' + (cp - FULL_WIDTH_ZERO)); /* a full-width digit */
    if (b->end_first[(unsigned char)d])
      note_mark(b, p->len, 0);
    note_digit(p, p->len, p->len ? p->buf[p->len - 1] : 0);
    put_reserved(p, &d, 1, at);
  }
  p->buf[p->len] = '\0';
}

#if defined(NB_PROSE_WIDE_PATH)
__attribute__((target("avx2"), noinline)) static void put_line_wide(builder *b, const char *text,
                                                                    size_t text_len, nb_span span) {
  put_line_with(b, text, text_len, span, true);
}
#endif

static void put_line(builder *b, const char *text, size_t text_len, nb_span span) {
  if (span.end <= span.start)
    return;
  /* A line never grows: characters are kept, dropped or turned into one ASCII digit. So room
   * is made once per line, not checked per character (this runs over every prose byte). */
  reserve(b, span.end - span.start);
#if defined(NB_PROSE_WIDE_PATH)
  if (wide_stops.usable && atomic_load_explicit(&wide_scan_allowed, memory_order_relaxed)) {
    put_line_wide(b, text, text_len, span);
    return;
  }
#endif
  put_line_with(b, text, text_len, span, false);
}

/* The sentences of the whole buffer (defined with the sentence ends below), from the marks when
 * they are usable. */
static void find_sentences(nb_prose *p, const end_marks *marks);

static void build_text(const nb_report *r, builder *bp) {
  builder b = *bp;
  nb_prose *p = b.p;
  p->source = r->text;
  p->source_len = r->len;
  put(&b, "", 0, 0);
  if (r->len >= UINT32_MAX) {
    *bp = b;
    return;
  }
  /* The prose is about as long as the text (lines never grow; a break stands for at least a
   * line feed or a skipped item). Sizing both buffers for the text at once replaces the dozen
   * reallocations doubling from 1 KiB, each copying all the prose so far; reserve() still
   * grows them should the prose come out longer. */
  if (r->len + 1 > b.cap) {
    b.cap = r->len + 1;
    p->buf = nb_xrealloc(p->buf, b.cap);
  }
  /* Once per report, not per line: put_line runs for every line of the prose. */
  pthread_once(&copy_stops_once, fill_copy_stops);
  bool glue = false; /* a page number was skipped: the sentence may go on */
  int next_heading = 0;
  for (int i = 0; i < r->stream.nitems; i++) {
    const nb_stream_item *it = &r->stream.items[i];
    size_t a = it->span.start, e = it->span.end;
    /* The tables first: most items that are no row lie in one (a line of a table the reader
     * did not take as rows), and the heading cursor finds its place whatever it skipped. */
    bool structure =
        it->kind == NB_ITEM_ROW || in_table(r, it->span) || is_heading(r, it, &next_heading);
    if (!structure)
      nb_trim_span(r->text, &a, &e); /* once for both tests below */
    if (structure || is_markup_line(r->text, a, e)) {
      hard_break(&b, it->span.start);
      glue = false;
      continue;
    }
    if (is_page_number(r->text, a, e)) {
      glue = true;
      continue;
    }
    if (it->blank_before && !glue)
      hard_break(&b, it->span.start);
    glue = false;
    put_line(&b, r->text, r->len, it->span);
  }
  *bp = b;
}

void nb_prose_build(const nb_report *r, nb_prose *p) {
  memset(p, 0, sizeof *p);
  builder b = {p, 0, {NULL, 0, 0, false, false}, NULL};
  b.end_first = sentence_end_firsts(&b.marks.usable, &b.marks.one_char_ends);
  build_text(r, &b);
  find_sentences(p, &b.marks);
  free(b.marks.at);
}

void nb_prose_free(nb_prose *p) {
  free(p->sentences);
  free(p->buf);
  free(p->runs);
  free(p->digit_runs);
  memset(p, 0, sizeof *p);
}

nb_span nb_prose_span(const nb_prose *p, size_t s, size_t e) {
  if (p->len == 0)
    return nb_span_make(0, 0);
  if (s >= p->len)
    s = p->len - 1;
  if (e <= s)
    e = s + 1;
  if (e > p->len)
    e = p->len;
  size_t end = nb_prose_source(p, e - 1);
  if (p->buf[e - 1] != '\n' && end < p->source_len) /* a hard break stands for no character */
    nb_utf8_next(p->source, p->source_len, &end);
  return nb_span_make(nb_prose_source(p, s), end);
}

size_t nb_prose_source(const nb_prose *p, size_t at) {
  if (p->nruns == 0)
    return 0;
  size_t lo = 0, hi = p->nruns; /* the last run starting at or before `at` */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->runs[mid].prose <= at)
      lo = mid;
    else
      hi = mid;
  }
  const nb_prose_run *run = &p->runs[lo];
  /* Inside a copied character: back to its first byte. A byte put in place of a character is
   * ASCII, never a continuation byte. */
  while (at > run->prose && ((unsigned char)p->buf[at] & 0xC0) == 0x80)
    at--;
  return run->source + (at - run->prose);
}

/* The sentence ends with their lengths, and the bytes they start with. Tested at every byte
 * of the prose, for every rule that walks sentences (three or four walks over all of it): the
 * byte is looked up first, and the few candidates are compared byte by byte on a known length
 * rather than with strncmp (strncmp per candidate was a fifth of the walk on a large document). */
enum { MAX_SENTENCE_ENDS = 16 };
_Static_assert((int)MAX_SENTENCE_ENDS <= (int)MAX_ASTRAL,
               "the first code points of the ends fit a cp_set");
typedef struct {
  bool first[256];
  /* Bit k set in by_first[c] when end k (k < MAX_SENTENCE_ENDS) starts with byte c: a place
   * holding "，" is not compared with all the ends to find that none is there. */
  uint16_t by_first[256];
  int count;
  size_t len[MAX_SENTENCE_ENDS];
  bool complete; /* every end of the list is in len[]; else the rest are measured per call */
  /* The code points the ends start with (when complete): a copied character that is none of
   * them, nor a byte that is no character, starts no end in the buffer. */
  cp_set first_cps;
  /* The builder notes every place holding a byte of first[]: none is a byte it passes over
   * unseen (a continuation byte, or the lead byte of a CJK ideograph on its fast path). */
  bool markable;
  bool one_char; /* complete, and every end is one character (none U+FFFD) */
} sentence_ends;

static sentence_ends sentence_ends_table;
static pthread_once_t sentence_ends_once = PTHREAD_ONCE_INIT;

static void fill_sentence_ends(void) {
  sentence_ends *t = &sentence_ends_table;
  int k = 0;
  for (; nb_pw_sentence_ends[k]; k++) {
    t->first[(unsigned char)nb_pw_sentence_ends[k][0]] = true;
    if (k < MAX_SENTENCE_ENDS) {
      t->len[k] = strlen(nb_pw_sentence_ends[k]);
      t->by_first[(unsigned char)nb_pw_sentence_ends[k][0]] |= (uint16_t)(1u << k);
    }
  }
  t->count = k < MAX_SENTENCE_ENDS ? k : MAX_SENTENCE_ENDS;
  t->complete = k <= MAX_SENTENCE_ENDS;
  t->one_char = t->complete;
  for (int e = 0; e < t->count; e++) {
    size_t at = 0;
    uint32_t cp = nb_utf8_next(nb_pw_sentence_ends[e], t->len[e], &at);
    cp_set_add(&t->first_cps, cp);
    t->one_char = t->one_char && at == t->len[e] && cp != 0xFFFD;
  }
  t->markable = true;
  for (int c = 0; c < 256; c++)
    if (t->first[c] && (c == 0 || (c >= 0x80 && c <= 0xBF) || (c >= 0xE4 && c <= 0xE9)))
      t->markable = false;
}

/* Filled once, like copy_stops: the library's tables of template data are built under
 * pthread_once so that two threads may lint at once. */
static const sentence_ends *sentence_end_table(void) {
  pthread_once(&sentence_ends_once, fill_sentence_ends);
  return &sentence_ends_table;
}

/* Length of the sentence end starting at s[i] (the first of the list that does), or 0.
 * s[len] is the NUL and the ends hold no NUL byte, so an end matches only when all of it lies
 * before len: the bounded comparison says exactly what strncmp said. */
static size_t sentence_end_at(const sentence_ends *t, const char *s, size_t i, size_t len) {
  for (unsigned ks = t->by_first[(unsigned char)s[i]]; ks; ks &= ks - 1) {
    int k = __builtin_ctz(ks);
    size_t n = t->len[k];
    if (n <= len - i && nb_same_bytes(s + i, nb_pw_sentence_ends[k], n))
      return n;
  }
  if (!t->complete)
    for (int k = MAX_SENTENCE_ENDS; nb_pw_sentence_ends[k]; k++) {
      size_t n = strlen(nb_pw_sentence_ends[k]);
      if (strncmp(s + i, nb_pw_sentence_ends[k], n) == 0)
        return n;
    }
  return 0;
}

/* Whether a sentence end may start in the buffer where a copied character lands (the table is
 * filled: the builder asked for sentence_end_firsts first). A character is copied whole, so an
 * end starts there only with its code point; a byte that is no character (U+FFFD) may become
 * one with the bytes after it once spaces between them are dropped. The builder notes only
 * these places, not every comma that shares an end's first byte. */
static bool may_start_end(uint32_t cp) {
  const sentence_ends *t = &sentence_ends_table;
  if (!t->complete || cp == 0xFFFD)
    return true;
  return cp_set_has(&t->first_cps, cp);
}

/* Adds the code points the ends start with to `set`; false when an end may start with others
 * (may_start_end answers yes for every code point). */
static bool add_end_firsts(cp_set *set) {
  const sentence_ends *t = sentence_end_table();
  for (size_t w = 0; w < sizeof set->bmp / sizeof *set->bmp; w++)
    set->bmp[w] |= t->first_cps.bmp[w];
  for (int k = 0; k < t->first_cps.nastral; k++)
    cp_set_add(set, t->first_cps.astral[k]);
  return t->complete;
}

static const bool *sentence_end_firsts(bool *markable, bool *one_char) {
  const sentence_ends *t = sentence_end_table();
  *markable = t->markable;
  *one_char = t->one_char;
  return t->first;
}

/* The first sentence end at or after i, or p->len; *n is its length. Four bytes are skipped at a
 * time while none of them could start one. */
static size_t next_end(const nb_prose *p, const sentence_ends *t, size_t i, size_t *n) {
  const char *buf = p->buf;
  const bool *first = t->first;
  while (i < p->len) {
    while (p->len - i >= 4 &&
           !(first[(unsigned char)buf[i]] | first[(unsigned char)buf[i + 1]] |
             first[(unsigned char)buf[i + 2]] | first[(unsigned char)buf[i + 3]]))
      i += 4;
    if (i >= p->len)
      break;
    if (first[(unsigned char)buf[i]] && (*n = sentence_end_at(t, buf, i, p->len)) != 0)
      return i;
    i++;
  }
  *n = 0;
  return p->len;
}

bool nb_prose_next_sentence(const nb_prose *p, size_t *pos, size_t *s, size_t *e) {
  const sentence_ends *t = sentence_end_table();
  size_t i = *pos;
  while (i < p->len) {
    size_t start = i, n;
    size_t end = next_end(p, t, i, &n);
    i = end + n;
    if (end > start) {
      *s = start;
      *e = end;
      *pos = i;
      return true;
    }
  }
  *pos = i;
  return false;
}

static void add_sentence(nb_prose *p, size_t *cap, size_t s, size_t e) {
  if (p->nsentences == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    p->sentences = nb_xrealloc(p->sentences, *cap * sizeof *p->sentences);
  }
  p->sentences[p->nsentences++] = (nb_prose_sentence){s, e};
}

/* What nb_prose_next_sentence returns from 0 on, found from the marks when they are usable:
 * every end starts at one, so a sentence runs from the end of the last end found to the next
 * mark where one is (an empty one is skipped), and the last to the end of the buffer. */
static void find_sentences(nb_prose *p, const end_marks *marks) {
  size_t start = 0, cap = 0, s, e;
  if (!marks->usable) {
    while (nb_prose_next_sentence(p, &start, &s, &e))
      add_sentence(p, &cap, s, e);
    return;
  }
  const sentence_ends *t = sentence_end_table();
  for (size_t m = 0; m < marks->n; m++) {
    size_t at = (uint32_t)marks->at[m], n = (size_t)(marks->at[m] >> 32);
    if (at < start || (n == 0 && (n = sentence_end_at(t, p->buf, at, p->len)) == 0))
      continue;
    if (at > start)
      add_sentence(p, &cap, start, at);
    start = at + n;
  }
  if (start < p->len)
    add_sentence(p, &cap, start, p->len);
}

size_t nb_prose_find(const char *s, size_t from, size_t to, const char *word) {
  size_t n = strlen(word);
  if (from >= to || n == 0)
    return (size_t)-1;
  const char *hit = nb_find_bytes(s + from, to - from, word, n);
  return hit ? (size_t)(hit - s) : (size_t)-1;
}

void nb_prose_cursor_init(nb_prose_cursor *c, const char *word) {
  c->word = word;
  c->len = strlen(word);
  c->next = 0;
  c->searched = false;
}

void nb_prose_cursor_search(nb_prose_cursor *c, const char *s, size_t len, size_t from) {
  c->searched = true;
  const char *hit = from < len ? nb_find_bytes(s + from, len - from, c->word, c->len) : NULL;
  c->next = hit ? (size_t)(hit - s) : (size_t)-1;
}

/* ---------------------------------------------------------------- word lists in one pass */

/* A static word list's search index, built on first use and kept by the list's address: the
 * rules search a clause or a sentence for every word of a list at each number, and one pass
 * testing each place against all the words' first three bytes (hashed into a bit set) costs a
 * fraction of one memmem per word. Lists holding a word shorter than three bytes, or more than
 * MAX_SET_WORDS words, are searched word by word. */
enum { MAX_SET_WORDS = 64, HEAD_BITS = 1024, MAX_SETS = 48 };

typedef struct {
  const char *const *words;
  int n;
  bool usable;
  uint32_t head[MAX_SET_WORDS]; /* the first three bytes */
  size_t len[MAX_SET_WORDS];
  uint64_t heads[HEAD_BITS / 64];
  /* The words whose head's slot is congruent to i modulo 64: at a place whose head is in the
   * set, only these are compared (one or two, not the whole list). */
  uint64_t by_slot[64];
} word_set;

/* Rules run on several threads at once: sets[0, nsets) are read without a lock (nsets is
 * published after the set it counts, with release order) and added under one. */
static word_set sets[MAX_SETS];
static _Atomic int nsets;
static pthread_mutex_t word_lists_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t head_of(const char *s) {
  return (uint32_t)(unsigned char)s[0] << 16 | (uint32_t)(unsigned char)s[1] << 8 |
         (unsigned char)s[2];
}

static unsigned head_slot(uint32_t head) {
  return (head * 2654435761u) >> 22; /* ten bits */
}

/* One pass costs about eight instructions a byte; memmem about fifty a word plus a fraction of
 * an instruction a byte (it skips to the word's last byte). Long sentences and short lists are
 * searched word by word. */
static bool one_pass_pays(const word_set *ws, size_t from, size_t to) {
  return (to - from) * 8 < (size_t)ws->n * 50;
}

/* Where the set of `words` lies among sets[0, n), or -1. */
static int set_among(const char *const *words, int n) {
  for (int i = 0; i < n; i++)
    if (sets[i].words == words)
      return i;
  return -1;
}

/* Where each list's set lies in sets[], plus one (0: not known), by a hash of the list's
 * address: rules ask for a handful of lists in turn, and comparing the list with every set
 * before its own (a jump per set, each in a cache line of its own) cost more than many of the
 * searches. A slot another list took is told by comparing the list. */
enum { SET_SLOTS = 64 };
static _Atomic int set_slots[SET_SLOTS];

static unsigned set_slot(const char *const *words) {
  return (unsigned)((uint64_t)(uintptr_t)words * 0x9E3779B97F4A7C15u >> 58);
}

static void fill_set(word_set *ws, const char *const *words) {
  memset(ws, 0, sizeof *ws);
  ws->words = words;
  ws->usable = true;
  for (int k = 0; words[k]; k++) {
    size_t n = strlen(words[k]);
    if (k >= MAX_SET_WORDS || n < 3) {
      ws->usable = false;
      return;
    }
    ws->len[k] = n;
    ws->head[k] = head_of(words[k]);
    unsigned slot = head_slot(ws->head[k]);
    ws->heads[slot / 64] |= (uint64_t)1 << (slot % 64);
    ws->by_slot[slot % 64] |= (uint64_t)1 << k;
    ws->n = k + 1;
  }
}

/* word_set_of's way when the slot does not say: a search of the sets, and the set added when
 * it is not there. Where the set lies, or -1 when there is no room for it. */
static __attribute__((noinline)) int find_or_add_set(const char *const *words, int n) {
  int k = set_among(words, n);
  if (k >= 0)
    return k;
  pthread_mutex_lock(&word_lists_lock);
  n = atomic_load_explicit(&nsets, memory_order_relaxed);
  k = set_among(words, n); /* another thread may have added it meanwhile */
  if (k < 0 && n < MAX_SETS) {
    fill_set(&sets[n], words);
    atomic_store_explicit(&nsets, n + 1, memory_order_release);
    k = n;
  }
  pthread_mutex_unlock(&word_lists_lock);
  return k;
}

static const word_set *word_set_of(const char *const *words) {
  unsigned slot = set_slot(words);
  /* sets[0, n) are complete: nsets is stored after the set it counts. */
  int n = atomic_load_explicit(&nsets, memory_order_acquire);
  int k = atomic_load_explicit(&set_slots[slot], memory_order_relaxed) - 1;
  if (!((unsigned)k < (unsigned)n && sets[k].words == words)) {
    k = find_or_add_set(words, n);
    if (k < 0)
      return NULL; /* no room: searched word by word */
    atomic_store_explicit(&set_slots[slot], k + 1, memory_order_relaxed);
  }
  return sets[k].usable ? &sets[k] : NULL;
}

/* Whether a word of the set may start at s[i] (its first three bytes' hash is in the set):
 * inline, as it rejects nearly every place. */
static inline bool may_start_word(const word_set *ws, uint32_t head) {
  unsigned slot = head_slot(head);
  return ws->heads[slot / 64] >> (slot % 64) & 1;
}

/* The words occurring at s[i] within [i, to): bit k for words[k]. */
static uint64_t words_at(const word_set *ws, const char *s, size_t i, size_t to) {
  uint32_t head = head_of(s + i);
  unsigned slot = head_slot(head);
  if (!(ws->heads[slot / 64] >> (slot % 64) & 1))
    return 0;
  uint64_t found = 0;
  for (uint64_t ks = ws->by_slot[slot % 64]; ks; ks &= ks - 1) {
    int k = __builtin_ctzll(ks);
    if (ws->head[k] == head && ws->len[k] <= to - i &&
        nb_same_bytes(s + i + 3, ws->words[k] + 3, ws->len[k] - 3))
      found |= (uint64_t)1 << k;
  }
  return found;
}

/* How far the next place a word may start lies from the place whose first three bytes are
 * `head` (head_of): the other two bytes of a three-byte character (most of the prose) start
 * none. The scans read the three bytes once for this, the test of a continuation byte and the
 * hash, and step without a jump. */
static inline size_t char_step(uint32_t head) {
  return 1 + 2 * (size_t)((head & 0xF0C0C0u) == 0xE08080u);
}

static inline bool is_continuation_head(uint32_t head) {
  return (head >> 16 & 0xC0) == 0x80;
}

/* Every word of the set that occurs in s[from, to), as bits; stops once one of `enough` is
 * found. A word starts with no continuation byte, so those places are passed over. */
static uint64_t words_in(const word_set *ws, const char *s, size_t from, size_t to,
                         uint64_t enough) {
  uint64_t found = 0;
  for (size_t i = from; i < to && to - i >= 3 && !(found & enough);) {
    uint32_t head = head_of(s + i);
    if (!is_continuation_head(head) && may_start_word(ws, head))
      found |= words_at(ws, s, i, to);
    i += char_step(head);
  }
  return found;
}

uint64_t nb_prose_find_last_each(const char *s, size_t from, size_t to, const char *const *words,
                                 size_t *last) {
  const word_set *ws = from < to ? word_set_of(words) : NULL;
  uint64_t occur = 0;
  if (!ws || !one_pass_pays(ws, from, to)) {
    for (int k = 0; words[k]; k++) {
      last[k] = (size_t)-1;
      if (from >= to) /* an empty range (the word right before a number): none */
        continue;
      for (size_t at = from, f; (f = nb_prose_find(s, at, to, words[k])) != (size_t)-1; at = f + 1)
        last[k] = f;
      if (k < 64 && last[k] != (size_t)-1)
        occur |= (uint64_t)1 << k;
    }
    return occur;
  }
  for (int k = 0; k < ws->n; k++)
    last[k] = (size_t)-1;
  for (size_t i = from; i < to && to - i >= 3;) {
    uint32_t head = head_of(s + i);
    if (!is_continuation_head(head) && may_start_word(ws, head)) {
      uint64_t here = words_at(ws, s, i, to);
      occur |= here;
      for (; here; here &= here - 1)
        last[__builtin_ctzll(here)] = i;
    }
    i += char_step(head);
  }
  return occur;
}

bool nb_prose_has_any(const char *s, size_t from, size_t to, const char *const *words,
                      uint64_t skip) {
  if (from >= to) /* an empty range (an anchor right before its number): no word */
    return false;
  const word_set *ws = word_set_of(words);
  if (!ws || !one_pass_pays(ws, from, to)) {
    for (int k = 0; words[k]; k++)
      if (!(k < 64 && (skip >> k & 1)) && nb_prose_find(s, from, to, words[k]) != (size_t)-1)
        return true;
    return false;
  }
  return words_in(ws, s, from, to, ~skip) & ~skip;
}

const char *nb_prose_find_any(const char *s, size_t from, size_t to, const char *const *words) {
  if (from >= to)
    return NULL;
  const word_set *ws = word_set_of(words);
  if (!ws || !one_pass_pays(ws, from, to)) {
    for (int k = 0; words[k]; k++)
      if (nb_prose_find(s, from, to, words[k]) != (size_t)-1)
        return words[k];
    return NULL;
  }
  /* The first word of the list that occurs anywhere: the scan may stop once the first word is
   * found, since no other comes before it in the list. */
  uint64_t found = words_in(ws, s, from, to, 1);
  return found ? words[__builtin_ctzll(found)] : NULL;
}

bool nb_prose_at_word_slow(nb_word_list *wl, const char *s, size_t at, size_t end, size_t *len) {
  if (!atomic_load_explicit(&wl->ready, memory_order_acquire)) {
    pthread_mutex_lock(&word_lists_lock);
    if (!atomic_load_explicit(&wl->ready, memory_order_relaxed)) {
      /* An empty word "starts" where nb_prose_starts finds the terminating NUL: byte 0. */
      for (int k = 0; wl->words[k]; k++)
        wl->first[(unsigned char)wl->words[k][0]] = true;
      atomic_store_explicit(&wl->ready, true, memory_order_release);
    }
    pthread_mutex_unlock(&word_lists_lock);
  }
  if (at >= end || !wl->first[(unsigned char)s[at]])
    return false;
  for (int k = 0; wl->words[k]; k++)
    if (nb_prose_starts(s, at, end, wl->words[k])) {
      *len = strlen(wl->words[k]);
      return true;
    }
  return false;
}

bool nb_prose_ends(const char *s, size_t start, size_t end, const char *word) {
  size_t n = strlen(word);
  return end >= start + n && memcmp(s + end - n, word, n) == 0;
}

/* The first two bytes of the words that may follow a number (nb_pw_approx_after, then
 * nb_pw_count_units), as a bit per pair: the character after most numbers starts none of them,
 * and one lookup says so instead of a comparison with each word. `all` when a word is empty
 * (it follows every number). */
static struct {
  uint64_t pairs[65536 / 64];
  bool all;
} follows_number;
static pthread_once_t follows_number_once = PTHREAD_ONCE_INIT;

static void mark_pairs(const char *const *words) {
  for (int k = 0; words[k]; k++) {
    unsigned char b0 = (unsigned char)words[k][0];
    if (b0 == 0) {
      follows_number.all = true;
    } else if (words[k][1] == '\0') { /* one byte: any byte may come after it */
      for (unsigned b1 = 0; b1 < 256; b1++)
        follows_number.pairs[(b0 << 8 | b1) / 64] |= (uint64_t)1 << ((b0 << 8 | b1) % 64);
    } else {
      unsigned pair = b0 << 8 | (unsigned char)words[k][1];
      follows_number.pairs[pair / 64] |= (uint64_t)1 << (pair % 64);
    }
  }
}

/* Each list's words by the hash of the two bytes they start with, and their lengths, found
 * once: after most numbers a unit ("件") is there, and comparing it with each word of both
 * lists in turn (a strlen and a memcmp call for every word sharing its first two bytes) cost
 * more than reading the number. `usable` when every word is one to 255 bytes and a list has at
 * most MAX_FOLLOWERS words; otherwise the words are compared by nb_prose_starts. */
enum { MAX_FOLLOWERS = 16 };
typedef struct {
  uint16_t by_pair[256]; /* bit k: words[k] may start with a pair of this hash */
  unsigned char len[MAX_FOLLOWERS];
} follower_list;

static struct {
  follower_list approx, units;
  bool usable;
} followers;

static unsigned pair_slot(unsigned pair) {
  return (pair * 40503u) >> 8 & 255;
}

static bool index_followers(const char *const *words, follower_list *fl) {
  for (int k = 0; words[k]; k++) {
    size_t n = strlen(words[k]);
    if (k >= MAX_FOLLOWERS || n == 0 || n > 255)
      return false;
    fl->len[k] = (unsigned char)n;
    unsigned b0 = (unsigned char)words[k][0];
    if (n > 1)
      fl->by_pair[pair_slot(b0 << 8 | (unsigned char)words[k][1])] |= (uint16_t)(1u << k);
    else /* one byte: any byte may come after it */
      for (unsigned b1 = 0; b1 < 256; b1++)
        fl->by_pair[pair_slot(b0 << 8 | b1)] |= (uint16_t)(1u << k);
  }
  return true;
}

/* Set, with release order, once the tables above are filled: every number read asks, and a
 * load answers where pthread_once was a call (whose registers the reader saved every time). */
static _Atomic bool follows_number_ready;

static void mark_follows_number(void) {
  mark_pairs(nb_pw_approx_after);
  mark_pairs(nb_pw_count_units);
  followers.usable = index_followers(nb_pw_approx_after, &followers.approx) &&
                     index_followers(nb_pw_count_units, &followers.units);
  atomic_store_explicit(&follows_number_ready, true, memory_order_release);
}

static __attribute__((noinline)) void fill_follows_number(void) {
  pthread_once(&follows_number_once, mark_follows_number);
}

/* The first word k of `words` (indexed in fl) that s[i…] starts with inside [i, end), as
 * nb_prose_starts says, or -1 (i <= end; s[i + 1] is readable: the buffer's NUL at worst). */
static inline int follower_at(const char *s, size_t i, size_t end, const char *const *words,
                              const follower_list *fl) {
  if (i >= end)
    return -1;
  unsigned pair = (unsigned)(unsigned char)s[i] << 8 | (unsigned char)s[i + 1];
  for (unsigned ks = fl->by_pair[pair_slot(pair)]; ks; ks &= ks - 1) {
    int k = __builtin_ctz(ks);
    if (end - i >= fl->len[k] && nb_same_bytes(s + i, words[k], fl->len[k]))
      return k;
  }
  return -1;
}

/* Whether a word of either list may start at s[i] (s[i + 1] is readable: the buffer's NUL at
 * worst). */
static bool may_follow_number(const char *s, size_t i, size_t end) {
  if (follows_number.all)
    return true;
  if (i >= end)
    return false;
  unsigned pair = (unsigned)(unsigned char)s[i] << 8 | (unsigned char)s[i + 1];
  return follows_number.pairs[pair / 64] >> (pair % 64) & 1;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* How many of the eight bytes at p are digits before the first that is none, and their value
 * (p[0] the most significant digit) in *value. The prose's numbers are mostly one to four
 * digits long: a loop over them mispredicted its end at nearly every number. */
static inline size_t leading_digits8(const char *p, uint64_t *value) {
  const uint64_t ones = 0x0101010101010101u;
  uint64_t x;
  size_t k = leading_digit_count8(p, &x);
  if (k == 0) {
    *value = 0;
    return 0;
  }
  /* The digits moved up to end the word, behind zeros (leading zeros in memory order); then
   * pairs, fours and eights of them are joined. */
  uint64_t d = (x & 0x0F * ones) << (8 * (8 - k));
  d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFu;
  d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFu;
  d = (d * 10000 + (d >> 32)) & 0xFFFFFFFFu;
  *value = d;
  return k;
}
#endif

static void read_followers_by_word(const char *s, size_t i, size_t end, nb_prose_number *n);

bool nb_prose_number_read(const char *s, size_t at, size_t end, nb_prose_number *n) {
  if (at >= end || !is_digit(s[at]) || (at > 0 && (is_digit(s[at - 1]) || s[at - 1] == '.')))
    return false;
  memset(n, 0, sizeof *n);
  n->start = at;
  size_t i = at;
  double v = 0;
  bool more = true; /* digits may follow i */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (end - at >= 8) { /* eight bytes inside [at, end): up to eight digits at once */
    uint64_t first;
    size_t k = leading_digits8(s + at, &first);
    i += k;
    v = (double)first; /* exact: below 10^8, as the loop's sums are */
    more = k == 8;
  }
#endif
  while (more && i < end && is_digit(s[i])) {
    v = v * 10 + (s[i] - '0');
    i++;
  }
  if (i + 1 < end && s[i] == '.' && is_digit(s[i + 1])) {
    n->decimal = true;
    while (++i < end && is_digit(s[i]))
      ;
  }
  n->end = i;
  n->value = v;
  if (!atomic_load_explicit(&follows_number_ready, memory_order_acquire))
    fill_follows_number();
  if (!may_follow_number(s, i, end)) { /* then neither loop below finds a word */
    n->unit_end = n->end;
    return true;
  }
  if (!followers.usable) {
    read_followers_by_word(s, i, end, n);
    return true;
  }
  int k = follower_at(s, i, end, nb_pw_approx_after, &followers.approx);
  if (k >= 0) {
    n->approx_after = true;
    i += followers.approx.len[k];
  }
  n->unit_end = n->end;
  k = follower_at(s, i, end, nb_pw_count_units, &followers.units);
  if (k >= 0) {
    n->unit = nb_pw_count_units[k];
    n->unit_end = i + followers.units.len[k];
  }
  return true;
}

/* nb_prose_number_read's words after the number, when the lists are not indexed: compared one
 * by one. Not inlined: the common way keeps its registers. */
static __attribute__((noinline)) void read_followers_by_word(const char *s, size_t i, size_t end,
                                                             nb_prose_number *n) {
  for (int k = 0; nb_pw_approx_after[k]; k++)
    if (nb_prose_starts(s, i, end, nb_pw_approx_after[k])) {
      n->approx_after = true;
      i += strlen(nb_pw_approx_after[k]);
      break;
    }
  n->unit_end = n->end;
  for (int k = 0; nb_pw_count_units[k]; k++)
    if (nb_prose_starts(s, i, end, nb_pw_count_units[k])) {
      n->unit = nb_pw_count_units[k];
      n->unit_end = i + strlen(nb_pw_count_units[k]);
      break;
    }
}

size_t nb_prose_cps(const char *s, size_t from, size_t to) {
  return to > from ? nb_utf8_count(s + from, to - from) : 0;
}
