#include "keyword_scan.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"

/* The automaton reads code points, not bytes: text and keywords are well-formed UTF-8 once
 * normalised, so a keyword's bytes occur in the text's exactly where its characters occur in
 * the text's. A character of a report costs one table step instead of three, and ideographs
 * (nearly all of it) are looked up without a decoding call. */

enum {
  IDEOGRAPH_FIRST = 0x4000, /* nb_unfolded_ideograph_len's characters: U+4000…U+9FFF */
  IDEOGRAPHS = 0xA000 - IDEOGRAPH_FIRST,
  /* The blocks of 64 three-byte characters, by their first two bytes (E0 80 … EF BF): a
   * character's block is its code point >> 6, 64 blocks for each lead byte E0…EF, which has a
   * row of 256 blocks indexed by the whole second byte. */
  LEADS = 16,
};
/* The ideographs fill whole rows: those of leads holding no keyword's character are one row
 * shared by every automaton. */
_Static_assert(IDEOGRAPH_FIRST % 0x1000 == 0 && IDEOGRAPHS % 0x1000 == 0,
               "the ideographs fill the rows of their lead bytes");

/* A node of the keywords' trie while it is built: its children as a list of siblings (most
 * nodes have one), the failure link, and the lists with a keyword ending here, directly or
 * through the failure links. Node 0 is the root, never anyone's child, so 0 also means "no
 * child". */
typedef struct {
  int first_child, next_sibling, fail;
  int symbol;
  uint64_t out;
} node;

typedef struct {
  node *nodes;
  int count, cap;
  int *root_child; /* by symbol: the root has a child for nearly every first character */
} trie;

/* A character some keyword holds other than an ideograph, and its symbol. */
typedef struct {
  uint32_t cp;
  int symbol;
} other_symbol;

enum { PUNCT_BLOCKS = 4 }; /* see `folded` */

/* An entry of the table: the row of the next state (its number times a row's length), with
 * this bit set when a keyword ends there (rare: the scan looks its lists up only then). */
#define ENDS_KEYWORD 0x80000000u
/* The symbol of every character the fold drops, the same in every automaton: a dropped
 * character leaves the state as it is.
 *
 * UNSETTLED is the symbol read for a character the table does not settle: a three-byte
 * character whose last byte is no continuation byte (the block checks that byte as it is
 * read, instead of a test of its own per character), one outside the blocks the table folds,
 * and every byte that starts no ASCII or three-byte character. It goes through the fold's
 * every rule instead. Its entry in every row is NOT_A_STATE, which has ENDS_KEYWORD set: the
 * scan's one test per step, for a keyword's end, also catches it (no test of the symbol). */
enum { DROP = 1, UNSETTLED = 2 };
#define NOT_A_STATE 0xFFFFFFFFu
enum { FOUND_WORDS = sizeof(uint64_t) / sizeof(uint32_t) };

struct nb_keyword_scan {
  /* Each character some keyword holds is a symbol (1…); every other character is symbol 0,
   * which leads back to the root, and a character the fold drops is symbol DROP, which stays
   * in the state. A three-byte character b0 b1 b2 has symbol by_lead[b0][b1][b2]: a row of
   * blocks and a block indexed by whole bytes, so that a b0 that leads no three-byte character
   * (its row is unsettled_row) and a b1 or b2 that is no continuation byte (unsettled_block,
   * UNSETTLED in every entry) read UNSETTLED without a test of their own. The blocks of
   * ideographs no keyword touches are all zero_block, the punctuation blocks of `folded` hold
   * their folded forms' symbols (settled_punct when no keyword holds a character other than an
   * ideograph), and every other block is unsettled_block. Only the leads with a block of the
   * pool have a row of their own (in rows); the others point at a row shared by every
   * automaton (shared_by_lead's), filled once per process: the rows of all sixteen leads,
   * filled per automaton, cost more than a short run of the scan saves. */
  uint32_t *const *by_lead[256];
  uint32_t **rows; /* the rows of their own, 256 blocks each */
  uint32_t *pool;  /* the blocks in use, one after the other (sized before the first is used) */
  other_symbol *others;
  int nothers, others_cap;
  int nsymbols;
  /* The symbols of the folded forms of the characters `folded` holds. */
  uint32_t ascii_symbol[128];
  uint32_t punct_symbol[PUNCT_BLOCKS][64];
  /* An ASCII character's symbol once the fold's rule that looks back no longer applies:
   * DROP when the fold drops it. */
  uint32_t ascii_settled[128];
  /* The automaton as a table: the state after each symbol in each state. A step is two loads,
   * where a walk down sibling lists and failure links cost several times that (keyword
   * prefixes such as "政府信息" and "公开" fill the sections the lists are looked for in). */
  uint32_t *next; /* [row + symbol] */
  size_t width;   /* of a row's entries: nsymbols + 1 */
  /* The lists with a keyword ending in each state, in the two words after its row's entries
   * (a row is width + FOUND_WORDS words long): found from the row the step read, without a
   * division of the row by the width to find the state's number (a division's latency at every
   * keyword's end was several steps' worth). */
  const uint32_t *found;
};

static uint32_t zero_block[256], unsettled_block[256];
/* The rows shared by the automata: every block unsettled; the ideographs' (zero_block where
 * the second byte is a continuation byte); a punctuation lead's, with its settled_punct
 * blocks. shared_by_lead points each byte at the row of an automaton that has none of its own. */
static uint32_t *unsettled_row[256], *ideograph_row[256], *punct_row[PUNCT_BLOCKS][256];
static uint32_t *const *shared_by_lead[256];
/* The punctuation blocks of an automaton whose keywords are all ideographs: every character
 * there is symbol 0 or DROP. */
static uint32_t settled_punct[PUNCT_BLOCKS][256];

/* The characters around the ideographs, folded once for all: ASCII and the blocks of the
 * punctuation Chinese text uses (U+2000…203F “”—, U+3000…303F 、。《》 and the ideographic
 * space, U+FF00…FF7F ，：（）and the full-width digits and letters). Folding one through
 * nb_fold_label_cp cost four times a step of the automaton. */
static const unsigned char punct_leads[PUNCT_BLOCKS][2] = {
    {0xE2, 0x80}, {0xE3, 0x80}, {0xEF, 0xBC}, {0xEF, 0xBD}};

static struct {
  uint32_t ascii[128];
  uint32_t punct[PUNCT_BLOCKS][64];
} folded;
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

static uint32_t punct_cp(int block, unsigned last) {
  return (uint32_t)(punct_leads[block][0] & 0x0F) << 12 |
         (uint32_t)(punct_leads[block][1] & 0x3F) << 6 | last;
}

static bool is_continuation(unsigned byte) {
  return (byte & 0xC0) == 0x80;
}

static void fold_around(void) {
  for (unsigned b = 0; b < 256; b++) {
    zero_block[b] = is_continuation(b) ? 0 : UNSETTLED;
    unsettled_block[b] = UNSETTLED;
  }
  for (uint32_t c = 0; c < 128; c++)
    folded.ascii[c] = nb_fold_label_cp(c);
  for (int b = 0; b < PUNCT_BLOCKS; b++)
    for (unsigned last = 0; last < 64; last++)
      folded.punct[b][last] = nb_fold_label_cp(punct_cp(b, last));
  for (int b = 0; b < PUNCT_BLOCKS; b++) {
    memcpy(settled_punct[b], unsettled_block, sizeof unsettled_block);
    for (unsigned last = 0; last < 64; last++)
      settled_punct[b][0x80 | last] = folded.punct[b][last] ? 0 : DROP;
  }
  for (unsigned b = 0; b < 256; b++) {
    unsettled_row[b] = unsettled_block;
    ideograph_row[b] = is_continuation(b) ? zero_block : unsettled_block;
    shared_by_lead[b] = unsettled_row;
  }
  for (uint32_t cp = IDEOGRAPH_FIRST; cp < IDEOGRAPH_FIRST + IDEOGRAPHS; cp += 0x1000)
    shared_by_lead[0xE0 | cp >> 12] = ideograph_row;
  /* A lead of several punctuation blocks (EF) has one row, the first block's, with all of
   * them. */
  for (int b = 0; b < PUNCT_BLOCKS; b++) {
    int first = 0;
    while (punct_leads[first][0] != punct_leads[b][0])
      first++;
    if (first == b) {
      memcpy(punct_row[b], unsettled_row, sizeof unsettled_row);
      shared_by_lead[punct_leads[b][0]] = punct_row[b];
    }
    punct_row[first][punct_leads[b][1]] = settled_punct[b];
  }
}

/* The block of the three-byte character at u (len bytes left), or -1. */
static inline int punct_block(const unsigned char *u, size_t len) {
  if (len < 3 || (u[2] & 0xC0) != 0x80)
    return -1;
  for (int b = 0; b < PUNCT_BLOCKS; b++)
    if (u[0] == punct_leads[b][0] && u[1] == punct_leads[b][1])
      return b;
  return -1;
}

/* ---------------------------------------------------------------- building */

/* The block a three-byte character's symbol lies in. */
static int block_of(uint32_t cp) {
  return (int)(cp >> 6);
}

/* The block of a character below U+10000, by its first two bytes. */
static uint32_t *block_at(const nb_keyword_scan *ks, uint32_t cp) {
  return ks->by_lead[0xE0 | cp >> 12][0x80 | (cp >> 6 & 63)];
}

/* Where the symbol of an ideograph is kept: the block of zeros is never written, as every
 * character of a keyword lies in a block of the pool (point_blocks). */
static uint32_t *ideograph_symbol(const nb_keyword_scan *ks, uint32_t cp) {
  return &block_at(ks, cp)[0x80 | (cp & 63)];
}

static uint32_t symbol_of(const nb_keyword_scan *ks, uint32_t cp) {
  if (cp - IDEOGRAPH_FIRST < IDEOGRAPHS)
    return *ideograph_symbol(ks, cp);
  for (int k = 0; k < ks->nothers; k++)
    if (ks->others[k].cp == cp)
      return (uint32_t)ks->others[k].symbol;
  return 0;
}

/* A keyword as nb_normalize_label writes it: itself when it is ideographs only (nearly all
 * are), which fold to themselves, without looking a normalised copy up. */
static const char *normal_form(const char *word) {
  size_t len = strlen(word), i = 0;
  while (i < len && nb_unfolded_ideograph_len(word + i, len - i))
    i += 3;
  return i == len ? word : nb_normalized_static(word);
}

/* The blocks of ideographs the keywords hold get a block each from one pool, allocated once
 * before the keywords are inserted, and so do the punctuation blocks when a keyword holds a
 * character other than an ideograph (its symbols are the automaton's own); the other
 * ideographs' blocks all point at the block of zeros, the rest at unsettled_block. Returns how
 * many characters the keywords have (an upper bound on the symbols). */
static size_t point_blocks(nb_keyword_scan *ks, const char *const *const *lists, int n) {
  uint64_t used[LEADS] = {0}; /* a bit per block, a word per lead byte */
  size_t chars = 0;
  bool others = false;
  for (int k = 0; k < n; k++)
    for (int w = 0; lists[k][w]; w++) {
      const char *word = normal_form(lists[k][w]);
      for (size_t len = strlen(word), i = 0; i < len; chars++) {
        uint32_t cp = nb_utf8_next(word, len, &i);
        if (cp - IDEOGRAPH_FIRST < IDEOGRAPHS)
          used[block_of(cp) >> 6] |= (uint64_t)1 << (block_of(cp) & 63);
        else
          others = true;
      }
    }
  for (int b = 0; b < PUNCT_BLOCKS && others; b++)
    used[block_of(punct_cp(b, 0)) >> 6] |= (uint64_t)1 << (block_of(punct_cp(b, 0)) & 63);
  int blocks = 0;
  for (int lead = 0; lead < LEADS; lead++)
    blocks += __builtin_popcountll(used[lead]);
  /* Each block is copied from zero_block as it is handed out: a string instruction filling
   * the whole pool is one that instruction counts (the benchmark's measure) charge per byte. */
  ks->pool = nb_xmalloc(((size_t)blocks * 256 + 1) * sizeof *ks->pool);
  uint32_t *next = ks->pool;
  /* A lead's row (64 blocks: a word of `used`) is its own when it holds a block of the pool:
   * a copy of the shared one, the pool's blocks put in. */
  int own = 0;
  for (int lead = 0; lead < LEADS; lead++)
    own += used[lead] != 0;
  ks->rows = nb_xmalloc(((size_t)own * 256 + 1) * sizeof *ks->rows);
  memcpy(ks->by_lead, shared_by_lead, sizeof shared_by_lead);
  uint32_t **row = ks->rows;
  for (int lead = 0; lead < LEADS; lead++) {
    if (!used[lead])
      continue;
    memcpy(row, shared_by_lead[0xE0 | lead], 256 * sizeof *row);
    for (uint64_t bits = used[lead]; bits; bits &= bits - 1) {
      memcpy(next, zero_block, sizeof zero_block);
      row[0x80 | __builtin_ctzll(bits)] = next;
      next += 256;
    }
    ks->by_lead[0xE0 | lead] = row;
    row += 256;
  }
  return chars;
}

/* The symbol of a keyword's character, a new one when it has none yet. */
static int symbol_for(nb_keyword_scan *ks, uint32_t cp) {
  int symbol = (int)symbol_of(ks, cp);
  if (symbol)
    return symbol;
  symbol = ++ks->nsymbols;
  if (cp - IDEOGRAPH_FIRST < IDEOGRAPHS) {
    *ideograph_symbol(ks, cp) = (uint32_t)symbol;
  } else {
    nb_grow((void **)&ks->others, &ks->others_cap, ks->nothers + 1, sizeof *ks->others);
    ks->others[ks->nothers++] = (other_symbol){cp, symbol};
  }
  return symbol;
}

static int child(const trie *t, int s, int symbol) {
  if (s == 0)
    return t->root_child[symbol];
  for (int c = t->nodes[s].first_child; c; c = t->nodes[c].next_sibling)
    if (t->nodes[c].symbol == symbol)
      return c;
  return 0;
}

/* The state after `symbol` in state s, by the trie and its failure links. */
static int step(const trie *t, int s, int symbol) {
  for (;; s = t->nodes[s].fail) {
    int c = child(t, s, symbol);
    if (c || s == 0)
      return c;
  }
}

static void insert(nb_keyword_scan *ks, trie *t, const char *word, int list) {
  size_t len = strlen(word), i = 0;
  int s = 0;
  while (i < len) {
    int symbol = symbol_for(ks, nb_utf8_next(word, len, &i));
    int c = child(t, s, symbol);
    if (!c) {
      nb_grow((void **)&t->nodes, &t->cap, t->count + 1, sizeof *t->nodes);
      c = t->count++;
      t->nodes[c] = (node){0, t->nodes[s].first_child, 0, symbol, 0};
      t->nodes[s].first_child = c;
      if (s == 0)
        t->root_child[symbol] = c;
    }
    s = c;
  }
  t->nodes[s].out |= (uint64_t)1 << list;
}

/* Failure links in breadth-first order, and the table's rows in the same order: a node's link
 * is found from its parent's, and its row copied from its link's, both nearer the root. */
static void build_table(nb_keyword_scan *ks, trie *t) {
  size_t width = ks->width = (size_t)ks->nsymbols + 1, stride = width + FOUND_WORDS;
  ks->next = nb_xmalloc((size_t)t->count * stride * sizeof *ks->next);
  ks->found = ks->next + width;
  memset(ks->next, 0, width * sizeof *ks->next); /* the root's row: back to the root */
  int *queue = nb_xmalloc((size_t)t->count * sizeof *queue);
  int head = 0, tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    int u = queue[head++];
    uint32_t *row = ks->next + (size_t)u * stride;
    if (u != 0)
      memcpy(row, ks->next + (size_t)t->nodes[u].fail * stride, width * sizeof *row);
    for (int c = t->nodes[u].first_child; c; c = t->nodes[c].next_sibling) {
      int f = u == 0 ? 0 : step(t, t->nodes[u].fail, t->nodes[c].symbol);
      t->nodes[c].fail = f;
      t->nodes[c].out |= t->nodes[f].out;
      queue[tail++] = c;
    }
    /* After the children's outputs took their links' in: a row's entries say whether their
     * state ends a keyword. */
    for (int c = t->nodes[u].first_child; c; c = t->nodes[c].next_sibling)
      row[t->nodes[c].symbol] =
          (uint32_t)((size_t)c * stride) | (t->nodes[c].out ? ENDS_KEYWORD : 0);
    /* A dropped character leaves the state as it is (its keywords found already). */
    row[DROP] = (uint32_t)((size_t)u * stride) | (t->nodes[u].out ? ENDS_KEYWORD : 0);
    memcpy(row + width, &t->nodes[u].out, sizeof t->nodes[u].out);
    row[UNSETTLED] = NOT_A_STATE;
  }
  free(queue);
}

/* The symbols a character is read by in one lookup once the fold's one rule that looks back no
 * longer applies: ASCII by its byte, the punctuation blocks by their folded forms. */
static void fill_settled(nb_keyword_scan *ks) {
  for (int c = 0; c < 128; c++)
    ks->ascii_settled[c] = folded.ascii[c] ? ks->ascii_symbol[c] : DROP;
  for (int b = 0; b < PUNCT_BLOCKS && ks->nothers > 0; b++) {
    uint32_t *block = block_at(ks, punct_cp(b, 0));
    for (int last = 0; last < 64; last++)
      block[0x80 | last] = folded.punct[b][last] ? ks->punct_symbol[b][last] : DROP;
  }
}

nb_keyword_scan *nb_keyword_scan_new(const char *const *const *lists, int n) {
  pthread_once(&folded_once, fold_around);
  nb_keyword_scan *ks = nb_xcalloc(1, sizeof *ks);
  if (n > NB_KEYWORD_SCAN_MAX_LISTS)
    n = NB_KEYWORD_SCAN_MAX_LISTS;
  size_t chars = point_blocks(ks, lists, n);
  ks->nsymbols = UNSETTLED; /* the characters' symbols follow it */
  trie t = {nb_xcalloc(64, sizeof(node)), 1, 64, nb_xcalloc(chars + UNSETTLED + 1, sizeof(int))};
  for (int k = 0; k < n; k++)
    for (int w = 0; lists[k][w]; w++) {
      const char *needle = normal_form(lists[k][w]);
      if (needle[0])
        insert(ks, &t, needle, k);
    }
  build_table(ks, &t);
  free(t.nodes);
  free(t.root_child);
  /* ASCII and punctuation fold to no ideograph: all their symbols are 0 (as calloc left them)
   * unless a keyword holds a character other than an ideograph. */
  for (int c = 0; c < 128 && ks->nothers > 0; c++)
    ks->ascii_symbol[c] = symbol_of(ks, folded.ascii[c]);
  for (int b = 0; b < PUNCT_BLOCKS && ks->nothers > 0; b++)
    for (int last = 0; last < 64; last++)
      ks->punct_symbol[b][last] = symbol_of(ks, folded.punct[b][last]);
  fill_settled(ks);
  return ks;
}

void nb_keyword_scan_free(nb_keyword_scan *ks) {
  if (!ks)
    return;
  free(ks->rows);
  free(ks->pool);
  free(ks->others);
  free(ks->next);
  free(ks);
}

/* ---------------------------------------------------------------- kept for static lists */

enum { MAX_KEPT = 32 };

static struct {
  const char *const *const *lists; /* a copy of the caller's array of lists */
  int n;
  nb_keyword_scan *ks;
} kept[MAX_KEPT];
static int nkept;
static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;

const nb_keyword_scan *nb_keyword_scan_static(const char *const *const *lists, int n) {
  const nb_keyword_scan *found = NULL;
  pthread_mutex_lock(&kept_lock);
  for (int i = 0; i < nkept && !found; i++)
    if (kept[i].n == n && memcmp(kept[i].lists, lists, (size_t)n * sizeof *lists) == 0)
      found = kept[i].ks;
  if (!found && nkept < MAX_KEPT) {
    const char *const **copy = nb_xmalloc(((size_t)n + 1) * sizeof *copy);
    memcpy(copy, lists, (size_t)n * sizeof *lists);
    kept[nkept].lists = copy;
    kept[nkept].n = n;
    kept[nkept].ks = nb_keyword_scan_new(lists, n);
    found = kept[nkept++].ks;
  }
  pthread_mutex_unlock(&kept_lock);
  return found;
}

/* ---------------------------------------------------------------- the scan */

/* What the fold has written so far, for its one rule that looks back: a "、" right after a
 * leading number is written "." (nb_normalize_label). */
typedef enum { WROTE_NOTHING, WROTE_DIGITS, WROTE_OTHER } written;

/* The lists with a keyword ending in the state of `row`. */
static inline uint64_t found_at(const nb_keyword_scan *ks, size_t row) {
  uint64_t lists;
  memcpy(&lists, ks->found + row, sizeof lists);
  return lists;
}

/* One step from the row of the current state; the lists found when a keyword ends. */
static inline size_t step_row(const nb_keyword_scan *ks, const uint32_t *next, size_t row,
                              uint32_t symbol, uint64_t *found) {
  row = next[row + symbol];
  if (row & ENDS_KEYWORD) {
    row &= ~ENDS_KEYWORD;
    *found |= found_at(ks, row);
  }
  return row;
}

/* The character at s[*i] through every rule of the fold: its symbol, or DROP. */
static uint32_t read_char(const nb_keyword_scan *ks, const char *s, size_t len, size_t *i,
                          written *w) {
  const unsigned char *u = (const unsigned char *)s;
  uint32_t cp, symbol;
  int block;
  if (u[*i] < 0x80) {
    cp = folded.ascii[u[*i]];
    symbol = ks->ascii_symbol[u[(*i)++]];
  } else if ((block = punct_block(u + *i, len - *i)) >= 0) {
    cp = folded.punct[block][u[*i + 2] & 63];
    symbol = ks->punct_symbol[block][u[*i + 2] & 63];
    *i += 3;
  } else {
    cp = nb_fold_label_cp(nb_utf8_next(s, len, i));
    symbol = symbol_of(ks, cp);
  }
  if (!cp)
    return DROP;
  if (cp == 0x3001 /* 、 */ && *w == WROTE_DIGITS) {
    cp = '.';
    symbol = symbol_of(ks, cp);
  }
  if (!(cp >= '0' && cp <= '9'))
    *w = WROTE_OTHER;
  else if (*w == WROTE_NOTHING)
    *w = WROTE_DIGITS;
  return symbol;
}

/* One step through the settled character at u (three bytes), from *row: false, leaving *row,
 * when the character is none the table settles. Three loads and no test of the bytes: whatever
 * is no settled character reads UNSETTLED, whose entry is NOT_A_STATE. */
static inline bool settled_step(const nb_keyword_scan *ks, uint32_t *const *const *by_lead,
                                const unsigned char *u, size_t *row, uint64_t *found) {
  size_t to = ks->next[*row + by_lead[u[0]][u[1]][u[2]]];
  if (to & ENDS_KEYWORD) {
    if (to == NOT_A_STATE)
      return false; /* read through every rule of the fold, from *row */
    to &= ~ENDS_KEYWORD;
    *found |= found_at(ks, to);
  }
  *row = to;
  return true;
}

uint64_t nb_keyword_scan_folded(const nb_keyword_scan *ks, const char *s, size_t len,
                                uint64_t found, uint64_t want) {
  const unsigned char *u = (const unsigned char *)s;
  const size_t three_fit = len >= 3 ? len - 2 : 0; /* where three bytes no longer fit */
  const size_t six_fit = len >= 6 ? len - 5 : 0;   /* where six no longer do */
  const uint32_t *next = ks->next;
  uint32_t *const *const *by_lead = ks->by_lead;
  size_t row = 0; /* as wide as a pointer: no widening per step */
  written w = WROTE_NOTHING;
  size_t i = 0;
  while (i < len && (found & want) != want) {
    uint32_t symbol;
    if (w == WROTE_OTHER) {
      /* A run of three-byte characters the table settles: ideographs, which fold to
       * themselves (nb_unfolded_ideograph_len), and the punctuation between them, which
       * would otherwise end the run at every comma. Once something other than digits is
       * written, each is read the same whatever came before. */
      size_t run = i;
      /* Two characters a step (the loop's own test and jump were a fifth of the step). */
      bool stuck = false;
      for (; i < six_fit; i += 6) {
        if (!settled_step(ks, by_lead, u + i, &row, &found)) {
          stuck = true;
          break;
        }
        if (!settled_step(ks, by_lead, u + i + 3, &row, &found)) {
          i += 3;
          stuck = true;
          break;
        }
      }
      if (!stuck && i < three_fit && settled_step(ks, by_lead, u + i, &row, &found))
        i += 3;
      if (i > run)
        continue;
      if (u[i] < 0x80) { /* digits and spaces between the runs */
        row = step_row(ks, next, row, ks->ascii_settled[u[i++]], &found);
        continue;
      }
    }
    size_t at = i; /* i itself stays in a register: its address is never taken */
    symbol = read_char(ks, s, len, &at, &w);
    i = at;
    row = step_row(ks, next, row, symbol, &found);
  }
  return found;
}
