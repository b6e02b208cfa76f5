/* The prose of a report as one searchable buffer, for the prose and across-years rules.
 *
 * Reports arrive with their sentences broken over lines (pdftotext, web pages) and numbers
 * padded with spaces ("受理政府信息公开申请 3119 件"). The buffer joins the lines of the prose
 * — never table material or headings — drops every space and Markdown mark, turns full-width
 * digits into ASCII ones, and writes '\n' where a sentence cannot continue (a heading, a
 * table, a blank line). Every byte remembers the source bytes it came from, so a finding made
 * on the buffer lands on the report's own text. */
#ifndef NB_RULE_PROSE_TEXT_H
#define NB_RULE_PROSE_TEXT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include <stdint.h>
#include <string.h>

#include "../model.h"

/* One sentence of the buffer: buf[start, end), without its closing mark. */
typedef struct {
  size_t start, end;
} nb_prose_sentence;

/* A stretch of the buffer copied from one stretch of the source: buf[prose, …) came from
 * source[source, …), byte for byte, up to the next run. Most prose is copied as it is, so a
 * line is one run; dropped spaces and marks start a new one. (A map of one offset per byte was
 * four bytes for every byte of prose, most of the memory a large document took.) */
typedef struct {
  uint32_t prose, source;
} nb_prose_run;

typedef struct {
  char *buf; /* NUL-terminated */
  size_t len;
  nb_prose_run *runs; /* by prose offset; the first starts at 0 */
  size_t nruns, runs_cap;
  const char *source; /* the report's text, for the ends of characters */
  size_t source_len;
  /* What nb_prose_next_sentence returns from position 0 on, in order. Found once here:
   * every prose rule walks all the sentences, and finding the ends is a scan of every byte. */
  nb_prose_sentence *sentences;
  size_t nsentences;
  /* Where each run of ASCII digits starts (the byte before is none), in order, noted while the
   * buffer is built: the rules read every number of the prose, and finding the digits was a
   * scan of every byte. */
  uint32_t *digit_runs;
  size_t ndigit_runs, digit_runs_cap;
} nb_prose;

/* Texts of 4 GiB or more get an empty prose (the prose rules then find nothing). */
void nb_prose_build(const nb_report *r, nb_prose *p);

/* Whether nb_prose_build may find the bytes it stops at 32 at a time with AVX2, where the
 * processor has it (the default): tests build the same prose both ways. */
void nb_prose_allow_wide_scan(bool allow);
void nb_prose_free(nb_prose *p);

/* Where the source character that buf[at] belongs to starts (at < len). */
size_t nb_prose_source(const nb_prose *p, size_t at);

/* The source span of buf[s, e) (e > s). */
nb_span nb_prose_span(const nb_prose *p, size_t s, size_t e);

/* The next sentence at or after *pos: [*s, *e) without its closing mark (。！？；, a line
 * break). Empty sentences are skipped. Returns false at the end of the buffer. */
bool nb_prose_next_sentence(const nb_prose *p, size_t *pos, size_t *s, size_t *e);

/* First occurrence of `word` in s[from, to), or (size_t)-1. */
size_t nb_prose_find(const char *s, size_t from, size_t to, const char *word);

/* Where one word next occurs in a buffer, for a rule that looks for it in every sentence: the
 * buffer is searched once from start to end instead of once per sentence (a phrase that occurs
 * nowhere cost a search of each of a large document's hundred thousand sentences). */
typedef struct {
  const char *word;
  size_t len;
  size_t next; /* the first occurrence at or after the last `from` asked for, or (size_t)-1 */
  bool searched;
} nb_prose_cursor;

void nb_prose_cursor_init(nb_prose_cursor *c, const char *word);

/* Moves the cursor to the word's first occurrence in s[from, len). */
void nb_prose_cursor_search(nb_prose_cursor *c, const char *s, size_t len, size_t from);

/* First occurrence of the cursor's word in s[from, to), the same as nb_prose_find; s[0, len)
 * is the whole NUL-terminated buffer. `from` must not go back from one call to the next. Inline:
 * it is asked once per sentence and word, and nearly always answers without searching. */
static inline size_t nb_prose_cursor_find(nb_prose_cursor *c, const char *s, size_t len,
                                          size_t from, size_t to) {
  if (from >= to || c->len == 0)
    return (size_t)-1;
  if (!c->searched || (c->next != (size_t)-1 && c->next < from))
    nb_prose_cursor_search(c, s, len, from);
  /* Later occurrences start later, so when the first at or after `from` runs past `to`, none
   * lies inside [from, to). */
  return c->next != (size_t)-1 && c->next + c->len <= to ? c->next : (size_t)-1;
}

/* The word lists below are static data (prose_words.h's): each is searched in one pass through
 * an index built on its first use and kept by its address. */

/* The first word of the NULL-terminated list, in list order, that occurs in s[from, to), or
 * NULL. */
const char *nb_prose_find_any(const char *s, size_t from, size_t to, const char *const *words);

/* Whether a word of the list occurs in s[from, to), leaving out the words marked in `skip` (bit
 * k: words[k]). */
bool nb_prose_has_any(const char *s, size_t from, size_t to, const char *const *words,
                      uint64_t skip);

/* For each word k of the list, where its last occurrence in s[from, to) starts, or (size_t)-1:
 * last[] has an entry per word. Returns the words among the first 64 that occur (bit k: words[k]),
 * for callers that go through them only. */
uint64_t nb_prose_find_last_each(const char *s, size_t from, size_t to, const char *const *words,
                                 size_t *last);

/* True when s[at…] starts with `word` (the buffer is NUL-terminated). Inline: rules test a
 * list of words after every number, and most are rejected by their first two bytes (CJK words
 * share a handful of first bytes; s[at + 1] is readable, at worst the buffer's NUL). */
static inline bool nb_prose_starts(const char *s, size_t at, size_t end, const char *word) {
  if (at >= end || s[at] != word[0])
    return false;
  if (word[0] != '\0' && word[1] != '\0' && s[at + 1] != word[1])
    return false;
  size_t n = strlen(word);
  return at + n <= end && memcmp(s + at, word, n) == 0;
}

/* A NULL-terminated word list with the set of bytes its words start with. Rules test some
 * lists at every byte of a sentence; looking the byte up first rejects nearly every position
 * with one load instead of one comparison per word. Declare one per list and call site:
 *   static nb_word_list ends = NB_WORD_LIST(nb_pw_clause_ends); */
typedef struct {
  const char *const *words;
  /* first[] is filled (on first use, under a lock: rules run on several threads at once). */
  _Atomic bool ready;
  bool first[256];
} nb_word_list;

#define NB_WORD_LIST(list)                                                                         \
  {                                                                                                \
    (list), false, {                                                                               \
      false                                                                                        \
    }                                                                                              \
  }

/* Fills wl->first on first use, then tests the words in order. */
bool nb_prose_at_word_slow(nb_word_list *wl, const char *s, size_t at, size_t end, size_t *len);

/* The first word of the list, in list order, for which nb_prose_starts(s, at, end, word)
 * holds; *len is its length. False when there is none. Inline so that the one-load rejection
 * costs no call. */
static inline bool nb_prose_at_word(nb_word_list *wl, const char *s, size_t at, size_t end,
                                    size_t *len) {
  if (atomic_load_explicit(&wl->ready, memory_order_acquire) &&
      (at >= end || !wl->first[(unsigned char)s[at]]))
    return false;
  return nb_prose_at_word_slow(wl, s, at, end, len);
}

/* True when s[end - len(word), end) is `word` and lies at or after `start`. */
bool nb_prose_ends(const char *s, size_t start, size_t end, const char *word);

/* A count written in the prose: digits, optionally an approximation after them (余, 多) and a
 * unit. */
typedef struct {
  size_t start, end; /* the digits */
  size_t unit_end;   /* after the unit; == end when there is none */
  double value;
  bool decimal; /* "3.5": never a count */
  bool approx_after;
  const char *unit; /* the unit word from nb_pw_count_units, or NULL */
} nb_prose_number;

/* nb_prose_number_at once s[at] is known to be a digit. */
bool nb_prose_number_read(const char *s, size_t at, size_t end, nb_prose_number *n);

/* Reads the number that starts at s[at] (a digit not preceded by one). Rules call this at
 * every byte of a sentence; the inline test rejects the bytes that are no digit. */
static inline bool nb_prose_number_at(const char *s, size_t at, size_t end, nb_prose_number *n) {
  if (at >= end || s[at] < '0' || s[at] > '9')
    return false;
  return nb_prose_number_read(s, at, end, n);
}

/* Code points in s[from, to). */
size_t nb_prose_cps(const char *s, size_t from, size_t to);

#endif
