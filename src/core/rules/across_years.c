/* Across years (--previous): this year's 上年结转 against last year's 结转下年度继续办理
 * (carryover-mismatch), and long passages repeated word for word from last year's report
 * (copied-text).
 *
 * Copied text is compared sentence by sentence on the prose buffers (spaces and line breaks
 * gone, tables and headings left out); a run of consecutive repeated sentences is one passage,
 * reported once when it is long enough. Statutory boilerplate (本报告…编制, 统计期限, the fee
 * statement) repeats every year by design and is never counted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "../xalloc.h"
#include "prose_rules.h"
#include "prose_text.h"
#include "prose_words.h"
#include "rule_util.h"
#include "table_names.h"

enum { MIN_COPIED_CPS = 60 };

/* ---------------------------------------------------------------- carryover-mismatch */

static void check_carryover(nb_check_ctx *ctx) {
  const nb_table *now = &ctx->report->tables[NB_TABLE_APPLICATIONS];
  const nb_table *before = &ctx->previous->tables[NB_TABLE_APPLICATIONS];
  if (!nb_prose_table_usable(now) || !nb_prose_table_usable(before))
    return;
  int year = ctx->report->year, prev_year = ctx->previous->year;
  if (year > 0 && prev_year > 0 && prev_year != year - 1)
    return; /* not last year's report: nothing to carry over */
  int row_in = nb_prose_row(now, nb_pw_row_carried);
  int row_out = nb_prose_row(before, nb_pw_row_carry_out);
  if (row_in < 0 || row_out < 0 || !now->rows[row_in].present || !before->rows[row_out].present)
    return;
  const nb_row *in = &now->rows[row_in], *out = &before->rows[row_out];
  const nb_block_spec *blk = &now->spec->blocks[now->spec->rows[row_in].block];
  for (int c = 0; c < in->ncells; c++) {
    const nb_column_spec *col = &blk->columns[c];
    int pc = nb_prose_column(before, row_out, col->group, col->label, 0);
    if (pc < 0 || pc >= out->ncells)
      continue;
    const nb_cell *a = &in->cells[c], *b = &out->cells[pc];
    if (a->state != NB_CELL_VALUE || b->state != NB_CELL_VALUE || a->value == b->value)
      continue;
    char va[32], vb[32], name[256];
    nb_rule_format_value(a->value, va, sizeof va);
    nb_rule_format_value(b->value, vb, sizeof vb);
    nb_rule_column_name(col, name, sizeof name);
    int line = 1;
    for (size_t i = 0; i < b->span.start && i < ctx->previous->len; i++)
      line += ctx->previous->text[i] == '\n';
    char zh[512], en[512];
    snprintf(zh, sizeof zh, "“%s”的“%s”列为%s，但上年报告第%d行的“%s”为%s",
             now->spec->rows[row_in].label, name, va, line, before->spec->rows[row_out].label, vb);
    snprintf(en, sizeof en,
             "column “%s”: %s carried over, but last year's report (line %d) carried %s forward",
             name, va, line, vb);
    nb_diag_add(ctx->out, "carryover-mismatch", a->span, "%s%.0s", "%.0s%s", zh, en);
  }
}

/* ---------------------------------------------------------------- copied-text */

typedef struct {
  size_t s, e; /* in the prose buffer */
} sentence_range;

typedef struct {
  sentence_range *items;
  int n, cap;
} sentences;

static void split(const nb_prose *p, sentences *out) {
  memset(out, 0, sizeof *out);
  for (size_t si = 0; si < p->nsentences; si++) {
    size_t s = p->sentences[si].start, e = p->sentences[si].end;
    /* "下一步，将抓好以下工作：一是…": the list after a colon is a unit of its own. */
    for (size_t at = s; at < e;) {
      size_t colon = nb_prose_find(p->buf, at, e, nb_pw_copy_unit_break);
      size_t end = colon == (size_t)-1 ? e : colon;
      if (end > at) {
        nb_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items);
        out->items[out->n++] = (sentence_range){at, end};
      }
      at = colon == (size_t)-1 ? e : colon + strlen(nb_pw_copy_unit_break);
    }
  }
}

static bool boilerplate(const nb_prose *p, const sentence_range *r) {
  return nb_prose_find_any(p->buf, r->s, r->e, nb_pw_boilerplate) != NULL;
}

/* Index of the same sentence in the previous report, or -1. */
static int find_same(const nb_prose *p, const sentence_range *r, const nb_prose *q,
                     const sentences *qs) {
  size_t n = r->e - r->s;
  for (int k = 0; k < qs->n; k++)
    if (qs->items[k].e - qs->items[k].s == n &&
        memcmp(p->buf + r->s, q->buf + qs->items[k].s, n) == 0)
      return k;
  return -1;
}

static int line_of(const char *text, size_t len, size_t at) {
  int line = 1;
  for (size_t i = 0; i < at && i < len; i++)
    line += text[i] == '\n';
  return line;
}

static void report_passage(nb_check_ctx *ctx, const nb_prose *p, const nb_prose *q,
                           const sentence_range *first, const sentence_range *last,
                           const sentence_range *prev_first, size_t cps) {
  nb_span span = nb_prose_span(p, first->s, last->e);
  int line = line_of(ctx->previous->text, ctx->previous->len, nb_prose_source(q, prev_first->s));
  char zh[256], en[256];
  snprintf(zh, sizeof zh, "这段文字（%zu字）与上年报告第%d行起的内容完全相同", cps, line);
  snprintf(en, sizeof en,
           "this passage (%zu characters) is identical to last year's report from line %d", cps,
           line);
  nb_diag_add(ctx->out, "copied-text", span, "%s%.0s", "%.0s%s", zh, en);
}

static void check_copied(nb_check_ctx *ctx) {
  nb_prose p, q;
  nb_prose_build(ctx->report, &p);
  nb_prose_build(ctx->previous, &q);
  sentences ps, qs;
  split(&p, &ps);
  split(&q, &qs);
  int run_start = -1, run_prev = -1;
  size_t run_cps = 0;
  for (int k = 0; k <= ps.n; k++) {
    int same = -1;
    if (k < ps.n && !boilerplate(&p, &ps.items[k]))
      same = find_same(&p, &ps.items[k], &q, &qs);
    /* A passage is a run of repeated sentences with nothing new between them. */
    bool joins = same >= 0 && run_start >= 0 &&
                 !memchr(p.buf + ps.items[k - 1].e, '\n', ps.items[k].s - ps.items[k - 1].e);
    if (same >= 0 && joins) {
      run_cps += nb_prose_cps(p.buf, ps.items[k].s, ps.items[k].e);
      continue;
    }
    if (run_start >= 0 && run_cps >= MIN_COPIED_CPS)
      report_passage(ctx, &p, &q, &ps.items[run_start], &ps.items[k - 1], &qs.items[run_prev],
                     run_cps);
    run_start = same >= 0 ? k : -1;
    run_prev = same;
    run_cps = same >= 0 ? nb_prose_cps(p.buf, ps.items[k].s, ps.items[k].e) : 0;
  }
  free(ps.items);
  free(qs.items);
  nb_prose_free(&p);
  nb_prose_free(&q);
}

void nb_check_across_years(nb_check_ctx *ctx) {
  if (!ctx->previous)
    return;
  check_carryover(ctx);
  check_copied(ctx);
}
