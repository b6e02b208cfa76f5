#include "diagnostics.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "docs_link.h"
#include "positions.h"
#include "rpc.h"
#include "server.h"

static int lsp_severity(nb_severity s) {
  return s == NB_SEV_ERROR ? 1 : s == NB_SEV_WARNING ? 2 : 3;
}

/* Findings are shown where the command line shows them (nb_finding_offset). */
static json_t *finding_range(const nb_lsp_doc *doc, nb_span span, nb_column_unit unit) {
  nb_span shown = {nb_finding_offset(&doc->lines, span.start),
                   nb_finding_offset(&doc->lines, span.end)};
  return nb_lsp_range_json(&doc->lines, shown, unit);
}

static json_t *related_json(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_diag *d,
                            nb_lang lang) {
  json_t *all = json_array();
  for (int i = 0; i < d->nrelated; i++) {
    const nb_related *rel = &d->related[i];
    json_t *location = json_object();
    json_object_set_new(location, "uri", json_string(doc->uri));
    json_object_set_new(location, "range", finding_range(doc, rel->span, s->unit));
    json_t *info = json_object();
    json_object_set_new(info, "location", location);
    json_object_set_new(info, "message",
                        json_string(lang == NB_LANG_EN ? rel->message_en : rel->message_zh));
    json_array_append_new(all, info);
  }
  return all;
}

json_t *nb_lsp_diagnostic_json(const nb_lsp_server *s, const nb_lsp_doc *doc,
                               const nb_lsp_doc_state *st, int index) {
  const nb_diag *d = &st->analysis.diags.items[index];
  nb_lang lang = st->effective.lang;
  json_t *o = json_object();
  json_object_set_new(o, "range", finding_range(doc, d->span, s->unit));
  json_object_set_new(o, "severity", json_integer(lsp_severity(d->severity)));
  json_object_set_new(o, "code", json_string(d->rule));
  char *link = nb_lsp_rule_doc_link(d->rule);
  if (link) {
    json_t *description = json_object();
    json_object_set_new(description, "href", json_string(link));
    json_object_set_new(o, "codeDescription", description);
    free(link);
  }
  json_object_set_new(o, "source", json_string("nianbao"));
  json_object_set_new(o, "message", json_string(nb_diag_message(d, lang)));
  if (d->nrelated > 0)
    json_object_set_new(o, "relatedInformation", related_json(s, doc, d, lang));
  json_t *data = json_object();
  json_object_set_new(data, "index", json_integer(index));
  json_object_set_new(o, "data", data);
  return o;
}

json_t *nb_lsp_diagnostics_json(const nb_lsp_server *s, const nb_lsp_doc *doc,
                                const nb_lsp_doc_state *st) {
  json_t *all = json_array();
  for (int i = 0; st->is_report && i < st->analysis.diags.count; i++)
    json_array_append_new(all, nb_lsp_diagnostic_json(s, doc, st, i));
  return all;
}

void nb_lsp_publish(nb_lsp_server *s, nb_lsp_doc *doc) {
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  json_t *params = json_object();
  json_object_set_new(params, "uri", json_string(doc->uri));
  json_object_set_new(params, "version", json_integer(doc->version));
  json_object_set_new(params, "diagnostics", nb_lsp_diagnostics_json(s, doc, st));
  nb_lsp_notify(s, "textDocument/publishDiagnostics", params);
  doc->state->dirty = false;
  doc->state->published = true;
}

void nb_lsp_publish_cleared(nb_lsp_server *s, const char *uri) {
  json_t *params = json_object();
  json_object_set_new(params, "uri", json_string(uri));
  json_object_set_new(params, "diagnostics", json_array());
  nb_lsp_notify(s, "textDocument/publishDiagnostics", params);
}

json_t *nb_lsp_pull_diagnostics(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  const char *previous = nb_lsp_get_string(params, "previousResultId", false, e);
  if (!doc || e->code)
    return NULL;
  const nb_lsp_doc_state *cst = nb_lsp_analyze(s, doc);
  nb_lsp_doc_state *st = doc->state;
  /* A new result only when the items differ from the last one sent (the text may have
   * changed in a way no finding sees). */
  if (!st->result_id || st->result_version != cst->version ||
      st->result_generation != cst->generation) {
    json_t *items = nb_lsp_diagnostics_json(s, doc, cst);
    char *text = json_dumps(items, JSON_COMPACT);
    json_decref(items);
    if (!st->result_items || strcmp(text, st->result_items) != 0) {
      free(st->result_id);
      st->result_id = nb_strdup_printf("%llu", ++s->results);
      free(st->result_items);
      st->result_items = text;
    } else {
      free(text);
    }
    st->result_version = cst->version;
    st->result_generation = cst->generation;
  }
  json_t *report = json_object();
  json_object_set_new(report, "resultId", json_string(st->result_id));
  if (previous && strcmp(previous, st->result_id) == 0) {
    json_object_set_new(report, "kind", json_string("unchanged"));
  } else {
    json_object_set_new(report, "kind", json_string("full"));
    json_object_set_new(report, "items", json_loads(st->result_items, 0, NULL));
  }
  return report;
}
