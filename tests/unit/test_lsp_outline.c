/* Hover, document symbols, folding and selection ranges, and completion on corpus reports, with
 * lines and columns checked by hand against the files. corpus/reports/hongze-2023.md has its
 * section headings on lines 5, 21, 45, 75, 83 and 87 (0-based 4, 20, 44, 74, 82, 86); section
 * 一's sub-items （一）…（五） on lines 9, 11, 13, 17, 19 ((三) runs on to line 15); table 二
 * on lines 23–43, 三 on 47–73, 四 on 77–81. */
#include "test_lsp_session.h"

#define HONGZE "file:///corpus/hongze-2023.md"

static void start(ls_session *s, const char *file, const char *uri) {
  char *text = ls_source_file(file);
  ls_initialize(s, ls_capabilities("utf-16"));
  ls_open(s, uri, 1, text);
  free(text);
}

static json_t *hover_at(ls_session *s, int line, int character) {
  ls_request(s, 2, "textDocument/hover",
             json_pack("{s:{s:s}, s:{s:i, s:i}}", "textDocument", "uri", HONGZE, "position", "line",
                       line, "character", character));
  ls_run(s);
  return ls_result(s, 2);
}

static const char *hover_text(json_t *h) {
  json_t *contents = json_object_get(h, "contents");
  cr_assert_str_eq(json_string_value(json_object_get(contents, "kind")), "markdown");
  return json_string_value(json_object_get(contents, "value"));
}

static void assert_contains(const char *text, const char *part) {
  cr_assert_not_null(strstr(text, part), "“%s” not in:\n%s", part, text);
}

/* Table 四's first 总计 (line 80, column 19): reported 0; 结果维持 10 + 结果纠正 1 + 其他结果 0
 * + 尚未审结 0 = 11. */
Test(hover, a_total_cell_with_its_relation) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  json_t *h = hover_at(&s, 80, 19);
  const char *text = hover_text(h);
  assert_contains(text, "**表四** “行政复议·总计”列");
  assert_contains(text, "数值：**0**");
  assert_contains(text, "`sum-review`：行政复议·总计 = 行政复议·结果维持 + 行政复议·结果纠正 + "
                        "行政复议·其他结果 + 行政复议·尚未审结；填报 0，计算 11，不符");
  assert_contains(text, "(`sum-review`)"); /* the finding there: its documentation */
  ls_assert_range(json_object_get(h, "range"), 80, 19, 80, 20);
  ls_free(&s);
}

/* A term of that sum: 结果维持 10 (columns 2–4) takes part in the same relation. */
Test(hover, a_term_cell_shows_the_sum_it_is_part_of) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  json_t *h = hover_at(&s, 80, 3);
  const char *text = hover_text(h);
  assert_contains(text, "“行政复议·结果维持”列");
  assert_contains(text, "数值：**10**");
  assert_contains(text, "填报 0，计算 11，不符");
  ls_assert_range(json_object_get(h, "range"), 80, 2, 80, 4);
  ls_free(&s);
}

Test(hover, a_section_heading_with_its_aspects) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  const char *text = hover_text(hover_at(&s, 4, 5));
  assert_contains(text, "**一、总体情况**（2021年版模板，国办公开办函〔2021〕30号）");
  assert_contains(text, "- 主动公开：已说明");
  assert_contains(text, "- 工作考核、社会评议和责任追究：**未说明**");
  ls_free(&s);
}

Test(hover, a_table_section_heading_says_where_its_table_stands) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  const char *text = hover_text(hover_at(&s, 74, 4));
  assert_contains(text, "表四：已找到（GFM 管道表）；勾稽关系 `sum-review`");
  ls_free(&s);
}

Test(hover, plain_prose_has_none) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  json_t *h = hover_at(&s, 8, 20); /* json_is_null would run the session twice */
  cr_assert(json_is_null(h));
  ls_free(&s);
}

/* ---------------------------------------------------------------- outline */

static void assert_symbol(json_t *sym, const char *name, int kind, int l0, int l1) {
  cr_assert_str_eq(json_string_value(json_object_get(sym, "name")), name);
  cr_assert_eq(json_integer_value(json_object_get(sym, "kind")), kind, "%s", name);
  json_t *r = json_object_get(sym, "range");
  cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "start"), "line")), l0, "%s",
               name);
  cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "end"), "line")), l1, "%s",
               name);
}

Test(symbols, sections_sub_items_and_tables) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  ls_request(&s, 2, "textDocument/documentSymbol",
             json_pack("{s:{s:s}}", "textDocument", "uri", HONGZE));
  ls_run(&s);
  json_t *all = ls_result(&s, 2);
  cr_assert_eq(json_array_size(all), 6);
  json_t *one = json_array_get(all, 0);
  assert_symbol(one, "一、总体情况", 2, 4, 18);
  ls_assert_range(json_object_get(one, "selectionRange"), 4, 0, 4, 9); /* "## 一、总体情况" */
  json_t *subs = json_object_get(one, "children");
  cr_assert_eq(json_array_size(subs), 5);
  static const int sub_lines[5][2] = {{8, 8}, {10, 10}, {12, 14}, {16, 16}, {18, 18}};
  for (size_t i = 0; i < 5; i++) {
    json_t *r = json_object_get(json_array_get(subs, i), "range");
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "start"), "line")),
                 sub_lines[i][0]);
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "end"), "line")),
                 sub_lines[i][1]);
  }
  assert_symbol(json_array_get(subs, 2), "（三）政府信息管理情况。", 15, 12, 14);
  static const struct {
    const char *section, *table;
    int l0, l1, t0, t1;
  } tables[] = {
      {"二、主动公开政府信息情况", "表二 主动公开政府信息情况", 20, 42, 22, 42},
      {"三、收到和处理政府信息公开申请情况", "表三 收到和处理政府信息公开申请情况", 44, 72, 46, 72},
      {"四、政府信息公开行政复议、行政诉讼情况", "表四 政府信息公开行政复议、行政诉讼情况", 74, 80,
       76, 80},
  };
  for (size_t i = 0; i < 3; i++) {
    json_t *sec = json_array_get(all, 1 + i);
    assert_symbol(sec, tables[i].section, 2, tables[i].l0, tables[i].l1);
    json_t *children = json_object_get(sec, "children");
    cr_assert_eq(json_array_size(children), 1);
    json_t *t = json_array_get(children, 0);
    assert_symbol(t, tables[i].table, 23, tables[i].t0, tables[i].t1);
    /* whole lines: from the first "|" */
    cr_assert_eq(json_integer_value(json_object_get(
                     json_object_get(json_object_get(t, "range"), "start"), "character")),
                 0);
  }
  assert_symbol(json_array_get(all, 4), "五、存在的主要问题及改进情况", 2, 82, 84);
  assert_symbol(json_array_get(all, 5), "六、其他需要报告的事项", 2, 86, 88);
  ls_free(&s);
}

Test(symbols, folding_ranges) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  ls_request(&s, 2, "textDocument/foldingRange",
             json_pack("{s:{s:s}}", "textDocument", "uri", HONGZE));
  ls_run(&s);
  json_t *all = ls_result(&s, 2);
  /* the six sections, sub-item （三） (the only one of several lines) and the three tables */
  static const int want[][2] = {{4, 18},  {12, 14}, {20, 42}, {22, 42}, {44, 72},
                                {46, 72}, {74, 80}, {76, 80}, {82, 84}, {86, 88}};
  size_t n = sizeof want / sizeof want[0];
  cr_assert_eq(json_array_size(all), n);
  for (size_t k = 0; k < n; k++) {
    bool found = false;
    size_t i;
    json_t *f;
    json_array_foreach(all, i, f) {
      found = found || (json_integer_value(json_object_get(f, "startLine")) == want[k][0] &&
                        json_integer_value(json_object_get(f, "endLine")) == want[k][1]);
    }
    cr_assert(found, "no fold %d-%d", want[k][0], want[k][1]);
  }
  ls_free(&s);
}

Test(symbols, selection_grows_from_a_cell_to_the_document) {
  ls_session s = {0};
  start(&s, "corpus/reports/hongze-2023.md", HONGZE);
  ls_request(&s, 2, "textDocument/selectionRange",
             json_pack("{s:{s:s}, s:[{s:i, s:i}]}", "textDocument", "uri", HONGZE, "positions",
                       "line", 80, "character", 19));
  ls_run(&s);
  json_t *sel = json_array_get(ls_result(&s, 2), 0);
  static const int chain[][4] = {
      {80, 19, 80, 20}, /* the cell */
      {80, 0, 80, 62},  /* its row */
      {76, 0, 80, 62},  /* table 四 */
      {74, 0, 80, 62},  /* section 四 */
      {0, 0, 89, 0},    /* the document: 89 lines and a final line break */
  };
  for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
    cr_assert_not_null(sel, "chain ends at %zu", i);
    ls_assert_range(json_object_get(sel, "range"), chain[i][0], chain[i][1], chain[i][2],
                    chain[i][3]);
    sel = json_object_get(sel, "parent");
  }
  cr_assert_null(sel);
  ls_free(&s);
}

/* ---------------------------------------------------------------- completion */

static json_t *complete(ls_session *s, const char *uri, int line, int character) {
  ls_request(s, 2, "textDocument/completion",
             json_pack("{s:{s:s}, s:{s:i, s:i}}", "textDocument", "uri", uri, "position", "line",
                       line, "character", character));
  ls_run(s);
  return json_object_get(ls_result(s, 2), "items");
}

/* corpus/rules/section-missing/fires.md lacks section 四; line 68 (0-based 67) is the blank line
 * before "## 五". */
Test(completion, the_missing_section_heading) {
  ls_session s = {0};
  start(&s, "corpus/rules/section-missing/fires.md", "file:///m.md");
  json_t *items = complete(&s, "file:///m.md", 67, 0);
  cr_assert_eq(json_array_size(items), 1);
  json_t *it = json_array_get(items, 0);
  cr_assert_str_eq(json_string_value(json_object_get(it, "label")),
                   "四、政府信息公开行政复议、行政诉讼情况");
  json_t *edit = json_object_get(it, "textEdit");
  ls_assert_range(json_object_get(edit, "range"), 67, 0, 67, 0);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")),
                   "## 四、政府信息公开行政复议、行政诉讼情况");
  ls_free(&s);
}

Test(completion, what_was_typed_narrows_and_is_kept) {
  ls_session s = {0};
  start(&s, "corpus/rules/section-missing/fires.md", "file:///m.md");
  ls_notify(&s, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}", "textDocument",
                      "uri", "file:///m.md", "version", 2, "contentChanges", "range", "start",
                      "line", 67, "character", 0, "end", "line", 67, "character", 0, "text",
                      "### 四"));
  json_t *items = complete(&s, "file:///m.md", 67, 5);
  cr_assert_eq(json_array_size(items), 1);
  json_t *edit = json_object_get(json_array_get(items, 0), "textEdit");
  ls_assert_range(json_object_get(edit, "range"), 67, 0, 67, 5);
  cr_assert_str_eq(json_string_value(json_object_get(edit, "newText")),
                   "### 四、政府信息公开行政复议、行政诉讼情况");
  ls_free(&s);
}

/* corpus/rules/table-missing/fires.md: section 四 (line 69) has prose but no table; line 70
 * (0-based 69) is blank. */
Test(completion, the_table_a_section_lacks) {
  ls_session s = {0};
  start(&s, "corpus/rules/table-missing/fires.md", "file:///t.md");
  json_t *items = complete(&s, "file:///t.md", 69, 0);
  json_t *table = NULL;
  size_t i;
  json_t *it;
  json_array_foreach(items, i, it) {
    if (strcmp(json_string_value(json_object_get(it, "label")),
               "表四 政府信息公开行政复议、行政诉讼情况") == 0)
      table = it;
  }
  cr_assert_not_null(table);
  const char *text =
      json_string_value(json_object_get(json_object_get(table, "textEdit"), "newText"));
  /* three header rows, the separator, the data row: 15 empty value cells */
  cr_assert(strncmp(text, "| 行政复议 |", strlen("| 行政复议 |")) == 0, "%s", text);
  int lines = 0;
  for (const char *p = text; *p; p++)
    lines += *p == '\n';
  cr_assert_eq(lines, 5);
  ls_free(&s);
}

Test(completion, the_whole_template_in_an_empty_document) {
  ls_session s = {0};
  ls_initialize(&s, ls_capabilities("utf-16"));
  ls_open(&s, "file:///tmp/%E5%B9%B4%E6%8A%A52024.md", 1, "");
  json_t *items = complete(&s, "file:///tmp/%E5%B9%B4%E6%8A%A52024.md", 0, 0);
  cr_assert_eq(json_array_size(items), 1);
  json_t *it = json_array_get(items, 0);
  cr_assert_str_eq(json_string_value(json_object_get(it, "label")),
                   "2024年政府信息公开工作年度报告（空白模板）"); /* the year of 年报2024.md */
  cr_assert_eq(json_integer_value(json_object_get(it, "insertTextFormat")), 2);
  const char *text = json_string_value(json_object_get(json_object_get(it, "textEdit"), "newText"));
  cr_assert(strncmp(text, "# ${1:机关名称}2024年政府信息公开工作年度报告\n",
                    strlen("# ${1:机关名称}2024年政府信息公开工作年度报告\n")) == 0,
            "%s", text);
  cr_assert_not_null(strstr(text, "\n## 六、其他需要报告的事项\n"));
  ls_free(&s);
}

Test(completion, nothing_in_a_readme) {
  char *text = ls_source_file("README.md");
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///README.md", 1, text);
  cr_assert_eq(json_array_size(complete(&s, "file:///README.md", 0, 0)), 0);
  ls_free(&s);
  free(text);
}
