/* parts-exceed-total: "累计发布信息 440 条，其中工作动态 156 条、通知公告 87 条…" — the parts
 * listed after 其中 must not add up to more than the total before it.
 *
 * Only the plain form is checked: a count right before 其中, then counts in the same unit up
 * to the end of the sentence, stopping at a clause that starts another quantity (已办结, 共,
 * 占 …) or another 其中. Anything approximate (余, 多, 约 …) exempts the whole list, and
 * figures in brackets are notes, not parts. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"
#include "prose_rules.h"
#include "prose_words.h"
#include "rule_util.h"

enum { MAX_PARTS = 64, MAX_JOIN_BYTES = 6 };

typedef struct {
  nb_prose_number items[MAX_PARTS];
  int n;
  bool approx;
} parts;

static const char *const joins[] = {"，", ",", "：", ":", NULL};
static const char *const opens[] = {"（", "(", "【", NULL};
static const char *const closes[] = {"）", ")", "】", NULL};
static nb_word_list join_words = NB_WORD_LIST(joins);
static nb_word_list open_words = NB_WORD_LIST(opens);
static nb_word_list close_words = NB_WORD_LIST(closes);
static nb_word_list clause_ends = NB_WORD_LIST(nb_pw_clause_ends);
static nb_word_list parts_intro = NB_WORD_LIST(nb_pw_parts_intro);

/* Only separators (，：) between the total's unit and 其中. */
static bool joined(const char *b, size_t from, size_t to) {
  size_t len;
  if (to - from > MAX_JOIN_BYTES)
    return false;
  for (size_t i = from; i < to; i += len)
    if (!nb_prose_at_word(&join_words, b, i, to, &len))
      return false;
  return true;
}

/* The count whose unit ends right before 其中 at `intro`. */
static bool total_before(const char *b, size_t s, size_t intro, nb_prose_number *total) {
  bool found = false;
  for (size_t i = nb_next_ascii_digit(b, s, intro); i < intro;
       i = nb_next_ascii_digit(b, i + 1, intro)) {
    nb_prose_number n;
    if (!nb_prose_number_at(b, i, intro, &n))
      continue;
    *total = n;
    found = true;
    i = n.end - 1;
  }
  if (!found || !total->unit || total->decimal)
    return false;
  if (total->approx_after)
    return true;
  return joined(b, total->unit_end, intro);
}

static bool is_open(const char *b, size_t i, size_t e, size_t *len) {
  return nb_prose_at_word(&open_words, b, i, e, len);
}

static bool is_close(const char *b, size_t i, size_t e, size_t *len) {
  return nb_prose_at_word(&close_words, b, i, e, len);
}

/* The bytes collect looks at: the first bytes of the brackets and the clause ends, and the
 * digits. No other byte starts any of them or a number, so the bytes between (the ideographs
 * of the parts' names, most of the sentence) are passed over four at a time. */
static bool collect_stops[256];
static pthread_once_t collect_stops_once = PTHREAD_ONCE_INIT;

static void mark_first_bytes(const char *const *words) {
  for (int k = 0; words[k]; k++)
    collect_stops[(unsigned char)words[k][0]] = true;
}

static void fill_collect_stops(void) {
  mark_first_bytes(opens);
  mark_first_bytes(closes);
  mark_first_bytes(nb_pw_clause_ends);
  for (char c = '0'; c <= '9'; c++)
    collect_stops[(unsigned char)c] = true;
}

static void collect(const char *b, size_t from, size_t e, const nb_prose_number *total, parts *ps) {
  int depth = 0;
  size_t clause = from, len;
  pthread_once(&collect_stops_once, fill_collect_stops);
  for (size_t i = nb_next_byte_in(b, from, e, collect_stops); i < e;
       i = nb_next_byte_in(b, i + 1, e, collect_stops)) {
    if (is_open(b, i, e, &len)) {
      depth++;
      i += len - 1;
      continue;
    }
    if (is_close(b, i, e, &len)) {
      depth = depth > 0 ? depth - 1 : 0;
      clause = i + len;
      i += len - 1;
      continue;
    }
    if (depth == 0 && nb_prose_at_word(&clause_ends, b, i, e, &len)) {
      clause = i + len;
      i += len - 1;
      continue;
    }
    nb_prose_number n;
    if (!nb_prose_number_at(b, i, e, &n))
      continue;
    i = n.end - 1;
    if (depth > 0 || !n.unit || strcmp(n.unit, total->unit) != 0)
      continue;
    if (nb_prose_find_any(b, clause, n.start, nb_pw_parts_stop))
      return;
    if (n.approx_after || nb_prose_find_any(b, clause, n.start, nb_pw_approx_before))
      ps->approx = true;
    if (ps->n < MAX_PARTS)
      ps->items[ps->n++] = n;
  }
}

static void report(nb_check_ctx *ctx, const nb_prose *p, const nb_prose_number *total,
                   const parts *ps, double sum) {
  nb_rule_buf list;
  nb_rule_buf_init(&list);
  char v[32];
  for (int k = 0; k < ps->n; k++)
    nb_rule_buf_printf(&list, "%s%s", k ? "+" : "",
                       nb_rule_format_value(ps->items[k].value, v, sizeof v));
  char *terms = nb_rule_buf_take(&list);
  char tv[32], sv[32];
  nb_rule_format_value(total->value, tv, sizeof tv);
  nb_rule_format_value(sum, sv, sizeof sv);
  nb_diag *d = nb_diag_add(
      ctx->out, "parts-exceed-total", nb_prose_span(p, total->start, total->unit_end),
      "总数为%s%s，但“其中”所列分项之和为%s（%s）%.0s%.0s%.0s%.0s，超过总数",
      "%.0s%.0s%.0s%.0sthe total is %s %s, but the parts listed after 其中 add up to %s (%s)", tv,
      total->unit, sv, terms, tv, total->unit, sv, terms);
  for (int k = 0; k < ps->n; k++)
    nb_diag_add_related(d, nb_prose_span(p, ps->items[k].start, ps->items[k].unit_end),
                        "分项：%s%.0s", "%.0spart: %s",
                        nb_rule_format_value(ps->items[k].value, v, sizeof v), v);
  free(terms);
}

/* The first place at or after i where a word of nb_pw_parts_intro starts and ends before e,
 * or e. Few sentences hold one: each word is searched through the prose once, by a cursor (the
 * places asked about only move forward), rather than once per sentence. */
static size_t next_intro(const nb_prose *p, nb_prose_cursor *intro, size_t i, size_t e) {
  size_t best = e;
  for (int k = 0; nb_pw_parts_intro[k]; k++) {
    size_t at = nb_prose_cursor_find(&intro[k], p->buf, p->len, i, e);
    if (at < best)
      best = at;
  }
  return best;
}

void nb_check_parts_total(nb_check_ctx *ctx, const nb_prose *p) {
  const char *b = p->buf;
  size_t len;
  int nintro = 0;
  while (nb_pw_parts_intro[nintro])
    nintro++;
  nb_prose_cursor *intro = nb_xmalloc(((size_t)nintro + 1) * sizeof *intro);
  for (int k = 0; k < nintro; k++)
    nb_prose_cursor_init(&intro[k], nb_pw_parts_intro[k]);
  for (size_t si = 0; si < p->nsentences; si++) {
    size_t s = p->sentences[si].start, e = p->sentences[si].end;
    for (size_t i = next_intro(p, intro, s, e); i < e; i = next_intro(p, intro, i + 1, e)) {
      if (!nb_prose_at_word(&parts_intro, b, i, e, &len))
        continue;
      nb_prose_number total = {0};
      if (!total_before(b, s, i, &total))
        continue;
      /* Only items[0, n) are ever read: the 3.5 KB of items are not cleared per 其中. */
      parts ps;
      ps.n = 0;
      ps.approx = total.approx_after;
      collect(b, i + len, e, &total, &ps);
      double sum = 0;
      for (int k = 0; k < ps.n; k++)
        sum += ps.items[k].value;
      if (!ps.approx && ps.n >= 2 && sum > total.value)
        report(ctx, p, &total, &ps, sum);
      i += len - 1;
    }
  }
  free(intro);
}
