/* The prose buffer's sentences (src/core/rules/prose_text.c): nb_prose_build finds them from
 * the places it noted while copying the prose; they must be exactly the sentences a scan of
 * every byte of the finished buffer finds (nb_prose_next_sentence), on prose with every kind
 * of character the builder drops or replaces, and on bytes that are no UTF-8 (whose pieces the
 * dropping of a space may join into a sentence end). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "core/rules/prose_text.h"
#include "test_random_text.h"
#include "test_rules_fixture.h"

static const char *const pieces[] = {
    "收到", "申请",   "。", "！",       "？",           "；",       "!",    "?",    ";",
    "，",   "、",     "：", " ",        "\t",           "　",       "１２", "3",    "*",
    "#",    ">",      "`",  "\xC2\xA0", "\xEF\xBB\xBF", "\xE3\x80", "\x82", "\xEF", "\xBC",
    "\x81", "（一）", "\n", "\n\n",     "| a | 1 |",    "-1-",      NULL};

Test(prose_sentences, noted_ends_equal_a_scan) {
  uint32_t seed = 3;
  size_t total = 0;
  for (int round = 0; round < 1500; round++) {
    char text[2048];
    rt_text(text, sizeof text, pieces, 120, &seed);
    fx f;
    fx_begin(&f, text);
    nb_prose p;
    nb_prose_build(&f.r, &p);
    size_t pos = 0, s, e, n = 0;
    while (nb_prose_next_sentence(&p, &pos, &s, &e)) {
      cr_assert_lt(n, p.nsentences, "round %d: more sentences than noted", round);
      cr_assert_eq(p.sentences[n].start, s, "round %d sentence %zu", round, n);
      cr_assert_eq(p.sentences[n].end, e, "round %d sentence %zu", round, n);
      n++;
    }
    cr_assert_eq(n, p.nsentences, "round %d", round);
    total += n;
    nb_prose_free(&p);
    fx_end(&f);
  }
  cr_expect_gt(total, 5000);
}

/* The digit runs the builder notes are exactly where a scan of the finished buffer finds a
 * digit after a byte that is none: full-width digits become ASCII ones, and dropping a space
 * joins digits into one run. */
Test(prose_sentences, noted_digit_runs_equal_a_scan) {
  uint32_t seed = 11;
  size_t total = 0;
  for (int round = 0; round < 1500; round++) {
    char text[2048];
    rt_text(text, sizeof text, pieces, 120, &seed);
    fx f;
    fx_begin(&f, text);
    nb_prose p;
    nb_prose_build(&f.r, &p);
    size_t n = 0;
    for (size_t i = 0; i < p.len; i++) {
      bool digit = p.buf[i] >= '0' && p.buf[i] <= '9';
      if (!digit || (i > 0 && p.buf[i - 1] >= '0' && p.buf[i - 1] <= '9'))
        continue;
      cr_assert_lt(n, p.ndigit_runs, "round %d: more runs than noted", round);
      cr_assert_eq(p.digit_runs[n], i, "round %d run %zu", round, n);
      n++;
    }
    cr_assert_eq(n, p.ndigit_runs, "round %d", round);
    total += n;
    nb_prose_free(&p);
    fx_end(&f);
  }
  cr_expect_gt(total, 3000);
}
