#include "settings.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "xalloc.h"

void nb_settings_init(nb_settings *s) {
  memset(s, 0, sizeof *s);
  s->organ_kind = NB_ORGAN_UNKNOWN;
  s->lang = -1;
}

void nb_settings_free(nb_settings *s) {
  free(s->rules);
  for (int i = 0; i < s->nreports; i++)
    free(s->reports[i]);
  free(s->reports);
  free(s->previous);
  nb_settings_init(s);
}

static nb_rule_setting *find_setting(const nb_settings *s, const char *rule) {
  for (int i = 0; i < s->nrules; i++)
    if (strcmp(s->rules[i].rule, rule) == 0)
      return &s->rules[i];
  return NULL;
}

bool nb_settings_set_rule(nb_settings *s, const char *id, nb_severity severity) {
  const nb_rule_info *info = nb_catalog_find(id);
  if (!info)
    return false;
  nb_rule_setting *existing = find_setting(s, info->id);
  if (existing) {
    existing->severity = severity;
    return true;
  }
  nb_grow((void **)&s->rules, &s->cap, s->nrules + 1, sizeof *s->rules);
  s->rules[s->nrules++] = (nb_rule_setting){info->id, severity};
  return true;
}

bool nb_settings_enable_rule(nb_settings *s, const char *id, bool on) {
  const nb_rule_info *info = nb_catalog_find(id);
  if (!info)
    return false;
  return nb_settings_set_rule(s, id, on ? info->severity : NB_SEV_OFF);
}

nb_severity nb_settings_severity(const nb_settings *s, const char *rule) {
  const nb_rule_setting *set = find_setting(s, rule);
  if (set)
    return set->severity;
  const nb_rule_info *info = nb_catalog_find(rule);
  return info ? info->severity : NB_SEV_ERROR;
}

int nb_organ_kind_parse(const char *name) {
  static const struct {
    const char *name;
    nb_organ_kind kind;
  } kinds[] = {
      {"department", NB_ORGAN_DEPARTMENT},
      {"government", NB_ORGAN_GOVERNMENT},
      {"township", NB_ORGAN_TOWNSHIP},
  };
  for (size_t i = 0; name && i < sizeof kinds / sizeof kinds[0]; i++)
    if (strcmp(name, kinds[i].name) == 0)
      return (int)kinds[i].kind;
  return -1;
}

/* nb_diag_list_free frees a whole list; a single diagnostic is freed as a list of one. */
static void diag_free(const nb_diag *d) {
  nb_diag_list one = {nb_xmalloc(sizeof *d), 1, 1};
  one.items[0] = *d;
  nb_diag_list_free(&one);
}

void nb_diag_list_retain(nb_diag_list *diags, bool (*keep)(const nb_diag *d, void *data),
                         void *data) {
  int kept = 0;
  for (int i = 0; i < diags->count; i++) {
    if (keep(&diags->items[i], data))
      diags->items[kept++] = diags->items[i];
    else
      diag_free(&diags->items[i]);
  }
  diags->count = kept;
}

static bool rule_is_on(const nb_diag *d, void *settings) {
  return nb_settings_severity(settings, d->rule) != NB_SEV_OFF;
}

void nb_settings_apply(const nb_settings *s, nb_diag_list *diags) {
  if (s->nrules == 0)
    return;
  nb_diag_list_retain(diags, rule_is_on, (void *)s);
  for (int i = 0; i < diags->count; i++) {
    const nb_rule_setting *set = find_setting(s, diags->items[i].rule);
    if (set)
      diags->items[i].severity = set->severity;
  }
}
