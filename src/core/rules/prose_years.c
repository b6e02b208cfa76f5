/* year-mismatch: the title year, the statistics period ("统计期限自2023年1月1日起至2023年12月31日
 * 止") and the year section 一 narrates ("2023年，我局…") must be the same year.
 *
 * A sentence about plans ("2024年，我镇将…") names next year on purpose, and the signature
 * date is in the following year by law: neither is compared. */
#include <stdio.h>
#include <string.h>

#include "prose_rules.h"
#include "prose_words.h"

enum { PERIOD_GAP_BYTES = 48, YEAR_BYTES = 4, REPORT_NAME_GAP_CPS = 20 };

typedef struct {
  int year;
  nb_span span; /* the year's digits */
  const char *what_zh, *what_en;
} year_fact;

static bool preceded_by(const char *t, size_t at, const char *const *words) {
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
    at--;
  for (int k = 0; words[k]; k++) {
    size_t n = strlen(words[k]);
    if (at >= n && memcmp(t + at - n, words[k], n) == 0)
      return true;
  }
  return false;
}

static nb_span digits_of(const nb_report *r, const nb_date *d) {
  size_t i = d->span.start;
  while (i < d->span.end && ((r->text[i] >= '0' && r->text[i] <= '9') || r->text[i] == ' '))
    i++;
  return nb_span_make(d->span.start, i > d->span.start ? i : d->span.end);
}

static void mismatch(nb_check_ctx *ctx, const year_fact *got, const year_fact *want) {
  char zh[256], en[256];
  snprintf(zh, sizeof zh, "%s为%d年，而%s为%d年", got->what_zh, got->year, want->what_zh,
           want->year);
  snprintf(en, sizeof en, "%s is %d but %s is %d", got->what_en, got->year, want->what_en,
           want->year);
  nb_diag *d = nb_diag_add(ctx->out, "year-mismatch", got->span, "%s%.0s", "%.0s%s", zh, en);
  nb_diag_add_related(d, want->span, "%s%.0s", "%.0s%s", want->what_zh, want->what_en);
}

/* The statistics period: a 1月1日 date opened by 自/从, and the 12月31日 date after it. */
static bool find_period(const nb_report *r, year_fact *start, year_fact *end) {
  for (int k = 0; k < r->ndates; k++) {
    const nb_date *d = &r->dates[k];
    if (d->month != 1 || d->day != 1 || !preceded_by(r->text, d->span.start, nb_pw_period_starts))
      continue;
    *start = (year_fact){d->year, digits_of(r, d), "统计期限的起始年份", "the period's start year"};
    end->year = 0;
    if (k + 1 < r->ndates) {
      const nb_date *e = &r->dates[k + 1];
      if (e->month == 12 && e->day == 31 && e->span.start - d->span.end <= PERIOD_GAP_BYTES)
        *end = (year_fact){e->year, digits_of(r, e), "统计期限的截止年份", "the period's end year"};
    }
    return true;
  }
  return false;
}

/* "2023年，…" opening a sentence of section 一. */
static void check_overview(nb_check_ctx *ctx, const nb_prose *p, const year_fact *want) {
  const nb_section *sec = nb_report_section(ctx->report, NB_SEC_OVERVIEW);
  if (!sec)
    return;
  const char *b = p->buf;
  for (size_t si = 0; si < p->nsentences; si++) {
    size_t s = p->sentences[si].start, e = p->sentences[si].end;
    /* skip a sub-item number: "（一）". Tested before the sentence's place in the source, which
     * is a search of the prose's runs: few sentences open with a year. */
    nb_prose_number n;
    if (!nb_prose_number_at(b, s, e, &n) || n.end - n.start != YEAR_BYTES ||
        !nb_prose_starts(b, n.end, e, "年"))
      continue;
    size_t from = nb_prose_source(p, s);
    if (from < sec->body.start || from >= sec->body.end)
      continue;
    size_t after = n.end + strlen("年");
    bool lead = false;
    for (int k = 0; nb_pw_year_leads[k] && !lead; k++)
      lead = nb_prose_starts(b, after, e, nb_pw_year_leads[k]);
    if (!lead || (int)n.value == want->year || nb_prose_find_any(b, s, e, nb_pw_future_words))
      continue;
    year_fact got = {(int)n.value, nb_prose_span(p, n.start, n.end), "总体情况所述年份",
                     "the year section 一 describes"};
    mismatch(ctx, &got, want);
  }
}

/* "…编制完成2023年度政府信息公开工作年度报告。" before section 一: the introduction names the
 * report it introduces; the title itself is not compared with itself, nor a sentence that
 * speaks of another report (last year's, one compared with). */
static void check_introduction(nb_check_ctx *ctx, const nb_prose *p, const year_fact *want) {
  const nb_report *r = ctx->report;
  const nb_section *first = r->nsections > 0 ? &r->sections[0] : NULL;
  if (!first)
    return;
  const char *b = p->buf;
  size_t run = 0; /* the first digit run not yet passed: numbers start only there */
  for (size_t si = 0; si < p->nsentences; si++) {
    size_t s = p->sentences[si].start, e = p->sentences[si].end;
    if (nb_prose_source(p, s) >= first->heading.start)
      break;
    for (size_t read_to = s; run < p->ndigit_runs && p->digit_runs[run] < e; run++) {
      size_t i = p->digit_runs[run];
      nb_prose_number n;
      if (i < read_to || !nb_prose_number_at(b, i, e, &n))
        continue;
      read_to = n.end;
      if (n.end - n.start != YEAR_BYTES || !nb_prose_starts(b, n.end, e, "年") ||
          (int)n.value == want->year)
        continue;
      size_t name = nb_prose_find(b, n.end, e, nb_pw_report_name);
      if (name == (size_t)-1 || nb_prose_cps(b, n.end, name) > REPORT_NAME_GAP_CPS)
        continue;
      nb_span at = nb_prose_span(p, n.start, n.end);
      if (!nb_span_is_empty(r->title) && at.start >= r->title.start && at.end <= r->title.end)
        continue;
      /* A sentence about another report names none of this one: asked only of a sentence
       * that names a report at all (a search of the whole sentence per word of the list). */
      if (nb_prose_find_any(b, s, e, nb_pw_other_report))
        break;
      year_fact got = {(int)n.value, at, "引言所称本报告的年份",
                       "the year the introduction gives "
                       "this report"};
      mismatch(ctx, &got, want);
      return;
    }
  }
}

void nb_check_years(nb_check_ctx *ctx, const nb_prose *p) {
  const nb_report *r = ctx->report;
  year_fact title = {0}, start = {0}, end = {0};
  bool has_title = r->year > 0 && !nb_span_is_empty(r->title) &&
                   r->year_span.start >= r->title.start && r->year_span.end <= r->title.end;
  if (has_title)
    title = (year_fact){r->year, r->year_span, "标题年份", "the title year"};
  bool has_period = find_period(r, &start, &end);
  if (has_period && start.year > 0 && end.year > 0 && end.year != start.year)
    mismatch(ctx, &end, &start);
  if (has_title && has_period && start.year != title.year)
    mismatch(ctx, &start, &title);
  const year_fact *want = has_title ? &title : has_period ? &start : NULL;
  if (want) {
    check_introduction(ctx, p, want);
    check_overview(ctx, p, want);
  }
}
