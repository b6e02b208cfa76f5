/* Text synchronisation: didOpen, didChange (incremental and full, applied in order, in the
 * negotiated encoding) and didClose. A change is checked whole before any of it is applied, so a
 * malformed one leaves the document as it was; a change to a document that is not open is
 * reported and ignored. Diagnostics are not computed here: the loop does it once the input is
 * drained. */
#include <string.h>

#include "analysis.h"
#include "diagnostics.h"
#include "handlers.h"
#include "rpc.h"
#include "semantic_tokens.h"
#include "server.h"

static void changed(nb_lsp_server *s, nb_lsp_doc *doc) {
  nb_lsp_state(doc)->dirty = true;
  nb_lsp_syntax_changed(doc);
  nb_lsp_touch_dependents(s, doc);
}

json_t *nb_lsp_did_open(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  json_t *item = nb_lsp_get_object(params, "textDocument", true, e);
  const char *uri = nb_lsp_get_string(item, "uri", true, e);
  const char *language = nb_lsp_get_string(item, "languageId", false, e);
  const char *text = nb_lsp_get_string(item, "text", true, e);
  long long version = 0;
  nb_lsp_get_integer(item, "version", true, &version, e);
  if (e->code)
    return NULL;
  nb_lsp_doc *doc = nb_lsp_docs_find(&s->docs, uri);
  if (doc)
    nb_lsp_invalidate(doc);
  doc = nb_lsp_docs_open(&s->docs, uri, language, version, text,
                         json_string_length(json_object_get(item, "text")));
  changed(s, doc);
  return NULL;
}

/* Checks every change of a didChange before any is applied. */
static bool valid_changes(const json_t *changes, nb_lsp_error *e) {
  size_t i;
  const json_t *c;
  json_array_foreach(changes, i, c) {
    if (!json_is_object(c)) {
      nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "contentChanges[%zu]: expected an object", i);
      return false;
    }
    nb_position start, end;
    if (!nb_lsp_get_string(c, "text", true, e) ||
        (json_object_get(c, "range") && !nb_lsp_get_range(c, "range", &start, &end, e)))
      return false;
  }
  return true;
}

json_t *nb_lsp_did_change(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  json_t *item = nb_lsp_get_object(params, "textDocument", true, e);
  const char *uri = nb_lsp_get_string(item, "uri", true, e);
  long long version = 0;
  nb_lsp_get_integer(item, "version", true, &version, e);
  json_t *changes = nb_lsp_get_array(params, "contentChanges", true, e);
  if (e->code || !valid_changes(changes, e))
    return NULL;
  nb_lsp_doc *doc = nb_lsp_docs_find(&s->docs, uri);
  if (!doc) {
    nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "the document %.200s is not open", uri);
    return NULL;
  }
  if (version <= doc->version)
    nb_lsp_log(s, NB_LSP_WARNING, "%s: version %lld follows version %lld", uri, version,
               doc->version);
  nb_lsp_invalidate(doc);
  size_t i;
  const json_t *c;
  json_array_foreach(changes, i, c) {
    const json_t *text = json_object_get(c, "text");
    if (!json_object_get(c, "range")) {
      nb_lsp_doc_set_text(doc, json_string_value(text), json_string_length(text));
      continue;
    }
    nb_position start, end;
    nb_lsp_get_range(c, "range", &start, &end, e);
    size_t from, to;
    nb_lsp_doc_edit(doc, start, end, s->unit, json_string_value(text), json_string_length(text),
                    &from, &to);
  }
  doc->version = version;
  changed(s, doc);
  return NULL;
}

json_t *nb_lsp_did_close(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  const char *uri = nb_lsp_get_document_uri(params, e);
  if (!uri)
    return NULL;
  nb_lsp_doc *doc = nb_lsp_docs_take(&s->docs, uri);
  if (!doc) {
    nb_lsp_fail(e, NB_RPC_INVALID_PARAMS, "the document %.200s is not open", uri);
    return NULL;
  }
  if (doc->state && doc->state->published && !s->client.pull_diagnostics)
    nb_lsp_publish_cleared(s, uri);
  /* Documents that read this one as last year's report read the file from now on. */
  nb_lsp_touch_dependents(s, doc);
  nb_lsp_state_free(doc->state);
  nb_lsp_doc_free(doc);
  return NULL;
}
