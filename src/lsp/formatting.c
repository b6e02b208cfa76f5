/* textDocument/formatting is `nianbao fmt`: the canonical form of the report
 * (markdown/render_canonical.h), sent as one edit over what differs, or none when the report
 * is canonical already. A document that is not a report is left alone. */
#include <stdlib.h>

#include "../markdown/render_canonical.h"
#include "analysis.h"
#include "edits.h"
#include "handlers.h"
#include "server.h"

json_t *nb_lsp_formatting(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  if (!doc)
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  json_t *edits = json_array();
  if (!st->is_report)
    return edits;
  size_t len = 0;
  char *canonical = nb_markdown_format(doc->text, doc->len, &len);
  json_t *edit = nb_lsp_text_edit_to(s, doc, canonical, len);
  free(canonical);
  if (edit)
    json_array_append_new(edits, edit);
  return edits;
}
