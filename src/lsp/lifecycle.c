/* initialize, initialized, shutdown and exit, exactly as the specification orders them, and
 * the capabilities the server announces. */
#include <string.h>

#include "handlers.h"
#include "positions.h"
#include "rpc.h"
#include "semantic_tokens.h"
#include "server.h"

static bool flag(const json_t *caps, const char *a, const char *b, const char *c) {
  const json_t *v = json_object_get(caps, a);
  if (b)
    v = json_object_get(v, b);
  if (c)
    v = json_object_get(v, c);
  return json_is_true(v);
}

static bool offers_markdown(const json_t *formats) {
  size_t i;
  const json_t *f;
  json_array_foreach(formats, i, f) if (json_is_string(f) &&
                                        strcmp(json_string_value(f), "markdown") == 0) return true;
  return false;
}

static void read_client_caps(nb_lsp_client_caps *c, const json_t *caps) {
  const json_t *text = json_object_get(caps, "textDocument");
  c->pull_diagnostics = json_is_object(json_object_get(text, "diagnostic"));
  c->diagnostic_refresh = flag(caps, "workspace", "diagnostics", "refreshSupport");
  c->configuration = flag(caps, "workspace", "configuration", NULL);
  c->watch_registration = flag(caps, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
  c->document_changes = flag(caps, "workspace", "workspaceEdit", "documentChanges");
  c->hierarchical_symbols = flag(text, "documentSymbol", "hierarchicalDocumentSymbolSupport", NULL);
  c->snippets = flag(text, "completion", "completionItem", "snippetSupport");
  c->markdown = offers_markdown(json_object_get(json_object_get(text, "hover"), "contentFormat"));
  c->semantic_refresh = flag(caps, "workspace", "semanticTokens", "refreshSupport");
}

static json_t *server_capabilities(const nb_lsp_server *s) {
  json_t *caps = json_pack(
      "{s:s, s:{s:b, s:i}, s:b, s:{s:[s, s, s], s:b}, s:b, s:b, s:b, s:{s:[s], s:b}, s:b}",
      "positionEncoding", nb_lsp_encoding_name(s->unit), "textDocumentSync", "openClose", 1,
      "change", 2, "hoverProvider", 1, "codeActionProvider", "codeActionKinds", "quickfix",
      "source.fixAll", "source.fixAll.nianbao", "resolveProvider", 0, "documentSymbolProvider", 1,
      "foldingRangeProvider", 1, "selectionRangeProvider", 1, "completionProvider",
      "triggerCharacters", "#", "resolveProvider", 0, "documentFormattingProvider", 1);
  if (s->client.pull_diagnostics)
    json_object_set_new(caps, "diagnosticProvider",
                        json_pack("{s:s, s:b, s:b}", "identifier", "nianbao",
                                  "interFileDependencies", 1, "workspaceDiagnostics", 0));
  json_object_set_new(caps, "semanticTokensProvider", nb_lsp_semantic_tokens_capability());
  json_object_set_new(
      caps, "workspace",
      json_pack("{s:{s:b, s:b}}", "workspaceFolders", "supported", 1, "changeNotifications", 1));
  return caps;
}

json_t *nb_lsp_initialize(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  if (s->phase != NB_LSP_WAITING) {
    nb_lsp_fail(e, NB_RPC_INVALID_REQUEST, "initialize may be sent only once");
    return NULL;
  }
  json_t *caps = nb_lsp_get_object(params, "capabilities", false, e);
  const char *locale = nb_lsp_get_string(params, "locale", false, e);
  if (e->code)
    return NULL;
  s->unit = nb_lsp_negotiate_encoding(caps);
  read_client_caps(&s->client, caps);
  if (locale && locale[0])
    s->config.locale_lang = nb_lang_from_locale(locale, NULL, NULL);
  nb_lsp_config_set_roots(&s->config, params);
  s->phase = NB_LSP_RUNNING;
  json_t *options = json_object_get(params, "initializationOptions");
  if (options && !json_is_null(options))
    nb_lsp_config_set_editor(s, options, "initializationOptions", true);
  return json_pack("{s:o, s:{s:s, s:s}}", "capabilities", server_capabilities(s), "serverInfo",
                   "name", "nianbao", "version", NB_VERSION);
}

/* workspace/configuration's answer: the "nianbao" section. */
static void take_settings(nb_lsp_server *s, const json_t *result, const json_t *error) {
  (void)error;
  const json_t *section = json_array_get(result, 0);
  if (json_is_object(section) && nb_lsp_config_set_editor(s, section, "settings", false))
    nb_lsp_configuration_changed(s);
}

void nb_lsp_pull_settings(nb_lsp_server *s) {
  if (s->client.configuration)
    nb_lsp_ask(s, "workspace/configuration",
               json_pack("{s:[{s:s}]}", "items", "section", "nianbao"), take_settings);
}

json_t *nb_lsp_initialized(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  (void)params;
  (void)e;
  if (s->client.watch_registration)
    nb_lsp_ask(s, "client/registerCapability",
               json_pack("{s:[{s:s, s:s, s:{s:[{s:s}]}}]}", "registrations", "id",
                         "nianbao-configuration-files", "method", "workspace/didChangeWatchedFiles",
                         "registerOptions", "watchers", "globPattern", "**/.nianbao.json"),
               NULL);
  nb_lsp_pull_settings(s);
  return NULL;
}

json_t *nb_lsp_shutdown(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  (void)params;
  (void)e;
  s->phase = NB_LSP_SHUT_DOWN;
  return NULL;
}

json_t *nb_lsp_exit(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  (void)params;
  (void)e;
  s->exit_now = true;
  s->exit_status = s->phase == NB_LSP_SHUT_DOWN ? 0 : 1;
  return NULL;
}
