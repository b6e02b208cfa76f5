/* The effective configuration of a lint run, whatever it was read from (a .nianbao.json file,
 * an editor's settings): per-rule severities, the kind of organ when the title does not say it
 * well, and the default language. Format-neutral, so the language server can share it. */
#ifndef NB_SETTINGS_H
#define NB_SETTINGS_H

#include <stdbool.h>

#include "diag.h"
#include "model.h"

typedef struct {
  const char *rule;     /* the catalog's id (static) */
  nb_severity severity; /* NB_SEV_OFF removes the rule's findings */
} nb_rule_setting;

typedef struct {
  nb_rule_setting *rules; /* owned; at most one entry per rule, the last setting wins */
  int nrules;
  int cap;
  nb_organ_kind organ_kind; /* NB_ORGAN_UNKNOWN: keep what the report's title implies */
  int lang;                 /* an nb_lang, or -1 when not set */
  /* For front-ends that find files themselves (the language server): glob patterns naming the
   * files that are reports whatever they look like, and last year's report. Owned. */
  char **reports;
  int nreports;
  char *previous; /* NULL when not set */
} nb_settings;

void nb_settings_init(nb_settings *s);
void nb_settings_free(nb_settings *s);

/* Sets the severity of rule `id` (NB_SEV_OFF turns it off). Returns false, changing nothing,
 * when `id` is not in the catalog. */
bool nb_settings_set_rule(nb_settings *s, const char *id, nb_severity severity);
/* Turns rule `id` on at its catalog severity, or off. Returns false for an unknown id. */
bool nb_settings_enable_rule(nb_settings *s, const char *id, bool on);

/* The severity `rule` gets under these settings (its catalog default when not set). */
nb_severity nb_settings_severity(const nb_settings *s, const char *rule);

/* Parses "department", "government", "township"; -1 for anything else. */
int nb_organ_kind_parse(const char *name);

/* Removes the findings of rules that are off and gives the others their configured severity.
 * The order of the remaining diagnostics is kept. */
void nb_settings_apply(const nb_settings *s, nb_diag_list *diags);

/* Keeps the diagnostics for which keep() returns true, in order, and frees the others. */
void nb_diag_list_retain(nb_diag_list *diags, bool (*keep)(const nb_diag *d, void *data),
                         void *data);

#endif
