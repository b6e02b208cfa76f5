/* Every real report in ../shared through nb_markdown_build: all six sections found, in order,
 * on the lines where the files have them (read off the files by hand: plain paragraphs, ATX
 * and bold headings, tab-indented table rows, and pdftotext pages whose indented headings sit
 * inside paragraphs or after blank lines), and none of table 三's numbered row labels taken for
 * a section. The section wrappers in the tree start on the same lines. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "core/model.h"
#include "markdown/extension.h"
#include "markdown/markdown.h"

static char *read_shared(const char *rel, size_t *len) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", NB_SHARED_DIR, rel);
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  *len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(*len + 1);
  cr_assert_eq(fread(text, 1, *len, f), *len);
  text[*len] = '\0';
  fclose(f);
  return text;
}

static int line_of(const char *text, size_t off) {
  int line = 1;
  for (size_t i = 0; i < off; i++)
    line += text[i] == '\n';
  return line;
}

static void check_sections(const char *rel, const int lines[NB_SECTION_COUNT]) {
  size_t len;
  char *text = read_shared(rel, &len);
  nb_report r;
  nb_report_init(&r, text, len);
  nb_markdown_build(text, len, &r);
  cr_assert_eq(r.nsections, NB_SECTION_COUNT, "%s: %d sections", rel, r.nsections);
  for (int k = 0; k < NB_SECTION_COUNT; k++) {
    const nb_section *s = &r.sections[k];
    cr_assert_eq(s->id, (nb_section_id)k, "%s: section %d has id %d", rel, k, s->id);
    cr_assert_eq(s->numeral_value, k + 1);
    cr_assert_eq(s->title_match, NB_MATCH_EXACT);
    cr_assert_eq(line_of(text, s->heading.start), lines[k], "%s: section %d on line %d, want %d",
                 rel, k + 1, line_of(text, s->heading.start), lines[k]);
    cr_assert_lt(s->first_item, s->end_item + 1);
    if (k > 0)
      cr_assert_eq(r.sections[k - 1].end_item, s->first_item - 1);
  }
  cr_assert_eq(r.sections[NB_SECTION_COUNT - 1].end_item, r.stream.nitems);
  /* Each statutory table is read from its own section (二, 三, 四): whatever the reader keeps,
   * it lies inside that section's body. */
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_section *s = &r.sections[t + 1];
    cr_assert(r.tables[t].found, "%s: table %d not found", rel, t);
    cr_assert_geq(r.tables[t].span.start, s->body.start);
    cr_assert_leq(r.tables[t].span.end, s->body.end);
  }
  nb_report_free(&r);
  free(text);
}

Test(markdown_corpus, seed_000) {
  static const int lines[] = {7, 18, 65, 353, 410, 416};
  check_sections("seeds/000_9b15c16881e266a5.txt", lines);
}

Test(markdown_corpus, seed_001) {
  static const int lines[] = {10, 42, 104, 242, 312, 330};
  check_sections("seeds/001_0e4e257e85503a3b.txt", lines);
}

Test(markdown_corpus, seed_002) {
  static const int lines[] = {19, 41, 97, 243, 298, 308};
  check_sections("seeds/002_dfbb28bce6ca2542.txt", lines);
}

Test(markdown_corpus, seed_003_atx_and_bold) {
  static const int lines[] = {5, 21, 39, 72, 79, 87};
  check_sections("seeds/003_69ffdec4135fbbc4.txt", lines);
}

Test(markdown_corpus, seed_004) {
  static const int lines[] = {9, 27, 44, 76, 83, 89};
  check_sections("seeds/004_0314ef866540f3da.txt", lines);
}

Test(markdown_corpus, hongze_2023_pdftotext) {
  static const int lines[] = {13, 43, 86, 138, 153, 168};
  check_sections("reports/hongze-2023.txt", lines);
}

Test(markdown_corpus, hongze_2024_pdftotext) {
  static const int lines[] = {12, 43, 85, 134, 149, 166};
  check_sections("reports/hongze-2024.txt", lines);
}

Test(markdown_corpus, huaian_2024_pdftotext) {
  static const int lines[] = {13, 67, 113, 204, 227, 241};
  check_sections("reports/huaian-2024.txt", lines);
}

/* The tree: one NIANBAO_SECTION per section, starting on its heading line. */
static void check_wrappers(const char *rel, const int lines[NB_SECTION_COUNT]) {
  size_t len;
  char *text = read_shared(rel, &len);
  cmark_gfm_core_extensions_ensure_registered();
  cmark_syntax_extension *ext = create_nianbao_extension();
  nianbao_extension_set_source(ext, text, len);
  cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, ext);
  cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
  cmark_parser_feed(parser, text, len);
  cmark_node *doc = cmark_parser_finish(parser);
  int k = 0;
  for (cmark_node *c = cmark_node_first_child(doc); c; c = cmark_node_next(c)) {
    if (cmark_node_get_type(c) != NIANBAO_NODE_SECTION)
      continue;
    cr_assert_lt(k, NB_SECTION_COUNT);
    cr_assert_eq(nianbao_section_node_id(c), k);
    cr_assert_eq(cmark_node_get_start_line(c), lines[k], "%s: wrapper %d starts on %d", rel, k,
                 cmark_node_get_start_line(c));
    k++;
  }
  cr_assert_eq(k, NB_SECTION_COUNT);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), ext);
  free(text);
}

Test(markdown_corpus, wrappers_seed_000) {
  static const int lines[] = {7, 18, 65, 353, 410, 416};
  check_wrappers("seeds/000_9b15c16881e266a5.txt", lines);
}

Test(markdown_corpus, wrappers_hongze_2023) {
  static const int lines[] = {13, 43, 86, 138, 153, 168};
  check_wrappers("reports/hongze-2023.txt", lines);
}
