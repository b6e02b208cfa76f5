/* Small helpers the rule families share: naming sections and cells in messages, searching a
 * section's prose for keywords, formatting numbers the way a report writes them. */
#ifndef NB_RULE_UTIL_H
#define NB_RULE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "../model.h"

/* A growable heap string for messages assembled piece by piece. */
typedef struct {
  char *s;
  size_t len, cap;
  char *room; /* the caller's storage it started in (nb_rule_buf_init_in), or NULL */
} nb_rule_buf;

void nb_rule_buf_init(nb_rule_buf *b);
/* Starts in the caller's `room` (size > 0 bytes) and moves to the heap only when it outgrows
 * it: a message assembled for one finding fits on the stack, and an allocation per buffer was
 * a good part of what a table finding cost. nb_rule_buf_release gives back what it took. */
void nb_rule_buf_init_in(nb_rule_buf *b, char *room, size_t size);
void nb_rule_buf_release(nb_rule_buf *b);
void nb_rule_buf_printf(nb_rule_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Room for n more bytes and the NUL, for a caller that writes into b->s + b->len itself. */
void nb_rule_buf_reserve(nb_rule_buf *b, size_t n);
/* Inline: messages are assembled a cell or a digit at a time, thousands of appends a report. */
static inline void nb_rule_buf_append(nb_rule_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap)
    nb_rule_buf_reserve(b, n);
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}
/* The same for a few bytes (a digit, a cell separator): copied by a loop rather than a call. */
static inline void nb_rule_buf_append_short(nb_rule_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap)
    nb_rule_buf_reserve(b, n);
  for (size_t i = 0; i < n; i++)
    b->s[b->len + i] = s[i];
  b->len += n;
  b->s[b->len] = '\0';
}
/* Hands the string over to the caller, on the heap (never NULL). */
char *nb_rule_buf_take(nb_rule_buf *b);

/* "一" … "六" for a template section; "" when out of range. */
const char *nb_rule_section_numeral(const nb_report *r, nb_section_id id);
/* The official section title ("总体情况"). */
const char *nb_rule_section_title(const nb_report *r, nb_section_id id);

/* True when any keyword occurs in the section's body: the stream items of its item range, or
 * its body span when the front-end gave no items. Text and keywords are compared after
 * nb_normalize_label, so width and spacing do not matter. Keywords are static data (the
 * template's, keywords.h's): they are normalised once per process. */
bool nb_rule_section_mentions(const nb_report *r, const nb_section *s, const char *const *keywords);

/* The same for several keyword lists over one section, in one pass that stops once every list
 * is mentioned: found[k] tells whether lists[k] is. */
void nb_rule_section_mentions_each(const nb_report *r, const nb_section *s,
                                   const char *const *const *lists, int n, bool *found);

/* Whether section 五 `sec` accounts for last year's problems, sentence by sentence, as
 * rectification-missing judges it (structure.c): the language server's hover says the same. */
bool nb_rule_section_accounts_for_last_year(const nb_report *r, const nb_section *sec);

/* Writes a value as a report would: "11", "3.5". buf must hold at least 32 bytes. */
const char *nb_rule_format_value(double v, char *buf, size_t size);

/* s[0, n) and a NUL in buf (size bytes), cut to size - 1 bytes the way snprintf cuts; buf. */
const char *nb_rule_copy_cut(char *buf, size_t size, const char *s, size_t n);

/* Chinese numeral for 1..99 ("七", "十二", "二十一"); buf holds at least 16 bytes. */
const char *nb_rule_cn_number(int n, char *buf, size_t size);

/* The byte offset where the line holding `pos` starts. */
size_t nb_rule_line_start(const char *text, size_t pos);

/* The section of a table (table 二 lives in section 二, and so on). */
nb_section_id nb_rule_table_section(nb_table_id id);

#endif
