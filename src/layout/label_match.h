/* Label recognition for the table reader: how close an observed label is to a template label,
 * and which label of a table (row, column, block, header text, or an older template's label)
 * an observed text names.
 *
 * Every comparison works on nb_normalize_label output, so widths, spaces and bracket styles
 * never count as differences. The classes are those of nb_match: EXACT, VARIANT (a listed
 * variant, a parenthetical note added or dropped, the numbering dropped), PARTIAL (a prefix or
 * suffix a layout cut off, at least four code points) and TYPO (a small edit distance). */
#ifndef NB_LABEL_MATCH_H
#define NB_LABEL_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/model.h"
#include "../core/text.h"

/* Scores order the classes: EXACT 1000, a listed variant 950, a note added or dropped 900,
 * numbering dropped 850, a numbered label joined after other label text 800, PARTIAL 500–800
 * (longer pieces score higher), TYPO 400–700 (fewer edits score higher), NONE 0. */
typedef struct {
  nb_match match;
  int score;
} nb_label_score;

/* Compares two normalised labels. */
nb_label_score nb_label_compare(const char *observed, const char *official);

/* A PARTIAL piece that never found the rest of its label: as close as a misspelling would be
 * ("现行有效件" for "现行有效件数"), it is reported as TYPO; otherwise it stays PARTIAL. Other
 * classes are returned unchanged. */
nb_match nb_label_settle(const char *observed, const char *official_raw, nb_match m);

typedef enum {
  NB_TARGET_ROW = 1 << 0,
  NB_TARGET_COLUMN = 1 << 1,
  NB_TARGET_BLOCK = 1 << 2,
  NB_TARGET_HEADER = 1 << 3, /* a block's header_labels: recognised, never placed */
  NB_TARGET_ANY = 0xF,
} nb_target_kind;

typedef struct {
  nb_target_kind kind;
  int index; /* row, column or block index; -1 for an outdated label without a replacement */
  int block; /* block of the row or column; for a block, the block itself */
  const char *official; /* the spelling the report should use (the replacement for outdated
                           labels that have one, else the old label) */
  const nb_outdated_label *outdated;
  nb_match match;
  int score;
} nb_label_hit;

typedef struct nb_label_set nb_label_set;

/* Every label of table `id` of `tpl`, normalised once. */
nb_label_set *nb_label_set_new(const nb_template *tpl, nb_table_id id);
void nb_label_set_free(nb_label_set *set);

/* The label set of a built-in template's table (one nb_template_get returns), built on first
 * use and kept for the life of the process; NULL for any other template. Not thread-safe. */
const nb_label_set *nb_label_set_shared(const nb_template *tpl, nb_table_id id);

/* Best label for the normalised text among targets of the given kinds. False when nothing
 * matches, or when a PARTIAL or TYPO match fits two different labels equally well. */
bool nb_label_set_best(const nb_label_set *set, const char *normalised, unsigned kinds,
                       nb_label_hit *hit);

/* nb_label_set_best for a caller that knows the length: len is strlen(normalised). */
bool nb_label_set_best_n(const nb_label_set *set, const char *normalised, size_t len,
                         unsigned kinds, nb_label_hit *hit);

/* nb_normalize_label(text, len) when text[0, len) is exactly the template's text of one of the
 * set's labels (most label cells copy it): the set's own copy, which lives as long as the set,
 * its length in *norm_len, and the spelling's number in *spelling. NULL for any other text
 * (normalise it then). */
const char *nb_label_set_verbatim(const nb_label_set *set, const char *text, size_t len,
                                  size_t *norm_len, int *spelling);

/* nb_label_set_best for the normalised text of the spelling nb_label_set_verbatim found. */
bool nb_label_set_best_spelling(const nb_label_set *set, int spelling, unsigned kinds,
                                nb_label_hit *hit);

/* Convenience for callers holding raw text: normalises, then nb_label_set_best. */
bool nb_label_set_best_raw(const nb_label_set *set, const char *text, size_t len, unsigned kinds,
                           nb_label_hit *hit);

/* The longest label of the given kinds that the text t[at, end) starts with, compared the way
 * nb_normalize_label compares (widths, spaces, bracket styles): its length in bytes of t, or 0
 * when no label starts there. For text whose cells ran together, where a label's end is known
 * only by the label itself. Fills *hit (EXACT, or VARIANT for a listed variant spelling)
 * unless hit is NULL. */
size_t nb_label_set_prefix(const nb_label_set *set, const char *t, size_t at, size_t end,
                           unsigned kinds, nb_label_hit *hit);

/* nb_label_set_prefix, and in *gaps whether the label's text holds a character the comparison
 * drops (a space above all): when not, its bytes are the label's characters alone, and a
 * caller that closes the spaces inside a cell has none to look for. In *spelling, when a label
 * is found, the spelling its text normalises to exactly (nb_label_set_spelling): a cell of that
 * text need not be normalised and looked up again. */
size_t nb_label_set_prefix_gaps(const nb_label_set *set, const char *t, size_t at, size_t end,
                                unsigned kinds, nb_label_hit *hit, bool *gaps, int *spelling);

/* The normalised text of spelling number `spelling` of the set (one nb_label_set_prefix_gaps or
 * nb_label_set_verbatim found), which lives as long as the set; its length in *norm_len. What
 * nb_label_set_verbatim answers for a text spelt so, for nb_label_set_best_spelling. */
const char *nb_label_set_spelling(const nb_label_set *set, int spelling, size_t *norm_len);

/* The characters a label of a set can start with, for a caller that asks nb_label_set_prefix at
 * nearly every character of a text: most characters of run-on text start none, and
 * nb_label_may_start turns them away inline, where the call cost more than its answer. */
typedef struct {
  uint64_t ideographs[16]; /* bit cp % 1024 of each first character in U+4000–U+9FFF */
  uint16_t digits;         /* bit d: a spelling starts with the digit d */
  uint16_t digit_digits;   /* bit d: a spelling is d alone, or goes on from d with a digit */
} nb_label_starts;

const nb_label_starts *nb_label_set_starts(const nb_label_set *set);

/* Whether a spelling of the set starts with the ideograph cp (U+4000–U+9FFF). */
static inline bool nb_label_ideograph_starts(const nb_label_starts *st, uint32_t cp) {
  return st->ideographs[cp >> 6 & 15] >> (cp & 63) & 1;
}

/* nb_label_first_char's answer for a place it let pass without decoding its character. */
#define NB_LABEL_FIRST_UNKNOWN UINT32_MAX

/* 0 only when nb_label_set_prefix(set, t, at, end, …) finds no label (at < end), told from
 * the first character: an ideograph (which nb_normalize_label keeps as it is) that starts no
 * spelling, a digit that starts none, or one that starts only spellings going on without a
 * digit while a digit follows it after blanks (values "1 0 2" in a table of "1.属于…").
 * Otherwise the character it decoded to tell (a digit or an ideograph, both compared as they
 * are), for nb_label_set_prefix_first, or NB_LABEL_FIRST_UNKNOWN for any other. */
static inline uint32_t nb_label_first_char(const nb_label_starts *st, const char *t, size_t at,
                                           size_t end) {
  const unsigned char *u = (const unsigned char *)t + at;
  if (u[0] >= '0' && u[0] <= '9') {
    unsigned d = u[0] - '0';
    if (!(st->digits >> d & 1))
      return 0;
    if (st->digit_digits >> d & 1)
      return u[0];
    size_t j = nb_skip_ascii_spaces(t, at + 1, end); /* a column's gap: any width */
    return j < end && t[j] >= '0' && t[j] <= '9' ? 0 : u[0];
  }
  /* E4–E9 lead exactly the three-byte sequences of U+4000–U+9FFF. */
  if (u[0] < 0xE4 || u[0] > 0xE9 || end - at < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
    return NB_LABEL_FIRST_UNKNOWN;
  uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
  return nb_label_ideograph_starts(st, cp) ? cp : 0;
}

/* False only when nb_label_set_prefix(set, t, at, end, …) finds no label: nb_label_first_char
 * answered 0. */
static inline bool nb_label_may_start(const nb_label_starts *st, const char *t, size_t at,
                                      size_t end) {
  return nb_label_first_char(st, t, at, end) != 0;
}

/* nb_label_set_prefix_gaps for a caller that asked nb_label_first_char first: `first` is its
 * answer (not 0), and the walk starts from that character instead of decoding it again. set is
 * not NULL and at < end, as nb_label_first_char needs too: asked at nearly every character of
 * run-on text, the walk does not test them again. */
size_t nb_label_set_prefix_first(const nb_label_set *set, const char *t, size_t at, size_t end,
                                 uint32_t first, unsigned kinds, nb_label_hit *hit, bool *gaps,
                                 int *spelling);

#endif
