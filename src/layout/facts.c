#include "facts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "sections.h"

/* ---------------------------------------------------------------- organ kinds (data) */

/* The first suffix that ends a name decides its kind; longer suffixes come first. A name
 * ending in 人民政府/政府 is a government unless what precedes it is a township. */
static const struct {
  const char *suffix;
  nb_organ_kind kind;
} organ_suffixes[] = {
    {"街道办事处", NB_ORGAN_TOWNSHIP}, {"街道办", NB_ORGAN_TOWNSHIP},
    {"办公室", NB_ORGAN_DEPARTMENT},   {"办公厅", NB_ORGAN_DEPARTMENT},
    {"委员会", NB_ORGAN_DEPARTMENT},   {"中心", NB_ORGAN_DEPARTMENT},
    {"局", NB_ORGAN_DEPARTMENT},       {"委", NB_ORGAN_DEPARTMENT},
    {"厅", NB_ORGAN_DEPARTMENT},       {"办", NB_ORGAN_DEPARTMENT},
    {"署", NB_ORGAN_DEPARTMENT},       {"院", NB_ORGAN_DEPARTMENT},
    {"所", NB_ORGAN_DEPARTMENT},       {"站", NB_ORGAN_DEPARTMENT},
    {"队", NB_ORGAN_DEPARTMENT},       {"部", NB_ORGAN_DEPARTMENT},
    {"馆", NB_ORGAN_DEPARTMENT},       {"街道", NB_ORGAN_TOWNSHIP},
    {"镇", NB_ORGAN_TOWNSHIP},         {"乡", NB_ORGAN_TOWNSHIP},
    {"苏木", NB_ORGAN_TOWNSHIP},       {"自治区", NB_ORGAN_GOVERNMENT},
    {"市", NB_ORGAN_GOVERNMENT},       {"县", NB_ORGAN_GOVERNMENT},
    {"区", NB_ORGAN_GOVERNMENT},       {"州", NB_ORGAN_GOVERNMENT},
    {"旗", NB_ORGAN_GOVERNMENT},       {"盟", NB_ORGAN_GOVERNMENT},
    {"省", NB_ORGAN_GOVERNMENT},
};
static const char *const government_suffixes[] = {"人民政府", "政府", NULL};

/* Words after the year that make a line a report title. */
static const char *const title_subjects[] = {"政府信息公开", "度政府信息公开", NULL};
static const char *const title_report_word = "报告";
/* Words right before a 1月1日 date that make it the start of the statistics period. */
static const char *const period_starts[] = {"自", "从", "为", NULL};

enum {
  MAX_TITLE_CPS = 50, /* a longer line is prose (or a "source:" line), not a title */
  MAX_ORGAN_CPS = 40,
  MAX_TITLE_TAIL_CPS = 20, /* "工作年度报告" continuing a title on its own line */
  MAX_SIGNATURE_CPS = 40,  /* signature lines: organ name and date */
  SIGNATURE_LOOKBACK = 8,  /* non-blank lines examined at the end */
  TITLE_SEARCH_ITEMS = 50, /* where to look for a title when no section was found */
  MIN_YEAR = 1990,
  MAX_YEAR = 2100,
};

static bool ends_with(const char *s, size_t len, const char *suffix) {
  size_t k = strlen(suffix);
  return len >= k && memcmp(s + len - k, suffix, k) == 0;
}

static bool starts_with(const char *s, size_t len, const char *prefix) {
  size_t k = strlen(prefix);
  return len >= k && memcmp(s, prefix, k) == 0;
}

/* needle is not empty. */
static bool contains(const char *s, size_t len, const char *needle) {
  return nb_find_bytes(s, len, needle, strlen(needle)) != NULL;
}

nb_organ_kind nb_organ_kind_of(const char *name, size_t len) {
  size_t s = 0, e = len;
  nb_trim_span(name, &s, &e);
  for (int g = 0; government_suffixes[g]; g++) {
    if (ends_with(name + s, e - s, government_suffixes[g])) {
      size_t base = e - s - strlen(government_suffixes[g]);
      return nb_organ_kind_of(name + s, base) == NB_ORGAN_TOWNSHIP ? NB_ORGAN_TOWNSHIP
                                                                   : NB_ORGAN_GOVERNMENT;
    }
  }
  for (size_t i = 0; i < sizeof organ_suffixes / sizeof organ_suffixes[0]; i++)
    if (ends_with(name + s, e - s, organ_suffixes[i].suffix))
      return organ_suffixes[i].kind;
  return NB_ORGAN_UNKNOWN;
}

/* ---------------------------------------------------------------- dates */

/* ASCII or full-width digit at s[i]: its value and byte length, or -1. */
static int digit_at(const char *s, size_t len, size_t i, size_t *bytes) {
  unsigned char c = (unsigned char)s[i];
  if (c >= '0' && c <= '9') {
    *bytes = 1;
    return c - '0';
  }
  if (i + 2 < len && c == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
      (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
    *bytes = 3;
    return (unsigned char)s[i + 2] - 0x90;
  }
  return -1;
}

static bool digit_ends_at(const char *s, size_t i) {
  if (i >= 1 && s[i - 1] >= '0' && s[i - 1] <= '9')
    return true;
  return i >= 3 && (unsigned char)s[i - 3] == 0xEF && (unsigned char)s[i - 2] == 0xBC &&
         (unsigned char)s[i - 1] >= 0x90 && (unsigned char)s[i - 1] <= 0x99;
}

/* Reads up to max_digits digits at s[*i]; returns how many. */
static int read_number(const char *s, size_t len, size_t *i, int max_digits, long *value) {
  int n = 0;
  size_t b;
  int d;
  *value = 0;
  while (*i < len && n < max_digits && (d = digit_at(s, len, *i, &b)) >= 0) {
    if (*value < 100000000)
      *value = *value * 10 + d;
    *i += b;
    n++;
  }
  return n;
}

static size_t skip_blanks(const char *s, size_t len, size_t i) {
  for (int n = 0; n < 8 && i < len; n++) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
      i++;
    else if (starts_with(s + i, len - i, "\xE3\x80\x80")) /* U+3000 */
      i += 3;
    else
      break;
  }
  return i;
}

static bool eat(const char *s, size_t len, size_t *i, const char *word) {
  if (!starts_with(s + *i, len - *i, word))
    return false;
  *i += strlen(word);
  return true;
}

static const char *const cn_digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

/* Every numeral is three bytes: compared as such, without measuring each (this runs at every
 * place four characters before a 年). */
static int cn_digit_at(const char *s, size_t len, size_t i) {
  if (len - i < 3)
    return -1;
  if (memcmp(s + i, "零", 3) == 0)
    return 0;
  for (int d = 0; d < 10; d++)
    if (s[i] == cn_digits[d][0] && memcmp(s + i, cn_digits[d], 3) == 0)
      return d;
  return -1;
}

/* 一 … 三十一 as written in a date. Returns 0 when there is none. */
static int read_cn_small(const char *s, size_t len, size_t *i) {
  int tens = 0, units = 0;
  int d = cn_digit_at(s, len, *i);
  if (d > 0) {
    *i += 3;
    units = d;
  }
  if (eat(s, len, i, "十")) {
    tens = units ? units : 1;
    units = 0;
    d = cn_digit_at(s, len, *i);
    if (d > 0) {
      *i += 3;
      units = d;
    }
  }
  return tens * 10 + units;
}

static bool parse_cn_date(const char *s, size_t len, nb_date *d) {
  size_t i = 0;
  int year = 0;
  for (int k = 0; k < 4; k++) {
    int dig = cn_digit_at(s, len, i);
    if (dig < 0)
      return false;
    year = year * 10 + dig;
    i += 3;
  }
  if (!eat(s, len, &i, "年"))
    return false;
  int month = read_cn_small(s, len, &i);
  if (!month || !eat(s, len, &i, "月"))
    return false;
  int day = read_cn_small(s, len, &i);
  if (!day || !eat(s, len, &i, "日"))
    return false;
  d->year = year;
  d->month = month;
  d->day = day;
  d->span = nb_span_make(0, i);
  return true;
}

bool nb_parse_date(const char *s, size_t len, nb_date *d) {
  size_t i = 0;
  long year, month = 0, day;
  int nyear = read_number(s, len, &i, 12, &year);
  if (nyear == 0)
    return parse_cn_date(s, len, d);
  if (nyear < 4)
    return false;
  i = skip_blanks(s, len, i);
  if (eat(s, len, &i, "年")) {
    i = skip_blanks(s, len, i);
    if (read_number(s, len, &i, 2, &month) == 0)
      return false;
    i = skip_blanks(s, len, i);
    if (!eat(s, len, &i, "月"))
      return false;
  } else if (nyear < 5 || !eat(s, len, &i, "月")) {
    /* "20231月1日": 年 left out, the month's digits run into the year's. */
    return false;
  }
  i = skip_blanks(s, len, i);
  if (read_number(s, len, &i, 2, &day) == 0)
    return false;
  i = skip_blanks(s, len, i);
  if (!eat(s, len, &i, "日"))
    return false;
  d->year = (int)year;
  d->month = (int)month;
  d->day = (int)day;
  d->span = nb_span_make(0, i);
  return true;
}

static void push_date(nb_report *r, int *cap, const nb_date *d) {
  nb_grow((void **)&r->dates, cap, r->ndates + 1, sizeof *r->dates);
  r->dates[r->ndates++] = *d;
}

/* Where a date may start: a digit (ASCII or full-width) that does not continue a number, or
 * a Chinese numeral four characters before a 年 that does not continue a numeral. Every byte of
 * the report is looked at, so the common bytes are settled by their value: only these few reach
 * nb_parse_date (which reads nothing else: a full-width character that is no digit starts no
 * date of either kind). */
static bool may_start_date(const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c >= '0' && c <= '9')
    return !digit_ends_at(t, i);
  if (c == 0xEF)
    return i + 2 < len && (unsigned char)t[i + 1] == 0xBC && (unsigned char)t[i + 2] >= 0x90 &&
           (unsigned char)t[i + 2] <= 0x99 && !digit_ends_at(t, i);
  /* A date in Chinese numerals is four of them and 年 (parse_cn_date): test the 年 first,
   * before trying every numeral at every CJK byte. */
  return c >= 0xE3 && c <= 0xE9 && i + 15 <= len && memcmp(t + i + 12, "年", 3) == 0 &&
         cn_digit_at(t, len, i) >= 0 && (i < 3 || cn_digit_at(t, len, i - 3) < 0);
}

/* Bytes that may open a date of digits: ASCII digits and the lead byte of full-width ones. */
static const bool opens_digits[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [0xEF] = 1};

/* Whether one of t[i, i + 8) opens a full-width digit (EF BC 90…99). Most EF bytes in prose
 * open full-width punctuation ("，", "：", "（"): a block holding only those is passed over
 * rather than stopped at for each. */
static bool full_width_digit_in(const char *t, size_t i, size_t len) {
  for (size_t k = i; k < i + 8; k++)
    if ((unsigned char)t[k] == 0xEF && k + 2 < len && (unsigned char)t[k + 1] == 0xBC &&
        (unsigned char)t[k + 2] >= 0x90 && (unsigned char)t[k + 2] <= 0x99)
      return true;
  return false;
}

/* The first byte from i on that opens_digits holds, or len. Eight bytes are tested at once
 * (whether one is an ASCII digit or 0xEF, with word arithmetic): the prose between numbers is
 * passed over at a fraction of a byte-by-byte loop's cost. */
static size_t next_digit_lead(const char *t, size_t i, size_t len) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  for (;;) {
    while (len - i >= 8 && i < len) {
      uint64_t x;
      memcpy(&x, t + i, 8);
      bool digit = nb_word_has_ascii_digit(x);
      uint64_t ef = x ^ (ones * 0xEF); /* a zero byte where x holds 0xEF */
      uint64_t efs = (ef - ones) & ~ef & highs;
      if (digit || (efs && full_width_digit_in(t, i, len)))
        break;
      i += 8;
    }
    size_t stop = len - i >= 8 ? i + 8 : len;
    for (; i < stop; i++)
      if (opens_digits[(unsigned char)t[i]])
        return i;
    if (i >= len)
      return len;
  }
}

/* The first place from i on where a date of Chinese numerals could start: four characters
 * before a 年. */
static size_t next_cn_candidate(const char *t, size_t len, size_t i) {
  if (len < 15 || i > len - 15)
    return len;
  const char *y = nb_find_bytes(t + i + 12, len - i - 12, "年", 3);
  return y ? (size_t)(y - t) - 12 : len;
}

/* Whether the number at t[at] (an ASCII digit) has fewer than the four digits of a year, told
 * by the ASCII byte that ends it: then nb_parse_date fails, and nearly every number of a
 * report's tables is passed over without it. A non-ASCII byte (a full-width digit, a Chinese
 * character) leaves the question to nb_parse_date. */
static bool shorter_than_year(const char *t, size_t len, size_t at) {
  for (size_t k = 1; k < 4; k++) {
    if (at + k >= len)
      return true;
    unsigned char c = (unsigned char)t[at + k];
    if (c < '0' || c > '9')
      return c < 0x80;
  }
  return false;
}

/* Every date nb_parse_date reads holds a 月, which starts at most this many bytes after the
 * date: twelve year digits, blanks, 年, blanks, two month digits and blanks, each digit three
 * bytes at most (full width) and each run of blanks eight of them of three bytes (U+3000). */
enum { MONTH_REACH = 12 * 3 + 8 * 3 + 3 + 8 * 3 + 2 * 3 + 8 * 3 };

/* The first 月 from i on, or len. */
static size_t next_month(const char *t, size_t len, size_t i) {
  const char *m = nb_find_bytes(t + i, len - i, "月", 3);
  return m ? (size_t)(m - t) : len;
}

/* Tries the places may_start_date accepts, in order, skipping the bytes of each date found;
 * the bytes between are passed over by their value alone. Each of the searches is run again
 * only once its last answer has been passed: prose with a 年 in every sentence and no digit
 * would otherwise scan the whole rest of the text for a digit at every 年. A report writes 月
 * a hundred times rarer than digits: only the places within MONTH_REACH before one are looked
 * at, the others start no date. */
static void collect_dates(nb_report *r) {
  int cap = 0;
  const char *t = r->text;
  size_t len = r->len, i = 0, month = next_month(t, len, 0);
  if (month > MONTH_REACH)
    i = month - MONTH_REACH;
  size_t cn = next_cn_candidate(t, len, i), digit = next_digit_lead(t, i, len);
  while (i < len) {
    if (month < i)
      month = next_month(t, len, i);
    if (month >= len)
      break;
    if (month > MONTH_REACH && i < month - MONTH_REACH)
      i = month - MONTH_REACH;
    if (digit < i)
      digit = next_digit_lead(t, i, len);
    size_t at = digit;
    if (cn < i)
      cn = next_cn_candidate(t, len, i);
    if (cn < at)
      at = cn;
    if (at >= len)
      break;
    if (at > month) { /* its 月 is a later one */
      i = at;
      continue;
    }
    nb_date d;
    bool ascii_digit = t[at] >= '0' && t[at] <= '9';
    if (!(ascii_digit && shorter_than_year(t, len, at)) && may_start_date(t, len, at) &&
        nb_parse_date(t + at, len - at, &d)) {
      d.span = nb_span_make(at, at + d.span.end);
      push_date(r, &cap, &d);
      i = d.span.end;
      continue;
    }
    /* The rest of a run of digits continues a number, so starts no date (may_start_date):
     * passed over at once rather than each digit tried in turn. */
    size_t b;
    i = at;
    if (digit_at(t, len, i, &b) >= 0)
      for (i += b; i < len && digit_at(t, len, i, &b) >= 0;)
        i += b;
    else
      i = at + 1;
  }
}

static int last_section_heading_item(const nb_report *r) {
  int last = -1;
  for (int k = 0; k < r->nsections; k++) {
    int h = nb_section_heading_item(&r->sections[k]);
    last = h > last ? h : last;
  }
  return last;
}

/* The date that ends the short line [s, e), or -1. */
static int date_ending_line(const nb_report *r, size_t s, size_t e) {
  for (int k = r->ndates - 1; k >= 0; k--) {
    const nb_date *d = &r->dates[k];
    if (d->span.start < s)
      break;
    if (d->span.end == e)
      return k;
  }
  return -1;
}

static void find_signature(nb_report *r) {
  r->signature_date = -1;
  const nb_stream *st = &r->stream;
  int stop = last_section_heading_item(r);
  int seen = 0;
  for (int i = st->nitems - 1; i > stop && seen < SIGNATURE_LOOKBACK; i--) {
    size_t s = st->items[i].span.start, e = st->items[i].span.end;
    nb_strip_markup(r->text, &s, &e);
    if (s >= e)
      continue;
    if (nb_utf8_count(r->text + s, e - s) > MAX_SIGNATURE_CPS)
      break;
    int k = date_ending_line(r, s, e);
    if (k >= 0) {
      r->signature_date = k;
      return;
    }
    seen++;
  }
}

void nb_find_dates(nb_report *r) {
  free(r->dates);
  r->dates = NULL;
  r->ndates = 0;
  collect_dates(r);
  find_signature(r);
}

/* ---------------------------------------------------------------- title, organ, year */

static size_t cps_of(const char *s, size_t start, size_t end) {
  return nb_utf8_count(s + start, end - start);
}

bool nb_find_title_year(const char *t, size_t s, size_t e, nb_span *digits, int *year) {
  /* From one ASCII digit to the next (eight bytes tested at once), not byte by byte: title lines
   * are mostly ideographs. */
  for (size_t i = nb_next_ascii_digit(t, s, e); i + 4 <= e; i = nb_next_ascii_digit(t, i + 1, e)) {
    if (digit_ends_at(t, i))
      continue;
    size_t j = i;
    long value;
    if (read_number(t, e, &j, 5, &value) != 4)
      continue;
    size_t k = skip_blanks(t, e, j);
    if (!eat(t, e, &k, "年"))
      continue;
    k = skip_blanks(t, e, k);
    bool subject = false;
    for (int w = 0; title_subjects[w] && !subject; w++)
      subject = starts_with(t + k, e - k, title_subjects[w]);
    if (!subject && !contains(t + k, e - k, title_report_word))
      continue;
    if (value < MIN_YEAR || value > MAX_YEAR)
      continue;
    *digits = nb_span_make(i, j);
    *year = (int)value;
    return true;
  }
  return false;
}

static bool stripped_line(const nb_report *r, int item, size_t *s, size_t *e) {
  if (item < 0 || item >= r->stream.nitems || r->stream.items[item].kind == NB_ITEM_ROW)
    return false;
  *s = r->stream.items[item].span.start;
  *e = r->stream.items[item].span.end;
  nb_strip_markup(r->text, s, e);
  return *s < *e;
}

/* An organ name standing alone on the line above the title's year line. */
static bool organ_line(const nb_report *r, size_t s, size_t e) {
  for (size_t i = s; i < e; i++)
    if (r->text[i] >= '0' && r->text[i] <= '9')
      return false;
  return cps_of(r->text, s, e) <= MAX_ORGAN_CPS &&
         nb_organ_kind_of(r->text + s, e - s) != NB_ORGAN_UNKNOWN;
}

static bool find_title(nb_report *r) {
  int limit = r->nsections > 0 ? nb_section_heading_item(&r->sections[0]) : TITLE_SEARCH_ITEMS;
  if (limit > r->stream.nitems)
    limit = r->stream.nitems;
  for (int i = 0; i < limit; i++) {
    size_t s, e;
    if (!stripped_line(r, i, &s, &e) || cps_of(r->text, s, e) > MAX_TITLE_CPS)
      continue;
    nb_span digits;
    int year;
    if (!nb_find_title_year(r->text, s, e, &digits, &year))
      continue;
    r->year = year;
    r->year_span = digits;
    size_t title_start = s, title_end = e;
    size_t os = s, oe = digits.start;
    nb_strip_markup(r->text, &os, &oe);
    if (os < oe) {
      r->organ = nb_span_make(os, oe);
    } else {
      size_t ps, pe;
      if (stripped_line(r, i - 1, &ps, &pe) && organ_line(r, ps, pe)) {
        r->organ = nb_span_make(ps, pe);
        title_start = ps;
      }
    }
    if (!contains(r->text + s, e - s, title_report_word)) {
      for (int k = i + 1; k <= i + 2 && k < r->stream.nitems; k++) {
        size_t ns, ne;
        if (stripped_line(r, k, &ns, &ne) && cps_of(r->text, ns, ne) <= MAX_TITLE_TAIL_CPS &&
            contains(r->text + ns, ne - ns, title_report_word)) {
          title_end = ne;
          break;
        }
      }
    }
    r->title = nb_span_make(title_start, title_end);
    if (!nb_span_is_empty(r->organ))
      r->organ_kind = nb_organ_kind_of(r->text + r->organ.start, r->organ.end - r->organ.start);
    return true;
  }
  return false;
}

static nb_span year_digits_of(const nb_report *r, const nb_date *d) {
  size_t i = d->span.start;
  long value;
  read_number(r->text, d->span.end, &i, 12, &value);
  return nb_span_make(d->span.start, i);
}

/* "统计期限自2023年1月1日": the year of a 1月1日 date that opens a period. */
static bool year_from_period(nb_report *r) {
  for (int k = 0; k < r->ndates; k++) {
    const nb_date *d = &r->dates[k];
    if (d->month != 1 || d->day != 1)
      continue;
    size_t p = d->span.start;
    while (p > 0 && (r->text[p - 1] == ' ' || r->text[p - 1] == '\t'))
      p--;
    for (int w = 0; period_starts[w]; w++) {
      if (ends_with(r->text, p, period_starts[w])) {
        r->year = d->year;
        r->year_span = year_digits_of(r, d);
        return true;
      }
    }
  }
  return false;
}

void nb_find_title_and_year(nb_report *r) {
  r->year = 0;
  r->year_span = nb_span_make(0, 0);
  r->title = r->organ = nb_span_make(0, 0);
  r->organ_kind = NB_ORGAN_UNKNOWN;
  if (find_title(r) || year_from_period(r))
    return;
  if (r->signature_date >= 0) {
    const nb_date *d = &r->dates[r->signature_date];
    r->year = d->year - 1;
    r->year_span = year_digits_of(r, d);
  }
}
