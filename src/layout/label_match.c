#include "label_match.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "label_index.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Shorter pieces say too little to be told apart ("其他", "总计" are real labels but also
 * pieces of others), so cut-off and misspelt forms need at least this many code points. */
enum { MIN_PIECE = 4 };

static size_t cp_len(const char *s) {
  return nb_utf8_count(s, strlen(s));
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Bytes of the leading numbering of s (n bytes, NUL-terminated): "(一)", "(1)", "一、", "1.". 0
 * when there is none. */
static size_t numbering_len(const char *s, size_t n) {
  size_t b;
  if (s[0] == '(') {
    size_t i = 1;
    if (nb_parse_cn_numeral(s + 1, n - 1, &b))
      i += b;
    else
      while (s[i] >= '0' && s[i] <= '9')
        i++;
    return i > 1 && s[i] == ')' ? i + 1 : 0;
  }
  if (nb_parse_cn_numeral(s, n, &b) && starts_with(s + b, "、"))
    return b + strlen("、");
  size_t i = 0;
  while (s[i] >= '0' && s[i] <= '9')
    i++;
  return i > 0 && s[i] == '.' ? i + 1 : 0;
}

/* Length of `s` without a trailing parenthetical note "(…)" that does not start the label;
 * strlen(s) when there is none. */
static size_t without_note(const char *s, size_t n) {
  if (n < 2 || s[n - 1] != ')')
    return n;
  int depth = 0;
  for (size_t i = n; i-- > 0;) {
    if (s[i] == ')')
      depth++;
    else if (s[i] == '(' && --depth == 0)
      return i > numbering_len(s, n) ? i : n;
  }
  return n;
}

static bool same_prefix(const char *a, size_t alen, const char *b, size_t blen) {
  return alen == blen && memcmp(a, b, alen) == 0;
}

/* A code point's bit of the 64 below. */
static unsigned first_slot(uint32_t cp) {
  return (cp * 2654435761u) >> 26 & 63;
}

/* The slot of nb_label_index.first_child for a label's first character: the same hash, wider. */
static unsigned first_child_slot(uint32_t cp) {
  _Static_assert(NB_LABEL_FIRST_SLOTS == 256, "eight bits of the hash");
  return (cp * 2654435761u) >> 24 & 255;
}

/* Labels' code points as a 64-bit set, hashed: cheap to build, and a code point whose bit is
 * missing from the other label's set certainly does not occur in it. */
static uint64_t bit_of(uint32_t cp) {
  return (uint64_t)1 << first_slot(cp);
}

static size_t chars_outside(const char *s, uint64_t other) {
  size_t n = 0, len = strlen(s), i = 0;
  while (i < len)
    if (!(other & bit_of(nb_utf8_next(s, len, &i))))
      n++;
  return n;
}

/* Every code point of one label that the other lacks needs an edit of its own, so the larger
 * of the two counts bounds the edit distance from below. It rules out most candidates before
 * the quadratic edit distance runs, and never rules out one the distance would accept. */
static size_t edits_lower_bound(const char *a, uint64_t a_bits, const char *b, uint64_t b_bits) {
  size_t x = chars_outside(a, b_bits), y = chars_outside(b, a_bits);
  return x > y ? x : y;
}

/* The bits set in x, counted inline: built for any x86-64, __builtin_popcountll is a call into
 * libgcc's table-driven count, and the filter of nb_label_set_best asks it for nearly every
 * label of a table. */
static inline unsigned bits_set(uint64_t x) {
  x -= x >> 1 & 0x5555555555555555u;
  x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* A bound below edits_lower_bound, from the two sets alone: each bit one set has and the other
 * lacks stands for at least one code point that needs an edit. Most labels of a table share
 * few characters with a cell, so this settles most comparisons without reading either text. */
static size_t hashed_lower_bound(uint64_t a_bits, uint64_t b_bits) {
  unsigned x = bits_set(a_bits & ~b_bits), y = bits_set(b_bits & ~a_bits);
  return x > y ? x : y;
}

static nb_label_score score(nb_match m, int s) {
  nb_label_score r = {m, s};
  return r;
}

/* A label's measures (label_index.h): bits is the set of bit_of, core is without_note(s), num
 * is numbering_len(s). */
typedef nb_label_measures measured;

/* The edit distance between two labels when it is at most `limit`, else limit + 1: a typo
 * allows one edit in four code points, and the full distance between two labels that differ
 * more (a table of them, every edit counted) cost thousands of instructions a label. */
static size_t edits_within(const measured *a, const measured *b, size_t limit) {
  enum { STACK_BYTES = 128 };
  uint32_t stack_a[STACK_BYTES], stack_b[STACK_BYTES];
  uint32_t *ca = a->len <= STACK_BYTES ? stack_a : nb_xmalloc(a->len * sizeof *ca);
  uint32_t *cb = b->len <= STACK_BYTES ? stack_b : nb_xmalloc(b->len * sizeof *cb);
  size_t na = nb_utf8_decode(a->s, a->len, ca), nb = nb_utf8_decode(b->s, b->len, cb);
  int d = nb_edit_distance_within(ca, na, cb, nb, (int)limit);
  if (ca != stack_a)
    free(ca);
  if (cb != stack_b)
    free(cb);
  return (size_t)d;
}

/* s is NUL-terminated, len its strlen. */
static measured measure(const char *s, size_t len) {
  measured m;
  m.s = s;
  m.len = len;
  m.ncps = 0; /* code points and their set in one pass */
  m.bits = 0;
  for (size_t i = 0; i < m.len; m.ncps++)
    m.bits |= bit_of(nb_utf8_next(s, m.len, &i));
  m.core = without_note(s, len);
  m.core_cps = m.core == m.len ? m.ncps : nb_utf8_count(s, m.core);
  m.num = numbering_len(s, len);
  return m;
}

/* The first (last) bytes are compared before the rest: nearly every label of a table differs
 * from a cell right there. */
static bool has_prefix(const measured *s, const measured *prefix) {
  return prefix->len <= s->len && (prefix->len == 0 || s->s[0] == prefix->s[0]) &&
         memcmp(s->s, prefix->s, prefix->len) == 0;
}

static bool has_suffix(const measured *s, const measured *suffix) {
  return suffix->len <= s->len &&
         (suffix->len == 0 || s->s[s->len - 1] == suffix->s[suffix->len - 1]) &&
         memcmp(s->s + s->len - suffix->len, suffix->s, suffix->len) == 0;
}

static nb_label_score compare_measured(const measured *op, const measured *fp) {
  const measured o = *op, f = *fp;
  const char *obs = o.s, *off = f.s;
  if (!o.len || !f.len)
    return score(NB_MATCH_NONE, 0);
  if (o.len == f.len && memcmp(obs, off, o.len) == 0)
    return score(NB_MATCH_EXACT, 1000);
  size_t nobs = o.ncps, noff = f.ncps;

  /* A parenthetical note added to, or dropped from, the official label. */
  bool obs_noted = o.core < o.len, off_noted = f.core < f.len;
  if ((obs_noted || off_noted) && o.core_cps >= 2 && same_prefix(obs, o.core, off, f.core))
    return score(NB_MATCH_VARIANT, 900);

  /* The numbering dropped: "属于国家秘密" for "1.属于国家秘密". */
  if (f.num && !o.num && o.len == f.len - f.num && memcmp(obs, off + f.num, o.len) == 0 &&
      cp_len(off + f.num) >= MIN_PIECE)
    return score(NB_MATCH_VARIANT, 850);

  /* Joined label cells: "(三)不予公开1.属于国家秘密" ends with the numbered row label. */
  if (f.num && nobs > noff && has_suffix(op, fp))
    return score(NB_MATCH_EXACT, 800);

  /* A piece a layout cut off. */
  if (nobs >= MIN_PIECE && nobs < noff && (has_prefix(fp, op) || has_suffix(fp, op)))
    return score(NB_MATCH_PARTIAL, 500 + (int)(300 * nobs / noff));

  /* A misspelling: at most one edit in four code points. */
  size_t longer = nobs > noff ? nobs : noff;
  size_t diff = nobs > noff ? nobs - noff : noff - nobs;
  if (nobs >= MIN_PIECE && noff >= MIN_PIECE && diff * 4 <= longer &&
      hashed_lower_bound(o.bits, f.bits) * 4 <= longer &&
      edits_lower_bound(obs, o.bits, off, f.bits) * 4 <= longer) {
    size_t d = edits_within(op, fp, longer / 4);
    if (d >= 1 && d * 4 <= longer)
      return score(NB_MATCH_TYPO, 700 - (int)(300 * d / longer));
  }
  return score(NB_MATCH_NONE, 0);
}

/* What may_match reads of a label (label_index.h). */
typedef nb_label_key quick_key;

/* The observed side of may_match: its key, and the code points a label may have to be a
 * misspelling of it (none when it is too short). */
typedef struct {
  quick_key k;
  uint32_t typo_min, typo_max;
} quick_probe;

/* Labels this long are compared without the filter (the key's fields would not hold them); the
 * key of such a spelling says so by this length. */
enum { UNFILTERED = UINT32_MAX };
static bool keyable(const measured *m) {
  return m->len < UNFILTERED;
}

static uint32_t head_of(const char *s, size_t len) {
  uint32_t h = 0;
  for (size_t i = 0; i < 4; i++)
    h = h << 8 | (i < len ? (unsigned char)s[i] : 0);
  return h;
}

/* `long_core` is what short_core holds for a core of four bytes or more: different on the two
 * sides, so that two such cores never compare equal there. */
static quick_key key_of(const measured *m, unsigned kind, uint32_t long_core) {
  quick_key k;
  k.bits = m->bits;
  k.len = (uint32_t)m->len;
  k.ncps = (uint32_t)m->ncps;
  k.head = head_of(m->s, m->len);
  k.tail = 0;
  for (size_t i = m->len > 4 ? m->len - 4 : 0; i < m->len; i++)
    k.tail = k.tail << 8 | (unsigned char)m->s[i];
  k.tail_mask = m->len >= 4 ? UINT32_MAX : 0xFF;
  k.short_core = m->core < 4 ? (uint32_t)m->core : long_core;
  k.kind = m->len ? (uint8_t)kind : 0; /* an empty label matches nothing */
  return k;
}

static quick_key spelling_key(const measured *m, unsigned kind) {
  quick_key k = key_of(m, kind, UINT32_MAX);
  if (!keyable(m))
    k.len = UNFILTERED;
  return k;
}

/* For an observed label of at least one byte that is keyable. A misspelling needs both labels
 * of MIN_PIECE code points and the difference d of their lengths within a quarter of the longer:
 * 4 (n - noff) <= n for a shorter label, 4 (noff - n) <= noff for a longer one. */
static quick_probe probe_of(const measured *m) {
  quick_probe p;
  p.k = key_of(m, 0, UINT32_MAX - 1);
  uint64_t n = p.k.ncps;
  p.typo_min = n >= MIN_PIECE ? (uint32_t)((3 * n + 3) / 4) : 1;
  p.typo_max = n >= MIN_PIECE ? (uint32_t)(4 * n / 3 < UINT32_MAX ? 4 * n / 3 : UINT32_MAX) : 0;
  if (p.typo_min < MIN_PIECE)
    p.typo_min = MIN_PIECE;
  return p;
}

/* False only when compare_measured(o, f) is certainly NONE, told from the keys:
 * - EXACT and PARTIAL from the front need one label to start with the other, four bytes at least
 *   (a piece has four code points) or the whole label: the heads are equal. A note added or
 *   dropped needs equal cores of two code points: cores of four bytes or more start with the
 *   same head, shorter ones (two or three bytes) with the same two bytes.
 * - PARTIAL from the back and joined cells need one to end with the other: the last four bytes
 *   are equal, or the last byte where a label is shorter than four.
 * - The numbering dropped needs the observed label to be the official one after its numbering,
 *   of four code points or more: the official label ends with it.
 * - TYPO needs the lengths and the character sets to be close, as compare_measured tests them
 *   before the edit distance.
 * f is a label's key (kind not 0: not empty); o a probe of a non-empty label. */
static inline bool may_match(const quick_probe *p, const quick_key *f) {
  const quick_key *o = &p->k;
  if (f->len == UNFILTERED)
    return true;
  if (o->head == f->head || (o->short_core == f->short_core && (o->head ^ f->head) >> 16 == 0))
    return true;
  if (((o->tail ^ f->tail) & o->tail_mask & f->tail_mask) == 0)
    return true;
  uint32_t noff = f->ncps;
  if (noff < p->typo_min || noff > p->typo_max)
    return false;
  uint32_t longer = o->ncps > noff ? o->ncps : noff;
  return hashed_lower_bound(o->bits, f->bits) * 4 <= longer;
}

/* The slots of a key in nb_label_candidates: its first two bytes, its last byte (the low six
 * bits of an ideograph's last byte are all that vary), its code points. */
static unsigned start_slot(const quick_key *k) {
  return first_slot(k->head >> 16);
}

static unsigned end_slot(const quick_key *k) {
  return k->tail & (NB_LABEL_CANDIDATE_SLOTS - 1);
}

static unsigned cps_slot(uint32_t cps) {
  return cps < NB_LABEL_CANDIDATE_SLOTS - 1 ? cps : NB_LABEL_CANDIDATE_SLOTS - 1;
}

static void index_candidates(nb_label_index *x) {
  nb_label_candidates *c = &x->candidates;
  memset(c, 0, sizeof *c);
  c->usable = x->n <= NB_LABEL_CANDIDATES_MAX;
  for (int i = 0; c->usable && i < x->n; i++) {
    const quick_key *k = &x->keys[i];
    uint64_t bit = (uint64_t)1 << i;
    if (k->len == UNFILTERED) {
      c->unfiltered |= bit;
      continue;
    }
    c->by_start[start_slot(k)] |= bit;
    c->by_end[end_slot(k)] |= bit;
    for (unsigned slot = cps_slot(k->ncps); slot < NB_LABEL_CANDIDATE_SLOTS; slot++)
      c->up_to_cps[slot] |= bit;
  }
}

/* Every spelling may_match can pass for the probe, and a few it will not: those that start with
 * the probe's first two bytes (its head, or the two bytes of a short core), end with its last
 * byte, or are within a misspelling's length of it. */
static uint64_t candidates_of(const nb_label_candidates *c, const quick_probe *p) {
  uint64_t m = c->unfiltered | c->by_start[start_slot(&p->k)] | c->by_end[end_slot(&p->k)];
  if (p->typo_min <= p->typo_max) {
    unsigned low = cps_slot(p->typo_min);
    uint64_t longer_than_low = low ? ~c->up_to_cps[low - 1] : ~(uint64_t)0;
    m |= c->up_to_cps[cps_slot(p->typo_max)] & longer_than_low;
  }
  return m;
}

/* The lowest candidate of *bits, taken from it; n when none is left. */
static int next_candidate(uint64_t *bits, int n) {
  if (!*bits)
    return n;
  int i = __builtin_ctzll(*bits);
  *bits &= *bits - 1;
  return i;
}

nb_label_score nb_label_compare(const char *obs, const char *off) {
  if (!obs || !off)
    return score(NB_MATCH_NONE, 0);
  measured o = measure(obs, strlen(obs)), f = measure(off, strlen(off));
  return compare_measured(&o, &f);
}

static bool typo_distance(const char *obs, const char *off) {
  size_t nobs = cp_len(obs), noff = cp_len(off);
  size_t longer = nobs > noff ? nobs : noff;
  size_t diff = nobs > noff ? nobs - noff : noff - nobs;
  if (nobs < MIN_PIECE || noff < MIN_PIECE || diff * 4 > longer)
    return false;
  size_t d = (size_t)nb_edit_distance(obs, off);
  return d >= 1 && d * 4 <= longer;
}

nb_match nb_label_settle(const char *observed, const char *official_raw, nb_match m) {
  if (m != NB_MATCH_PARTIAL || !observed || !official_raw)
    return m;
  char *off = nb_normalize_label(official_raw, strlen(official_raw));
  bool typo = typo_distance(observed, off);
  free(off);
  return typo ? NB_MATCH_TYPO : m;
}

/* ------------------------------------------------------------------ label sets */

/* One label of the table as the set lists it; its normalised spelling and measures are the
 * index's spelling of the same number. */
typedef struct {
  nb_target_kind kind;
  int index, block;
  const char *official;
  const char *spelling; /* as the template spells it */
  size_t spelling_len;
  bool variant; /* a listed variant spelling: exact equality is VARIANT */
  const nb_outdated_label *outdated;
} entry;

/* Most label cells spell a template label exactly, and then the first entry with that spelling
 * wins outright (nothing scores above EXACT 1000). A hash of the non-variant spellings finds
 * that entry without comparing the cell with every label of the table. */
enum { EXACT_SLOTS = NB_LABEL_EXACT_SLOTS };

/* nb_label_index.first_child: no child, or several. */
enum { NO_CHILD = -1, SHARED = -2 };

struct nb_label_set {
  entry *items;
  int n, cap;
  nb_label_index idx; /* generated data, or the arrays below */
  nb_label_spelling *own_spellings;
  int *own_exact;
  nb_label_trie_node *own_trie;
  char *own_trie_text;
  nb_label_key *own_keys;
  int *own_verbatim, *own_exact_of;
  nb_label_starts *own_starts;
};

#ifdef NB_LABEL_INDEX_INCLUDE
#include NB_LABEL_INDEX_INCLUDE /* generated_label_indexes */
#endif

static const nb_label_spelling *spelling_of(const nb_label_set *set, int i) {
  return &set->idx.spellings[i];
}

static inline uint64_t load64(const char *s) {
  uint64_t w;
  memcpy(&w, s, sizeof w);
  return w;
}

static inline uint64_t load32(const char *s) {
  uint32_t w;
  memcpy(&w, s, sizeof w);
  return w;
}

/* The first and the last eight bytes and the length (four, or three single bytes, for shorter
 * texts): every label cell is hashed once, and a loop over all of its bytes cost as much as the
 * rest of an exact lookup and mispredicted where it ended, which depends on the length. Labels
 * alike at both ends and as long share a slot's neighbourhood: a slot is confirmed by comparing
 * the spelling. The high half of a final multiply picks the slot. */
static inline size_t spelling_hash(const char *s, size_t len) {
  const uint64_t mix = 0x9E3779B97F4A7C15u;
  uint64_t a, b;
  if (len >= 8) {
    a = load64(s);
    b = load64(s + len - 8);
  } else if (len >= 4) {
    a = load32(s);
    b = load32(s + len - 4);
  } else {
    a = len ? (unsigned char)s[0] | (unsigned char)s[len / 2] << 8 : 0;
    b = len ? (unsigned char)s[len - 1] : 0;
  }
  uint64_t h = (a ^ len) * mix;
  h = (h ^ h >> 29 ^ b) * mix;
  return (size_t)((h ^ h >> 32) * mix >> 32) & (EXACT_SLOTS - 1);
}

/* Slot holding the spelling norm (len bytes), or the empty slot where it would go. */
static size_t exact_slot(const nb_label_index *idx, const int *exact, const char *norm,
                         size_t len) {
  size_t h = spelling_hash(norm, len);
  for (;; h = (h + 1) & (EXACT_SLOTS - 1)) {
    int k = exact[h];
    if (k < 0 ||
        (idx->spellings[k].m.len == len && nb_same_bytes(idx->spellings[k].m.s, norm, len)))
      return h;
  }
}

static void index_exact(nb_label_set *set) {
  int *exact = set->own_exact = nb_xmalloc(EXACT_SLOTS * sizeof *exact);
  set->idx.exact = exact;
  for (int i = 0; i < EXACT_SLOTS; i++)
    exact[i] = -1;
  for (int i = 0; i < set->n; i++)
    set->own_spellings[i].next_same = -1;
  if (set->n > EXACT_SLOTS / 2)
    return; /* the hash would fill up: every lookup compares with every label instead */
  set->idx.indexed = true;
  int *last = nb_xmalloc(((size_t)set->n + 1) * sizeof *last); /* last entry of each chain */
  for (int i = 0; i < set->n; i++) {
    nb_label_spelling *sp = &set->own_spellings[i];
    if (set->items[i].variant || !sp->m.len)
      continue;
    size_t slot = exact_slot(&set->idx, exact, sp->m.s, sp->m.len);
    if (exact[slot] < 0) {
      exact[slot] = i;
    } else {
      set->own_spellings[last[exact[slot]]].next_same = i;
    }
    last[exact[slot]] = i;
  }
  free(last);
}

/* A node of the trie while it is built: its children in a list by code point. */
typedef struct {
  uint32_t cp;
  int spelling, child, sibling;
} trie_build_node;

/* The child of build node `parent` reached by cp, added when missing. b has room for it: a
 * node per code point of every spelling at most. */
static int trie_add_child(trie_build_node *b, int *n, int parent, uint32_t cp) {
  int *link = &b[parent].child;
  while (*link >= 0 && b[*link].cp < cp)
    link = &b[*link].sibling;
  if (*link < 0 || b[*link].cp != cp) {
    b[*n] = (trie_build_node){cp, -1, -1, *link};
    *link = (*n)++;
  }
  return *link;
}

/* A character that text spells with its own bytes only where it compares equal: it folds to
 * itself, and is no digit or "、" (which fold by what comes before them). */
static bool spelt_as_itself(uint32_t cp) {
  return cp != 0x3001 && !(cp >= '0' && cp <= '9') && nb_fold_label_cp(cp) == cp;
}

/* The character a trie run spells for code point cp, or 0 for one no run holds: the character
 * itself, but a bracket full-width. Reports write brackets full-width ("（一）") four times in
 * five, and a run of the half-width form sent that text a character at a time (decoded and
 * folded); half-width text is now. */
static uint32_t run_char(uint32_t cp) {
  uint32_t wide = cp + 0xFEE0; /* "(" U+0028 is "（" U+FF08 */
  if ((cp == '(' || cp == ')') && nb_fold_label_cp(wide) == cp)
    return wide;
  return spelt_as_itself(cp) ? cp : 0;
}

/* The run below node k (label_index.h), its bytes appended to text at *len. A node that is
 * the first of its parent's run has the rest of that run, whose bytes are there already. */
static void index_run(nb_label_trie_node *trie, int parent, int k, char *text, int *len) {
  nb_label_trie_node *node = &trie[k];
  const nb_label_trie_node *up = parent >= 0 ? &trie[parent] : NULL;
  if (up && up->run && up->run_end != k) {
    char bytes[4];
    int own = nb_utf8_put(bytes, run_char(node->cp)); /* its bytes, at the run's start */
    node->run = up->run - own;
    node->run_at = up->run_at + own;
    node->run_end = up->run_end;
    return;
  }
  node->run_at = *len;
  for (int x = k; trie[x].nchildren == 1;) {
    int next = trie[x].children;
    uint32_t c = run_char(trie[next].cp);
    if (!c)
      break;
    node->run += nb_utf8_put(text + *len + node->run, c);
    node->run_end = x = next;
    if (trie[x].spelling >= 0)
      break;
  }
  *len += node->run;
}

/* The runs of every node, parents before their children (the trie is laid out breadth first);
 * room is enough bytes for every character of every spelling. */
static void index_runs(nb_label_set *set, nb_label_trie_node *trie, size_t room) {
  char *text = set->own_trie_text = nb_xmalloc(NB_LABEL_RUN_LEAD + room + 1);
  memset(text, 0, NB_LABEL_RUN_LEAD);
  int len = NB_LABEL_RUN_LEAD;
  index_run(trie, -1, 0, text, &len);
  for (int k = 0; k < set->idx.ntrie; k++)
    for (int c = trie[k].children; c < trie[k].children + trie[k].nchildren; c++)
      index_run(trie, k, c, text, &len);
  text[len] = '\0';
  set->idx.ntrie_text = len;
  set->idx.trie_text = text;
}

/* The trie of the spellings (label_index.h): built with lists of children, then laid out
 * breadth first, which makes every node's children consecutive and in order. */
static void index_trie(nb_label_set *set) {
  size_t cap = 1;
  for (int i = 0; i < set->n; i++)
    cap += set->own_spellings[i].m.ncps;
  trie_build_node *b = nb_xmalloc(cap * sizeof *b);
  int n = 1;
  b[0] = (trie_build_node){0, -1, -1, -1};
  for (int i = 0; i < set->n; i++) {
    const measured *m = &set->own_spellings[i].m;
    int node = 0;
    for (size_t at = 0; at < m->len;)
      node = trie_add_child(b, &n, node, nb_utf8_next(m->s, m->len, &at));
    if (node > 0 && b[node].spelling < 0)
      b[node].spelling = i;
  }
  nb_label_trie_node *trie = set->own_trie = nb_xmalloc((size_t)n * sizeof *trie);
  int *order = nb_xmalloc((size_t)n * sizeof *order); /* build node of each place */
  int placed = 1;
  order[0] = 0;
  for (int k = 0; k < placed; k++) {
    const trie_build_node *x = &b[order[k]];
    trie[k] = (nb_label_trie_node){x->cp, x->spelling, placed, 0, 0, 0, 0};
    for (int c = x->child; c >= 0; c = b[c].sibling, trie[k].nchildren++)
      order[placed++] = c;
  }
  set->idx.ntrie = n;
  set->idx.trie = trie;
  free(order);
  free(b);
  index_runs(set, trie, cap * 4);
}

static void add(nb_label_set *set, nb_target_kind kind, int index, int block, const char *official,
                const char *spelling, bool variant, const nb_outdated_label *outdated) {
  if (!spelling)
    return;
  nb_grow((void **)&set->items, &set->cap, set->n + 1, sizeof *set->items);
  set->items[set->n++] =
      (entry){kind, index, block, official, spelling, strlen(spelling), variant, outdated};
}

static int find_column(const nb_table_spec *spec, const char *label, int *block) {
  for (int b = 0; b < spec->nblocks; b++)
    for (int c = 0; c < spec->blocks[b].ncolumns; c++)
      if (strcmp(spec->blocks[b].columns[c].label, label) == 0) {
        *block = b;
        return c;
      }
  *block = -1;
  return -1;
}

static int find_block(const nb_table_spec *spec, const char *label) {
  for (int b = 0; b < spec->nblocks; b++)
    if (spec->blocks[b].label && strcmp(spec->blocks[b].label, label) == 0)
      return b;
  return -1;
}

static void add_outdated(nb_label_set *set, const nb_table_spec *spec, const nb_outdated_label *o) {
  const char *official = o->replacement ? o->replacement : o->label;
  int index = -1, block = -1;
  nb_target_kind kind = NB_TARGET_ROW;
  switch (o->kind) {
  case NB_LABEL_ROW:
    if (o->replacement)
      index = nb_table_spec_find_row(spec, o->replacement);
    block = index >= 0 ? spec->rows[index].block : -1;
    break;
  case NB_LABEL_COLUMN:
    kind = NB_TARGET_COLUMN;
    if (o->replacement)
      index = find_column(spec, o->replacement, &block);
    break;
  case NB_LABEL_BLOCK:
    kind = NB_TARGET_BLOCK;
    if (o->replacement)
      block = index = find_block(spec, o->replacement);
    break;
  }
  add(set, kind, index, block, official, o->label, false, o);
}

/* Every label of the table, in the order the index lists their spellings. */
static nb_label_set *list_labels(const nb_template *tpl, nb_table_id id) {
  nb_label_set *set = nb_xcalloc(1, sizeof *set);
  const nb_table_spec *spec = tpl->tables[id];
  for (int r = 0; r < spec->nrows; r++) {
    const nb_row_spec *row = &spec->rows[r];
    add(set, NB_TARGET_ROW, r, row->block, row->label, row->label, false, NULL);
    for (int v = 0; row->variants && row->variants[v]; v++)
      add(set, NB_TARGET_ROW, r, row->block, row->label, row->variants[v], true, NULL);
  }
  for (int b = 0; b < spec->nblocks; b++) {
    const nb_block_spec *blk = &spec->blocks[b];
    add(set, NB_TARGET_BLOCK, b, b, blk->label, blk->label, false, NULL);
    for (int c = 0; c < blk->ncolumns; c++) {
      const nb_column_spec *col = &blk->columns[c];
      add(set, NB_TARGET_COLUMN, c, b, col->label, col->label, false, NULL);
      for (int v = 0; col->variants && col->variants[v]; v++)
        add(set, NB_TARGET_COLUMN, c, b, col->label, col->variants[v], true, NULL);
      if (col->group)
        add(set, NB_TARGET_HEADER, -1, b, col->group, col->group, false, NULL);
    }
    for (int h = 0; blk->header_labels && blk->header_labels[h]; h++)
      add(set, NB_TARGET_HEADER, -1, b, blk->header_labels[h], blk->header_labels[h], false, NULL);
  }
  for (int o = 0; o < tpl->noutdated_labels; o++)
    if (tpl->outdated_labels[o].table == id)
      add_outdated(set, spec, &tpl->outdated_labels[o]);
  return set;
}

/* Slot of the spelling whose template text is text[0, len), or the empty slot where it would go.
 * Inline, with the hash: every label cell of every table is looked up here first. */
static inline size_t verbatim_slot(const nb_label_set *set, const int *verbatim, const char *text,
                                   size_t len) {
  size_t h = spelling_hash(text, len);
  for (;; h = (h + 1) & (EXACT_SLOTS - 1)) {
    int k = verbatim[h];
    if (k < 0 ||
        (set->items[k].spelling_len == len && nb_same_bytes(set->items[k].spelling, text, len)))
      return h;
  }
}

static void index_verbatim(nb_label_set *set) {
  if (!set->idx.indexed)
    return;
  int *verbatim = set->own_verbatim = nb_xmalloc(EXACT_SLOTS * sizeof *verbatim);
  for (int i = 0; i < EXACT_SLOTS; i++)
    verbatim[i] = -1;
  int *exact_of = set->own_exact_of = nb_xmalloc(((size_t)set->n + 1) * sizeof *exact_of);
  for (int i = 0; i < set->n; i++) {
    const measured *m = &spelling_of(set, i)->m;
    exact_of[i] = set->idx.exact[exact_slot(&set->idx, set->idx.exact, m->s, m->len)];
  }
  for (int i = 0; i < set->n; i++) {
    size_t slot = verbatim_slot(set, verbatim, set->items[i].spelling, set->items[i].spelling_len);
    if (verbatim[slot] < 0)
      verbatim[slot] = i;
  }
  set->idx.verbatim = verbatim;
  set->idx.exact_of = exact_of;
}

/* nb_label_index.starts, from the root's children (nb_label_starts). */
static void index_starts(const nb_label_index *x, nb_label_starts *st) {
  memset(st, 0, sizeof *st);
  const nb_label_trie_node *root = &x->trie[0];
  for (int c = root->children; c < root->children + root->nchildren; c++) {
    const nb_label_trie_node *node = &x->trie[c];
    if (node->cp >= 0x4000 && node->cp <= 0x9FFF)
      st->ideographs[node->cp >> 6 & 15] |= (uint64_t)1 << (node->cp & 63);
    if (node->cp < '0' || node->cp > '9')
      continue;
    unsigned d = node->cp - '0';
    st->digits |= (uint16_t)(1u << d);
    bool digit_next = node->spelling >= 0;
    for (int k = node->children; k < node->children + node->nchildren; k++)
      digit_next |= x->trie[k].cp >= '0' && x->trie[k].cp <= '9';
    if (digit_next)
      st->digit_digits |= (uint16_t)(1u << d);
  }
}

/* The summaries of the spellings that lookups read (label_index.h): every spelling's key, the
 * root's child by first character, the candidates' masks and the hash of their template texts. */
static void summarise(nb_label_set *set) {
  nb_label_key *keys = set->own_keys = nb_xmalloc(((size_t)set->idx.n + 1) * sizeof *keys);
  for (int i = 0; i < set->idx.n; i++)
    keys[i] = spelling_key(&spelling_of(set, i)->m, set->items[i].kind);
  set->idx.keys = keys;
  for (int b = 0; b < NB_LABEL_FIRST_SLOTS; b++)
    set->idx.first_child[b] = NO_CHILD;
  const nb_label_trie_node *root = &set->idx.trie[0];
  for (int c = root->children; c < root->children + root->nchildren; c++) {
    int8_t *slot = &set->idx.first_child[first_child_slot(set->idx.trie[c].cp)];
    *slot = *slot == NO_CHILD && c <= INT8_MAX ? (int8_t)c : SHARED; /* else searched */
  }
  set->own_starts = nb_xmalloc(sizeof *set->own_starts);
  index_starts(&set->idx, set->own_starts);
  set->idx.starts = set->own_starts;
  index_candidates(&set->idx);
  index_verbatim(set);
}

nb_label_set *nb_label_set_new(const nb_template *tpl, nb_table_id id) {
  nb_label_set *set = list_labels(tpl, id);
  set->own_spellings = nb_xcalloc((size_t)set->n + 1, sizeof *set->own_spellings);
  for (int i = 0; i < set->n; i++) {
    nb_label_spelling *sp = &set->own_spellings[i];
    const char *spelling = set->items[i].spelling;
    const char *norm = nb_normalize_label(spelling, strlen(spelling));
    sp->m = measure(norm, strlen(norm));
  }
  set->idx.n = set->n;
  set->idx.spellings = set->own_spellings;
  index_exact(set);
  index_trie(set);
  summarise(set);
  return set;
}

/* The set built for a built-in template's table: from the index generated with these very
 * templates at build time (only the pointers into the template data are set here), else built. */
static nb_label_set *build_shared(const nb_template *tpl, nb_table_id id) {
#ifdef NB_LABEL_INDEX_INCLUDE
  const nb_label_index *built = &generated_label_indexes[tpl->id][id];
  nb_label_set *set = list_labels(tpl, id);
  if (built->n == set->n) {
    set->idx = *built;
    return set;
  }
  nb_label_set_free(set);
#endif
  return nb_label_set_new(tpl, id);
}

const nb_label_set *nb_label_set_shared(const nb_template *tpl, nb_table_id id) {
  /* Built-in templates are static data, so their sets can live as long as the process: a run
   * over many reports (or one document holding many) builds each set once, not per table.
   * Several threads lint at once (the library's contract): a set is read without a lock once
   * published, and built and published under one, so none is built twice or read half-built. */
  static _Atomic(nb_label_set *) sets[NB_TPL_COUNT][NB_TABLE_COUNT];
  static pthread_mutex_t fill = PTHREAD_MUTEX_INITIALIZER;
  if (!tpl || id < 0 || id >= NB_TABLE_COUNT || tpl->id < 0 || tpl->id >= NB_TPL_COUNT ||
      nb_template_get(tpl->id) != tpl)
    return NULL;
  _Atomic(nb_label_set *) *slot = &sets[tpl->id][id];
  nb_label_set *set = atomic_load_explicit(slot, memory_order_acquire);
  if (set)
    return set;
  pthread_mutex_lock(&fill);
  set = atomic_load_explicit(slot, memory_order_relaxed);
  if (!set) {
    set = build_shared(tpl, id);
    atomic_store_explicit(slot, set, memory_order_release);
  }
  pthread_mutex_unlock(&fill);
  return set;
}

const nb_label_index *nb_label_set_index(const nb_label_set *set) {
  return &set->idx;
}

void nb_label_set_free(nb_label_set *set) {
  if (!set)
    return;
  if (set->own_spellings)
    for (int i = 0; i < set->n; i++)
      free((char *)set->own_spellings[i].m.s);
  free(set->own_spellings);
  free(set->own_exact);
  free(set->own_trie);
  free(set->own_trie_text);
  free(set->own_keys);
  free(set->own_verbatim);
  free(set->own_exact_of);
  free(set->own_starts);
  free(set->items);
  free(set);
}

/* Two entries name the same thing when they lead to the same official spelling of the same
 * kind ("结果维持" is a column of three groups; "本年处理决定数量" of two blocks). */
static bool same_target(const entry *a, const entry *b) {
  return a->kind == b->kind && a->official && b->official && strcmp(a->official, b->official) == 0;
}

/* The score of entry i for the observed label, with variants and outdated labels weighed in. */
static nb_label_score entry_score(const nb_label_set *set, int i, const measured *obs) {
  const entry *e = &set->items[i];
  nb_label_score s = compare_measured(obs, &spelling_of(set, i)->m);
  if (s.match == NB_MATCH_NONE)
    return s;
  if (e->variant) {
    if (s.match == NB_MATCH_EXACT)
      return score(NB_MATCH_VARIANT, 950);
    s.score -= 10;
  }
  /* A misspelt older label is too weak a signal to call the report outdated. */
  if (e->outdated && s.match == NB_MATCH_TYPO)
    return score(NB_MATCH_NONE, 0);
  return s;
}

static void fill_hit(const entry *e, nb_match match, int score, nb_label_hit *hit) {
  hit->kind = e->kind;
  hit->index = e->index;
  hit->block = e->block;
  hit->official = e->official;
  hit->outdated = e->outdated;
  hit->match = match;
  hit->score = score;
}

bool nb_label_may_match(const nb_label_measures *o, const nb_label_measures *f) {
  if (!o->len || !f->len)
    return false;
  if (!keyable(o))
    return true;
  quick_probe p = probe_of(o);
  quick_key k = spelling_key(f, NB_TARGET_ANY);
  return may_match(&p, &k);
}

bool nb_label_is_candidate(const nb_label_index *x, const nb_label_measures *o, int i) {
  if (!x->candidates.usable || !keyable(o))
    return true;
  quick_probe p = probe_of(o);
  return candidates_of(&x->candidates, &p) >> i & 1;
}

nb_label_measures nb_label_measure(const char *norm, size_t len) {
  return measure(norm, len);
}

/* The entries that scored in the first pass of nb_label_set_best, for its second: a cell that
 * misses the exact lookup resembles a few labels of a table at most, and scoring them all again
 * cost as much as the first pass. More than this many, and the second pass scores every entry. */
enum { MAX_SCORED = 64 };

static bool best_scored(const nb_label_set *set, const char *norm, size_t len, unsigned kinds,
                        nb_label_hit *hit);

/* The first entry of the exact hash's chain from k that is of the given kinds: what the scoring
 * would find first (nothing scores above EXACT 1000). */
static bool exact_in_chain(const nb_label_set *set, int k, unsigned kinds, nb_label_hit *hit) {
  for (; k >= 0; k = spelling_of(set, k)->next_same)
    if (set->items[k].kind & kinds) {
      fill_hit(&set->items[k], NB_MATCH_EXACT, 1000, hit);
      return true;
    }
  return false;
}

bool nb_label_set_best(const nb_label_set *set, const char *norm, unsigned kinds,
                       nb_label_hit *hit) {
  return norm && nb_label_set_best_n(set, norm, strlen(norm), kinds, hit);
}

bool nb_label_set_best_n(const nb_label_set *set, const char *norm, size_t len, unsigned kinds,
                         nb_label_hit *hit) {
  if (!set || !norm || !len)
    return false;
  /* The loop below returns the first non-variant entry spelt exactly like norm (EXACT 1000)
   * whenever there is one; the hash finds that entry directly. */
  if (set->idx.indexed) {
    size_t slot = exact_slot(&set->idx, set->idx.exact, norm, len);
    if (exact_in_chain(set, set->idx.exact[slot], kinds, hit))
      return true;
  }
  return best_scored(set, norm, len, kinds, hit);
}

const char *nb_label_set_verbatim(const nb_label_set *set, const char *text, size_t len,
                                  size_t *norm_len, int *spelling) {
  if (!set || !set->idx.verbatim || !text)
    return NULL;
  int k = set->idx.verbatim[verbatim_slot(set, set->idx.verbatim, text, len)];
  if (k < 0)
    return NULL;
  *norm_len = spelling_of(set, k)->m.len;
  *spelling = k;
  return spelling_of(set, k)->m.s;
}

const char *nb_label_set_spelling(const nb_label_set *set, int spelling, size_t *norm_len) {
  *norm_len = spelling_of(set, spelling)->m.len;
  return spelling_of(set, spelling)->m.s;
}

bool nb_label_set_best_spelling(const nb_label_set *set, int spelling, unsigned kinds,
                                nb_label_hit *hit) {
  const measured *m = &spelling_of(set, spelling)->m;
  if (!m->len)
    return false;
  if (exact_in_chain(set, set->idx.exact_of[spelling], kinds, hit))
    return true;
  return best_scored(set, m->s, m->len, kinds, hit);
}

/* The labels scored against norm, for a text no label is spelt as exactly (of the given
 * kinds). */
static bool best_scored(const nb_label_set *set, const char *norm, size_t len, unsigned kinds,
                        nb_label_hit *hit) {
  int best = -1;
  nb_label_score best_s = {NB_MATCH_NONE, 0};
  measured obs = measure(norm, len);
  bool filter = keyable(&obs);
  quick_probe probe = {0};
  if (filter)
    probe = probe_of(&obs);
  int scored[MAX_SCORED];
  nb_label_score scores[MAX_SCORED];
  int nscored = 0;
  /* The candidates of a small set, by their bits in spelling order: the loop visits them in the
   * order it would visit every entry, so the first best entry stays the one chosen. */
  const nb_label_candidates *c = &set->idx.candidates;
  bool by_bits = filter && c->usable;
  uint64_t bits = by_bits ? candidates_of(c, &probe) : 0;
  for (int i = by_bits ? next_candidate(&bits, set->n) : 0; i < set->n;
       i = by_bits ? next_candidate(&bits, set->n) : i + 1) {
    const quick_key *k = &set->idx.keys[i];
    if (!(k->kind & kinds) || (filter && !may_match(&probe, k)))
      continue;
    nb_label_score s = entry_score(set, i, &obs);
    if (s.match == NB_MATCH_NONE)
      continue;
    if (nscored <= MAX_SCORED) {
      if (nscored < MAX_SCORED) {
        scored[nscored] = i;
        scores[nscored] = s;
      }
      nscored++;
    }
    if (s.score > best_s.score) {
      best = i;
      best_s = s;
      if (s.match == NB_MATCH_EXACT && s.score >= 1000) /* nothing scores higher */
        break;
    }
  }
  if (best < 0)
    return false;
  /* A cut or misspelt piece that fits another label about as well names neither. Only entries
   * that scored can fit: those of the first pass, unless there were too many to keep. */
  if (best_s.match == NB_MATCH_PARTIAL || best_s.match == NB_MATCH_TYPO) {
    bool all = nscored > MAX_SCORED;
    for (int k = 0; k < (all ? set->n : nscored); k++) {
      int i = all ? k : scored[k];
      const entry *e = &set->items[i];
      if (i == best || !(e->kind & kinds) || same_target(&set->items[best], e))
        continue;
      nb_label_score s = all ? entry_score(set, i, &obs) : scores[k];
      if (s.match == best_s.match && (s.match == NB_MATCH_PARTIAL || best_s.score - s.score < 20))
        return false;
    }
  }
  fill_hit(&set->items[best], best_s.match, best_s.score, hit);
  return true;
}

bool nb_label_set_best_raw(const nb_label_set *set, const char *text, size_t len, unsigned kinds,
                           nb_label_hit *hit) {
  char *norm = nb_normalize_label(text, len);
  bool ok = nb_label_set_best(set, norm, kinds, hit);
  free(norm);
  return ok;
}

/* ------------------------------------------------------------------ labels inside text */

/* The next character of t[*i, end) as nb_normalize_label compares it, 0 for one it drops.
 * Ideographs and digits, nearly all of label text, fold to themselves: settled without the
 * call. */
static uint32_t next_folded(const char *t, size_t end, size_t *i) {
  uint32_t cp = nb_utf8_next(t, end, i);
  return (cp >= 0x4000 && cp <= 0x9FFF) || (cp >= '0' && cp <= '9') ? cp : nb_fold_label_cp(cp);
}

/* The child of trie node `node` reached by cp, or -1. The children are sorted by code point and
 * halved without a branch on the comparison (a conditional move): which child the text takes
 * is data, and as branches the steps of a search mispredicted about once a node. */
static inline int trie_child(const nb_label_trie_node *trie, int node, uint32_t cp) {
  int n = trie[node].nchildren, base = trie[node].children;
  if (n == 0)
    return -1;
  while (n > 1) {
    int half = n / 2;
    base = trie[base + half].cp <= cp ? base + half : base;
    n -= half;
  }
  return trie[base].cp == cp ? base : -1;
}

/* Bytes of the whole characters a[0, n) and the run b[0, n) start with alike (b holds a
 * character more when they are all alike), eight bytes a step: text that leaves a run mostly
 * does so after several of its characters. */
static size_t run_prefix(const char *a, const char *b, size_t n) {
  size_t m = 0;
  for (; n - m >= 8; m += 8) {
    uint64_t x = load64(a + m) ^ load64(b + m);
    if (x) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      m += (size_t)__builtin_clzll(x) / 8;
#else
      m += (size_t)__builtin_ctzll(x) / 8;
#endif
      n = m;
      break;
    }
  }
  while (m < n && a[m] == b[m])
    m++;
  while (m > 0 && ((unsigned char)b[m] & 0xC0) == 0x80) /* back to the character's start */
    m--;
  return m;
}

#if defined(__SSE2__)
/* Bit k set where a[k] == b[k], k < 16. */
static inline unsigned same_16(const char *a, const char *b) {
  __m128i x = _mm_loadu_si128((const __m128i *)a), y = _mm_loadu_si128((const __m128i *)b);
  return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, y));
}
#endif

/* Whether t[i, i + run) holds the bytes of the run spelt[0, run) (run > 0, and t holds them).
 * Runs are of every length from a character to a label, and compared a size class at a time
 * (nb_same_bytes) their lengths mispredicted its branches: a run of 16 bytes or fewer (five
 * characters), most of those compared, is compared at once with the 16 bytes that end it, the
 * text's and the trie text's, and the bytes before it masked off (t[0, i) is the text before
 * the place looked at, and spelt has NB_LABEL_RUN_LEAD bytes before it, trie_text's padding);
 * a longer one 16 bytes a step, the last step ending with it. */
static inline bool run_spelt(const char *t, size_t i, const char *spelt, size_t run) {
#if defined(__SSE2__)
  enum { AT_ONCE = 16, ALL = 0xFFFF };
  _Static_assert((int)NB_LABEL_RUN_LEAD >= AT_ONCE, "a run's last 16 bytes are readable");
  const char *a = t + i;
  if (run > AT_ONCE) {
    for (size_t k = 0; k + AT_ONCE < run; k += AT_ONCE)
      if (same_16(a + k, spelt + k) != ALL)
        return false;
    return same_16(a + run - AT_ONCE, spelt + run - AT_ONCE) == ALL;
  }
  if (i + run >= AT_ONCE) {
    unsigned own = (ALL << (AT_ONCE - run)) & ALL; /* the run's bytes, the last */
    return (same_16(a + run - AT_ONCE, spelt + run - AT_ONCE) & own) == own;
  }
#endif
  return nb_same_bytes(t + i, spelt, run);
}

/* The node `bytes` bytes of whole characters down the run of `node`: each of its nodes is the
 * only child of the one before. */
static int run_node(const nb_label_trie_node *trie, int node, const char *spelt, size_t bytes) {
  for (size_t b = 0; b < bytes; node = trie[node].children) {
    unsigned lead = (unsigned char)spelt[b]; /* a run is well-formed UTF-8 (nb_utf8_put) */
    b += 1 + (lead >= 0xC0) + (lead >= 0xE0) + (lead >= 0xF0);
  }
  return node;
}

/* The node of the labels whose first character is cp, or NO_CHILD. */
static int root_child(const nb_label_set *set, uint32_t cp) {
  int node = set->idx.first_child[first_child_slot(cp)];
  if (node == SHARED)
    return trie_child(set->idx.trie, 0, cp);
  return node >= 0 && set->idx.trie[node].cp == cp ? node : NO_CHILD;
}

const nb_label_starts *nb_label_set_starts(const nb_label_set *set) {
  return set->idx.starts;
}

/* The first spelling of the given kinds spelt as spelling k, which is the first of all, or -1. */
static int spelling_of_kinds(const nb_label_set *set, int k, unsigned kinds) {
  if (set->items[k].kind & kinds)
    return k;
  const measured *m = &spelling_of(set, k)->m;
  for (int i = k + 1; i < set->n; i++) {
    const measured *o = &spelling_of(set, i)->m;
    if ((set->items[i].kind & kinds) && o->len == m->len && memcmp(o->s, m->s, m->len) == 0)
      return i;
  }
  return -1;
}

/* The text is folded a character at a time as nb_normalize_label folds it and walked down the
 * trie: every node passed that ends a spelling is a label the text starts with, the last the
 * longest. */
size_t nb_label_set_prefix(const nb_label_set *set, const char *t, size_t at, size_t end,
                           unsigned kinds, nb_label_hit *hit) {
  bool gaps;
  int spelling;
  return nb_label_set_prefix_gaps(set, t, at, end, kinds, hit, &gaps, &spelling);
}

size_t nb_label_set_prefix_gaps(const nb_label_set *set, const char *t, size_t at, size_t end,
                                unsigned kinds, nb_label_hit *hit, bool *gaps, int *spelling) {
  if (!set || at >= end) {
    *gaps = false;
    return 0;
  }
  return nb_label_set_prefix_first(set, t, at, end, NB_LABEL_FIRST_UNKNOWN, kinds, hit, gaps,
                                   spelling);
}

size_t nb_label_set_prefix_first(const nb_label_set *set, const char *t, size_t at, size_t end,
                                 uint32_t first, unsigned kinds, nb_label_hit *hit, bool *gaps,
                                 int *spelling) {
  *gaps = false;
  size_t i = at;
  /* A digit or an ideograph nb_label_first_char decoded: one byte or three, as it is. */
  uint32_t cp = first;
  if (first == NB_LABEL_FIRST_UNKNOWN)
    cp = next_folded(t, end, &i);
  else
    i += first < 0x80 ? 1 : 3;
  const nb_label_trie_node *trie = set->idx.trie;
  int node = root_child(set, cp);
  int best = -1;
  size_t best_bytes = 0;
  bool digits_only = cp >= '0' && cp <= '9', dropped = false;
  while (node >= 0) {
    /* Every label is of some kind: for any kind, the node's spelling is the one. */
    int k = trie[node].spelling < 0 || kinds == NB_TARGET_ANY
                ? trie[node].spelling
                : spelling_of_kinds(set, trie[node].spelling, kinds);
    if (k >= 0) {
      best = k;
      best_bytes = i - at;
      *gaps = dropped;
    }
    if (!trie[node].nchildren)
      break;
    size_t run = (size_t)trie[node].run;
    /* The run's bytes are looked up only for a node that has one: most nodes the walk passes
     * have none. */
    if (run) {
      const char *spelt = set->idx.trie_text + trie[node].run_at;
      size_t room = end - i < run ? end - i : run;
      if (room == run && run_spelt(t, i, spelt, run)) {
        i += run;
        node = trie[node].run_end;
        digits_only = false;
        continue;
      }
      /* The text leaves the run partway ("：" where the label has ":", which it folds to): the
       * characters before are the run's nodes, and the one where they part is read below.
       * Stepped through a character at a time, each node tried the rest of the run again. */
      size_t same = run_prefix(t + i, spelt, room);
      if (same) {
        node = run_node(trie, node, spelt, same);
        i += same;
        digits_only = false;
      }
    }
    cp = 0;
    while (!cp && i < end) {
      cp = next_folded(t, end, &i);
      dropped |= !cp;
    }
    if (!cp)
      break;
    if (cp == 0x3001 /* 、 */ && digits_only) /* "1、" is "1." */
      cp = '.';
    digits_only = digits_only && cp >= '0' && cp <= '9';
    node = trie_child(trie, node, cp);
  }
  if (best < 0)
    return 0;
  *spelling = best;
  if (hit) {
    bool variant = set->items[best].variant;
    fill_hit(&set->items[best], variant ? NB_MATCH_VARIANT : NB_MATCH_EXACT, variant ? 950 : 1000,
             hit);
  }
  return best_bytes;
}
