#include "cmark_input.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NB_CUT_AVX2_PATH 1
#endif

#include "../core/text.h"
#include "../core/xalloc.h"
#include "../layout/sections.h"

/* ---------------------------------------------------------------- the plan */

/* Where the line holding s[at] starts. */
static size_t line_start(const char *s, size_t at) {
  while (at > 0 && s[at - 1] != '\n' && s[at - 1] != '\r')
    at--;
  return at;
}

/* The second characters of the openings of HTML blocks of kinds 1 to 5: <script <style <pre
 * <textarea (any case), <!-- <![CDATA[ <!X, <?. */
static const char html_openers[] = "!?sSpPtT";

static size_t html_blocks_from(const char *text, size_t len) {
  for (const char *p = memchr(text, '<', len); p;
       p = memchr(p + 1, '<', len - (size_t)(p + 1 - text)))
    if ((size_t)(p + 1 - text) < len && memchr(html_openers, p[1], sizeof html_openers - 1))
      return line_start(text, (size_t)(p - text));
  return SIZE_MAX;
}

/* Whether text holds "]:", found from its ']': rare in a report, where ':' stands in every
 * time, date and "来源:" (nb_find_bytes looks for the last byte of what it finds). */
static bool has_bracket_colon(const char *text, size_t len) {
  const char *end = text + len;
  for (const char *p = memchr(text, ']', len); p; p = memchr(p + 1, ']', (size_t)(end - p - 1)))
    if (p + 1 < end && p[1] == ':')
      return true;
  return false;
}

nb_cut_plan nb_cut_plan_of(const char *text, size_t len) {
  nb_cut_plan plan = {
      .len = len, .may_cut = !has_bracket_colon(text, len), .min_cut = NB_MIN_CUT_BYTES};
  if (plan.may_cut) {
    plan.html_from = html_blocks_from(text, len);
#if defined(NB_CUT_AVX2_PATH)
    plan.wide = __builtin_cpu_supports("avx2");
#endif
  }
  return plan;
}

/* ---------------------------------------------------------------- cutting lines */

/* ASCII characters that may open a block at a line's start, in cmark-gfm or its extensions:
 * block quote, ATX heading, setext underline, thematic break, bullet list item, code fence, HTML
 * block, link reference and footnote definition, table row and delimiter row (| : -), and '!'
 * and '\' kept whole to be safe. Digits are looked at with what follows them (plain_start_len). */
static const bool may_open_block[128] = {
    ['>'] = true, ['#'] = true, ['='] = true, ['-'] = true,  ['+'] = true, ['*'] = true,
    ['_'] = true, ['`'] = true, ['~'] = true, ['<'] = true,  ['['] = true, [']'] = true,
    ['|'] = true, [':'] = true, ['!'] = true, ['\\'] = true,
};

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/* The length of the character at s[first] (first < end) when a line may be cut after it: one
 * that opens no block (so every block cmark-gfm matches or opens on the line is settled by the
 * white space before it, the same whole or cut), printable ASCII or a CJK ideograph (never white
 * space, nor a NUL cmark-gfm would replace); else 0. A digit opens an ordered list item only
 * when its run of digits goes on with '.' or ')'; cut after the digit, it opens none either. */
static size_t plain_start_len(const char *s, size_t first, size_t end) {
  unsigned char c = (unsigned char)s[first];
  if (c >= 0x80)
    return nb_unfolded_ideograph_len(s + first, end - first);
  if (is_digit((char)c)) {
    size_t i = first + 1;
    while (i < end && is_digit(s[i]))
      i++;
    return i < end && (s[i] == '.' || s[i] == ')') ? 0 : 1;
  }
  return c > ' ' && c < 0x7F && !may_open_block[c] ? 1 : 0;
}

/* The end of the line break at s[at] (at < end): "\r\n", or one '\n' or '\r'. */
static size_t after_line_break(const char *s, size_t end, size_t at) {
  return s[at] == '\r' && at + 1 < end && s[at + 1] == '\n' ? at + 2 : at + 1;
}

/* The first byte of s[i, end) that is neither space nor tab (cmark-gfm's first non-space). */
static inline size_t first_nonblank(const char *s, size_t i, size_t end) {
  if (i < end && (unsigned char)s[i] > ' ') /* most lines */
    return i;
  i = nb_skip_ascii_spaces(s, i, end);
  while (i < end && s[i] == '\t')
    i = nb_skip_ascii_spaces(s, i + 1, end);
  return i;
}

/* Whether the line at s[at] (of the whole text, len bytes) may be a table's delimiter row under
 * the line before, which then is read as the table's header row, its pipes counted (pipe_table.c
 * try_opening_header): a row starts with '|', ':' or '-', or with '>' before them in a block
 * quote the line before went on lazily. */
static bool may_be_delimiter_row(const char *s, size_t len, size_t at) {
  size_t first = first_nonblank(s, at, len);
  return first < len && (s[first] == '|' || s[first] == ':' || s[first] == '-' || s[first] == '>');
}

/* Whether the nianbao extension's hook (extension.c try_opening_heading), offered the line from
 * its first character s[first] on, turns it away by that character alone, both whole
 * (s[first, next)) and cut (clen bytes): a line it reads further goes into the heading memo,
 * whole, and must reach it whole. (The line break after the cut character changes nothing: the
 * character is whole or it is not.) */
static inline bool hook_turns_away(const char *s, size_t first, size_t clen, size_t next) {
  return nb_section_plainly_unnumbered(s, nb_span_make(first, next)) &&
         nb_section_plainly_unnumbered(s, nb_span_make(first, first + clen));
}

/* Lines text[from, end) being fed, those before `to` cut: text[from, copied) is in
 * out[0, out_len); out is made at the first cut. */
typedef struct {
  const char *text;
  size_t from, to, end;
  const nb_cut_plan *plan;
  char *out;
  size_t out_len;
  size_t copied;
} cutter;

/* Drops text[from, to) from the copy. */
static void drop(cutter *c, size_t from, size_t to) {
  if (!c->out)
    c->out = nb_xmalloc(c->end - c->from);
  memcpy(c->out + c->out_len, c->text + c->copied, from - c->copied);
  c->out_len += from - c->copied;
  c->copied = to;
}

/* Cuts the line text[at, end) (end: its line break, or the end of the text) when it may be: its
 * first non-blank character is plain (plain_start_len), the hook turns it away, and what follows
 * that character holds no pipes when the next line may be a delimiter row. */
static void cut_line(cutter *c, size_t at, size_t end) {
  const char *s = c->text;
  size_t first = first_nonblank(s, at, end);
  size_t clen = first < end ? plain_start_len(s, first, end) : 0;
  if (!clen || end - (first + clen) < c->plan->min_cut)
    return;
  bool pipes = memchr(s + first + clen, '|', end - (first + clen)) != NULL;
  size_t next = end < c->end ? after_line_break(s, c->end, end) : end;
  if (pipes && may_be_delimiter_row(s, c->plan->len, next))
    return;
  if (hook_turns_away(s, first, clen, next))
    drop(c, first + clen, end);
}

/* The line ending at s[end] (a line break or the text's end) starts at *at: cut it when it is long
 * enough to look at; the next starts after it. */
static inline void end_line(cutter *c, size_t *at, size_t end, size_t min) {
  if (end - *at > min)
    cut_line(c, *at, end);
  *at = end + 1;
}

/* The lines ending at the line breaks `places` marks in the block of bytes from s[k] on. When
 * no line shorter than the block is looked at (min >= 32), only the first can be long enough:
 * the others start and end in the block, which is passed over at once however many lines it
 * holds (a text of a cell per line has a line break every few bytes). */
static inline void end_lines(cutter *c, size_t *at, size_t k, uint32_t places, size_t min) {
  if (!places)
    return;
  if (min >= 32) {
    end_line(c, at, k + (size_t)__builtin_ctz(places), min);
    *at = k + (size_t)(31 - __builtin_clz(places)) + 1;
    return;
  }
  for (; places; places &= places - 1)
    end_line(c, at, k + (size_t)__builtin_ctz(places), min);
}

#if defined(NB_CUT_AVX2_PATH)
/* The lines of s[*i, c->to) ending in whole blocks of 32 bytes, as cut_long_lines does sixteen
 * bytes a step; *i and *at are left where the blocks end. Not inlined: a loop of its own. */
__attribute__((target("avx2"), noinline)) static void end_lines_wide(cutter *c, size_t *i,
                                                                     size_t *at, size_t min) {
  const char *s = c->text;
  const __m256i nls = _mm256_set1_epi8('\n'), crs = _mm256_set1_epi8('\r');
  size_t k = *i, start = *at;
  for (; c->to - k >= 32; k += 32) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + k));
    end_lines(c, &start, k,
              (uint32_t)_mm256_movemask_epi8(
                  _mm256_or_si256(_mm256_cmpeq_epi8(x, nls), _mm256_cmpeq_epi8(x, crs))),
              min);
  }
  *i = k;
  *at = start;
}
#endif

/* Cuts the lines of c's text long enough to look at. Line breaks are found 32 or sixteen bytes a
 * step and a line is passed over at the cost of a few instructions: most lines are short. A
 * "\r\n" makes an empty line between its bytes, passed over. */
static void cut_long_lines(cutter *c) {
  const char *s = c->text;
  const size_t to = c->to, min = c->plan->min_cut;
  size_t at = c->from, i = c->from;
#if defined(NB_CUT_AVX2_PATH)
  if (c->plan->wide)
    end_lines_wide(c, &i, &at, min);
#endif
#if defined(__SSE2__)
  const __m128i nls = _mm_set1_epi8('\n'), crs = _mm_set1_epi8('\r');
  for (; to - i >= 16; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    end_lines(
        c, &at, i,
        (uint32_t)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, nls), _mm_cmpeq_epi8(x, crs))),
        min);
  }
#endif
  for (; i < to; i++)
    if (s[i] == '\n' || s[i] == '\r')
      end_line(c, &at, i, min);
  if (to - at > min)
    cut_line(c, at, to);
}

/* text[from, to) with every line that may be cut cut, or NULL when none may. Lines from
 * plan->html_from on are fed whole. */
static char *cut_lines(const char *text, size_t from, size_t to, const nb_cut_plan *plan,
                       size_t *fed_len) {
  if (plan->html_from <= from)
    return NULL;
  cutter c = {.text = text,
              .from = from,
              .to = to < plan->html_from ? to : plan->html_from,
              .end = to,
              .plan = plan,
              .copied = from};
  cut_long_lines(&c);
  if (!c.out)
    return NULL;
  drop(&c, to, to);
  *fed_len = c.out_len;
  return c.out;
}

/* ---------------------------------------------------------------- runaway rows */

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

char *nb_cmark_input(const char *text, size_t from, size_t to, const nb_cut_plan *plan,
                     size_t *fed_len) {
  *fed_len = to - from;
  char *copy = plan && plan->may_cut ? cut_lines(text, from, to, plan, fed_len) : NULL;
  mask_runaway_rows(copy ? copy : text + from, *fed_len, &copy);
  return copy;
}
