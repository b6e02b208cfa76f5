#include "reflow.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NB_REFLOW_AVX2_PATH 1
#endif

#include "../core/text.h"
#include "facts.h"
#include "sections.h"

/* ---------------------------------------------------------------- data */

/* What a crawler writes before the page's text, and how sites introduce their breadcrumb. */
static const char *const metadata_prefixes[] = {
    "标题:", "标题：",   "发布时间:",    "发布时间：", "来源:", "来源：",
    "====",  "当前位置", "您当前的位置", "您的位置",   NULL};
static const char *const breadcrumb_prefixes[] = {"当前位置", "您当前的位置", "您的位置", NULL};
/* Between the steps of a breadcrumb. */
static const char *const breadcrumb_separators[] = {">", "＞", "›", "»", "〉", NULL};
/* What a section heading run into the text follows: the end of a sentence or of a clause, a
 * closing bracket or quote, the last cell of a table (a number or a placeholder), the title
 * ("…年度报告"). After any other word it is a title quoted in the prose ("全文包括一、总体情况等").
 */
static const char *const heading_follows[] = {
    "。", "！", "？", "；", "：", "!", "?", ";", ":", "）", ")", "”", "’", "」",   "』", "】",
    "0",  "1",  "2",  "3",  "4",  "5", "6", "7", "8", "9",  "/", "-", "—", "报告", NULL};
static const char *const heading_separators[] = {"、", "．", ".", NULL};
/* A title followed by one of these is an item of a list in the prose, not a heading. */
static const char *const list_marks_after[] = {"、", "；", ";", "，", ",", "。", "和", "及", NULL};
/* Marks a heading may carry after its title. */
static const char *const heading_tail_marks[] = {"：", ":", NULL};
/* A sub-item run into the text ("…加强培训。（二）…", "…工作。2.以公开为常态…") opens after one of
 * these; after anything else (a table's digits: "3000003（二）部分公开") it is no sub-item. */
static const char *const sub_item_follows[] = {"。", "！", "？", "；", "：",
                                               "!",  "?",  ";",  ":",  NULL};
static const char *const sub_item_opens[] = {"（", "(", NULL};
static const char *const sub_item_closes[] = {"）", ")", NULL};
/* Punctuation a sub-item's own title never holds. */
static const char *const sub_heading_breaks[] = {"。", "，", "；", "：", ",", ";", ":", "、", NULL};
/* Where a sentence ends: a signature run into the text starts after the last of these. */
static const char *const sentence_ends[] = {"。", "！", "？", "；", "!", "?", ";", NULL};
static const char *const title_subject = "政府信息公开";
static const char *const title_end_word = "报告";

enum {
  TITLE_WINDOW_BYTES = 90,     /* from the year's digits to the end of "…工作年度报告" */
  MAX_TITLE_ITEM_CPS = 50,     /* a title is no longer than this (facts.c's limit) */
  MAX_SIGNATURE_CPS = 40,      /* organ name and date */
  MAX_SUB_HEADING_CPS = 20,    /* a sub-item's own title, "存在的主要问题" */
  LEADING_METADATA_ITEMS = 12, /* how far from the start metadata may stand without sections */
};

/* ---------------------------------------------------------------- small helpers */

static size_t find_word(const char *t, size_t from, size_t to, const char *word) {
  size_t n = strlen(word);
  const char *hit = to > from ? nb_find_bytes(t + from, to - from, word, n) : NULL;
  return hit ? (size_t)(hit - t) : (size_t)-1;
}

static nb_span trimmed(const char *t, nb_span s) {
  size_t a = s.start, b = s.end;
  nb_trim_span(t, &a, &b);
  return nb_span_make(a, b);
}

static size_t cps(const char *t, nb_span s) {
  return nb_utf8_count(t + s.start, s.end - s.start);
}

static bool is_line(const nb_stream *st, int i) {
  return st->items[i].kind == NB_ITEM_LINE;
}

/* The item holding the first section heading, which starts at byte `at` (SIZE_MAX: there is
 * none), found by its bytes: item indices go stale as lines are split or dropped, bytes do not.
 * -1 when there is none. */
static int first_heading_item(const nb_report *r, size_t at) {
  if (at == SIZE_MAX)
    return -1;
  int lo = 0, hi = r->stream.nitems;
  while (lo < hi) { /* the first item ending after the heading's start */
    int mid = lo + (hi - lo) / 2;
    if (r->stream.items[mid].span.end <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < r->stream.nitems && r->stream.items[lo].span.start <= at ? lo : -1;
}

bool nb_is_crawler_metadata(const char *text, nb_span line) {
  nb_span s = trimmed(text, line);
  return nb_word_prefix(text + s.start, s.end - s.start, metadata_prefixes) > 0;
}

/* ---------------------------------------------------------------- metadata */

static bool drop_metadata(nb_report *r, size_t first_heading) {
  nb_stream *st = &r->stream;
  int limit = first_heading_item(r, first_heading);
  if (limit < 0)
    limit = st->nitems < LEADING_METADATA_ITEMS ? st->nitems : LEADING_METADATA_ITEMS;
  bool changed = false;
  for (int i = 0; i < limit;) {
    if (is_line(st, i) && nb_is_crawler_metadata(r->text, st->items[i].span)) {
      /* A breadcrumb the title was run into keeps the title: cut_breadcrumb handles it. */
      nb_span s = trimmed(r->text, st->items[i].span);
      bool crumb = nb_word_prefix(r->text + s.start, s.end - s.start, breadcrumb_prefixes) > 0;
      nb_span digits;
      int year;
      if (crumb && nb_find_title_year(r->text, s.start, s.end, &digits, &year)) {
        i++;
        continue;
      }
      nb_stream_remove(st, i);
      limit--;
      changed = true;
      continue;
    }
    i++;
  }
  return changed;
}

/* ---------------------------------------------------------------- section headings */

/* The last cell of a table written with its unit ("…14件三、收到和处理…"). */
static bool after_value_with_unit(const char *t, size_t line_start, size_t at) {
  for (size_t n = 1; n <= 6 && n <= at - line_start; n++) {
    const nb_cell_unit *u = nb_cell_unit_at(t + at - n, n);
    if (u && strlen(u->word) == n && at - n > line_start && t[at - n - 1] >= '0' &&
        t[at - n - 1] <= '9')
      return true;
  }
  return false;
}

/* The length of the longest of section `id`'s official title and its variants in any template
 * that starts at t[p], or 0. A title is measured and compared only when its first two bytes are
 * the text's: at nearly every place a numeral and a separator stand, none is. */
static size_t longest_title_at(const char *t, size_t p, size_t end, nb_section_id id) {
  if (p >= end)
    return 0; /* only an empty title fits, and it is no title */
  size_t best = 0;
  for (int k = 0; k < NB_TPL_COUNT; k++) {
    const nb_section_spec *spec = &nb_template_get((nb_template_id)k)->sections[id];
    for (int v = -1; v == -1 || (spec->variants && spec->variants[v]); v++) {
      const char *title = v < 0 ? spec->title : spec->variants[v];
      if (title[0] != t[p] || (title[1] && (end - p < 2 || title[1] != t[p + 1])))
        continue;
      size_t n = strlen(title);
      if (end - p >= n && memcmp(t + p, title, n) == 0 && n > best)
        best = n;
    }
  }
  return best;
}

/* End of the section title (and a closing ：) that starts at t[p], for section `id`, or 0. */
static size_t title_end_at(const char *t, size_t p, size_t end, nb_section_id id) {
  size_t best = longest_title_at(t, p, end, id);
  if (!best)
    return 0;
  size_t q = p + best;
  q += nb_word_prefix(t + q, end - q, heading_tail_marks);
  size_t after = q;
  while (after < end && (t[after] == ' ' || t[after] == '\t'))
    after++;
  if (nb_word_prefix(t + after, end - after, list_marks_after))
    return 0;
  return q;
}

/* A heading "numeral、title" of a section run into the line at t[p]; fills the section and the
 * heading's end. */
static bool embedded_heading_at(const char *t, size_t line_start, size_t p, size_t end,
                                nb_section_id *id, size_t *heading_end) {
  size_t nbytes;
  int value = nb_parse_cn_numeral(t + p, end - p, &nbytes);
  if (value < 1 || value > NB_SECTION_COUNT)
    return false;
  /* The separator first: it is one byte compared, and rules out nearly every numeral inside
   * the text before the longer look at what precedes it. */
  size_t q = p + nbytes;
  size_t sep = nb_word_prefix(t + q, end - q, heading_separators);
  if (!sep)
    return false;
  size_t before = p;
  while (before > line_start && (t[before - 1] == ' ' || t[before - 1] == '\t'))
    before--;
  if (before > line_start && before == p &&
      !nb_word_suffix(t + line_start, before - line_start, heading_follows) &&
      !after_value_with_unit(t, line_start, before))
    return false;
  q += sep;
  while (q < end && (t[q] == ' ' || t[q] == '\t')) /* "一、 总体情况" */
    q++;
  *id = (nb_section_id)(value - 1);
  *heading_end = title_end_at(t, q, end, *id);
  return *heading_end > 0;
}

typedef struct {
  int item;
  size_t start, end; /* the heading */
  nb_section_id id;
} embedded;

/* The first bytes of heading_separators, measured once: "、" E3, "．" EF, "." (the scan below
 * compares with these three at once; a separator starting otherwise turns it off). */
static struct {
  bool is_lead[256];
  bool scan_by_bytes;
} separator_leads;
static pthread_once_t separator_leads_once = PTHREAD_ONCE_INIT;

static void measure_separator_leads(void) {
  separator_leads.scan_by_bytes = true;
  for (int k = 0; heading_separators[k]; k++) {
    unsigned char c = (unsigned char)heading_separators[k][0];
    separator_leads.is_lead[c] = true;
    separator_leads.scan_by_bytes &= c == 0xE3 || c == 0xEF || c == '.';
  }
}

static bool is_numeral_lead(unsigned char c) {
  return c == 0xE4 || c == 0xE5; /* 一…六, nb_parse_cn_numeral's */
}

#if defined(__SSE2__)
/* The places in the sixteen bytes at t where a numeral's lead byte stands and the byte three on
 * may start a separator (t[0, 19) are read), as a mask. */
static inline unsigned numeral_separator_places(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(t + 3));
  __m128i numeral = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE4)),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE5)));
  __m128i separator = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8((char)0xE3)),
                                                _mm_cmpeq_epi8(y, _mm_set1_epi8((char)0xEF))),
                                   _mm_cmpeq_epi8(y, _mm_set1_epi8('.')));
  return (unsigned)_mm_movemask_epi8(_mm_and_si128(numeral, separator));
}
#endif

#if defined(NB_REFLOW_AVX2_PATH)
/* The first place from p on, 32 a step while whole blocks fit in t[p, last], where
 * numeral_separator_places would find one, in *place (false: none, and *place is where the
 * blocks end). Not inlined: a loop of its own keeps its registers. */
__attribute__((target("avx2"), noinline)) static bool
next_wide_numeral_separator(const char *t, size_t p, size_t last, size_t *place) {
  const __m256i e4 = _mm256_set1_epi8((char)0xE4), e5 = _mm256_set1_epi8((char)0xE5);
  const __m256i e3 = _mm256_set1_epi8((char)0xE3), ef = _mm256_set1_epi8((char)0xEF);
  const __m256i dot = _mm256_set1_epi8('.');
  for (; p + 32 <= last + 1; p += 32) { /* reads up to t[last + 3]: inside the line */
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + p));
    __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(t + p + 3));
    __m256i numeral = _mm256_or_si256(_mm256_cmpeq_epi8(x, e4), _mm256_cmpeq_epi8(x, e5));
    __m256i separator =
        _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(y, e3), _mm256_cmpeq_epi8(y, ef)),
                        _mm256_cmpeq_epi8(y, dot));
    uint32_t m = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(numeral, separator));
    if (m) {
      *place = p + (size_t)__builtin_ctz(m);
      return true;
    }
  }
  *place = p;
  return false;
}
#endif

/* The first place p in t[from, last] where a numeral's lead byte stands with a separator's first
 * byte at p + 3, t[0, last + 6) being the line; last + 1 when none. Every heading run into a line
 * stands at such a place ("。一、总体情况"), and few other characters do (a numeral-led
 * ideograph before a comma or a full stop): sixteen bytes of prose are passed at a time, where a
 * search per separator stopped at every "、" and at every character sharing a separator's last
 * byte. */
static size_t next_numeral_with_separator(const char *t, size_t from, size_t last) {
  size_t p = from;
#if defined(NB_REFLOW_AVX2_PATH)
  /* Long stretches of prose lie between the places (a call's worth from 64 bytes on). */
  if (separator_leads.scan_by_bytes && p + 64 <= last + 1 && __builtin_cpu_supports("avx2") &&
      next_wide_numeral_separator(t, p, last, &p))
    return p;
#endif
#if defined(__SSE2__)
  if (separator_leads.scan_by_bytes)
    for (; p + 16 <= last + 1; p += 16) { /* reads up to t[last + 3]: inside the line */
      unsigned places = numeral_separator_places(t + p);
      if (places)
        return p + (size_t)__builtin_ctz(places);
    }
#endif
  for (; p <= last; p++)
    if (is_numeral_lead((unsigned char)t[p]) && separator_leads.is_lead[(unsigned char)t[p + 3]])
      return p;
  return last + 1;
}

/* The first heading of a section in `missing`, run into a line after `from` in item `i`, whose
 * id is above `above`. */
static bool next_embedded(const nb_report *r, int i, size_t from, const bool *missing, int above,
                          embedded *out) {
  const nb_stream_item *it = &r->stream.items[i];
  const char *t = r->text;
  if (it->span.end < 6)
    return false;
  size_t last = it->span.end - 6; /* the last place a numeral and a separator fit */
  if (from > last)
    return false;
  /* Every numeral 一…六 is three bytes, E4 or E5 first, and a heading's numeral is followed by
   * its separator (embedded_heading_at reads both whole). */
  pthread_once(&separator_leads_once, measure_separator_leads);
  for (size_t p = next_numeral_with_separator(t, from, last); p <= last;
       p = next_numeral_with_separator(t, p + 1, last)) {
    nb_section_id id;
    size_t end;
    if (!embedded_heading_at(t, it->span.start, p, it->span.end, &id, &end))
      continue;
    if (!missing[id] || (int)id <= above)
      continue;
    *out = (embedded){i, p, end, id};
    return true;
  }
  return false;
}

/* Splits lines at the headings of sections that were not found on lines of their own. The
 * headings are taken in document order, each above every section before it. */
static bool split_embedded_headings(nb_report *r) {
  bool missing[NB_SECTION_COUNT];
  int nmissing = 0;
  for (int k = 0; k < NB_SECTION_COUNT; k++) {
    missing[k] = nb_report_section(r, (nb_section_id)k) == NULL;
    nmissing += missing[k];
  }
  if (!nmissing)
    return false;
  nb_stream *st = &r->stream;
  bool changed = false;
  int above = -1, found = 0;
  for (int i = 0; i < st->nitems; i++) {
    nb_span line = st->items[i].span;
    /* Headings found on lines of their own keep the order: a later heading must be above. */
    bool holds_found = false;
    while (found < r->nsections && r->sections[found].heading.start < line.end) {
      if (r->sections[found].heading.start >= line.start) {
        holds_found = true;
        if ((int)r->sections[found].id > above)
          above = (int)r->sections[found].id;
      }
      found++;
    }
    if (holds_found || !is_line(st, i))
      continue;
    embedded e;
    if (!next_embedded(r, i, line.start, missing, above, &e))
      continue;
    /* Cut before the heading and after it; the next iteration looks at what follows. */
    int at =
        e.start <= trimmed(r->text, line).start ? i : nb_stream_split_line(st, i, e.start, true);
    if (at < 0)
      continue;
    nb_stream_split_line(st, at, e.end, false);
    missing[e.id] = false;
    above = (int)e.id;
    changed = true;
    i = at;
  }
  return changed;
}

/* ---------------------------------------------------------------- sub-items */

/* Length of the sub-item marker at t[p]: "（二）", "(2)", "2." or "2、" before a word; 0 when
 * there is none. */
static size_t sub_item_at(const char *t, size_t p, size_t end) {
  size_t open = nb_word_prefix(t + p, end - p, sub_item_opens), q = p + open, n;
  if (nb_parse_cn_numeral(t + q, end - q, &n))
    q += n;
  else
    while (q < end && t[q] >= '0' && t[q] <= '9')
      q++;
  if (q == p + open)
    return 0;
  if (open) {
    size_t close = nb_word_prefix(t + q, end - q, sub_item_closes);
    return close ? q + close - p : 0;
  }
  if (t[p] < '0' || t[p] > '9')
    return 0; /* "二、" is a heading's numbering, not a sub-item's */
  size_t mark = nb_word_prefix(t + q, end - q, heading_separators);
  return mark && q + mark < end && (t[q + mark] < '0' || t[q + mark] > '9') ? q + mark - p : 0;
}

/* The bytes may_open_sub_item can accept first, for scans of whole lines: '(', EF and the
 * digits. */
static const bool marker_leads[256] = {
    ['('] = true, ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true,
    ['5'] = true, ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true, [0xEF] = true};

/* The characters of sub_item_follows by their first and third bytes ("。" E3 80 82, "！？；："
 * EF BC 81/9F/9B/9A) and the one-byte ones, for next_byte_of: a word of another shape turns it
 * off (follows.scan_by_bytes). The third byte tells them from the commas (EF BC 8C, E3 80 81)
 * and the other punctuation that shares their first byte, where the scan would stop in vain. */
static const unsigned char follow_pairs[][2] = {
    {0xE3, 0x82}, {0xEF, 0x81}, {0xEF, 0x9F}, {0xEF, 0x9B}, {0xEF, 0x9A}};
static const unsigned char follow_singles[] = {'!', '?', ';', ':'};

#if defined(__SSE2__)
static inline __m128i bytes_equal(__m128i x, unsigned char c) {
  return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c));
}

/* Where in x (sixteen bytes, z the same two bytes on) a sub-item marker may start, as a mask: a
 * digit, '(' or "（" (EF BC 88, may_open_sub_item's). */
static inline unsigned marker_lead_places(__m128i x, __m128i z) {
  __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0')); /* 0…9 on a digit only */
  __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
  __m128i other =
      _mm_or_si128(bytes_equal(x, '('), _mm_and_si128(bytes_equal(x, 0xEF), bytes_equal(z, 0x88)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, other));
}

/* Where in x a word of sub_item_follows may start (follow_pairs, follow_singles), as a mask. */
static inline unsigned follow_lead_places(__m128i x, __m128i z) {
  __m128i singles = _mm_or_si128(_mm_or_si128(bytes_equal(x, '!'), bytes_equal(x, '?')),
                                 _mm_or_si128(bytes_equal(x, ';'), bytes_equal(x, ':')));
  __m128i full_stop = _mm_and_si128(bytes_equal(x, 0xE3), bytes_equal(z, 0x82));
  __m128i ef_third = _mm_or_si128(_mm_or_si128(bytes_equal(z, 0x81), bytes_equal(z, 0x9F)),
                                  _mm_or_si128(bytes_equal(z, 0x9B), bytes_equal(z, 0x9A)));
  __m128i ef_marks = _mm_and_si128(bytes_equal(x, 0xEF), ef_third);
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(singles, _mm_or_si128(full_stop, ef_marks)));
}
#endif

/* The byte sets the sub-item scans stop at (marker_leads, follows.lead). */
typedef enum { MARKER_LEADS, FOLLOW_LEADS } byte_set;

/* The first place in t[from, to) where a marker (MARKER_LEADS) or a word of sub_item_follows
 * may start: one whose byte `table` marks, and no such start is passed. The sub-item scans run
 * over every line of the report's body: where SSE2 is, sixteen places are compared at once, by
 * their first and third bytes; the last few by `table`, as nb_next_byte_in finds them. */
static inline size_t next_byte_of(const char *t, size_t from, size_t to, byte_set set,
                                  const bool table[256]) {
  size_t i = from;
#if defined(__SSE2__)
  while (i < to && to - i >= 18) { /* reads t[i, i + 18) */
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i z = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 2));
    unsigned places = set == MARKER_LEADS ? marker_lead_places(x, z) : follow_lead_places(x, z);
    if (places)
      return i + (size_t)__builtin_ctz(places);
    i += 16;
  }
#else
  (void)set;
#endif
  return nb_next_byte_in(t, i, to, table);
}

static size_t next_marker_lead(const char *t, size_t from, size_t to) {
  return next_byte_of(t, from, to, MARKER_LEADS, marker_leads);
}

/* The bytes sub_heading_end stops at: the digits and the first bytes of sub_heading_breaks,
 * "。" and "、" (E3), "，；：" (EF), ASCII ",;:". */
static const bool sub_heading_stops[256] = {
    ['0'] = true,  ['1'] = true,  ['2'] = true, ['3'] = true, ['4'] = true,
    ['5'] = true,  ['6'] = true,  ['7'] = true, ['8'] = true, ['9'] = true,
    [0xE3] = true, [0xEF] = true, [','] = true, [';'] = true, [':'] = true};

/* Where a sub-item's own title run into its first sub-item ends
 * ("（一）存在的主要问题1.工作队伍…"): the line opens with a marker and a few words without
 * punctuation or digits follow it; the first sub-item may open anywhere up to the returned byte.
 * `lead` when the line opens otherwise. The title's bytes are passed four at a time to the next
 * digit or break's first byte, where a byte loop tested each for both. */
static size_t sub_heading_end(const char *t, size_t lead, size_t end) {
  size_t marker = sub_item_at(t, lead, end);
  if (!marker)
    return lead;
  size_t from = lead + marker;
  size_t stop =
      end - from > (size_t)MAX_SUB_HEADING_CPS * 3 ? from + MAX_SUB_HEADING_CPS * 3 + 1 : end;
  size_t q = nb_next_byte_in(t, from, stop, sub_heading_stops);
  while (q < stop && !(t[q] >= '0' && t[q] <= '9') &&
         !nb_word_prefix(t + q, end - q, sub_heading_breaks))
    q = nb_next_byte_in(t, q + 1, stop, sub_heading_stops);
  return q > from ? q : lead;
}

static bool may_open_sub_item(const char *t, size_t p, size_t end) {
  unsigned char c = (unsigned char)t[p];
  return c == '(' || (c >= '0' && c <= '9') ||
         (c == 0xEF && p + 2 < end && (unsigned char)t[p + 1] == 0xBC &&
          (unsigned char)t[p + 2] == 0x88);
}

/* sub_item_follows measured once: its words' lengths and the bytes they start with. */
enum { MAX_FOLLOWS = sizeof sub_item_follows / sizeof *sub_item_follows };
static struct {
  int n;
  size_t len[MAX_FOLLOWS];
  bool lead[256];
  bool scan_by_bytes; /* every word is one of follow_pairs or follow_singles */
  /* Bit k set in by_lead[c] when word k starts with byte c (k < 32): a comma, which shares its
   * first byte with "：", is compared with that word only. */
  uint32_t by_lead[256];
  bool complete; /* every word has its bit and at most four bytes */
  /* Word k as the first len[k] bytes of a little-endian 32-bit load, and the mask of those. */
  uint32_t bytes[MAX_FOLLOWS], mask[MAX_FOLLOWS];
} follows;
static pthread_once_t follows_once = PTHREAD_ONCE_INIT;

/* Whether `word` is a character that follow_lead_places finds. */
static bool is_paired_or_single(const char *word) {
  const unsigned char *w = (const unsigned char *)word;
  size_t n = strlen(word);
  if (n == 1)
    return memchr(follow_singles, w[0], sizeof follow_singles) != NULL;
  for (size_t k = 0; n == 3 && k < sizeof follow_pairs / sizeof *follow_pairs; k++)
    if (w[0] == follow_pairs[k][0] && w[2] == follow_pairs[k][1])
      return true;
  return false;
}

static void measure_follows(void) {
  for (int k = 0; sub_item_follows[k]; k++) {
    follows.len[k] = strlen(sub_item_follows[k]);
    follows.n = k + 1;
    follows.lead[(unsigned char)sub_item_follows[k][0]] = true;
    if (k < 32)
      follows.by_lead[(unsigned char)sub_item_follows[k][0]] |= 1u << k;
    for (size_t i = 0; i < follows.len[k] && i < 4; i++) {
      follows.bytes[k] |= (uint32_t)(unsigned char)sub_item_follows[k][i] << (8 * i);
      follows.mask[k] |= 0xFFu << (8 * i);
    }
  }
  follows.complete = follows.n <= 32;
  for (int k = 0; k < follows.n; k++)
    follows.complete = follows.complete && follows.len[k] <= 4;
  follows.scan_by_bytes = true;
  for (int k = 0; k < follows.n; k++)
    follows.scan_by_bytes = follows.scan_by_bytes && is_paired_or_single(sub_item_follows[k]);
}

#if defined(NB_REFLOW_AVX2_PATH)
__attribute__((target("avx2"))) static inline __m256i wide_bytes_equal(__m256i x, unsigned char c) {
  return _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)c));
}

/* The first place from i on, 32 a step while 34 bytes of t[i, to) remain, where
 * follow_lead_places would find one, in *place (false: none, and *place is where the blocks
 * end). Not inlined: a loop of its own keeps its registers. */
__attribute__((target("avx2"), noinline)) static bool
next_wide_follow_lead(const char *t, size_t i, size_t to, size_t *place) {
  for (; to - i >= 34; i += 32) { /* reads t[i, i + 34) */
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
    __m256i z = _mm256_loadu_si256((const __m256i *)(const void *)(t + i + 2));
    __m256i singles =
        _mm256_or_si256(_mm256_or_si256(wide_bytes_equal(x, '!'), wide_bytes_equal(x, '?')),
                        _mm256_or_si256(wide_bytes_equal(x, ';'), wide_bytes_equal(x, ':')));
    __m256i full_stop = _mm256_and_si256(wide_bytes_equal(x, 0xE3), wide_bytes_equal(z, 0x82));
    __m256i ef_third =
        _mm256_or_si256(_mm256_or_si256(wide_bytes_equal(z, 0x81), wide_bytes_equal(z, 0x9F)),
                        _mm256_or_si256(wide_bytes_equal(z, 0x9B), wide_bytes_equal(z, 0x9A)));
    __m256i ef_marks = _mm256_and_si256(wide_bytes_equal(x, 0xEF), ef_third);
    uint32_t m = (uint32_t)_mm256_movemask_epi8(
        _mm256_or_si256(singles, _mm256_or_si256(full_stop, ef_marks)));
    if (m) {
      *place = i + (size_t)__builtin_ctz(m);
      return true;
    }
  }
  *place = i;
  return false;
}
#endif

/* The next place in t[from, to) where a word of sub_item_follows may start. */
static size_t next_follow_lead(const char *t, size_t from, size_t to) {
  if (!follows.scan_by_bytes)
    return nb_next_byte_in(t, from, to, follows.lead);
#if defined(NB_REFLOW_AVX2_PATH)
  if (from < to && to - from >= 64 && __builtin_cpu_supports("avx2") &&
      next_wide_follow_lead(t, from, to, &from))
    return from;
#endif
  return next_byte_of(t, from, to, FOLLOW_LEADS, follows.lead);
}

/* The end of the word of sub_item_follows (the first of the list) that starts at t[q] and ends
 * by `to`, or 0. */
static size_t follow_at(const char *t, size_t q, size_t to) {
  if (!follows.complete) {
    for (int k = 0; k < follows.n; k++)
      if (t[q] == sub_item_follows[k][0] && q + follows.len[k] <= to &&
          memcmp(t + q, sub_item_follows[k], follows.len[k]) == 0)
        return q + follows.len[k];
    return 0;
  }
  uint32_t ks = follows.by_lead[(unsigned char)t[q]];
  if (ks && q + 4 <= to) { /* the four bytes at q, compared with each word at once */
    const unsigned char *u = (const unsigned char *)t + q;
    uint32_t here =
        (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
    for (; ks; ks &= ks - 1) {
      int k = __builtin_ctz(ks);
      if ((here & follows.mask[k]) == follows.bytes[k])
        return q + follows.len[k];
    }
    return 0;
  }
  for (; ks; ks &= ks - 1) {
    int k = __builtin_ctz(ks);
    size_t n = follows.len[k], i = 0;
    while (i < n && q + i < to && t[q + i] == sub_item_follows[k][i])
      i++;
    if (i == n)
      return q + n;
  }
  return 0;
}

/* Where in t[line] a sub-item opens right after a sentence end (spaces between allowed), from
 * `from` (> line.start) on; line.end when none. The sentence ends are found in one pass over the
 * line by their first and third bytes (this runs over all the prose); each is followed by the
 * first place after it where a marker could open, so the first that holds one is the earliest.
 * The answer depends on the line's end, not its start: no sentence end holds the byte a marker
 * opens with, so one before the line's start ends by the marker the line starts with. */
static size_t sub_item_after_sentence(const char *t, nb_span line, size_t from) {
  pthread_once(&follows_once, measure_follows);
  size_t search = from > line.start + 4 ? from - 4 : line.start;
  /* Marks come in order of where they start, which is the order of where they end: marks are
   * whole characters and never overlap. */
  for (size_t q = next_follow_lead(t, search, line.end); q < line.end;
       q = next_follow_lead(t, q + 1, line.end)) {
    size_t e = follow_at(t, q, line.end);
    if (!e)
      continue;
    size_t p = e;
    while (p < line.end && (t[p] == ' ' || t[p] == '\t'))
      p++;
    if (p >= from && p < line.end && may_open_sub_item(t, p, line.end) &&
        sub_item_at(t, p, line.end))
      return p;
  }
  return line.end;
}

/* The last answer of sub_item_after_sentence, for a line's end and a place: split_sub_items asks
 * whether a line holds a second sub-item, then splits before the first and asks again from the
 * same place in what is left of the line. */
typedef struct {
  size_t end, from, at; /* end == (size_t)-1: none */
} sentence_memo;

/* Where in t[line] a sub-item run into the text starts, from `from` on; line.end when none. It
 * opens right after a sentence end, or right after the line's own sub-heading. */
static size_t next_sub_item(const char *t, nb_span line, size_t from, sentence_memo *memo) {
  size_t lead = line.start;
  while (lead < line.end && (t[lead] == ' ' || t[lead] == '\t'))
    lead++;
  size_t best = line.end;
  size_t heading_end = sub_heading_end(t, lead, line.end);
  size_t limit = heading_end < line.end ? heading_end + 1 : line.end;
  for (size_t p = next_marker_lead(t, from > lead + 1 ? from : lead + 1, limit); p < limit;
       p = next_marker_lead(t, p + 1, limit))
    if (may_open_sub_item(t, p, line.end) && sub_item_at(t, p, line.end)) {
      best = p;
      break;
    }
  if (memo->end != line.end || memo->from != from)
    *memo = (sentence_memo){line.end, from, sub_item_after_sentence(t, line, from)};
  return memo->at < best ? memo->at : best;
}

/* The sub-item markers a place of two_markers counts: at a digit that ends a run before a
 * separator's first byte ('.', E3 or EF), the run's digits when the run is a marker, else 0; at
 * '(' or "（", 1 when a marker stands there. */
static size_t marker_places_at(const char *t, nb_span line, size_t q) {
  if (t[q] < '0' || t[q] > '9')
    return may_open_sub_item(t, q, line.end) && sub_item_at(t, q, line.end) > 0;
  size_t run = q;
  while (run > line.start && t[run - 1] >= '0' && t[run - 1] <= '9')
    run--;
  return sub_item_at(t, run, line.end) ? q - run + 1 : 0;
}

#if defined(__SSE2__)
/* The places of the sixteen bytes at t that marker_places_at may count, as a mask: a digit
 * before '.', E3 or EF, a '(', an EF two bytes before 88 ("（" EF BC 88). t[0, 18) are read. */
static inline unsigned marker_places_in(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(t + 1));
  __m128i z = _mm_loadu_si128((const __m128i *)(const void *)(t + 2));
  __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0')); /* 0…9 on a digit only */
  __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
  __m128i separator =
      _mm_or_si128(bytes_equal(y, '.'), _mm_or_si128(bytes_equal(y, 0xE3), bytes_equal(y, 0xEF)));
  __m128i open =
      _mm_or_si128(bytes_equal(x, '('), _mm_and_si128(bytes_equal(x, 0xEF), bytes_equal(z, 0x88)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_and_si128(digit, separator), open));
}
#endif

#if defined(NB_REFLOW_AVX2_PATH)
/* marker_places_in for the thirty-two bytes at t (t[0, 34) are read), on processors with AVX2. */
__attribute__((target("avx2"))) static inline uint32_t wide_marker_places_in(const char *t) {
  __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)t);
  __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(t + 1));
  __m256i z = _mm256_loadu_si256((const __m256i *)(const void *)(t + 2));
  __m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8('0'));
  __m256i digit = _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(9)), d);
  __m256i separator =
      _mm256_or_si256(_mm256_cmpeq_epi8(y, _mm256_set1_epi8('.')),
                      _mm256_or_si256(_mm256_cmpeq_epi8(y, _mm256_set1_epi8((char)0xE3)),
                                      _mm256_cmpeq_epi8(y, _mm256_set1_epi8((char)0xEF))));
  __m256i open =
      _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('(')),
                      _mm256_and_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xEF)),
                                       _mm256_cmpeq_epi8(z, _mm256_set1_epi8((char)0x88))));
  return (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_and_si256(digit, separator), open));
}

/* The first block of thirty-two places from i on (while 34 bytes of t[i, end) remain) that holds
 * a place two_markers counts, and its mask in *places (0: none, and i is where the blocks end).
 * Not inlined: a loop of its own keeps its registers; a line is read in one call or a few. */
__attribute__((target("avx2"), noinline)) static size_t
next_wide_marker_places(const char *t, size_t i, size_t end, uint32_t *places) {
  for (; end - i >= 34; i += 32) {
    uint32_t m = wide_marker_places_in(t + i);
    if (m) {
      *places = m;
      return i;
    }
  }
  *places = 0;
  return i;
}

/* wide_marker_places_in, for the block that ends a line. */
__attribute__((target("avx2"), noinline)) static uint32_t last_wide_marker_places(const char *t) {
  return wide_marker_places_in(t);
}
#endif

/* Whether t[line] holds two places where a sub-item marker stands (may_open_sub_item and
 * sub_item_at), as every line split below does. What a run of digits is (a marker or not) is
 * told by what ends it, so each of its digits is one place or none: the run is read once, and
 * "2023年" or a table's "000" is passed over without a look at each digit. */
static bool two_markers(const char *t, nb_span line) {
  size_t places = 0;
#if defined(NB_REFLOW_AVX2_PATH)
  /* The same, thirty-two places a step, where AVX2 is: HTML tables and scraped text are long
   * lines, read whole here. */
  if (line.end - line.start >= 34 && __builtin_cpu_supports("avx2")) {
    size_t i = line.start;
    uint32_t m;
    for (i = next_wide_marker_places(t, i, line.end, &m); m;
         i = next_wide_marker_places(t, i + 32, line.end, &m))
      for (; m; m &= m - 1)
        if ((places += marker_places_at(t, line, i + (size_t)__builtin_ctz(m))) >= 2)
          return true;
    size_t last = line.end - 34; /* i - last is 1 to 32 */
    m = last_wide_marker_places(t + last) & (i - last >= 32 ? 0 : ~0u << (i - last));
    for (; m; m &= m - 1)
      if ((places += marker_places_at(t, line, last + (size_t)__builtin_ctz(m))) >= 2)
        return true;
    return false;
  }
#endif
#if defined(__SSE2__)
  /* A line of eighteen bytes or more: sixteen places a step, each block read once, and only a
   * run's last digit before a separator's first byte looked at (a table's "100</td>" is passed
   * with the rest of its block), the run read back from there. The last bytes are those of the
   * block that ends two bytes before the line, less those looked at: the last two bytes can
   * hold no marker (none is shorter than three bytes). */
  if (line.end - line.start >= 18) {
    size_t i = line.start;
    for (; line.end - i >= 18; i += 16)
      for (unsigned m = marker_places_in(t + i); m; m &= m - 1)
        if ((places += marker_places_at(t, line, i + (size_t)__builtin_ctz(m))) >= 2)
          return true;
    size_t last = line.end - 18;
    for (unsigned m = marker_places_in(t + last) & ~0u << (i - last); m; m &= m - 1)
      if ((places += marker_places_at(t, line, last + (size_t)__builtin_ctz(m))) >= 2)
        return true;
    return false;
  }
#endif
  for (size_t q = next_marker_lead(t, line.start, line.end); q < line.end;
       q = next_marker_lead(t, q + 1, line.end)) {
    if (t[q] >= '0' && t[q] <= '9') {
      size_t run = q;
      while (run + 1 < line.end && t[run + 1] >= '0' && t[run + 1] <= '9')
        run++;
      /* sub_item_at of a digit: the run and a separator before no digit. The separators
       * start with '.', E3 or EF: nearly every run ends otherwise and is settled here. */
      unsigned char after = run + 1 < line.end ? (unsigned char)t[run + 1] : 0;
      if (after == '.' || after == 0xE3 || after == 0xEF)
        places += sub_item_at(t, q, line.end) ? run - q + 1 : 0;
      q = run;
    } else if (may_open_sub_item(t, q, line.end)) {
      places += sub_item_at(t, q, line.end) > 0;
    }
    if (places >= 2)
      return true;
  }
  return false;
}

/* A line holding two sub-items or more run into it ("…。（二）…。（三）…") lost its line breaks:
 * each sub-item starts a line again, so that their numbering can be followed. */
static bool split_sub_items(nb_report *r, size_t first_heading) {
  nb_stream *st = &r->stream;
  const char *t = r->text;
  int first = first_heading_item(r, first_heading);
  bool changed = false;
  for (int i = first < 0 ? st->nitems : first + 1; i < st->nitems; i++) {
    if (!is_line(st, i))
      continue;
    nb_span line = st->items[i].span;
    /* Most lines (a table's cells, a short paragraph) cannot hold two markers. */
    if (!two_markers(t, line))
      continue;
    sentence_memo memo = {(size_t)-1, 0, 0};
    size_t p = next_sub_item(t, line, line.start + 1, &memo);
    if (p == line.end || next_sub_item(t, line, p + 1, &memo) == line.end)
      continue;
    for (; p < line.end; p = next_sub_item(t, line, p + 1, &memo)) {
      int at = nb_stream_split_line(st, i, p, false);
      if (at == i + 1) {
        i = at;
        line = st->items[i].span;
        changed = true;
      }
    }
  }
  return changed;
}

/* ---------------------------------------------------------------- title, breadcrumb, signature */

/* The title "…YYYY年…政府信息公开…报告" in t[a, b): the start of its year and its end. */
static bool title_in(const char *t, size_t a, size_t b, size_t *year_at, size_t *end) {
  for (size_t i = a; i < b;) {
    nb_span digits;
    int year;
    if (!nb_find_title_year(t, i, b, &digits, &year))
      return false;
    size_t window = b - digits.end > TITLE_WINDOW_BYTES ? digits.end + TITLE_WINDOW_BYTES : b;
    size_t word = find_word(t, digits.end, window, title_end_word);
    size_t subject = find_word(t, digits.end, window, title_subject);
    if (word != (size_t)-1 && subject != (size_t)-1 && subject < word) {
      *year_at = digits.start;
      *end = word + strlen(title_end_word);
      return true;
    }
    i = digits.end;
  }
  return false;
}

/* Where a breadcrumb run into the title ends: after its last separator before the year, looked
 * for from the year back (the title between them is short, the breadcrumb may not be). */
static size_t breadcrumb_end(const char *t, size_t a, size_t year_at) {
  for (size_t p = year_at; p-- > a;) {
    size_t n = nb_word_prefix(t + p, year_at - p, breadcrumb_separators);
    if (n)
      return p + n;
  }
  return 0;
}

static bool split_title(nb_report *r, size_t first_heading) {
  nb_stream *st = &r->stream;
  int limit = first_heading_item(r, first_heading);
  if (limit < 0)
    limit = st->nitems < LEADING_METADATA_ITEMS ? st->nitems : LEADING_METADATA_ITEMS;
  for (int i = 0; i < limit; i++) {
    if (!is_line(st, i))
      continue;
    nb_span s = trimmed(r->text, st->items[i].span);
    size_t year_at, end;
    if (!title_in(r->text, s.start, s.end, &year_at, &end))
      continue;
    bool changed = false;
    if (nb_word_prefix(r->text + s.start, s.end - s.start, breadcrumb_prefixes)) {
      size_t crumb = breadcrumb_end(r->text, s.start, year_at);
      int at = crumb ? nb_stream_split_line(st, i, crumb, true) : -1;
      if (at == i + 1) {
        nb_stream_remove(st, i);
        changed = true;
      }
    }
    /* A title-sized title with text run in after it; a long sentence that names the report
     * ("根据…编制本县2023年…年度报告") is no title. */
    nb_span item = trimmed(r->text, st->items[i].span);
    if (end < item.end && cps(r->text, nb_span_make(item.start, end)) <= MAX_TITLE_ITEM_CPS)
      changed |= nb_stream_split_line(st, i, end, true) == i + 1;
    return changed;
  }
  return false;
}

/* "…未收取信息处理费。疏勒县人民政府2024年1月23日": the organ and date after the last sentence. */
static bool split_signature(nb_report *r, size_t first_heading) {
  nb_stream *st = &r->stream;
  int i = st->nitems - 1;
  if (i < 0 || !is_line(st, i) || i <= first_heading_item(r, first_heading))
    return false;
  nb_span s = trimmed(r->text, st->items[i].span);
  if (cps(r->text, s) <= MAX_SIGNATURE_CPS)
    return false;
  const char *t = r->text;
  /* The last sentence end, looked for from the end of the line: no mark of sentence_ends
   * starts inside another (each is one character), so the last to start is the last to end. */
  size_t after_sentence = s.start;
  for (size_t p = s.end; p-- > s.start;) {
    size_t n = nb_word_prefix(t + p, s.end - p, sentence_ends);
    if (n) {
      after_sentence = p + n;
      break;
    }
  }
  if (after_sentence == s.start ||
      cps(r->text, nb_span_make(after_sentence, s.end)) > MAX_SIGNATURE_CPS)
    return false;
  /* The rest must end with a date. */
  for (size_t p = after_sentence; p < s.end; p++) {
    nb_date d;
    if ((t[p] >= '0' && t[p] <= '9') && nb_parse_date(t + p, s.end - p, &d) &&
        p + d.span.end == s.end)
      return nb_stream_split_line(st, i, after_sentence, true) == i + 1;
  }
  return false;
}

/* ---------------------------------------------------------------- entry points */

void nb_reflow_lost_breaks(nb_report *r) {
  /* The steps need only where the first heading starts: after headings were split off, that
   * alone is found again; all the sections are, once, at the end. */
  size_t first_heading = r->nsections ? r->sections[0].heading.start : SIZE_MAX;
  bool changed = drop_metadata(r, first_heading);
  if (split_embedded_headings(r)) {
    first_heading = nb_first_section_start(r);
    changed = true;
  }
  changed |= split_sub_items(r, first_heading);
  changed |= split_title(r, first_heading);
  changed |= split_signature(r, first_heading);
  if (changed)
    nb_find_sections(r);
}

void nb_reflow_around_table(nb_report *r, nb_table_id id) {
  nb_stream *st = &r->stream;
  const nb_table *tb = &r->tables[id];
  if (!tb->found || !tb->shares_lines || nb_span_is_empty(tb->span))
    return;
  bool changed = false;
  size_t cuts[2] = {tb->span.start, tb->span.end};
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < st->nitems; i++) {
      const nb_stream_item *it = &st->items[i];
      if (it->kind != NB_ITEM_LINE || cuts[k] <= it->span.start || cuts[k] >= it->span.end)
        continue;
      changed |= nb_stream_split_line(st, i, cuts[k], true) >= 0;
      break;
    }
  if (changed)
    nb_find_sections(r);
}
