/* The template side of a label set (label_match.h), as data: every spelling of a table's labels
 * normalised and measured, the hash of exact spellings, their trie, and the summaries lookups
 * read.
 *
 * For the built-in templates it is computed when nianbao is built, by a program that runs
 * label_match.c's own run-time build on the template data (src/layout/gen/label_index_gen.c),
 * and compiled into label_match.c as const tables (CMake passes the generated file as
 * NB_LABEL_INDEX_INCLUDE): building them at run time cost about 0.16M instructions, more than
 * reading a short report. Without that file (the generator itself, a build by hand) every set
 * is built at run time, with the same result. */
#ifndef NB_LABEL_INDEX_H
#define NB_LABEL_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/template.h"
#include "label_match.h"

/* Open-addressing slots of the exact-spelling hash: a power of two, well above the labels of any
 * table. */
enum { NB_LABEL_EXACT_SLOTS = 1024 };

/* A normalised label's measures, computed once: a cell is compared with every label of the
 * template, so the template side is measured in advance and the cell side once per lookup. */
typedef struct {
  const char *s;
  size_t len;      /* strlen(s) */
  size_t ncps;     /* code points */
  uint64_t bits;   /* the set of its code points, hashed to 64 bits */
  size_t core;     /* bytes without a trailing parenthetical note */
  size_t core_cps; /* code points of s[0, core) */
  size_t num;      /* bytes of the leading numbering ("1.", "(一)"), 0 when none */
} nb_label_measures;

typedef struct {
  nb_label_measures m; /* of the normalised spelling, m.s */
  int next_same;       /* next spelling (by index) that is no variant and reads the same, or -1 */
} nb_label_spelling;

/* A node of the trie of the normalised spellings, by code point: run-on text is tested for a
 * label at nearly every character, and one walk along the text finds every label starting
 * there, where comparing it with each label of the same first character cost several times
 * more. Node 0 is the root (the empty text); a node's children are consecutive, by code point. */
typedef struct {
  uint32_t cp;   /* the code point leading here from the parent (0 at the root) */
  int spelling;  /* the first spelling (by index) spelt as the path to here, or -1 */
  int children;  /* index of the first child */
  int nchildren; /* 0 for a leaf */
  /* The run of nodes below this one that follow each other without a choice (each the only
   * child of the one before, and none but the last ending a spelling) and whose characters the
   * text spells as themselves (they fold to themselves, ideographs mostly; brackets are
   * spelt full-width, as reports mostly write them: label_match.c, run_char): run bytes of
   * trie_text from run_at, leading to node run_end. Text that holds these very bytes is taken
   * at once; other text (half-width brackets, spaced) is walked a character at a time. 0 for
   * none. */
  int run, run_at, run_end;
} nb_label_trie_node;

/* What the filter of nb_label_set_best reads of a spelling, packed: a cell that misses the exact
 * lookup is held against every label of its table, and reading these few words a label instead
 * of its measures and text made that pass several times cheaper. */
typedef struct {
  uint64_t bits;       /* nb_label_measures.bits */
  uint32_t len, ncps;  /* bytes and code points */
  uint32_t head;       /* the first four bytes, big-endian, zero-padded when shorter */
  uint32_t tail;       /* the last four bytes, the last one lowest (fewer when shorter) */
  uint32_t tail_mask;  /* the bytes of tail to compare with a label as long: 4, or 1 if shorter */
  uint32_t short_core; /* nb_label_measures.core when under four bytes, else a value no core has */
  uint8_t kind;        /* nb_target_kind of the entry (0 for an observed label, or none) */
} nb_label_key;

/* Slots of nb_label_index.first_child: enough that of the built-in tables' first characters
 * only two ("政", "规") share one. With 64, the digits and "一" of the largest table did, and
 * about a lookup in six mispredicted the search that followed. */
enum { NB_LABEL_FIRST_SLOTS = 256 };

/* Bytes of trie_text before its first run: the 16 bytes that end any run can be read at once,
 * the run's own and the ones before it (label_match.c, run_spelt). */
enum { NB_LABEL_RUN_LEAD = 16 };

/* Slots of nb_label_candidates' masks, and the most spellings they can hold (a bit each). */
enum { NB_LABEL_CANDIDATE_SLOTS = 64, NB_LABEL_CANDIDATES_MAX = 64 };

/* The spellings nb_label_set_best's filter may pass for a text, as bits by spelling number, for
 * a set of at most NB_LABEL_CANDIDATES_MAX spellings (usable; larger sets are read whole): the
 * filter passes a label that starts with the text's first two bytes, ends with its last byte,
 * or is as long as a misspelling of it may be, and these masks find those few labels in a few
 * words where reading every label's key cost more than all the scoring after. */
typedef struct {
  bool usable;
  uint64_t by_start[NB_LABEL_CANDIDATE_SLOTS]; /* by a hash of the first two bytes */
  uint64_t by_end[NB_LABEL_CANDIDATE_SLOTS];   /* by the last byte's low six bits */
  /* [c]: spellings of at most c code points, the last slot counting every longer one */
  uint64_t up_to_cps[NB_LABEL_CANDIDATE_SLOTS];
  uint64_t unfiltered; /* spellings too long for a key: always candidates */
} nb_label_candidates;

typedef struct {
  int n; /* spellings, in the order the label set lists the template's labels */
  const nb_label_spelling *spellings;
  bool indexed;     /* exact is filled (always, unless a table had too many labels) */
  const int *exact; /* NB_LABEL_EXACT_SLOTS: first spelling of a normalised text, or -1 */
  int ntrie;        /* nodes of trie, the root included */
  const nb_label_trie_node *trie;
  int ntrie_text; /* bytes of trie_text, NB_LABEL_RUN_LEAD of padding included */
  const char *trie_text;
  /* Summaries of the above and of the set's labels (their kinds and template texts), read by
   * every lookup: */
  const nb_label_key *keys; /* n, every spelling's */
  /* NB_LABEL_EXACT_SLOTS when indexed, else NULL: a spelling whose template text (not
   * normalised) hashes there, or -1. Most label cells copy the template's text. */
  const int *verbatim;
  /* n when indexed: the first spelling of the exact hash's chain for each spelling's normalised
   * text (-1 for none), so that a cell found verbatim needs no hash of its normalised text. */
  const int *exact_of;
  /* The root's child of the trie by the first code point's slot (label_match.c): most characters
   * of run-on text start no label (-1), and the others cross the trie's widest node in one step
   * (-2 where first characters share a slot: searched). The root's children are nodes 1, 2, …
   * (the trie is laid out breadth first): a byte holds them, and the table no more room than the
   * 64 ints it had. */
  int8_t first_child[NB_LABEL_FIRST_SLOTS];
  nb_label_candidates candidates;
  const nb_label_starts *starts; /* the root's children, for nb_label_may_start */
} nb_label_index;

typedef struct nb_label_set nb_label_set;

/* The measures of a normalised label (NUL-terminated, len its strlen). */
nb_label_measures nb_label_measure(const char *norm, size_t len);

/* False only when nb_label_compare(o->s, f->s) is certainly NONE, told from the measures alone:
 * a cell that misses the exact lookup is compared with every label of its table, and nearly all
 * of them differ from it at both ends and in length or characters. */
bool nb_label_may_match(const nb_label_measures *o, const nb_label_measures *f);

/* Whether nb_label_set_best reads the key of spelling i of x for the observed label o (of one
 * byte or more): for every spelling nb_label_may_match passes, and for a few more (for the test
 * that holds the candidates' masks to the filter). */
bool nb_label_is_candidate(const nb_label_index *x, const nb_label_measures *o, int i);

/* The index behind a label set (for the generator and the test that holds the generated data to
 * the run-time build). */
const nb_label_index *nb_label_set_index(const nb_label_set *set);

#endif
