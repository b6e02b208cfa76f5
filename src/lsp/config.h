/* Configuration as the server sees it, from three places:
 *
 *   - the editor's settings: initializationOptions, with workspace/didChangeConfiguration (or
 *     workspace/configuration when the client offers it) layered over them, under a "nianbao"
 *     section or bare;
 *   - the .nianbao.json that applies to a document, found as the command line finds it (walking
 *     up from the document's folder) and re-read when it changes on disk;
 *   - the client's locale (initialize), for the language.
 *
 * Both use the keys of .nianbao.json (rules, organ_kind, lang, reports, previous). The file is
 * the project's shared decision, so for rules, organ_kind and previous it wins over the editor;
 * the language is the user's own, so the editor's lang wins, then the file's, then the locale.
 * A broken file is announced once with window/showMessage and then ignored (editor settings and
 * defaults apply); an editor setting with a bad value is announced the same way and skipped. */
#ifndef NB_LSP_CONFIG_H
#define NB_LSP_CONFIG_H

#include <jansson.h>
#include <stdbool.h>
#include <sys/types.h>

#include "../core/settings.h"

typedef struct {
  char *path;
  /* what the file was when it was read, to notice changes */
  dev_t dev;
  ino_t ino;
  off_t size;
  long long mtime_ns;
  bool ok;
  nb_settings settings; /* when ok */
  char *error;          /* when not: one line, already shown */
} nb_lsp_config_file;

typedef struct {
  nb_settings initial; /* initializationOptions */
  nb_settings changed; /* the last settings sent or asked for since */
  nb_settings editor;  /* the two layered: a key of `changed` replaces the same of `initial` */
  int locale_lang;     /* from initialize's locale; -1 when none was given */
  char **roots;        /* workspace folders, absolute paths */
  int nroots;
  nb_lsp_config_file **files;
  int nfiles, cap;
} nb_lsp_config;

/* Everything an analysis of one document depends on. */
typedef struct {
  nb_settings settings; /* merged: what nb_analyze gets */
  nb_lang lang;
  bool named_report; /* a "reports" pattern names the document */
  char *previous;    /* last year's report as configured (absolute path), or NULL */
  char *config_path; /* the .nianbao.json that applies, or NULL */
} nb_lsp_effective;

struct nb_lsp_server;

void nb_lsp_config_init(nb_lsp_config *c);
void nb_lsp_config_free(nb_lsp_config *c);

/* Takes the editor settings in `value` (see above): initializationOptions when `initial`, else
 * settings sent later, which replace the ones sent before them and are layered over
 * initializationOptions key by key (so an empty object leaves them as they were). `origin`
 * names them in messages. Returns false when `value` holds no settings object. */
bool nb_lsp_config_set_editor(struct nb_lsp_server *s, const json_t *value, const char *origin,
                              bool initial);

/* Sets the workspace folders from initialize's workspaceFolders / rootUri / rootPath. */
void nb_lsp_config_set_roots(nb_lsp_config *c, const json_t *initialize_params);
/* Applies workspace/didChangeWorkspaceFolders' event. */
void nb_lsp_config_change_roots(nb_lsp_config *c, const json_t *event);

/* The configuration for a document at `path` (NULL for a document that is no local file: the
 * first workspace folder's configuration then applies). Free with nb_lsp_effective_free. */
void nb_lsp_config_for(struct nb_lsp_server *s, const char *path, nb_lsp_effective *out);
void nb_lsp_effective_free(nb_lsp_effective *e);

#endif
