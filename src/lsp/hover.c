/* textDocument/hover, from the model and the template, in the document's language:
 *
 *   - on a table cell: its table, row and column labels, its value as read, and every
 *     arithmetic relation it takes part in (as total or as a term), with the reported and the
 *     computed value and whether they agree;
 *   - on a section heading: what the template requires in that section, and what of it was
 *     found (the aspects of section 一, the table of 二/三/四, the statements of 五 and 六);
 *   - on a finding's range: the rule's documentation (the message itself the editor shows). */
#include <stdlib.h>
#include <string.h>

#include "../core/canonical.h"
#include "../core/catalog.h"
#include "../core/rules/keywords.h"
#include "../core/rules/relation.h"
#include "../core/rules/rule_util.h"
#include "../core/rules/table_names.h"
#include "../core/text.h"
#include "analysis.h"
#include "handlers.h"
#include "positions.h"
#include "server.h"

/* What each section is for, beyond what the model can check. */
static const struct {
  const char *zh, *en;
} section_purpose[NB_SECTION_COUNT] = {
    {"本年度政府信息公开工作的总体情况", "the year's disclosure work as a whole"},
    {"主动公开政府信息的情况，以表二填报", "proactive disclosure, reported in table 二"},
    {"收到和处理政府信息公开申请的情况，以表三填报",
     "requests received and handled, reported in table 三"},
    {"因政府信息公开引起的行政复议、行政诉讼情况，以表四填报",
     "administrative reviews and lawsuits over disclosure, reported in table 四"},
    {"存在的主要问题及改进情况", "the main problems and how they are being improved"},
    {"其他需要报告的事项", "other matters to report"},
};

static const struct {
  const char *zh, *en;
} layout_names[] = {
    [NB_LAYOUT_NONE] = {"", ""},
    [NB_LAYOUT_PIPE] = {"GFM 管道表", "GFM pipe table"},
    [NB_LAYOUT_HTML] = {"HTML 表格", "HTML table"},
    [NB_LAYOUT_TAB] = {"制表符分隔的文本", "tab-separated text"},
    [NB_LAYOUT_CELL_LINES] = {"一格一行的文本", "one cell per line"},
    [NB_LAYOUT_SPACED] = {"空格对齐的文本", "columns aligned by spaces"},
    [NB_LAYOUT_ROWS] = {"表格", "table"},
    [NB_LAYOUT_MIXED] = {"多种版式", "mixed layouts"},
};

typedef struct {
  nb_textbuf text;
  bool en;
  nb_span range; /* what the hover is about */
  bool has_range;
} hover;

static void put(hover *h, const char *zh, const char *en) {
  nb_textbuf_puts(&h->text, h->en ? en : zh);
}

static void paragraph(hover *h) {
  if (h->text.len > 0)
    nb_textbuf_puts(&h->text, "\n\n");
}

static void about(hover *h, nb_span span) {
  if (!h->has_range) {
    h->range = span;
    h->has_range = true;
  }
}

static bool contains(nb_span span, size_t offset) {
  return span.start <= offset &&
         (offset < span.end || (offset == span.end && span.start == span.end));
}

/* ---------------------------------------------------------------- table cells */

/* A template label cut to a length a one-line formula can hold. */
static void short_label(hover *h, const char *label) {
  enum { MAX_CPS = 12 };
  size_t len = strlen(label), i = 0;
  int cps = 0;
  while (i < len && cps < MAX_CPS) {
    nb_utf8_next(label, len, &i);
    cps++;
  }
  nb_textbuf_put(&h->text, label, i);
  if (i < len)
    nb_textbuf_puts(&h->text, "…");
}

static void term_label(hover *h, const nb_table_spec *spec, const nb_relation *rel, int row,
                       int index) {
  char buf[256];
  if (rel->scope == NB_REL_PER_COLUMN)
    short_label(h, nb_rule_row_name(spec, index, h->en));
  else
    short_label(h, nb_rule_column_name(nb_rule_row_column(spec, row, index), buf, sizeof buf));
}

/* "target = a + b − c" in template labels. */
static void formula(hover *h, const nb_table_spec *spec, const nb_relation *rel, int row) {
  term_label(h, spec, rel, row, rel->target);
  nb_textbuf_puts(&h->text, " = ");
  for (int i = 0; i < rel->nterms; i++) {
    if (i > 0 || rel->terms[i].sign < 0)
      nb_textbuf_puts(&h->text, rel->terms[i].sign < 0 ? " − " : " + ");
    term_label(h, spec, rel, row, rel->terms[i].index);
  }
}

static bool takes_part(const nb_relation_check *c, int row, int col) {
  if (c->target_row == row && c->target_col == col)
    return true;
  for (int i = 0; i < c->nparts; i++)
    if (c->parts[i].row == row && c->parts[i].col == col)
      return true;
  return false;
}

static void relations(hover *h, const nb_table *t, int row, int col) {
  const nb_table_spec *spec = t->spec;
  bool any = false;
  for (int k = 0; k < spec->nrelations; k++) {
    const nb_relation *rel = &spec->relations[k];
    if (rel->block != spec->rows[row].block)
      continue;
    nb_relation_check check;
    if (!nb_relation_eval(t, rel, rel->scope == NB_REL_PER_COLUMN ? col : row, &check))
      continue;
    if (takes_part(&check, row, col)) {
      if (!any)
        put(h, "\n\n勾稽关系：", "\n\nRelations:");
      any = true;
      char reported[32], computed[32];
      nb_rule_format_value(check.reported, reported, sizeof reported);
      nb_rule_format_value(check.computed, computed, sizeof computed);
      nb_textbuf_printf(&h->text, "\n- `%s`：", rel->rule);
      formula(h, spec, rel, row);
      bool holds = !nb_relation_fails(&check);
      nb_textbuf_printf(
          &h->text, h->en ? "; reported %s, computed %s: %s" : "；填报 %s，计算 %s，%s", reported,
          computed, holds ? (h->en ? "holds" : "相符") : (h->en ? "does not hold" : "不符"));
      if (check.nblank > 0)
        nb_textbuf_printf(&h->text,
                          h->en ? " (%d blank cells counted as 0)" : "（%d 个空单元格按 0 计）",
                          check.nblank);
    }
    nb_relation_check_free(&check);
  }
}

static void cell_value(hover *h, const nb_report *r, const nb_cell *c) {
  int n = (int)(c->span.end - c->span.start);
  const char *raw = r->text + c->span.start;
  switch (c->state) {
  case NB_CELL_VALUE: {
    char value[32];
    nb_textbuf_printf(&h->text, h->en ? "Value: **%s**" : "数值：**%s**",
                      nb_rule_format_value(c->value, value, sizeof value));
    if (!nb_span_is_empty(c->note))
      nb_textbuf_printf(&h->text, h->en ? " (note: %.*s)" : "（附注：%.*s）",
                        (int)(c->note.end - c->note.start), r->text + c->note.start);
    if (c->run_together >= 0)
      put(h, "（从粘连的数字中拆出）", " (split out of digits run together)");
    break;
  }
  case NB_CELL_BLANK:
    put(h, "数值：空", "Value: blank");
    break;
  case NB_CELL_PLACEHOLDER:
    nb_textbuf_printf(&h->text, h->en ? "Value: placeholder “%.*s”" : "数值：占位符“%.*s”", n, raw);
    break;
  case NB_CELL_INVALID:
    nb_textbuf_printf(&h->text, h->en ? "Value: not a valid number: “%.*s”" : "数值：无效“%.*s”", n,
                      raw);
    break;
  default:
    break;
  }
}

static bool cell_hover(hover *h, const nb_report *r, size_t offset) {
  for (int ti = 0; ti < NB_TABLE_COUNT; ti++) {
    const nb_table *t = &r->tables[ti];
    if (!t->found || !t->spec || !contains(t->span, offset))
      continue;
    for (int row = 0; row < t->spec->nrows; row++) {
      const nb_row *rw = &t->rows[row];
      for (int col = 0; rw->present && col < rw->ncells; col++) {
        const nb_cell *c = &rw->cells[col];
        if (c->state == NB_CELL_ABSENT || !contains(c->span, offset))
          continue;
        char name[128], place[512];
        if (h->en)
          nb_rule_table_name_en(t->spec, name, sizeof name);
        else
          nb_rule_table_name(t->spec, name, sizeof name);
        nb_textbuf_printf(&h->text, "**%s** %s\n\n", name,
                          nb_rule_cell_place(t->spec, row, col, h->en, place, sizeof place));
        cell_value(h, r, c);
        relations(h, t, row, col);
        about(h, c->span);
        return true;
      }
    }
  }
  return false;
}

/* ---------------------------------------------------------------- section headings */

static void found_or_not(hover *h, bool found) {
  put(h, found ? "已说明" : "**未说明**", found ? "present" : "**missing**");
}

static void table_state(hover *h, const nb_report *r, nb_table_id id) {
  const nb_table *t = &r->tables[id];
  char name[128];
  const char *shown = h->en ? nb_rule_table_name_en(t->spec, name, sizeof name)
                            : nb_rule_table_name(t->spec, name, sizeof name);
  if (!t->found)
    nb_textbuf_printf(&h->text, h->en ? "%s: **not found**" : "%s：**未找到**", shown);
  else if (t->unreadable != NB_UNREADABLE_NONE)
    nb_textbuf_printf(
        &h->text, h->en ? "%s: found, but cannot be read reliably" : "%s：已找到，但无法可靠读取",
        shown);
  else
    nb_textbuf_printf(&h->text, h->en ? "%s: found (%s)" : "%s：已找到（%s）", shown,
                      h->en ? layout_names[t->layout].en : layout_names[t->layout].zh);
  for (int k = 0; k < t->spec->nrelations; k++)
    if (k == 0 || strcmp(t->spec->relations[k].rule, t->spec->relations[k - 1].rule) != 0)
      nb_textbuf_printf(&h->text, "%s`%s`", k == 0 ? (h->en ? "; relations " : "；勾稽关系 ") : " ",
                        t->spec->relations[k].rule);
}

static void section_hover(hover *h, const nb_report *r, const nb_section *s) {
  const nb_template *tpl = r->tpl;
  nb_textbuf_printf(&h->text, "**%s、%s**", tpl->sections[s->id].numeral,
                    tpl->sections[s->id].title);
  nb_textbuf_printf(&h->text, h->en ? " (%s template, %s)" : "（%s模板，%s）", tpl->name,
                    tpl->notice);
  if (s->title_match == NB_MATCH_TYPO || s->title_match == NB_MATCH_VARIANT)
    nb_textbuf_printf(&h->text,
                      h->en ? "\n\nThe template's title is “%s”." : "\n\n模板标题为“%s”。",
                      tpl->sections[s->id].title);
  paragraph(h);
  nb_textbuf_printf(&h->text, h->en ? "Required: %s." : "应报告：%s。",
                    h->en ? section_purpose[s->id].en : section_purpose[s->id].zh);
  switch (s->id) {
  case NB_SEC_OVERVIEW:
    if (!tpl->overview_aspects) {
      put(h, "\n\n本模板未规定应述方面。", "\n\nThis template lists no aspects.");
      break;
    }
    put(h, "\n\n应涵盖的方面：", "\n\nAspects to cover:");
    for (int k = 0; k < tpl->noverview_aspects; k++) {
      const nb_aspect_spec *a = &tpl->overview_aspects[k];
      if (a->government_only && r->organ_kind != NB_ORGAN_GOVERNMENT)
        continue;
      nb_textbuf_printf(&h->text, "\n- %s：", h->en ? a->name_en : a->name);
      found_or_not(h, nb_rule_section_mentions(r, s, a->keywords));
    }
    break;
  case NB_SEC_ACTIVE:
  case NB_SEC_APPLICATIONS:
  case NB_SEC_REVIEW:
    paragraph(h);
    table_state(h, r,
                s->id == NB_SEC_ACTIVE         ? NB_TABLE_ACTIVE
                : s->id == NB_SEC_APPLICATIONS ? NB_TABLE_APPLICATIONS
                                               : NB_TABLE_REVIEW);
    break;
  case NB_SEC_PROBLEMS:
    put(h, "\n\n自 2021 年度起，惯例还说明上年度问题的整改情况：",
        "\n\nFrom 2021 on, reports also account for last year's problems: ");
    found_or_not(h, nb_rule_section_accounts_for_last_year(r, s));
    break;
  case NB_SEC_OTHER:
    put(h, "\n\n自 2021 年度起，应说明信息处理费的收取情况：",
        "\n\nFrom 2021 on, a statement on information processing fees: ");
    found_or_not(h, nb_rule_section_mentions(r, s, nb_kw_fee_statement));
    break;
  default:
    break;
  }
  about(h, s->heading);
}

/* ---------------------------------------------------------------- findings */

static void finding_hover(hover *h, const nb_diag *d) {
  const nb_rule_info *info = nb_catalog_find(d->rule);
  if (!info)
    return;
  paragraph(h);
  nb_textbuf_printf(&h->text, "**%s** (`%s`)\n\n%s", h->en ? info->summary_en : info->summary_zh,
                    d->rule, h->en ? info->doc_en : info->doc_zh);
  about(h, d->span);
}

json_t *nb_lsp_hover(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  nb_position pos;
  if (!doc || !nb_lsp_get_position(params, "position", &pos, e))
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  const nb_report *r = &st->analysis.report;
  if (!st->is_report || !r->tpl)
    return NULL;
  size_t offset = nb_lsp_doc_offset(doc, pos, s->unit);
  hover h = {{0}, st->effective.lang == NB_LANG_EN, {0, 0}, false};
  if (!cell_hover(&h, r, offset)) {
    for (int i = 0; i < r->nsections; i++)
      if (contains(r->sections[i].heading, offset)) {
        section_hover(&h, r, &r->sections[i]);
        break;
      }
  }
  for (int i = 0; i < st->analysis.diags.count; i++)
    if (contains(st->analysis.diags.items[i].span, offset))
      finding_hover(&h, &st->analysis.diags.items[i]);
  if (h.text.len == 0)
    return NULL;
  json_t *result = json_pack("{s:{s:s, s:s}, s:o}", "contents", "kind",
                             s->client.markdown ? "markdown" : "plaintext", "value", h.text.data,
                             "range", nb_lsp_range_json(&doc->lines, h.range, s->unit));
  nb_textbuf_free(&h.text);
  return result;
}
