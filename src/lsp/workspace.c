/* Workspace notifications: settings, configuration files and folders that change. */
#include "analysis.h"
#include "handlers.h"
#include "rpc.h"
#include "server.h"

void nb_lsp_configuration_changed(nb_lsp_server *s) {
  s->generation++;
  for (int i = 0; i < s->docs.count; i++)
    nb_lsp_state(s->docs.items[i])->dirty = true;
  if (s->client.pull_diagnostics && s->client.diagnostic_refresh)
    nb_lsp_ask(s, "workspace/diagnostic/refresh", NULL, NULL);
}

json_t *nb_lsp_did_change_configuration(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  (void)e;
  json_t *settings = json_object_get(params, "settings");
  /* A client that answers workspace/configuration may send no settings here: ask for them. */
  if (json_is_object(settings) && json_object_size(settings) > 0) {
    if (nb_lsp_config_set_editor(s, settings, "settings", false))
      nb_lsp_configuration_changed(s);
  } else {
    nb_lsp_pull_settings(s);
  }
  return NULL;
}

json_t *nb_lsp_did_change_watched_files(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  (void)params;
  (void)e;
  /* A configuration file that changed is read again when it is next needed (config.c compares
   * it with what was read), and a new or deleted one changes which applies: lint everything
   * again. */
  nb_lsp_configuration_changed(s);
  return NULL;
}

json_t *nb_lsp_did_change_workspace_folders(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  json_t *event = nb_lsp_get_object(params, "event", true, e);
  if (!event)
    return NULL;
  nb_lsp_config_change_roots(&s->config, event);
  nb_lsp_configuration_changed(s);
  return NULL;
}
