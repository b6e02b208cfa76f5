/* date-invalid and publication-late: the dates a report writes, and its signature date
 * against the deadline of 条例 Art. 49 for the organ's kind. */
#include <stdio.h>
#include <string.h>

#include "../text.h"
#include "prose_rules.h"
#include "rule_util.h"

enum { MIN_YEAR = 1949, MAX_YEAR = 2100, YEAR_DIGITS = 4 };

static bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

typedef enum { DATE_EXISTS, YEAR_RUNS_ON, YEAR_IMPLAUSIBLE, NO_SUCH_MONTH, NO_SUCH_DAY } date_check;

static date_check check_date(const nb_date *d) {
  if (d->month == 0 && d->year > MAX_YEAR)
    return YEAR_RUNS_ON;
  if (d->year < MIN_YEAR || d->year > MAX_YEAR)
    return YEAR_IMPLAUSIBLE;
  if (d->month < 1 || d->month > 12)
    return NO_SUCH_MONTH;
  if (d->day < 1 || d->day > days_in_month(d->year, d->month))
    return NO_SUCH_DAY;
  return DATE_EXISTS;
}

/* What is wrong with a date that does not exist, in both languages. */
static void describe(const nb_date *d, date_check why, char *zh, char *en, size_t size) {
  switch (why) {
  case YEAR_RUNS_ON:
    snprintf(zh, size, "年份与月份的数字连在一起，缺少“年”字");
    snprintf(en, size, "the year runs into the month: 年 is missing");
    break;
  case YEAR_IMPLAUSIBLE:
    snprintf(zh, size, "年份%d不合理", d->year);
    snprintf(en, size, "the year %d is implausible", d->year);
    break;
  case NO_SUCH_MONTH:
    snprintf(zh, size, "没有%d月", d->month);
    snprintf(en, size, "there is no month %d", d->month);
    break;
  case NO_SUCH_DAY:
  case DATE_EXISTS: {
    int dim = days_in_month(d->year, d->month);
    snprintf(zh, size, "%d年%d月只有%d天", d->year, d->month, dim);
    snprintf(en, size, "month %d of %d has only %d days", d->month, d->year, dim);
    break;
  }
  }
}

/* Where the fourth digit of the date ends: "年" goes there in "20231月1日". */
static size_t after_year_digits(const char *text, nb_span span) {
  int digits = 0;
  for (size_t i = span.start; i < span.end;) {
    uint32_t cp = nb_utf8_next(text, span.end, &i);
    bool digit = (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
    if (!digit)
      break;
    if (++digits == YEAR_DIGITS)
      return i;
  }
  return (size_t)-1;
}

static void check_invalid(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  for (int k = 0; k < r->ndates; k++) {
    const nb_date *d = &r->dates[k];
    date_check why = check_date(d);
    if (why == DATE_EXISTS)
      continue;
    char zh[128], en[128];
    describe(d, why, zh, en, sizeof zh);
    int n = (int)(d->span.end - d->span.start);
    const char *s = r->text + d->span.start;
    nb_diag *diag = nb_diag_add(ctx->out, "date-invalid", d->span, "日期“%.*s”有误：%s%.0s",
                                "invalid date “%.*s”: %.0s%s", n, s, zh, en);
    size_t at = after_year_digits(r->text, d->span);
    if (d->month == 0 && d->year > MAX_YEAR && at != (size_t)-1)
      nb_diag_add_fix(diag, true, nb_span_make(at, at), "年", "在年份后补“年”字",
                      "insert 年 after the year");
  }
}

static int date_key(int y, int m, int d) {
  return y * 10000 + m * 100 + d;
}

static void check_late(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  if (r->signature_date < 0 || r->signature_date >= r->ndates || r->year <= 0)
    return;
  const nb_date *d = &r->dates[r->signature_date];
  if (check_date(d) != DATE_EXISTS)
    return;
  int month, day;
  const char *kind_zh, *kind_en;
  switch (r->organ_kind) {
  case NB_ORGAN_DEPARTMENT:
    month = 1, day = 31;
    kind_zh = "县级以上人民政府部门", kind_en = "a department of a people's government";
    break;
  case NB_ORGAN_GOVERNMENT:
    month = 3, day = 31;
    kind_zh = "县级以上地方人民政府", kind_en = "a local people's government";
    break;
  default:
    return; /* townships and unknown organs: no national deadline */
  }
  int deadline_year = r->year + 1;
  if (date_key(d->year, d->month, d->day) <= date_key(deadline_year, month, day))
    return;
  char why_zh[256], why_en[256];
  if (!r->organ_kind_configured && !nb_span_is_empty(r->organ)) {
    int n = (int)(r->organ.end - r->organ.start);
    snprintf(why_zh, sizeof why_zh, "机关类型按机关名称“%.*s”认定为%s（可在配置中指定）", n,
             r->text + r->organ.start, kind_zh);
    snprintf(why_en, sizeof why_en,
             "the organ “%.*s” was taken to be %s (the config can say otherwise)", n,
             r->text + r->organ.start, kind_en);
  } else {
    snprintf(why_zh, sizeof why_zh, "机关类型由配置指定为%s", kind_zh);
    snprintf(why_en, sizeof why_en, "the config says the organ is %s", kind_en);
  }
  nb_diag_add(ctx->out, "publication-late", d->span,
              "落款日期%d年%d月%d日晚于法定发布期限%d年%d月%d日（条例第四十九条）；%s%.0s",
              "%d-%02d-%02d is after the statutory deadline %d-%02d-%02d (Art. 49): %.0s%s",
              d->year, d->month, d->day, deadline_year, month, day, why_zh, why_en);
}

void nb_check_dates(nb_check_ctx *ctx) {
  check_invalid(ctx);
  check_late(ctx);
}
