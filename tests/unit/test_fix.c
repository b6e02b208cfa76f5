/* nb_apply_fixes: the first fix of each diagnostic, safe ones only when asked, never two
 * edits over the same bytes. Every expected text below is worked out by hand. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/fix.h"

static nb_diag *add(nb_diag_list *l, size_t start, size_t end) {
  return nb_diag_add(l, "label-typo", nb_span_make(start, end), "z", "e");
}

static void expect(const char *text, const nb_diag_list *l, bool safe_only, const char *want,
                   int want_applied) {
  size_t out_len = 0;
  int applied = -1;
  char *out = nb_apply_fixes(text, strlen(text), l, safe_only, &out_len, &applied);
  cr_assert_str_eq(out, want);
  cr_assert_eq(out_len, strlen(want));
  cr_assert_eq(applied, want_applied);
  free(out);
}

Test(fix, no_diagnostics_copies_text) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  expect("abc", &l, true, "abc", 0);
  nb_diag_list_free(&l);
}

Test(fix, single_replacement) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* "abcdef": replace "cd" (2..4) by "XY". */
  nb_diag_add_fix(add(&l, 2, 4), true, nb_span_make(2, 4), "XY", "z", "e");
  expect("abcdef", &l, true, "abXYef", 1);
  nb_diag_list_free(&l);
}

Test(fix, overlapping_fix_skipped_and_not_counted) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* First fix takes 1..4 of "0123456789"; the second (3..6) overlaps it and is skipped; the
   * third (6..7) touches neither. */
  nb_diag_add_fix(add(&l, 1, 4), true, nb_span_make(1, 4), "A", "z", "e");
  nb_diag_add_fix(add(&l, 3, 6), true, nb_span_make(3, 6), "B", "z", "e");
  nb_diag_add_fix(add(&l, 6, 7), true, nb_span_make(6, 7), "C", "z", "e");
  expect("0123456789", &l, true, "0A45C789", 2);
  nb_diag_list_free(&l);
}

Test(fix, adjacent_edits_do_not_overlap) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 0, 2), true, nb_span_make(0, 2), "x", "z", "e");
  nb_diag_add_fix(add(&l, 2, 4), true, nb_span_make(2, 4), "y", "z", "e");
  expect("abcd", &l, true, "xy", 2);
  nb_diag_list_free(&l);
}

Test(fix, edits_applied_in_position_order_whatever_the_list_order) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 4, 5), true, nb_span_make(4, 5), "E", "z", "e");
  nb_diag_add_fix(add(&l, 0, 1), true, nb_span_make(0, 1), "A", "z", "e");
  expect("abcde", &l, true, "AbcdE", 2);
  nb_diag_list_free(&l);
}

Test(fix, insertion_at_end) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 3, 3), true, nb_span_make(3, 3), "\n六、收费\n", "z", "e");
  expect("abc", &l, true, "abc\n六、收费\n", 1);
  nb_diag_list_free(&l);
}

Test(fix, two_insertions_at_one_point_take_only_the_first) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 1, 1), true, nb_span_make(1, 1), "X", "z", "e");
  nb_diag_add_fix(add(&l, 1, 1), true, nb_span_make(1, 1), "Y", "z", "e");
  expect("ab", &l, true, "aXb", 1);
  nb_diag_list_free(&l);
}

Test(fix, insertion_inside_replacement_overlaps_but_at_its_edge_does_not) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 1, 3), true, nb_span_make(1, 3), "R", "z", "e");
  nb_diag_add_fix(add(&l, 2, 2), true, nb_span_make(2, 2), "inside", "z", "e");
  nb_diag_add_fix(add(&l, 1, 1), true, nb_span_make(1, 1), "<", "z", "e");
  nb_diag_add_fix(add(&l, 3, 3), true, nb_span_make(3, 3), ">", "z", "e");
  /* "abcd": < before R (which replaces "bc"), > after it. */
  expect("abcd", &l, true, "a<R>d", 3);
  nb_diag_list_free(&l);
}

Test(fix, unsafe_fix_skipped_when_safe_only) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 0, 2), false, nb_span_make(0, 2), "99", "z", "e");
  nb_diag_add_fix(add(&l, 3, 4), true, nb_span_make(3, 4), "Z", "z", "e");
  expect("12 4", &l, true, "12 Z", 1);
  expect("12 4", &l, false, "99 Z", 2);
  nb_diag_list_free(&l);
}

Test(fix, only_the_first_fix_of_a_diagnostic) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag *d = add(&l, 0, 1);
  nb_diag_add_fix(d, true, nb_span_make(0, 1), "first", "z", "e");
  nb_diag_add_fix(d, true, nb_span_make(2, 3), "second", "z", "e");
  expect("a b", &l, true, "first b", 1);
  nb_diag_list_free(&l);
}

Test(fix, unsafe_first_fix_is_not_replaced_by_a_safe_second) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag *d = add(&l, 0, 1);
  nb_diag_add_fix(d, false, nb_span_make(0, 1), "u", "z", "e");
  nb_diag_add_fix(d, true, nb_span_make(0, 1), "s", "z", "e");
  expect("a", &l, true, "a", 0);
  nb_diag_list_free(&l);
}

Test(fix, multi_edit_fix_applied_whole) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* Run-together "1234" split into cells: two edits of one fix. */
  nb_fix *f = nb_diag_add_fix(add(&l, 2, 6), true, nb_span_make(2, 4), "12 | ", "z", "e");
  nb_fix_add_edit(f, nb_span_make(4, 6), "34");
  expect("| 1234 |", &l, true, "| 12 | 34 |", 1);
  nb_diag_list_free(&l);
}

Test(fix, multi_edit_fix_skipped_whole_when_one_edit_overlaps) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 5, 6), true, nb_span_make(5, 6), "F", "z", "e");
  nb_fix *f = nb_diag_add_fix(add(&l, 0, 1), true, nb_span_make(0, 1), "A", "z", "e");
  nb_fix_add_edit(f, nb_span_make(5, 7), "G");
  /* The second fix's first edit (0..1) is free but its second (5..7) overlaps 5..6: none of
   * it is applied, so "a" stays. */
  expect("abcdefgh", &l, true, "abcdeFgh", 1);
  nb_diag_list_free(&l);
}

Test(fix, edit_outside_text_skipped) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add_fix(add(&l, 2, 9), true, nb_span_make(2, 9), "X", "z", "e");
  expect("abc", &l, true, "abc", 0);
  nb_diag_list_free(&l);
}

Test(fix, utf8_replacement_lengths) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* "申请人" is 9 bytes; replace the middle character (3..6). */
  nb_diag_add_fix(add(&l, 3, 6), true, nb_span_make(3, 6), "情况", "z", "e");
  expect("申请人", &l, true, "申情况人", 1);
  nb_diag_list_free(&l);
}

Test(fix, many_edits_and_two_fixes_keep_their_texts) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* The titles and the first edit share one allocation with the first replacement; later
   * edits move the list out of it: every text must survive both. "abcdefgh": replace each of
   * a, c, e, g (0..1, 2..3, 4..5, 6..7) and h, five edits, by its upper case. */
  nb_diag *d = add(&l, 0, 1);
  nb_fix *f = nb_diag_add_fix(d, true, nb_span_make(0, 1), "A", "统一写法", "one way");
  nb_fix_add_edit(f, nb_span_make(2, 3), "C");
  nb_fix_add_edit(f, nb_span_make(4, 5), "E");
  nb_fix_add_edit(f, nb_span_make(6, 7), "G");
  nb_fix_add_edit(f, nb_span_make(7, 8), "H");
  nb_diag_add_fix(d, false, nb_span_make(1, 2), "b?", "第二个", "second");
  cr_assert_eq(d->nfixes, 2);
  f = &d->fixes[0];
  cr_assert_str_eq(f->title_zh, "统一写法");
  cr_assert_str_eq(f->title_en, "one way");
  cr_assert_eq(f->nedits, 5);
  static const char *const want[] = {"A", "C", "E", "G", "H"};
  for (int i = 0; i < 5; i++) {
    cr_assert_str_eq(f->edits[i].replacement, want[i]);
    cr_assert_eq(f->edits[i].span.start, i < 4 ? (size_t)(2 * i) : 7);
  }
  cr_assert_str_eq(d->fixes[1].title_zh, "第二个");
  cr_assert_str_eq(d->fixes[1].title_en, "second");
  cr_assert_str_eq(d->fixes[1].edits[0].replacement, "b?");
  cr_assert_eq(d->fixes[1].safe, false);
  /* Only the first fix of a finding is applied. */
  expect("abcdefgh", &l, true, "AbCdEfGH", 1);
  nb_diag_list_free(&l);
}

Test(fix, fixes_leave_the_first_block_and_keep_their_edits) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  /* The first fix's block holds the finding's fixes array until a second fix is added; the
   * first fix keeps its block (and its edits there) after the array moves out, and its edits
   * can still grow. "abcd": the first fix replaces a and c. */
  nb_diag *d = add(&l, 0, 1);
  nb_diag_add_fix(d, true, nb_span_make(0, 1), "A", "一", "one");
  nb_diag_add_fix(d, true, nb_span_make(1, 2), "x", "二", "two");
  nb_diag_add_fix(d, true, nb_span_make(3, 4), "y", "三", "three");
  nb_fix_add_edit(&d->fixes[0], nb_span_make(2, 3), "C");
  cr_assert_eq(d->nfixes, 3);
  static const char *const zh[] = {"一", "二", "三"}, *const en[] = {"one", "two", "three"};
  static const char *const first[] = {"A", "x", "y"};
  for (int i = 0; i < 3; i++) {
    cr_assert_str_eq(d->fixes[i].title_zh, zh[i]);
    cr_assert_str_eq(d->fixes[i].title_en, en[i]);
    cr_assert_str_eq(d->fixes[i].edits[0].replacement, first[i]);
  }
  cr_assert_eq(d->fixes[0].nedits, 2);
  cr_assert_str_eq(d->fixes[0].edits[1].replacement, "C");
  /* A finding with its one fix only, next to it. */
  nb_diag_add_fix(add(&l, 3, 4), true, nb_span_make(3, 4), "D", "四", "four");
  expect("abcd", &l, true, "AbCD", 2);
  nb_diag_list_free(&l);
}
