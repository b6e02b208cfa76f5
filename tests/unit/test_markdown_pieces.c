/* nb_markdown_build parses a large text in pieces, each with its own parser (builder.c), so that
 * the parse tree is never held whole. A piece ends only at a line where every block is closed,
 * so the model must be the one a single parse gives: checked here with pieces as small as a
 * line (a new parser at every such line) against one piece for the whole text, item by item
 * of the stream and on what the model read from it, over every file of the corpus and over
 * texts made of the blocks that go on across blank lines or lines of their own. */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/text.h"
#include "markdown/markdown.h"
#include "support/corpus_files.h"
#include "test_same_model.h"

static void same_model_as(const char *name, const char *text, size_t len, bool cmark_only) {
  nb_report whole, pieces;
  nb_report_init(&whole, text, len);
  nb_report_init(&pieces, text, len);
  nb_markdown_build_pieces(text, len, SIZE_MAX, &whole);
  /* nb_markdown_build parses only what plain reading leaves to cmark-gfm (plain_blocks.h):
   * pieces of a line are checked both ways. */
  if (cmark_only)
    nb_markdown_build_cmark_only(text, len, 1, &pieces);
  else
    nb_markdown_build_pieces(text, len, 1, &pieces);
  assert_same_model(name, &pieces, &whole);
  nb_report_free(&whole);
  nb_report_free(&pieces);
}

static void same_model(const char *name, const char *text, size_t len) {
  same_model_as(name, text, len, false);
  same_model_as(name, text, len, true);
}

/* nb_markdown_build's text is valid UTF-8 (a GB18030 file is decoded first); in bytes that are
 * not, cmark-gfm may read a line break as part of a bad sequence. */
static void check_file(const char *path, const char *text, size_t len, void *checked) {
  if (nb_utf8_validate(text, len) == len) {
    same_model(path, text, len);
    (*(int *)checked)++;
  }
}

Test(markdown_pieces, every_corpus_file_gives_the_same_model) {
  int checked = 0;
  cr_assert_gt(nb_each_corpus_file(NB_SOURCE_DIR "/corpus", check_file, &checked), 0);
  cr_assert_gt(checked, 100, "only %d corpus files", checked);
}

/* Blocks that stay open across a blank line (lists, fenced code, HTML comments and <pre>), or
 * that a following line changes (setext underlines, lazy continuation, a table's delimiter
 * row), a byte-order mark at the start of a line, a row of runaway pipes, and every line end. */
Test(markdown_pieces, blocks_open_across_lines_give_the_same_model) {
  static const char *const texts[] = {
      "# 一、总体情况\n\n- a\n\n- b\n\n  c\n\nd\n\n1. e\n\n2. f\n",
      "```\n| a | 1 |\n\n| b | 2 |\n```\n\n| c | 3 |\n|---|---|\n| d | 4 |\n\n",
      "<!-- x\n\n| a | 1 |\n\n-->\n\n<pre>\n\nb\n\n</pre>\n\n二、主动公开\n",
      "标题\n===\n\n标题\n---\n\n正文\n续行\n\n> 引用\n懒惰续行\n\n> \n\n    缩进代码\n\n    "
      "同一块\n",
      "| 规章 | 0 |\n|---|---|\n| 1 | 2 |\n\n| 规章 | 0 |\n|---|---|\n| 1 | 2 |\n",
      "a\n\n\xEF\xBB\xBF# 三、收到和处理政府信息公开申请情况\n\nb\n",
      "a\r\n\r\n- b\r\n\r\n  c\r\n\r\nd\re\r\rf\r\r\n\n",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\n[a]: /u\n\n[a]\n\n***\n\n- [ ] "
      "t\n",
      "no final break",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    char name[32];
    snprintf(name, sizeof name, "text %zu", i);
    same_model(name, texts[i], strlen(texts[i]));
  }
  /* More pipes on a line than cmark-gfm is shown (builder.c masks them), between tables. */
  char runaway[1024] = "| a | 1 |\n|---|---|\n";
  size_t n = strlen(runaway);
  for (int k = 0; k < 300; k++)
    runaway[n++] = k % 2 ? '|' : '1';
  strcpy(runaway + n, "\n\n| b | 2 |\n|---|---|\n");
  same_model("runaway pipes", runaway, strlen(runaway));
}
