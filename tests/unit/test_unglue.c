/* Run-on table text cut back into rows (src/layout/unglue.c), at the level of observed rows:
 * which pieces a line becomes, in order, with their exact bytes. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/template.h"
#include "core/text.h"
#include "layout/label_match.h"
#include "layout/unglue.h"
#include "test_tokenize_support.h"

typedef struct {
  nb_stream s;
  nb_obs_table t;
} cut;

static void run(cut *c, const char *text, nb_table_id id) {
  lines_to_stream(&c->s, text);
  tokenize_all(&c->s, &c->t);
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  nb_unglue_rows(&c->s, nb_label_set_shared(tpl, id), &c->t);
  expect_owned_texts_counted(&c->t); /* the rows cut too */
}

static void done(cut *c) {
  nb_obs_table_free(&c->t);
  nb_stream_free(&c->s);
}

/* The rows as "cell|cell" strings joined by " / ". */
static void render(const cut *c, char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (int i = 0; i < c->t.nrows; i++) {
    const nb_obs_row *r = &c->t.rows[i];
    for (int k = 0; k < r->ncells; k++) {
      size_t len;
      const char *text = nb_obs_cell_text(&c->s, &r->cells[k], &len);
      o +=
          (size_t)snprintf(buf + o, size - o, "%s%.*s", k ? "|" : (i ? " / " : ""), (int)len, text);
    }
  }
}

/* Every cell that carries its label's spelling (label_spelling) normalises to that spelling's
 * text, as the assembler takes it; returns how many do. */
static int check_spellings(const cut *c, nb_table_id id) {
  const nb_label_set *set = nb_label_set_shared(nb_template_get(NB_TPL_2021), id);
  int carried = 0;
  for (int i = 0; i < c->t.nrows; i++)
    for (int k = 0; k < c->t.rows[i].ncells; k++) {
      const nb_obs_cell *cell = &c->t.rows[i].cells[k];
      if (!cell->label_spelling)
        continue;
      size_t len, norm_len;
      const char *text = nb_obs_cell_text(&c->s, cell, &len);
      char *norm = nb_normalize_label(text, len);
      cr_expect_str_eq(nb_label_set_spelling(set, cell->label_spelling - 1, &norm_len), norm);
      free(norm);
      carried++;
    }
  return carried;
}

static void expect_rows(const char *text, nb_table_id id, const char *want) {
  cut c;
  run(&c, text, id);
  check_spellings(&c, id);
  char got[4096];
  render(&c, got, sizeof got);
  cr_expect_str_eq(got, want);
  done(&c);
}

Test(unglue, labels_and_digits_of_several_rows) {
  expect_rows("（七）总计5000005四、结转下年度继续办理0000000\n", NB_TABLE_APPLICATIONS,
              "（七）总计 / 5000005 / 四、结转下年度继续办理 / 0000000");
}

/* The label cells carry the spelling the cut found (spaces and widths aside), the value
 * cells none. */
Test(unglue, label_cells_carry_their_spelling) {
  cut c;
  run(&c, "（七）总 计5000005四、结转下年度继续办理0000000\n", NB_TABLE_APPLICATIONS);
  cr_expect_eq(check_spellings(&c, NB_TABLE_APPLICATIONS), 2);
  cr_assert_eq(c.t.nrows, 4);
  cr_expect_eq(c.t.rows[1].cells[0].label_spelling, 0);
  done(&c);
}

/* The digits stop where a numbered label starts, even a misspelt one ("2.其他法律行政止公开"),
 * which stays one piece: a short label inside it ("其他") does not cut it. */
Test(unglue, numbered_labels_end_the_digits) {
  expect_rows("（三）不予公开1.属于国家秘密00000002.其他法律行政止公开0000000\n",
              NB_TABLE_APPLICATIONS,
              "（三）不予公开 / 1.属于国家秘密 / 0000000 / 2.其他法律行政止公开 / 0000000");
}

/* One known label and its digits in a line of other text is not enough to cut it: unknown
 * words before digits ("共收到申请12件") are as often prose as a misspelt label. */
Test(unglue, one_label_is_not_enough) {
  expect_rows("1.属于国家秘密00000002.其他法律行政止公开0000000\n", NB_TABLE_APPLICATIONS,
              "1.属于国家秘密00000002.其他法律行政止公开0000000");
}

Test(unglue, a_cell_of_a_label_and_its_digits) {
  expect_rows("行政许可734\n", NB_TABLE_ACTIVE, "行政许可 / 734");
}

/* A unit closes a value: three cells. */
Test(unglue, values_with_units) {
  expect_rows("规章0件0件0件行政规范性文件3件1件14件\n", NB_TABLE_ACTIVE,
              "规章 / 0件|0件|0件 / 行政规范性文件 / 3件|1件|14件");
}

/* Spaces between digits are cell borders. */
Test(unglue, stray_spaces_between_digits) {
  expect_rows("1.属于国家秘密 0 0 0 0 0 00 2.其他法律行政法规禁止公开 0 00 00 00\n",
              NB_TABLE_APPLICATIONS,
              "1.属于国家秘密 / 0|0|0|0|0|00 / 2.其他法律行政法规禁止公开 / 0|00|00|00");
}

/* Prose that names a label and a number stays one row, as written. */
Test(unglue, prose_stays_whole) {
  expect_rows("本年制发行政规范性文件3件，废止1件，现行有效14件。\n", NB_TABLE_ACTIVE,
              "本年制发行政规范性文件3件，废止1件，现行有效14件。");
}

/* A space-aligned row of one label and its values (pdftotext) is left to its tokenizer. */
Test(unglue, a_spaced_row_is_left_alone) {
  expect_rows("1.属于国家秘密    0    0    0    0    0    0    0\n", NB_TABLE_APPLICATIONS,
              "1.属于国家秘密|0|0|0|0|0|0|0");
}

/* A row of more pieces and value cells than the cut keeps on the stack (128 and 256) moves them
 * to the heap: the rows are those of each of its repeats cut alone, and the row after it, cut
 * too, follows them. */
Test(unglue, rows_of_many_pieces) {
  enum { REPEATS = 100 };
  static const char repeat[] = "规章0 0 0行政规范性文件3 1 14";
  static const char repeat_rows[] = "规章 / 0|0|0 / 行政规范性文件 / 3|1|14";
  static char text[REPEATS * sizeof repeat + 64], want[REPEATS * (sizeof repeat_rows + 3) + 64],
      got[sizeof want];
  text[0] = want[0] = '\0';
  for (int k = 0; k < REPEATS; k++) {
    strcat(text, repeat);
    strcat(want, k ? " / " : "");
    strcat(want, repeat_rows);
  }
  strcat(text, "\n行政许可734\n");
  strcat(want, " / 行政许可 / 734");
  cut c;
  run(&c, text, NB_TABLE_ACTIVE);
  cr_expect_eq(check_spellings(&c, NB_TABLE_ACTIVE), 2 * REPEATS + 1);
  render(&c, got, sizeof got);
  cr_expect_str_eq(got, want);
  done(&c);
}
