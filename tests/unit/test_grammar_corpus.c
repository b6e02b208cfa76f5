/* The tree-sitter grammar (grammar/) held to the report model of the cmark-gfm front-end, on
 * every Markdown file of corpus/ and every .txt input in which the model finds sections:
 *   - the tree has no ERROR (nor MISSING) node;
 *   - the section headings are the model's: the headings of the tree that the model's own
 *     recogniser (nb_section_heading_parse) accepts are, in order, on the lines of the
 *     model's sections, and each one opens a `section` node;
 *   - each statutory table the model read from pipe tables starts on the line where a table of
 *     the tree starts and ends on the line where one ends (table 二 may be four small tables);
 *     one read from an HTML table lies inside a table of the tree (the model's span starts at
 *     the first cell's text, the tree's table at the <table> tag); no table of the tree
 *     straddles the model's; in the model's order.
 * The model is the library's (nb_analyze_model, src/nianbao.h) from the text as `nianbao lint`
 * reads and decodes it; the tree is parsed from the same text. A heading line is tried with the
 * model's recogniser on the text with nianbao comments blanked, as the model reads it. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <tree_sitter/api.h>

#include "core/model.h"
#include "core/suppress.h"
#include "layout/sections.h"
#include "lint/input.h"
#include "nianbao.h"

const TSLanguage *tree_sitter_nianbao(void);

typedef struct {
  char **paths;
  int count;
  int cap;
} path_list;

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

static void list_inputs(const char *dir, path_list *out) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d, "cannot open %s", dir);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    cr_assert_eq(stat(path, &st), 0);
    if (S_ISDIR(st.st_mode)) {
      list_inputs(path, out);
    } else if (ends_with(path, ".md") || ends_with(path, ".txt")) {
      if (out->count == out->cap) {
        out->cap = out->cap ? 2 * out->cap : 64;
        out->paths = realloc(out->paths, (size_t)out->cap * sizeof *out->paths);
      }
      out->paths[out->count++] = strdup(path);
    }
  }
  closedir(d);
}

static int line_of(const char *text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset; i++)
    line += text[i] == '\n';
  return line;
}

/* The source line holding `offset`, without its line break. */
static nb_span line_around(const char *text, size_t len, size_t offset) {
  size_t a = offset, b = offset;
  while (a > 0 && text[a - 1] != '\n')
    a--;
  while (b < len && text[b] != '\n' && text[b] != '\r')
    b++;
  return nb_span_make(a, b);
}

typedef struct {
  int lines[256];
  int count;
} line_list;

static void add_line(line_list *l, int line) {
  cr_assert_lt(l->count, 256);
  l->lines[l->count++] = line;
}

typedef struct {
  int first[64], last[64];
  int count;
} table_list;

typedef struct {
  const char *path;
  const char *text;       /* as parsed by the tree */
  const char *model_text; /* as the model was built from (comments blanked) */
  size_t len;
  line_list headings;     /* tree headings the model's recogniser accepts */
  line_list all_headings; /* every heading of the tree */
  table_list tables;      /* pipe and HTML tables of the tree */
} walk_state;

static bool is_heading(const char *type, bool *marked) {
  *marked = strcmp(type, "atx_heading") == 0 || strcmp(type, "setext_heading") == 0;
  return *marked || strcmp(type, "numbered_heading") == 0 || strcmp(type, "sub_heading") == 0;
}

static void walk(TSNode node, walk_state *w) {
  const char *type = ts_node_type(node);
  bool marked;
  if (is_heading(type, &marked)) {
    size_t start = ts_node_start_byte(node);
    nb_span line = line_around(w->model_text, w->len, start);
    nb_heading_guess guess;
    add_line(&w->all_headings, line_of(w->text, start));
    if (nb_section_heading_parse(w->model_text, line, marked, &guess)) {
      add_line(&w->headings, line_of(w->text, start));
      TSNode parent = ts_node_parent(node);
      cr_expect_str_eq(ts_node_type(parent), "section", "%s:%d: heading outside a section", w->path,
                       line_of(w->text, start));
      cr_expect_eq(ts_node_start_byte(parent), start, "%s:%d: the section starts elsewhere",
                   w->path, line_of(w->text, start));
    }
    return;
  }
  if (strcmp(type, "pipe_table") == 0 || strcmp(type, "html_table") == 0) {
    cr_assert_lt(w->tables.count, 64);
    size_t end = ts_node_end_byte(node);
    /* A table's last line: the one holding its last byte that is no line break. */
    while (end > ts_node_start_byte(node) && (w->text[end - 1] == '\n' || w->text[end - 1] == '\r'))
      end--;
    w->tables.first[w->tables.count] = line_of(w->text, ts_node_start_byte(node));
    w->tables.last[w->tables.count] = line_of(w->text, end ? end - 1 : 0);
    w->tables.count++;
  }
  uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; i++)
    walk(ts_node_child(node, i), w);
}

static int table_starting_at(const table_list *t, int line) {
  for (int i = 0; i < t->count; i++)
    if (t->first[i] == line)
      return i;
  return -1;
}

static int table_holding(const table_list *t, int line) {
  for (int i = 0; i < t->count; i++)
    if (t->first[i] <= line && line <= t->last[i])
      return i;
  return -1;
}

static int first_table_within(const table_list *t, int first, int last) {
  for (int i = 0; i < t->count; i++)
    if (t->first[i] >= first && t->first[i] <= last)
      return i;
  return -1;
}

static int table_ending_at(const table_list *t, int line) {
  for (int i = 0; i < t->count; i++)
    if (t->last[i] == line)
      return i;
  return -1;
}

/* Whether only blanks stand between the line's start and `at`. */
static bool starts_its_line(const char *text, size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t'))
    at--;
  return at == 0 || text[at - 1] == '\n' || text[at - 1] == '\r';
}

/* Checks one file; returns the number of model sections (to count what was compared). */
static int check_file(TSParser *parser, const char *path) {
  /* Read and decoded as `nianbao lint` reads it (a GB18030 file becomes UTF-8). */
  nb_input input;
  cr_assert_eq(nb_input_read(path, &input), NB_INPUT_OK, "cannot read %s", path);
  const char *text = input.text;
  size_t len = input.len;
  char *blanked = nb_suppress_blank(text, len, NULL);
  const char *model_text = blanked ? blanked : text;

  TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
  TSNode root = ts_tree_root_node(tree);
  if (ts_node_has_error(root)) {
    char *sexp = ts_node_string(root);
    cr_expect_fail("%s: the tree has an error: %.2000s", path, sexp);
    free(sexp);
  }

  nb_analysis analysis;
  nb_analyze_model(text, len, NULL, &analysis);
  const nb_report *model = &analysis.report;

  walk_state w = {path, text, model_text, len, {{0}, 0}, {{0}, 0}, {{0}, {0}, 0}};
  walk(root, &w);

  /* A section the model found inside a line (text whose line breaks were lost, corpus/scraped)
   * is no Markdown heading: the tree cannot see it, and need not. A section the model places by
   * its number alone, its title unknown (section-title on a title of the author's own), is a
   * heading of the tree that the recogniser does not accept: it is looked for among all of the
   * tree's headings. */
  line_list sections = {{0}, 0};
  for (int k = 0; k < model->nsections; k++) {
    const nb_section *sec = &model->sections[k];
    if (!starts_its_line(text, sec->heading.start))
      continue;
    int line = line_of(text, sec->heading.start);
    if (sec->title_match == NB_MATCH_POSITIONAL) {
      bool found = false;
      for (int i = 0; i < w.all_headings.count && !found; i++)
        found = w.all_headings.lines[i] == line;
      cr_expect(found, "%s: the model's section on line %d is no heading of the tree", path, line);
      continue;
    }
    add_line(&sections, line);
  }
  for (int k = 0; k < sections.count || k < w.headings.count; k++) {
    if (k >= w.headings.count) {
      cr_expect_fail("%s: the model's section on line %d is no heading of the tree", path,
                     sections.lines[k]);
      break;
    }
    if (k >= sections.count) {
      cr_expect_fail("%s: the tree has a section heading on line %d the model lacks", path,
                     w.headings.lines[k]);
      break;
    }
    cr_expect_eq(w.headings.lines[k], sections.lines[k],
                 "%s: section %d: the tree's heading is on line %d, the model's on line %d", path,
                 k + 1, w.headings.lines[k], sections.lines[k]);
  }

  /* corpus/README.md and CASES.md are documentation: their tables list findings, and the
   * model's table reader takes one of their rows for table 四 (it reads any pipe row). */
  bool report = !ends_with(path, "/README.md") && !ends_with(path, "/CASES.md");
  int previous = -1;
  for (int t = 0; report && t < NB_TABLE_COUNT; t++) {
    const nb_table *table = &model->tables[t];
    if (!table->found || (table->layout != NB_LAYOUT_PIPE && table->layout != NB_LAYOUT_HTML))
      continue;
    int first = line_of(text, table->span.start);
    int last = line_of(text, table->span.end - 1);
    int a, b;
    if (table->layout == NB_LAYOUT_PIPE) {
      /* Table 四 written as one small table per group starts at its first group's sub-heading
       * ("（一）行政复议"), a line before the tree's first table: the model's table begins with
       * the first tree table inside its span, and none may straddle it (below). */
      a = table_starting_at(&w.tables, first);
      if (a < 0)
        a = first_table_within(&w.tables, first, last);
      b = table_ending_at(&w.tables, last);
    } else {
      /* The model's span of an HTML table runs from its first cell's text to its last one's:
       * inside the tree's table, whose first line is the <table> tag. */
      a = table_holding(&w.tables, first);
      b = table_holding(&w.tables, last);
    }
    cr_expect_geq(a, 0, "%s: table %d starts on line %d, where no table of the tree starts", path,
                  t, first);
    cr_expect_geq(b, a, "%s: table %d ends on line %d, where no table of the tree ends", path, t,
                  last);
    cr_expect_gt(a, previous, "%s: table %d is out of the model's order in the tree", path, t);
    if (a < 0 || b < a)
      continue;
    for (int i = 0; i < w.tables.count; i++) {
      bool inside = i >= a && i <= b;
      bool outside = w.tables.last[i] < first || w.tables.first[i] > last;
      cr_expect(inside || outside,
                "%s: the tree's table on lines %d-%d straddles table %d (lines %d-%d)", path,
                w.tables.first[i], w.tables.last[i], t, first, last);
    }
    previous = b;
  }

  int compared = model->nsections;
  nb_analysis_free(&analysis);
  ts_tree_delete(tree);
  free(blanked);
  nb_input_free(&input);
  return compared;
}

Test(grammar_corpus, every_corpus_input) {
  path_list inputs = {NULL, 0, 0};
  list_inputs(NB_SOURCE_DIR "/corpus", &inputs);
  cr_assert_gt(inputs.count, 90, "corpus/ holds %d inputs", inputs.count);
  TSParser *parser = ts_parser_new();
  cr_assert(ts_parser_set_language(parser, tree_sitter_nianbao()), "ABI mismatch");
  int markdown = 0, compared = 0;
  for (int i = 0; i < inputs.count; i++) {
    int sections = check_file(parser, inputs.paths[i]);
    markdown += ends_with(inputs.paths[i], ".md");
    compared += sections;
    free(inputs.paths[i]);
  }
  free(inputs.paths);
  ts_parser_delete(parser);
  cr_assert_gt(markdown, 80);
  cr_assert_gt(compared, 400, "only %d sections compared", compared);
}
