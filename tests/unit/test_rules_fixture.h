/* Hand-built report models for the rule tests (test_rules_*.c).
 *
 * The front-end and the table reader are other modules; these tests must not depend on them,
 * so this fixture does the smallest faithful job of both on a text literal: every non-blank
 * line becomes a stream item, lines "N、title" become sections (title matched exactly, as a
 * template variant, or as a typo within edit distance 2), and pipe lines "| label | 1 | 2 |"
 * become table rows placed by their normalised label. Tests then adjust the model by hand
 * (unreadable, group_as_data, runs, outdated …) to state exactly what the reader observed. */
#ifndef TEST_RULES_FIXTURE_H
#define TEST_RULES_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/engine.h"
#include "core/model.h"
#include "core/text.h"
#include "core/xalloc.h"

typedef struct {
  char *text;
  nb_report r;
  nb_diag_list out;
  nb_check_ctx ctx;
} fx;

static inline size_t fx_off(const fx *f, const char *needle) {
  const char *p = strstr(f->text, needle);
  return p ? (size_t)(p - f->text) : (size_t)-1;
}

/* Offset of the n-th (0-based) occurrence of needle. */
static inline size_t fx_off_nth(const fx *f, const char *needle, int n) {
  const char *p = f->text;
  for (int k = 0; p && k <= n; k++) {
    p = strstr(p, needle);
    if (p && k < n)
      p += strlen(needle);
  }
  return p ? (size_t)(p - f->text) : (size_t)-1;
}

static inline int fx_title_id(const nb_template *tpl, const char *title, size_t len,
                              nb_match *match) {
  char *t = nb_normalize_label(title, len);
  int best = -1, best_d = 3;
  for (int k = 0; k < NB_SECTION_COUNT && best < 0; k++) {
    const nb_section_spec *s = &tpl->sections[k];
    char *o = nb_normalize_label(s->title, strlen(s->title));
    if (strcmp(o, t) == 0) {
      best = k;
      *match = NB_MATCH_EXACT;
    }
    free(o);
    for (int v = 0; best < 0 && s->variants[v]; v++) {
      char *w = nb_normalize_label(s->variants[v], strlen(s->variants[v]));
      if (strcmp(w, t) == 0) {
        best = k;
        *match = NB_MATCH_VARIANT;
      }
      free(w);
    }
  }
  for (int k = 0; k < NB_SECTION_COUNT && best < 0; k++) {
    char *o = nb_normalize_label(tpl->sections[k].title, strlen(tpl->sections[k].title));
    int d = nb_edit_distance(o, t);
    if (d < best_d) {
      best_d = d;
      best = k;
      *match = NB_MATCH_TYPO;
    }
    free(o);
  }
  free(t);
  return best;
}

static inline void fx_add_section(fx *f, int item, size_t line_start, size_t line_end) {
  const char *s = f->text;
  size_t i = line_start;
  while (i < line_end && (s[i] == '#' || s[i] == ' ' || s[i] == '*'))
    i++;
  size_t nb = 0;
  int value = nb_parse_cn_numeral(s + i, line_end - i, &nb);
  if (!value || strncmp(s + i + nb, "、", strlen("、")) != 0)
    return;
  size_t ts = i + nb + strlen("、"), te = line_end;
  while (te > ts && (s[te - 1] == '*' || s[te - 1] == ' '))
    te--;
  nb_match match = NB_MATCH_NONE;
  int id = fx_title_id(f->r.tpl, s + ts, te - ts, &match);
  if (id < 0)
    return;
  f->r.sections = nb_xrealloc(f->r.sections, (size_t)(f->r.nsections + 1) * sizeof(nb_section));
  nb_section *sec = &f->r.sections[f->r.nsections++];
  memset(sec, 0, sizeof *sec);
  sec->id = (nb_section_id)id;
  sec->heading = nb_span_make(line_start, line_end);
  sec->numeral = nb_span_make(i, i + nb);
  sec->numeral_value = value;
  sec->title = nb_span_make(ts, te);
  sec->title_match = match;
  sec->first_item = item + 1;
  f->r.stream.items[item].kind = NB_ITEM_HEADING;
}

/* Builds the stream and the sections; report year 2023 (2021 template) unless changed. */
static inline void fx_begin(fx *f, const char *text) {
  memset(f, 0, sizeof *f);
  f->text = nb_xstrdup(text);
  size_t len = strlen(text);
  nb_report_init(&f->r, f->text, len);
  f->r.year = 2023;
  int blank = 0;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(f->text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - f->text) : len;
    size_t ts = at, te = end;
    nb_trim_span(f->text, &ts, &te);
    if (ts == te) {
      blank = 1;
    } else {
      nb_stream_item item;
      memset(&item, 0, sizeof item);
      item.kind = NB_ITEM_LINE;
      item.span = nb_span_make(at, end);
      item.blank_before = blank;
      blank = 0;
      int idx = nb_stream_push(&f->r.stream, &item);
      fx_add_section(f, idx, at, end);
    }
    at = end + 1;
  }
  for (int k = 0; k < f->r.nsections; k++) {
    nb_section *s = &f->r.sections[k];
    s->end_item = k + 1 < f->r.nsections ? f->r.sections[k + 1].first_item - 1 : f->r.stream.nitems;
    size_t body_end = k + 1 < f->r.nsections ? f->r.sections[k + 1].heading.start : len;
    s->body = nb_span_make(s->heading.end < len ? s->heading.end + 1 : len, body_end);
  }
  nb_diag_list_init(&f->out);
  f->ctx.report = &f->r;
  f->ctx.out = &f->out;
}

static inline void fx_end(fx *f) {
  nb_diag_list_free(&f->out);
  nb_report_free(&f->r);
  free(f->text);
}

static inline void fx_parse_cell(fx *f, nb_cell *c, size_t start, size_t end) {
  nb_trim_span(f->text, &start, &end);
  c->span = nb_span_make(start, end);
  const char *s = f->text + start;
  size_t n = end - start;
  if (n == 0) {
    c->state = NB_CELL_BLANK;
    return;
  }
  static const char *const placeholders[] = {"/", "-", "—", "无", NULL};
  for (int k = 0; placeholders[k]; k++)
    if (n == strlen(placeholders[k]) && memcmp(s, placeholders[k], n) == 0) {
      c->state = NB_CELL_PLACEHOLDER;
      return;
    }
  for (size_t k = 0; k < n; k++)
    if (!((s[k] >= '0' && s[k] <= '9') || s[k] == '.')) {
      c->state = NB_CELL_INVALID;
      return;
    }
  c->state = NB_CELL_VALUE;
  c->value = strtod(s, NULL);
}

static inline int fx_row_for_label(const nb_table_spec *spec, const char *label, size_t len,
                                   nb_match *match) {
  if (len == 0) {
    *match = NB_MATCH_POSITIONAL;
    for (int i = 0; i < spec->nrows; i++)
      if (!spec->rows[i].label)
        return i;
    return -1;
  }
  char *want = nb_normalize_label(label, len);
  int best = -1, best_d = 4;
  for (int i = 0; i < spec->nrows; i++) {
    if (!spec->rows[i].label)
      continue;
    char *o = nb_normalize_label(spec->rows[i].label, strlen(spec->rows[i].label));
    int d = nb_edit_distance(o, want);
    free(o);
    if (d < best_d) {
      best_d = d;
      best = i;
    }
  }
  free(want);
  *match = best_d == 0 ? NB_MATCH_EXACT : NB_MATCH_TYPO;
  return best;
}

/* Reads the pipe rows of table `id` starting at the line that contains `first_line`: every
 * following line that starts with '|' is a row; its first cell is the label. */
static inline nb_table *fx_table(fx *f, nb_table_id id, const char *first_line) {
  nb_table *t = &f->r.tables[id];
  size_t at = fx_off(f, first_line), len = strlen(f->text);
  while (at > 0 && f->text[at - 1] != '\n')
    at--;
  t->found = true;
  t->layout = NB_LAYOUT_PIPE;
  t->span = nb_span_make(at, at);
  while (at < len && f->text[at] == '|') {
    const char *nl = memchr(f->text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - f->text) : len;
    size_t bars[64];
    int nbars = 0;
    for (size_t k = at; k < end && nbars < 64; k++)
      if (f->text[k] == '|')
        bars[nbars++] = k;
    if (nbars >= 2) {
      size_t ls = bars[0] + 1, le = bars[1];
      nb_trim_span(f->text, &ls, &le);
      nb_match match;
      int row = fx_row_for_label(t->spec, f->text + ls, le - ls, &match);
      if (row >= 0) {
        nb_row *r = &t->rows[row];
        r->present = true;
        r->label = nb_span_make(ls, le);
        r->match = match;
        for (int c = 0; c + 2 < nbars && c < r->ncells; c++)
          fx_parse_cell(f, &r->cells[c], bars[c + 1] + 1, bars[c + 2]);
      }
    }
    t->span.end = end;
    at = end + 1;
  }
  return t;
}

static inline int fx_count(const fx *f, const char *rule) {
  int n = 0;
  for (int i = 0; i < f->out.count; i++)
    n += strcmp(f->out.items[i].rule, rule) == 0;
  return n;
}

/* The n-th (0-based) diagnostic of `rule`, in the order the rules added them. */
static inline const nb_diag *fx_diag(const fx *f, const char *rule, int n) {
  for (int i = 0; i < f->out.count; i++)
    if (strcmp(f->out.items[i].rule, rule) == 0 && n-- == 0)
      return &f->out.items[i];
  return NULL;
}

/* Table 三 of the 2021 template in pipe form, row by row; values are seed 004's (一 12, （一）4,
 * （四）1 8, （七）12, everything else 0). Tests swap single rows to inject faults. */
#define FX_Z7 " 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
#define FX_T3_R0 "| 一、本年新收政府信息公开申请数量 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |\n"
#define FX_T3_R1 "| 二、上年结转政府信息公开申请数量 |" FX_Z7
#define FX_T3_R2 "| 三、本年度办理结果 |\n"
#define FX_T3_R3 "| （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
#define FX_T3_R4 "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |" FX_Z7
#define FX_T3_R5_13                                                                                \
  "| （三）不予公开 |\n"                                                                    \
  "| 1.属于国家秘密 |" FX_Z7 "| 2.其他法律行政法规禁止公开 |" FX_Z7                                \
  "| 3.危及“三安全一稳定” |" FX_Z7 "| 4.保护第三方合法权益 |" FX_Z7                                \
  "| 5.属于三类内部事务信息 |" FX_Z7 "| 6.属于四类过程性信息 |" FX_Z7                              \
  "| 7.属于行政执法案卷 |" FX_Z7 "| 8.属于行政查询事项 |" FX_Z7
#define FX_T3_R14_17                                                                               \
  "| （四）无法提供 |\n"                                                                    \
  "| 1.本机关不掌握相关政府信息 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |\n"                       \
  "| 2.没有现成信息需要另行制作 |" FX_Z7 "| 3.补正后申请内容仍不明确 |" FX_Z7
#define FX_T3_R18_23                                                                               \
  "| （五）不予处理 |\n"                                                                    \
  "| 1.信访举报投诉类申请 |" FX_Z7 "| 2.重复申请 |" FX_Z7 "| 3.要求提供公开出版物 |" FX_Z7         \
  "| 4.无正当理由大量反复申请 |" FX_Z7 "| 5.要求行政机关确认或重新出具已获取信息 |" FX_Z7
#define FX_T3_R24_27                                                                               \
  "| （六）其他处理 |\n"                                                                    \
  "| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 |" FX_Z7                     \
  "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 |" FX_Z7             \
  "| 3.其他 |" FX_Z7
#define FX_T3_R28 "| （七）总计 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |\n"
#define FX_T3_R29 "| 四、结转下年度继续办理 |" FX_Z7
#define FX_T3_HEAD "三、收到和处理政府信息公开申请情况\n\n"
#define FX_T3_SEED004                                                                              \
  FX_T3_R0 FX_T3_R1 FX_T3_R2 FX_T3_R3 FX_T3_R4 FX_T3_R5_13 FX_T3_R14_17 FX_T3_R18_23 FX_T3_R24_27  \
      FX_T3_R28 FX_T3_R29

#endif
