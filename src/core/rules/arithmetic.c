/* Arithmetic rules: every relation of every table's template (sum-balance, sum-outcome,
 * sum-row, sum-review …) checked by the generic evaluator in relation.c. No table is named
 * here; which cells add up to which is data (templates.c).
 *
 * A table that was not found or could not be read gets no arithmetic at all: its numbers are
 * not trustworthy enough to accuse the report of an error. */
#include <string.h>

#include "../engine.h"
#include "relation.h"
#include "rule_util.h"
#include "table_names.h"

static const nb_column_spec *block_column(const nb_table *t, int block, int col) {
  const nb_block_spec *b = &t->spec->blocks[block];
  return col >= 0 && col < b->ncolumns ? &b->columns[col] : NULL;
}

static void append(nb_rule_buf *b, const char *s) {
  nb_rule_buf_append(b, s, strlen(s));
}

/* "行政复议“总计”" / "行政复议 “总计”"; just the quoted label when the column has no group. */
static void column_display(nb_rule_buf *b, const nb_column_spec *c, bool en) {
  if (!c) {
    append(b, "“?”");
    return;
  }
  if (c->group) {
    append(b, c->group);
    if (en)
      append(b, " ");
  }
  append(b, "“");
  append(b, c->label);
  append(b, "”");
}

/* The target cell, named the way a reader finds it. */
static void target_name(nb_rule_buf *b, const nb_table *t, const nb_relation *rel,
                        const nb_relation_check *c, bool en) {
  const nb_column_spec *col = block_column(t, rel->block, c->target_col);
  const char *row = t->spec->rows[c->target_row].label;
  if (rel->scope == NB_REL_PER_ROW) {
    if (row) {
      append(b, en ? "row “" : "“");
      append(b, row);
      append(b, en ? "”, " : "”行");
    }
    column_display(b, col, en);
    return;
  }
  if (en)
    append(b, "column ");
  column_display(b, col, en);
  append(b, en ? ", row “" : "列“");
  append(b, nb_rule_row_name(t->spec, c->target_row, en));
  append(b, "”");
}

/* "结果维持+结果纠正+其他结果+尚未审结" (zh) or "结果维持 + 结果纠正 + …" (en). */
static void formula(nb_rule_buf *b, const nb_table *t, const nb_relation *rel, bool en) {
  for (int k = 0; k < rel->nterms; k++) {
    const nb_term *term = &rel->terms[k];
    const char *op = term->sign < 0 ? (en ? " - " : "-") : (en ? " + " : "+");
    if (k > 0 || term->sign < 0)
      append(b, k == 0 && term->sign < 0 ? "-" : op);
    if (rel->scope == NB_REL_PER_COLUMN) {
      append(b, nb_rule_row_name(t->spec, term->index, en));
    } else {
      const nb_column_spec *col = block_column(t, rel->block, term->index);
      append(b, col ? col->label : "?");
    }
  }
}

/* The finding's texts in each language, assembled on the stack (appends, no printf): the
 * target's name and the formula. */
enum { TEXT_ROOM = 256 };
typedef struct {
  nb_rule_buf name_zh, name_en, sum_zh, sum_en;
  char room[4][TEXT_ROOM];
} finding_texts;

static void texts_build(finding_texts *x, const nb_table *t, const nb_relation *rel,
                        const nb_relation_check *c) {
  nb_rule_buf_init_in(&x->name_zh, x->room[0], TEXT_ROOM);
  nb_rule_buf_init_in(&x->name_en, x->room[1], TEXT_ROOM);
  nb_rule_buf_init_in(&x->sum_zh, x->room[2], TEXT_ROOM);
  nb_rule_buf_init_in(&x->sum_en, x->room[3], TEXT_ROOM);
  target_name(&x->name_zh, t, rel, c, false);
  target_name(&x->name_en, t, rel, c, true);
  formula(&x->sum_zh, t, rel, false);
  formula(&x->sum_en, t, rel, true);
}

static void texts_release(finding_texts *x) {
  nb_rule_buf_release(&x->name_zh);
  nb_rule_buf_release(&x->name_en);
  nb_rule_buf_release(&x->sum_zh);
  nb_rule_buf_release(&x->sum_en);
}

/* The piece of an assembled text. */
static nb_piece buf_piece(const nb_rule_buf *b) {
  return (nb_piece){b->s, b->len};
}

static void report(nb_check_ctx *ctx, const nb_table *t, const nb_relation *rel,
                   const nb_relation_check *c) {
  char reported[32], computed[32], blanks_zh[96] = "", blanks_en[96] = "";
  nb_rule_format_value(c->reported, reported, sizeof reported);
  nb_rule_format_value(c->computed, computed, sizeof computed);
  nb_piece value_reported = nb_piece_of(reported), value_computed = nb_piece_of(computed);
  if (c->nblank > 0) {
    char count[NB_DECIMAL_MAX];
    nb_piece blanks = {count, nb_decimal(count, c->nblank)};
    nb_pieces_put(blanks_zh,
                  (nb_piece[]){NB_PIECE("（其中"), blanks, NB_PIECE("个空白单元格按0计）")}, 3);
    nb_pieces_put(blanks_en,
                  (nb_piece[]){NB_PIECE(" ("), blanks, NB_PIECE(" blank cell"),
                               c->nblank == 1 ? NB_PIECE("") : NB_PIECE("s"),
                               NB_PIECE(" counted as 0)")},
                  5);
  }
  finding_texts x;
  texts_build(&x, t, rel, c);
  /* "%s填报%s，按%s计算应为%s%s" and its English, joined without a format */
  const nb_piece zh[] = {buf_piece(&x.name_zh), NB_PIECE("填报"),      value_reported,
                         NB_PIECE("，按"),      buf_piece(&x.sum_zh),  NB_PIECE("计算应为"),
                         value_computed,        nb_piece_of(blanks_zh)};
  const nb_piece en[] = {buf_piece(&x.name_en), NB_PIECE(" is reported as "), value_reported,
                         NB_PIECE(", but "),    buf_piece(&x.sum_en),         NB_PIECE(" = "),
                         value_computed,        nb_piece_of(blanks_en)};
  nb_diag *d = nb_diag_add_pieces(ctx->out, rel->rule, c->target->span, zh, NB_NPIECES(zh), en,
                                  NB_NPIECES(en));
  texts_release(&x);
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
  char title_zh[64], title_en[64]; /* the value has at most 31 bytes: no title is cut */
  nb_pieces_put(title_zh, (nb_piece[]){NB_PIECE("改为计算值"), value_computed}, 2);
  nb_pieces_put(title_en, (nb_piece[]){NB_PIECE("set to the computed value "), value_computed}, 2);
  nb_diag_add_fix(d, false, c->target->span, computed, title_zh, title_en);
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
