/* The pre-check of split_sub_items (src/layout/reflow.c): a line is looked at for sub-items run
 * into it only when two_markers finds two places a marker stands. It reads a run of digits
 * once and tries the marker only where a separator can follow; here it is held to its
 * definition, every byte of the line tried with may_open_sub_item and sub_item_at, on random
 * lines of markers, digits, separators and text. The file is compiled in whole: the functions
 * are its own, static. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "layout/reflow.c"
#include "support/random_pieces.h"

/* The places of t[line] where a marker stands, every byte tried; at most `cap` counted. */
static int marker_places(const char *t, nb_span line, int cap) {
  int n = 0;
  for (size_t q = line.start; q < line.end && n < cap; q++)
    n += may_open_sub_item(t, q, line.end) && sub_item_at(t, q, line.end) > 0;
  return n;
}

static size_t random_line(uint32_t *state, char *out, size_t cap) {
  static const char *const parts[] = {
      "1",  "2",  "12", "0",  "2023", ".",   "、",     "．",  "（",   "(",     "）",  ")",
      "一", "二", "十", "三", "。",   "，",  "：",     "；",  "工作", "情况",  "年",  " ",
      "\t", "x",  "５", "-",  "2.",   "3、", "（四）", "(5)", "10.1", "1.2.3", "．．"};
  return nb_test_random_pieces(state, parts, sizeof parts / sizeof *parts, 24, out, cap);
}

Test(reflow_markers, two_markers_as_every_byte_tried) {
  uint32_t state = 777;
  char text[512];
  int yes = 0, no = 0;
  for (int round = 0; round < 200000; round++) {
    size_t len = random_line(&state, text, sizeof text);
    /* The line may start and end inside the text, as items split from a longer line do. */
    size_t a = len ? nb_test_random(&state) % (len / 4 + 1) : 0;
    size_t b = len - (len ? nb_test_random(&state) % (len / 4 + 1) : 0);
    if (b < a)
      b = a;
    nb_span line = nb_span_make(a, b);
    bool want = marker_places(text, line, 2) >= 2;
    cr_assert_eq(two_markers(text, line), want, "two_markers(\"%.*s\") is %d", (int)(b - a),
                 text + a, !want);
    yes += want;
    no += !want;
  }
  /* Both answers come up often. */
  cr_assert_gt(yes, 10000);
  cr_assert_gt(no, 10000);
}

/* The scan of next_embedded lists the places where a numeral's lead byte stands with a
 * separator's first byte three bytes on, in order, as trying every byte does, and so passes no
 * place where a heading "numeral、" starts (checked by nb_parse_cn_numeral and nb_word_prefix);
 * on random lines of numerals, separators, the marks that share their first bytes ("，。：（"),
 * ideographs led by E4 and E5 that are no numerals (中, 间) and broken characters; lines long
 * enough for the scans of 16 and of 32 bytes a step. */
Test(reflow_markers, numeral_separator_scan_as_every_byte_tried) {
  static const char *const parts[] = {"、",   "．",       ".",        "，",   "。",   "：",  "（",
                                      "一",   "二",       "中",       "间",   "x",    "1",   " ",
                                      "\x81", "\xE3\x80", "\xEF\xBC", "\xE4", "、、", ".．", "六",
                                      "五",   "年",       "一、",     "三．", "四."};
  enum { NPARTS = sizeof parts / sizeof *parts };
  pthread_once(&separator_leads_once, measure_separator_leads);
  uint32_t state = 4242;
  char text[512];
  int places = 0, headings = 0;
  for (int round = 0; round < 50000; round++) {
    size_t n = nb_test_random_pieces(&state, parts, NPARTS, 80, text, sizeof text);
    if (n < 6)
      continue;
    size_t last = n - 6 - nb_test_random(&state) % (n / 3 + 1 < n - 5 ? n / 3 + 1 : n - 5);
    size_t from = nb_test_random(&state) % (last + 1);
    size_t want = from;
    for (size_t p = next_numeral_with_separator(text, from, last);;
         p = next_numeral_with_separator(text, p + 1, last)) {
      while (want <= last && !(is_numeral_lead((unsigned char)text[want]) &&
                               separator_leads.is_lead[(unsigned char)text[want + 3]]))
        want++;
      cr_assert_eq(p, want, "place %zu, want %zu", p, want);
      if (p > last)
        break;
      size_t numeral;
      headings += nb_parse_cn_numeral(text + p, last + 6 - p, &numeral) &&
                  nb_word_prefix(text + p + 3, last + 3 - p, heading_separators);
      places++;
      want++;
    }
  }
  cr_assert_gt(places, 50000);
  cr_assert_gt(headings, 10000);
}

/* follow_at, which compares the four bytes at a place with every word of sub_item_follows at
 * once, finds the first word of the list that starts there and ends by `to`, as comparing word
 * by word does; near the end of the line too, where fewer than four bytes are left. */
Test(reflow_markers, follow_at_as_every_word_compared) {
  static const char *const parts[] = {"。", "！", "？", "；", "：", "!",        "?",        ";",
                                      ":",  "，", "、", "（", "x",  "\xEF\xBC", "\xE3\x80", "中"};
  enum { NPARTS = sizeof parts / sizeof *parts };
  pthread_once(&follows_once, measure_follows);
  uint32_t state = 99;
  char text[512];
  int found = 0;
  for (int round = 0; round < 20000; round++) {
    size_t n = nb_test_random_pieces(&state, parts, NPARTS, 12, text, sizeof text);
    size_t to = n - nb_test_random(&state) % (n / 3 + 1);
    for (size_t q = 0; q < to; q++) {
      size_t want = 0;
      for (int k = 0; sub_item_follows[k] && !want; k++) {
        size_t len = strlen(sub_item_follows[k]);
        if (q + len <= to && memcmp(text + q, sub_item_follows[k], len) == 0)
          want = q + len;
      }
      cr_assert_eq(follow_at(text, q, to), want, "at %zu of \"%.*s\"", q, (int)to, text);
      found += want > 0;
    }
  }
  cr_assert_gt(found, 20000);
}

/* sub_item_after_sentence, which stops only where a sentence end may start (by its first and
 * third bytes), finds the first sub-item after a sentence end as trying every place of the line
 * with follow_at does; and what it finds from p + 1 does not depend on whether the line starts
 * before the sub-item at p or at it (split_sub_items asks both and keeps one answer). Lines are
 * long enough for the scans of 16 and of 32 bytes a step. */
static size_t after_sentence_every_place_tried(const char *t, nb_span line, size_t from) {
  size_t search = from > line.start + 4 ? from - 4 : line.start;
  for (size_t q = search; q < line.end; q++) {
    size_t p = follow_at(t, q, line.end);
    if (!p)
      continue;
    while (p < line.end && (t[p] == ' ' || t[p] == '\t'))
      p++;
    if (p >= from && p < line.end && may_open_sub_item(t, p, line.end) &&
        sub_item_at(t, p, line.end))
      return p;
  }
  return line.end;
}

Test(reflow_markers, sub_item_after_sentence_as_every_place_tried) {
  static const char *const parts[] = {"。", "！", "？", "；",   "：",     ";",   " ",   "，",
                                      "、", "（", "）", "(",    ")",      "1",   "2.",  "3、",
                                      "一", "二", "x",  "工作", "（二）", "(3)", "4．", "\xEF\xBC"};
  enum { NPARTS = sizeof parts / sizeof *parts };
  uint32_t state = 5150;
  char text[512];
  int found = 0, splits = 0;
  for (int round = 0; round < 20000; round++) {
    size_t n = nb_test_random_pieces(&state, parts, NPARTS, 80, text, sizeof text);
    size_t start = n ? nb_test_random(&state) % (n / 4 + 1) : 0;
    nb_span line = nb_span_make(start, n);
    for (size_t from = start + 1; from <= n; from += 1 + nb_test_random(&state) % 8) {
      size_t want = after_sentence_every_place_tried(text, line, from);
      cr_assert_eq(sub_item_after_sentence(text, line, from), want, "from %zu of \"%.*s\"", from,
                   (int)n, text);
      found += want < n;
    }
    for (size_t p = start + 1; p < n; p++) {
      if (!may_open_sub_item(text, p, n) || !sub_item_at(text, p, n))
        continue;
      cr_assert_eq(sub_item_after_sentence(text, nb_span_make(p, n), p + 1),
                   sub_item_after_sentence(text, line, p + 1), "split at %zu of \"%.*s\"", p,
                   (int)n, text);
      splits++;
    }
  }
  cr_assert_gt(found, 10000);
  cr_assert_gt(splits, 10000);
}

/* sub_heading_end, which passes a sub-item's title four bytes at a time to the next digit or
 * first byte of a break, ends the title where testing every byte does: at a digit, a break of
 * sub_heading_breaks, the line's end or MAX_SUB_HEADING_CPS * 3 bytes after the marker. Titles
 * of every length around that bound, with breaks, marks that share their first bytes ("（", "【",
 * "“") and digits. */
static size_t sub_heading_end_every_byte_tested(const char *t, size_t lead, size_t end) {
  size_t marker = sub_item_at(t, lead, end);
  if (!marker)
    return lead;
  size_t q = lead + marker;
  while (q < end && q - lead - marker <= (size_t)MAX_SUB_HEADING_CPS * 3 &&
         !(t[q] >= '0' && t[q] <= '9') && !nb_word_prefix(t + q, end - q, sub_heading_breaks))
    q++;
  return q > lead + marker ? q : lead;
}

Test(reflow_markers, sub_heading_end_as_every_byte_tested) {
  static const char *const parts[] = {
      "（一）", "(2)", "3.", "4、", "工作", "情况",     "存在的",  "问题", "。",
      "，",     "；",  "：", ",",   ";",    ":",        "、",      "（",   "【",
      "“",      "x",   " ",  "1",   "2023", "\xEF\xBC", "\xE3\x80"};
  enum { NPARTS = sizeof parts / sizeof *parts };
  uint32_t state = 2468;
  char text[512];
  int titles = 0;
  for (int round = 0; round < 50000; round++) {
    size_t n = nb_test_random_pieces(&state, parts, NPARTS, 40, text, sizeof text);
    size_t end = n - (n ? nb_test_random(&state) % (n / 4 + 1) : 0);
    for (size_t lead = 0; lead < end; lead += 1 + nb_test_random(&state) % 6) {
      size_t want = sub_heading_end_every_byte_tested(text, lead, end);
      cr_assert_eq(sub_heading_end(text, lead, end), want, "lead %zu of \"%.*s\"", lead, (int)end,
                   text);
      titles += want > lead;
    }
  }
  cr_assert_gt(titles, 10000);
}

/* longest_title_at, which measures and compares a title only when its first two bytes are the
 * text's, finds the title comparing every title of every template finds: on random lines of the
 * sections' titles and variants, cut ones, titles of other sections, marks that may follow
 * ("：", "、") and text, from every place, up to ends that cut a title too. */
static size_t longest_title_every_title_compared(const char *t, size_t p, size_t end,
                                                 nb_section_id id) {
  size_t best = 0;
  for (int k = 0; k < NB_TPL_COUNT; k++) {
    const nb_section_spec *spec = &nb_template_get((nb_template_id)k)->sections[id];
    for (int v = -1; v == -1 || (spec->variants && spec->variants[v]); v++) {
      const char *title = v < 0 ? spec->title : spec->variants[v];
      size_t n = strlen(title);
      if (p < end && end - p >= n && memcmp(t + p, title, n) == 0 && n > best)
        best = n;
    }
  }
  return best;
}

Test(reflow_markers, longest_title_as_every_title_compared) {
  enum { MAX_PARTS = 256 };
  const char *parts[MAX_PARTS];
  static char cut[MAX_PARTS][64];
  int nparts = 0, ncut = 0;
  static const char *const others[] = {"：", "、", "和", " ", "x", "一", "情况", "政府"};
  for (size_t k = 0; k < sizeof others / sizeof *others; k++)
    parts[nparts++] = others[k];
  for (int k = 0; k < NB_TPL_COUNT; k++)
    for (int id = 0; id < NB_SECTION_COUNT; id++) {
      const nb_section_spec *spec = &nb_template_get((nb_template_id)k)->sections[id];
      for (int v = -1; v == -1 || (spec->variants && spec->variants[v]); v++) {
        const char *title = v < 0 ? spec->title : spec->variants[v];
        if (nparts + 2 > MAX_PARTS)
          break;
        parts[nparts++] = title;
        size_t n = strlen(title) / 2; /* a cut title, maybe inside a character */
        if (n < sizeof cut[0] && ncut < MAX_PARTS) {
          memcpy(cut[ncut], title, n);
          cut[ncut][n] = '\0';
          parts[nparts++] = cut[ncut++];
        }
      }
    }
  uint32_t state = 1357;
  char text[1024];
  int found = 0;
  for (int round = 0; round < 5000; round++) {
    size_t n = nb_test_random_pieces(&state, parts, (size_t)nparts, 6, text, sizeof text);
    size_t end = n - (n ? nb_test_random(&state) % (n / 4 + 1) : 0);
    for (size_t p = 0; p <= end; p++)
      for (int id = 0; id < NB_SECTION_COUNT; id++) {
        size_t want = longest_title_every_title_compared(text, p, end, (nb_section_id)id);
        cr_assert_eq(longest_title_at(text, p, end, (nb_section_id)id), want, "at %zu of \"%.*s\"",
                     p, (int)end, text);
        found += want > 0;
      }
  }
  cr_assert_gt(found, 1000);
}
