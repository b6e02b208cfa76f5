/* textDocument/completion, from the template:
 *
 *   - in an empty document, the whole blank report (core/blank_report.h) for the year in the
 *     file's name, else the current year, with the organ's name to fill in;
 *   - at the start of a line of a report, the official heading of every section the report
 *     lacks (what was typed of it, "## 三" or "收到", narrows the list);
 *   - on an empty line inside section 二, 三 or 四 when that section has no table yet, the whole
 *     canonical table, blank. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/blank_report.h"
#include "../core/canonical.h"
#include "../core/rules/rule_util.h"
#include "../core/xalloc.h"
#include "analysis.h"
#include "edits.h"
#include "handlers.h"
#include "positions.h"
#include "server.h"

enum { KIND_SNIPPET = 15, KIND_MODULE = 9, FORMAT_PLAIN = 1, FORMAT_SNIPPET = 2 };

/* The org's placeholder in the template: a snippet's first tab stop when the client takes
 * snippets. */
#define ORG_PLACEHOLDER "\x01"

static bool only_blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \t\r\n", s[i]))
      return false;
  return true;
}

/* The year of the file name ("年报2024.md"), else the current one. */
static int year_for(const nb_lsp_doc *doc) {
  const char *name = doc->path ? strrchr(doc->path, '/') + 1 : NULL;
  for (const char *p = name; p && *p; p++) {
    bool digits = p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
                  p[2] <= '9' && p[3] >= '0' && p[3] <= '9';
    if (digits && (p == name || p[-1] < '0' || p[-1] > '9') && (p[4] < '0' || p[4] > '9')) {
      int y = atoi(p);
      if (y >= 2019 && y <= 2999)
        return y;
    }
  }
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

/* Text for a snippet: "$", "}" and "\" escaped, the placeholder made tab stop 1. */
static char *as_snippet(const char *text, const char *org_label) {
  nb_textbuf b = {0};
  for (const char *p = text; *p; p++) {
    if (*p == ORG_PLACEHOLDER[0])
      nb_textbuf_printf(&b, "${1:%s}", org_label);
    else {
      if (*p == '$' || *p == '}' || *p == '\\')
        nb_textbuf_put(&b, "\\", 1);
      nb_textbuf_put(&b, p, 1);
    }
  }
  return b.data;
}

static char *plain(const char *text, const char *org_label) {
  nb_textbuf b = {0};
  for (const char *p = text; *p; p++) {
    if (*p == ORG_PLACEHOLDER[0])
      nb_textbuf_puts(&b, org_label);
    else
      nb_textbuf_put(&b, p, 1);
  }
  return b.data;
}

static json_t *item(const nb_lsp_server *s, const nb_lsp_doc *doc, nb_span replace,
                    const char *label, const char *detail, int kind, const char *text,
                    bool snippet) {
  json_t *edit = nb_lsp_text_edit(s, doc, replace, text, strlen(text));
  json_t *it = json_pack("{s:s, s:i, s:o, s:i}", "label", label, "kind", kind, "textEdit", edit,
                         "insertTextFormat", snippet ? FORMAT_SNIPPET : FORMAT_PLAIN);
  if (detail)
    json_object_set_new(it, "detail", json_string(detail));
  /* Clients filter on the text from the edit's start to the cursor: the line typed so far. */
  json_object_set_new(it, "filterText", json_string(text));
  return it;
}

static void template_item(const nb_lsp_server *s, const nb_lsp_doc *doc, nb_span replace, bool en,
                          json_t *items) {
  int year = year_for(doc);
  nb_textbuf b = {0};
  nb_blank_report(nb_template_get(nb_template_for_year(year)), year, ORG_PLACEHOLDER,
                  NB_ORGAN_UNKNOWN, &b);
  const char *org = en ? "organ name" : "机关名称";
  char *text = s->client.snippets ? as_snippet(b.data, org) : plain(b.data, org);
  char *label = nb_strdup_printf(
      en ? "Annual report %d (blank template)" : "%d年政府信息公开工作年度报告（空白模板）", year);
  json_t *it = item(s, doc, replace, label, nb_template_get(nb_template_for_year(year))->notice,
                    KIND_SNIPPET, text, s->client.snippets);
  json_array_append_new(items, it);
  free(label);
  free(text);
  nb_textbuf_free(&b);
}

/* What was typed of a heading before the cursor: "#" marks with their blanks (kept when the
 * heading is inserted; "## " when there are none), then the words, which must begin the
 * heading or the bare title. */
static void section_items(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_report *r,
                          nb_span line_before, json_t *items) {
  const char *typed = doc->text + line_before.start;
  size_t len = line_before.end - line_before.start, marks = 0;
  while (marks < len && typed[marks] == '#')
    marks++;
  size_t words = marks;
  while (words < len && (typed[words] == ' ' || typed[words] == '\t'))
    words++;
  if (marks == 0)
    words = 0;
  for (int id = 0; id < NB_SECTION_COUNT; id++) {
    if (nb_report_section(r, (nb_section_id)id))
      continue;
    const nb_section_spec *spec = &r->tpl->sections[id];
    char *heading = nb_strdup_printf("%s、%s", spec->numeral, spec->title);
    size_t n = len - words;
    if (strncmp(heading, typed + words, n) == 0 ||
        (strlen(spec->title) >= n && strncmp(spec->title, typed + words, n) == 0)) {
      char *text = marks ? nb_strdup_printf("%.*s%s%s", (int)marks, typed, " ", heading)
                         : nb_strdup_printf("## %s", heading);
      json_t *it = item(s, doc, line_before, heading, NULL, KIND_MODULE, text, false);
      char order[8];
      snprintf(order, sizeof order, "%d", id);
      json_object_set_new(it, "sortText", json_string(order));
      json_array_append_new(items, it);
      free(text);
    }
    free(heading);
  }
}

/* The section whose heading or body holds `offset`. */
static const nb_section *section_at(const nb_report *r, size_t offset) {
  for (int i = 0; i < r->nsections; i++) {
    const nb_section *sec = &r->sections[i];
    size_t end = sec->body.end > sec->heading.end ? sec->body.end : sec->heading.end;
    if (sec->heading.end <= offset && offset <= end)
      return sec;
  }
  return NULL;
}

static void table_item(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_report *r,
                       size_t offset, nb_span line_before, bool en, json_t *items) {
  if (line_before.end != line_before.start)
    return;
  const nb_section *sec = section_at(r, offset);
  if (!sec)
    return;
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    if (nb_rule_table_section((nb_table_id)t) != sec->id || r->tables[t].found)
      continue;
    const nb_table_spec *spec = r->tpl->tables[t];
    nb_textbuf b = {0};
    nb_canonical_blank_table(spec, &b);
    json_array_append_new(items,
                          item(s, doc, line_before, en ? spec->name_en : spec->name,
                               en ? "blank table" : "空白表格", KIND_SNIPPET, b.data, false));
    nb_textbuf_free(&b);
  }
}

json_t *nb_lsp_completion(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  nb_position pos;
  if (!doc || !nb_lsp_get_position(params, "position", &pos, e))
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  size_t offset = nb_lsp_doc_offset(doc, pos, s->unit);
  nb_position at = nb_position_of(&doc->lines, offset, NB_COLUMNS_UTF8);
  nb_span line_before = nb_span_make(doc->lines.line_starts[at.line], offset);
  bool en = st->effective.lang == NB_LANG_EN;
  json_t *items = json_array();
  if (only_blank(doc->text, doc->len)) {
    template_item(s, doc, line_before, en, items);
  } else if (st->is_report && st->analysis.report.tpl) {
    section_items(s, doc, &st->analysis.report, line_before, items);
    table_item(s, doc, &st->analysis.report, offset, line_before, en, items);
  }
  return json_pack("{s:b, s:o}", "isIncomplete", 0, "items", items);
}
