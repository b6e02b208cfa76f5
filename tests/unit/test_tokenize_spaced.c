/* Space-aligned lines (pdftotext -layout), on small samples and on a real report. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "layout/tokenize_internal.h"
#include "test_tokenize_support.h"

Test(spaced, label_then_number_columns) {
  const char *text = "规章       0    0   11\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_expect_eq(r->layout, NB_LAYOUT_SPACED);
  cr_expect_eq(r->grid, false);
  cr_expect_eq(r->table_index, -1);
  cr_assert_eq(r->ncells, 4);
  expect_span(&r->cells[0], text, "规章");
  expect_span_nth(&r->cells[1], text, "0", 0);
  expect_span_nth(&r->cells[2], text, "0", 1);
  expect_span(&r->cells[3], text, "11");
  for (int k = 0; k < 4; k++) {
    cr_expect_eq(r->cells[k].col, -1);
    cr_expect_null(r->cells[k].text);
  }
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Short gaps inside a label are pdftotext's doing; numbers always stand alone, even one space
 * from the label. */
Test(spaced, short_gaps_merge_labels_numbers_stand_alone) {
  const char *text = "  4.无正当理由大量反复 申请  其他  结果   尚未 7 -3 1,234.5\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 5);
  /* Gaps of 1 and 2 spaces: one cell from 4. to 结果, text without the spaces. */
  cr_expect_eq(r->cells[0].span.start, off(text, "4."));
  cr_expect_eq(r->cells[0].span.end, off(text, "结果") + strlen("结果"));
  expect_text(&s, &r->cells[0], "4.无正当理由大量反复申请其他结果");
  /* A gap of 3 starts a new cell. */
  expect_span(&r->cells[1], text, "尚未");
  cr_expect_null(r->cells[1].text);
  expect_span(&r->cells[2], text, "7");
  expect_span(&r->cells[3], text, "-3");
  expect_span(&r->cells[4], text, "1,234.5");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* Indentation of any blank is no gap; long runs of spaces (read eight at a time) and an
 * ideographic space in them are as wide as they are. */
Test(spaced, indentation_and_long_gaps) {
  const char *text =
      "\xE3\x80\x80 \t信息  内容          本年 制发                \xE3\x80\x80件数\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_expect_eq(r->layout, NB_LAYOUT_SPACED);
  cr_assert_eq(r->ncells, 3);
  cr_expect_eq(r->cells[0].span.start, off(text, "信息"));
  cr_expect_eq(r->cells[0].span.end, off(text, "内容") + strlen("内容"));
  expect_text(&s, &r->cells[0], "信息内容");
  cr_expect_eq(r->cells[1].span.start, off(text, "本年"));
  cr_expect_eq(r->cells[1].span.end, off(text, "制发") + strlen("制发"));
  expect_text(&s, &r->cells[1], "本年制发");
  expect_span(&r->cells[2], text, "件数");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

/* A run of spaces ends where its first other byte is, whether that lies among the eight bytes
 * read at once or in the last few of the line, at every alignment: gaps of 1 and 2 join a
 * label, 3 and more part it, and an ideographic space after the run counts two. */
Test(spaced, runs_of_spaces_of_every_length_and_alignment) {
  for (int lead = 0; lead < 8; lead++)
    for (int n = 1; n <= 20; n++)
      for (int wide_space = 0; wide_space < 2; wide_space++) {
        char text[128];
        int o = snprintf(text, sizeof text, "%.*s甲%*s%s乙   1", lead, "aaaaaaa", n, "",
                         wide_space ? "\xE3\x80\x80" : "");
        for (int tail = 0; tail < 2; tail++) {
          /* tail 1: the run and what follows it are the line's last bytes */
          size_t len = tail ? strlen(text) - strlen("   1") : (size_t)o;
          int gap = n + (wide_space ? 2 : 0);
          nb_stream s;
          lines_to_stream_n(&s, text, len, " ");
          nb_obs_table t;
          tokenize_all(&s, &t);
          cr_assert_eq(t.nrows, 1);
          const nb_obs_row *r = &t.rows[0];
          int want = (gap > 2 ? 2 : 1) + !tail;
          if (tail && gap <= 2) { /* one label, no wide gap: no spaced row, one cell line */
            cr_expect_eq(r->ncells, 1, "lead %d n %d", lead, n);
          } else {
            cr_assert_eq(r->ncells, want, "lead %d n %d wide %d tail %d", lead, n, wide_space,
                         tail);
            if (gap > 2)
              cr_expect_eq(r->cells[1].span.start, off(text, "乙"), "lead %d n %d", lead, n);
            else
              cr_expect_eq(r->cells[0].span.end, off(text, "乙") + strlen("乙"));
          }
          nb_obs_table_free(&t);
          nb_stream_free(&s);
        }
      }
}

/* Whitespace of more than one byte at every place of the sixteen bytes a line is read in, and
 * straddling two of them: U+3000 counts two spaces, U+00A0 one. */
Test(spaced, wide_spaces_at_every_alignment) {
  static const struct {
    const char *gap;
    int width;
  } gaps[] = {{"\xE3\x80\x80", 2},        {"\xE3\x80\x80\xE3\x80\x80", 4},
              {"\xC2\xA0\xC2\xA0", 2},    {"\xC2\xA0 \xC2\xA0", 3},
              {" \xE3\x80\x80", 3},       {" \r", 2},
              {"\xC2\xA0\xE3\x80\x80", 3}};
  for (int lead = 0; lead < 20; lead++)
    for (size_t g = 0; g < sizeof gaps / sizeof *gaps; g++) {
      char text[128];
      snprintf(text, sizeof text, "%.*s甲%s乙   1", lead, "aaaaaaaaaaaaaaaaaaaa", gaps[g].gap);
      nb_stream s;
      lines_to_stream_n(&s, text, strlen(text), " ");
      nb_obs_table t;
      tokenize_all(&s, &t);
      cr_assert_eq(t.nrows, 1);
      const nb_obs_row *r = &t.rows[0];
      if (gaps[g].width > 2) {
        cr_assert_eq(r->ncells, 3, "lead %d gap %zu", lead, g);
        expect_span(&r->cells[1], text, "乙");
      } else {
        cr_assert_eq(r->ncells, 2, "lead %d gap %zu", lead, g);
        cr_expect_eq(r->cells[0].span.start, 0);
        cr_expect_eq(r->cells[0].span.end, off(text, "乙") + strlen("乙"), "lead %d gap %zu", lead,
                     g);
      }
      nb_obs_table_free(&t);
      nb_stream_free(&s);
    }
}

/* Bytes that only begin like whitespace are part of their token: "、" (E3 80 81), and a U+3000
 * or U+00A0 the end of the line cuts short, at every place of the sixteen bytes read at once. */
Test(spaced, whitespace_lookalikes_stay_in_their_token) {
  static const char *const tails[] = {"\xE3\x80", "\xE3", "\xC2", "、乙"};
  for (int lead = 0; lead < 20; lead++)
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
      char text[128];
      int o = snprintf(text, sizeof text, "%.*s甲   乙%s", lead, "aaaaaaaaaaaaaaaaaaaa", tails[k]);
      nb_stream s;
      lines_to_stream_n(&s, text, (size_t)o, " ");
      nb_obs_table t;
      tokenize_all(&s, &t);
      cr_assert_eq(t.nrows, 1);
      const nb_obs_row *r = &t.rows[0];
      cr_assert_eq(r->ncells, 2, "lead %d tail %zu", lead, k);
      cr_expect_eq(r->cells[1].span.start, off(text, "乙"));
      cr_expect_eq(r->cells[1].span.end, (size_t)o, "lead %d tail %zu", lead, k);
      nb_obs_table_free(&t);
      nb_stream_free(&s);
    }
}

Test(spaced, placeholders_and_annotated_numbers_are_numeric) {
  const char *text = "规章  22（其中修订16件）  /  —  -  无\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 1);
  nb_obs_row *r = &t.rows[0];
  cr_assert_eq(r->ncells, 6);
  expect_span(&r->cells[0], text, "规章");
  expect_span(&r->cells[1], text, "22（其中修订16件）");
  expect_span(&r->cells[2], text, "/");
  expect_span(&r->cells[3], text, "—");
  expect_span_nth(&r->cells[4], text, "-", 0);
  /* 无 is a word here: two spaces from "-", which is numeric, so it stands alone. */
  expect_span(&r->cells[5], text, "无");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

Test(spaced, numeric_token_shapes) {
  /* A number with its unit ("21件", "0.5万元") is a value; what the unit means for the column is
   * the assembler's question. */
  const char *ok[] = {"0", "21", "-3", "+4",  "1,234", "12.5", "100%",    "22(其中修订16件)",
                      "/", "—",  "--", "——",  "－",    "21件", "0.5万元", "／",
                      "–", "‒",  "−",  "-—/", "／－"};
  const char *no[] = {"1.", "1.属于国家秘密", "(一)", "21件数", "-3-", "a1", "1,", "2023年"};
  for (size_t k = 0; k < sizeof ok / sizeof *ok; k++)
    cr_expect(nb_tok_is_numeric_token(ok[k], 0, strlen(ok[k])), "'%s' is numeric", ok[k]);
  for (size_t k = 0; k < sizeof no / sizeof *no; k++)
    cr_expect_not(nb_tok_is_numeric_token(no[k], 0, strlen(no[k])), "'%s' is not", no[k]);
}

/* Two numbers make a spaced row even without a wide gap; one word per single space does not. */
Test(spaced, detection) {
  const char *text = "合计 3 4\n结果 维持\n法人或其他组织\u3000\u3000总计\n";
  nb_stream s;
  lines_to_stream(&s, text);
  nb_obs_table t;
  tokenize_all(&s, &t);
  cr_assert_eq(t.nrows, 3);
  cr_expect_eq(t.rows[0].layout, NB_LAYOUT_SPACED);
  cr_expect_eq(t.rows[0].ncells, 3);
  cr_expect_eq(t.rows[1].layout, NB_LAYOUT_CELL_LINES);
  cr_assert_eq(t.rows[1].ncells, 1);
  expect_text(&s, &t.rows[1].cells[0], "结果维持");
  /* Two ideographic spaces are a column gap. */
  cr_expect_eq(t.rows[2].layout, NB_LAYOUT_SPACED);
  cr_assert_eq(t.rows[2].ncells, 2);
  expect_span(&t.rows[2].cells[0], text, "法人或其他组织");
  expect_span(&t.rows[2].cells[1], text, "总计");
  nb_obs_table_free(&t);
  nb_stream_free(&s);
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *buf = malloc((size_t)n + 1);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static int item_containing(const nb_stream *s, const char *needle) {
  const char *p = strstr(s->text, needle);
  cr_assert_not_null(p, "'%s' not in the report", needle);
  size_t at = (size_t)(p - s->text);
  for (int i = 0; i < s->nitems; i++)
    if (s->items[i].span.start <= at && at < s->items[i].span.end)
      return i;
  cr_assert_fail("no item holds '%s'", needle);
  return -1;
}

static const nb_obs_row *row_of_item(const nb_obs_table *t, int item) {
  for (int r = 0; r < t->nrows; r++)
    if (t->rows[r].item == item)
      return &t->rows[r];
  return NULL;
}

/* Cell k of the row spans [line + start, line + end). */
static void expect_cell_at(const nb_obs_row *r, int k, size_t line, size_t start, size_t end) {
  cr_assert_lt(k, r->ncells);
  cr_expect_eq(r->cells[k].span.start, line + start, "cell %d start", k);
  cr_expect_eq(r->cells[k].span.end, line + end, "cell %d end", k);
}

/* Table 三 of hongze-2023 (pdftotext -layout), columns and offsets counted from the file. */
Test(spaced, hongze_2023_table_three) {
  char *buf = read_file(NB_SHARED_DIR "/reports/hongze-2023.txt");
  nb_stream s;
  lines_to_stream(&s, buf);
  int first = item_containing(&s, "三、收到和处理政府信息公开申请情况");
  int end = item_containing(&s, "四、政府信息公开行政复议、行政诉讼情况");
  nb_obs_table t = {0};
  nb_tokenize(&s, first, end, &t);

  /* "一、本年新收政府信息公开申请数量" (16 characters, 48 bytes), 29 spaces, then
   * 21 0 0 0 0 0 21 at byte columns 77, 83, 90, 96, 100, 104, 110. */
  int it = item_containing(&s, "一、本年新收政府信息公开申请数量");
  const nb_obs_row *r = row_of_item(&t, it);
  cr_assert_not_null(r);
  size_t line = s.items[it].span.start;
  cr_expect_eq(r->layout, NB_LAYOUT_SPACED);
  cr_assert_eq(r->ncells, 8);
  expect_cell_at(r, 0, line, 0, 48);
  expect_text(&s, &r->cells[0], "一、本年新收政府信息公开申请数量");
  const size_t cols[] = {77, 83, 90, 96, 100, 104, 110};
  const char *vals[] = {"21", "0", "0", "0", "0", "0", "21"};
  for (int k = 0; k < 7; k++) {
    expect_cell_at(r, k + 1, line, cols[k], cols[k] + strlen(vals[k]));
    expect_text(&s, &r->cells[k + 1], vals[k]);
  }

  /* "4.无正当理由大量反复 申请": one label cell over the single space, then seven zeros. */
  it = item_containing(&s, "4.无正当理由大量反复");
  r = row_of_item(&t, it);
  cr_assert_not_null(r);
  line = s.items[it].span.start;
  cr_assert_eq(r->ncells, 8);
  expect_cell_at(r, 0, line, 17, 53);
  expect_text(&s, &r->cells[0], "4.无正当理由大量反复申请");
  expect_cell_at(r, 1, line, 61, 62);
  expect_cell_at(r, 7, line, 88, 89);

  /* " 三 、本 年 度办 理 结果": the spread-out label is one cell. */
  it = item_containing(&s, " 三 、本 年 度办 理 结果");
  r = row_of_item(&t, it);
  cr_assert_not_null(r);
  line = s.items[it].span.start;
  cr_assert_eq(r->ncells, 1);
  expect_cell_at(r, 0, line, 1, 33);
  expect_text(&s, &r->cells[0], "三、本年度办理结果");

  /* The values of （二）部分公开 stand on a line of their own: seven numeric cells. */
  it = item_containing(&s, "                                              4    0");
  r = row_of_item(&t, it);
  cr_assert_not_null(r);
  line = s.items[it].span.start;
  cr_assert_eq(r->ncells, 7);
  expect_cell_at(r, 0, line, 46, 47);
  expect_cell_at(r, 6, line, 78, 79);

  /* The page number "-3-" between the two halves of the table makes no row. */
  it = item_containing(&s, "-3-");
  cr_expect_null(row_of_item(&t, it));
  /* A group label alone on its line is a one-cell row. */
  it = item_containing(&s, "（四）无法提供");
  r = row_of_item(&t, it);
  cr_assert_not_null(r);
  cr_expect_eq(r->layout, NB_LAYOUT_CELL_LINES);
  cr_expect_eq(r->ncells, 1);

  /* No row outside the region. */
  for (int k = 0; k < t.nrows; k++)
    cr_expect(t.rows[k].item >= first && t.rows[k].item < end);
  nb_obs_table_free(&t);
  nb_stream_free(&s);
  free(buf);
}

/* nb_tok_is_page_number settles most lines by their first byte after spaces and tabs. Page
 * numbers behind every kind of blank nb_trim_span strips are still found; on random lines it
 * answers as it does for the same line behind an ideographic space (where the first byte
 * settles nothing), and yes only for a line that, trimmed, starts with 第 or a dash. */
static bool page(const char *line) {
  return nb_tok_is_page_number(line, nb_span_make(0, strlen(line)));
}

Test(spaced, page_numbers_behind_any_blank) {
  const char *blanks[] = {"",
                          " ",
                          "\t",
                          "\r",
                          "\xE3\x80\x80",
                          "\xC2\xA0",
                          "\xEF\xBB\xBF",
                          "\xE2\x80\x83",
                          " \t\xE3\x80\x80"};
  const char *pages[] = {"-3-", "- 3 -", "—3—", "－3－", "−12−", "第3页", "第 3 页 共 10 页"};
  for (size_t b = 0; b < sizeof blanks / sizeof *blanks; b++)
    for (size_t p = 0; p < sizeof pages / sizeof *pages; p++) {
      char line[64];
      snprintf(line, sizeof line, "%s%s", blanks[b], pages[p]);
      cr_assert(page(line), "\"%s\" is a page number", line);
    }
  cr_assert_not(page("第3条"));
  cr_assert_not(page("3"));
  cr_assert_not(page("x-3-"));
  cr_assert_not(page("规章-3-"));
}

Test(spaced, page_number_starts_with_di_or_dash) {
  const char *parts[] = {"-",  "—",  "－", "第", "页", "共", "3",        "12",          " ",
                         "\t", "　", "规", "x",  "0",  "（", "\xC2\xA0", "\xE2\x80\x83"};
  enum { NPARTS = sizeof parts / sizeof *parts };
  unsigned state = 99;
  int yes = 0;
  for (int round = 0; round < 100000; round++) {
    char line[128];
    size_t n = 0;
    int pieces = 1 + (int)((state = state * 1664525u + 1013904223u) >> 8) % 8;
    for (int k = 0; k < pieces; k++) {
      const char *p = parts[((state = state * 1664525u + 1013904223u) >> 8) % NPARTS];
      memcpy(line + n, p, strlen(p));
      n += strlen(p);
    }
    line[n] = '\0';
    /* Behind U+3000 the first byte settles nothing: the whole test runs. */
    char spaced[132];
    snprintf(spaced, sizeof spaced, "\xE3\x80\x80%s", line);
    cr_assert_eq(page(line), page(spaced), "\"%s\"", line);
    if (!page(line))
      continue;
    yes++;
    size_t a = 0, b = n;
    nb_trim_span(line, &a, &b);
    bool di = memcmp(line + a, "第", 3) == 0;
    bool dash = line[a] == '-' || memcmp(line + a, "—", 3) == 0 || memcmp(line + a, "－", 3) == 0;
    cr_assert(di || dash, "\"%s\" is no page number", line);
  }
  cr_assert_gt(yes, 100);
}

/* The sixteen-bytes-a-step whitespace scan finds what the byte-at-a-time one finds, on random
 * bytes drawn from the whitespace leads, their neighbours (the other controls, '\n', U+3001's
 * E3 80 81, continuation bytes) and text, from every start in buffers longer than a step. */
Test(spaced, next_space_lead_is_the_table_scan) {
  static const unsigned char alphabet[] = {' ',  '\t', '\n', '\r', '\v', '\f', 0x08,
                                           0x0E, 0x1F, 0x21, 0xE3, 0x80, 0x81, 0xC2,
                                           0xA0, 0xE4, 0xB8, 'a',  '7',  0xFF};
  uint32_t seed = 20261203;
  char buf[80];
  for (int round = 0; round < 2000; round++) {
    size_t len = (size_t)(round % 80);
    /* A third of the rounds draw from the last seven bytes, C2 the only lead among them: long
     * stretches without one. */
    size_t pool = round % 3 ? sizeof alphabet : 7;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1664525u + 1013904223u;
      size_t pick = (seed >> 8) % pool;
      buf[i] = (char)(round % 3 ? alphabet[pick] : alphabet[pick + 13]);
    }
    for (size_t from = 0; from <= len; from++)
      cr_assert_eq(nb_tok_next_space_lead(buf, from, len),
                   nb_next_byte_in(buf, from, len, nb_tok_space_leads), "round %d from %zu", round,
                   from);
  }
}

/* The split of long lines in windows finds the tokens and gaps of the byte-at-a-time split, on
 * random lines of whitespace (U+3000 and U+00A0 among them, across a window's end too), its
 * neighbours and text, lines that end the text (the last window is copied) and lines that do
 * not, and lines of more tokens than fit in place. */
Test(spaced, split_tokens_is_the_simple_split) {
  static const char *const pieces[] = {
      " ",    "  ",   "        ",     "\t",       "\n",       "\r",     "\v",
      "\f",   "\x08", "\xE3\x80\x80", "\xC2\xA0", "\xE3\x80", "\xC2",   "\xE3\x80\x81",
      "\x80", "\xA0", "规章",         "a",        "7",        "1,234.5"};
  enum { NPIECES = sizeof pieces / sizeof *pieces };
  uint32_t seed = 20261204;
  char buf[600];
  for (int round = 0; round < 4000; round++) {
    size_t lead = (size_t)(round % 5), n = lead;
    size_t want = (size_t)(round % 450);
    while (n < want) {
      seed = seed * 1664525u + 1013904223u;
      const char *p = pieces[(seed >> 8) % NPIECES];
      size_t len = strlen(p);
      if (n + len > want)
        break;
      memcpy(buf + n, p, len);
      n += len;
    }
    /* Half the lines end the text, half are followed by more of it. */
    size_t text_len = n;
    if (round % 2) {
      memset(buf + n, 'x', 70);
      text_len = n + 70;
    }
    char *text = malloc(text_len ? text_len : 1); /* exactly as long: a read past it is caught */
    memcpy(text, buf, text_len);
    nb_span line = nb_span_make(lead, n);
    nb_tok_token_list fast, simple;
    nb_tok_split_tokens(text, text_len, line, &fast);
    nb_tok_split_tokens_simple(text, line, &simple);
    cr_assert_eq(fast.n, simple.n, "round %d", round);
    bool wide = false;
    for (int k = 0; k < fast.n; k++) {
      cr_assert_eq(fast.t[k].start, simple.t[k].start, "round %d token %d", round, k);
      cr_assert_eq(fast.t[k].end, simple.t[k].end, "round %d token %d", round, k);
      cr_assert_eq(fast.t[k].gap_before, simple.t[k].gap_before, "round %d token %d", round, k);
      wide = wide || fast.t[k].gap_before >= 2;
    }
    cr_assert_eq(fast.wide_gap, wide, "round %d", round);
    cr_assert_eq(simple.wide_gap, wide, "round %d", round);
    nb_tok_free_tokens(&fast);
    nb_tok_free_tokens(&simple);
    free(text);
  }
}
