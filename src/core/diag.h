/* Diagnostics: what a rule found, where, and what could be done about it.
 *
 * Every diagnostic carries its message in both Chinese and English, so a front-end can switch
 * language without re-running the rules, and byte spans only: each front-end converts spans to
 * its own positions (CLI: line and code-point column; LSP: the negotiated encoding). */
#ifndef NB_DIAG_H
#define NB_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "span.h"

typedef enum { NB_SEV_ERROR = 0, NB_SEV_WARNING, NB_SEV_INFO, NB_SEV_OFF } nb_severity;

typedef enum { NB_LANG_ZH = 0, NB_LANG_EN } nb_lang;

typedef struct {
  nb_span span;      /* bytes to replace (empty span: insert at span.start) */
  char *replacement; /* UTF-8, owned */
} nb_edit;

typedef struct {
  char *title_zh; /* in `block`, with title_en */
  char *title_en;
  bool safe; /* may be applied by `lint --fix` without asking; arithmetic fixes never are */
  nb_edit *edits;
  int nedits, edits_cap;
  /* Owned: the first edit, both titles and the first edit's replacement in one allocation
   * (a finding with a fix cost four allocations, most of a table finding's time), after room
   * for an nb_fix where a finding's first fix lives, its `fixes` array until a second fix is
   * added. `edits` points into it until a second edit is added; later edits' replacements are
   * their own. */
  void *block;
} nb_fix;

typedef struct {
  nb_span span;
  char *message_zh; /* owned, with message_en in the same allocation */
  char *message_en;
} nb_related;

typedef struct {
  const char *rule; /* static: the catalog's id */
  nb_severity severity;
  nb_span span;
  char *message_zh; /* owned, with message_en in the same allocation */
  char *message_en;
  nb_related *related;
  int nrelated, related_cap;
  nb_fix *fixes;
  int nfixes;
  int sequence; /* order of emission; breaks ties when sorting */
} nb_diag;

typedef struct {
  nb_diag *items;
  int count;
  int cap;
} nb_diag_list;

void nb_diag_list_init(nb_diag_list *l);
void nb_diag_list_free(nb_diag_list *l);

/* Adds a diagnostic with the catalog's default severity for `rule` and returns it, so the
 * caller can attach related locations and fixes. zh_fmt and en_fmt take the same arguments in
 * the same order. */
nb_diag *nb_diag_add(nb_diag_list *l, const char *rule, nb_span span, const char *zh_fmt,
                     const char *en_fmt, ...) __attribute__((format(printf, 4, 6)));

/* A piece of a message: n bytes at s, no NUL among them. */
typedef struct {
  const char *s;
  size_t n;
} nb_piece;

#define NB_PIECE(literal) ((nb_piece){literal, sizeof literal - 1})

/* The piece "%s" writes of s. */
static inline nb_piece nb_piece_of(const char *s) {
  return (nb_piece){s, strlen(s)};
}

/* The piece "%.*s" writes of text[span]: its bytes, up to a NUL among them. */
static inline nb_piece nb_piece_of_span(const char *text, nb_span span) {
  return (nb_piece){text + span.start, strnlen(text + span.start, span.end - span.start)};
}

/* The number of pieces of an array of them, for nb_diag_add_pieces. */
#define NB_NPIECES(array) ((int)(sizeof(array) / sizeof *(array)))

/* A finding of `rule` at span whose message block the caller writes: zh_len bytes of Chinese
 * and a NUL at message_zh, then en_len bytes of English and a NUL at message_en. */
nb_diag *nb_diag_add_block(nb_diag_list *l, const char *rule, nb_span span, size_t zh_len,
                           size_t en_len);

/* The total length of n pieces. */
static inline size_t nb_pieces_len(const nb_piece *p, int n) {
  size_t len = 0;
#pragma GCC unroll 12
  for (int k = 0; k < n; k++)
    len += p[k].n;
  return len;
}

/* memcpy for the few bytes most pieces have ("“", "”行的", a number), without a call: two
 * copies of a fixed size that overlap in the middle. */
static inline void nb_piece_copy(char *o, const char *s, size_t n) {
  if (n > 16) {
    memcpy(o, s, n);
  } else if (n >= 8) {
    uint64_t head, tail;
    memcpy(&head, s, 8);
    memcpy(&tail, s + n - 8, 8);
    memcpy(o, &head, 8);
    memcpy(o + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    memcpy(&head, s, 4);
    memcpy(&tail, s + n - 4, 4);
    memcpy(o, &head, 4);
    memcpy(o + n - 4, &tail, 4);
  } else if (n > 0) { /* 1 to 3 bytes: first, middle and last */
    char first = s[0], middle = s[n / 2], last = s[n - 1];
    o[0] = first;
    o[n / 2] = middle;
    o[n - 1] = last;
  }
}

/* Writes n pieces at o followed by a NUL and returns the byte after the NUL (what a message
 * block holds: the Chinese and its NUL, the English and its NUL). */
static inline char *nb_pieces_put(char *o, const nb_piece *p, int n) {
#pragma GCC unroll 12
  for (int k = 0; k < n; k++) {
    nb_piece_copy(o, p[k].s, p[k].n);
    o += p[k].n;
  }
  *o = '\0';
  return o + 1;
}

/* nb_diag_add with messages that are the pieces joined (nzh of Chinese, nen of English), for
 * the findings a report has by the hundred: no format is parsed and every piece is measured
 * once, by the caller. Inline: each caller's pieces are a fixed list, most of them literals of
 * a known length, joined without a loop or a size test once the compiler sees them (one shared
 * copy mispredicted the loop's end and each piece's size as the callers took turns). */
static inline nb_diag *nb_diag_add_pieces(nb_diag_list *l, const char *rule, nb_span span,
                                          const nb_piece *zh, int nzh, const nb_piece *en,
                                          int nen) {
  nb_diag *d = nb_diag_add_block(l, rule, span, nb_pieces_len(zh, nzh), nb_pieces_len(en, nen));
  nb_pieces_put(nb_pieces_put(d->message_zh, zh, nzh), en, nen);
  return d;
}

void nb_diag_add_related(nb_diag *d, nb_span span, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 3, 5)));
/* The same with both messages written by the caller into the block returned: zh_len bytes of
 * Chinese and a NUL, then en_len bytes of English and a NUL (the layout every message has), for
 * the related locations a finding lists by the dozen, without formatting them. */
char *nb_diag_add_related_block(nb_diag *d, nb_span span, size_t zh_len, size_t en_len);
/* Room for n more related locations at once, for a finding that knows how many it lists. */
void nb_diag_reserve_related(nb_diag *d, int n);

/* Adds a fix with one edit; returns it so more edits can be appended with nb_fix_add_edit. */
nb_fix *nb_diag_add_fix(nb_diag *d, bool safe, nb_span span, const char *replacement,
                        const char *title_zh, const char *title_en);
void nb_fix_add_edit(nb_fix *f, nb_span span, const char *replacement);

/* Orders by span start, then rule id: the order every emitter prints in. */
void nb_diag_list_sort(nb_diag_list *l);

const char *nb_diag_message(const nb_diag *d, nb_lang lang);
const char *nb_severity_name(nb_severity s); /* "error" | "warning" | "info" | "off" */
/* Parses "error", "warning", "info", "off"; returns -1 for anything else. */
int nb_severity_parse(const char *s);

/* "zh" or "en"; -1 for anything else. */
int nb_lang_parse(const char *name);
/* From the first of lc_all, lc_messages, lang that is set and not empty (POSIX's order of
 * LC_ALL, LC_MESSAGES, LANG; an LSP client's single locale goes in any of them): English when it
 * starts with "en", Chinese otherwise (and when none is set). */
nb_lang nb_lang_from_locale(const char *lc_all, const char *lc_messages, const char *lang);

/* Writes v in decimal, as "%lld" does, into buf (at least NB_DECIMAL_MAX bytes, no NUL);
 * returns its length. Messages and every output format write numbers without printf. */
enum { NB_DECIMAL_MAX = 20 };
size_t nb_decimal(char *buf, long long v);

/* vsnprintf, without printf's machinery for a format whose directives are only %s, %.0s, %.*s,
 * %d and %% (every message the rules write): the same bytes and the same result. */
int nb_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* printf into a fresh heap string (aborts on out-of-memory: see xalloc.h). */
char *nb_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *nb_strdup_vprintf(const char *fmt, va_list ap);

#endif
