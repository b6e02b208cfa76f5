/* nianbao extract's writers (src/output/extract*.c) on real reports. Every expected value and
 * position was read by hand from the report text (grep -n, then counting characters):
 *   seed 000 (疏勒县人民政府 2023): table 二 block 第二十条第（八）项 行政事业性收费 = 937.08 on
 *     line 62 after a tab (column 2); table 三 row 一 自然人 = 6 on line 87, 商业企业 = 0 on 88,
 *     总计 = 6 on 93, each after a tab.
 *   seed 003 (叶城县喀格勒克镇 2023): table 三 row 1.属于国家秘密 (line 48) has six numbers for
 *     seven columns, so table 三 is unreadable and gives no numbers; table 二 规章 = 0 0 0 on
 *     line 25 ("规章\t0\t0\t0": columns 4, 6, 8).
 *   hongze-2023 (pdftotext): table 四's one data line 151 "10    1      0 …": 行政复议 结果维持
 *     = 10 at column 1, 结果纠正 = 1 at column 7, 行政诉讼·复议后起诉 结果维持 = 5 at column 49.
 *   clean/report-2020.md (2019 template): 行政许可 本年增/减 = -2 at 28:15, 政府集中采购 采购总金额
 *     = 386.5 on line 39, the single （六）其他处理 row 0 0 0 0 1 0 1 on line 67. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "markdown/markdown.h"
#include "output/extract.h"
#include "output/extract_internal.h"

#define SEED_000 NB_SHARED_DIR "/seeds/000_9b15c16881e266a5.txt"
#define SEED_003 NB_SHARED_DIR "/seeds/003_69ffdec4135fbbc4.txt"
#define HONGZE_2023 NB_SHARED_DIR "/reports/hongze-2023.txt"
#define REPORT_2020 NB_SOURCE_DIR "/corpus/clean/report-2020.md"

typedef struct {
  char *text;
  size_t len;
  nb_report report;
} loaded;

static void load(loaded *l, const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  l->text = nb_xmalloc((size_t)n + 1);
  cr_assert_eq(fread(l->text, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  l->len = (size_t)n;
  nb_report_init(&l->report, l->text, l->len);
  nb_markdown_build(l->text, l->len, &l->report);
}

/* A report held in memory rather than in a file. */
static void load_text(loaded *l, const char *text) {
  l->len = strlen(text);
  l->text = nb_xmalloc(l->len + 1);
  memcpy(l->text, text, l->len + 1);
  nb_report_init(&l->report, l->text, l->len);
  nb_markdown_build(l->text, l->len, &l->report);
}

static void unload(loaded *l) {
  nb_report_free(&l->report);
  free(l->text);
}

/* Runs the writer on the files into a string. */
static char *emit(nb_extract_format format, const nb_extract_file *files, int n) {
  char *buf = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&buf, &size);
  cr_assert_not_null(mem);
  nb_extract_emit(mem, format, files, n);
  fclose(mem);
  return buf;
}

static json_t *extract_json(const char *path, loaded *l) {
  load(l, path);
  nb_extract_file file = {path, "UTF-8", &l->report};
  char *out = emit(NB_EXTRACT_JSON, &file, 1);
  json_error_t err;
  json_t *all = json_loads(out, 0, &err);
  cr_assert_not_null(all, "invalid JSON: %s", err.text);
  free(out);
  cr_assert_eq(json_array_size(all), 1);
  return all;
}

static json_t *table(json_t *file, const char *numeral) {
  json_t *tables = json_object_get(file, "tables");
  cr_assert_eq(json_array_size(tables), 3);
  for (size_t i = 0; i < 3; i++) {
    json_t *t = json_array_get(tables, i);
    if (strcmp(json_string_value(json_object_get(t, "table")), numeral) == 0)
      return t;
  }
  cr_assert_fail("no table %s", numeral);
  return NULL;
}

static bool same(json_t *j, const char *want) {
  if (!want)
    return json_is_null(j);
  return json_is_string(j) && strcmp(json_string_value(j), want) == 0;
}

/* The one cell with these labels (row and group may be NULL). */
static json_t *cell(json_t *t, const char *row, const char *group, const char *column) {
  json_t *cells = json_object_get(t, "cells");
  json_t *found = NULL;
  for (size_t i = 0; i < json_array_size(cells); i++) {
    json_t *c = json_array_get(cells, i);
    if (same(json_object_get(c, "row"), row) && same(json_object_get(c, "group"), group) &&
        same(json_object_get(c, "column"), column)) {
      cr_assert_null(found, "two cells %s / %s", row, column);
      found = c;
    }
  }
  cr_assert_not_null(found, "no cell %s / %s", row ? row : "-", column);
  return found;
}

static void assert_cell(json_t *c, double value, const char *raw, int line, int col) {
  cr_assert_str_eq(json_string_value(json_object_get(c, "state")), "value");
  cr_assert(json_is_number(json_object_get(c, "value")));
  cr_assert_float_eq(json_number_value(json_object_get(c, "value")), value, 1e-9);
  cr_assert_str_eq(json_string_value(json_object_get(c, "raw")), raw);
  cr_assert_eq(json_integer_value(json_object_get(c, "line")), line);
  cr_assert_eq(json_integer_value(json_object_get(c, "col")), col);
}

Test(extract_json, seed_000_file_facts) {
  loaded l;
  json_t *all = extract_json(SEED_000, &l);
  json_t *f = json_array_get(all, 0);
  cr_assert_str_eq(json_string_value(json_object_get(f, "file")), SEED_000);
  cr_assert_eq(json_integer_value(json_object_get(f, "year")), 2023);
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ")), "疏勒县人民政府");
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ_kind")), "government");
  json_t *tpl = json_object_get(f, "template");
  cr_assert_eq(json_integer_value(json_object_get(tpl, "year")), 2021);
  cr_assert_str_eq(json_string_value(json_object_get(tpl, "notice")), "国办公开办函〔2021〕30号");
  json_decref(all);
  unload(&l);
}

Test(extract_json, seed_000_values_and_positions) {
  loaded l;
  json_t *all = extract_json(SEED_000, &l);
  json_t *f = json_array_get(all, 0);
  json_t *t2 = table(f, "二");
  cr_assert(json_is_true(json_object_get(t2, "found")));
  cr_assert(json_is_false(json_object_get(t2, "unreadable")));
  /* 6 rows: 3 + 3 + 1 + 1 + 1 + 1 cells. */
  cr_assert_eq(json_array_size(json_object_get(t2, "cells")), 10);
  json_t *fee = cell(t2, "行政事业性收费", NULL, "本年收费金额（单位：万元）");
  assert_cell(fee, 937.08, "937.08", 62, 2);
  cr_assert_str_eq(json_string_value(json_object_get(fee, "block")), "第二十条第（八）项");

  json_t *t3 = table(f, "三");
  cr_assert_eq(json_array_size(json_object_get(t3, "cells")), 25 * 7);
  assert_cell(cell(t3, "一、本年新收政府信息公开申请数量", NULL, "自然人"), 6, "6", 87, 2);
  assert_cell(cell(t3, "一、本年新收政府信息公开申请数量", "法人或其他组织", "商业企业"), 0, "0",
              88, 2);
  assert_cell(cell(t3, "一、本年新收政府信息公开申请数量", NULL, "总计"), 6, "6", 93, 2);
  cr_assert(json_is_null(
      json_object_get(cell(t3, "一、本年新收政府信息公开申请数量", NULL, "总计"), "block")));
  json_decref(all);
  unload(&l);
}

Test(extract_json, decimal_printed_as_written) {
  loaded l;
  load(&l, SEED_000);
  nb_extract_file file = {SEED_000, "UTF-8", &l.report};
  char *out = emit(NB_EXTRACT_JSON, &file, 1);
  /* Not 937.08000000000004, jansson's default rendering of the double. */
  cr_assert_not_null(strstr(out, "\"value\": 937.08,"));
  free(out);
  unload(&l);
}

Test(extract_json, seed_003_unreadable_table_gives_no_numbers) {
  loaded l;
  json_t *all = extract_json(SEED_003, &l);
  json_t *f = json_array_get(all, 0);
  json_t *t3 = table(f, "三");
  cr_assert(json_is_true(json_object_get(t3, "found")));
  cr_assert(json_is_true(json_object_get(t3, "unreadable")));
  cr_assert_str_eq(json_string_value(json_object_get(t3, "unreadable_reason")), "ragged");
  cr_assert_eq(json_integer_value(json_object_get(t3, "unreadable_line")), 48);
  json_t *cells = json_object_get(t3, "cells");
  cr_assert_eq(json_array_size(cells), 25 * 7);
  for (size_t i = 0; i < json_array_size(cells); i++) {
    json_t *c = json_array_get(cells, i);
    cr_assert_str_eq(json_string_value(json_object_get(c, "state")), "absent");
    cr_assert(json_is_null(json_object_get(c, "value")));
    cr_assert(json_is_null(json_object_get(c, "raw")));
    cr_assert(json_is_null(json_object_get(c, "line")));
  }
  /* Table 二 of the same report is read: 规章\t0\t0\t0 on line 25. */
  json_t *t2 = table(f, "二");
  assert_cell(cell(t2, "规章", NULL, "本年制发件数"), 0, "0", 25, 4);
  assert_cell(cell(t2, "规章", NULL, "现行有效件数"), 0, "0", 25, 8);
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ_kind")), "township");
  json_decref(all);
  unload(&l);
}

Test(extract_json, hongze_table_four_groups) {
  loaded l;
  json_t *all = extract_json(HONGZE_2023, &l);
  json_t *t4 = table(json_array_get(all, 0), "四");
  cr_assert_eq(json_array_size(json_object_get(t4, "cells")), 15);
  cr_assert_str_eq(json_string_value(json_object_get(t4, "layout")), "spaced");
  json_t *kept = cell(t4, NULL, "行政复议", "结果维持");
  assert_cell(kept, 10, "10", 151, 1);
  cr_assert(json_is_null(json_object_get(kept, "row")));
  assert_cell(cell(t4, NULL, "行政复议", "结果纠正"), 1, "1", 151, 7);
  assert_cell(cell(t4, NULL, "行政诉讼·复议后起诉", "结果维持"), 5, "5", 151, 49);
  json_decref(all);
  unload(&l);
}

Test(extract_json, template_2019_rows_and_signed_values) {
  loaded l;
  json_t *all = extract_json(REPORT_2020, &l);
  json_t *f = json_array_get(all, 0);
  cr_assert_eq(json_integer_value(json_object_get(f, "year")), 2020);
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ")), "泽南县交通运输局");
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ_kind")), "department");
  json_t *tpl = json_object_get(f, "template");
  cr_assert_eq(json_integer_value(json_object_get(tpl, "year")), 2019);
  json_t *t2 = table(f, "二");
  /* 2019 table 二: 8 rows, 3+3+3+3+3+3+2+2 cells. */
  cr_assert_eq(json_array_size(json_object_get(t2, "cells")), 22);
  assert_cell(cell(t2, "行政许可", NULL, "本年增/减"), -2, "-2", 28, 15);
  json_t *purchase = cell(t2, "政府集中采购", NULL, "采购总金额");
  cr_assert_float_eq(json_number_value(json_object_get(purchase, "value")), 386.5, 1e-9);
  cr_assert_eq(json_integer_value(json_object_get(purchase, "line")), 39);
  json_t *t3 = table(f, "三");
  cr_assert_eq(json_array_size(json_object_get(t3, "cells")), 23 * 7);
  json_t *other = cell(t3, "（六）其他处理", "法人或其他组织", "法律服务机构");
  cr_assert_eq(json_integer_value(json_object_get(other, "value")), 1);
  cr_assert_eq(json_integer_value(json_object_get(other, "line")), 67);
  json_decref(all);
  unload(&l);
}

Test(extract_json, missing_tables_are_absent) {
  const char *text = "# 某县人民政府2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n";
  nb_report r;
  nb_report_init(&r, text, strlen(text));
  nb_markdown_build(text, strlen(text), &r);
  nb_extract_file file = {"-", NULL, &r};
  char *out = emit(NB_EXTRACT_JSON, &file, 1);
  json_t *all = json_loads(out, 0, NULL);
  cr_assert_not_null(all);
  json_t *f = json_array_get(all, 0);
  cr_assert_str_eq(json_string_value(json_object_get(f, "file")), "<stdin>");
  cr_assert(json_is_null(json_object_get(f, "encoding")));
  json_t *t4 = table(f, "四");
  cr_assert(json_is_false(json_object_get(t4, "found")));
  cr_assert(json_is_null(json_object_get(t4, "layout")));
  json_t *c = cell(t4, NULL, "行政复议", "总计");
  cr_assert_str_eq(json_string_value(json_object_get(c, "state")), "absent");
  cr_assert(json_is_null(json_object_get(c, "value")));
  json_decref(all);
  free(out);
  nb_report_free(&r);
}

static char *csv_field(const char *s) {
  char *buf = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&buf, &size);
  nb_csv_field(mem, s, strlen(s));
  fclose(mem);
  return buf;
}

Test(extract_csv, rfc4180_quoting) {
  char *plain = csv_field("法人或其他组织");
  cr_assert_str_eq(plain, "法人或其他组织");
  char *comma = csv_field("采购项目数量,金额");
  cr_assert_str_eq(comma, "\"采购项目数量,金额\"");
  char *quote = csv_field("3.危及\"三安全一稳定\"");
  cr_assert_str_eq(quote, "\"3.危及\"\"三安全一稳定\"\"\"");
  char *newline = csv_field("商业\n企业");
  cr_assert_str_eq(newline, "\"商业\n企业\"");
  /* Full-width ， is not a CSV separator: no quotes. */
  char *wide = csv_field("只计这一情形，不计其他情形");
  cr_assert_str_eq(wide, "只计这一情形，不计其他情形");
  free(plain);
  free(comma);
  free(quote);
  free(newline);
  free(wide);
}

Test(extract_csv, header_and_seed_000_rows) {
  loaded l;
  load(&l, SEED_000);
  nb_extract_file file = {"dir,with comma/seed.txt", "UTF-8", &l.report};
  char *out = emit(NB_EXTRACT_CSV, &file, 1);
  static const char header[] =
      "file,year,organ,template,table,block,row,group,column,value,state,raw,line,col\r\n";
  cr_assert_eq(strncmp(out, header, sizeof header - 1), 0);
  cr_assert_not_null(strstr(out, "\r\n\"dir,with comma/seed.txt\",2023,疏勒县人民政府,2021,三,,"
                                 "一、本年新收政府信息公开申请数量,,自然人,6,value,6,87,2\r\n"));
  cr_assert_not_null(strstr(out, ",2021,二,第二十条第（八）项,行政事业性收费,,"
                                 "本年收费金额（单位：万元）,937.08,value,937.08,62,2\r\n"));
  cr_assert_not_null(strstr(out, ",三,,一、本年新收政府信息公开申请数量,法人或其他组织,商业企业,0,"
                                 "value,0,88,2\r\n"));
  /* One header and 10 + 175 + 15 cells, every line ending in CRLF. */
  int lines = 0;
  for (const char *p = out; (p = strstr(p, "\r\n")); p += 2)
    lines++;
  cr_assert_eq(lines, 1 + 200);
  free(out);
  unload(&l);
}

Test(extract_csv, absent_cells_have_empty_fields) {
  loaded l;
  load(&l, SEED_003);
  nb_extract_file file = {"s3.txt", "UTF-8", &l.report};
  char *out = emit(NB_EXTRACT_CSV, &file, 1);
  cr_assert_not_null(strstr(out, "s3.txt,2023,"));
  cr_assert_not_null(strstr(out, ",三,,一、本年新收政府信息公开申请数量,,自然人,,absent,,,\r\n"));
  free(out);
  unload(&l);
}

Test(extract_number, shortest_decimal) {
  char buf[40];
  cr_assert_str_eq(nb_extract_number(937.08, buf, sizeof buf), "937.08");
  cr_assert_str_eq(nb_extract_number(6, buf, sizeof buf), "6");
  cr_assert_str_eq(nb_extract_number(-2, buf, sizeof buf), "-2");
  cr_assert_str_eq(nb_extract_number(0.1 + 0.2, buf, sizeof buf), "0.30000000000000004");
  cr_assert_str_eq(nb_extract_number(386.5, buf, sizeof buf), "386.5");
}

/* A report saved from a web page with its line breaks lost: metadata lines, a breadcrumb run
 * into the title, and every heading, label and digit of three tables on one line (line 3).
 * Columns counted on that line by hand (and checked with Python's str.index): 规章 0件0件0件 at
 * 99, 101, 103; 行政规范性文件 3件1件14件 at 112, 114, 116; table 三 row 一 "450000045" starts
 * at 152 (only 45 0 0 0 0 0 45 adds up: the row's 总计 is the sum of the others); row 二
 * "7100000 71" at 177, its second token at 185; table 四 "110131000100000" at 281. */
#define ONE_LINE_REPORT                                                                                                                        \
  "标题: 某县交通运输局2023年政府信息公开工作年度报告\n"                                                                 \
  "==== 正文 ====\n"                                                                                                                         \
  "当前位置：首页 > 政务公开 > 某县交通运输局2023年政府信息公开工作年度报告本年度工作取得积极成效"   \
  "。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章" \
  "0件0件0件行政规范性文件3件1件14件三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申"   \
  "请数量450000045二、上年结转政府信息公开申请数量7100000 71四、政府信息公开行政复议、行政诉讼情"         \
  "况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果" \
  "纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计110131000100000\n"

Test(extract_json, one_line_text_values_and_positions) {
  loaded l;
  load_text(&l, ONE_LINE_REPORT);
  nb_extract_file file = {"one-line.txt", "UTF-8", &l.report};
  char *out = emit(NB_EXTRACT_JSON, &file, 1);
  json_error_t err;
  json_t *all = json_loads(out, 0, &err);
  cr_assert_not_null(all, "invalid JSON: %s", err.text);
  free(out);
  json_t *f = json_array_get(all, 0);
  /* The organ is the title's, not the breadcrumb's nor a metadata line's. */
  cr_assert_eq(json_integer_value(json_object_get(f, "year")), 2023);
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ")), "某县交通运输局");
  cr_assert_str_eq(json_string_value(json_object_get(f, "organ_kind")), "department");

  json_t *t2 = table(f, "二");
  assert_cell(cell(t2, "规章", NULL, "本年制发件数"), 0, "0", 3, 99);
  assert_cell(cell(t2, "规章", NULL, "现行有效件数"), 0, "0", 3, 103);
  assert_cell(cell(t2, "行政规范性文件", NULL, "本年制发件数"), 3, "3", 3, 112);
  assert_cell(cell(t2, "行政规范性文件", NULL, "本年废止件数"), 1, "1", 3, 114);
  assert_cell(cell(t2, "行政规范性文件", NULL, "现行有效件数"), 14, "14", 3, 116);

  json_t *t3 = table(f, "三");
  const char *row1 = "一、本年新收政府信息公开申请数量", *row2 = "二、上年结转政府信息公开申请数量";
  assert_cell(cell(t3, row1, NULL, "自然人"), 45, "45", 3, 152);
  assert_cell(cell(t3, row1, "法人或其他组织", "商业企业"), 0, "0", 3, 154);
  assert_cell(cell(t3, row1, "法人或其他组织", "其他"), 0, "0", 3, 158);
  assert_cell(cell(t3, row1, NULL, "总计"), 45, "45", 3, 159);
  assert_cell(cell(t3, row2, NULL, "自然人"), 71, "71", 3, 177);
  assert_cell(cell(t3, row2, "法人或其他组织", "商业企业"), 0, "0", 3, 179);
  assert_cell(cell(t3, row2, NULL, "总计"), 71, "71", 3, 185);

  json_t *t4 = table(f, "四");
  assert_cell(cell(t4, NULL, "行政复议", "结果维持"), 1, "1", 3, 281);
  assert_cell(cell(t4, NULL, "行政复议", "总计"), 3, "3", 3, 285);
  assert_cell(cell(t4, NULL, "行政诉讼·未经复议直接起诉", "总计"), 1, "1", 3, 290);
  json_decref(all);
  unload(&l);
}
