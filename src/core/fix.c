/* Fixes are applied first come, first served in the order of the diagnostic list: a fix is
 * taken whole or not at all, so a text never holds half of a fix. */
#include "fix.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

typedef struct {
  const nb_edit **items;
  int count;
  int cap;
} edit_set;

/* Two insertions at one point, or an insertion strictly inside a replaced range, have no
 * well-defined order, so they count as overlapping too. */
static bool edits_overlap(nb_span a, nb_span b) {
  bool a_point = nb_span_is_empty(a), b_point = nb_span_is_empty(b);
  if (a_point && b_point)
    return a.start == b.start;
  if (a_point)
    return b.start < a.start && a.start < b.end;
  if (b_point)
    return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

static bool edit_in_bounds(const nb_edit *e, size_t len) {
  return e->span.start <= e->span.end && e->span.end <= len;
}

static bool clashes_with(const nb_edit *e, const edit_set *taken) {
  for (int i = 0; i < taken->count; i++)
    if (edits_overlap(e->span, taken->items[i]->span))
      return true;
  return false;
}

/* A fix can be taken when every edit is inside the text and clashes neither with an edit taken
 * before nor with another edit of the same fix. */
static bool fix_fits(const nb_fix *f, size_t len, const edit_set *taken) {
  if (f->nedits <= 0)
    return false;
  for (int i = 0; i < f->nedits; i++) {
    const nb_edit *e = &f->edits[i];
    if (!edit_in_bounds(e, len) || clashes_with(e, taken))
      return false;
    for (int j = 0; j < i; j++)
      if (edits_overlap(e->span, f->edits[j].span))
        return false;
  }
  return true;
}

static void take_fix(const nb_fix *f, edit_set *taken) {
  for (int i = 0; i < f->nedits; i++) {
    nb_grow((void **)&taken->items, &taken->cap, taken->count + 1, sizeof *taken->items);
    taken->items[taken->count++] = &f->edits[i];
  }
}

/* An insertion sorts before a replacement starting at the same byte: it goes in front. */
static int compare_edits(const void *pa, const void *pb) {
  const nb_edit *a = *(const nb_edit *const *)pa, *b = *(const nb_edit *const *)pb;
  if (a->span.start != b->span.start)
    return a->span.start < b->span.start ? -1 : 1;
  if (a->span.end != b->span.end)
    return a->span.end < b->span.end ? -1 : 1;
  return 0;
}

static char *splice(const char *text, size_t len, const edit_set *taken, size_t *out_len) {
  size_t size = len + 1;
  for (int i = 0; i < taken->count; i++)
    size += strlen(taken->items[i]->replacement ? taken->items[i]->replacement : "");
  char *out = nb_xmalloc(size);
  size_t n = 0, at = 0;
  for (int i = 0; i < taken->count; i++) {
    const nb_edit *e = taken->items[i];
    memcpy(out + n, text + at, e->span.start - at);
    n += e->span.start - at;
    const char *r = e->replacement ? e->replacement : "";
    size_t rlen = strlen(r);
    memcpy(out + n, r, rlen);
    n += rlen;
    at = e->span.end > e->span.start ? e->span.end : e->span.start;
  }
  memcpy(out + n, text + at, len - at);
  n += len - at;
  out[n] = '\0';
  *out_len = n;
  return out;
}

char *nb_apply_fixes(const char *text, size_t len, const nb_diag_list *diags, bool safe_only,
                     size_t *out_len, int *applied) {
  edit_set taken = {0};
  int count = 0;
  for (int i = 0; diags && i < diags->count; i++) {
    const nb_diag *d = &diags->items[i];
    if (d->nfixes <= 0)
      continue;
    const nb_fix *f = &d->fixes[0];
    if ((safe_only && !f->safe) || !fix_fits(f, len, &taken))
      continue;
    take_fix(f, &taken);
    count++;
  }
  if (taken.count > 1)
    qsort(taken.items, (size_t)taken.count, sizeof *taken.items, compare_edits);
  char *out = splice(text, len, &taken, out_len);
  free(taken.items);
  *applied = count;
  return out;
}
