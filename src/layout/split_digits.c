#include "split_digits.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

enum {
  MAX_PART_DIGITS = 15, /* a count longer than this is no count (and would not be exact) */
  /* A row that a search trying every cut would need more cuts than this for is given up as
   * ambiguous (the search prunes and counts, and stays that exact). */
  MAX_STEPS = 200000,
  /* totals_reachable is asked with at most this many cells left between a part and the total */
  TOTAL_NEAR_END = 4,
};

static const double powers_of_ten[MAX_PART_DIGITS + 1] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

typedef struct {
  const nb_table_spec *spec;
  int first_col;
  const nb_digit_token *tokens;
  int ntokens, ncells;
  size_t *left;       /* left[k]: digits in tokens k… (left[ntokens] == 0) */
  unsigned *complete; /* complete[c]: the deciding relations whose last cell is c */
  /* The deciding relations that add their terms (all signs +), numbered 0..nsums-1 here. */
  int nsums;
  const nb_relation *sum_rel[32];
  /* sum_open[c]: bit j set when sum j has a term at c or before and its target after c */
  unsigned *sum_open;
  int *sum_times; /* sum_times[c * nsums + j]: how many of sum j's terms are cell c */
  /* filled[c * nsums + j]: sum j's terms among cells [0, c] of the cut being built */
  double *filled;
  /* largest[n]: the largest value a part that ends the last token and is at most n digits long
   * can have (0 ≤ n ≤ MAX_PART_DIGITS): what the target of a sum that is the row's last cell
   * can be at most */
  double largest[MAX_PART_DIGITS + 1];
  /* suffix[n]: the value of the last token's last n digits, -1 when they cannot be a part (they
   * start with 0, or the token is shorter) */
  double suffix[MAX_PART_DIGITS + 1];
  /* most_times[j]: the most times sum j has one cell among its terms */
  int most_times[32];
  nb_digit_part *cur; /* the cut being built */
  nb_digit_part *found;
  int nfound;
  long *calls; /* count_calls's memo, by (digits used, cells filled) */
} search;

static bool inside(int col, int first, int n) {
  return col >= first && col < first + n;
}

/* The per-row relations of the row's block whose cells all lie in [first, first + n). */
static unsigned relations_within(const nb_table_spec *spec, int row, int first, int n) {
  unsigned mask = 0;
  for (int k = 0; k < spec->nrelations && k < 32; k++) {
    const nb_relation *rel = &spec->relations[k];
    if (rel->scope != NB_REL_PER_ROW || rel->block != spec->rows[row].block ||
        !inside(rel->target, first, n))
      continue;
    bool all = true;
    for (int t = 0; t < rel->nterms; t++)
      all = all && inside(rel->terms[t].index, first, n);
    if (all)
      mask |= 1u << k;
  }
  return mask;
}

static bool relation_holds(const search *s, int k) {
  const nb_relation *rel = &s->spec->relations[k];
  double sum = 0;
  for (int t = 0; t < rel->nterms; t++)
    sum += rel->terms[t].sign * s->cur[rel->terms[t].index - s->first_col].value;
  return fabs(sum - s->cur[rel->target - s->first_col].value) <= 1e-6;
}

/* Whether the relations whose last cell is `cell` hold for the cells filled so far. */
static bool relations_hold_at(const search *s, int cell) {
  /* Only the relations whose bit is set are visited: this runs for every part the search
   * tries, and a table has a few dozen relations, one or two of them complete at a cell. */
  for (unsigned bits = s->complete[cell]; bits; bits &= bits - 1)
    if (!relation_holds(s, __builtin_ctz(bits)))
      return false;
  return true;
}

/* The longest part that may start at byte `at` of token `token`. */
static size_t longest_part(const search *s, int token, size_t at) {
  const nb_digit_token *tk = &s->tokens[token];
  size_t longest = tk->len - at;
  if (tk->text[at] == '0')
    longest = 1;
  return longest > MAX_PART_DIGITS ? MAX_PART_DIGITS : longest;
}

/* Whether a cut from (token, at) with `cell` cells filled can still fill every cell. */
static bool may_go_on(const search *s, int token, size_t at, int cell) {
  int cells_left = s->ncells - cell;
  if (cells_left <= 0 || s->left[token] - at < (size_t)cells_left)
    return false;
  /* Every later token needs one cell of its own at least. */
  return cells_left >= s->ntokens - token;
}

/* How many cuts a search trying every way and testing the relations only at its end would
 * visit from (token, at) with `cell` cells filled, this one included; at most MAX_STEPS + 1.
 * Such a search gives a row up as ambiguous after MAX_STEPS cuts: counting them says whether it
 * would, without making them. */
static long count_calls(search *s, int token, size_t at, int cell) {
  if (token == s->ntokens || !may_go_on(s, token, at, cell))
    return 1;
  size_t used = s->left[0] - s->left[token] + at;
  long *memo = &s->calls[used * (size_t)(s->ncells + 1) + (size_t)cell];
  if (*memo >= 0)
    return *memo;
  long n = 1;
  size_t longest = longest_part(s, token, at);
  for (size_t len = 1; len <= longest && n <= MAX_STEPS; len++)
    n += at + len == s->tokens[token].len ? count_calls(s, token + 1, 0, cell + 1)
                                          : count_calls(s, token, at + len, cell + 1);
  return *memo = n > MAX_STEPS ? MAX_STEPS + 1 : n;
}

/* count_calls from the start, with its memo. */
static long count_all_calls(search *s) {
  /* A cell takes at most MAX_PART_DIGITS digits: the memo covers every count that can be
   * reached. */
  size_t max_used = (size_t)MAX_PART_DIGITS * (size_t)s->ncells;
  if (max_used > s->left[0])
    max_used = s->left[0];
  size_t slots = (max_used + 1) * (size_t)(s->ncells + 1);
  s->calls = nb_xmalloc(slots * sizeof *s->calls);
  for (size_t i = 0; i < slots; i++)
    s->calls[i] = -1;
  long n = count_calls(s, 0, 0, 0);
  free(s->calls);
  s->calls = NULL;
  return n;
}

/* Whether count_calls could exceed MAX_STEPS, by a bound that costs nothing to compute: every
 * call it counts is a different way of cutting the first digits into k parts (k <= ncells cells
 * filled), fixed by the k places where its parts end, so there are at most sum C(digits, k) of
 * them. Nearly every row (nine digits for seven cells: 502) stays far below MAX_STEPS, and is
 * not counted. */
static bool may_need_too_many(size_t digits, int ncells) {
  double ways = 1, total = 1; /* C(digits, 0) */
  for (int k = 0; k < ncells && (size_t)k < digits; k++) {
    ways = ways * (double)(digits - (size_t)k) / (double)(k + 1);
    total += ways;
    if (total > MAX_STEPS)
      return true;
  }
  return false;
}

/* Notes the part just put into cell `cell` in the sums of its terms filled so far. */
static void fill_sums(search *s, int cell) {
  const int m = s->nsums;
  double *now = &s->filled[cell * m], v = s->cur[cell].value;
  const int *times = &s->sum_times[cell * m];
  if (cell == 0) { /* the first cell: nothing before it (one test, not one a sum) */
    for (int j = 0; j < m; j++)
      now[j] = times[j] * v;
    return;
  }
  for (int j = 0; j < m; j++)
    now[j] = now[j - m] + times[j] * v;
}

/* Whether the relations that add their terms can still hold once cells [0, cell] are filled
 * (fill_sums) and `digits` digits are left for the rest: the target of one, not yet filled,
 * gets at most the digits the cells after `cell` other than itself leave it (one each at
 * least), so it is below 10^that — and when it is the row's last cell, no more than the last
 * token's end of that length (or shorter) spells — and the terms filled so far must not
 * already add up to more than it can be. */
static bool sums_may_hold(const search *s, int cell, size_t digits) {
  size_t others = (size_t)(s->ncells - cell - 2); /* cells after `cell`, the target aside */
  if (digits < others)
    return true;
  size_t most = digits - others;
  if (most > MAX_PART_DIGITS)
    most = MAX_PART_DIGITS;
  const double *filled = &s->filled[cell * s->nsums];
  for (unsigned bits = s->sum_open[cell]; bits; bits &= bits - 1) {
    int j = __builtin_ctz(bits);
    bool last = s->sum_rel[j]->target - s->first_col == s->ncells - 1;
    if (last ? filled[j] > s->largest[most] : filled[j] >= powers_of_ten[most])
      return false;
  }
  return true;
}

/* Whether the sums whose target is the row's last cell can still be met once cells [0, cell]
 * are filled and `digits` digits are left: the target is an end of the last token, n digits
 * long (as many as the cells between leave it), of a value known beforehand (suffix), and the
 * terms still to come add at most what those cells can hold, one part as long as the others
 * leave it and single digits. Unlike sums_may_hold, a longer part may do where this one does
 * not; it is asked near the row's end only, where it rules out most cuts. */
static bool totals_reachable(const search *s, int cell, size_t digits) {
  size_t between = (size_t)(s->ncells - cell - 2); /* cells before the target still to fill */
  if (between > TOTAL_NEAR_END || digits <= between)
    return true;
  const double *filled = &s->filled[cell * s->nsums];
  for (unsigned bits = s->sum_open[cell]; bits; bits &= bits - 1) {
    int j = __builtin_ctz(bits);
    if (s->sum_rel[j]->target - s->first_col != s->ncells - 1)
      continue;
    if (between == 0) { /* the total is all that is left */
      if (digits > MAX_PART_DIGITS || s->suffix[digits] != filled[j])
        return false;
      continue;
    }
    /* The ends that can be a part grow with their length, and the most the terms between can
     * add shrinks: the shortest end not below the sum so far is the one to ask. */
    size_t most = digits - between < MAX_PART_DIGITS ? digits - between : MAX_PART_DIGITS;
    size_t n = 1;
    while (n <= most && s->suffix[n] < filled[j])
      n++;
    if (n > most)
      return false;
    size_t longest = digits - n - between + 1; /* digits of the longest term part left */
    if (longest <= MAX_PART_DIGITS &&
        s->suffix[n] - filled[j] >
            s->most_times[j] * (powers_of_ten[longest] + 10.0 * (double)between))
      return false;
  }
  return true;
}

/* Cuts the rest of the tokens from byte `at` of `token`, cell `cell` being the next to fill.
 * A part is taken only while the relations it completes hold, and while the sums that are
 * still open can: every cut it rules out would fail them at its end, so the cuts found, and
 * their order, are those of trying every way. */
static void cut(search *s, int token, size_t at, int cell) {
  if (s->nfound > 1)
    return;
  if (token == s->ntokens) {
    if (cell == s->ncells) {
      if (s->nfound == 0)
        memcpy(s->found, s->cur, (size_t)s->ncells * sizeof *s->found);
      s->nfound++;
    }
    return;
  }
  if (!may_go_on(s, token, at, cell))
    return;
  const nb_digit_token *tk = &s->tokens[token];
  /* The cells after this one need a digit each and the tokens after this one a cell each: a
   * part that leaves them less goes nowhere. Where the cells left are too few for a part to
   * stop inside this token, only the rest of it is a part (the last cell's only part). */
  size_t rest = tk->len - at, longest = longest_part(s, token, at), shortest = 1;
  int after = s->ncells - cell - 1;
  if (after < s->ntokens - token)
    shortest = rest;
  if (longest > s->left[token] - at - (size_t)after)
    longest = s->left[token] - at - (size_t)after;
  double v = 0;
  for (size_t n = 1; n < shortest && n <= longest; n++)
    v = v * 10 + (tk->text[at + n - 1] - '0');
  for (size_t n = shortest; n <= longest; n++) {
    v = v * 10 + (tk->text[at + n - 1] - '0');
    s->cur[cell] = (nb_digit_part){token, at, at + n, v};
    if (!relations_hold_at(s, cell))
      continue;
    fill_sums(s, cell);
    if (!sums_may_hold(s, cell, s->left[token] - (at + n)))
      break; /* a longer part only makes the sum larger */
    if (!totals_reachable(s, cell, s->left[token] - (at + n)))
      continue;
    if (at + n == tk->len)
      cut(s, token + 1, 0, cell + 1);
    else
      cut(s, token, at + n, cell + 1);
  }
}

nb_split_result nb_split_digits_by_relation(const nb_table_spec *spec, int row, int first_col,
                                            const nb_digit_token *tokens, int ntokens, int ncells,
                                            nb_digit_part *parts, unsigned *used) {
  *used = 0;
  if (!spec || row < 0 || row >= spec->nrows || ntokens <= 0 || ncells <= 0)
    return NB_SPLIT_NONE;
  unsigned relations = relations_within(spec, row, first_col, ncells);
  if (!relations)
    return NB_SPLIT_NONE;
  for (int k = 0; k < ntokens; k++) {
    if (tokens[k].len == 0)
      return NB_SPLIT_NONE;
    for (size_t i = 0; i < tokens[k].len; i++)
      if (tokens[k].text[i] < '0' || tokens[k].text[i] > '9')
        return NB_SPLIT_NONE;
  }
  *used = relations;
  search s = {.spec = spec,
              .first_col = first_col,
              .tokens = tokens,
              .ntokens = ntokens,
              .ncells = ncells,
              .found = parts};
  int nsums = __builtin_popcount(relations); /* at most: those that add their terms */
  /* One zeroed block for the search's arrays, those of eight bytes first: a row is cut a few
   * times a report, and an allocation each cost more than cutting the short ones. */
  size_t cells = (size_t)ncells, per_cell = (size_t)nsums;
  char *block = nb_xcalloc(1, cells * sizeof *s.cur + cells * per_cell * sizeof *s.filled +
                                  ((size_t)ntokens + 1) * sizeof *s.left +
                                  cells * (2 * sizeof(unsigned) + per_cell * sizeof(int)));
  s.cur = (nb_digit_part *)(void *)block;
  s.filled = (double *)(void *)(s.cur + cells);
  s.left = (size_t *)(void *)(s.filled + cells * per_cell);
  s.complete = (unsigned *)(void *)(s.left + ntokens + 1);
  s.sum_open = s.complete + cells;
  s.sum_times = (int *)(void *)(s.sum_open + cells);
  s.left[ntokens] = 0;
  for (int k = ntokens - 1; k >= 0; k--)
    s.left[k] = s.left[k + 1] + tokens[k].len;
  for (int k = 0; k < spec->nrelations && k < 32; k++) {
    if (!(relations & (1u << k)))
      continue;
    const nb_relation *rel = &spec->relations[k];
    int last = rel->target;
    bool adds = true;
    for (int t = 0; t < rel->nterms; t++) {
      last = rel->terms[t].index > last ? rel->terms[t].index : last;
      adds = adds && rel->terms[t].sign > 0;
    }
    s.complete[last - first_col] |= 1u << k;
    if (adds)
      s.sum_rel[s.nsums++] = rel;
  }
  for (int j = 0; j < s.nsums; j++) {
    const nb_relation *rel = s.sum_rel[j];
    int first_term = ncells;
    for (int t = 0; t < rel->nterms; t++) {
      int c = rel->terms[t].index - first_col;
      int times = ++s.sum_times[c * s.nsums + j];
      s.most_times[j] = times > s.most_times[j] ? times : s.most_times[j];
      first_term = c < first_term ? c : first_term;
    }
    /* Before its first term its sum is 0, below any bound: not asked. */
    for (int c = first_term; c < rel->target - first_col; c++)
      s.sum_open[c] |= 1u << j;
  }
  /* The last token's ends, one digit longer each, where they may start (not with 0, but "0"
   * itself). */
  const nb_digit_token *end = &tokens[ntokens - 1];
  double value = 0, scale = 1;
  s.largest[0] = 0;
  for (size_t n = 1; n <= MAX_PART_DIGITS; n++) {
    s.largest[n] = s.largest[n - 1];
    s.suffix[n] = -1;
    if (n > end->len)
      continue;
    value += (end->text[end->len - n] - '0') * scale;
    scale *= 10;
    if (n == 1 || end->text[end->len - n] != '0')
      s.largest[n] = s.suffix[n] = value;
  }
  bool too_many = may_need_too_many(s.left[0], ncells) && count_all_calls(&s) > MAX_STEPS;
  if (!too_many)
    cut(&s, 0, 0, 0);
  free(block);
  if (too_many || s.nfound > 1)
    return NB_SPLIT_AMBIGUOUS;
  return s.nfound == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_NONE;
}
