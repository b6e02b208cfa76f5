/* The prose buffer's sentences (src/core/rules/prose_text.c): nb_prose_build finds them from
 * the places it noted while copying the prose; they must be exactly the sentences a scan of
 * every byte of the finished buffer finds (nb_prose_next_sentence), on prose with every kind
 * of character the builder drops or replaces, and on bytes that are no UTF-8 (whose pieces the
 * dropping of a space may join into a sentence end). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "core/rules/prose_text.h"
#include "core/text.h"
#include "test_random_text.h"
#include "test_rules_fixture.h"

static const char *const pieces[] = {
    "收到", "申请",   "。", "！",       "？",           "；",       "!",    "?",    ";",
    "，",   "、",     "：", " ",        "\t",           "　",       "１２", "3",    "*",
    "#",    ">",      "`",  "\xC2\xA0", "\xEF\xBB\xBF", "\xE3\x80", "\x82", "\xEF", "\xBC",
    "\x81", "（一）", "\n", "\n\n",     "| a | 1 |",    "-1-",      NULL};

/* The sentences of a prose, checked against a scan of its buffer; how many there are. */
static size_t check_sentences(const nb_prose *p, int round) {
  size_t pos = 0, s, e, n = 0;
  while (nb_prose_next_sentence(p, &pos, &s, &e)) {
    cr_assert_lt(n, p->nsentences, "round %d: more sentences than noted", round);
    cr_assert_eq(p->sentences[n].start, s, "round %d sentence %zu", round, n);
    cr_assert_eq(p->sentences[n].end, e, "round %d sentence %zu", round, n);
    n++;
  }
  cr_assert_eq(n, p->nsentences, "round %d", round);
  return n;
}

/* The digit runs the builder notes are exactly where a scan of the finished buffer finds a
 * digit after a byte that is none: full-width digits become ASCII ones, and dropping a space
 * joins digits into one run. How many there are. */
static size_t check_digit_runs(const nb_prose *p, int round) {
  size_t n = 0;
  for (size_t i = 0; i < p->len; i++) {
    bool digit = p->buf[i] >= '0' && p->buf[i] <= '9';
    if (!digit || (i > 0 && p->buf[i - 1] >= '0' && p->buf[i - 1] <= '9'))
      continue;
    cr_assert_lt(n, p->ndigit_runs, "round %d: more runs than noted", round);
    cr_assert_eq(p->digit_runs[n], i, "round %d run %zu", round, n);
    n++;
  }
  cr_assert_eq(n, p->ndigit_runs, "round %d", round);
  return n;
}

/* Runs `check` on the prose of 1500 random texts; the sum of what it counted. */
static size_t over_random_prose(uint32_t seed, size_t (*check)(const nb_prose *, int)) {
  size_t total = 0;
  for (int round = 0; round < 1500; round++) {
    char text[2048];
    rt_text(text, sizeof text, pieces, 120, &seed);
    fx f;
    fx_begin(&f, text);
    nb_prose p;
    nb_prose_build(&f.r, &p);
    total += check(&p, round);
    nb_prose_free(&p);
    fx_end(&f);
  }
  return total;
}

Test(prose_sentences, noted_ends_equal_a_scan) {
  cr_expect_gt(over_random_prose(3, check_sentences), 5000);
}

Test(prose_sentences, noted_digit_runs_equal_a_scan) {
  cr_expect_gt(over_random_prose(11, check_digit_runs), 3000);
}

/* What the builder leaves out of the prose (prose_text.c's dropped_cps, restated). */
static bool is_dropped_cp(uint32_t cp) {
  static const uint32_t dropped[] = {' ',  '\t', '\r', '\f', '\v', 0x3000,
                                     0xA0, '*',  '#',  '>',  '`',  0xFEFF};
  for (size_t k = 0; k < sizeof dropped / sizeof *dropped; k++)
    if (cp == dropped[k])
      return true;
  return false;
}

/* Every character of the buffer but its breaks is the source character its run maps it to: the
 * same bytes, or the ASCII digit for a full-width one; never one the builder drops. The copy
 * passes over runs of ideographs and the punctuation it copies as they are sixteen bytes at a
 * time: what it copies must still be exactly the source. How many characters were checked. */
static size_t check_copied_bytes(const nb_prose *p, int round) {
  size_t n = 0;
  for (size_t k = 0; k < p->len; k++) {
    if (p->buf[k] == '\n' || ((unsigned char)p->buf[k] & 0xC0) == 0x80)
      continue;
    size_t src = nb_prose_source(p, k), next = src;
    uint32_t cp = nb_utf8_next(p->source, p->source_len, &next);
    cr_assert(!is_dropped_cp(cp), "round %d: U+%04X kept at %zu", round, (unsigned)cp, k);
    if (cp >= 0xFF10 && cp <= 0xFF19) {
      cr_assert_eq(p->buf[k], (char)('0' + (cp - 0xFF10)), "round %d at %zu", round, k);
    } else {
      cr_assert_leq(k + (next - src), p->len, "round %d at %zu", round, k);
      cr_assert(memcmp(p->buf + k, p->source + src, next - src) == 0,
                "round %d: buffer at %zu is not source at %zu", round, k, src);
    }
    n++;
  }
  return n;
}

Test(prose_sentences, copied_bytes_equal_the_source) {
  cr_expect_gt(over_random_prose(17, check_copied_bytes), 50000);
}

/* Pieces for long lines: ideographs between the punctuation the wide stop finder passes over
 * ("，" "、" "：" "（" "《" share their first two bytes with loud characters: "。" "！" "　" and
 * the full-width digits), the bytes it must stop at, and pieces of characters that a line's end
 * may cut. */
static const char *const wide_pieces[] = {
    "收到申请",     "政府信息", "公开",     "，",   "、",   "：", "（",       "）",
    "《",           "》",       "【",       "“",    "。",   "！", "？",       "；",
    "１２",         "０",       "　",       " ",    "  ",   "\t", "\xC2\xA0", "\xEF\xBB\xBF",
    "\xEF\xBF\xBD", "\xE3\x80", "\xEF\xBC", "\x81", "\x8C", "3",  "2024",     "年",
    "abc",          ".",        "*",        "#",    "!",    "\n", NULL};

/* The prose of a text, built with the wide stop finder allowed or not. */
static void build_prose(fx *f, nb_prose *p, bool wide) {
  nb_prose_allow_wide_scan(wide);
  nb_prose_build(&f->r, p);
  nb_prose_allow_wide_scan(true);
}

/* The prose found with AVX2 thirty-two bytes at a time (where the processor has it) is the prose
 * of the byte-by-byte search: the same buffer, runs, sentences and digit runs. */
Test(prose_sentences, wide_scan_builds_the_same_prose) {
  uint32_t seed = 29;
  size_t checked = 0;
  for (int round = 0; round < 1500; round++) {
    char text[4096];
    rt_text(text, sizeof text, wide_pieces, 400, &seed);
    fx f;
    fx_begin(&f, text);
    nb_prose wide, narrow;
    build_prose(&f, &wide, true);
    build_prose(&f, &narrow, false);
    cr_assert_eq(wide.len, narrow.len, "round %d", round);
    cr_assert(memcmp(wide.buf, narrow.buf, wide.len + 1) == 0, "round %d", round);
    cr_assert_eq(wide.nruns, narrow.nruns, "round %d", round);
    for (size_t k = 0; k < wide.nruns; k++) {
      cr_assert_eq(wide.runs[k].prose, narrow.runs[k].prose, "round %d", round);
      cr_assert_eq(wide.runs[k].source, narrow.runs[k].source, "round %d", round);
    }
    cr_assert_eq(wide.nsentences, narrow.nsentences, "round %d", round);
    for (size_t k = 0; k < wide.nsentences; k++) {
      cr_assert_eq(wide.sentences[k].start, narrow.sentences[k].start, "round %d", round);
      cr_assert_eq(wide.sentences[k].end, narrow.sentences[k].end, "round %d", round);
    }
    cr_assert_eq(wide.ndigit_runs, narrow.ndigit_runs, "round %d", round);
    for (size_t k = 0; k < wide.ndigit_runs; k++)
      cr_assert_eq(wide.digit_runs[k], narrow.digit_runs[k], "round %d", round);
    checked += wide.len;
    nb_prose_free(&wide);
    nb_prose_free(&narrow);
    fx_end(&f);
  }
  cr_expect_gt(checked, 500000);
}
