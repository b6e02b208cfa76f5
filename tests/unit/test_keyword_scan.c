/* The keyword automaton (src/core/rules/keyword_scan.h) must say what normalising the text with
 * nb_normalize_label and looking for each keyword's normal form with strstr says, list by list,
 * on random texts made of keywords, their pieces and everything the normaliser folds or drops. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/rules/keyword_scan.h"
#include "core/text.h"
#include "test_random_text.h"

/* Keywords that share prefixes and suffixes (failure links), within a list and across lists, that
 * are written folded ("(一)", "1.属于", "abc", "政务 公开"), that are one byte long, and that
 * normalise to nothing. */
static const char *const list_a[] = {"监督", "监督检查", "督检", "查", NULL};
static const char *const list_b[] = {"公开平台", "平台建设", "台建", NULL};
static const char *const list_c[] = {"（一）", "1、属于", "ABC", "政务 公开", NULL};
static const char *const list_d[] = {"a", "、", "。", "检", "建设", NULL};
static const char *const list_e[] = {"", "  ", NULL};
static const char *const list_f[] = {"信息处理费", "处理费", "费用", NULL};
static const char *const *const lists[] = {list_a, list_b, list_c, list_d, list_e, list_f};
enum { NLISTS = 6 };
/* Lists of ideographs only: the automaton then reads punctuation through blocks it shares with
 * every such automaton, not through its own. */
static const char *const *const ideograph_lists[] = {list_a, list_b, list_f};
enum { NIDEOGRAPH_LISTS = 3 };

static const char *const pieces[] = {"监",   "督",   "检查", "查", "公开", "平台", "建设",
                                     "台",   "政务", " ",    "　", "\t",   "1",    "１",
                                     "2",    "、",   "属于", "（", "(",    "一",   "）",
                                     ")",    "A",    "Ａ",   "b",  "Ｃ",   "c",    "*",
                                     "#",    "|",    "`",    "_",  "【",   "[",    "“",
                                     "\xff", "\xe4", "\xb8", "。", "｡",    "信息", "处理",
                                     "费",   "费用", "\n",   "，", "-",    "—",    "\xef\xbb\xbf",
                                     NULL};

/* What the rules asked before the automaton: each keyword's normal form in the text's. */
static uint64_t by_strstr(const char *const *const *in, int n, const char *text, size_t len) {
  char *hay = nb_normalize_label(text, len);
  uint64_t found = 0;
  for (int k = 0; k < n; k++)
    for (int w = 0; in[k][w]; w++) {
      const char *needle = nb_normalized_static(in[k][w]);
      if (needle[0] && strstr(hay, needle))
        found |= (uint64_t)1 << k;
    }
  free(hay);
  return found;
}

/* The automaton of `in` against by_strstr on random texts; counts[k]: texts holding list k. */
static void compare_with_strstr(const char *const *const *in, int n, int *counts) {
  nb_keyword_scan *ks = nb_keyword_scan_new(in, n);
  uint32_t seed = 3;
  const uint64_t all = ((uint64_t)1 << n) - 1;
  for (int round = 0; round < 20000; round++) {
    char text[512];
    size_t len = rt_text(text, sizeof text, pieces, round % 4 == 0 ? 60 : 8, &seed);
    uint64_t want = by_strstr(in, n, text, len);
    uint64_t got = nb_keyword_scan_folded(ks, text, len, 0, all);
    cr_assert_eq(got, want, "round %d \"%s\": %#lx, want %#lx", round, text, (unsigned long)got,
                 (unsigned long)want);
    /* Asked for some lists only, it may stop early but never finds a list that is not there,
     * and settles every list asked for. */
    uint64_t some = rt_next(&seed) & all;
    uint64_t part = nb_keyword_scan_folded(ks, text, len, 0, some);
    cr_assert_eq(part & ~want, 0, "round %d", round);
    cr_assert_eq(part & some, want & some, "round %d", round);
    for (int k = 0; k < n; k++)
      counts[k] += want >> k & 1;
  }
  nb_keyword_scan_free(ks);
}

Test(keyword_scan, equals_normalise_and_strstr) {
  int counts[NLISTS] = {0};
  compare_with_strstr(lists, NLISTS, counts);
  /* Every list but the empty one was found often enough to have been tested. */
  for (int k = 0; k < NLISTS; k++)
    if (k == 4)
      cr_expect_eq(counts[k], 0);
    else
      cr_expect_gt(counts[k], 50, "list %d found %d times", k, counts[k]);
}

/* Bits found before the call are kept, found or not. */
Test(keyword_scan, keeps_what_was_found) {
  nb_keyword_scan *ks = nb_keyword_scan_new(lists, NLISTS);
  cr_assert_eq(nb_keyword_scan_folded(ks, "无关", strlen("无关"), 1u << 5, 63), 1u << 5);
  cr_assert_eq(nb_keyword_scan_folded(ks, "监 督", strlen("监 督"), 1u << 5, 63), 1u << 5 | 1);
  nb_keyword_scan_free(ks);
}

/* Lists kept by address: the same set of lists gets the same automaton, another set another. */
Test(keyword_scan, static_lists_are_kept) {
  const nb_keyword_scan *one = nb_keyword_scan_static(lists, NLISTS);
  cr_assert_not_null(one);
  cr_assert_eq(nb_keyword_scan_static(lists, NLISTS), one);
  const nb_keyword_scan *two = nb_keyword_scan_static(lists, 2);
  cr_assert_neq(two, one);
  cr_assert_eq(nb_keyword_scan_folded(two, "平台建设", strlen("平台建设"), 0, 3), 2);
}

Test(keyword_scan, ideograph_lists_equal_normalise_and_strstr) {
  int counts[NIDEOGRAPH_LISTS] = {0};
  compare_with_strstr(ideograph_lists, NIDEOGRAPH_LISTS, counts);
  for (int k = 0; k < NIDEOGRAPH_LISTS; k++)
    cr_expect_gt(counts[k], 50, "list %d found %d times", k, counts[k]);
}

/* Three bytes led by E0…EF that the table does not settle on its own (an overlong "A", a
 * surrogate, an ideograph cut short, a lead byte at the end) read as the fold reads them. */
Test(keyword_scan, unsettled_three_byte_forms_equal_normalise_and_strstr) {
  static const char *const texts[] = {"\xe0\x81\x81\xe0\x81\x82\xe0\x81\x83",
                                      "1\xe3\x80\x81属于",
                                      "1\xe0\x81\x81\xe3\x80\x81属于",
                                      "监\xed\xa0\x80督",
                                      "监\xe7\x9b督",
                                      "监督\xe4",
                                      "（一\xef\xbc\x89",
                                      "\xe0\x80\x80监督",
                                      "平台\xe5\xbb\xba设"};
  for (int ideographs = 0; ideographs < 2; ideographs++) {
    const char *const *const *in = ideographs ? ideograph_lists : lists;
    int n = ideographs ? NIDEOGRAPH_LISTS : NLISTS;
    nb_keyword_scan *ks = nb_keyword_scan_new(in, n);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
      size_t len = strlen(texts[t]);
      cr_assert_eq(nb_keyword_scan_folded(ks, texts[t], len, 0, ((uint64_t)1 << n) - 1),
                   by_strstr(in, n, texts[t], len), "text %zu", t);
    }
    nb_keyword_scan_free(ks);
  }
}

/* Automata alive together, each with rows of its own and rows it shares with the others: what
 * one writes while it is built no other reads (a list of "门" alone reads the other lists'
 * ideographs and punctuation as characters no keyword holds). */
Test(keyword_scan, automata_built_together_stay_apart) {
  static const char *const list_g[] = {"门", NULL};
  static const char *const *const alone_lists[] = {list_g};
  nb_keyword_scan *all = nb_keyword_scan_new(lists, NLISTS);
  nb_keyword_scan *ideographs = nb_keyword_scan_new(ideograph_lists, NIDEOGRAPH_LISTS);
  nb_keyword_scan *alone = nb_keyword_scan_new(alone_lists, 1);
  uint32_t seed = 7;
  int found_alone = 0;
  for (int round = 0; round < 3000; round++) {
    char text[512];
    size_t len = rt_text(text, sizeof text - 4, pieces, 30, &seed);
    if (round % 3 == 0) {
      memcpy(text + len, "门", 4); /* with its NUL */
      len += 3;
    }
    cr_assert_eq(nb_keyword_scan_folded(all, text, len, 0, 63), by_strstr(lists, NLISTS, text, len),
                 "round %d", round);
    cr_assert_eq(nb_keyword_scan_folded(ideographs, text, len, 0, 7),
                 by_strstr(ideograph_lists, NIDEOGRAPH_LISTS, text, len), "round %d", round);
    uint64_t one = nb_keyword_scan_folded(alone, text, len, 0, 1);
    cr_assert_eq(one, by_strstr(alone_lists, 1, text, len), "round %d", round);
    found_alone += (int)one;
  }
  cr_expect_gt(found_alone, 500);
  nb_keyword_scan_free(alone);
  nb_keyword_scan_free(ideographs);
  nb_keyword_scan_free(all);
}
