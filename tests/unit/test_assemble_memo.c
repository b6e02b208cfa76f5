/* asm_memo: the answers a thread keeps of what it asked a shared label set. A kept answer is
 * given back only for the same question about the same bytes of the same set. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/template.h"
#include "layout/assemble_internal.h"

static const nb_label_set *set_of(nb_table_id id) {
  const nb_label_set *set = nb_label_set_shared(nb_template_get(NB_TPL_2021), id);
  cr_assert_not_null(set);
  return set;
}

/* The set's number as the assembler gives it (the tests use these two sets). */
static unsigned set_id(const nb_label_set *set) {
  nb_table_id id = set == set_of(NB_TABLE_ACTIVE) ? NB_TABLE_ACTIVE : NB_TABLE_REVIEW;
  return asm_set_id(NB_TPL_2021, id);
}

static asm_label_read answer(const char *norm, int row, int score) {
  asm_label_read a;
  memset(&a, 0, sizeof a);
  a.norm = norm;
  a.norm_len = strlen(norm);
  a.hit_ok = row >= 0;
  a.hit.kind = NB_TARGET_ROW;
  a.hit.index = row;
  a.hit.match = NB_MATCH_TYPO;
  a.hit.score = score;
  return a;
}

Test(assemble_memo, gives_back_the_answer_kept) {
  const nb_label_set *set = set_of(NB_TABLE_ACTIVE);
  const char *text = "行政规范姓文件（件）";
  asm_label_read kept = answer("行政规范姓文件(件)", 1, 640), got;
  asm_memo_keep(set, set_id(set), ASM_ASK_CELL, text, strlen(text), &kept);
  cr_assert(asm_memo_find(set, set_id(set), ASM_ASK_CELL, text, strlen(text), &got));
  cr_expect_eq(got.norm_len, strlen("行政规范姓文件(件)"));
  cr_expect(memcmp(got.norm, "行政规范姓文件(件)", got.norm_len) == 0);
  cr_expect(got.hit_ok);
  cr_expect_eq(got.hit.index, 1);
  cr_expect_eq(got.hit.score, 640);
  cr_expect_eq(got.hit.match, NB_MATCH_TYPO);
}

Test(assemble_memo, no_answer_for_another_text_question_or_set) {
  const nb_label_set *active = set_of(NB_TABLE_ACTIVE), *review = set_of(NB_TABLE_REVIEW);
  /* Same length, same first and last eight bytes: only the middle tells them apart. */
  const char *text = "行政规范姓文件（件）", *middle = "行政规章姓文件（件）";
  cr_assert_eq(strlen(text), strlen(middle));
  asm_label_read kept = answer("行政规范姓文件(件)", 1, 640), got;
  asm_memo_keep(active, set_id(active), ASM_ASK_CELL, text, strlen(text), &kept);
  cr_expect_not(asm_memo_find(active, set_id(active), ASM_ASK_CELL, middle, strlen(middle), &got));
  cr_expect_not(asm_memo_find(active, set_id(active), ASM_ASK_ROW, text, strlen(text), &got));
  cr_expect_not(asm_memo_find(review, set_id(review), ASM_ASK_CELL, text, strlen(text), &got));
  cr_expect_not(asm_memo_find(active, set_id(active), ASM_ASK_CELL, text, strlen(text) - 3, &got));
}

Test(assemble_memo, a_text_without_a_label_is_kept_as_naming_none) {
  const nb_label_set *set = set_of(NB_TABLE_REVIEW);
  asm_label_read kept = answer("", -1, 0), got;
  asm_memo_keep(set, set_id(set), ASM_ASK_ROW, "结果", strlen("结果"), &kept);
  cr_assert(asm_memo_find(set, set_id(set), ASM_ASK_ROW, "结果", strlen("结果"), &got));
  cr_expect_not(got.hit_ok);
}

Test(assemble_memo, prose_is_not_kept) {
  const nb_label_set *set = set_of(NB_TABLE_ACTIVE);
  char text[400];
  memset(text, 'a', sizeof text);
  asm_label_read kept = answer("", -1, 0), got;
  asm_memo_keep(set, set_id(set), ASM_ASK_CELL, text, sizeof text, &kept);
  cr_expect_not(asm_memo_find(set, set_id(set), ASM_ASK_CELL, text, sizeof text, &got));
  /* A short text whose normalised form would not fit beside it is not kept either. */
  char norm[300];
  memset(norm, 'b', sizeof norm);
  kept.norm = norm;
  kept.norm_len = sizeof norm;
  asm_memo_keep(set, set_id(set), ASM_ASK_CELL, "短", strlen("短"), &kept);
  cr_expect_not(asm_memo_find(set, set_id(set), ASM_ASK_CELL, "短", strlen("短"), &got));
}
