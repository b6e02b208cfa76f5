/* textDocument/codeAction: for each finding at the range, its fixes as quickfixes (the safe
 * ones preferred; the arithmetic "set to the computed value" is offered but never preferred,
 * since which cell is wrong is the author's call), and "disable this rule on this line / in this
 * file" written as the suppression comments the command line understands; and for the document,
 * source.fixAll.nianbao applying every safe fix, as `lint --fix` does. */
#include <stdlib.h>
#include <string.h>

#include "../core/fix.h"
#include "../core/suppress.h"
#include "../core/xalloc.h"
#include "analysis.h"
#include "diagnostics.h"
#include "edits.h"
#include "handlers.h"
#include "server.h"

#define FIX_ALL_KIND "source.fixAll.nianbao"

/* Whether the client asked for actions of `kind` (context.only holds it or a parent of it). */
static bool wanted(const json_t *only, const char *kind) {
  if (!json_is_array(only))
    return true;
  size_t i;
  const json_t *k;
  json_array_foreach(only, i, k) {
    const char *prefix = json_string_value(k);
    size_t n = prefix ? strlen(prefix) : 0;
    if (prefix && strncmp(kind, prefix, n) == 0 && (kind[n] == '\0' || kind[n] == '.'))
      return true;
  }
  return false;
}

static json_t *action(const char *title, const char *kind, json_t *edit) {
  return json_pack("{s:s, s:s, s:o}", "title", title, "kind", kind, "edit", edit);
}

static json_t *fix_action(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_lsp_doc_state *st,
                          int index, const nb_fix *fix) {
  json_t *edits = json_array();
  for (int i = 0; i < fix->nedits; i++) {
    const nb_edit *e = &fix->edits[i];
    json_array_append_new(
        edits, nb_lsp_text_edit(s, doc, e->span, e->replacement, strlen(e->replacement)));
  }
  const char *title = st->effective.lang == NB_LANG_EN ? fix->title_en : fix->title_zh;
  json_t *a = action(title, "quickfix", nb_lsp_workspace_edit(s, doc, edits));
  json_object_set_new(a, "diagnostics",
                      json_pack("[o]", nb_lsp_diagnostic_json(s, doc, st, index)));
  if (fix->safe)
    json_object_set_new(a, "isPreferred", json_true());
  return a;
}

/* The end of the line holding `offset`, before its line break. */
static size_t line_end(const nb_lsp_doc *doc, size_t offset) {
  nb_position p = nb_position_of(&doc->lines, offset, NB_COLUMNS_UTF8);
  size_t end = p.line + 1 < doc->lines.nlines ? doc->lines.line_starts[p.line + 1] : doc->len;
  while (end > 0 && end > doc->lines.line_starts[p.line] &&
         (doc->text[end - 1] == '\n' || doc->text[end - 1] == '\r'))
    end--;
  return end;
}

/* An existing comment of `kind` on 1-based `line` (any line for disable-file) that names
 * rules, to add the rule to; NULL when there is none. */
static const nb_suppress_comment *comment_to_extend(const nb_suppressions *all,
                                                    nb_suppress_kind kind, int line) {
  for (int i = 0; i < all->count; i++) {
    const nb_suppress_comment *c = &all->items[i];
    if (c->kind == kind && c->nids > 0 && (kind == NB_SUPPRESS_DISABLE_FILE || c->line == line))
      return c;
  }
  return NULL;
}

/* The edit that adds `rule` to comment `c` (before its "-->"). */
static json_t *extend_comment(const nb_lsp_server *s, const nb_lsp_doc *doc,
                              const nb_suppress_comment *c, const char *rule) {
  size_t at = c->span.end - strlen("-->");
  bool spaced = at > 0 && (doc->text[at - 1] == ' ' || doc->text[at - 1] == '\t');
  char *text = nb_strdup_printf("%s%s ", spaced ? "" : " ", rule);
  json_t *edit = nb_lsp_text_edit(s, doc, nb_span_make(at, at), text, strlen(text));
  free(text);
  return edit;
}

static json_t *disable_action(const nb_lsp_server *s, const nb_lsp_doc *doc,
                              const nb_lsp_doc_state *st, const nb_suppressions *comments,
                              int index, bool whole_file) {
  const nb_diag *d = &st->analysis.diags.items[index];
  bool en = st->effective.lang == NB_LANG_EN;
  int line = nb_position_of(&doc->lines, d->span.start, NB_COLUMNS_UTF8).line + 1;
  nb_suppress_kind kind = whole_file ? NB_SUPPRESS_DISABLE_FILE : NB_SUPPRESS_DISABLE_LINE;
  const nb_suppress_comment *existing = comment_to_extend(comments, kind, line);
  json_t *edit;
  if (existing) {
    edit = extend_comment(s, doc, existing, d->rule);
  } else {
    /* A comment of its own before the first line, or at the end of the finding's line (where
     * the model never reads it as a table cell or part of a title). */
    char *text = whole_file ? nb_strdup_printf("<!-- nianbao-disable-file %s -->\n", d->rule)
                            : nb_strdup_printf(" <!-- nianbao-disable-line %s -->", d->rule);
    size_t at = whole_file ? 0 : line_end(doc, d->span.start);
    edit = nb_lsp_text_edit(s, doc, nb_span_make(at, at), text, strlen(text));
    free(text);
  }
  char *title =
      whole_file ? nb_strdup_printf(en ? "Disable %s in this file" : "在本文件中停用 %s", d->rule)
                 : nb_strdup_printf(en ? "Disable %s on this line" : "在此行停用 %s", d->rule);
  json_t *a = action(title, "quickfix", nb_lsp_workspace_edit(s, doc, json_pack("[o]", edit)));
  json_object_set_new(a, "diagnostics",
                      json_pack("[o]", nb_lsp_diagnostic_json(s, doc, st, index)));
  free(title);
  return a;
}

static json_t *fix_all_action(const nb_lsp_server *s, const nb_lsp_doc *doc,
                              const nb_lsp_doc_state *st) {
  size_t len = 0;
  int applied = 0;
  char *fixed = nb_apply_fixes(doc->text, doc->len, &st->analysis.diags, true, &len, &applied);
  json_t *edit = applied > 0 ? nb_lsp_text_edit_to(s, doc, fixed, len) : NULL;
  free(fixed);
  if (!edit)
    return NULL;
  const char *title = st->effective.lang == NB_LANG_EN ? "Fix all safely fixable problems"
                                                       : "修复全部可安全修复的问题";
  return action(title, FIX_ALL_KIND, nb_lsp_workspace_edit(s, doc, json_pack("[o]", edit)));
}

/* Whether the client's diagnostic is finding `index` of this analysis: its data names the
 * index and its code and range still match. */
static bool names_finding(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_lsp_doc_state *st,
                          const json_t *given, int *index) {
  const json_t *i = json_object_get(json_object_get(given, "data"), "index");
  if (!json_is_integer(i) || json_integer_value(i) < 0 ||
      json_integer_value(i) >= st->analysis.diags.count)
    return false;
  *index = (int)json_integer_value(i);
  json_t *ours = nb_lsp_diagnostic_json(s, doc, st, *index);
  bool same = json_equal(json_object_get(ours, "code"), json_object_get(given, "code")) &&
              json_equal(json_object_get(ours, "range"), json_object_get(given, "range"));
  json_decref(ours);
  return same;
}

json_t *nb_lsp_code_action(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  nb_position start, end;
  if (!doc || !nb_lsp_get_range(params, "range", &start, &end, e))
    return NULL;
  json_t *context = nb_lsp_get_object(params, "context", false, e);
  json_t *given = nb_lsp_get_array(context, "diagnostics", false, e);
  json_t *only = nb_lsp_get_array(context, "only", false, e);
  if (e->code)
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  json_t *actions = json_array();
  if (!st->is_report)
    return actions;
  nb_span range = nb_lsp_doc_span(doc, start, end, s->unit);
  const nb_diag_list *diags = &st->analysis.diags;
  bool *chosen = nb_xcalloc((size_t)diags->count + 1, sizeof *chosen);
  for (int i = 0; i < diags->count; i++)
    chosen[i] = diags->items[i].span.start <= range.end && diags->items[i].span.end >= range.start;
  size_t k;
  const json_t *g;
  json_array_foreach(given, k, g) {
    int index;
    if (names_finding(s, doc, st, g, &index))
      chosen[index] = true;
  }
  if (wanted(only, "quickfix")) {
    nb_suppressions comments;
    nb_suppressions_parse(doc->text, doc->len, &comments);
    for (int i = 0; i < diags->count; i++) {
      if (!chosen[i])
        continue;
      for (int f = 0; f < diags->items[i].nfixes; f++)
        json_array_append_new(actions, fix_action(s, doc, st, i, &diags->items[i].fixes[f]));
      /* One "disable" per rule and line, and per rule for the file. */
      bool same_line = false, same_rule = false;
      int line = nb_position_of(&doc->lines, diags->items[i].span.start, NB_COLUMNS_UTF8).line;
      for (int j = 0; j < i; j++) {
        if (!chosen[j] || strcmp(diags->items[j].rule, diags->items[i].rule) != 0)
          continue;
        same_rule = true;
        same_line =
            same_line ||
            nb_position_of(&doc->lines, diags->items[j].span.start, NB_COLUMNS_UTF8).line == line;
      }
      if (!same_line)
        json_array_append_new(actions, disable_action(s, doc, st, &comments, i, false));
      if (!same_rule)
        json_array_append_new(actions, disable_action(s, doc, st, &comments, i, true));
    }
    nb_suppressions_free(&comments);
  }
  free(chosen);
  json_t *all = wanted(only, FIX_ALL_KIND) ? fix_all_action(s, doc, st) : NULL;
  if (all)
    json_array_append_new(actions, all);
  return actions;
}
