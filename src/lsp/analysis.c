#include "analysis.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../lint/report_detect.h"
#include "../syntax/syntax.h"
#include "server.h"

nb_lsp_doc_state *nb_lsp_state(nb_lsp_doc *doc) {
  if (!doc->state)
    doc->state = nb_xcalloc(1, sizeof *doc->state);
  return doc->state;
}

void nb_lsp_invalidate(nb_lsp_doc *doc) {
  nb_lsp_doc_state *st = doc->state;
  if (!st || !st->analyzed)
    return;
  nb_analysis_free(&st->analysis);
  nb_lsp_effective_free(&st->effective);
  free(st->previous);
  st->previous = NULL;
  st->analyzed = false;
}

void nb_lsp_state_free(nb_lsp_doc_state *st) {
  if (!st)
    return;
  if (st->analyzed) {
    nb_analysis_free(&st->analysis);
    nb_lsp_effective_free(&st->effective);
  }
  free(st->previous);
  free(st->result_id);
  free(st->result_items);
  nb_syntax_close(st->syntax);
  free(st->tokens);
  free(st->tokens_id);
  free(st);
}

const nb_lsp_doc_state *nb_lsp_analyze(nb_lsp_server *s, nb_lsp_doc *doc) {
  nb_lsp_doc_state *st = nb_lsp_state(doc);
  if (st->analyzed && st->version == doc->version && st->generation == s->generation)
    return st;
  nb_lsp_invalidate(doc);
  nb_lsp_config_for(s, doc->path, &st->effective);
  st->previous = nb_lsp_previous_path(s, doc->path, st->effective.previous);
  const nb_report *previous = st->previous ? nb_lsp_previous_model(s, st->previous) : NULL;
  nb_lint_options options = {.settings = &st->effective.settings, .previous = previous};
  nb_analyze(doc->text, doc->len, &options, &st->analysis);
  st->is_report = nb_is_report(&st->analysis.report, st->effective.named_report);
  st->analyzed = true;
  st->version = doc->version;
  st->generation = s->generation;
  return st;
}

void nb_lsp_touch_dependents(nb_lsp_server *s, const nb_lsp_doc *doc) {
  if (!doc->path)
    return;
  for (int i = 0; i < s->docs.count; i++) {
    nb_lsp_doc *other = s->docs.items[i];
    if (other != doc && other->state && other->state->previous &&
        strcmp(other->state->previous, doc->path) == 0) {
      nb_lsp_invalidate(other);
      other->state->dirty = true;
    }
  }
}
