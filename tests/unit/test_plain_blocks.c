/* nb_markdown_build reads the blocks that plain lines decide without cmark-gfm (plain_blocks.h)
 * and hands cmark-gfm the rest. Held here to the all-cmark-gfm build, item by item of the
 * stream (kind, span, level, blank line before, block number), on what the model read from it
 * and on the lines the heading memo was asked of: over every file of the corpus and the shared
 * reports and seeds, and over thousands of random texts made of the line shapes where plain
 * reading and cmark-gfm could part (markup at a line's start and inside it, indentation by
 * spaces and tabs, blank and U+3000 lines, every line end, byte-order marks, section headings). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/text.h"
#include "markdown/extension.h"
#include "markdown/markdown.h"
#include "support/corpus_files.h"
#include "test_same_model.h"

/* ---------------------------------------------------------------- the lines the memo is asked of
 */

typedef struct {
  char **lines;
  size_t n, cap;
} line_set;

static line_set observed;

static void observe(const char *line, size_t len) {
  if (observed.n == observed.cap) {
    observed.cap = observed.cap ? observed.cap * 2 : 64;
    observed.lines = realloc(observed.lines, observed.cap * sizeof *observed.lines);
  }
  char *copy = malloc(len + 1);
  memcpy(copy, line, len);
  copy[len] = '\0';
  observed.lines[observed.n++] = copy;
}

static int by_bytes(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct lines observed since the last call, sorted; the set is handed over. */
static line_set take_observed(void) {
  line_set s = observed;
  memset(&observed, 0, sizeof observed);
  if (s.n)
    qsort(s.lines, s.n, sizeof *s.lines, by_bytes);
  size_t kept = 0;
  for (size_t i = 0; i < s.n; i++) {
    if (kept && strcmp(s.lines[kept - 1], s.lines[i]) == 0)
      free(s.lines[i]);
    else
      s.lines[kept++] = s.lines[i];
  }
  s.n = kept;
  return s;
}

static void free_set(line_set *s) {
  for (size_t i = 0; i < s->n; i++)
    free(s->lines[i]);
  free(s->lines);
}

/* ---------------------------------------------------------------- the comparison */

static void same_model(const char *name, const char *text, size_t len, size_t piece_bytes) {
  nb_report plain, cmark;
  nb_report_init(&plain, text, len);
  nb_report_init(&cmark, text, len);
  nianbao_heading_read_observer = observe;
  nb_markdown_build_pieces(text, len, piece_bytes, &plain);
  line_set plain_reads = take_observed();
  nb_markdown_build_cmark_only(text, len, piece_bytes, &cmark);
  line_set cmark_reads = take_observed();
  nianbao_heading_read_observer = NULL;
  assert_same_model(name, &plain, &cmark);
  cr_assert_eq(plain_reads.n, cmark_reads.n, "%s: the memo was asked of %zu lines, want %zu", name,
               plain_reads.n, cmark_reads.n);
  for (size_t i = 0; i < cmark_reads.n; i++)
    cr_assert_str_eq(plain_reads.lines[i], cmark_reads.lines[i], "%s: memo line %zu", name, i);
  free_set(&plain_reads);
  free_set(&cmark_reads);
  nb_report_free(&plain);
  nb_report_free(&cmark);
}

/* The text is valid UTF-8 (markdown.h), as lint hands it. */
static void check_file(const char *path, const char *text, size_t len, void *checked) {
  if (nb_utf8_validate(text, len) == len) {
    same_model(path, text, len, (size_t)1 << 20);
    same_model(path, text, len, 1);
    (*(int *)checked)++;
  }
}

Test(plain_blocks, every_corpus_file_gives_the_same_model) {
  int checked = 0;
  cr_assert_gt(nb_each_corpus_file(NB_SOURCE_DIR "/corpus", check_file, &checked), 0);
  cr_assert_gt(checked, 100, "only %d corpus files", checked);
}

Test(plain_blocks, shared_reports_and_seeds_give_the_same_model) {
  int checked = 0;
  nb_each_corpus_file(NB_SHARED_DIR "/reports", check_file, &checked);
  nb_each_corpus_file(NB_SHARED_DIR "/seeds", check_file, &checked);
  cr_log_info("%d shared files", checked);
}

/* ---------------------------------------------------------------- random texts */

/* Line shapes: what may open a block at a line's start (and the same inside a line), section
 * headings read or not, and lines blank to one reader and not the other. */
static const char *const starts[] = {
    "",
    "正文",
    "文字|中间",
    "一、总体情况",
    "（一）主动公开",
    "第一部分",
    "二、主动公开政府信息情况",
    "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "2024 年",
    "2024年度",
    "1. 项",
    "1) 项",
    "12.5 万",
    "123",
    "> 引",
    "# 标",
    "## 一、总体情况",
    "```",
    "~~~",
    "<div>",
    "<!-- c",
    "-->",
    "<pre>",
    "</pre>",
    "===",
    "---",
    "- 项",
    "* 项",
    "+ 项",
    "***",
    "___",
    "_x_",
    "[a]: /u",
    "[a]",
    "]",
    "!",
    "\\",
    "|",
    "| a | 1 |",
    "|---|---|",
    ":--",
    ":",
    "a | b",
    "**三、收到和处理**",
    "\xE3\x80\x80",
    "\xE3\x80\x80\xE3\x80\x80正文",
    "\xEF\xBB\xBF",
    "\xEF\xBB\xBF正文",
    "\xEF\xBC\x88二）",
    "x",
    "\t",
    "\v",
    "\f",
    "\x7F",
    "六、其他需要报告的事项",
    "五、政府信息公开工作存在的主要问题及改进情况",
    "-2-",
    "-",
    "- ",
    "-:",
    "-x",
    "--",
    "1.属于",
    "25.36",
    "1234567890. x",
    "1)x",
    "1.\t",
    "==== 正文 ====",
    "= =",
    "=x",
    "#标签",
    "####### x",
    "#",
    "+",
    "+x",
    "*x",
    "**x**",
    "* * *",
    "``x",
    "`x",
    "~x",
    "~~",
    "_ _ _",
    "_",
    ":--|",
    ": -",
    "\f:--",
    "\f---",
    "\f 正文",
    "\v|",
    "\f",
    "\f\f",
    "|---",
    "&amp;",
    "\"引号\"",
    "(一)",
    "（一）",
    "!---",
    "\\# 标",
    "]: x",
    "#\t标",
    "###### 六、其他需要报告的事项",
    "#\v",
    "## ",
};

static const char *const indents[] = {"",         " ",  "  ",  "   ",  "    ", "     ",
                                      "        ", "\t", " \t", "  \t", "\t\t", "   \t"};

static const char *const breaks[] = {"\n", "\n", "\n", "\r\n", "\r"};

static uint64_t rng_state;

static uint32_t next_random(void) {
  rng_state = rng_state * 6364136223846793005u + 1442695040888963407u;
  return (uint32_t)(rng_state >> 33);
}

#define PICK(a) (a[next_random() % (sizeof a / sizeof a[0])])

/* A random text of up to `max_lines` lines; mostly plain lines, so that plain reading goes on
 * for a while before it meets markup. */
static size_t random_text(char *buf, size_t cap, int max_lines) {
  size_t n = 0;
  int lines = 1 + (int)(next_random() % (unsigned)max_lines);
  bool crlf_text = next_random() % 4 == 0;
  for (int l = 0; l < lines && n + 512 < cap; l++) {
    unsigned kind = next_random() % 8;
    const char *indent = next_random() % 3 ? "" : PICK(indents);
    const char *start;
    if (kind < 3)
      start = next_random() % 2 ? "正文一段" : "the text goes on";
    else if (kind == 3)
      start = next_random() % 2 ? "" : "   ";
    else
      start = PICK(starts);
    n += (size_t)snprintf(buf + n, cap - n, "%s%s", indent, start);
    if (next_random() % 3 == 0) /* something inside the line */
      n += (size_t)snprintf(buf + n, cap - n, "%s%s", next_random() % 2 ? " " : "", PICK(starts));
    bool last = l + 1 == lines;
    if (!last || next_random() % 2)
      n += (size_t)snprintf(buf + n, cap - n, "%s", crlf_text ? "\r\n" : PICK(breaks));
  }
  return n;
}

Test(plain_blocks, random_texts_give_the_same_model) {
  static char buf[1 << 16];
  for (int seed = 1; seed <= 12000; seed++) {
    rng_state = (uint64_t)seed * 0x9E3779B97F4A7C15u;
    size_t len = random_text(buf, sizeof buf, seed % 10 == 0 ? 120 : 16);
    if (nb_utf8_validate(buf, len) != len)
      continue;
    char name[48];
    snprintf(name, sizeof name, "random text %d", seed);
    same_model(name, buf, len, (size_t)1 << 20);
    if (seed % 4 == 0)
      same_model(name, buf, len, 1);
  }
}

/* The shapes plain reading decides, each next to what ends its block, one by one. */
Test(plain_blocks, block_ends_give_the_same_model) {
  static const char *const texts[] = {
      "正文\n续行\n\n    缩进代码\n\n    同一块\n正文\n",
      "正文\n        缩进续行\n    一、总体情况\n正文\n",
      "一、总体情况\n===\n",
      "正文\n二、主动公开政府信息情况\n---\n",
      "正文\n    二、主动公开政府信息情况\n    代码\n",
      "    代码\n\n\xEF\xBB\xBF正文\n",
      "    代码\n\xEF\xBB\xBF正文\n",
      "\xEF\xBB\xBF一、总体情况\n正文\n",
      "\xEF\xBB\xBF    代码\n",
      "正文\n\xE3\x80\x80\n\n\xE3\x80\x80\n    代码\n",
      "正文\r\n\r\n一、总体情况\r\n    代码\r正文\r",
      "正文\n- 1 -\n\n正文\n\n1. 项\n正文",
      "\t代码\n  \t代码\n正文\n \t\n正文",
      "a\n\n\xEF\xBB\xBF# 三、收到和处理政府信息公开申请情况\n\nb\n",
      "no final break",
      "",
      "\n\n\n",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    char name[32];
    snprintf(name, sizeof name, "text %zu", i);
    same_model(name, texts[i], strlen(texts[i]), (size_t)1 << 20);
    same_model(name, texts[i], strlen(texts[i]), 1);
  }
}
