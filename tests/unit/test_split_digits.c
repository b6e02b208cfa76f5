/* Run-together digits cut back into cells by the row's own relations (src/layout/
 * split_digits.c). Every cut below was enumerated by hand: the parts of a token keep their
 * order, a space always separates cells, and no part but "0" starts with 0. */
#include <criterion/criterion.h>
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
