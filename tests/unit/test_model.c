#include <criterion/criterion.h>
#include <string.h>

#include "core/model.h"
#include "core/template.h"

/* Fills `n` run records through nb_table_add_run and checks they are all still there: the first
 * live in the table's block, later ones move with them to an allocation of their own. */
static void add_runs(nb_table *t, int n) {
  for (int k = 0; k < n; k++) {
    int run = nb_table_add_run(t);
    cr_assert_eq(run, k);
    t->runs[run] = (nb_run_together){nb_span_make((size_t)k, (size_t)k + 2), k, k % 3, 2, k % 2};
  }
  cr_assert_eq(t->nruns, n);
  for (int k = 0; k < n; k++) {
    cr_expect_eq(t->runs[k].span.start, (size_t)k);
    cr_expect_eq(t->runs[k].row, k);
    cr_expect_eq(t->runs[k].first_col, k % 3);
    cr_expect_eq(t->runs[k].by_relation, k % 2 == 1);
  }
}

Test(model, runs_in_the_table_block_and_past_it) {
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  for (int n = 0; n <= 40; n += 1) {
    nb_table t;
    nb_table_init(&t, NB_TABLE_ACTIVE, tpl->tables[NB_TABLE_ACTIVE]);
    add_runs(&t, n);
    nb_table_free(&t);
  }
}

Test(model, runs_of_a_report_table) {
  static const char text[] = "x";
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  add_runs(&r.tables[NB_TABLE_REVIEW], 3);
  add_runs(&r.tables[NB_TABLE_APPLICATIONS], 30);
  /* The tables' blocks stay whole: the headers beside the runs are untouched. */
  nb_table_add_header(&r.tables[NB_TABLE_REVIEW])->index = 7;
  cr_expect_eq(r.tables[NB_TABLE_REVIEW].headers[0].index, 7);
  cr_expect_eq(r.tables[NB_TABLE_REVIEW].runs[2].row, 2);
  nb_report_free(&r);
}

/* Every cell of every table a report lays out starts blank, as a cell set field by field would
 * (the second method): absent, no value, empty spans, in no run. The tables of every template
 * hold more cells than the blank ones copied at a time. */
Test(model, every_cell_laid_out_blank) {
  static const char text[] = "x";
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  int cells = 0;
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *table = &r.tables[t];
    for (int i = 0; i < table->spec->nrows; i++)
      for (int k = 0; k < table->rows[i].ncells; k++, cells++) {
        const nb_cell *c = &table->rows[i].cells[k];
        nb_cell blank;
        memset(&blank, 0, sizeof blank);
        blank.run_together = -1;
        cr_expect_eq(c->state, blank.state);
        cr_expect(c->value == blank.value);
        cr_expect_eq(c->span.start, 0);
        cr_expect_eq(c->span.end, 0);
        cr_expect_eq(c->note.start, 0);
        cr_expect_eq(c->note.end, 0);
        cr_expect_eq(c->run_together, -1);
        cr_expect_not(c->too_large);
      }
  }
  cr_expect_gt(cells, 64);
  nb_report_free(&r);
  nb_table t;
  nb_table_init(&t, NB_TABLE_APPLICATIONS,
                nb_template_get(NB_TPL_2021)->tables[NB_TABLE_APPLICATIONS]);
  for (int i = 0; i < t.spec->nrows; i++)
    for (int k = 0; k < t.rows[i].ncells; k++)
      cr_expect_eq(t.rows[i].cells[k].run_together, -1);
  nb_table_free(&t);
}
