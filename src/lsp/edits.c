#include "edits.h"

#include "positions.h"
#include "server.h"

json_t *nb_lsp_text_edit(const nb_lsp_server *s, const nb_lsp_doc *doc, nb_span span,
                         const char *new_text, size_t new_len) {
  json_t *edit = json_object();
  json_object_set_new(edit, "range", nb_lsp_range_json(&doc->lines, span, s->unit));
  json_object_set_new(edit, "newText", json_stringn(new_text, new_len));
  return edit;
}

static bool inside_character(const char *t, size_t len, size_t at) {
  return at > 0 && at < len && ((unsigned char)t[at] & 0xC0) == 0x80;
}

/* Whether `at` falls between the \r and \n of a line break. */
static bool inside_crlf(const char *t, size_t len, size_t at) {
  return at > 0 && at < len && t[at - 1] == '\r' && t[at] == '\n';
}

json_t *nb_lsp_text_edit_to(const nb_lsp_server *s, const nb_lsp_doc *doc, const char *text,
                            size_t len) {
  const char *old = doc->text;
  size_t old_len = doc->len;
  size_t prefix = 0;
  while (prefix < old_len && prefix < len && old[prefix] == text[prefix])
    prefix++;
  if (prefix == old_len && prefix == len)
    return NULL;
  while (inside_character(old, old_len, prefix) || inside_crlf(old, old_len, prefix) ||
         inside_crlf(text, len, prefix))
    prefix--;
  size_t suffix = 0;
  while (suffix < old_len - prefix && suffix < len - prefix &&
         old[old_len - 1 - suffix] == text[len - 1 - suffix])
    suffix++;
  while (suffix > 0 &&
         (inside_character(old, old_len, old_len - suffix) ||
          inside_crlf(old, old_len, old_len - suffix) || inside_crlf(text, len, len - suffix)))
    suffix--;
  return nb_lsp_text_edit(s, doc, nb_span_make(prefix, old_len - suffix), text + prefix,
                          len - suffix - prefix);
}

json_t *nb_lsp_workspace_edit(const nb_lsp_server *s, const nb_lsp_doc *doc, json_t *edits) {
  if (s->client.document_changes)
    return json_pack("{s:[{s:{s:s, s:I}, s:o}]}", "documentChanges", "textDocument", "uri",
                     doc->uri, "version", (json_int_t)doc->version, "edits", edits);
  json_t *changes = json_object();
  json_object_set_new(changes, doc->uri, edits);
  return json_pack("{s:o}", "changes", changes);
}
