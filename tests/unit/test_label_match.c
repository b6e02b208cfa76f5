/* Label matching: each match class, ambiguity, and the older template's labels. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/template.h"
#include "core/text.h"
#include "layout/label_index.h"
#include "layout/label_match.h"

static nb_label_set *set2, *set3;

static void setup(void) {
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  set2 = nb_label_set_new(tpl, NB_TABLE_ACTIVE);
  set3 = nb_label_set_new(tpl, NB_TABLE_APPLICATIONS);
}

static void teardown(void) {
  nb_label_set_free(set2);
  nb_label_set_free(set3);
}

static bool best(nb_label_set *set, const char *text, unsigned kinds, nb_label_hit *hit) {
  return nb_label_set_best_raw(set, text, strlen(text), kinds, hit);
}

TestSuite(label_match, .init = setup, .fini = teardown);

Test(label_match, exact_after_normalisation) {
  nb_label_hit h;
  cr_assert(best(set3, "1、属于国家秘密", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_assert(best(set3, "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_assert(best(set3, "4. 无正当理由大量反复 申请", NB_TARGET_ROW, &h));
  cr_expect_eq(h.index, 22);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
}

Test(label_match, variants) {
  nb_label_hit h;
  /* The official label plus a parenthetical note. */
  cr_assert(best(set2, "规章（设区的市人民政府提供）", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 0);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* The official note left out. */
  cr_assert(best(set3, "（二）部分公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* A listed variant of a column label. */
  cr_assert(best(set2, "本年收费金额", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.block, 3);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* The numbering left out. */
  cr_assert(best(set3, "属于国家秘密", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
}

Test(label_match, partial_pieces) {
  nb_label_hit h;
  cr_assert(best(set3, "（二）部分公开（区分处理的，只计这一情", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  cr_assert(best(set3, "1、申请人无正当理由逾期不补", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 25);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  cr_assert(best(set2, "现行有效件", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.index, 2);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  /* The end of both （六）1 and （六）2: names neither. */
  cr_expect_not(best(set3, "息公开申请", NB_TARGET_ANY, &h));
  /* Too short to say anything. */
  cr_expect_not(best(set3, "三、", NB_TARGET_ANY, &h));
  cr_expect_not(best(set3, "本", NB_TARGET_ANY, &h));
}

Test(label_match, typos) {
  nb_label_hit h;
  cr_assert(best(set3, "2.其他法律行政止公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 7);
  cr_expect_eq(h.match, NB_MATCH_TYPO);
  cr_assert(best(set3, "2. 其他法律法规禁止公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 7);
  cr_expect_eq(h.match, NB_MATCH_TYPO);
  /* Two edits in four code points is another label, not a typo. */
  cr_assert(best(set2, "行政处罚", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 3);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_expect_not(best(set2, "行政奖励", NB_TARGET_ANY, &h));
}

Test(label_match, short_labels_do_not_stretch) {
  nb_label_hit h;
  /* "总计" is a column; the row is "（七）总计". */
  cr_assert(best(set3, "总计", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.index, 6);
  cr_expect_not(best(set3, "总计", NB_TARGET_ROW, &h));
  cr_assert(best(set3, "申请人情况", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_HEADER);
}

Test(label_match, joined_label_cells) {
  nb_label_hit h;
  cr_assert(best(set3, "（三）不予公开1.属于国家秘密", NB_TARGET_ROW, &h));
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
}

Test(label_match, outdated_labels) {
  nb_label_hit h;
  cr_assert(best(set2, "规范性文件", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 1); /* its replacement, 行政规范性文件 */
  cr_assert_not_null(h.outdated);
  cr_expect_str_eq(h.outdated->label, "规范性文件");
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  /* The current label is not outdated. */
  cr_assert(best(set2, "行政规范性文件", NB_TARGET_ANY, &h));
  cr_expect_null(h.outdated);
  /* No place in the 2021 table. */
  cr_assert(best(set2, "政府集中采购", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, -1);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "本年新制作数量", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "第二十条第（九）项", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_BLOCK);
  cr_expect_eq(h.index, -1);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "第二十条第(六)项", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 2);
  cr_expect_null(h.outdated);
}

Test(label_match, compare_scores_order_classes) {
  char *off =
      nb_normalize_label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                         strlen("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
  char *short_piece = nb_normalize_label("（二）部分公开（区分", strlen("（二）部分公开（区分"));
  char *long_piece = nb_normalize_label("（二）部分公开（区分处理的，只计这一情",
                                        strlen("（二）部分公开（区分处理的，只计这一情"));
  nb_label_score a = nb_label_compare(short_piece, off);
  nb_label_score b = nb_label_compare(long_piece, off);
  nb_label_score c = nb_label_compare(off, off);
  cr_expect_eq(a.match, NB_MATCH_PARTIAL);
  cr_expect_eq(b.match, NB_MATCH_PARTIAL);
  cr_expect_lt(a.score, b.score); /* a longer piece is a better match */
  cr_expect_lt(b.score, c.score);
  cr_expect_eq(nb_label_compare("", off).match, NB_MATCH_NONE);
  free(off);
  free(short_piece);
  free(long_piece);
}

/* The built-in templates' indexes are generated at build time (label_index.h): value for value
 * what the run-time build computes from the same templates. */
Test(label_match, generated_indexes_equal_the_run_time_build) {
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      const nb_template *tpl = nb_template_get((nb_template_id)t);
      nb_label_set *own = nb_label_set_new(tpl, (nb_table_id)id);
      const nb_label_index *a = nb_label_set_index(own);
      const nb_label_index *b = nb_label_set_index(nb_label_set_shared(tpl, (nb_table_id)id));
      cr_assert_gt(a->n, 0);
      cr_assert_eq(a->n, b->n, "template %d table %d", t, id);
      cr_expect_eq(a->indexed, b->indexed);
      for (int i = 0; i < a->n; i++) {
        const nb_label_spelling *x = &a->spellings[i], *y = &b->spellings[i];
        cr_expect_str_eq(x->m.s, y->m.s, "template %d table %d spelling %d", t, id, i);
        cr_expect_eq(x->m.len, y->m.len);
        cr_expect_eq(x->m.ncps, y->m.ncps);
        cr_expect_eq(x->m.bits, y->m.bits);
        cr_expect_eq(x->m.core, y->m.core);
        cr_expect_eq(x->m.core_cps, y->m.core_cps);
        cr_expect_eq(x->m.num, y->m.num);
        cr_expect_eq(x->first, y->first);
      }
      cr_expect_eq(memcmp(a->by_first, b->by_first, (size_t)a->n * sizeof *a->by_first), 0);
      if (a->indexed) {
        cr_expect_eq(memcmp(a->exact, b->exact, NB_LABEL_EXACT_SLOTS * sizeof *a->exact), 0);
        for (int i = 0; i < a->n; i++)
          cr_expect_eq(a->spellings[i].next_same, b->spellings[i].next_same);
      }
      nb_label_set_free(own);
    }
}

/* A label inside run-on text: its end is where the label ends, compared as normalised (widths,
 * spaces, brackets, "、" after digits as "."), and the bytes of the text it took are returned. */
Test(label_match, prefix_inside_text) {
  nb_label_hit h;
  const char *numbered = "１、属于国家秘密 3 0 1";
  cr_assert_eq(nb_label_set_prefix(set3, numbered, 0, strlen(numbered), NB_TARGET_ROW, &h), 24);
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  /* Longer than the few characters compared at a time, with spaces and half-width brackets. */
  const char *noted = "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) 5";
  cr_assert_eq(nb_label_set_prefix(set3, noted, 0, strlen(noted), NB_TARGET_ROW, &h), 75);
  cr_expect_eq(h.index, 4);
  const char *wide = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）5";
  cr_assert_eq(nb_label_set_prefix(set3, wide, 0, strlen(wide), NB_TARGET_ROW, &h), 84);
  cr_expect_eq(h.index, 4);
  /* One character off, or the text ending inside the label: no label starts there. */
  const char *other = "１、属于国家机密 3";
  cr_expect_eq(nb_label_set_prefix(set3, other, 0, strlen(other), NB_TARGET_ROW, &h), 0);
  cr_expect_eq(nb_label_set_prefix(set3, numbered, 0, 21, NB_TARGET_ROW, &h), 0);
}
