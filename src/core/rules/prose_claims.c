/* text-table-mismatch: a number in the prose that restates a table quantity but disagrees.
 *
 * Precision matters more than recall: a number counts as a claim only when, in its own clause,
 * a known anchor ("受理", "办结", "行政复议", "制发" …) stands right before it with the right
 * context (an application word, a disclosure word, 规范性文件), nothing in the clause makes it
 * a different quantity (consultations, a comparison, last year, a part, a narrower organ) and
 * it is not approximate. Every reading the spec allows is accepted ("收到 N件" may be 本年新收
 * or 本年新收 + 上年结转); a claim is reported only when it matches none. Tables that were not
 * found or cannot be read are never compared. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"
#include "prose_rules.h"
#include "prose_words.h"
#include "relation.h"
#include "rule_util.h"
#include "table_names.h"

enum { MAX_GAP_CPS = 14, MAX_READING_CELLS = 6, MAX_READINGS = 3 };

typedef struct {
  const nb_table *t;
  int row, col;
} cell_ref;

/* One way to read a claim: the sum of some cells. */
typedef struct {
  cell_ref cells[MAX_READING_CELLS];
  int ncells;
  double value;
  bool usable;
} reading;

typedef struct {
  nb_check_ctx *ctx;
  const nb_prose *p;
  const char *b;
  size_t s, e; /* the sentence */
  /* Set by a recognised total in this sentence, inherited by the parts after it. */
  nb_claim_kind outcome_of; /* NB_CLAIM_REVIEW or NB_CLAIM_LITIGATION */
  const nb_document_row *documents;
  struct statement_words *words;
} sentence;

/* ---------------------------------------------------------------- readings */

static const nb_table *table_of(const nb_report *r, nb_table_id id) {
  const nb_table *t = &r->tables[id];
  return nb_prose_table_usable(t) ? t : NULL;
}

/* Adds the cell at (row label, group, column label, n-th match); false when it is missing. */
static bool add_cell(reading *rd, const nb_table *t, const char *row_label, const char *group,
                     const char *col_label, int n) {
  if (!t || rd->ncells >= MAX_READING_CELLS)
    return false;
  int row = nb_prose_row(t, row_label);
  int col = row >= 0 ? nb_prose_column(t, row, group, col_label, n) : -1;
  if (col < 0 || !t->rows[row].present || col >= t->rows[row].ncells)
    return false;
  const nb_cell *c = &t->rows[row].cells[col];
  if (c->state != NB_CELL_VALUE)
    return false;
  rd->cells[rd->ncells++] = (cell_ref){t, row, col};
  rd->value += c->value;
  return true;
}

/* A reading of one or two totals of table 三. */
static reading applications_total(const nb_report *r, const char *row1, const char *row2) {
  reading rd = {0};
  const nb_table *t = table_of(r, NB_TABLE_APPLICATIONS);
  rd.usable = add_cell(&rd, t, row1, NULL, nb_pw_col_total, 0) &&
              (!row2 || add_cell(&rd, t, row2, NULL, nb_pw_col_total, 0));
  return rd;
}

/* The 总计 (or outcome column) of every table-四 group whose name starts with `group`. */
static reading review_columns(const nb_report *r, const char *group, const char *label) {
  reading rd = {0};
  const nb_table *t = table_of(r, NB_TABLE_REVIEW);
  rd.usable = add_cell(&rd, t, NULL, group, label, 0);
  for (int n = 1; rd.usable && add_cell(&rd, t, NULL, group, label, n); n++)
    ;
  return rd;
}

static int readings_for(const nb_report *r, nb_claim_kind kind, const nb_claim_anchor *a,
                        nb_claim_kind outcome_of, const nb_document_row *doc, reading *out) {
  const char *group =
      outcome_of == NB_CLAIM_LITIGATION ? nb_pw_group_litigation : nb_pw_group_review;
  switch (kind) {
  case NB_CLAIM_APPLICATIONS:
    out[0] = applications_total(r, nb_pw_row_new, NULL);
    out[1] = applications_total(r, nb_pw_row_new, nb_pw_row_carried);
    out[2] = applications_total(r, nb_pw_row_handled, NULL);
    return 3;
  case NB_CLAIM_RECEIVED:
    out[0] = applications_total(r, nb_pw_row_new, NULL);
    out[1] = applications_total(r, nb_pw_row_new, nb_pw_row_carried);
    return 2;
  case NB_CLAIM_HANDLED:
    out[0] = applications_total(r, nb_pw_row_handled, NULL);
    return 1;
  case NB_CLAIM_CARRIED_IN:
    out[0] = applications_total(r, nb_pw_row_carried, NULL);
    return 1;
  case NB_CLAIM_REVIEW:
    out[0] = review_columns(r, nb_pw_group_review, nb_pw_col_total);
    return 1;
  case NB_CLAIM_LITIGATION:
    out[0] = review_columns(r, nb_pw_group_litigation, nb_pw_col_total);
    return 1;
  case NB_CLAIM_OUTCOME:
    out[0] = review_columns(r, group, a->column);
    return 1;
  case NB_CLAIM_DOCUMENTS: {
    reading rd = {0};
    rd.usable = add_cell(&rd, table_of(r, NB_TABLE_ACTIVE), doc->row, NULL, a->column, 0);
    out[0] = rd;
    return 1;
  }
  case NB_CLAIM_NONE:
    break;
  }
  return 0;
}

/* "表三“一、本年新收…”行“总计”列" (+ more cells) "为0". */
/* How many leading cells `rd` shares with `before` (a reading that extends another, as
 * 本年新收 + 上年结转 extends 本年新收, is described by what it adds). */
static int shared_cells(const reading *before, const reading *rd) {
  int k = 0;
  while (before && k < before->ncells && k < rd->ncells && before->cells[k].t == rd->cells[k].t &&
         before->cells[k].row == rd->cells[k].row && before->cells[k].col == rd->cells[k].col)
    k++;
  return before && k == before->ncells ? k : 0;
}

static void describe(nb_rule_buf *b, const reading *rd, const reading *before, bool en) {
  int from = shared_cells(before, rd);
  if (from > 0) {
    /* "；加上…为29" / "; adding … = 29" */
    nb_rule_buf_printf(b, en ? "adding " : "加上");
    for (int k = from; k < rd->ncells; k++) {
      char place[512], value[32];
      nb_rule_cell_place(rd->cells[k].t->spec, rd->cells[k].row, rd->cells[k].col, en, place,
                         sizeof place);
      nb_rule_buf_printf(b, "%s%s", k > from ? (en ? " + " : "加") : "", place);
      if (k == rd->ncells - 1)
        nb_rule_buf_printf(b, en ? " = %s" : "为%s",
                           nb_rule_format_value(rd->value, value, sizeof value));
    }
    return;
  }
  for (int k = 0; k < rd->ncells; k++) {
    const cell_ref *c = &rd->cells[k];
    char place[512], table[64], value[32];
    nb_rule_cell_place(c->t->spec, c->row, c->col, en, place, sizeof place);
    if (k == 0)
      nb_rule_buf_printf(b, "%s%s",
                         en ? nb_rule_table_name_en(c->t->spec, table, sizeof table)
                            : nb_rule_table_name(c->t->spec, table, sizeof table),
                         en ? " " : "");
    else
      nb_rule_buf_printf(b, en ? " + " : "加");
    nb_rule_buf_printf(b, "%s", place);
    if (k == rd->ncells - 1)
      nb_rule_buf_printf(b, en ? " = %s" : "为%s",
                         nb_rule_format_value(rd->value, value, sizeof value));
  }
}

static void report(sentence *st, nb_span span, const char *quote, size_t qlen, const reading *rds,
                   int n) {
  nb_rule_buf zh, en;
  nb_rule_buf_init(&zh);
  nb_rule_buf_init(&en);
  nb_rule_buf_printf(&zh, "正文“%.*s”与表格不符：", (int)qlen, quote);
  nb_rule_buf_printf(&en, "the prose says “%.*s”, but ", (int)qlen, quote);
  const reading *before = NULL;
  for (int k = 0; k < n; k++) {
    if (!rds[k].usable)
      continue;
    if (before) {
      nb_rule_buf_printf(&zh, "；");
      nb_rule_buf_printf(&en, "; ");
    }
    describe(&zh, &rds[k], before, false);
    describe(&en, &rds[k], before, true);
    before = &rds[k];
  }
  char *mzh = nb_rule_buf_take(&zh), *men = nb_rule_buf_take(&en);
  nb_diag *d = nb_diag_add(st->ctx->out, "text-table-mismatch", span, "%s%.0s", "%.0s%s", mzh, men);
  free(mzh);
  free(men);
  for (int k = 0; k < n; k++) {
    for (int c = 0; rds[k].usable && c < rds[k].ncells; c++) {
      const cell_ref *cr = &rds[k].cells[c];
      const nb_cell *cell = &cr->t->rows[cr->row].cells[cr->col];
      char value[32];
      nb_rule_format_value(cell->value, value, sizeof value);
      nb_rule_relate_cell(d, cell->span, cr->t->spec, cr->row, cr->col, value, value);
    }
  }
}

/* The relation that fails on cell (row, col) as its total: its computed value and rule. False
 * when the cell is no broken total (or the relation chose the cell's own values). */
static bool broken_total(const nb_table *t, int row, int col, double *computed, const char **rule) {
  for (int k = 0; k < t->spec->nrelations; k++) {
    const nb_relation *rel = &t->spec->relations[k];
    bool per_column = rel->scope == NB_REL_PER_COLUMN;
    if ((per_column ? rel->target != row : rel->target != col) ||
        rel->block != t->spec->rows[row].block ||
        (k < 32 && (t->rows[row].chosen_by_relations & (1u << k))))
      continue;
    nb_relation_check c;
    if (!nb_relation_eval(t, rel, per_column ? col : row, &c))
      continue;
    bool fails = nb_relation_fails(&c);
    *computed = c.computed;
    nb_relation_check_free(&c);
    if (fails) {
      *rule = rel->rule;
      return true;
    }
  }
  return false;
}

/* A claim that disagrees with a total the arithmetic found broken but agrees with the value the
 * total should have: it confirms that finding, so it goes into its related locations instead of
 * a warning of its own. True when it did. */
static bool confirms_arithmetic(sentence *st, nb_span claim, const reading *rd, double value) {
  double corrected = 0;
  int broken = 0;
  double computed[MAX_READING_CELLS];
  const char *rules[MAX_READING_CELLS];
  for (int c = 0; c < rd->ncells; c++) {
    const cell_ref *cr = &rd->cells[c];
    rules[c] = NULL;
    if (broken_total(cr->t, cr->row, cr->col, &computed[c], &rules[c])) {
      corrected += computed[c];
      broken++;
    } else {
      corrected += cr->t->rows[cr->row].cells[cr->col].value;
    }
  }
  if (!broken || corrected != value)
    return false;
  nb_diag_list *out = st->ctx->out;
  for (int c = 0; c < rd->ncells; c++) {
    if (!rules[c])
      continue;
    nb_span cell = rd->cells[c].t->rows[rd->cells[c].row].cells[rd->cells[c].col].span;
    for (int i = 0; i < out->count; i++)
      if (strcmp(out->items[i].rule, rules[c]) == 0 && out->items[i].span.start == cell.start &&
          out->items[i].span.end == cell.end)
        nb_diag_add_related(&out->items[i], claim, "正文所述与计算值一致",
                            "the prose agrees with the computed value");
  }
  return true;
}

/* Compares a claim with its readings; reports when none of the usable ones agrees. */
static void compare(sentence *st, size_t quote_start, const nb_prose_number *num,
                    const reading *rds, int n) {
  bool any = false;
  for (int k = 0; k < n; k++) {
    if (!rds[k].usable)
      continue;
    any = true;
    if (rds[k].value == num->value)
      return;
  }
  if (!any)
    return;
  nb_span claim = nb_prose_span(st->p, quote_start, num->unit_end);
  for (int k = 0; k < n; k++)
    if (rds[k].usable && confirms_arithmetic(st, claim, &rds[k], num->value))
      return;
  report(st, nb_prose_span(st->p, num->start, num->unit_end), st->b + quote_start,
         num->unit_end - quote_start, rds, n);
}

/* ---------------------------------------------------------------- recognising a claim */

static nb_word_list clause_ends = NB_WORD_LIST(nb_pw_clause_ends);
static nb_word_list none_received = NB_WORD_LIST(nb_pw_none_received);
static nb_word_list none_fillers = NB_WORD_LIST(nb_pw_none_fillers);
static nb_word_list application_words = NB_WORD_LIST(nb_pw_application_words);
static nb_word_list none_trailers = NB_WORD_LIST(nb_pw_none_trailers);

/* The first bytes of the clause ends, for the walk back over a clause. */
static bool clause_end_firsts[256];
static pthread_once_t clause_end_firsts_once = PTHREAD_ONCE_INIT;

static void fill_clause_end_firsts(void) {
  for (int k = 0; nb_pw_clause_ends[k]; k++)
    clause_end_firsts[(unsigned char)nb_pw_clause_ends[k][0]] = true;
}

/* Start of the clause that holds position `at` inside [s, at). */
static size_t clause_start(const char *b, size_t s, size_t at) {
  /* The last clause end before `at` decides, so walk back from `at` and stop at the first:
   * this runs for every number in the prose. Only the bytes a clause end starts with are
   * tried (most of the clause is ideographs). */
  pthread_once(&clause_end_firsts_once, fill_clause_end_firsts);
  size_t len;
  for (size_t i = nb_prev_byte_in(b, s, at, clause_end_firsts); i > s;
       i = nb_prev_byte_in(b, s, i - 1, clause_end_firsts))
    if (nb_prose_at_word(&clause_ends, b, i - 1, at, &len))
      return i - 1 + len;
  return s;
}

/* Bit k set for each word of `words` that `allowed` lists too. */
static uint64_t allowed_mask(const char *const *words, const char *const *allowed) {
  uint64_t mask = 0;
  for (int k = 0; allowed && words[k] && k < 64; k++)
    for (int a = 0; allowed[a]; a++)
      if (strcmp(allowed[a], words[k]) == 0)
        mask |= (uint64_t)1 << k;
  return mask;
}

/* The excluded words an outcome's clause may hold (its parts: "其中"), worked out once rather
 * than by strcmp for every number. */
static uint64_t parts_allowed;
static pthread_once_t parts_allowed_once = PTHREAD_ONCE_INIT;

static void find_parts_allowed(void) {
  parts_allowed = allowed_mask(nb_pw_claim_excluded, nb_pw_part_words);
}

static bool has_word(const char *b, size_t from, size_t to, const char *const *words) {
  return nb_prose_has_any(b, from, to, words, 0);
}

/* A four-digit year before the anchor that is not the report year. */
static bool other_year(const nb_report *r, const char *b, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    nb_prose_number n;
    if (!nb_prose_number_at(b, i, to, &n))
      continue;
    if (n.end - n.start == 4 && nb_prose_starts(b, n.end, to, "年") && r->year > 0 &&
        (int)n.value != r->year)
      return true;
    i = n.end;
  }
  return false;
}

typedef struct {
  const nb_claim_anchor *a;
  size_t start, end;
} anchor_hit;

/* The anchors' words, as one list searched in one pass (kept for the life of the process). */
static const char **anchor_words;
static pthread_once_t anchor_words_once = PTHREAD_ONCE_INIT;

static void list_anchor_words(void) {
  anchor_words = nb_xcalloc((size_t)nb_pw_nclaim_anchors + 1, sizeof *anchor_words);
  for (int k = 0; k < nb_pw_nclaim_anchors; k++)
    anchor_words[k] = nb_pw_claim_anchors[k].word;
}

/* The first anchor from k on that occurs (last[k] is not (size_t)-1), or n: the first 64 by
 * the bits of `occur`, without a test per anchor (nearly all of some twenty occur nowhere). */
static int next_anchor(uint64_t occur, const size_t *last, int k, int n) {
  if (k < 64) {
    uint64_t rest = occur & (~(uint64_t)0 << k);
    if (rest)
      return __builtin_ctzll(rest);
    k = 64;
  }
  while (k < n && last[k] == (size_t)-1)
    k++;
  return k < n ? k : n;
}

/* The anchor closest before the number; *conflict when the clause names two different
 * quantities (a generic 依申请公开 and an outcome's own total do not conflict). */
static bool find_anchor(const char *b, size_t from, size_t to, anchor_hit *hit, bool *conflict,
                        nb_claim_kind *total_in_clause) {
  pthread_once(&anchor_words_once, list_anchor_words);
  size_t stack_last[64];
  size_t *last = nb_pw_nclaim_anchors <= 64
                     ? stack_last
                     : nb_xmalloc((size_t)nb_pw_nclaim_anchors * sizeof *last);
  uint64_t occur = nb_prose_find_last_each(b, from, to, anchor_words, last);
  anchor_hit best = {0}, generic = {0};
  nb_claim_kind seen = NB_CLAIM_NONE;
  *conflict = false;
  *total_in_clause = NB_CLAIM_NONE;
  const int n = nb_pw_nclaim_anchors;
  for (int k = next_anchor(occur, last, 0, n); k < n; k = next_anchor(occur, last, k + 1, n)) {
    const nb_claim_anchor *a = &nb_pw_claim_anchors[k];
    anchor_hit h = {a, last[k], last[k] + strlen(a->word)};
    if (a->kind == NB_CLAIM_APPLICATIONS) {
      generic = h;
      continue;
    }
    if (a->kind == NB_CLAIM_REVIEW || a->kind == NB_CLAIM_LITIGATION)
      *total_in_clause = a->kind;
    if (seen != NB_CLAIM_NONE && seen != a->kind)
      *conflict = true;
    seen = a->kind;
    if (!best.a || h.end > best.end ||
        (h.end == best.end && h.end - h.start > best.end - best.start))
      best = h;
  }
  if (best.a && best.a->kind == NB_CLAIM_OUTCOME && *conflict) {
    /* "行政复议结果维持3件": the total names the group; nothing else may be there. */
    nb_claim_kind only = NB_CLAIM_NONE;
    bool other = false;
    for (int k = 0; k < nb_pw_nclaim_anchors; k++) {
      const nb_claim_anchor *a = &nb_pw_claim_anchors[k];
      if (a->kind == NB_CLAIM_APPLICATIONS || a->kind == NB_CLAIM_OUTCOME || last[k] == (size_t)-1)
        continue;
      if (a->kind == NB_CLAIM_REVIEW || a->kind == NB_CLAIM_LITIGATION)
        other = other || (only != NB_CLAIM_NONE && only != a->kind), only = a->kind;
      else
        other = true;
    }
    *conflict = other;
  }
  if (last != stack_last)
    free(last);
  *hit = best.a ? best : generic;
  return hit->a != NULL;
}

static const nb_document_row *document_row_in(const char *b, size_t from, size_t to) {
  for (int k = 0; nb_pw_document_rows[k].word; k++)
    if (nb_prose_find(b, from, to, nb_pw_document_rows[k].word) != (size_t)-1)
      return &nb_pw_document_rows[k];
  return NULL;
}

static bool is_item_unit(const char *unit) {
  for (int k = 0; unit && nb_pw_item_units[k]; k++)
    if (strcmp(unit, nb_pw_item_units[k]) == 0)
      return true;
  return false;
}

static void check_number(sentence *st, const nb_prose_number *num) {
  const char *b = st->b;
  const nb_report *r = st->ctx->report;
  if (!num->unit || num->decimal)
    return;
  size_t cs = clause_start(b, st->s, num->start);
  anchor_hit h;
  bool conflict;
  nb_claim_kind total_in_clause;
  if (!find_anchor(b, cs, num->start, &h, &conflict, &total_in_clause) || conflict)
    return;
  nb_claim_kind kind = h.a->kind;
  /* The anchor must stand right before the number, with words only between them. */
  if (nb_prose_cps(b, h.end, num->start) > MAX_GAP_CPS)
    return;
  for (size_t i = h.end; i < num->start; i++)
    if (b[i] >= '0' && b[i] <= '9')
      return;
  if (num->approx_after || has_word(b, h.end, num->start, nb_pw_approx_before))
    return;
  pthread_once(&parts_allowed_once, find_parts_allowed);
  uint64_t allowed = kind == NB_CLAIM_OUTCOME ? parts_allowed : 0;
  if (nb_prose_has_any(b, cs, h.start, nb_pw_claim_excluded, allowed) ||
      nb_prose_has_any(b, h.end, num->start, nb_pw_claim_excluded, allowed) ||
      other_year(r, b, cs, h.start))
    return;

  bool about_requests = kind == NB_CLAIM_APPLICATIONS || kind == NB_CLAIM_RECEIVED ||
                        kind == NB_CLAIM_HANDLED || kind == NB_CLAIM_CARRIED_IN;
  if (about_requests &&
      (is_item_unit(num->unit) || has_word(b, h.end, num->start, nb_pw_item_words)))
    return; /* documents or items disclosed, not requests */

  const nb_document_row *doc = NULL;
  switch (kind) {
  case NB_CLAIM_RECEIVED:
    if (!has_word(b, h.start, num->start, nb_pw_application_words))
      return;
    break;
  case NB_CLAIM_HANDLED:
  case NB_CLAIM_CARRIED_IN:
    if (!has_word(b, st->s, st->e, nb_pw_application_words))
      return;
    break;
  case NB_CLAIM_REVIEW:
  case NB_CLAIM_LITIGATION:
    if (!has_word(b, st->s, st->e, nb_pw_disclosure_words))
      return;
    st->outcome_of = kind;
    break;
  case NB_CLAIM_OUTCOME:
    if (total_in_clause != NB_CLAIM_NONE)
      st->outcome_of = total_in_clause;
    if (st->outcome_of == NB_CLAIM_NONE)
      return;
    break;
  case NB_CLAIM_DOCUMENTS:
    doc = document_row_in(b, cs, num->start);
    if (!doc)
      doc = st->documents;
    if (!doc)
      return;
    st->documents = doc;
    break;
  case NB_CLAIM_APPLICATIONS:
  case NB_CLAIM_NONE:
    break;
  }
  reading rds[MAX_READINGS];
  memset(rds, 0, sizeof rds);
  int n = readings_for(r, kind, h.a, st->outcome_of, doc, rds);
  compare(st, h.start, num, rds, n);
}

/* ---------------------------------------------------------------- statements without numbers */

/* "未收到政府信息公开申请": the end of the statement, or 0. */
static size_t none_received_at(const char *b, size_t at, size_t end) {
  size_t len;
  if (!nb_prose_at_word(&none_received, b, at, end, &len))
    return 0;
  size_t i = at + len;
  while (nb_prose_at_word(&none_fillers, b, i, end, &len))
    i += len;
  if (!nb_prose_at_word(&application_words, b, i, end, &len))
    return 0;
  i += len;
  while (nb_prose_at_word(&none_trailers, b, i, end, &len))
    i += len;
  if (i < end && !nb_prose_at_word(&clause_ends, b, i, end, &len))
    return 0;
  return i;
}

/* The 本年新收 cells of every 法人或其他组织 column: "申请人均为自然人" says they are all 0. */
static bool legal_applicants(const nb_report *r, reading *rd) {
  memset(rd, 0, sizeof *rd);
  const nb_table *t = table_of(r, NB_TABLE_APPLICATIONS);
  int row = t ? nb_prose_row(t, nb_pw_row_new) : -1;
  if (row < 0 || !t->rows[row].present)
    return false;
  const nb_block_spec *blk = &t->spec->blocks[t->spec->rows[row].block];
  for (int c = 0; c < blk->ncolumns && c < t->rows[row].ncells; c++) {
    const nb_column_spec *col = &blk->columns[c];
    if (!col->group || strncmp(col->group, nb_pw_group_legal, strlen(nb_pw_group_legal)) != 0)
      continue;
    const nb_cell *cell = &t->rows[row].cells[c];
    if (cell->state != NB_CELL_VALUE)
      return false;
    if (cell->value != 0 && rd->ncells < MAX_READING_CELLS)
      rd->cells[rd->ncells++] = (cell_ref){t, row, c};
    rd->value += cell->value;
  }
  rd->usable = rd->ncells > 0;
  return rd->usable;
}

/* The application words, each searched through the whole prose once (by a cursor) rather than
 * once per sentence: a statement without numbers is looked for only in a sentence that holds
 * one. */
struct statement_words {
  nb_prose_cursor *applications;
  int napplications;
  /* Whether the prose may hold an "all natural persons" statement (natural_only_gate). */
  bool natural_only;
};

/* Whether every "all natural persons" statement names the applications (申请人…): then only a
 * sentence with an application word can hold one, and the others are not searched for them
 * (a search of the whole prose per statement cost more than all the claims). */
static bool natural_only_names_applications;
static pthread_once_t natural_only_once = PTHREAD_ONCE_INIT;

static void find_natural_only_names_applications(void) {
  bool all = true;
  for (int k = 0; nb_pw_natural_only[k] && all; k++) {
    bool names = false;
    for (int a = 0; nb_pw_application_words[a] && !names; a++)
      names = nb_pw_application_words[a][0] &&
              strstr(nb_pw_natural_only[k], nb_pw_application_words[a]) != NULL;
    all = names;
  }
  natural_only_names_applications = all;
}

/* Whether every "all natural persons" statement holds nb_pw_natural_only_core: then a prose
 * without that word holds none, and its sentences are not searched for them. One search of the
 * whole prose per report costs a fraction of one per statement and sentence naming the
 * applications (most reports hold no such statement at all). */
static bool natural_only_share_core;
static pthread_once_t natural_only_core_once = PTHREAD_ONCE_INIT;

static void find_natural_only_share_core(void) {
  bool all = nb_pw_natural_only_core[0] != '\0';
  for (int k = 0; nb_pw_natural_only[k] && all; k++)
    all = strstr(nb_pw_natural_only[k], nb_pw_natural_only_core) != NULL;
  natural_only_share_core = all;
}

static bool natural_only_gate(const nb_prose *p) {
  pthread_once(&natural_only_core_once, find_natural_only_share_core);
  return !natural_only_share_core ||
         nb_prose_find(p->buf, 0, p->len, nb_pw_natural_only_core) != (size_t)-1;
}

static nb_prose_cursor *cursors_for(const char *const *words, int *n) {
  for (*n = 0; words[*n]; (*n)++)
    ;
  nb_prose_cursor *c = nb_xcalloc((size_t)*n + 1, sizeof *c);
  for (int k = 0; k < *n; k++)
    nb_prose_cursor_init(&c[k], words[k]);
  return c;
}

static void check_statements(sentence *st) {
  const nb_report *r = st->ctx->report;
  const char *b = st->b;
  struct statement_words *w = st->words;
  /* A "none received" statement names the applications after its first words
   * (none_received_at): a sentence without an application word holds none, and is not searched
   * for them (most sentences; searching each for every word cost more than the claims). Before
   * the first of those words that lies in the sentence, none_received_at finds nothing. */
  bool applications = false;
  for (int k = 0; k < w->napplications && !applications; k++)
    applications =
        nb_prose_cursor_find(&w->applications[k], b, st->p->len, st->s, st->e) != (size_t)-1;
  size_t first = st->e;
  for (int k = 0; applications && nb_pw_none_received[k]; k++) {
    size_t at = nb_prose_find(b, st->s, st->e, nb_pw_none_received[k]);
    if (at < first)
      first = at;
  }
  for (size_t i = first; i < st->e; i++) {
    size_t end = none_received_at(b, i, st->e);
    if (!end)
      continue;
    reading rd = applications_total(r, nb_pw_row_new, NULL);
    if (rd.usable && rd.value != 0)
      report(st, nb_prose_span(st->p, i, end), b + i, end - i, &rd, 1);
    break;
  }
  pthread_once(&natural_only_once, find_natural_only_names_applications);
  for (int k = 0; w->natural_only && nb_pw_natural_only[k] &&
                  (applications || !natural_only_names_applications);
       k++) {
    size_t at = nb_prose_find(b, st->s, st->e, nb_pw_natural_only[k]);
    if (at == (size_t)-1)
      continue;
    reading rd;
    size_t len = strlen(nb_pw_natural_only[k]);
    if (legal_applicants(r, &rd) && rd.value != 0)
      report(st, nb_prose_span(st->p, at, at + len), b + at, len, &rd, 1);
    break;
  }
}

void nb_check_text_table(nb_check_ctx *ctx, const nb_prose *p) {
  struct statement_words words;
  words.applications = cursors_for(nb_pw_application_words, &words.napplications);
  words.natural_only = natural_only_gate(p);
  size_t run = 0; /* the first digit run not yet passed */
  for (size_t si = 0; si < p->nsentences; si++) {
    size_t s = p->sentences[si].start, e = p->sentences[si].end;
    sentence st = {ctx, p, p->buf, s, e, NB_CLAIM_NONE, NULL, &words};
    /* A number starts where a run of digits does (nb_prose_number_at rejects any other digit);
     * the runs inside one read (its decimals) are passed over. */
    for (size_t read_to = s; run < p->ndigit_runs && p->digit_runs[run] < e; run++) {
      size_t i = p->digit_runs[run];
      nb_prose_number num;
      if (i < read_to || !nb_prose_number_at(p->buf, i, e, &num))
        continue;
      check_number(&st, &num);
      read_to = num.end;
    }
    check_statements(&st);
  }
  free(words.applications);
}
