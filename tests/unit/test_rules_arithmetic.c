/* Arithmetic rules and the relation evaluator on hand-built models (test_rules_fixture.h). */
#include <criterion/criterion.h>
#include <stdio.h>

#include "core/rules/relation.h"
#include "test_rules_fixture.h"

#define T4_HEAD "四、政府信息公开行政复议、行政诉讼情况\n"
/* hongze-2023's table 四: 行政复议 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0 */
#define T4_HONGZE "|  | 10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |\n"

static nb_table *review_table(fx *f, const char *row) {
  char text[512];
  snprintf(text, sizeof text, T4_HEAD "%s", row);
  fx_begin(f, text);
  return fx_table(f, NB_TABLE_REVIEW, "|  |");
}

static void arithmetic(fx *f) {
  nb_diag_list_free(&f->out);
  nb_check_arithmetic(&f->ctx);
}

Test(arithmetic, hongze_2023_review_totals) {
  fx f;
  review_table(&f, T4_HONGZE);
  arithmetic(&f);
  cr_assert_eq(f.out.count, 2);
  cr_assert_eq(fx_count(&f, "sum-review"), 2);
  size_t row = fx_off(&f, "|  |");
  /* "|  | " is 5 bytes: 10 at 5, 1 at 10, then one cell every 4 bytes from 14 */
  const nb_diag *a = fx_diag(&f, "sum-review", 0);
  cr_assert_eq(a->span.start, row + 22); /* column 4: 14 + 4·2 */
  cr_assert_eq(a->span.end, row + 23);
  cr_assert_eq(a->severity, NB_SEV_ERROR);
  cr_assert_str_eq(a->message_zh,
                   "行政复议“总计”填报0，按结果维持+结果纠正+其他结果+尚未审结计算应为11");
  cr_assert_str_eq(
      a->message_en,
      "行政复议 “总计” is reported as 0, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11");
  cr_assert_eq(a->nrelated, 4);
  cr_assert_eq(a->related[0].span.start, row + 5);
  cr_assert_str_eq(a->related[0].message_zh, "“行政复议·结果维持”列：10");
  cr_assert_str_eq(a->related[1].message_zh, "“行政复议·结果纠正”列：1");
  cr_assert_eq(a->nfixes, 1);
  cr_assert_not(a->fixes[0].safe);
  cr_assert_str_eq(a->fixes[0].edits[0].replacement, "11");
  cr_assert_eq(a->fixes[0].edits[0].span.start, row + 22);
  const nb_diag *b = fx_diag(&f, "sum-review", 1);
  cr_assert_eq(b->span.start, row + 62); /* column 14: 14 + 4·12 */
  cr_assert(strstr(b->message_zh, "行政诉讼·复议后起诉“总计”填报0"), "%s", b->message_zh);
  cr_assert(strstr(b->message_zh, "计算应为5"));
  cr_assert_str_eq(b->fixes[0].edits[0].replacement, "5");
  fx_end(&f);
}

Test(arithmetic, consistent_review_row_has_no_finding) {
  fx f;
  review_table(&f, "|  | 10 | 1 | 0 | 0 | 11 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 5 |\n");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
}

Test(arithmetic, blank_part_counts_as_zero_and_says_so) {
  fx f;
  review_table(&f, "|  | 3 |  | 0 | 0 | 5 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 1);
  const nb_diag *d = fx_diag(&f, "sum-review", 0);
  cr_assert_str_eq(d->message_zh,
                   "行政复议“总计”填报5，按结果维持+结果纠正+其他结果+尚未审结计算应为3"
                   "（其中1个空白单元格按0计）");
  cr_assert(strstr(d->message_en, "= 3 (1 blank cell counted as 0)"), "%s", d->message_en);
  cr_assert_str_eq(d->related[1].message_zh, "“行政复议·结果纠正”列：空白，按0计");
  fx_end(&f);
  review_table(&f, "|  | 3 |  | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
}

Test(arithmetic, invalid_part_skips_only_its_check) {
  fx f;
  review_table(&f, "|  | 10 | x | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |\n");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 1);
  cr_assert_eq(fx_diag(&f, "sum-review", 0)->span.start, fx_off(&f, "|  |") + 62);
  fx_end(&f);
}

Test(arithmetic, unreadable_or_missing_table_gets_no_arithmetic) {
  fx f;
  nb_table *t = review_table(&f, T4_HONGZE);
  t->unreadable = NB_UNREADABLE_RAGGED;
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
  t = review_table(&f, T4_HONGZE);
  t->found = false;
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
}

Test(arithmetic, seed_004_table_three_adds_up) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_SEED004);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0, "%s", f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(arithmetic, balance_sits_on_the_carry_over) {
  fx f;
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17
                   FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28
           "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n");
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  arithmetic(&f);
  /* 12 + 0 − 12 = 0 in columns 自然人 and 总计, where 1 is reported */
  cr_assert_eq(f.out.count, 2);
  cr_assert_eq(fx_count(&f, "sum-balance"), 2);
  const nb_diag *d = fx_diag(&f, "sum-balance", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "继续办理 | 1") + strlen("继续办理 | "));
  cr_assert_str_eq(d->message_zh,
                   "“自然人”列“四、结转下年度继续办理”填报1，按一、本年新收政府信息公开申请数量"
                   "+二、上年结转政府信息公开申请数量-（七）总计计算应为0");
  cr_assert_eq(d->nrelated, 3);
  cr_assert_str_eq(d->related[0].message_zh, "“一、本年新收政府信息公开申请数量”行“自然人”列：12");
  cr_assert_str_eq(fx_diag(&f, "sum-balance", 1)->fixes[0].edits[0].replacement, "0");
  fx_end(&f);
}

Test(arithmetic, outcome_sums_the_leaves_of_each_group) {
  fx f;
  fx_begin(
      &f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R3 FX_T3_R4
      "| （三）不予公开 |\n| 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
      "| 2.其他法律行政法规禁止公开 |" FX_Z7 "| 3.危及“三安全一稳定” |" FX_Z7
      "| 4.保护第三方合法权益 |" FX_Z7 "| 5.属于三类内部事务信息 |" FX_Z7
      "| 6.属于四类过程性信息 |" FX_Z7 "| 7.属于行政执法案卷 |" FX_Z7
      "| 8.属于行政查询事项 |" FX_Z7 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27 FX_T3_R28 FX_T3_R29);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  arithmetic(&f);
  /* （七） 12 against 4 + 0 + 2 + 8 + 0 + 0 = 14 in columns 自然人 and 总计 */
  cr_assert_eq(fx_count(&f, "sum-outcome"), 2);
  cr_assert_eq(fx_count(&f, "sum-balance") + fx_count(&f, "sum-row"), 0);
  const nb_diag *d = fx_diag(&f, "sum-outcome", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "（七）总计 | 12") + strlen("（七）总计 | "));
  cr_assert(strstr(d->message_zh, "填报12，按（一）予以公开+"), "%s", d->message_zh);
  cr_assert(strstr(d->message_zh, "+（六）其他处理计算应为14"), "%s", d->message_zh);
  /* the parts are the cells: （一）（二）, 8 + 3 + 5 + 3 leaves */
  cr_assert_eq(d->nrelated, 21);
  fx_end(&f);
}

Test(arithmetic, absent_part_row_skips_the_check) {
  fx f;
  /* without （一）予以公开 the outcome sum would be 8 against 12: the check is not made */
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23
                   FX_T3_R24_27 FX_T3_R28 FX_T3_R29);
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0, "%s", f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);
}

Test(arithmetic, group_leaf_rows_missing_sum_the_present_ones) {
  fx f;
  /* 2.重复申请 absent: （五） is the sum of its four present rows, all 0 */
  fx_begin(&f, FX_T3_HEAD FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17
           "| （五）不予处理 |\n| 1.信访举报投诉类申请 |" FX_Z7 "| 3.要求提供公开出版物 |" FX_Z7
           "| 4.无正当理由大量反复申请 |" FX_Z7
           "| 5.要求行政机关确认或重新出具已获取信息 |" FX_Z7 FX_T3_R24_27 FX_T3_R28 FX_T3_R29);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  cr_assert_not(t->rows[20].present);
  arithmetic(&f);
  cr_assert_eq(f.out.count, 0);
  fx_end(&f);
}

Test(arithmetic, row_total_checked_per_row) {
  fx f;
  fx_begin(&f, FX_T3_HEAD "| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |\n");
  fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  arithmetic(&f);
  cr_assert_eq(f.out.count, 1);
  const nb_diag *d = fx_diag(&f, "sum-row", 0);
  cr_assert_eq(d->span.start, fx_off(&f, "| 5 |") + 2);
  cr_assert_str_eq(d->message_zh,
                   "“一、本年新收政府信息公开申请数量”行“总计”填报5，"
                   "按自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他计算应为4");
  cr_assert_eq(d->nrelated, 6);
  fx_end(&f);
}

Test(arithmetic, group_as_data_row_holds_the_group_value) {
  fx f;
  fx_begin(&f, FX_T3_HEAD
           "| 一、本年新收政府信息公开申请数量 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |\n" FX_T3_R1 FX_T3_R2
               FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23
           "| （六）其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
           "| （七）总计 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |\n" FX_T3_R29);
  nb_table *t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->rows[24].group_as_data = true;
  arithmetic(&f);
  /* 4 + 0 + 0 + 8 + 0 + 2 = 14 */
  cr_assert_eq(f.out.count, 0, "%s", f.out.count ? f.out.items[0].message_zh : "");
  fx_end(&f);

  fx_begin(&f, FX_T3_HEAD
           "| 一、本年新收政府信息公开申请数量 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |\n" FX_T3_R1 FX_T3_R2
               FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23
           "| （六）其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
           "| （七）总计 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |\n" FX_T3_R29);
  t = fx_table(&f, NB_TABLE_APPLICATIONS, "| 一、本年新收");
  t->rows[24].group_as_data = true;
  arithmetic(&f);
  /* its own row total (3 against 2) and, through it, 总计's outcome (14 against 15) */
  cr_assert_eq(fx_count(&f, "sum-row"), 1);
  cr_assert_eq(fx_diag(&f, "sum-row", 0)->span.start, fx_off(&f, "| 3 |") + 2);
  cr_assert_eq(fx_count(&f, "sum-outcome"), 1);
  cr_assert(strstr(fx_diag(&f, "sum-outcome", 0)->message_zh, "计算应为15"));
  cr_assert_eq(f.out.count, 2);
  fx_end(&f);
}

/* What nb_relation_expand stood for before it indexed the rows by parent: a group term's rows
 * found by a scan of the whole table, in row order. */
static bool plain_expand_row(nb_relation_terms *out, const nb_table *t, int row, int sign) {
  if (row < 0 || row >= t->spec->nrows)
    return false;
  if (t->spec->rows[row].kind == NB_ROW_DATA || t->rows[row].group_as_data) {
    nb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
    out->items[out->count++] = (nb_relation_term){row, sign};
    return true;
  }
  int children = 0;
  for (int j = 0; j < t->spec->nrows; j++) {
    if (t->spec->rows[j].parent != row)
      continue;
    bool is_data = t->spec->rows[j].kind == NB_ROW_DATA || t->rows[j].group_as_data;
    if (is_data && !t->rows[j].present)
      continue;
    if (!plain_expand_row(out, t, j, sign))
      return false;
    children++;
  }
  return children > 0;
}

/* Every relation of every table of both templates, with all rows present, every other row
 * absent, and each group filled as one row: the same terms, in the same order. */
Test(arithmetic, expanded_terms_as_a_scan_finds_them) {
  for (int id = 0; id < NB_TPL_COUNT; id++) {
    const nb_template *tpl = nb_template_get((nb_template_id)id);
    for (int k = 0; k < NB_TABLE_COUNT; k++) {
      const nb_table_spec *spec = tpl->tables[k];
      if (!spec)
        continue;
      nb_row *rows = calloc((size_t)spec->nrows, sizeof *rows);
      nb_table t = {0};
      t.spec = spec;
      t.rows = rows;
      for (int variant = 0; variant < 4; variant++) {
        for (int i = 0; i < spec->nrows; i++) {
          rows[i].present = variant != 1 || i % 2 == 0;
          rows[i].group_as_data = variant == 2 && spec->rows[i].kind != NB_ROW_DATA;
          rows[i].present = variant == 3 ? i % 3 != 1 : rows[i].present;
        }
        for (int r = 0; r < spec->nrelations; r++) {
          const nb_relation *rel = &spec->relations[r];
          nb_relation_terms got, want = {0};
          nb_relation_expand(&t, rel, &got);
          want.checkable = true;
          for (int n = 0; n < rel->nterms && want.checkable; n++) {
            const nb_term *term = &rel->terms[n];
            if (rel->scope != NB_REL_PER_COLUMN) {
              nb_grow((void **)&want.items, &want.cap, want.count + 1, sizeof *want.items);
              want.items[want.count++] = (nb_relation_term){term->index, term->sign};
            } else {
              want.checkable = plain_expand_row(&want, &t, term->index, term->sign);
            }
          }
          cr_expect_eq(got.checkable, want.checkable, "template %d table %d relation %d", id, k, r);
          cr_assert_eq(got.count, want.count, "template %d table %d relation %d", id, k, r);
          for (int n = 0; n < got.count; n++) {
            cr_expect_eq(got.items[n].index, want.items[n].index);
            cr_expect_eq(got.items[n].sign, want.items[n].sign);
          }
          nb_relation_terms_free(&got);
          free(want.items);
        }
      }
      free(rows);
    }
  }
}

/* The sum alone (nb_relation_eval_sum, which the arithmetic rules run everywhere) is the sum
 * the evaluator that lists the parts adds: the same answer, reported value, computed sum (to
 * the bit) and blank count, for every relation of both templates at every column or row, over
 * cells of every state, zeros of both signs and fractions among the values. */
Test(arithmetic, sum_alone_is_the_sum_of_the_parts) {
  static const double values[] = {0.0, -0.0, 1.0, 7.0, 0.1, 0.2, 1e15, -3.0, 2.5};
  unsigned seed = 12345;
  for (int id = 0; id < NB_TPL_COUNT; id++) {
    const nb_template *tpl = nb_template_get((nb_template_id)id);
    for (int k = 0; k < NB_TABLE_COUNT; k++) {
      const nb_table_spec *spec = tpl->tables[k];
      if (!spec)
        continue;
      for (int round = 0; round < 20; round++) {
        nb_table t = {0};
        t.spec = spec;
        nb_row *rows = calloc((size_t)spec->nrows, sizeof *rows);
        t.rows = rows;
        for (int i = 0; i < spec->nrows; i++) {
          int ncells = spec->blocks[spec->rows[i].block].ncolumns;
          rows[i].present = true;
          rows[i].group_as_data = round % 3 == 1 && spec->rows[i].kind != NB_ROW_DATA;
          rows[i].ncells = ncells;
          rows[i].cells = calloc((size_t)ncells, sizeof *rows[i].cells);
          for (int c = 0; c < ncells; c++) {
            seed = seed * 1103515245u + 12345u;
            unsigned pick = seed >> 16;
            /* mostly values; now and then blank, a placeholder, invalid or absent */
            unsigned state = pick % 16 < 12 ? NB_CELL_VALUE : pick % 5;
            rows[i].cells[c].state = (nb_cell_state)state;
            rows[i].cells[c].value = values[(pick >> 4) % (sizeof values / sizeof *values)];
          }
        }
        for (int r = 0; r < spec->nrelations; r++) {
          const nb_relation *rel = &spec->relations[r];
          nb_relation_terms terms;
          nb_relation_expand(&t, rel, &terms);
          int places =
              rel->scope == NB_REL_PER_COLUMN ? spec->blocks[rel->block].ncolumns : spec->nrows;
          for (int at = -1; at <= places; at++) {
            nb_relation_check sum, parts;
            bool sum_ok = nb_relation_eval_sum(&t, rel, &terms, at, &sum);
            bool parts_ok = nb_relation_eval(&t, rel, at, &parts);
            cr_assert_eq(sum_ok, parts_ok, "template %d table %d relation %d at %d", id, k, r, at);
            if (sum_ok) {
              cr_assert_eq(memcmp(&sum.computed, &parts.computed, sizeof sum.computed), 0,
                           "%g against %g", sum.computed, parts.computed);
              cr_assert_eq(memcmp(&sum.reported, &parts.reported, sizeof sum.reported), 0);
              cr_assert_eq(sum.nblank, parts.nblank);
              cr_assert_eq(sum.nparts, 0);
              nb_relation_check_free(&parts);
            }
          }
          nb_relation_terms_free(&terms);
        }
        for (int i = 0; i < spec->nrows; i++)
          free(rows[i].cells);
        free(rows);
      }
    }
  }
}
