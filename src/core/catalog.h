/* The rule catalog: every rule's stable id, default severity and documentation.
 * Ids are those of ../shared/spec/rules.md; they are stable once released. */
#ifndef NB_CATALOG_H
#define NB_CATALOG_H

#include "diag.h"

typedef enum {
  NB_GROUP_STRUCTURE,
  NB_GROUP_TABLES,
  NB_GROUP_ARITHMETIC,
  NB_GROUP_PROSE,
  NB_GROUP_ACROSS_YEARS,
  NB_GROUP_INPUT,
} nb_rule_group;

typedef struct {
  const char *id;
  nb_rule_group group;
  nb_severity severity;   /* default */
  const char *summary_zh; /* one line */
  const char *summary_en;
  const char *doc_zh; /* one paragraph: what it checks, why, and what to do */
  const char *doc_en;
} nb_rule_info;

const nb_rule_info *nb_catalog(int *count);
/* The entry for `id`, or NULL. */
const nb_rule_info *nb_catalog_find(const char *id);

#endif
