#include "rule_util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../text.h"
#include "../xalloc.h"
#include "keyword_scan.h"

void nb_rule_buf_init(nb_rule_buf *b) {
  b->cap = 64;
  b->len = 0;
  b->s = nb_xmalloc(b->cap);
  b->s[0] = '\0';
  b->room = NULL;
}

void nb_rule_buf_init_in(nb_rule_buf *b, char *room, size_t size) {
  b->cap = size;
  b->len = 0;
  b->s = b->room = room;
  b->s[0] = '\0';
}

void nb_rule_buf_release(nb_rule_buf *b) {
  if (b->s != b->room)
    free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}

void nb_rule_buf_reserve(nb_rule_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap) {
    while (b->len + n + 1 > b->cap)
      b->cap *= 2;
    if (b->s == b->room) {
      char *heap = nb_xmalloc(b->cap);
      memcpy(heap, b->s, b->len + 1);
      b->s = heap;
    } else {
      b->s = nb_xrealloc(b->s, b->cap);
    }
  }
}

/* Formatted straight into the buffer's free room, a second time only when it does not fit. */
void nb_rule_buf_printf(nb_rule_buf *b, const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  size_t room = b->cap - b->len;
  int n = nb_vsnprintf(b->s + b->len, room, fmt, ap);
  if (n >= 0 && (size_t)n >= room) {
    nb_rule_buf_reserve(b, (size_t)n);
    nb_vsnprintf(b->s + b->len, (size_t)n + 1, fmt, again);
  }
  if (n > 0)
    b->len += (size_t)n;
  b->s[b->len] = '\0';
  va_end(again);
  va_end(ap);
}

char *nb_rule_buf_take(nb_rule_buf *b) {
  char *s = b->s != b->room ? b->s : nb_xstrdup(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
  return s;
}

const char *nb_rule_section_numeral(const nb_report *r, nb_section_id id) {
  if (!r->tpl || id < 0 || id >= NB_SECTION_COUNT)
    return "";
  return r->tpl->sections[id].numeral;
}

const char *nb_rule_section_title(const nb_report *r, nb_section_id id) {
  if (!r->tpl || id < 0 || id >= NB_SECTION_COUNT)
    return "";
  return r->tpl->sections[id].title;
}

/* The bytes of an item's opening that the lists are first looked for in, cut back to where a
 * character starts: section 一's paragraphs open with their aspect's sub-heading ("（四）政府信息
 * 公开平台建设", 39 bytes), and the last aspect's paragraph is the section's last. */
enum { OPENING_BYTES = 48 };

static size_t opening_len(const char *s, size_t len) {
  if (len <= OPENING_BYTES)
    return len;
  size_t p = OPENING_BYTES;
  while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
    p--;
  return p;
}

/* The lists mentioned in the section's items [first, end), `got` so far, up to `want`. With
 * `openings_first`, the openings of the items are read before any item in full: the automaton
 * folds a text from its start, character by character, so what it finds in an item's opening
 * it finds in the whole item too; the lists found are the same, and most sections are settled
 * by their sub-headings, without their paragraphs. An item no longer than its opening is not
 * read twice. */
static uint64_t scan_items(const nb_keyword_scan *ks, const nb_report *r, int first, int end,
                           uint64_t got, uint64_t want, bool openings_first) {
  for (int i = first; openings_first && i < end && got != want; i++) {
    nb_span span = r->stream.items[i].span;
    const char *s = r->text + span.start;
    if (!nb_span_is_empty(span))
      got = nb_keyword_scan_folded(ks, s, opening_len(s, span.end - span.start), got, want);
  }
  for (int i = first; i < end && got != want; i++) {
    nb_span span = r->stream.items[i].span;
    const char *s = r->text + span.start;
    size_t len = span.end - span.start;
    if (!nb_span_is_empty(span) && (!openings_first || opening_len(s, len) < len))
      got = nb_keyword_scan_folded(ks, s, len, got, want);
  }
  return got;
}

static void mentions_each(const nb_report *r, const nb_section *s, const char *const *const *lists,
                          int n, bool *found, bool openings_first) {
  for (int k = 0; k < n; k++)
    found[k] = false;
  if (n <= 0)
    return;
  /* More lists than the automaton marks: the rest in further passes. */
  if (n > NB_KEYWORD_SCAN_MAX_LISTS) {
    mentions_each(r, s, lists + NB_KEYWORD_SCAN_MAX_LISTS, n - NB_KEYWORD_SCAN_MAX_LISTS,
                  found + NB_KEYWORD_SCAN_MAX_LISTS, openings_first);
    n = NB_KEYWORD_SCAN_MAX_LISTS;
  }
  const nb_keyword_scan *kept = nb_keyword_scan_static(lists, n);
  nb_keyword_scan *own = kept ? NULL : nb_keyword_scan_new(lists, n);
  const nb_keyword_scan *ks = kept ? kept : own;
  uint64_t want = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1, got = 0;
  int first = s->first_item < 0 ? 0 : s->first_item;
  int end = s->end_item > r->stream.nitems ? r->stream.nitems : s->end_item;
  /* Each item on its own, as each was normalised on its own: no keyword spans two. */
  if (first < end) {
    got = scan_items(ks, r, first, end, got, want, openings_first);
  } else if (s->body.end <= r->len && !nb_span_is_empty(s->body)) {
    got =
        nb_keyword_scan_folded(ks, r->text + s->body.start, s->body.end - s->body.start, got, want);
  }
  for (int k = 0; k < n; k++)
    found[k] = got >> k & 1;
  nb_keyword_scan_free(own);
}

void nb_rule_section_mentions_each(const nb_report *r, const nb_section *s,
                                   const char *const *const *lists, int n, bool *found) {
  mentions_each(r, s, lists, n, found, n > 1);
}

bool nb_rule_section_mentions(const nb_report *r, const nb_section *s,
                              const char *const *keywords) {
  bool found;
  mentions_each(r, s, &keywords, 1, &found, false);
  return found;
}

const char *nb_rule_format_value(double v, char *buf, size_t size) {
  /* Every integer below 2^53 is a double: a sum of cells below NB_VALUE_LIMIT prints in full. */
  const double exact_limit = 9007199254740992.0;
  if (v == floor(v) && fabs(v) < exact_limit && !(v == 0 && signbit(v)) && size >= 32) {
    /* What "%.0f" writes, without printf's floating-point machinery: every part of every
     * arithmetic finding is formatted. */
    buf[nb_decimal(buf, (long long)v)] = '\0';
  } else if (v == floor(v) && fabs(v) < exact_limit) {
    snprintf(buf, size, "%.0f", v);
  } else {
    snprintf(buf, size, "%.15g", v);
  }
  return buf;
}

const char *nb_rule_cn_number(int n, char *buf, size_t size) {
  static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  enum { DIGIT = sizeof "一" - 1 };
  char word[NB_DECIMAL_MAX + 1];
  size_t len;
  /* Written without printf (numbering findings name three or four markers each), then cut to
   * size as snprintf would cut it. */
  if (n <= 0 || n >= 100) {
    len = nb_decimal(word, n);
  } else if (n < 10) {
    memcpy(word, digits[n], DIGIT);
    len = DIGIT;
  } else {
    int tens = n / 10, ones = n % 10;
    len = 0;
    if (tens > 1) {
      memcpy(word, digits[tens], DIGIT);
      len = DIGIT;
    }
    memcpy(word + len, "十", DIGIT);
    len += DIGIT;
    if (ones) {
      memcpy(word + len, digits[ones], DIGIT);
      len += DIGIT;
    }
  }
  return nb_rule_copy_cut(buf, size, word, len);
}

const char *nb_rule_copy_cut(char *buf, size_t size, const char *s, size_t n) {
  if (size == 0)
    return buf;
  if (n > size - 1)
    n = size - 1;
  memcpy(buf, s, n);
  buf[n] = '\0';
  return buf;
}

size_t nb_rule_line_start(const char *text, size_t pos) {
  while (pos > 0 && text[pos - 1] != '\n')
    pos--;
  return pos;
}

nb_section_id nb_rule_table_section(nb_table_id id) {
  switch (id) {
  case NB_TABLE_ACTIVE:
    return NB_SEC_ACTIVE;
  case NB_TABLE_APPLICATIONS:
    return NB_SEC_APPLICATIONS;
  case NB_TABLE_REVIEW:
  default:
    return NB_SEC_REVIEW;
  }
}
