/* Arithmetic rules: every relation of every table's template (sum-balance, sum-outcome,
 * sum-row, sum-review …) checked by the generic evaluator in relation.c. No table is named
 * here; which cells add up to which is data (templates.c).
 *
 * A table that was not found or could not be read gets no arithmetic at all: its numbers are
 * not trustworthy enough to accuse the report of an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "relation.h"
#include "rule_util.h"
#include "table_names.h"

static const nb_column_spec *block_column(const nb_table *t, int block, int col) {
  const nb_block_spec *b = &t->spec->blocks[block];
  return col >= 0 && col < b->ncolumns ? &b->columns[col] : NULL;
}

/* "行政复议“总计”" / "行政复议 “总计”"; just the quoted label when the column has no group. */
static void column_display(nb_rule_buf *b, const nb_column_spec *c, bool en) {
  if (!c)
    nb_rule_buf_printf(b, "“?”");
  else if (c->group)
    nb_rule_buf_printf(b, en ? "%s “%s”" : "%s“%s”", c->group, c->label);
  else
    nb_rule_buf_printf(b, "“%s”", c->label);
}

/* The target cell, named the way a reader finds it. */
static char *target_name(const nb_table *t, const nb_relation *rel, const nb_relation_check *c,
                         bool en) {
  nb_rule_buf b;
  nb_rule_buf_init(&b);
  const nb_column_spec *col = block_column(t, rel->block, c->target_col);
  const char *row = t->spec->rows[c->target_row].label;
  if (rel->scope == NB_REL_PER_ROW && !row) {
    column_display(&b, col, en);
  } else if (rel->scope == NB_REL_PER_ROW) {
    nb_rule_buf_printf(&b, en ? "row “%s”, " : "“%s”行", row);
    column_display(&b, col, en);
  } else {
    if (en)
      nb_rule_buf_printf(&b, "column ");
    column_display(&b, col, en);
    nb_rule_buf_printf(&b, en ? ", row “%s”" : "列“%s”",
                       nb_rule_row_name(t->spec, c->target_row, en));
  }
  return nb_rule_buf_take(&b);
}

static void append(nb_rule_buf *b, const char *s) {
  nb_rule_buf_append(b, s, strlen(s));
}

/* "结果维持+结果纠正+其他结果+尚未审结" (zh) or "结果维持 + 结果纠正 + …" (en). */
static char *formula(const nb_table *t, const nb_relation *rel, bool en) {
  nb_rule_buf b;
  nb_rule_buf_init(&b);
  for (int k = 0; k < rel->nterms; k++) {
    const nb_term *term = &rel->terms[k];
    const char *op = term->sign < 0 ? (en ? " - " : "-") : (en ? " + " : "+");
    if (k > 0 || term->sign < 0)
      append(&b, k == 0 && term->sign < 0 ? "-" : op);
    if (rel->scope == NB_REL_PER_COLUMN) {
      append(&b, nb_rule_row_name(t->spec, term->index, en));
    } else {
      const nb_column_spec *col = block_column(t, rel->block, term->index);
      append(&b, col ? col->label : "?");
    }
  }
  return nb_rule_buf_take(&b);
}

static void report(nb_check_ctx *ctx, const nb_table *t, const nb_relation *rel,
                   const nb_relation_check *c) {
  char reported[32], computed[32], blanks_zh[96] = "", blanks_en[96] = "";
  nb_rule_format_value(c->reported, reported, sizeof reported);
  nb_rule_format_value(c->computed, computed, sizeof computed);
  if (c->nblank > 0) {
    snprintf(blanks_zh, sizeof blanks_zh, "（其中%d个空白单元格按0计）", c->nblank);
    snprintf(blanks_en, sizeof blanks_en, " (%d blank cell%s counted as 0)", c->nblank,
             c->nblank == 1 ? "" : "s");
  }
  char *name_zh = target_name(t, rel, c, false), *name_en = target_name(t, rel, c, true);
  char *sum_zh = formula(t, rel, false), *sum_en = formula(t, rel, true);
  nb_diag *d =
      nb_diag_add(ctx->out, rel->rule, c->target->span, "%s%.0s填报%s，按%s%.0s计算应为%s%s%.0s",
                  "%.0s%s is reported as %s, but %.0s%s = %s%.0s%s", name_zh, name_en, reported,
                  sum_zh, sum_en, computed, blanks_zh, blanks_en);
  nb_diag_reserve_related(d, c->nparts);
  for (int k = 0; k < c->nparts; k++) {
    const nb_relation_part *p = &c->parts[k];
    char value[32];
    if (p->blank) {
      nb_rule_relate_cell(d, p->cell->span, t->spec, p->row, p->col, "空白，按0计",
                          "blank, counted as 0");
      continue;
    }
    nb_rule_format_value(p->cell->value, value, sizeof value);
    nb_rule_relate_cell(d, p->cell->span, t->spec, p->row, p->col, value, value);
  }
  char title_zh[64], title_en[64];
  snprintf(title_zh, sizeof title_zh, "改为计算值%s", computed);
  snprintf(title_en, sizeof title_en, "set to the computed value %s", computed);
  nb_diag_add_fix(d, false, c->target->span, computed, title_zh, title_en);
  free(name_zh);
  free(name_en);
  free(sum_zh);
  free(sum_en);
}

/* Nearly every relation holds: its parts are listed, for the finding, only when it fails. */
static void check_at(nb_check_ctx *ctx, const nb_table *t, const nb_relation *rel,
                     const nb_relation_terms *terms, int at) {
  nb_relation_check c;
  if (!nb_relation_eval_sum(t, rel, terms, at, &c) || !nb_relation_fails(&c) ||
      !nb_relation_eval_terms(t, rel, terms, at, &c))
    return;
  report(ctx, t, rel, &c);
  nb_relation_check_free(&c);
}

static void check_relation(nb_check_ctx *ctx, const nb_table *t, int k) {
  const nb_relation *rel = &t->spec->relations[k];
  if (rel->block < 0 || rel->block >= t->spec->nblocks)
    return;
  nb_relation_terms terms;
  nb_relation_expand(t, rel, &terms);
  if (rel->scope == NB_REL_PER_COLUMN) {
    for (int c = 0; c < t->spec->blocks[rel->block].ncolumns; c++)
      check_at(ctx, t, rel, &terms, c);
    nb_relation_terms_free(&terms);
    return;
  }
  for (int i = 0; i < t->spec->nrows; i++) {
    const nb_row *row = &t->rows[i];
    bool holds_values = t->spec->rows[i].kind == NB_ROW_DATA || row->group_as_data;
    /* Values cut out of run-together digits by this relation cannot test it. */
    bool chose = k < 32 && (row->chosen_by_relations & (1u << k));
    if (t->spec->rows[i].block == rel->block && row->present && holds_values && !chose)
      check_at(ctx, t, rel, &terms, i);
  }
  nb_relation_terms_free(&terms);
}

void nb_check_arithmetic(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    if (!t->found || t->unreadable != NB_UNREADABLE_NONE || !t->spec || !t->rows)
      continue;
    for (int i = 0; i < t->spec->nrelations; i++)
      check_relation(ctx, t, i);
  }
}
