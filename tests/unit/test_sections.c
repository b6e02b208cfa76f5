/* Section recognition over the neutral stream (src/layout/sections.c): heading forms, title
 * variants and typos, and the lines that must NOT be taken for headings (prose mentioning a
 * title, table 三's numbered row labels). Offsets are bytes: every CJK character here is 3. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "layout/build.h"
#include "layout/sections.h"
#include "support/corpus_files.h"
#include "support/random_pieces.h"

static bool parse(const char *line, bool title_only_ok, nb_heading_guess *g) {
  return nb_section_heading_parse(line, nb_span_make(0, strlen(line)), title_only_ok, g);
}

static bool parse_line(const char *line, nb_heading_guess *g) {
  return parse(line, false, g);
}

Test(sections, plain_heading_spans) {
  nb_heading_guess g;
  cr_assert(parse_line("一、总体情况", &g));
  cr_assert_eq(g.id, NB_SEC_OVERVIEW);
  cr_assert_eq(g.match, NB_MATCH_EXACT);
  cr_assert_eq(g.numeral_value, 1);
  cr_assert_eq(g.numeral.start, 0);
  cr_assert_eq(g.numeral.end, 3);
  cr_assert_eq(g.title.start, 6);
  cr_assert_eq(g.title.end, 18);
  cr_assert_eq(g.heading.start, 0);
  cr_assert_eq(g.heading.end, 18);
}

/* A heading indented by any number of spaces (pdftotext's), with tabs and markup among them, is
 * read past them as a byte loop over the indentation would: the numeral found at its place,
 * and a line whose first character past them is no numeral turned away. */
Test(sections, indented_heading_past_every_count_of_spaces) {
  static const char *const mixes[] = {"", "\t", "**", " \t ", "#"};
  for (size_t m = 0; m < sizeof mixes / sizeof *mixes; m++)
    for (size_t spaces = 0; spaces <= 40; spaces++) {
      char line[128];
      size_t n = 0;
      for (size_t k = 0; k < spaces; k++)
        line[n++] = ' ';
      n += (size_t)snprintf(line + n, sizeof line - n, "%s", mixes[m]);
      size_t numeral_at = n;
      snprintf(line + n, sizeof line - n, "一、总体情况");
      nb_heading_guess g;
      cr_assert(parse_line(line, &g), "%zu spaces, then \"%s\"", spaces, mixes[m]);
      cr_assert_eq(g.numeral.start, numeral_at);
      cr_assert_eq(g.id, NB_SEC_OVERVIEW);
      snprintf(line + n, sizeof line - n, "总体情况");
      cr_assert_not(parse_line(line, &g), "%zu spaces, no numeral", spaces);
    }
}

Test(sections, bold_heading_excludes_markup_from_title) {
  nb_heading_guess g;
  cr_assert(parse_line("**六、其他需要报告的事项**", &g));
  cr_assert_eq(g.id, NB_SEC_OTHER);
  cr_assert_eq(g.match, NB_MATCH_EXACT);
  cr_assert_eq(g.numeral.start, 2);
  cr_assert_eq(g.numeral.end, 5);
  cr_assert_eq(g.title.start, 8);
  cr_assert_eq(g.title.end, 35);
  cr_assert_eq(g.heading.end, 37);
}

Test(sections, indented_and_atx_lines) {
  nb_heading_guess g;
  /* pdftotext indentation: the heading span starts at the numeral. */
  cr_assert(parse_line("     二、主动公开政府信息情况", &g));
  cr_assert_eq(g.id, NB_SEC_ACTIVE);
  cr_assert_eq(g.heading.start, 5);
  cr_assert_eq(g.numeral.start, 5);
  cr_assert(parse_line("### 三、收到和处理政府信息公开申请情况", &g));
  cr_assert_eq(g.id, NB_SEC_APPLICATIONS);
  cr_assert_eq(g.numeral.start, 4);
  /* "一、   总体情况  " (seed 001): spaces around the title are not part of it. */
  cr_assert(parse_line("一、   总体情况  ", &g));
  cr_assert_eq(g.title.start, 9);
  cr_assert_eq(g.title.end, 21);
}

Test(sections, variants) {
  nb_heading_guess g;
  cr_assert(parse_line("四、政府信息公开行政复议和行政诉讼情况", &g));
  cr_assert_eq(g.id, NB_SEC_REVIEW);
  cr_assert_eq(g.match, NB_MATCH_VARIANT);
  cr_assert(parse_line("六、其他需要报告事项", &g));
  cr_assert_eq(g.id, NB_SEC_OTHER);
  cr_assert_eq(g.match, NB_MATCH_VARIANT);
  cr_assert(parse_line("五、政府信息公开工作存在的主要问题及改进情况", &g));
  cr_assert_eq(g.id, NB_SEC_PROBLEMS);
  cr_assert_eq(g.match, NB_MATCH_VARIANT);
  /* The official title plus a parenthetical note. */
  cr_assert(parse_line("一、总体情况（2023年度）", &g));
  cr_assert_eq(g.id, NB_SEC_OVERVIEW);
  cr_assert_eq(g.match, NB_MATCH_VARIANT);
}

Test(sections, typos) {
  nb_heading_guess g;
  cr_assert(parse_line("四、政府信息公开行政法复议、行政诉讼情况", &g));
  cr_assert_eq(g.id, NB_SEC_REVIEW);
  cr_assert_eq(g.match, NB_MATCH_TYPO);
  cr_assert(parse_line("二、主动公开政府信息清况", &g));
  cr_assert_eq(g.id, NB_SEC_ACTIVE);
  cr_assert_eq(g.match, NB_MATCH_TYPO);
}

Test(sections, table_row_labels_are_not_headings) {
  nb_heading_guess g;
  cr_assert_not(parse_line("一、本年新收政府信息公开申请数量", &g));
  cr_assert_not(parse_line("二、上年结转政府信息公开申请数量", &g));
  cr_assert_not(parse_line("三、本年度办理结果", &g));
  cr_assert_not(parse_line("四、结转下年度继续办理", &g));
  cr_assert_not(parse_line("\t四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0", &g));
  cr_assert_not(parse_line("一、本年新收政府信息公开申请数量\t\t12\t0\t0\t0\t0\t0\t12", &g));
  cr_assert_not(parse_line("三、", &g));
}

Test(sections, prose_is_not_a_heading) {
  nb_heading_guess g;
  cr_assert_not(parse_line("全文包括一、总体情况，二、主动公开政府信息情况等六部分。", &g));
  cr_assert_not(
      parse_line("一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况", &g));
  cr_assert_not(parse_line("一、总体情况。我县高度重视政务公开工作", &g));
  cr_assert_not(parse_line("（一）主动公开情况", &g));
}

Test(sections, title_without_numeral_only_when_marked) {
  nb_heading_guess g;
  cr_assert_not(parse("总体情况", false, &g));
  cr_assert(parse("## 总体情况", true, &g));
  cr_assert_eq(g.id, NB_SEC_OVERVIEW);
  cr_assert_eq(g.numeral_value, 0);
  cr_assert(nb_span_is_empty(g.numeral));
  /* No typo allowance without a numeral: too little evidence. */
  cr_assert_not(parse("## 总体情祝", true, &g));
}

/* A stream with one item per line; "#" lines become headings of that level. */
static void stream_of(nb_report *r, const char *text) {
  nb_report_init(r, text, strlen(text));
  size_t start = 0, len = strlen(text);
  int block = 0;
  bool blank = false;
  while (start <= len) {
    const char *nl = memchr(text + start, '\n', len - start);
    size_t end = nl ? (size_t)(nl - text) : len;
    if (end == start) {
      blank = true;
    } else {
      nb_stream_item it;
      memset(&it, 0, sizeof it);
      it.kind = NB_ITEM_LINE;
      it.span = nb_span_make(start, end);
      it.blank_before = blank;
      it.block = block++;
      int level = 0;
      while (start + level < end && text[start + level] == '#')
        level++;
      if (level) {
        it.kind = NB_ITEM_HEADING;
        it.heading_level = level;
      }
      nb_stream_push(&r->stream, &it);
      blank = false;
    }
    if (!nl)
      break;
    start = end + 1;
  }
}

Test(sections, find_over_stream) {
  const char *text = "标题\n"                        /* item 0, bytes 0..6 */
                     "一、总体情况\n"                /* item 1, bytes 7..25 */
                     "正文。\n"                      /* item 2, bytes 26..35 */
                     "\n"                            /* blank, byte 36 */
                     "## 二、主动公开政府信息情况\n" /* item 3, bytes 37..76 */
                     "表格\n";                       /* item 4, bytes 77..83 */
  nb_report r;
  stream_of(&r, text);
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 2);
  const nb_section *a = &r.sections[0], *b = &r.sections[1];
  cr_assert_eq(a->id, NB_SEC_OVERVIEW);
  cr_assert_eq(a->level, 0);
  cr_assert_eq(a->heading.start, 7);
  cr_assert_eq(a->heading.end, 25);
  cr_assert_eq(a->first_item, 2);
  cr_assert_eq(a->end_item, 3);
  cr_assert_eq(a->body.start, 26);
  cr_assert_eq(a->body.end, 37);
  cr_assert_eq(b->id, NB_SEC_ACTIVE);
  cr_assert_eq(b->level, 2);
  cr_assert_eq(b->heading.start, 37);
  cr_assert_eq(b->title.start, 46);
  cr_assert_eq(b->first_item, 4);
  cr_assert_eq(b->end_item, 5);
  cr_assert_eq(b->body.start, 77);
  cr_assert_eq(b->body.end, 84); /* the end of the text */
  cr_assert_eq(nb_section_heading_item(b), 3);
  nb_report_free(&r);
}

/* Where the first heading nb_find_sections lists starts, found without the rest when it is 一,
 * and through nb_find_sections when a section found by position comes first. */
Test(sections, first_section_start) {
  nb_report r;
  stream_of(&r, "标题\n一、总体情况\n正文。\n二、主动公开政府信息情况\n");
  cr_assert_eq(nb_first_section_start(&r), 7); /* after "标题\n" */
  nb_report_free(&r);
  /* 一 has a title of its own: found by position, before 二. */
  stream_of(&r, "前言\n一、工作概况\n二、主动公开政府信息情况\n表\n");
  cr_assert_eq(nb_first_section_start(&r), 7);
  cr_assert_eq(r.sections[0].title_match, NB_MATCH_POSITIONAL);
  nb_report_free(&r);
  stream_of(&r, "前言\n二、主动公开政府信息情况\n表\n");
  cr_assert_eq(nb_first_section_start(&r), 7);
  cr_assert_eq(r.sections[0].id, NB_SEC_ACTIVE);
  nb_report_free(&r);
  stream_of(&r, "甲\n乙\n");
  cr_assert_eq(nb_first_section_start(&r), SIZE_MAX);
  nb_report_free(&r);
}

Test(sections, duplicates_and_disorder_kept) {
  nb_report r;
  stream_of(&r, "二、主动公开政府信息情况\n一、总体情况\n二、主动公开政府信息情况\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 3);
  cr_assert_eq(r.sections[0].id, NB_SEC_ACTIVE);
  cr_assert_eq(r.sections[1].id, NB_SEC_OVERVIEW);
  cr_assert_eq(r.sections[2].id, NB_SEC_ACTIVE);
  /* 37 bytes for the first line, 19 for the second. */
  cr_assert_eq(r.sections[2].heading.start, 56);
  nb_report_free(&r);
}

Test(sections, wrong_numeral_is_kept_as_written) {
  nb_report r;
  stream_of(&r, "三、主动公开政府信息情况\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 1);
  cr_assert_eq(r.sections[0].id, NB_SEC_ACTIVE);
  cr_assert_eq(r.sections[0].numeral_value, 3);
  nb_report_free(&r);
}

/* ---------------------------------------------------------------- table ranges (build.c) */

Test(sections, table_ranges_follow_sections) {
  nb_report r;
  /* items: 0 一, 1 body, 2 二, 3 body, 4 body, 5 四, 6 body */
  stream_of(&r, "一、总体情况\n甲\n二、主动公开政府信息情况\n乙\n丙\n"
                "四、政府信息公开行政复议、行政诉讼情况\n丁\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 3);
  int first, end;
  nb_table_item_range(&r, NB_TABLE_ACTIVE, &first, &end);
  cr_assert_eq(first, 3);
  cr_assert_eq(end, 5);
  /* 三 is missing: from 二's body up to 四's heading. */
  nb_table_item_range(&r, NB_TABLE_APPLICATIONS, &first, &end);
  cr_assert_eq(first, 3);
  cr_assert_eq(end, 5);
  nb_table_item_range(&r, NB_TABLE_REVIEW, &first, &end);
  cr_assert_eq(first, 6);
  cr_assert_eq(end, 7);
  nb_report_free(&r);
}

Test(sections, table_ranges_without_sections) {
  nb_report r;
  stream_of(&r, "甲\n乙\n");
  nb_find_sections(&r);
  int first, end;
  nb_table_item_range(&r, NB_TABLE_REVIEW, &first, &end);
  cr_assert_eq(first, 0);
  cr_assert_eq(end, 2);
  nb_report_free(&r);
}

Test(sections, table_range_when_only_later_sections_exist) {
  nb_report r;
  /* items: 0 前言, 1 三, 2 body */
  stream_of(&r, "前言\n三、收到和处理政府信息公开申请情况\n表\n");
  nb_find_sections(&r);
  int first, end;
  /* 二 is missing and no lower section exists: from the start up to 三's heading. */
  nb_table_item_range(&r, NB_TABLE_ACTIVE, &first, &end);
  cr_assert_eq(first, 0);
  cr_assert_eq(end, 1);
  nb_report_free(&r);
}

/* A numbered heading whose title is none of the known ones, standing where the missing section
 * is expected and written like the others: that section, recognised by position. */
#define FIVE_SECTIONS                                                                              \
  "## 一、总体情况\n正文。\n## 二、主动公开政府信息情况\n表格\n## "         \
  "三、收到和处理政府信息公开申请情况\n"                                          \
  "表格\n## 四、政府信息公开行政复议、行政诉讼情况\n表格\n## "              \
  "五、存在的主要问题及改进情况\n正文。\n"

Test(sections, own_title_where_a_section_is_expected) {
  static const char text[] = FIVE_SECTIONS "## 六、其他需要报告的事项及有关说明\n无。\n";
  nb_report r;
  stream_of(&r, text);
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 6);
  const nb_section *six = &r.sections[5];
  cr_assert_eq(six->id, NB_SEC_OTHER);
  cr_assert_eq(six->title_match, NB_MATCH_POSITIONAL);
  size_t at = (size_t)(strstr(text, "其他需要报告的事项及有关说明") - text);
  cr_assert_eq(six->title.start, at);
  cr_assert_eq(six->title.end, at + strlen("其他需要报告的事项及有关说明"));
  cr_assert_eq(six->level, 2);
  nb_report_free(&r);
}

/* Not where a heading would be written like the others (a plain line among ATX headings), and
 * not after a numbered list of the section before: no section is made up. */
Test(sections, no_section_by_position_from_other_lines) {
  nb_report r;
  stream_of(&r, FIVE_SECTIONS "六、其他需要报告的事项及有关说明\n无。\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 5);
  nb_report_free(&r);
  stream_of(&r, FIVE_SECTIONS "一、加强培训，提高能力。\n二、完善制度。\n## 六、强化考核评议\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 5);
  nb_report_free(&r);
  /* A table 三 row label numbered 四、 is no section 四. */
  stream_of(&r,
            "## 一、总体情况\n## 二、主动公开政府信息情况\n## 三、收到和处理政府信息公开申请情况\n"
            "## 四、结转下年度继续办理\n## 五、存在的主要问题及改进情况\n");
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 4);
  nb_report_free(&r);
}

/* ------------------------------------------------------------ the heading memo */

static void assert_same_guess(const nb_heading_guess *a, const nb_heading_guess *b, size_t shift,
                              const char *line) {
  cr_assert_eq(a->id, b->id, "id of “%s”", line);
  cr_assert_eq(a->match, b->match, "match of “%s”", line);
  cr_assert_eq(a->numeral_value, b->numeral_value, "numeral of “%s”", line);
  size_t ns = a->numeral_value ? shift : 0;
  cr_assert_eq(a->numeral.start + ns, b->numeral.start, "numeral span of “%s”", line);
  cr_assert_eq(a->numeral.end + ns, b->numeral.end, "numeral span of “%s”", line);
  cr_assert_eq(a->title.start + shift, b->title.start, "title span of “%s”", line);
  cr_assert_eq(a->title.end + shift, b->title.end, "title span of “%s”", line);
  cr_assert_eq(a->heading.start + shift, b->heading.start, "heading span of “%s”", line);
  cr_assert_eq(a->heading.end + shift, b->heading.end, "heading span of “%s”", line);
}

typedef struct {
  nb_heading_memo *memo;
  int headings, numbered, lines;
} memo_check;

enum { SHIFT = 37 };

/* One line, read as it stands (and as a marked heading): fresh, through the memo where a fresh
 * parse reads it (a miss), and through the memo SHIFT bytes further on (the memo's answer). */
static void check_line(memo_check *c, const char *line) {
  size_t n = strlen(line);
  char *buf = malloc(SHIFT + n + 1);
  memset(buf, 'x', SHIFT);
  memcpy(buf + SHIFT, line, n + 1);
  for (int marked = 0; marked < 2; marked++) {
    nb_heading_guess fresh, first, again;
    bool f0 = nb_section_heading_parse(buf + SHIFT, nb_span_make(0, n), marked, &fresh);
    bool f1 = nb_section_heading_read(&c->memo, buf + SHIFT, nb_span_make(0, n), marked, &first);
    bool f2 =
        nb_section_heading_read(&c->memo, buf, nb_span_make(SHIFT, SHIFT + n), marked, &again);
    cr_assert_eq(f0, f1, "first read of “%s” (marked %d)", line, marked);
    cr_assert_eq(f0, f2, "second read of “%s” (marked %d)", line, marked);
    c->lines++;
    if (!f0)
      continue;
    c->headings++;
    c->numbered += fresh.numeral_value != 0;
    assert_same_guess(&fresh, &first, 0, line);
    assert_same_guess(&fresh, &again, SHIFT, line);
  }
  free(buf);
}

/* Each line of a corpus text, with and without markup and without its numeral. */
static void check_lines_of(const char *path, const char *text, size_t len, void *data) {
  (void)path;
  static const char *const decorations[][2] = {{"", ""}, {"## ", ""}, {"**", "**"}, {"  ", "："}};
  char *copy = malloc(len + 1);
  memcpy(copy, text, len + 1);
  for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
    const char *sep = strstr(line, "、");
    const char *bodies[] = {line, sep ? sep + strlen("、") : NULL};
    for (size_t b = 0; b < 2 && bodies[b]; b++)
      for (size_t d = 0; d < sizeof decorations / sizeof *decorations; d++) {
        size_t n = strlen(decorations[d][0]) + strlen(bodies[b]) + strlen(decorations[d][1]) + 1;
        char *decorated = malloc(n);
        snprintf(decorated, n, "%s%s%s", decorations[d][0], bodies[b], decorations[d][1]);
        check_line(data, decorated);
        free(decorated);
      }
  }
  free(copy);
}

/* Every line of the corpus's reports and raw texts (headings, prose, table rows, numbered
 * labels) is read through one memo twice, the second time 37 bytes further on: both answers
 * must be a fresh parse's, spans moved with the line. */
Test(sections, memo_answers_as_a_fresh_parse_wherever_the_line_stands) {
  memo_check c = {0};
  cr_assert_gt(nb_each_corpus_file(NB_SOURCE_DIR "/corpus/reports", check_lines_of, &c), 5);
  cr_assert_gt(nb_each_corpus_file(NB_SOURCE_DIR "/corpus/raw", check_lines_of, &c), 5);
  nb_heading_memo_free(c.memo);
  /* The lines held what the test is about: headings with and without numerals, and others. */
  cr_assert_gt(c.headings, 100, "%d headings", c.headings);
  cr_assert_gt(c.numbered, 50, "%d numbered headings", c.numbered);
  cr_assert_gt(c.headings - c.numbered, 20, "%d headings without numeral", c.headings - c.numbered);
  cr_assert_gt(c.lines - c.headings, 1000, "%d lines that are no heading", c.lines - c.headings);
}

/* A report's sections found again (as reflow does), now through its memo, are the sections a
 * fresh parse of each heading line gives. */
Test(sections, found_again_through_the_memo) {
  const char *text = "标题\n一、总体情况\n正文。\n\n## 二、主动公开政府信息情况\n"
                     "**三、收到和处理政府信息公开申请情况**\n五、存在的主要问题及改进情况\n";
  nb_report r;
  stream_of(&r, text);
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 4);
  cr_assert_not_null(r.heading_memo);
  for (int round = 0; round < 2; round++) {
    for (int k = 0; k < r.nsections; k++) {
      const nb_section *sec = &r.sections[k];
      const nb_stream_item *item = &r.stream.items[nb_section_heading_item(sec)];
      nb_heading_guess g;
      cr_assert(nb_section_heading_parse(text, item->span, item->kind == NB_ITEM_HEADING, &g));
      cr_assert_eq(sec->id, g.id);
      cr_assert_eq(sec->title_match, g.match);
      cr_assert_eq(sec->numeral_value, g.numeral_value);
      cr_assert_eq(sec->numeral.start, g.numeral.start);
      cr_assert_eq(sec->numeral.end, g.numeral.end);
      cr_assert_eq(sec->title.start, g.title.start);
      cr_assert_eq(sec->title.end, g.title.end);
      cr_assert_eq(sec->heading.start, g.heading.start);
      cr_assert_eq(sec->heading.end, g.heading.end);
    }
    nb_find_sections(&r); /* the second round reads every line through the memo */
    cr_assert_eq(r.nsections, 4);
  }
  nb_report_free(&r);
}

/* A section's body ends where the line holding the next heading starts: after the last line
 * feed or carriage return before that heading, as a plain scan finds it; with the heading at
 * its line's start, after an indentation, after a lone carriage return, and run into a line
 * where a carriage return follows the last line feed. */
Test(sections, body_ends_where_the_next_heading_line_starts) {
  const char *text =
      "一、总体情况\r\n正文。\r二、主动公开政府信息情况\n正文\n\r  "
      "三、收到和处理政府信息公开申请情况\n正文。 四、政府信息公开行政复议、行政诉讼情况\n"
      "甲\r乙。五、存在的主要问题及改进情况\n正文\n";
  const char *items[] = {"一、总体情况",
                         "正文。\r",
                         "二、主动公开政府信息情况",
                         "正文\n\r",
                         "三、收到和处理政府信息公开申请情况",
                         "正文。 ",
                         "四、政府信息公开行政复议、行政诉讼情况",
                         "甲\r乙。",
                         "五、存在的主要问题及改进情况",
                         "正文\n"};
  enum { NITEMS = sizeof items / sizeof *items };
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  const char *at = text;
  for (int i = 0; i < NITEMS; i++) {
    at = strstr(at, items[i]);
    cr_assert_not_null(at, "item %d", i);
    size_t start = (size_t)(at - text), n = strlen(items[i]);
    while (n && (items[i][n - 1] == '\n' || items[i][n - 1] == '\r'))
      n--;
    nb_stream_item it;
    memset(&it, 0, sizeof it);
    it.kind = NB_ITEM_LINE;
    it.span = nb_span_make(start, start + n);
    it.block = i;
    nb_stream_push(&r.stream, &it);
    at += strlen(items[i]);
  }
  nb_find_sections(&r);
  cr_assert_eq(r.nsections, 5);
  for (int k = 0; k + 1 < r.nsections; k++) {
    size_t want = 0;
    for (size_t p = 0; p < r.sections[k + 1].heading.start; p++)
      if (text[p] == '\n' || text[p] == '\r')
        want = p + 1;
    cr_assert_eq(r.sections[k].body.end, want, "section %d", k);
  }
  nb_report_free(&r);
}

/* The first section, in template order, whose normalised title is `norm`; -1 when none. */
static int first_exact_section(const char *norm) {
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++)
      if (strcmp(nb_normalized_static(nb_template_get((nb_template_id)t)->sections[s].title),
                 norm) == 0)
        return s;
  return -1;
}

/* Every template's section titles and their variants, as written and with spaces and
 * full-width forms that normalising removes: a title that normalises to a section's title is
 * that section, exactly, the first in template order (the bytes-as-written shortcut included). */
Test(sections, titles_as_written_and_normalised) {
  static const char *const wrappers[][2] = {{"", ""}, {" ", " "}, {"　", ""}, {"", "　"}};
  int exact = 0;
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++) {
      const nb_section_spec *spec = &nb_template_get((nb_template_id)t)->sections[s];
      for (int v = -1; v == -1 || (spec->variants && spec->variants[v]); v++) {
        const char *label = v < 0 ? spec->title : spec->variants[v];
        for (size_t w = 0; w < sizeof wrappers / sizeof *wrappers; w++) {
          char title[256];
          snprintf(title, sizeof title, "%s%s%s", wrappers[w][0], label, wrappers[w][1]);
          char *norm = nb_normalize_label(title, strlen(title));
          int want = first_exact_section(norm);
          free(norm);
          nb_section_id id;
          nb_match m = nb_section_title_match(title, strlen(title), &id);
          if (want < 0) {
            cr_assert_neq(m, NB_MATCH_EXACT, "“%s”", title);
            continue;
          }
          cr_assert_eq(m, NB_MATCH_EXACT, "“%s”", title);
          cr_assert_eq((int)id, want, "“%s”", title);
          exact++;
        }
      }
    }
  cr_assert_gt(exact, 4 * NB_SECTION_COUNT);
}

/* nb_strip_markup as its definition reads: white space (nb_trim_span) and markup (# * _ >)
 * trimmed in turns until neither is left at the ends. */
static void strip_in_turns(const char *text, size_t *start, size_t *end) {
  for (;;) {
    size_t s = *start, e = *end;
    nb_trim_span(text, start, end);
    while (*start < *end && strchr("#*_>", text[*start]) && text[*start])
      (*start)++;
    while (*end > *start && strchr("#*_>", text[*end - 1]) && text[*end - 1])
      (*end)--;
    if (*start == s && *end == e)
      return;
  }
}

/* nb_strip_markup, which passes blanks with the markup, leaves what trimming in turns leaves,
 * empty spans where they stand included; on random lines of markup, blanks and text. */
Test(sections, strip_markup_as_trimming_in_turns) {
  static const char *const parts[] = {"#", "##", "*",  "**", "_",    ">",
                                      " ", "\t", "　", "x",  "一、", "中"};
  uint32_t state = 2024;
  char text[256];
  int empty = 0;
  for (int round = 0; round < 100000; round++) {
    size_t n =
        nb_test_random_pieces(&state, parts, sizeof parts / sizeof *parts, 10, text, sizeof text);
    size_t a = 0, b = n, want_a = 0, want_b = n;
    nb_strip_markup(text, &a, &b);
    strip_in_turns(text, &want_a, &want_b);
    cr_assert(a == want_a && b == want_b, "[%zu, %zu) for [%zu, %zu) of \"%s\"", a, b, want_a,
              want_b, text);
    empty += a == b;
  }
  cr_assert_gt(empty, 1000);
}
