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
#include "commands.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_extract_format format;
  nb_lang lang;
  bool help;
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

static const nb_option extract_options[] = {
    {"--format", "-f", true, "json|csv", set_format},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--help", "-h", false, NULL, set_help},
};

static void print_help(nb_lang lang) {
  if (lang == NB_LANG_EN)
    fputs("usage: nianbao extract [--format json|csv] FILE...\n"
          "Writes every cell of tables 2, 3 and 4 of each report (official labels, value, state,\n"
          "raw text, line and column) as one JSON array (default) or as CSV, one row per cell.\n"
          "A FILE of - is standard input. Exit status: 0, or 2 when a file cannot be read.\n",
          stdout);
  else
    fputs("用法：nianbao extract [--format json|csv] 文件…\n"
          "输出每份报告表二、表三、表四的每个单元格（规范标签、数值、状态、原文、行号和列号），\n"
          "默认为一个 JSON 数组，--format csv 时每个单元格一行。文件为 - 时读标准输入。\n"
          "退出码：0；有文件无法读取时为 2。\n",
          stdout);
}

int nb_cmd_extract(int nargs, char **args, nb_lang lang) {
  extract_settings settings = {NB_EXTRACT_JSON, lang, false};
  nb_operands files;
  if (!nb_args_parse(nargs, args, extract_options,
                     (int)(sizeof extract_options / sizeof extract_options[0]), &settings, lang,
                     &files))
    return 2;
  lang = settings.lang;
  if (settings.help) {
    print_help(lang);
    nb_operands_free(&files);
    return 0;
  }
  if (files.count == 0) {
    nb_operands_free(&files);
    return nb_cli_usage_error(lang, "缺少要提取的文件", "no file to extract from");
  }

  nb_input *inputs = nb_xcalloc((size_t)files.count, sizeof *inputs);
  nb_analysis *models = nb_xcalloc((size_t)files.count, sizeof *models);
  nb_extract_file *results = nb_xcalloc((size_t)files.count, sizeof *results);
  int nresults = 0;
  int status = 0;
  for (int i = 0; i < files.count; i++) {
    const char *path = files.items[i];
    if (nb_input_read(path, &inputs[i]) != NB_INPUT_OK) {
      char *why =
          nb_input_error_message(&inputs[i], strcmp(path, "-") == 0 ? "<stdin>" : path, lang);
      nb_cli_error(lang, "%s", "%s", why);
      free(why);
      status = 2;
      continue;
    }
    nb_analysis *model = &models[nresults];
    nb_analyze_model(inputs[i].text, inputs[i].len, NULL, model);
    results[nresults++] = (nb_extract_file){path, inputs[i].encoding, &model->report};
  }
  nb_extract_emit(stdout, settings.format, results, nresults);
  fflush(stdout);

  for (int i = 0; i < nresults; i++)
    nb_analysis_free(&models[i]);
  for (int i = 0; i < files.count; i++)
    nb_input_free(&inputs[i]);
  free(results);
  free(models);
  free(inputs);
  nb_operands_free(&files);
  return status;
}
