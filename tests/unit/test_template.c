/* Blank tables of the two templates (nb_canonical_blank_table): shapes worked out by hand
 * from report-format.md §3–4. */
#include <criterion/criterion.h>
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
