/* `nianbao extract [--format json|csv] FILE…`: the numbers of tables 二/三/四 of every file, one
 * document on standard output (src/output/extract.h says what is in it). A file that cannot be
 * read gets one line on stderr and is left out; the others are still extracted, and the exit
 * status is then 2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../lint/input.h"
#include "../nianbao.h"
#include "../output/extract.h"
#include "args.h"
#include "batch.h"
#include "commands.h"
#include "file_list.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_extract_format format;
  nb_lang lang;
  bool help;
  int jobs; /* 0: one per CPU */
  nb_file_filter filter;
} extract_settings;

static bool set_format(void *s, const char *v) {
  int f = nb_extract_format_parse(v);
  if (f < 0)
    return false;
  ((extract_settings *)s)->format = (nb_extract_format)f;
  return true;
}

static bool set_lang(void *s, const char *v) {
  int l = nb_lang_parse(v);
  if (l < 0)
    return false;
  ((extract_settings *)s)->lang = (nb_lang)l;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((extract_settings *)s)->help = true;
  return true;
}

static bool set_jobs(void *s, const char *v) {
  return nb_batch_parse_jobs(v, &((extract_settings *)s)->jobs);
}

static bool add_include(void *s, const char *v) {
  nb_file_filter *f = &((extract_settings *)s)->filter;
  nb_file_filter_add(&f->include, &f->ninclude, v);
  return *v != '\0';
}

static bool add_exclude(void *s, const char *v) {
  nb_file_filter *f = &((extract_settings *)s)->filter;
  nb_file_filter_add(&f->exclude, &f->nexclude, v);
  return *v != '\0';
}

static const nb_option extract_options[] = {
    {"--format", "-f", true, "json|csv", set_format}, {"--lang", NULL, true, "zh|en", set_lang},
    {"--jobs", "-j", true, "N ≥ 1", set_jobs},        {"--include", NULL, true, NULL, add_include},
    {"--exclude", NULL, true, NULL, add_exclude},     {"--help", "-h", false, NULL, set_help},
};

static void print_help(nb_lang lang) {
  if (lang == NB_LANG_EN)
    fputs("usage: nianbao extract [--format json|csv] [--jobs N] [--include GLOB]\n"
          "                       [--exclude GLOB] FILE|DIR...\n"
          "Writes every cell of tables 2, 3 and 4 of each report (official labels, value, state,\n"
          "raw text, line and column) as one JSON array (default) or as CSV, one row per cell.\n"
          "A FILE of - is standard input. A DIR is searched recursively for .md, .markdown and\n"
          ".txt files (--include replaces that choice, --exclude leaves files or directories\n"
          "out; both may be repeated). --jobs N checks N files at a time (default: one per\n"
          "CPU); the output is the same in every case, in the files' order.\n"
          "Exit status: 0, or 2 when a file cannot be read.\n",
          stdout);
  else
    fputs("用法：nianbao extract [--format json|csv] [--jobs N] [--include 模式]\n"
          "                       [--exclude 模式] 文件|目录…\n"
          "输出每份报告表二、表三、表四的每个单元格（规范标签、数值、状态、原文、行号和列号），\n"
          "默认为一个 JSON 数组，--format csv 时每个单元格一行。文件为 - 时读标准输入。\n"
          "目录会递归查找 .md、.markdown、.txt 文件（--include 另选文件，--exclude 排除文件或\n"
          "目录，均可重复）。--jobs N 同时处理 N 个文件（默认每个 CPU 一个），输出与顺序不变。\n"
          "退出码：0；有文件无法读取时为 2。\n",
          stdout);
}

/* One extract run over many files (batch.h). */
typedef struct {
  const extract_settings *settings;
  const nb_file_list *files;
  nb_doc_writer doc;
  bool failed;
} extract_run;

static size_t file_size(void *ctx, int index) {
  return nb_file_size(((extract_run *)ctx)->files->items[index]);
}

/* Reading, the model and the file's part of the output: runs in a worker when there are jobs. */
static void check_file(void *ctx, int index, nb_batch_item *item) {
  extract_run *run = ctx;
  const char *path = run->files->items[index];
  nb_input input;
  if (nb_input_read(path, &input) != NB_INPUT_OK) {
    char *why = nb_input_error_message(&input, strcmp(path, "-") == 0 ? "<stdin>" : path,
                                       run->settings->lang);
    nb_cli_error(run->settings->lang, "%s", "%s", why);
    free(why);
    nb_input_free(&input);
    item->counts[0] = 1;
    return;
  }
  nb_analysis model;
  nb_analyze_model(input.text, input.len, NULL, &model);
  nb_extract_file file = {path, input.encoding, &model.report};
  item->part = nb_extract_part(run->settings->format, &file, &item->part_len);
  nb_analysis_free(&model);
  nb_input_free(&input);
}

static void deliver_file(void *ctx, int index, nb_batch_item *item) {
  extract_run *run = ctx;
  if (item->messages_len > 0)
    fwrite(item->messages, 1, item->messages_len, stderr);
  if (item->crashed) {
    nb_batch_report_crash(run->settings->lang, run->files->items[index], item->wait_status);
    run->failed = true;
    return;
  }
  nb_doc_put(&run->doc, item->part, item->part_len);
  run->failed = run->failed || item->counts[0];
}

static bool any_stdin(const nb_file_list *files) {
  for (int i = 0; i < files->count; i++)
    if (strcmp(files->items[i], "-") == 0)
      return true;
  return false;
}

int nb_cmd_extract(int nargs, char **args, nb_lang lang) {
  extract_settings settings = {NB_EXTRACT_JSON, lang, false, 0, {0}};
  nb_operands operands;
  if (!nb_args_parse(nargs, args, extract_options,
                     (int)(sizeof extract_options / sizeof extract_options[0]), &settings, lang,
                     &operands)) {
    nb_file_filter_free(&settings.filter);
    return 2;
  }
  lang = settings.lang;
  int status = 0;
  if (settings.help)
    print_help(lang);
  else if (operands.count == 0)
    status = nb_cli_usage_error(lang, "缺少要提取的文件", "no file to extract from");
  nb_file_list files = {0};
  bool listed = !settings.help && status == 0 &&
                nb_file_list_expand(&files, operands.items, operands.count, &settings.filter, lang);
  if (!settings.help && status == 0 && files.count > 0) {
    extract_run run = {&settings, &files};
    nb_doc_frame frame = nb_extract_frame(settings.format);
    nb_doc_begin(&run.doc, stdout, &frame);
    int jobs = any_stdin(&files) ? 1 : settings.jobs > 0 ? settings.jobs : nb_batch_default_jobs();
    nb_batch_run(files.count, file_size, jobs, check_file, deliver_file, &run);
    nb_doc_end(&run.doc);
    fflush(stdout);
    nb_doc_frame_free(&frame);
    status = run.failed || !listed ? 2 : 0;
  } else if (!settings.help) {
    status = 2;
  }
  nb_file_list_free(&files);
  nb_file_filter_free(&settings.filter);
  nb_operands_free(&operands);
  return status;
}
