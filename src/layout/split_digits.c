#include "split_digits.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

enum {
  MAX_PART_DIGITS = 15, /* a count longer than this is no count (and would not be exact) */
  MAX_STEPS = 200000,   /* cuts tried before the row is given up as ambiguous */
};

typedef struct {
  const nb_table_spec *spec;
  unsigned relations; /* bit k: spec->relations[k] decides */
  int first_col;
  const nb_digit_token *tokens;
  int ntokens, ncells;
  nb_digit_part *cur; /* the cut being built */
  nb_digit_part *found;
  int nfound;
  long steps;
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

static bool relations_hold(const search *s) {
  for (int k = 0; k < s->spec->nrelations && k < 32; k++) {
    if (!(s->relations & (1u << k)))
      continue;
    const nb_relation *rel = &s->spec->relations[k];
    double sum = 0;
    for (int t = 0; t < rel->nterms; t++)
      sum += rel->terms[t].sign * s->cur[rel->terms[t].index - s->first_col].value;
    if (fabs(sum - s->cur[rel->target - s->first_col].value) > 1e-6)
      return false;
  }
  return true;
}

/* Digits left from (token, at) on. */
static size_t digits_left(const search *s, int token, size_t at) {
  size_t n = s->tokens[token].len - at;
  for (int k = token + 1; k < s->ntokens; k++)
    n += s->tokens[k].len;
  return n;
}

/* Cuts the rest of the tokens from byte `at` of `token`, cell `cell` being the next to fill. */
static void cut(search *s, int token, size_t at, int cell) {
  if (s->nfound > 1 || ++s->steps > MAX_STEPS)
    return;
  if (token == s->ntokens) {
    if (cell == s->ncells && relations_hold(s)) {
      if (s->nfound == 0)
        memcpy(s->found, s->cur, (size_t)s->ncells * sizeof *s->found);
      s->nfound++;
    }
    return;
  }
  const nb_digit_token *tk = &s->tokens[token];
  int cells_left = s->ncells - cell;
  if (cells_left <= 0 || digits_left(s, token, at) < (size_t)cells_left)
    return;
  /* Every later token needs one cell of its own at least. */
  if (cells_left < s->ntokens - token)
    return;
  size_t longest = tk->len - at;
  if (tk->text[at] == '0')
    longest = 1;
  if (longest > MAX_PART_DIGITS)
    longest = MAX_PART_DIGITS;
  for (size_t n = 1; n <= longest; n++) {
    double v = 0;
    for (size_t i = at; i < at + n; i++)
      v = v * 10 + (tk->text[i] - '0');
    s->cur[cell] = (nb_digit_part){token, at, at + n, v};
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
  search s = {spec, relations, first_col, tokens, ntokens, ncells, NULL, parts, 0, 0};
  s.cur = nb_xcalloc((size_t)ncells, sizeof *s.cur);
  cut(&s, 0, 0, 0);
  free(s.cur);
  if (s.steps > MAX_STEPS || s.nfound > 1)
    return NB_SPLIT_AMBIGUOUS;
  return s.nfound == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_NONE;
}
