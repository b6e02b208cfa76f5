/* `nianbao lint`: read every file, run the pipeline (model builder, rules), then inline
 * suppression comments and the configuration, and print all results in one document. A file
 * that cannot be read is reported and skipped; the others are still linted, and the exit
 * status is then 2. With --fix the safe fixes are written back (atomically) and what remains
 * is reported, as eslint --fix does. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/fix.h"
#include "../core/settings.h"
#include "../core/xalloc.h"
#include "../lint/atomic_write.h"
#include "../lint/config_file.h"
#include "../lint/input.h"
#include "../nianbao.h"
#include "../output/emit.h"
#include "args.h"
#include "batch.h"
#include "commands.h"
#include "file_list.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_format format;
  nb_lang lang;
  bool lang_given; /* --lang after the command */
  bool help;
  const char *previous; /* last year's report (--previous), or NULL */
  const char *config;   /* --config FILE: no discovery */
  bool fix;
  bool reports_only; /* --reports-only: files that are not reports get no findings */
  bool strict;
  long max_warnings; /* -1: no limit */
  int jobs;          /* 0: one per CPU */
  nb_file_filter filter;
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
  ((lint_settings *)s)->lang_given = true;
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

static bool set_config(void *s, const char *v) {
  ((lint_settings *)s)->config = v;
  return *v != '\0';
}

static bool set_fix(void *s, const char *v) {
  (void)v;
  ((lint_settings *)s)->fix = true;
  return true;
}

static bool set_reports_only(void *s, const char *v) {
  (void)v;
  ((lint_settings *)s)->reports_only = true;
  return true;
}

static bool set_strict(void *s, const char *v) {
  (void)v;
  ((lint_settings *)s)->strict = true;
  return true;
}

static bool set_max_warnings(void *s, const char *v) {
  if (*v < '0' || *v > '9')
    return false;
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (*end != '\0' || errno != 0)
    return false;
  ((lint_settings *)s)->max_warnings = n;
  return true;
}

static bool set_jobs(void *s, const char *v) {
  return nb_batch_parse_jobs(v, &((lint_settings *)s)->jobs);
}

static bool add_include(void *s, const char *v) {
  nb_file_filter *f = &((lint_settings *)s)->filter;
  nb_file_filter_add(&f->include, &f->ninclude, v);
  return *v != '\0';
}

static bool add_exclude(void *s, const char *v) {
  nb_file_filter *f = &((lint_settings *)s)->filter;
  nb_file_filter_add(&f->exclude, &f->nexclude, v);
  return *v != '\0';
}

static const nb_option lint_options[] = {
    {"--previous", NULL, true, "FILE", set_previous},
    {"--config", "-c", true, "FILE", set_config},
    {"--format", "-f", true, "gcc|json|sarif|github", set_format},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--fix", NULL, false, NULL, set_fix},
    {"--reports-only", NULL, false, NULL, set_reports_only},
    {"--strict", NULL, false, NULL, set_strict},
    {"--max-warnings", NULL, true, "N ≥ 0", set_max_warnings},
    {"--jobs", "-j", true, "N ≥ 1", set_jobs},
    {"--include", NULL, true, NULL, add_include},
    {"--exclude", NULL, true, NULL, add_exclude},
    {"--help", "-h", false, NULL, set_help},
};

/* Reads and models last year's report for the across-years rules. */
static bool load_previous(const char *path, nb_lang lang, nb_input *input, nb_analysis *model) {
  if (nb_input_read(path, input) != NB_INPUT_OK) {
    char *why = nb_input_error_message(input, strcmp(path, "-") == 0 ? "<stdin>" : path, lang);
    nb_cli_error(lang, "%s", "%s", why);
    free(why);
    nb_input_free(input);
    return false;
  }
  nb_analyze_model(input->text, input->len, NULL, model);
  return true;
}

static int count_severity(const nb_diag_list *diags, nb_severity severity) {
  int n = 0;
  for (int i = 0; i < diags->count; i++)
    n += diags->items[i].severity == severity;
  return n;
}

/* Whether two paths name files of the same directory, as written (the text before the last
 * '/'): then discovery starts from the same place and finds the same configuration. */
static bool same_directory(const char *a, const char *b) {
  const char *slash_a = strrchr(a, '/'), *slash_b = strrchr(b, '/');
  if (!slash_a || !slash_b)
    return !slash_a && !slash_b && strcmp(a, "-") != 0 && strcmp(b, "-") != 0;
  return slash_a - a == slash_b - b && memcmp(a, b, (size_t)(slash_a - a)) == 0;
}

/* Every operand's configuration, read before anything is linted so that a bad one stops the
 * run before any output. Files of one directory share it: looking it up again for each one
 * cost a dozen system calls per file before any could be checked. */
static bool resolve_configs(const lint_settings *settings, const nb_file_list *files,
                            nb_config_set *set, const nb_settings **configs) {
  for (int i = 0; i < files->count; i++) {
    if (i > 0 && same_directory(files->items[i - 1], files->items[i])) {
      configs[i] = configs[i - 1];
      continue;
    }
    char *error;
    if (!nb_config_for(set, settings->config, files->items[i], settings->lang, &configs[i],
                       &error)) {
      nb_cli_error(settings->lang, "%s", "%s", error);
      free(error);
      return false;
    }
  }
  return true;
}

/* What --fix did to one file. */
typedef struct {
  char *text; /* the fixed text, owned; NULL when nothing was changed */
  size_t len;
} fixed_text;

/* Writes the fixed text as the file had its bytes (encoding, byte-order mark, untouched lines):
 * over the file, or to stdout for standard input. */
static bool write_fixed(const char *path, const nb_input *in, const char *text, size_t len,
                        nb_lang lang) {
  char *bytes = NULL;
  size_t n = 0;
  if (!nb_input_encode(in, text, len, &bytes, &n)) {
    nb_cli_error(lang, "%s：无法按 %s 编码修复后的文本（原文件未改动）",
                 "%s: cannot encode the fixed text as %s (the original is untouched)", path,
                 in->encoding);
    return false;
  }
  bool ok = true;
  nb_write_result result;
  if (strcmp(path, "-") == 0) {
    fwrite(bytes, 1, n, stdout);
  } else if (!nb_write_atomic(path, bytes, n, in->data, in->size, &result)) {
    char *why = nb_write_error_message(&result, path, lang);
    nb_cli_error(lang, "%s", "%s", why);
    free(why);
    ok = false;
  }
  free(bytes);
  return ok;
}

/* Applies the safe fixes of `diags` to the file; on a change, writes it and re-lints the fixed
 * text into `diags`. Standard input always gets its (fixed or unchanged) text back on stdout.
 * Returns false when the file could not be written (it is then untouched). */
static bool fix_file(const char *path, const nb_input *in, const nb_lint_options *options,
                     nb_lang lang, nb_diag_list *diags, fixed_text *out) {
  out->text = NULL;
  size_t len = 0;
  int applied = 0;
  char *fixed = nb_apply_fixes(in->text, in->len, diags, true, &len, &applied);
  bool changed = applied > 0 && (len != in->len || memcmp(fixed, in->text, len) != 0);
  if (!changed) {
    free(fixed);
    /* The bytes as read: in->len counts the decoded text, which for GB18030 input is longer
     * than in->data (reading past it printed heap garbage after the input). */
    if (strcmp(path, "-") == 0)
      fwrite(in->data, 1, in->size, stdout);
    return true;
  }
  if (!write_fixed(path, in, fixed, len, lang)) {
    free(fixed);
    return false;
  }
  /* The file keeps its encoding, so reading's own findings (input-encoding) still hold. */
  nb_diag_list_free(diags);
  nb_diag_list_init(diags);
  nb_lint_writable(fixed, len, options, diags);
  out->text = fixed;
  out->len = len;
  return true;
}

static bool any_stdin(const nb_file_list *files) {
  for (int i = 0; i < files->count; i++)
    if (strcmp(files->items[i], "-") == 0)
      return true;
  return false;
}

/* 1 on an error-severity finding, or on warnings beyond what --strict / --max-warnings allow. */
static int findings_status(const lint_settings *settings, int errors, int warnings) {
  if (errors > 0)
    return 1;
  if (settings->strict && warnings > 0)
    return 1;
  if (settings->max_warnings >= 0 && warnings > settings->max_warnings) {
    nb_cli_error(settings->lang, "警告 %d 条，超过 --max-warnings 允许的 %ld 条",
                 "%d warnings, more than --max-warnings allows (%ld)", warnings,
                 settings->max_warnings);
    return 1;
  }
  return 0;
}

/* One lint run over many files (batch.h): what every file's check reads, and the totals. */
typedef struct {
  const lint_settings *settings;
  const nb_file_list *files;
  const nb_settings **configs;
  const nb_config_set *config_set; /* where configs point, for their "reports" patterns */
  const nb_report *previous;
  nb_format format; /* of the findings' document */
  nb_doc_writer doc;
  int errors, warnings;
  bool failed;
} lint_run;

enum { COUNT_ERRORS, COUNT_WARNINGS, COUNT_FAILED };

/* Everything that takes time for one file: reading, the pipeline, --fix, rendering its part of
 * the output. Runs in a worker process when there are jobs. */
static void check_file(void *ctx, int index, nb_batch_item *item) {
  lint_run *run = ctx;
  const lint_settings *settings = run->settings;
  nb_lang lang = settings->lang;
  const char *path = run->files->items[index];
  nb_input input;
  if (nb_input_read(path, &input) != NB_INPUT_OK) {
    char *why = nb_input_error_message(&input, strcmp(path, "-") == 0 ? "<stdin>" : path, lang);
    nb_cli_error(lang, "%s", "%s", why);
    free(why);
    nb_input_free(&input);
    item->counts[COUNT_FAILED] = 1;
    return;
  }
  if (!settings->fix)
    nb_input_release_bytes(&input); /* only --fix writes the bytes back */
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  const nb_settings *config = run->configs[index];
  nb_lint_options options = {.settings = config,
                             .previous = run->previous,
                             .decoded_from = input.decoded ? input.encoding : NULL,
                             .reports_only = settings->reports_only,
                             .named_report = settings->reports_only &&
                                             nb_config_names_report(run->config_set, config, path)};
  nb_lint_writable(nb_input_writable_text(&input), input.len, &options, &diags);
  fixed_text fixed = {NULL, 0};
  if (settings->fix && !fix_file(path, &input, &options, lang, &diags, &fixed))
    item->counts[COUNT_FAILED] = 1;
  item->counts[COUNT_ERRORS] = count_severity(&diags, NB_SEV_ERROR);
  item->counts[COUNT_WARNINGS] = count_severity(&diags, NB_SEV_WARNING);
  nb_file_result result = {path, fixed.text ? fixed.text : input.text,
                           fixed.text ? fixed.len : input.len, &diags};
  item->part = nb_emit_part(run->format, lang, &result, &item->part_len);
  nb_diag_list_free(&diags);
  free(fixed.text);
  nb_input_free(&input);
}

static size_t file_size(void *ctx, int index) {
  return nb_file_size(((lint_run *)ctx)->files->items[index]);
}

/* In the files' order: what the check said on stderr, then the file's findings. */
static void deliver_file(void *ctx, int index, nb_batch_item *item) {
  lint_run *run = ctx;
  if (item->messages_len > 0)
    fwrite(item->messages, 1, item->messages_len, stderr);
  if (item->crashed) {
    nb_batch_report_crash(run->settings->lang, run->files->items[index], item->wait_status);
    run->failed = true;
    return;
  }
  nb_doc_put(&run->doc, item->part, item->part_len);
  run->errors += item->counts[COUNT_ERRORS];
  run->warnings += item->counts[COUNT_WARNINGS];
  run->failed = run->failed || item->counts[COUNT_FAILED];
}

int nb_cmd_lint(int nargs, char **args, nb_lang lang) {
  lint_settings settings = {.format = NB_FORMAT_GCC, .lang = lang, .max_warnings = -1};
  nb_operands operands;
  if (!nb_args_parse(nargs, args, lint_options, (int)(sizeof lint_options / sizeof lint_options[0]),
                     &settings, lang, &operands)) {
    nb_file_filter_free(&settings.filter);
    return 2;
  }
  settings.lang_given = settings.lang_given || nb_lang_given_on_command_line();
  int status = 0;
  if (settings.help) {
    nb_cli_print_help(stdout, settings.lang);
  } else if (operands.count == 0) {
    status = nb_cli_usage_error(settings.lang, "缺少要检查的文件", "no file to check");
  }
  nb_file_list files = {0};
  bool listed =
      status == 0 && !settings.help &&
      nb_file_list_expand(&files, operands.items, operands.count, &settings.filter, settings.lang);
  if (settings.help || status != 0 || files.count == 0) {
    nb_file_list_free(&files);
    nb_file_filter_free(&settings.filter);
    nb_operands_free(&operands);
    return settings.help ? 0 : 2;
  }

  nb_config_set config_set;
  nb_config_set_init(&config_set);
  const nb_settings **configs = nb_xcalloc((size_t)files.count, sizeof *configs);
  nb_input previous_input;
  nb_analysis previous_model;
  const nb_report *previous = NULL;
  if (!resolve_configs(&settings, &files, &config_set, configs)) {
    status = 2;
  } else {
    /* The command line's language wins, then the (first file's) configuration, then the
     * environment. */
    if (!settings.lang_given && configs[0]->lang >= 0)
      settings.lang = (nb_lang)configs[0]->lang;
    if (settings.previous) {
      if (load_previous(settings.previous, settings.lang, &previous_input, &previous_model))
        previous = &previous_model.report;
      else
        status = 2;
    }
  }
  if (status == 0) {
    /* With --fix on standard input, stdout carries the fixed text and nothing else. */
    bool text_on_stdout = settings.fix && any_stdin(&files);
    lint_run run = {&settings,   &files,   configs,
                    &config_set, previous, text_on_stdout ? NB_FORMAT_GCC : settings.format};
    nb_doc_frame frame = nb_emit_frame(run.format, settings.lang);
    nb_doc_begin(&run.doc, text_on_stdout ? stderr : stdout, &frame);
    /* Standard input is read once, by this process. */
    int jobs = any_stdin(&files) ? 1 : settings.jobs > 0 ? settings.jobs : nb_batch_default_jobs();
    nb_batch_run(files.count, file_size, jobs, check_file, deliver_file, &run);
    nb_doc_end(&run.doc);
    fflush(stdout);
    nb_doc_frame_free(&frame);
    status = run.failed || !listed ? 2 : findings_status(&settings, run.errors, run.warnings);
  }

  free(configs);
  nb_config_set_free(&config_set);
  if (previous) {
    nb_analysis_free(&previous_model);
    nb_input_free(&previous_input);
  }
  nb_file_list_free(&files);
  nb_file_filter_free(&settings.filter);
  nb_operands_free(&operands);
  return status;
}
