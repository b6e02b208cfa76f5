/* Shapes no real report has, found by tests/fuzz: each once made the pipeline take minutes or
 * crash. Every test runs the whole front-end and the rules, as `nianbao lint` does, under a
 * time limit a linear pass meets with a wide margin even in a sanitizer build. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/engine.h"
#include "core/model.h"
#include "core/xalloc.h"
#include "markdown/markdown.h"

#define SEC_2 "## 二、主动公开政府信息情况\n\n"
#define SEC_3 "\n## 三、收到和处理政府信息公开申请情况\n\n"

typedef struct {
  char *text;
  size_t len, cap;
} buf;

static void put(buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->len + n + 1 > b->cap) {
    b->cap = 2 * (b->len + n + 1);
    b->text = realloc(b->text, b->cap);
    cr_assert_not_null(b->text);
  }
  memcpy(b->text + b->len, s, n + 1);
  b->len += n;
}

static void put_times(buf *b, const char *s, int times) {
  for (int i = 0; i < times; i++)
    put(b, s);
}

/* Builds and checks `text` as lint does; returns the number of diagnostics. */
static int lint(const char *text, size_t len, nb_report *r) {
  nb_report_init(r, text, len);
  nb_markdown_build(text, len, r);
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_check_report(r, NULL, &diags);
  int n = diags.count;
  nb_diag_list_free(&diags);
  return n;
}

static void assert_section_at(const nb_report *r, nb_section_id id, size_t offset) {
  const nb_section *s = nb_report_section(r, id);
  cr_assert_not_null(s, "section %d not found", (int)id);
  cr_assert_eq(s->heading.start, offset, "section %d heading at %zu, expected %zu", (int)id,
               (size_t)s->heading.start, offset);
}

/* One line of 2*10^5 tab-separated labels: the label cells of a row were joined with strcat,
 * which rescans the joined text for every cell (quadratic: minutes for this line). */
Test(hostile_input, row_of_200000_tab_separated_labels, .timeout = 20) {
  buf b = {0};
  put(&b, SEC_2);
  put_times(&b, "规章\t", 200000);
  size_t sec3 = b.len + 1; /* SEC_3 starts with the newline ending the row */
  put(&b, SEC_3);
  nb_report r;
  lint(b.text, b.len, &r);
  assert_section_at(&r, NB_SEC_ACTIVE, 0);
  assert_section_at(&r, NB_SEC_APPLICATIONS, sec3);
  nb_report_free(&r);
  free(b.text);
}

/* A GFM pipe table of 3*10^5 columns: cmark-gfm's table extension appends each cell by walking
 * the row from its head (quadratic: minutes). Such rows are masked before cmark sees them;
 * every offset after them must be unchanged. */
Test(hostile_input, pipe_table_of_300000_columns, .timeout = 20) {
  buf b = {0};
  put(&b, SEC_2);
  put_times(&b, "| x ", 300000);
  put(&b, "|\n");
  put_times(&b, "| --- ", 300000);
  put(&b, "|\n");
  put_times(&b, "| 1 ", 300000);
  put(&b, "|\n");
  size_t sec3 = b.len + 1;
  put(&b, SEC_3);
  nb_report r;
  lint(b.text, b.len, &r);
  assert_section_at(&r, NB_SEC_ACTIVE, 0);
  assert_section_at(&r, NB_SEC_APPLICATIONS, sec3);
  nb_report_free(&r);
  free(b.text);
}

static const nb_row *row_labelled(const nb_table *t, const char *label) {
  for (int i = 0; i < t->spec->nrows; i++)
    if (strcmp(t->spec->rows[i].label, label) == 0)
      return &t->rows[i];
  cr_assert_fail("no row %s", label);
  return NULL;
}

/* Masking an overlong line leaves the report's real pipe tables to cmark as they were: table 二
 * of the clean report still reads 行政规范性文件 3 / 1 / 14 with a 200-pipe line after it. */
Test(hostile_input, overlong_pipe_line_leaves_real_tables_alone, .timeout = 20) {
  FILE *f = fopen(NB_SOURCE_DIR "/corpus/clean/report-2023.md", "rb");
  cr_assert_not_null(f);
  buf b = {0};
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk - 1, f)) > 0) {
    chunk[n] = '\0';
    put(&b, chunk);
  }
  fclose(f);
  put(&b, "\n");
  put_times(&b, "|", 200);
  put(&b, "\n");
  nb_report r;
  lint(b.text, b.len, &r);
  const nb_table *t = &r.tables[NB_TABLE_ACTIVE];
  cr_assert(t->found);
  cr_assert_eq(t->layout, NB_LAYOUT_PIPE);
  const nb_row *row = row_labelled(t, "行政规范性文件");
  cr_assert(row->present);
  cr_assert_eq(row->ncells, 3);
  double expected[3] = {3, 1, 14};
  for (int c = 0; c < 3; c++) {
    cr_assert_eq(row->cells[c].state, NB_CELL_VALUE);
    cr_assert_eq(row->cells[c].value, expected[c]);
  }
  nb_report_free(&r);
  free(b.text);
}

/* An HTML table of 2*10^5 one-line rows: each row looked for its stream item from the table's
 * first item (quadratic: minutes). */
Test(hostile_input, html_table_of_200000_rows, .timeout = 20) {
  buf b = {0};
  put(&b, SEC_2);
  put(&b, "<table>\n");
  put_times(&b, "<tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr>\n", 200000);
  put(&b, "</table>\n");
  size_t sec3 = b.len + 1;
  put(&b, SEC_3);
  nb_report r;
  lint(b.text, b.len, &r);
  assert_section_at(&r, NB_SEC_ACTIVE, 0);
  assert_section_at(&r, NB_SEC_APPLICATIONS, sec3);
  cr_assert(r.tables[NB_TABLE_ACTIVE].found);
  cr_assert_eq(r.tables[NB_TABLE_ACTIVE].layout, NB_LAYOUT_HTML);
  nb_report_free(&r);
  free(b.text);
}

/* 2*10^5 sentences with a 年 each and no digit, then a date: the date scan looked for the next
 * digit again from every 年, scanning the whole rest of the text each time (quadratic: seconds
 * for 640 KB, minutes for this). The date after them is still found where it is. */
Test(hostile_input, prose_of_200000_years_without_a_digit, .timeout = 20) {
  buf b = {0};
  put_times(&b, "本年度工作情况如下。\n\n", 200000);
  size_t date_at = b.len;
  put(&b, "2024年1月20日\n");
  nb_report r;
  lint(b.text, b.len, &r);
  cr_assert_eq(r.ndates, 1);
  cr_expect_eq(r.dates[0].span.start, date_at);
  cr_expect_eq(r.dates[0].year, 2024);
  cr_expect_eq(r.dates[0].month, 1);
  cr_expect_eq(r.dates[0].day, 20);
  nb_report_free(&r);
  free(b.text);
}
