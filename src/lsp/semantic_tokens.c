#include "semantic_tokens.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../syntax/syntax.h"
#include "analysis.h"
#include "handlers.h"
#include "server.h"

json_t *nb_lsp_semantic_tokens_capability(void) {
  int count;
  const char *const *types = nb_syntax_token_types(&count);
  json_t *names = json_array();
  for (int i = 0; i < count; i++)
    json_array_append_new(names, json_string(types[i]));
  return json_pack("{s:{s:o, s:[]}, s:b, s:{s:b}}", "legend", "tokenTypes", names, "tokenModifiers",
                   "range", 1, "full", "delta", 1);
}

void nb_lsp_syntax_changed(nb_lsp_doc *doc) {
  nb_lsp_state(doc)->syntax_behind = true;
}

void nb_lsp_syntax_update(nb_lsp_doc *doc) {
  nb_lsp_doc_state *st = nb_lsp_state(doc);
  if (!st->syntax)
    st->syntax = nb_syntax_open(doc->text, doc->len);
  else if (st->syntax_behind)
    nb_syntax_update(st->syntax, doc->text, doc->len);
  st->syntax_behind = false;
}

/* The document's tokens in bytes [start, end), encoded for the client; NULL data for a
 * document that is not a report. */
static size_t encoded(nb_lsp_server *s, nb_lsp_doc *doc, size_t start, size_t end,
                      uint32_t **data) {
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  *data = NULL;
  if (!st->is_report)
    return 0;
  nb_lsp_syntax_update(doc);
  nb_syntax_token_list tokens = {0};
  nb_syntax_tokens(st->syntax, start, end, &tokens);
  size_t n = nb_syntax_encode(&doc->lines, &tokens, s->unit, data);
  nb_syntax_tokens_free(&tokens);
  return n;
}

static json_t *integers(const uint32_t *data, size_t n) {
  json_t *all = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(all, json_integer(data[i]));
  return all;
}

/* Keeps the tokens just sent as the document's last full result; returns its id. */
static const char *remember(nb_lsp_server *s, nb_lsp_doc *doc, uint32_t *data, size_t n) {
  nb_lsp_doc_state *st = nb_lsp_state(doc);
  free(st->tokens);
  st->tokens = data;
  st->ntokens = n;
  free(st->tokens_id);
  st->tokens_id = nb_strdup_printf("%llu", ++s->results);
  return st->tokens_id;
}

json_t *nb_lsp_semantic_tokens_full(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  if (!doc)
    return NULL;
  uint32_t *data;
  size_t n = encoded(s, doc, 0, SIZE_MAX, &data);
  json_t *result = json_pack("{s:o}", "data", integers(data, n));
  json_object_set_new(result, "resultId", json_string(remember(s, doc, data, n)));
  return result;
}

json_t *nb_lsp_semantic_tokens_delta(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  const char *previous = nb_lsp_get_string(params, "previousResultId", true, e);
  if (!doc || !previous)
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_state(doc);
  if (!st->tokens_id || strcmp(previous, st->tokens_id) != 0)
    return nb_lsp_semantic_tokens_full(s, params, e);
  uint32_t *data;
  size_t n = encoded(s, doc, 0, SIZE_MAX, &data);
  size_t start, deleted, inserted;
  nb_syntax_tokens_diff(st->tokens, st->ntokens, data, n, &start, &deleted, &inserted);
  json_t *edits = json_array();
  if (deleted > 0 || inserted > 0)
    json_array_append_new(edits,
                          json_pack("{s:I, s:I, s:o}", "start", (json_int_t)start, "deleteCount",
                                    (json_int_t)deleted, "data", integers(data + start, inserted)));
  json_t *result = json_pack("{s:o}", "edits", edits);
  json_object_set_new(result, "resultId", json_string(remember(s, doc, data, n)));
  return result;
}

json_t *nb_lsp_semantic_tokens_range(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  nb_position from, to;
  if (!doc || !nb_lsp_get_range(params, "range", &from, &to, e))
    return NULL;
  nb_span range = nb_lsp_doc_span(doc, from, to, s->unit);
  uint32_t *data;
  size_t n = encoded(s, doc, range.start, range.end, &data);
  json_t *result = json_pack("{s:o}", "data", integers(data, n));
  free(data);
  return result;
}
