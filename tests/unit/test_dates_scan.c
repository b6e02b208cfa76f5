/* nb_find_dates's scan (src/layout/facts.c) passes over most of the text: it tries only the
 * places a little before a 月, and of those only the ones that open a number or a numeral. Here
 * it is held to the plain definition it shortcuts: from the start, every byte in turn, a date
 * wherever nb_parse_date reads one at a place that does not continue a number, the next search
 * after its end. Random texts made of the pieces of dates (digits of both widths, numerals,
 * 年月日, every kind of blank, long runs of each) and dates at the farthest reach of their 月. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "layout/facts.h"
#include "support/random_pieces.h"

static bool is_ascii_digit(const char *t, size_t i) {
  return t[i] >= '0' && t[i] <= '9';
}

static bool is_wide_digit(const char *t, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)t;
  return i + 2 < len && u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] >= 0x90 && u[i + 2] <= 0x99;
}

static bool is_numeral(const char *t, size_t len, size_t i) {
  static const char *const numerals[] = {"〇", "一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "零"};
  for (size_t k = 0; k < sizeof numerals / sizeof *numerals; k++)
    if (len - i >= 3 && memcmp(t + i, numerals[k], 3) == 0)
      return true;
  return false;
}

/* Whether a number or numeral ends right before t[i]. */
static bool continues(const char *t, size_t len, size_t i) {
  if (i >= 1 && is_ascii_digit(t, i - 1))
    return true;
  if (i >= 3 && is_wide_digit(t, len, i - 3))
    return true;
  return false;
}

static bool may_start(const char *t, size_t len, size_t i) {
  if (is_ascii_digit(t, i) || is_wide_digit(t, len, i))
    return !continues(t, len, i);
  return is_numeral(t, len, i) && !(i >= 3 && is_numeral(t, len, i - 3));
}

/* The dates of t, every place tried. */
static int plain_dates(const char *t, size_t len, nb_date *out, int cap) {
  int n = 0;
  for (size_t i = 0; i < len;) {
    nb_date d;
    if (may_start(t, len, i) && nb_parse_date(t + i, len - i, &d)) {
      cr_assert_lt(n, cap);
      out[n] = d;
      out[n].span = nb_span_make(i, i + d.span.end);
      n++;
      i = out[n - 1].span.end;
      continue;
    }
    i++;
  }
  return n;
}

/* Returns how many dates there are. */
static int assert_same_dates(const char *t, size_t len) {
  enum { CAP = 512 };
  static nb_date want[CAP];
  int nwant = plain_dates(t, len, want, CAP);
  char *copy = malloc(len + 1);
  memcpy(copy, t, len);
  copy[len] = '\0';
  nb_report r;
  nb_report_init(&r, copy, len);
  nb_find_dates(&r);
  cr_assert_eq(r.ndates, nwant, "%d dates, want %d in \"%s\"", r.ndates, nwant, copy);
  for (int k = 0; k < nwant; k++) {
    const nb_date *d = &r.dates[k];
    cr_assert(d->span.start == want[k].span.start && d->span.end == want[k].span.end &&
                  d->year == want[k].year && d->month == want[k].month && d->day == want[k].day,
              "date %d at [%zu,%zu), want [%zu,%zu) in \"%s\"", k, d->span.start, d->span.end,
              want[k].span.start, want[k].span.end, copy);
  }
  nb_report_free(&r);
  free(copy);
  return nwant;
}

static size_t put(char *out, size_t n, size_t cap, const char *s) {
  size_t m = strlen(s);
  if (n + m >= cap)
    return n;
  memcpy(out + n, s, m);
  return n + m;
}

static size_t random_digits(uint32_t *state, int count, char *out, size_t n, size_t cap) {
  static const char *const ascii[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  static const char *const wide[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  static const char *const numerals[] = {"〇", "一", "二", "三", "四",
                                         "五", "六", "七", "八", "九"};
  int kind = (int)(nb_test_random(state) % 4);
  for (int k = 0; k < count; k++) {
    int d = (int)(nb_test_random(state) % 10);
    int w = kind < 3 ? kind : (int)(nb_test_random(state) % 3);
    n = put(out, n, cap, w == 0 ? ascii[d] : w == 1 ? wide[d] : numerals[d]);
  }
  return n;
}

static size_t random_blanks(uint32_t *state, char *out, size_t n, size_t cap) {
  static const char *const blanks[] = {" ", "\t", "\n", "\r", "　"};
  int count = nb_test_random(state) % 3 == 0 ? (int)(nb_test_random(state) % 11) : 0;
  for (int k = 0; k < count; k++)
    n = put(out, n, cap, blanks[nb_test_random(state) % 5]);
  return n;
}

/* Something shaped like a date: its parts in order, with blanks of every kind (more at times
 * than nb_parse_date allows), digits of every width, now and then a part left out. */
static size_t random_date(uint32_t *state, char *out, size_t n, size_t cap) {
  static const char *const words[] = {"年", "月", "日"};
  int counts[] = {3 + (int)(nb_test_random(state) % 11), 1 + (int)(nb_test_random(state) % 3),
                  1 + (int)(nb_test_random(state) % 3)};
  for (int k = 0; k < 3; k++) {
    n = random_digits(state, counts[k], out, n, cap);
    n = random_blanks(state, out, n, cap);
    if (nb_test_random(state) % 10 != 0)
      n = put(out, n, cap, words[k]);
    n = random_blanks(state, out, n, cap);
  }
  return n;
}

/* A text of `pieces` random pieces of dates and of what stands around them. */
static size_t random_text(uint32_t *state, int pieces, char *out, size_t cap) {
  static const char *const parts[] = {
      "2023", "2024", "12", "1",  "31",   "20231", "202312", "0",  "１", "２０２３", "１２",
      "年",   "月",   "日", " ",  "\t",   "\n",    "　",     "二", "〇", "三",       "十",
      "一",   "零",   "九", "至", "，",   "。",    "自",     "报", "告", "（",       "）",
      "x",    "-",    ".",  "．", "年度", "月份",  "日止",   "5",  "99"};
  enum { NPARTS = sizeof parts / sizeof *parts };
  size_t n = 0;
  for (int k = 0; k < pieces; k++) {
    if (nb_test_random(state) % 6 == 0) {
      n = random_date(state, out, n, cap);
      continue;
    }
    const char *p = parts[nb_test_random(state) % NPARTS];
    int times = nb_test_random(state) % 8 == 0 ? 1 + (int)(nb_test_random(state) % 12) : 1;
    for (int t = 0; t < times; t++) {
      size_t m = strlen(p);
      if (n + m >= cap)
        return n;
      memcpy(out + n, p, m);
      n += m;
    }
  }
  return n;
}

Test(dates_scan, random_texts_as_every_place_tried) {
  uint32_t state = 12345;
  static char text[4096];
  int dates = 0, far = 0;
  for (int round = 0; round < 20000; round++) {
    size_t len = random_text(&state, 10 + (int)(nb_test_random(&state) % 200), text, sizeof text);
    dates += assert_same_dates(text, len);
    nb_report r;
    nb_report_init(&r, text, len);
    nb_find_dates(&r);
    for (int k = 0; k < r.ndates; k++) {
      const char *m = strstr(text + r.dates[k].span.start, "月");
      far += m && (size_t)(m - text) - r.dates[k].span.start > 60;
    }
    nb_report_free(&r);
  }
  /* The texts hold dates, some of them far from their 月. */
  cr_assert_gt(dates, 5000, "%d dates", dates);
  cr_assert_gt(far, 20, "%d dates far from their month", far);
}

/* Twelve full-width year digits, eight U+3000 blanks around 年 and the month's two full-width
 * digits: the 月 starts 117 bytes after the date, the most nb_parse_date reads before it. */
Test(dates_scan, date_at_the_farthest_reach_of_its_month) {
  const char *farthest = "１２３４５６７８９０１２　　　　　　　　年　　　　　　　　"
                         "１２　　　　　　　　月　３日";
  const char *prefixes[] = {"", "前文。",
                            "前文很长很长很长很长很长很长很长很长很长很长很长很长"
                            "很长很长很长很长很长很长很长很长很长很长很长很长。"};
  for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++) {
    char text[1024];
    snprintf(text, sizeof text, "%s%s另有2023年1月1日。", prefixes[k], farthest);
    size_t len = strlen(text);
    assert_same_dates(text, len);
    nb_report r;
    nb_report_init(&r, text, len);
    nb_find_dates(&r);
    cr_assert_eq(r.ndates, 2);
    cr_assert_eq(r.dates[0].span.start, strlen(prefixes[k]));
    cr_assert_eq(r.dates[0].month, 12);
    cr_assert_eq(r.dates[0].day, 3);
    cr_assert_eq(r.dates[1].year, 2023);
    nb_report_free(&r);
  }
}

Test(dates_scan, no_month_no_date) {
  const char *t = "2023年12日，二〇二三年三十一日，20231日";
  assert_same_dates(t, strlen(t));
  nb_report r;
  nb_report_init(&r, t, strlen(t));
  nb_find_dates(&r);
  cr_assert_eq(r.ndates, 0);
  nb_report_free(&r);
}
