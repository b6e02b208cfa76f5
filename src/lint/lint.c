/* The lint pipeline of nianbao.h, in the order it documents. */
#include "../nianbao.h"

#include <stdlib.h>
#include <string.h>

#include "../core/engine.h"
#include "../core/suppress.h"
#include "../markdown/markdown.h"
#include "report_detect.h"

static void build_markdown(const char *text, size_t len, nb_report *out, void *data) {
  (void)data;
  nb_markdown_build(text, len, out);
}

/* Steps 2 and 3 over a text whose suppression comments are blanked already. */
static void build_model(const char *model_text, size_t len, const nb_lint_options *options,
                        nb_analysis *out) {
  nb_report_init(&out->report, model_text, len);
  nb_model_builder build = options->build ? options->build : build_markdown;
  build(model_text, len, &out->report, options->build_data);
  const nb_settings *settings = options->settings;
  if (settings && settings->organ_kind != NB_ORGAN_UNKNOWN) {
    out->report.organ_kind = settings->organ_kind;
    out->report.organ_kind_configured = true;
  }
  nb_diag_list_init(&out->diags);
}

/* The model of `text` with its suppression comments (found already, or NULL) blanked. */
static void analyze_model(const char *text, size_t len, const nb_suppressions *comments,
                          const nb_lint_options *options, nb_analysis *out) {
  static const nb_lint_options defaults = {0};
  if (!options)
    options = &defaults;
  out->model_text = nb_suppress_blank(text, len, comments);
  build_model(out->model_text ? out->model_text : text, len, options, out);
}

void nb_analyze_model(const char *text, size_t len, const nb_lint_options *options,
                      nb_analysis *out) {
  analyze_model(text, len, NULL, options, out);
}

/* Reading's own finding: positions refer to the decoded text, which the user should know. */
static void add_encoding_note(const char *decoded_from, nb_diag_list *diags) {
  nb_diag_add(diags, "input-encoding", nb_span_make(0, 0),
              "文件不是 UTF-8 编码，已按 %s 解码后检查，位置指解码后的文本；建议将文件另存为 "
              "UTF-8",
              "the file is not UTF-8; it was decoded from %s before checking and positions "
              "refer to the decoded text; consider saving it as UTF-8",
              decoded_from);
}

/* Steps 4 and 5: the findings, sorted, before suppression and configuration. */
static void check(const nb_lint_options *options, nb_analysis *a) {
  if (options->reports_only && !nb_is_report(&a->report, options->named_report))
    return;
  nb_check_report(&a->report, options->previous, &a->diags);
  if (options->decoded_from)
    add_encoding_note(options->decoded_from, &a->diags);
  nb_diag_list_sort(&a->diags);
}

/* Step 6, with the comments found in `text` already. */
static void suppress_and_configure(const nb_suppressions *comments, const char *text, size_t len,
                                   const nb_lint_options *options, nb_diag_list *diags) {
  nb_suppressions_apply(comments, text, len, diags);
  if (options->settings)
    nb_settings_apply(options->settings, diags);
}

void nb_analyze(const char *text, size_t len, const nb_lint_options *options, nb_analysis *out) {
  static const nb_lint_options defaults = {0};
  if (!options)
    options = &defaults;
  /* Found once: blanking and suppressing both need them, and finding them scans every byte. */
  nb_suppressions comments;
  nb_suppressions_parse(text, len, &comments);
  analyze_model(text, len, &comments, options, out);
  check(options, out);
  suppress_and_configure(&comments, text, len, options, &out->diags);
  nb_suppressions_free(&comments);
}

void nb_analysis_free(nb_analysis *a) {
  nb_report_free(&a->report);
  nb_diag_list_free(&a->diags);
  free(a->model_text);
  memset(a, 0, sizeof *a);
}

void nb_lint(const char *text, size_t len, const nb_lint_options *options, nb_diag_list *out) {
  nb_analysis a;
  nb_analyze(text, len, options, &a);
  nb_diag_list_free(out);
  *out = a.diags; /* the findings move to the caller; the model is freed */
  nb_diag_list_init(&a.diags);
  nb_analysis_free(&a);
}

void nb_lint_writable(char *text, size_t len, const nb_lint_options *options, nb_diag_list *out) {
  static const nb_lint_options defaults = {0};
  if (!options)
    options = &defaults;
  /* Found once: blanking and suppressing both need them, and finding them scans every byte. */
  nb_suppressions comments;
  nb_suppressions_parse(text, len, &comments);
  nb_suppress_undo undo;
  bool blanked = nb_suppress_blank_in_place(text, len, &comments, &undo);
  nb_analysis a = {0};
  build_model(text, len, options, &a);
  check(options, &a);
  nb_diag_list_free(out);
  *out = a.diags;
  nb_diag_list_init(&a.diags);
  nb_analysis_free(&a); /* the model read the blanked text: it goes before the text is put back */
  if (blanked)
    nb_suppress_unblank(text, &undo);
  suppress_and_configure(&comments, text, len, options, out);
  nb_suppressions_free(&comments);
}
