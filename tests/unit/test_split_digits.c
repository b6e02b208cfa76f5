/* Run-together digits cut back into cells by the row's own relations (src/layout/
 * split_digits.c). Every cut below was enumerated by hand: the parts of a token keep their
 * order, a space always separates cells, and no part but "0" starts with 0. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/template.h"
#include "layout/split_digits.h"

static const nb_table_spec *applications(void) {
  return nb_template_get(NB_TPL_2021)->tables[NB_TABLE_APPLICATIONS];
}

static const nb_table_spec *review(void) {
  return nb_template_get(NB_TPL_2021)->tables[NB_TABLE_REVIEW];
}

static int row_of(const nb_table_spec *spec, const char *label) {
  int row = nb_table_spec_find_row(spec, label);
  cr_assert_geq(row, 0, "%s", label);
  return row;
}

/* Cuts the space-separated tokens of `written` into the ncells cells from first_col on. */
static nb_split_result cut(const nb_table_spec *spec, int row, int first_col, const char *written,
                           int ncells, nb_digit_part *parts, unsigned *used) {
  nb_digit_token tokens[16];
  int n = 0;
  for (const char *p = written; *p;) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if (q > p)
      tokens[n++] = (nb_digit_token){p, (size_t)(q - p)};
    p = q;
  }
  return nb_split_digits_by_relation(spec, row, first_col, tokens, n, ncells, parts, used);
}

static void expect_values(const nb_digit_part *parts, const double *want, int n) {
  for (int k = 0; k < n; k++)
    cr_expect_eq(parts[k].value, want[k], "cell %d: %g, want %g", k, parts[k].value, want[k]);
}

/* "450000045": 45 0 0 0 0 0 45 adds up; 4 50 0 0 0 0 45 (54) and 450 0 0 0 0 4 5 (454) do not,
 * and 4 5 0 0 0 0 045 starts a part with 0. */
Test(split_digits, the_one_cut_that_adds_up) {
  nb_digit_part parts[7];
  unsigned used;
  int row = row_of(applications(), "一、本年新收政府信息公开申请数量");
  cr_assert_eq(cut(applications(), row, 0, "450000045", 7, parts, &used), NB_SPLIT_UNIQUE);
  static const double want[] = {45, 0, 0, 0, 0, 0, 45};
  expect_values(parts, want, 7);
  cr_expect_eq(parts[0].start, 0);
  cr_expect_eq(parts[0].end, 2);
  cr_expect_eq(parts[6].start, 7);
  cr_expect_eq(parts[6].end, 9);
  /* The relation that chose it: sum-row, table 三's only per-row relation (index 2). */
  cr_expect_eq(used, 1u << 2);
}

/* "7100000 71": the space is a border, so 71 0 0 0 0 0 | 71 is the only cut of 7 + 2 digits
 * into 6 + 1 cells that adds up (7 10 0 0 0 0 | 71 gives 17). */
Test(split_digits, a_stray_space_is_a_border) {
  nb_digit_part parts[7];
  unsigned used;
  int row = row_of(applications(), "二、上年结转政府信息公开申请数量");
  cr_assert_eq(cut(applications(), row, 0, "7100000 71", 7, parts, &used), NB_SPLIT_UNIQUE);
  static const double want[] = {71, 0, 0, 0, 0, 0, 71};
  expect_values(parts, want, 7);
  cr_expect_eq(parts[6].token, 1);
}

/* "184012025": 18 4 0 1 2 0 25 and 1 8 4 0 12 0 25 both add up to 25: say nothing. So does
 * "110000011": 11 0 0 0 0 0 11 and 1 10 0 0 0 0 11. */
Test(split_digits, two_cuts_that_add_up_are_ambiguous) {
  nb_digit_part parts[7];
  unsigned used;
  int row = row_of(applications(), "一、本年新收政府信息公开申请数量");
  cr_expect_eq(cut(applications(), row, 0, "184012025", 7, parts, &used), NB_SPLIT_AMBIGUOUS);
  cr_expect_eq(cut(applications(), row, 0, "110000011", 7, parts, &used), NB_SPLIT_AMBIGUOUS);
}

/* "18 401 2 0 26": its 总计 is wrong in truth (the parts add up to 25), and no cut makes it add
 * up — so nothing is read rather than a cut guessed to fit. */
Test(split_digits, no_cut_adds_up) {
  nb_digit_part parts[7];
  unsigned used;
  int row = row_of(applications(), "一、本年新收政府信息公开申请数量");
  cr_expect_eq(cut(applications(), row, 0, "18 401 2 0 26", 7, parts, &used), NB_SPLIT_NONE);
  cr_expect_eq(used, 1u << 2);
  cr_expect_eq(cut(applications(), row, 0, "18 401 2 0 25", 7, parts, &used), NB_SPLIT_UNIQUE);
  static const double want[] = {18, 4, 0, 1, 2, 0, 25};
  expect_values(parts, want, 7);
}

/* One group of table 四 (columns 5–9, 未经复议直接起诉): only its own 总计 decides. "1000010":
 * 10 0 0 0 10 adds up; 100 0 0 1 0 does not (0 ≠ 101). */
Test(split_digits, one_group_of_table_four) {
  nb_digit_part parts[5];
  unsigned used;
  cr_assert_eq(cut(review(), 0, 5, "1000010", 5, parts, &used), NB_SPLIT_UNIQUE);
  static const double want[] = {10, 0, 0, 0, 10};
  expect_values(parts, want, 5);
  cr_expect_eq(used, 1u << 1); /* the second sum-review relation, and no other */
}

/* The 总计 is the last cell, so an end of the last token: the search bounds the sum of the
 * cells before it by the largest end of the length left, never one that starts with 0 but "0"
 * (in "0012" that is 12). Zeros before and after the total's digits, and totals that end in 0. */
Test(split_digits, the_total_is_an_end_of_the_last_token) {
  nb_digit_part parts[7];
  unsigned used;
  int row = row_of(applications(), "一、本年新收政府信息公开申请数量");
  static const struct {
    const char *written;
    nb_split_result result;
    double total;
  } cases[] = {
      {"100000010", NB_SPLIT_UNIQUE, 10},  {"10000000100", NB_SPLIT_UNIQUE, 100},
      {"12000 0012", NB_SPLIT_UNIQUE, 12}, {"1000001", NB_SPLIT_UNIQUE, 1},
      {"2030000203", NB_SPLIT_NONE, 0},    {"5000005 0", NB_SPLIT_NONE, 0},
      {"60000006", NB_SPLIT_NONE, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    nb_split_result got = cut(applications(), row, 0, cases[i].written, 7, parts, &used);
    cr_expect_eq(got, cases[i].result, "%s: %d", cases[i].written, got);
    if (got == NB_SPLIT_UNIQUE && cases[i].result == NB_SPLIT_UNIQUE) {
      double want[7] = {cases[i].total, 0, 0, 0, 0, 0, cases[i].total};
      expect_values(parts, want, 7);
    }
  }
}

/* Table 二 states no relation within a row: counting is all there is. */
Test(split_digits, no_relation_no_cut) {
  nb_digit_part parts[3];
  unsigned used;
  const nb_table_spec *active = nb_template_get(NB_TPL_2021)->tables[NB_TABLE_ACTIVE];
  cr_expect_eq(cut(active, row_of(active, "行政规范性文件"), 0, "3114", 3, parts, &used),
               NB_SPLIT_NONE);
  cr_expect_eq(used, 0u);
}

/* Sixty digits for seven cells: the search stops at its step budget and says it cannot tell. */
Test(split_digits, hostile_token_is_bounded) {
  char digits[61];
  memset(digits, '1', 60);
  digits[60] = '\0';
  nb_digit_part parts[7];
  unsigned used;
  nb_split_result r = cut(applications(), 0, 0, digits, 7, parts, &used);
  cr_expect(r == NB_SPLIT_AMBIGUOUS || r == NB_SPLIT_NONE);
}

/* ---------------------------------------------------------------- against every way of cutting */

/* A second method: the search as first written, which tries every cut, tests the relations only
 * once all cells are filled and gives up after 200000 cuts. The library prunes cuts whose
 * relations already fail and counts the cuts beforehand instead; both must give the same answer
 * and the same cut. */
enum { REF_MAX_STEPS = 200000, REF_MAX_PART_DIGITS = 15 };

typedef struct {
  const nb_table_spec *spec;
  unsigned relations;
  int first_col;
  const nb_digit_token *tokens;
  int ntokens, ncells;
  nb_digit_part cur[32], found[32];
  int nfound;
  long steps;
} ref_search;

static bool ref_holds(const ref_search *s) {
  for (int k = 0; k < s->spec->nrelations && k < 32; k++) {
    if (!(s->relations & (1u << k)))
      continue;
    const nb_relation *rel = &s->spec->relations[k];
    double sum = 0;
    for (int t = 0; t < rel->nterms; t++)
      sum += rel->terms[t].sign * s->cur[rel->terms[t].index - s->first_col].value;
    if (sum - s->cur[rel->target - s->first_col].value > 1e-6 ||
        s->cur[rel->target - s->first_col].value - sum > 1e-6)
      return false;
  }
  return true;
}

static void ref_cut(ref_search *s, int token, size_t at, int cell) {
  if (s->nfound > 1 || ++s->steps > REF_MAX_STEPS)
    return;
  if (token == s->ntokens) {
    if (cell == s->ncells && ref_holds(s)) {
      if (s->nfound == 0)
        memcpy(s->found, s->cur, sizeof s->found);
      s->nfound++;
    }
    return;
  }
  const nb_digit_token *tk = &s->tokens[token];
  int cells_left = s->ncells - cell;
  size_t left = tk->len - at;
  for (int k = token + 1; k < s->ntokens; k++)
    left += s->tokens[k].len;
  if (cells_left <= 0 || left < (size_t)cells_left || cells_left < s->ntokens - token)
    return;
  size_t longest = tk->text[at] == '0' ? 1 : tk->len - at;
  if (longest > REF_MAX_PART_DIGITS)
    longest = REF_MAX_PART_DIGITS;
  for (size_t n = 1; n <= longest; n++) {
    double v = 0;
    for (size_t i = at; i < at + n; i++)
      v = v * 10 + (tk->text[i] - '0');
    s->cur[cell] = (nb_digit_part){token, at, at + n, v};
    if (at + n == tk->len)
      ref_cut(s, token + 1, 0, cell + 1);
    else
      ref_cut(s, token, at + n, cell + 1);
  }
}

static uint32_t next_random(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

Test(split_digits, same_answer_as_trying_every_cut) {
  const nb_table_spec *specs[] = {applications(), review(), review(), review()};
  int first_cols[] = {0, 0, 5, 10}, widths[] = {7, 15, 5, 5};
  uint32_t seed = 20240131;
  int unique = 0, ambiguous_by_budget = 0;
  for (int round = 0; round < 1500; round++) {
    int which = (int)(next_random(&seed) % 4);
    const nb_table_spec *spec = specs[which];
    int ncells = widths[which], first = first_cols[which];
    int row = which == 0 ? row_of(spec, "一、本年新收政府信息公开申请数量") : 0;
    /* Most rounds write a row whose groups of five (or seven) cells add up, with the borders
     * between tokens placed at random; the others are long runs of random digits. */
    char text[160];
    nb_digit_token tokens[8];
    size_t len = 0;
    bool structured = next_random(&seed) % 4 != 0;
    if (structured) {
      int group = ncells == 7 ? 7 : 5;
      for (int g = 0; g < ncells; g += group) {
        int sum = 0;
        for (int c = 0; c < group; c++) {
          uint32_t r = next_random(&seed) % 10;
          int v = c == group - 1 ? sum : r < 5 ? 0 : r < 8 ? (int)(1 + r % 9) : (int)(r * 7 % 60);
          sum += v;
          len += (size_t)snprintf(text + len, sizeof text - len, "%d", v);
        }
      }
    } else {
      len = (size_t)(ncells + 5 + next_random(&seed) % 30);
      for (size_t i = 0; i < len; i++)
        text[i] = (char)('0' + next_random(&seed) % (i % 3 ? 2 : 10));
    }
    int ntokens = 1 + (int)(next_random(&seed) % 3);
    if ((size_t)ntokens > len)
      ntokens = 1;
    size_t cuts[8] = {0};
    for (int k = 1; k < ntokens; k++)
      cuts[k] = 1 + next_random(&seed) % (len - 1);
    for (int k = 1; k < ntokens; k++) /* in order: insertion sort of a few */
      for (int j = k; j > 1 && cuts[j - 1] > cuts[j]; j--) {
        size_t t = cuts[j];
        cuts[j] = cuts[j - 1];
        cuts[j - 1] = t;
      }
    int n = 0;
    for (int k = 0; k < ntokens; k++) {
      size_t from = cuts[k], to = k + 1 < ntokens ? cuts[k + 1] : len;
      if (to > from)
        tokens[n++] = (nb_digit_token){text + from, to - from};
    }
    ntokens = n;
    ref_search ref = {spec, 0, first, tokens, ntokens, ncells};
    nb_digit_part parts[32];
    unsigned used;
    nb_split_result got =
        nb_split_digits_by_relation(spec, row, first, tokens, ntokens, ncells, parts, &used);
    ref.relations = used;
    nb_split_result want = NB_SPLIT_NONE;
    if (used) {
      ref_cut(&ref, 0, 0, 0);
      want = ref.steps > REF_MAX_STEPS || ref.nfound > 1 ? NB_SPLIT_AMBIGUOUS
             : ref.nfound == 1                           ? NB_SPLIT_UNIQUE
                                                         : NB_SPLIT_NONE;
    }
    cr_assert_eq(got, want, "round %d: %d, want %d (%.*s…)", round, got, want, (int)tokens[0].len,
                 tokens[0].text);
    unique += got == NB_SPLIT_UNIQUE;
    ambiguous_by_budget += ref.steps > REF_MAX_STEPS;
    if (got == NB_SPLIT_UNIQUE)
      for (int c = 0; c < ncells; c++) {
        cr_assert_eq(parts[c].token, ref.found[c].token, "round %d cell %d", round, c);
        cr_assert_eq(parts[c].start, ref.found[c].start, "round %d cell %d", round, c);
        cr_assert_eq(parts[c].end, ref.found[c].end, "round %d cell %d", round, c);
        cr_assert_eq(parts[c].value, ref.found[c].value, "round %d cell %d", round, c);
      }
  }
  /* The rounds reach every outcome, the budget included. */
  cr_log_info("%d unique, %d over the budget", unique, ambiguous_by_budget);
  cr_expect_gt(unique, 10);
  cr_expect_gt(ambiguous_by_budget, 0);
}
