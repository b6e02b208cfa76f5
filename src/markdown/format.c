/* fmt's promise: the canonical form says what the source said. Checked by linting both. */
#include <stdlib.h>
#include <string.h>

#include "../core/engine.h"
#include "../core/xalloc.h"
#include "markdown.h"
#include "render_canonical.h"

/* Findings about the layout itself, which the canonical form is meant to make go away. */
static bool is_layout_rule(const char *rule) {
  return strcmp(rule, "table-cells-run-together") == 0 || strcmp(rule, "table-unreadable") == 0 ||
         strcmp(rule, "input-encoding") == 0;
}

typedef struct {
  const char **ids;
  int count;
} rule_bag;

static int compare_ids(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The multiset of rule ids lint reports on `text`, layout findings left out: lines move when a
 * table is rewritten, so positions are not compared. */
static rule_bag findings(const char *text, size_t len) {
  nb_report r;
  nb_report_init(&r, text, len);
  nb_markdown_build(text, len, &r);
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_check_report(&r, NULL, &diags);
  rule_bag bag = {nb_xcalloc((size_t)diags.count + 1, sizeof *bag.ids), 0};
  for (int i = 0; i < diags.count; i++)
    if (!is_layout_rule(diags.items[i].rule))
      bag.ids[bag.count++] = diags.items[i].rule; /* static: the catalog's id */
  qsort(bag.ids, (size_t)bag.count, sizeof *bag.ids, compare_ids);
  nb_diag_list_free(&diags);
  nb_report_free(&r);
  return bag;
}

static bool same_bag(rule_bag a, rule_bag b) {
  if (a.count != b.count)
    return false;
  for (int i = 0; i < a.count; i++)
    if (strcmp(a.ids[i], b.ids[i]) != 0)
      return false;
  return true;
}

/* The canonical text for `mask` when it keeps the findings; NULL (nothing kept) otherwise. */
static char *canonical_if_faithful(const char *text, size_t len, unsigned mask, rule_bag want,
                                   size_t *out_len) {
  char *out = nb_markdown_canonical(text, len, mask, out_len);
  rule_bag got = findings(out, *out_len);
  bool ok = same_bag(got, want);
  free(got.ids);
  if (ok)
    return out;
  free(out);
  return NULL;
}

char *nb_markdown_format(const char *text, size_t len, size_t *out_len) {
  rule_bag want = findings(text, len);
  unsigned all = (1u << NB_TABLE_COUNT) - 1;
  char *out = canonical_if_faithful(text, len, all, want, out_len);
  if (!out) {
    /* Some table cannot be rewritten faithfully: take the tables one at a time. */
    unsigned mask = 0;
    for (int t = 0; t < NB_TABLE_COUNT; t++) {
      size_t n;
      char *trial = canonical_if_faithful(text, len, mask | (1u << t), want, &n);
      if (trial)
        mask |= 1u << t;
      free(trial);
    }
    out = nb_markdown_canonical(text, len, mask, out_len);
  }
  free(want.ids);
  return out;
}
