/* Cell text → token → cell state, per column unit. */
#include <criterion/criterion.h>
#include <string.h>

#include "layout/values.h"

static nb_token read(const char *s) {
  nb_token t;
  nb_token_read(s, strlen(s), &t);
  return t;
}

Test(values, integers) {
  nb_token t = read("15160");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 15160);
  cr_expect(t.digits_only);
  cr_expect_eq(t.ndigits, 5);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_VALUE);
  t = read("1,234");
  cr_expect(t.value == 1234);
  cr_expect_not(t.digits_only);
  t = read("１２");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 12);
}

Test(values, decimals_only_for_wanyuan) {
  nb_token t = read("937.08");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value > 937.079 && t.value < 937.081);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_VALUE);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  t = read("1.5");
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_SIGNED_COUNT), NB_CELL_INVALID);
}

Test(values, negatives_only_for_signed_counts) {
  nb_token t = read("-3");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == -3);
  cr_expect_not(t.digits_only);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_SIGNED_COUNT), NB_CELL_VALUE);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_INVALID);
}

Test(values, number_with_note) {
  const char *s = "22（其中修订16件）";
  nb_token t = read(s);
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 22);
  cr_expect_eq(t.num_start, 0);
  cr_expect_eq(t.num_end, 2);
  cr_expect_eq(t.note_start, 2);
  cr_expect_eq(t.note_end, strlen(s));
  cr_expect_not(t.digits_only && t.note_end == t.note_start);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_VALUE);
  t = read("5 (含1件)");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 5);
  cr_expect_eq(t.note_start, 2);
  /* Text after the number that is not a unit or a closing note makes the cell text. */
  t = read("22件数");
  cr_expect_eq(t.kind, NB_TOKEN_TEXT);
  t = read("22个别");
  cr_expect_eq(t.kind, NB_TOKEN_TEXT);
}

/* A cell with its unit is that number in a column counted in that unit, and an invalid cell
 * in a column counted in another: "5000元" is not a number of 万元. */
Test(values, number_with_unit) {
  nb_token t = read("22件");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 22);
  cr_expect_eq(t.num_end, 2);
  cr_expect_not(t.digits_only); /* one value, never cells run together */
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_VALUE);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_INVALID);
  t = read("3 条");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 3);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_VALUE);
  t = read("0.5万元");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 0.5);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_VALUE);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  t = read("5000元");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_INVALID);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  t = read("2件（其中修订1件）");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 2);
  cr_expect_eq(t.note_start, strlen("2件"));
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_VALUE);
}

Test(values, placeholders) {
  const char *ph[] = {"/", "-", "—", "－", "——", "无", "／", NULL};
  for (int k = 0; ph[k]; k++) {
    nb_token t = read(ph[k]);
    cr_expect_eq(t.kind, NB_TOKEN_PLACEHOLDER, "'%s'", ph[k]);
    cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_PLACEHOLDER);
  }
}

Test(values, blank_text_and_percent) {
  nb_token t = read("");
  cr_expect_eq(t.kind, NB_TOKEN_EMPTY);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_BLANK);
  t = read("数据1");
  cr_expect_eq(t.kind, NB_TOKEN_TEXT);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_COUNT), NB_CELL_INVALID);
  t = read("12.5%");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect_eq(nb_token_state(&t, NB_UNIT_WANYUAN), NB_CELL_INVALID);
}

/* Labels in the cells a table reader reads: numbered, bracketed, or words that open like a
 * placeholder; none of them is a number. */
Test(values, labels_are_text) {
  const char *labels[] = {"（一）予以公开", "(七)总计", "1.属于国家秘密", "12.其他", "无法提供",
                          "空白",           "、其他",   "【注】",         NULL};
  for (int k = 0; labels[k]; k++) {
    nb_token t = read(labels[k]);
    cr_expect_eq(t.kind, NB_TOKEN_TEXT, "'%s'", labels[k]);
    cr_expect(t.value == 0 && t.ndigits == 0 && !t.digits_only, "'%s'", labels[k]);
  }
}

/* What may open a number: signs, full-width digits, a decimal point after digits. */
Test(values, numbers_open_with_digits_or_signs) {
  nb_token t = read("+3");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 3);
  t = read("－2");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.negative && t.value == -2);
  t = read("−7");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == -7);
  t = read("１.５万元");
  cr_expect_eq(t.kind, NB_TOKEN_NUMBER);
  cr_expect(t.value == 1.5 && t.fraction);
  cr_expect_str_eq(t.unit->word, "万元");
  t = read("3.件");
  cr_expect_eq(t.kind, NB_TOKEN_TEXT);
  t = read("空");
  cr_expect_eq(t.kind, NB_TOKEN_PLACEHOLDER);
}

Test(values, run_together_candidates) {
  nb_token t = read("0000000");
  cr_expect(t.digits_only);
  cr_expect_eq(t.ndigits, 7);
  t = read("202");
  cr_expect(t.digits_only);
  cr_expect_eq(t.ndigits, 3);
  cr_expect(t.value == 202);
}

Test(values, sentences) {
  const char *a = "本年度共收到政府信息公开申请6件。";
  const char *b = "2023 年全区受理政府信息公开申请 21 件，均在法定期限答复";
  const char *c = "（一）予以公开";
  cr_expect(nb_text_is_sentence(a, strlen(a)));
  cr_expect(nb_text_is_sentence(b, strlen(b)));
  cr_expect_not(nb_text_is_sentence(c, strlen(c)));
}

/* Text opening with an ideograph is told apart by its lead byte: only 无 or 空 alone is a
 * placeholder; the same words in longer text, other ideographs, and malformed bytes after such a
 * lead are text, as are labels opening otherwise. */
Test(values, ideograph_openings) {
  cr_expect_eq(read("无").kind, NB_TOKEN_PLACEHOLDER);
  cr_expect_eq(read("空").kind, NB_TOKEN_PLACEHOLDER);
  static const char *const texts[] = {
      "无效",     "空白",         "无无",         "属于国家秘密",   "一",       "件",
      "\xE6\x97", "\xE6\x97\x41", "\xE9\xBF\xBF", "（一）予以公开", "(七)总计", "1.属于国家秘密",
  };
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
    cr_expect_eq(read(texts[k]).kind, NB_TOKEN_TEXT, "%s", texts[k]);
  /* Dashes and full-width digits open with other bytes: still read. */
  cr_expect_eq(read("—").kind, NB_TOKEN_PLACEHOLDER);
  cr_expect_eq(read("－").kind, NB_TOKEN_PLACEHOLDER);
  cr_expect_eq(read("３件").kind, NB_TOKEN_NUMBER);
}

/* plain is fill_cell's fast path: exactly the digits-only numbers of 15 digits or fewer without
 * a note that are the whole text (fill_cell takes the cell's span for the number's), and such a
 * token is a value below the limit in a column of every unit. */
Test(values, plain_numbers) {
  static const char *const cells[] = {
      "0",
      "21",
      "000000000000000",
      "1000000000000000",
      "999999999999999",
      "21（其中修订16件）",
      "3件",
      "1,234",
      "１２",
      "-3",
      "937.08",
      "5%",
      "1.属于国家秘密",
      "无",
      "",
      "12 ",
      "12\u3000",
      "+21",
      "12(3)",
      "abc",
      "0000000",
      "1234567890123456",
  };
  static const nb_unit units[] = {NB_UNIT_COUNT, NB_UNIT_SIGNED_COUNT, NB_UNIT_WANYUAN};
  for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
    nb_token t = read(cells[k]);
    bool expect = t.kind == NB_TOKEN_NUMBER && t.digits_only && t.ndigits <= 15 &&
                  t.note_end == t.note_start && t.num_start == 0 && t.num_end == strlen(cells[k]);
    cr_expect_eq(t.plain, expect, "'%s'", cells[k]);
    if (!t.plain)
      continue;
    cr_expect_not(nb_token_too_large(&t), "'%s'", cells[k]);
    for (size_t u = 0; u < sizeof units / sizeof *units; u++)
      cr_expect_eq(nb_token_state(&t, units[u]), NB_CELL_VALUE, "'%s'", cells[k]);
  }
  cr_expect(read("999999999999999").plain);
  cr_expect_not(read("1000000000000000").plain);
  cr_expect_not(read("12(3)").plain);
  /* The number is not the whole text: its span is not the cell's. */
  cr_expect_not(read("12 ").plain);
  cr_expect(read("+21").plain);
}

/* A cell of ASCII digits alone is accumulated in an integer: its value is the one read_number's
 * double accumulation gives (the second method, written out here), up to 15 digits exactly and
 * beyond them as rounded, for every length up to 20 digits. */
Test(values, digit_cells_as_read_number_reads_them) {
  unsigned seed = 12345;
  char text[24];
  for (size_t len = 1; len <= 20; len++)
    for (int round = 0; round < 200; round++) {
      double expect = 0;
      for (size_t i = 0; i < len; i++) {
        seed = seed * 1103515245u + 12345u;
        /* Some cells all nines or all zeros: the largest and smallest of each length. */
        int digit = round == 0 ? 9 : round == 1 ? 0 : (int)(seed >> 16) % 10;
        text[i] = (char)('0' + digit);
        expect = expect * 10 + digit;
      }
      text[len] = '\0';
      nb_token t = read(text);
      cr_assert_eq(t.kind, NB_TOKEN_NUMBER, "'%s'", text);
      cr_expect(t.value == expect, "'%s': %.17g, not %.17g", text, t.value, expect);
      cr_expect(t.digits_only, "'%s'", text);
      cr_expect_eq(t.ndigits, (int)len, "'%s'", text);
      cr_expect_eq(t.plain, len <= 15, "'%s'", text);
    }
}
