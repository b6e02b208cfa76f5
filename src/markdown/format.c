/* fmt's promises: the canonical form says what the source said (checked by linting both), it
 * is a fixed point (checked by formatting it again), and it keeps the file's line ending and
 * byte-order mark. */
#include <stdlib.h>
#include <string.h>

#include "../core/engine.h"
#include "../core/suppress.h"
#include "../core/text.h"
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

/* The multiset of rule ids lint reports on the report, layout findings left out: lines move
 * when a table is rewritten, so positions are not compared. Suppression comments count: they
 * act on lines, so a rendering that splits a line holding one can bring a finding back. */
static rule_bag findings(const nb_report *r) {
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_check_report(r, NULL, &diags);
  nb_suppress_apply(r->text, r->len, &diags);
  rule_bag bag = {nb_xcalloc((size_t)diags.count + 1, sizeof *bag.ids), 0};
  for (int i = 0; i < diags.count; i++)
    if (!is_layout_rule(diags.items[i].rule))
      bag.ids[bag.count++] = diags.items[i].rule; /* static: the catalog's id */
  qsort(bag.ids, (size_t)bag.count, sizeof *bag.ids, compare_ids);
  nb_diag_list_free(&diags);
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

enum { ALL_TABLES = (1u << NB_TABLE_COUNT) - 1 };

/* Whether `out` may stand for the source: it lints the same (layout findings aside), and
 * formatting it again with every table changes nothing, so that fmt of fmt is fmt. */
static bool acceptable(const char *out, size_t len, rule_bag want) {
  nb_report r;
  nb_report_init(&r, out, len);
  nb_markdown_build(out, len, &r);
  rule_bag got = findings(&r);
  bool ok = same_bag(got, want);
  free(got.ids);
  if (ok) {
    size_t again_len = 0;
    char *again = nb_canonical_render(&r, ALL_TABLES, &again_len);
    ok = again_len == len && memcmp(again, out, len) == 0;
    free(again);
  }
  nb_report_free(&r);
  return ok;
}

/* The renderings format_lf has judged: acceptable() depends on the text alone, and a table the
 * report lacks, or one rendered as it was, gives a rendering already judged, so it is judged
 * once (each judgement builds and lints the text twice). Kept only for texts up to
 * MAX_KEPT_BYTES, so that what is kept stays small beside the report's own model.
 * A rendering that is the source text itself is judged without building it again: it lints as
 * the source does, and formatting it again renders the source's own model with every table,
 * which format_lf renders first (source_is_fixed_point). fmt of fmt's output, and of a file
 * already canonical, is that case. */
enum { MAX_JUDGED = NB_TABLE_COUNT + 3, MAX_KEPT_BYTES = 256 * 1024 };
typedef struct {
  const char *source;
  size_t source_len;
  bool source_is_fixed_point;
  char *text[MAX_JUDGED];
  size_t len[MAX_JUDGED];
  bool ok[MAX_JUDGED];
  int n;
} judged;

static bool judge(judged *j, const char *out, size_t len, rule_bag want) {
  if (len == j->source_len && memcmp(out, j->source, len) == 0)
    return j->source_is_fixed_point;
  for (int i = 0; i < j->n; i++)
    if (j->len[i] == len && memcmp(j->text[i], out, len) == 0)
      return j->ok[i];
  bool ok = acceptable(out, len, want);
  if (j->n < MAX_JUDGED && len <= MAX_KEPT_BYTES) {
    j->text[j->n] = nb_xstrndup(out, len);
    j->len[j->n] = len;
    j->ok[j->n++] = ok;
  }
  return ok;
}

static void judged_free(judged *j) {
  for (int i = 0; i < j->n; i++)
    free(j->text[i]);
}

static char *render_if_acceptable(const nb_report *r, unsigned mask, rule_bag want, judged *j,
                                  size_t *out_len) {
  char *out = nb_canonical_render(r, mask, out_len);
  if (judge(j, out, *out_len, want))
    return out;
  free(out);
  return NULL;
}

/* The canonical form of LF-terminated text: every table that can be rewritten faithfully, else
 * those that can one at a time, else the headings alone; when even that would not be a fixed
 * point, the text as it is (fmt then changes nothing rather than something it cannot stand
 * by). */
static char *format_lf(const char *text, size_t len, size_t *out_len) {
  nb_report r;
  nb_report_init(&r, text, len);
  nb_markdown_build(text, len, &r);
  rule_bag want = findings(&r);
  judged j = {.source = text, .source_len = len};
  char *out = nb_canonical_render(&r, ALL_TABLES, out_len);
  j.source_is_fixed_point = *out_len == len && memcmp(out, text, len) == 0;
  if (!judge(&j, out, *out_len, want)) {
    free(out);
    out = NULL;
  }
  if (!out) {
    unsigned mask = 0;
    for (int t = 0; t < NB_TABLE_COUNT; t++) {
      size_t n;
      char *trial = render_if_acceptable(&r, mask | (1u << t), want, &j, &n);
      if (trial)
        mask |= 1u << t;
      free(trial);
    }
    if (mask)
      out = render_if_acceptable(&r, mask, want, &j, out_len);
  }
  if (!out)
    out = render_if_acceptable(&r, 0, want, &j, out_len);
  if (!out) {
    out = nb_xstrndup(text, len);
    *out_len = len;
  }
  judged_free(&j);
  free(want.ids);
  nb_report_free(&r);
  return out;
}

static const char bom[] = "\xEF\xBB\xBF";

/* The file's line ending: its first one ("\n" when it has none). */
static const char *line_ending(const char *text, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '\n')
      return "\n";
    if (text[i] == '\r')
      return i + 1 < len && text[i + 1] == '\n' ? "\r\n" : "\r";
  }
  return "\n";
}

char *nb_markdown_format(const char *text, size_t len, size_t *out_len) {
  size_t prefix = len >= 3 && memcmp(text, bom, 3) == 0 ? 3 : 0;
  const char *ending = line_ending(text, len);
  char *lf = nb_xmalloc(len - prefix + 1);
  size_t lf_len = nb_copy_lf(lf, text + prefix, len - prefix);
  lf[lf_len] = '\0';
  size_t n = 0;
  char *body = format_lf(lf, lf_len, &n);
  free(lf);

  size_t newlines = 0;
  for (size_t i = 0; i < n; i++)
    newlines += body[i] == '\n';
  size_t extra = strlen(ending) - 1;
  char *out = nb_xmalloc(prefix + n + newlines * extra + 1);
  size_t k = 0;
  memcpy(out, bom, prefix);
  k += prefix;
  for (size_t i = 0; i < n; i++) {
    if (body[i] == '\n') {
      memcpy(out + k, ending, extra + 1);
      k += extra + 1;
    } else {
      out[k++] = body[i];
    }
  }
  out[k] = '\0';
  free(body);
  *out_len = k;
  return out;
}
