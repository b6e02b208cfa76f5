/* `nianbao lint`: read every file, run the pipeline (model builder, rules), print all
 * results in one document. A file that cannot be read is reported and skipped; the others are
 * still linted, and the exit status is then 2. */
#include <stdlib.h>
#include <string.h>

#include "../core/engine.h"
#include "../core/xalloc.h"
#include "../markdown/markdown.h"
#include "../output/emit.h"
#include "args.h"
#include "commands.h"
#include "input.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_format format;
  nb_lang lang;
  bool help;
  const char *previous; /* last year's report (--previous), or NULL */
} lint_settings;

static bool set_format(void *s, const char *v) {
  int f = nb_format_parse(v);
  if (f < 0)
    return false;
  ((lint_settings *)s)->format = (nb_format)f;
  return true;
}

static bool set_lang(void *s, const char *v) {
  int l = nb_lang_parse(v);
  if (l < 0)
    return false;
  ((lint_settings *)s)->lang = (nb_lang)l;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((lint_settings *)s)->help = true;
  return true;
}

static bool set_previous(void *s, const char *v) {
  ((lint_settings *)s)->previous = v;
  return true;
}

static const nb_option lint_options[] = {
    {"--previous", NULL, true, "FILE", set_previous},
    {"--format", "-f", true, "gcc|json|sarif|github", set_format},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--help", "-h", false, NULL, set_help},
};

static void lint_text(const char *text, size_t len, const nb_report *previous,
                      nb_diag_list *diags) {
  nb_report report;
  nb_report_init(&report, text, len);
  nb_markdown_build(text, len, &report);
  nb_check_report(&report, previous, diags);
  nb_report_free(&report);
}

/* Reads and models last year's report for the across-years rules. */
static bool load_previous(const char *path, nb_lang lang, nb_input *input, nb_report *report) {
  if (nb_input_read(path, input) != NB_INPUT_OK) {
    char *why = nb_input_error_message(input, strcmp(path, "-") == 0 ? "<stdin>" : path, lang);
    nb_cli_error(lang, "%s", "%s", why);
    free(why);
    nb_input_free(input);
    return false;
  }
  nb_report_init(report, input->text, input->len);
  nb_markdown_build(input->text, input->len, report);
  return true;
}

static bool has_error(const nb_diag_list *diags) {
  for (int i = 0; i < diags->count; i++)
    if (diags->items[i].severity == NB_SEV_ERROR)
      return true;
  return false;
}

int nb_cmd_lint(int nargs, char **args, nb_lang lang) {
  lint_settings settings = {NB_FORMAT_GCC, lang, false};
  nb_operands files;
  if (!nb_args_parse(nargs, args, lint_options, (int)(sizeof lint_options / sizeof lint_options[0]),
                     &settings, lang, &files))
    return 2;
  lang = settings.lang;
  if (settings.help) {
    nb_cli_print_help(stdout, lang);
    nb_operands_free(&files);
    return 0;
  }
  if (files.count == 0) {
    nb_operands_free(&files);
    return nb_cli_usage_error(lang, "缺少要检查的文件", "no file to check");
  }

  nb_input previous_input;
  nb_report previous_report;
  const nb_report *previous = NULL;
  if (settings.previous) {
    if (!load_previous(settings.previous, lang, &previous_input, &previous_report)) {
      nb_operands_free(&files);
      return 2;
    }
    previous = &previous_report;
  }

  nb_input *inputs = nb_xcalloc((size_t)files.count, sizeof *inputs);
  nb_diag_list *diags = nb_xcalloc((size_t)files.count, sizeof *diags);
  nb_file_result *results = nb_xcalloc((size_t)files.count, sizeof *results);
  int nresults = 0;
  int status = 0;
  for (int i = 0; i < files.count; i++) {
    const char *path = files.items[i];
    nb_diag_list_init(&diags[i]);
    if (nb_input_read(path, &inputs[i]) != NB_INPUT_OK) {
      char *why =
          nb_input_error_message(&inputs[i], strcmp(path, "-") == 0 ? "<stdin>" : path, lang);
      nb_cli_error(lang, "%s", "%s", why);
      free(why);
      status = 2;
      continue;
    }
    lint_text(inputs[i].text, inputs[i].len, previous, &diags[i]);
    nb_input_add_notes(&inputs[i], &diags[i]);
    nb_diag_list_sort(&diags[i]);
    if (status == 0 && has_error(&diags[i]))
      status = 1;
    results[nresults++] = (nb_file_result){path, inputs[i].text, inputs[i].len, &diags[i]};
  }
  nb_emit(stdout, settings.format, lang, results, nresults);
  fflush(stdout);

  for (int i = 0; i < files.count; i++) {
    nb_diag_list_free(&diags[i]);
    nb_input_free(&inputs[i]);
  }
  free(results);
  free(diags);
  free(inputs);
  if (previous) {
    nb_report_free(&previous_report);
    nb_input_free(&previous_input);
  }
  nb_operands_free(&files);
  return status;
}
