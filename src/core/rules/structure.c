/* Structure rules: the six sections (presence, order, duplicates, titles) and what sections
 * 一, 五 and 六 must say. Sub-item numbering lives in numbering.c. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../engine.h"
#include "../text.h"
#include "../xalloc.h"
#include "keyword_scan.h"
#include "keywords.h"
#include "numbering.h"
#include "rule_util.h"

/* The first present section after `id` in template order, or NULL. */
static const nb_section *next_present_section(const nb_report *r, nb_section_id id) {
  for (int k = (int)id + 1; k < NB_SECTION_COUNT; k++) {
    const nb_section *s = nb_report_section(r, (nb_section_id)k);
    if (s)
      return s;
  }
  return NULL;
}

static void check_missing(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  if (r->nsections == 0) {
    /* Nothing to go by: one finding that says so, not six that guess; where missing sections
     * are reported when none follows them, at the end. */
    nb_diag_add(ctx->out, "section-missing", nb_span_make(r->len, r->len),
                "未能识别出任何法定章节标题（“一、%s”至“六、%s”），无法确定报告的结构",
                "none of the six statutory section headings (“一、%s” to “六、%s”) was found; the "
                "report's structure cannot be read",
                nb_rule_section_title(r, NB_SEC_OVERVIEW), nb_rule_section_title(r, NB_SEC_OTHER));
    return;
  }
  for (int k = 0; k < NB_SECTION_COUNT; k++) {
    nb_section_id id = (nb_section_id)k;
    if (nb_report_section(r, id))
      continue;
    const nb_section *next = next_present_section(r, id);
    size_t at = next ? next->heading.start : r->len;
    nb_diag_add(ctx->out, "section-missing", nb_span_make(at, at), "缺少第%s部分“%s”",
                "missing section %s “%s”", nb_rule_section_numeral(r, id),
                nb_rule_section_title(r, id));
  }
}

/* Index of the first section in document order with the same id as sections[i]. */
static int first_occurrence(const nb_report *r, int i) {
  for (int j = 0; j < i; j++)
    if (r->sections[j].id == r->sections[i].id)
      return j;
  return i;
}

static void check_order_and_duplicates(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  int highest = -1; /* highest section id seen so far, first occurrences only */
  for (int i = 0; i < r->nsections; i++) {
    const nb_section *s = &r->sections[i];
    int first = first_occurrence(r, i);
    if (first != i) {
      const nb_section *f = &r->sections[first];
      nb_diag *d = nb_diag_add(ctx->out, "section-duplicate", s->heading, "第%s部分“%s”重复出现",
                               "section %s “%s” appears again", nb_rule_section_numeral(r, s->id),
                               nb_rule_section_title(r, s->id));
      nb_diag_add_related(d, f->heading, "第一次出现在这里", "first occurrence");
      continue;
    }
    const char *numeral = nb_rule_section_numeral(r, s->id);
    if ((int)s->id < highest) {
      nb_diag_add(ctx->out, "section-order", s->heading, "第%s部分“%s”出现在第%s部分之后，顺序错误",
                  "section %s “%s” comes after section %s: sections are out of order", numeral,
                  nb_rule_section_title(r, s->id),
                  nb_rule_section_numeral(r, (nb_section_id)highest));
    } else if (s->numeral_value != 0 && s->numeral_value != (int)s->id + 1) {
      char written[16];
      nb_rule_cn_number(s->numeral_value, written, sizeof written);
      nb_diag_add(ctx->out, "section-order", s->heading, "“%s”是第%s部分，却编号为“%s、”",
                  "“%s” is section %s but is numbered “%s、”", nb_rule_section_title(r, s->id),
                  numeral, written);
    }
    if ((int)s->id > highest)
      highest = (int)s->id;
  }
}

static void check_titles(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  for (int i = 0; i < r->nsections; i++) {
    const nb_section *s = &r->sections[i];
    if (s->title_match != NB_MATCH_VARIANT && s->title_match != NB_MATCH_TYPO &&
        s->title_match != NB_MATCH_POSITIONAL)
      continue;
    const char *official = nb_rule_section_title(r, s->id);
    int n = (int)(s->title.end - s->title.start);
    const char *written = r->text + s->title.start;
    nb_diag *d;
    if (s->title_match == NB_MATCH_TYPO)
      d = nb_diag_add(ctx->out, "section-title", s->title,
                      "第%s部分标题“%.*s”有错别字，模板标题为“%s”",
                      "section %s title “%.*s” is misspelt; the template has “%s”",
                      nb_rule_section_numeral(r, s->id), n, written, official);
    else if (s->title_match == NB_MATCH_POSITIONAL)
      d = nb_diag_add(ctx->out, "section-title", s->title,
                      "第%s部分标题“%.*s”不是模板标题或其常见写法，按其编号和位置识别为该部分；模板"
                      "标题为“%s”",
                      "section %s title “%.*s” is not the template's nor a known variant; it was "
                      "recognised by its numeral and place; the template has “%s”",
                      nb_rule_section_numeral(r, s->id), n, written, official);
    else
      d = nb_diag_add(ctx->out, "section-title", s->title,
                      "第%s部分标题“%.*s”与模板不一致，模板标题为“%s”",
                      "section %s title “%.*s” differs from the template's “%s”",
                      nb_rule_section_numeral(r, s->id), n, written, official);
    /* A title of the report's own may say more than the template's: replacing it is the
     * author's call, not a safe fix. */
    nb_diag_add_fix(d, s->title_match != NB_MATCH_POSITIONAL, s->title, official, "改为模板标题",
                    "use the official title");
  }
}

static void check_overview_aspects(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  if (!r->tpl || r->template_id != NB_TPL_2021 || !r->tpl->overview_aspects)
    return;
  const nb_section *s = nb_report_section(r, NB_SEC_OVERVIEW);
  if (!s)
    return;
  int total = r->tpl->noverview_aspects, n = 0;
  /* On the stack for the templates' handful of aspects. */
  enum { ROOM = 16 };
  const char *const *lists_room[ROOM];
  int aspects_room[ROOM];
  bool found_room[ROOM];
  bool on_stack = total < ROOM;
  const char *const **lists =
      on_stack ? lists_room : nb_xmalloc(((size_t)total + 1) * sizeof *lists);
  int *aspects = on_stack ? aspects_room : nb_xmalloc(((size_t)total + 1) * sizeof *aspects);
  bool *found = on_stack ? found_room : nb_xmalloc(((size_t)total + 1) * sizeof *found);
  for (int k = 0; k < total; k++) {
    const nb_aspect_spec *a = &r->tpl->overview_aspects[k];
    if (a->government_only && r->organ_kind != NB_ORGAN_GOVERNMENT)
      continue;
    aspects[n] = k;
    lists[n++] = a->keywords;
  }
  nb_rule_section_mentions_each(r, s, lists, n, found);
  for (int i = 0; i < n; i++) {
    const nb_aspect_spec *a = &r->tpl->overview_aspects[aspects[i]];
    if (!found[i]) {
      /* "“总体情况”未涉及“%s”方面%.0s" and "section 一 does not cover “%s” (%s)", from pieces */
      nb_piece name = nb_piece_of(a->name);
      const nb_piece zh[] = {NB_PIECE("“总体情况”未涉及“"), name, NB_PIECE("”方面")};
      const nb_piece en[] = {NB_PIECE("section 一 does not cover “"), name, NB_PIECE("” ("),
                             nb_piece_of(a->name_en), NB_PIECE(")")};
      nb_diag_add_pieces(ctx->out, "overview-aspect-missing", s->heading, zh, NB_NPIECES(zh), en,
                         NB_NPIECES(en));
    }
  }
  if (!on_stack) {
    free(lists);
    free(aspects);
    free(found);
  }
}

/* "2023年" for the report's last and next years, written once per section rather than once per
 * sentence. */
typedef struct {
  char last[24], next[24];
} year_words;

static void year_word(char *word, int y) {
  size_t n = y > 0 ? nb_decimal(word, y) : 0;
  if (n > 0) {
    memcpy(word + n, "年", strlen("年"));
    n += strlen("年");
  }
  word[n] = '\0'; /* no year: nothing names it */
}

/* The lists a sentence of section 五 is judged by, looked for in one pass of an automaton
 * (keyword_scan.h) rather than a search per word, and by bit: */
enum {
  LIST_FORWARD = 1,
  LIST_DONE = 2,
  LIST_LAST_YEAR = 4,
  LIST_PROBLEM = 8,
  LIST_ALL = 15,
  NLISTS = 4
};
static const char *const *const judged_by[] = {nb_kw_looking_forward, nb_kw_rectification_done,
                                               nb_kw_last_year, nb_kw_problem_words};

/* The automaton folds the text as nb_normalize_label does, so it reads a sentence as it
 * stands in the report, and a normalised one the same. A sentence that looks forward is
 * settled by that alone: the scan stops there. */
static unsigned lists_in(const nb_keyword_scan *ks, const char *s, size_t len) {
  return (unsigned)nb_keyword_scan_folded(ks, s, len, 0, LIST_FORWARD);
}

/* The bytes a character that folds to a digit can start with: the digits, the lead of their
 * full-width forms (EF, shared with ，：（）), and the leads of overlong forms nb_utf8_next
 * decodes (C0, C1, E0, F0). */
static const bool digit_leads[256] = {
    ['0'] = true,  ['1'] = true,  ['2'] = true,  ['3'] = true,  ['4'] = true,
    ['5'] = true,  ['6'] = true,  ['7'] = true,  ['8'] = true,  ['9'] = true,
    [0xC0] = true, [0xC1] = true, [0xE0] = true, [0xEF] = true, [0xF0] = true};

/* False when nb_normalize_label(s, len) certainly holds no digit: no byte that could start one,
 * and no ０…９ (EF BC 90…99) among the EF sequences. Most sentences the keywords leave open name
 * no year at all, and are settled without normalising them. */
static bool may_hold_digit(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = nb_next_byte_in(s, 0, len, digit_leads); i < len;
       i = nb_next_byte_in(s, i + 1, len, digit_leads))
    if (u[i] != 0xEF || len - i < 3 || u[i + 1] != 0xBC || (u[i + 2] >= 0x90 && u[i + 2] <= 0x99))
      return true;
  return false;
}

/* Whether nb_normalize_label(s, len) holds `word` (or s itself, when it is `normalised`).
 * Asked only of the few sentences the keywords leave open: those are normalised here, unless
 * they hold no digit, which every year word starts with. */
static bool names_year(const char *s, size_t len, bool normalised, const char *word) {
  if (!word[0])
    return false;
  if (normalised)
    return nb_find_bytes(s, len, word, strlen(word)) != NULL;
  if (!may_hold_digit(s, len))
    return false;
  char room[512];
  char *text = NB_NORMALIZED_ROOM(len) <= sizeof room ? room : nb_xmalloc(NB_NORMALIZED_ROOM(len));
  size_t n = nb_normalize_label_to(s, len, text);
  bool named = nb_find_bytes(text, n, word, strlen(word)) != NULL;
  if (text != room)
    free(text);
  return named;
}

/* One sentence of section 五 that accounts for last year's problems: it names last year (or
 * the year before the report's) and its problems, or states a fix as done; and it does not
 * look forward. */
static bool accounts_for_last_year(const nb_keyword_scan *ks, const year_words *years,
                                   const char *s, size_t len, bool normalised) {
  unsigned lists = lists_in(ks, s, len);
  if (lists & LIST_FORWARD)
    return false;
  bool account = (lists & LIST_DONE) ||
                 ((lists & LIST_PROBLEM) &&
                  ((lists & LIST_LAST_YEAR) || names_year(s, len, normalised, years->last)));
  return account && !names_year(s, len, normalised, years->next);
}

/* The bytes a character that folds to a sentence end (。!?;) can start with in a report's
 * text: ! ? ; themselves, the lead bytes of 。！？；｡ (E3, EF), and those of the overlong forms
 * nb_utf8_next also decodes to one of them (C0, C1, E0, F0: never in validated text, but the
 * library takes any bytes). Every other character is settled by its first byte. */
static const bool sentence_end_leads[256] = {
    ['!'] = true,  ['?'] = true,  [';'] = true,  [0xC0] = true, [0xC1] = true,
    [0xE0] = true, [0xE3] = true, [0xEF] = true, [0xF0] = true};

/* Whether the character at text[i] (i < to, a sentence_end_leads byte) folds to a sentence end;
 * *after is where the text after it starts when it does. The lead bytes of 。！？；｡ are those of
 * the whole CJK punctuation (、，：《》（）), met a few times a sentence: their other bytes settle
 * them. Only 。 (E3 80 82) folds to one among U+3000…U+3FFF, and only ！？；｡ (EF BC 81, EF BC
 * 9F, EF BC 9B, EF BD A1) among U+F000…U+FFFF; an overlong or malformed sequence is decoded. */
static bool sentence_end_at(const char *text, size_t i, size_t to, size_t *after) {
  const unsigned char *u = (const unsigned char *)text;
  unsigned char b = u[i];
  if (b < 0x80) { /* ! ? ; themselves */
    *after = i + 1;
    return true;
  }
  if ((b == 0xE3 || b == 0xEF) && to - i >= 3) {
    unsigned tail = (unsigned)u[i + 1] << 8 | u[i + 2];
    bool end = b == 0xE3 ? tail == 0x8082
                         : tail == 0xBC81 || tail == 0xBC9F || tail == 0xBC9B || tail == 0xBDA1;
    *after = i + 3;
    if (end || ((tail & 0xC0C0) == 0x8080))
      return end;
  }
  *after = i;
  uint32_t cp = nb_fold_label_cp(nb_utf8_next(text, to, after));
  return cp == '!' || cp == '?' || cp == ';' || cp == 0x3002 /* 。 */;
}

#if defined(__SSE2__)
static inline __m128i bytes_equal(__m128i x, unsigned char c) {
  return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c));
}

/* Where in the sixteen bytes x (z: the same two bytes on) a sentence end may start, as a mask:
 * ! ? ; themselves, 。！？；｡ by their first and third bytes, and the leads of the overlong
 * forms, which sentence_end_at decodes. The commas, colons, brackets and quotes that share E3
 * and EF with them are passed over here, sixteen bytes at once, where the byte table stopped at
 * each of them, every few characters of a sentence. */
static inline unsigned sentence_end_places(__m128i x, __m128i z) {
  __m128i ascii =
      _mm_or_si128(_mm_or_si128(bytes_equal(x, '!'), bytes_equal(x, '?')), bytes_equal(x, ';'));
  /* C0 and C1 are C0 less its last bit, E0 and F0 E0 less bit 4. */
  __m128i overlong = _mm_or_si128(bytes_equal(_mm_and_si128(x, _mm_set1_epi8((char)0xFE)), 0xC0),
                                  bytes_equal(_mm_and_si128(x, _mm_set1_epi8((char)0xEF)), 0xE0));
  __m128i full_stop = _mm_and_si128(bytes_equal(x, 0xE3), bytes_equal(z, 0x82));
  /* ！ ｡ by their 81 and A1, ？ and ； by 9F and 9B (9B less bit 2). */
  __m128i ef_third = _mm_or_si128(_mm_or_si128(bytes_equal(z, 0x81), bytes_equal(z, 0xA1)),
                                  bytes_equal(_mm_and_si128(z, _mm_set1_epi8((char)0xFB)), 0x9B));
  __m128i full_width = _mm_and_si128(bytes_equal(x, 0xEF), ef_third);
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(ascii, overlong), _mm_or_si128(full_stop, full_width)));
}
#endif

/* The first place in text[from, to) where a sentence end may start: a place sentence_end_at
 * may say yes to, and none passed that it would say yes to. Sixteen places a step where SSE2
 * is; the last few by sentence_end_leads. */
static size_t next_sentence_end_lead(const char *text, size_t from, size_t to) {
  size_t i = from;
#if defined(__SSE2__)
  while (i < to && to - i >= 18) { /* reads text[i, i + 18) */
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
    __m128i z = _mm_loadu_si128((const __m128i *)(const void *)(text + i + 2));
    unsigned places = sentence_end_places(x, z);
    if (places)
      return i + (size_t)__builtin_ctz(places);
    i += 16;
  }
#endif
  return nb_next_byte_in(text, i, to, sentence_end_leads);
}

/* Where the first sentence end in text[from, to) starts, or `to`; *after is where the text
 * after it starts. A lead byte is never part of an earlier character, so decoding at one reads
 * the character the whole item's decoding (nb_normalize_label's) reads there. */
static size_t next_sentence_end(const char *text, size_t from, size_t to, size_t *after) {
  for (size_t i = next_sentence_end_lead(text, from, to); i < to;
       i = next_sentence_end_lead(text, *after, to))
    if (sentence_end_at(text, i, to, after))
      return i;
  *after = to;
  return to;
}

/* nb_normalize_label(s, len) appended to b, up to its first NUL as a copy of the string would
 * be, without a string of its own. */
static void append_normalized(nb_rule_buf *b, const char *s, size_t len) {
  nb_rule_buf_reserve(b, NB_NORMALIZED_ROOM(len));
  size_t n = nb_normalize_label_to(s, len, b->s + b->len);
  b->len += strnlen(b->s + b->len, n);
  b->s[b->len] = '\0';
}

/* Section 五 read sentence by sentence, in place. */
typedef struct {
  const nb_report *r;
  const nb_keyword_scan *ks;
  year_words years;
} section_five;

/* One sentence: from byte `start` of item `first` to byte `end` of item `last` (first < 0: no
 * sentence). The automaton folds as it reads, so a sentence within one item is judged on the
 * report's bytes; one that a line break cuts is normalised piece by piece and joined, since a
 * keyword may span the break, and is judged on that. */
static bool sentence_accounts(const section_five *f, int first, size_t start, int last,
                              size_t end) {
  if (first < 0)
    return false;
  const nb_report *r = f->r;
  if (first == last)
    return accounts_for_last_year(f->ks, &f->years, r->text + start, end - start, false);
  char room[512];
  nb_rule_buf joined;
  nb_rule_buf_init_in(&joined, room, sizeof room);
  for (int i = first; i <= last; i++) {
    nb_span span = r->stream.items[i].span;
    if (span.end <= r->len)
      append_normalized(&joined, r->text + (i == first ? start : span.start),
                        (i == last ? end : span.end) - (i == first ? start : span.start));
  }
  bool account = accounts_for_last_year(f->ks, &f->years, joined.s, joined.len, true);
  nb_rule_buf_release(&joined);
  return account;
}

/* Sentences end at 。！？； and at paragraph breaks (an item after a blank line, a heading); a
 * line broken inside a sentence is joined again. The first that accounts settles it: the rest
 * of the section is not read. */
bool nb_rule_section_accounts_for_last_year(const nb_report *r, const nb_section *sec) {
  section_five f = {r, nb_keyword_scan_static(judged_by, NLISTS), {{0}, {0}}};
  nb_keyword_scan *own = f.ks ? NULL : nb_keyword_scan_new(judged_by, NLISTS);
  if (own)
    f.ks = own;
  year_word(f.years.last, r->year - 1);
  year_word(f.years.next, r->year + 1);
  int first = sec->first_item < 0 ? 0 : sec->first_item;
  int end = sec->end_item > r->stream.nitems ? r->stream.nitems : sec->end_item;
  int from_item = -1, last = -1; /* the sentence read so far, and the last item read */
  size_t from = 0;
  bool found = false;
  for (int i = first; i < end && !found; i++) {
    nb_span span = r->stream.items[i].span;
    if (span.end > r->len)
      continue;
    bool breaks = r->stream.items[i].blank_before || r->stream.items[i].kind == NB_ITEM_HEADING;
    if (breaks)
      found = sentence_accounts(&f, from_item, from, last,
                                r->stream.items[last < 0 ? i : last].span.end);
    /* A sentence that has nothing left in the items before starts in this one. */
    if (breaks || from_item < 0 || (from_item == last && from == r->stream.items[last].span.end)) {
      from_item = i;
      from = span.start;
    }
    size_t at = span.start, after;
    for (size_t stop;
         !found && (stop = next_sentence_end(r->text, at, span.end, &after)) < span.end;
         at = after) {
      found = sentence_accounts(&f, from_item, from, i, stop);
      from_item = i;
      from = after;
    }
    last = i;
  }
  if (!found && last >= 0)
    found = sentence_accounts(&f, from_item, from, last, r->stream.items[last].span.end);
  nb_keyword_scan_free(own);
  return found;
}

/* Practice rules from report year 2021 on: section 五 accounts for last year's problems,
 * section 六 states the information processing fees. */
static void check_practice_statements(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  if (r->year < 2021)
    return;
  const nb_section *problems = nb_report_section(r, NB_SEC_PROBLEMS);
  if (problems && !nb_rule_section_accounts_for_last_year(r, problems))
    nb_diag_add(ctx->out, "rectification-missing", problems->heading,
                "第五部分未说明上一年度存在问题的整改情况",
                "section 五 gives no account of how last year's problems were dealt with");
  const nb_section *other = nb_report_section(r, NB_SEC_OTHER);
  if (other && !nb_rule_section_mentions(r, other, nb_kw_fee_statement))
    nb_diag_add(ctx->out, "fee-statement-missing", other->heading,
                "第六部分未说明信息处理费的收取情况（收取了多少，或未收取）",
                "section 六 says nothing about information processing fees (how much was "
                "charged, or that none was)");
}

void nb_check_structure(nb_check_ctx *ctx) {
  check_missing(ctx);
  check_order_and_duplicates(ctx);
  check_titles(ctx);
  check_overview_aspects(ctx);
  check_practice_statements(ctx);
  nb_check_numbering(ctx);
}
