/* Blank tables of the two templates (nb_canonical_blank_table): shapes worked out by hand
 * from report-format.md §3–4. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/canonical.h"
#include "core/template.h"

static int count_lines(const char *s) {
  int n = 0;
  for (; *s; s++)
    n += *s == '\n';
  return n;
}

static int count(const char *s, const char *needle) {
  int n = 0;
  for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

Test(template, active_2021_has_four_blocks_six_rows) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(nb_template_get(NB_TPL_2021)->tables[NB_TABLE_ACTIVE], &b);
  /* 4 block label rows + delimiter + 4 header rows + 6 data rows. */
  cr_assert_eq(count_lines(b.data), 15);
  cr_assert(strstr(b.data, "| 规章 |  |  |  |\n"));
  cr_assert(strstr(b.data, "| 行政事业性收费 |  |  |  |\n"));
  cr_assert(strstr(b.data, "| 信息内容 | 本年收费金额（单位：万元） |  |  |\n"));
  cr_assert_eq(count(b.data, "第二十条"), 4);
  nb_textbuf_free(&b);
}

Test(template, active_2019_has_purchase_block) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(nb_template_get(NB_TPL_2019)->tables[NB_TABLE_ACTIVE], &b);
  /* 5 block label rows + delimiter + 5 header rows + 8 data rows. */
  cr_assert_eq(count_lines(b.data), 19);
  cr_assert(strstr(b.data, "| 第二十条第（九）项 |  |  |  |\n"));
  cr_assert(strstr(b.data, "| 信息内容 | 采购项目数量 | 采购总金额 |  |\n"));
  cr_assert(strstr(b.data, "| 政府集中采购 |  |  |  |\n"));
  nb_textbuf_free(&b);
}

Test(template, applications_2021_split_labels) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(nb_template_get(NB_TPL_2021)->tables[NB_TABLE_APPLICATIONS], &b);
  /* 3 header rows + delimiter + 25 data rows; 10 columns each (11 pipes a line). */
  cr_assert_eq(count_lines(b.data), 29);
  cr_assert(strstr(b.data, "|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n"));
  cr_assert(strstr(b.data, "| 三、本年度办理结果 | （一）予以公开 |  |  |  |  |  |  |  |  |\n"));
  cr_assert(strstr(b.data, "|  | （六）其他处理 | 1.申请人无正当理由逾期不补正、"));
  cr_assert(strstr(b.data, "| 四、结转下年度继续办理 |  |  |  |  |  |  |  |  |  |\n"));
  cr_assert_eq(count(b.data, "|"), 29 * 11);
  nb_textbuf_free(&b);
}

Test(template, applications_2019_single_other_row) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(nb_template_get(NB_TPL_2019)->tables[NB_TABLE_APPLICATIONS], &b);
  /* 3 header rows + delimiter + 23 data rows; （六）其他处理 is a data row of its own. */
  cr_assert_eq(count_lines(b.data), 27);
  cr_assert(strstr(b.data, "|  | （六）其他处理 |  |  |  |  |  |  |  |  |\n"));
  cr_assert_null(strstr(b.data, "3.其他"));
  nb_textbuf_free(&b);
}

/* Every unit of report-format's cells is found at the start of a text, the longest first, and
 * with its kind of column; nb_cell_unit_at looks only at bytes that start one. */
/* unit_leads in templates.c is written out by hand: every word of the list must get past it. */
Test(template, every_unit_word_is_found_as_itself) {
  int n = 0;
  const nb_cell_unit *units = nb_cell_units(&n);
  cr_assert_gt(n, 0);
  for (int k = 0; k < n; k++) {
    char text[32];
    snprintf(text, sizeof text, "%s）", units[k].word);
    cr_expect_eq(nb_cell_unit_at(text, strlen(text)), &units[k], "%s", units[k].word);
  }
}

Test(template, cell_units_found_by_their_words) {
  static const char *const count_units[] = {"件", "条", "项", "个", "宗", "起", "份", "部", "次"};
  for (size_t k = 0; k < sizeof count_units / sizeof *count_units; k++) {
    char text[16];
    snprintf(text, sizeof text, "%s，", count_units[k]);
    const nb_cell_unit *u = nb_cell_unit_at(text, strlen(text));
    cr_assert(u, "%s", count_units[k]);
    cr_assert_str_eq(u->word, count_units[k]);
    cr_assert(nb_cell_unit_fits(u, NB_UNIT_COUNT) && !nb_cell_unit_fits(u, NB_UNIT_WANYUAN));
  }
  const nb_cell_unit *wan = nb_cell_unit_at("万元）", strlen("万元）"));
  cr_assert(wan && strcmp(wan->word, "万元") == 0 && nb_cell_unit_fits(wan, NB_UNIT_WANYUAN));
  const nb_cell_unit *yuan = nb_cell_unit_at("元", strlen("元"));
  cr_assert(yuan && strcmp(yuan->word, "元") == 0);
  cr_assert(!nb_cell_unit_fits(yuan, NB_UNIT_WANYUAN) && !nb_cell_unit_fits(yuan, NB_UNIT_COUNT));
  cr_assert_null(nb_cell_unit_at("万", strlen("万")), "万 alone is no unit");
  cr_assert_null(nb_cell_unit_at("12件", 4));
  cr_assert_null(nb_cell_unit_at("总计", strlen("总计")));
  cr_assert_null(nb_cell_unit_at("件", 2), "a word cut short");
}
