/* builder.c feeds cmark-gfm lines cut after their first character where nothing after it can
 * change a block (cmark_input.h). The model must be the one whole lines give: checked here by
 * building every text both ways, item by item of the stream and on the sections found, over every
 * file of the corpus and thousands of texts made of lines of every shape that matters to
 * cmark-gfm's block parser; and the sixteen-bytes-a-step search for the bytes that stop a cut
 * against the byte-at-a-time one. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/text.h"
#include "markdown/cmark_input.h"
#include "markdown/markdown.h"
#include "support/corpus_files.h"

static bool same_items(const nb_report *a, const nb_report *b, char *why, size_t n) {
  if (a->stream.nitems != b->stream.nitems) {
    snprintf(why, n, "%d items, want %d", a->stream.nitems, b->stream.nitems);
    return false;
  }
  for (int i = 0; i < b->stream.nitems; i++) {
    const nb_stream_item *x = &a->stream.items[i], *y = &b->stream.items[i];
    if (x->kind != y->kind || x->span.start != y->span.start || x->span.end != y->span.end ||
        x->blank_before != y->blank_before || x->heading_level != y->heading_level ||
        x->split != y->split || x->block != y->block || x->ncells != y->ncells) {
      snprintf(why, n,
               "item %d: kind %d/%d, span %zu-%zu/%zu-%zu, blank %d/%d, level %d/%d, block %d/%d",
               i, x->kind, y->kind, x->span.start, x->span.end, y->span.start, y->span.end,
               x->blank_before, y->blank_before, x->heading_level, y->heading_level, x->block,
               y->block);
      return false;
    }
  }
  if (a->nsections != b->nsections) {
    snprintf(why, n, "%d sections, want %d", a->nsections, b->nsections);
    return false;
  }
  for (int k = 0; k < b->nsections; k++)
    if (a->sections[k].id != b->sections[k].id ||
        a->sections[k].first_item != b->sections[k].first_item ||
        a->sections[k].end_item != b->sections[k].end_item) {
      snprintf(why, n, "section %d", k);
      return false;
    }
  return true;
}

/* Whether text gives the same model with lines cut, short ones too (every cut forced when
 * `force`), in one piece and in pieces of a line (line breaks found without AVX2), and as
 * nb_markdown_build cuts, as whole. */
static bool cut_gives_same_model(const char *text, size_t len, bool force, char *why, size_t n) {
  nb_report whole, cut, cut_pieces, cut_long;
  nb_report_init(&whole, text, len);
  nb_report_init(&cut, text, len);
  nb_report_init(&cut_pieces, text, len);
  nb_report_init(&cut_long, text, len);
  nb_cut_plan plan = nb_cut_plan_of(text, len);
  plan.min_cut = 1;
  if (force)
    plan = (nb_cut_plan){.len = len, .may_cut = true, .html_from = SIZE_MAX, .min_cut = 1};
  /* cmark-gfm reads every line here (nb_markdown_build reads plain blocks itself). */
  nb_markdown_build_cmark_only(text, len, SIZE_MAX, NULL, &whole);
  nb_markdown_build_cmark_only(text, len, SIZE_MAX, &plan, &cut);
  nb_cut_plan narrow = plan;
  narrow.wide = false;
  nb_markdown_build_cmark_only(text, len, 1, &narrow, &cut_pieces);
  nb_markdown_build_pieces(text, len, SIZE_MAX, &cut_long);
  bool same = same_items(&cut, &whole, why, n) && same_items(&cut_pieces, &whole, why, n) &&
              same_items(&cut_long, &whole, why, n);
  nb_report_free(&whole);
  nb_report_free(&cut);
  nb_report_free(&cut_pieces);
  nb_report_free(&cut_long);
  return same;
}

static void check_same_model(const char *name, const char *text, size_t len) {
  char why[256];
  cr_assert(cut_gives_same_model(text, len, false, why, sizeof why), "%s: %s", name, why);
}

/* Whether cmark-gfm is fed the text cut, short lines too. */
static bool cuts_some(const char *text, size_t len) {
  nb_cut_plan plan = nb_cut_plan_of(text, len);
  plan.min_cut = 1;
  size_t fed_len;
  char *fed = nb_cmark_input(text, 0, len, &plan, &fed_len);
  bool cut = fed && fed_len < len;
  free(fed);
  return cut;
}

typedef struct {
  int checked, cut;
} corpus_count;

/* nb_markdown_build's text is valid UTF-8 (a GB18030 file is decoded first). */
static void check_file(const char *path, const char *text, size_t len, void *data) {
  corpus_count *count = data;
  if (nb_utf8_validate(text, len) != len)
    return;
  check_same_model(path, text, len);
  count->checked++;
  if (cuts_some(text, len))
    count->cut++;
}

Test(cmark_input, every_corpus_file_gives_the_same_model) {
  corpus_count count = {0, 0};
  cr_assert_gt(nb_each_corpus_file(NB_SOURCE_DIR "/corpus", check_file, &count), 0);
  cr_assert_gt(count.checked, 100, "only %d corpus files", count.checked);
  /* Not a check of nothing: most files are fed cut. */
  cr_assert_gt(count.cut * 2, count.checked, "%d of %d files cut", count.cut, count.checked);
}

/* Line bodies: each byte that may open a block at the start and in the middle, headings a
 * numeral opens and titles alone, setext and thematic lines, list markers, fences, HTML blocks
 * and their ends, definitions, table rows, NUL, ideographic space, a byte-order mark. */
static const char *const bodies[] = {
    "正文内容，继续说明情况",
    "本机关依法公开",
    "abc def ghi",
    "x",
    "年",
    "一",
    "十",
    "二〇二三年",
    "一、总体情况",
    "（一）主动公开情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "五、政府信息公开工作存在的主要问题及改进情况",
    "六、其他需要报告的事项",
    "十一、其他",
    "总体情况",
    "**一、总体情况**",
    "# 一、总体情况",
    "## 标题",
    "####### 七个",
    "- 项",
    "* 项",
    "+ 项",
    "-",
    "1. 项",
    "2) 项",
    "10. 十",
    "1.",
    "---",
    "===",
    "***",
    "___",
    "- - -",
    "= =",
    "--",
    "```",
    "```信息",
    "``` a`b",
    "~~~",
    "~~~ x",
    "<div>",
    "</div>",
    "<div>正文",
    "<!-- 注释",
    "正文 -->",
    "-->",
    "<pre>",
    "</pre>",
    "正文</pre>",
    "<script>",
    "<?x",
    "正文 ?>",
    "<!X",
    "<![CDATA[",
    "正文 ]]>",
    "<a href=\"u\">",
    "<x>",
    "a >",
    "a <",
    "> 引用",
    ">",
    "> - 项",
    ">> 深",
    "[a]: /u",
    "[a]",
    "[^1]: 注",
    "'题'",
    "\"题",
    "(题)",
    "| 规章 | 0 |",
    "|---|---|",
    "| --- | :-: |",
    "a | b",
    "正文 | 正文",
    ":--|--:",
    "--|--",
    "|",
    "a|b|c",
    "正文 > 正文",
    "正文 < 正文",
    "正文 [x] 正文",
    "正文 ` 正文",
    "正文 ]: 正文",
    "正文\\|",
    "!x",
    "\\x",
    ":x",
    "~x",
    "=x",
    "_x",
    "正文\x01零",
    "\x01",
    "a\x01",
    "",
    "　",
    "　正文",
    "\t正文\t表",
    "\xEF\xBB\xBF正文",
    "\xEF\xBB\xBF# 一、总体情况",
    "A\vB",
    "\f",
    "a  ",
    "正文　",
};
static const char *const indents[] = {"",      "",         "",   " ",   "  ",    "   ",  "    ",
                                      "     ", "        ", "\t", " \t", "  \t ", "\t\t", "　"};
static const char *const breaks[] = {"\n", "\n", "\n", "\r\n", "\r", ""};

static uint64_t next_random(uint64_t *state) {
  *state ^= *state << 13;
  *state ^= *state >> 7;
  *state ^= *state << 17;
  return *state;
}

#define COUNT(a) (sizeof a / sizeof a[0])

static size_t append(char *buf, size_t n, const char *s) {
  size_t k = strlen(s);
  memcpy(buf + n, s, k);
  return n + k;
}

/* A body: its '\x01' bytes stand for NUL bytes (a string literal cannot hold them). */
static size_t append_body(char *buf, size_t n, const char *body) {
  for (const char *p = body; *p; p++)
    buf[n++] = *p == '\x01' ? '\0' : *p;
  return n;
}

/* A random text of up to 24 lines, some with a second body mid-line. */
static size_t random_text(uint64_t *state, char *buf) {
  size_t n = 0;
  int lines = 1 + (int)(next_random(state) % 24);
  for (int l = 0; l < lines; l++) {
    n = append(buf, n, indents[next_random(state) % COUNT(indents)]);
    n = append_body(buf, n, bodies[next_random(state) % COUNT(bodies)]);
    if (next_random(state) % 3 == 0)
      n = append_body(buf, n, bodies[next_random(state) % COUNT(bodies)]);
    n = append(buf, n, breaks[next_random(state) % COUNT(breaks)]);
  }
  return n;
}

Test(cmark_input, random_texts_give_the_same_model) {
  uint64_t state = 0x9E3779B97F4A7C15u;
  static char buf[24 * 512];
  int cut = 0;
  for (int t = 0; t < 4000; t++) {
    size_t len = random_text(&state, buf);
    if (nb_utf8_validate(buf, len) != len)
      continue;
    char name[32];
    snprintf(name, sizeof name, "random text %d", t);
    check_same_model(name, buf, len);
    cut += cuts_some(buf, len);
  }
  cr_assert_gt(cut, 1200, "only %d texts cut", cut);
}

/* Why a text with "]:" is fed whole: a link reference definition in a block quote (so no line
 * starts with '[') takes its title from a lazy continuation line, "foo'": cut to "f", the title
 * never ends, the definition is read without it, and the paragraph is no longer all
 * definitions. */
Test(cmark_input, a_definition_keeps_its_text_whole) {
  static const char text[] = "正文\n\n> [a]: /u\n> 'title\nfoo'\n\nbar\n";
  size_t len = sizeof text - 1;
  cr_assert(!nb_cut_plan_of(text, len).may_cut);
  char why[256];
  cr_assert(!cut_gives_same_model(text, len, true, why, sizeof why),
            "cut regardless, the model should differ");
  check_same_model("definition", text, len);
}

/* Where the cut falls, and what keeps a line whole: a digit before '.', pipes over a line that
 * may be a delimiter row, a first character that may open a block or the hook reads further
 * (一、), and every line once an HTML block may be open. */
Test(cmark_input, lines_are_cut_after_their_first_character) {
  static const char text[] =
      "   正文内容\n一、总体情况\r\n\tabc def\rx\n- 项目\na | b\n0 0 0\n1. 项\n"
      "c | d\n|---|---|\ne > f\n<!-- g\nh > i\n末行";
  size_t fed_len;
  nb_cut_plan plan = nb_cut_plan_of(text, sizeof text - 1);
  plan.min_cut = 1;
  char *fed = nb_cmark_input(text, 0, sizeof text - 1, &plan, &fed_len);
  static const char want[] = "   正\n一、总体情况\r\n\ta\rx\n- 项目\na\n0\n1. 项\n"
                             "c | d\n|---|---|\ne\n<!-- g\nh > i\n末行";
  cr_assert(fed);
  cr_assert(fed_len == sizeof want - 1 && memcmp(fed, want, fed_len) == 0, "%.*s", (int)fed_len,
            fed);
  free(fed);
}
