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

/* nb_diag_add with messages that are the pieces joined (nzh of Chinese, nen of English), for
 * the findings a report has by the hundred: no format is parsed and every piece is measured
 * once, by the caller. */
nb_diag *nb_diag_add_pieces(nb_diag_list *l, const char *rule, nb_span span, const nb_piece *zh,
                            int nzh, const nb_piece *en, int nen);

/* The total length of n pieces; writes them at o followed by a NUL and returns the byte after
 * the NUL (what a message block holds: the Chinese and its NUL, the English and its NUL). */
size_t nb_pieces_len(const nb_piece *p, int n);
char *nb_pieces_put(char *o, const nb_piece *p, int n);

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
