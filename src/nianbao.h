/* nianbao: a report's text in, its findings out.
 *
 * The one entry point every front-end calls — the command line, the language server, the pandoc
 * filter, the tests and the benchmark — so that a finding is the same wherever it is shown. No
 * front-end assembles the steps below itself:
 *
 *   1. suppression comments are blanked (offsets kept), so that the model never reads one as a
 *      table cell or part of a title, nor as a line that ends a table (core/suppress.h);
 *   2. a front-end builds the report model from the text: Markdown (cmark-gfm and the nianbao
 *      extension) unless the options name another, such as the pandoc AST's;
 *   3. a configured organ kind replaces the one the title implies;
 *   4. every rule runs, the across-years ones when last year's model is given;
 *   5. reading's own notes are added (input-encoding for a decoded file);
 *   6. suppression comments remove what they cover, then the configuration turns rules off and
 *      sets severities.
 *
 * Diagnostics carry byte spans into the text given; each front-end turns them into its own
 * positions (src/core/position.h). */
#ifndef NIANBAO_H
#define NIANBAO_H

#include <stddef.h>

#include "core/diag.h"
#include "core/model.h"
#include "core/settings.h"

/* Fills `out` (nb_report_init'ed with text and len) from the text: a front-end's whole job. */
typedef void (*nb_model_builder)(const char *text, size_t len, nb_report *out, void *data);

typedef struct {
  const nb_settings *settings; /* NULL: every rule at its catalog severity */
  const nb_report *previous;   /* last year's report for the across-years rules, or NULL */
  /* The encoding the text was decoded from when the bytes were not UTF-8 ("GB18030"), for the
   * input-encoding note; NULL when they were UTF-8. */
  const char *decoded_from;
  nb_model_builder build; /* NULL: the Markdown front-end */
  void *build_data;       /* passed to build */
  /* Check only a document that is a report (lint/report_detect.h): any other gets no findings.
   * `named_report`: the configuration's "reports" patterns name it, whatever it looks like. */
  bool reports_only;
  bool named_report;
} nb_lint_options;

/* A lint's model and findings, for front-ends that show more than the findings (hover, outline,
 * extract). */
typedef struct {
  nb_report report;   /* the model the rules read; spans point into the text given */
  nb_diag_list diags; /* sorted by position, suppressed and configured */
  char *model_text;   /* private: the text with suppression comments blanked, or NULL */
} nb_analysis;

/* The whole pipeline. `text` is valid UTF-8 of `len` bytes (need not be NUL-terminated) and must
 * outlive `out`; `options` may be NULL. Free with nb_analysis_free. */
void nb_analyze(const char *text, size_t len, const nb_lint_options *options, nb_analysis *out);

/* Steps 1 and 2 only: the model, with no findings (last year's report, extract). */
void nb_analyze_model(const char *text, size_t len, const nb_lint_options *options,
                      nb_analysis *out);

void nb_analysis_free(nb_analysis *a);

/* nb_analyze for the findings alone: `out` (nb_diag_list_init'ed; anything in it is freed)
 * receives them. */
void nb_lint(const char *text, size_t len, const nb_lint_options *options, nb_diag_list *out);

/* nb_lint over a text the caller owns and lets the pipeline write to: suppression comments are
 * blanked in `text` itself rather than in a copy (a copy is as large as the report) and put back
 * before it returns, so the text is as it was. The findings are nb_lint's, byte for byte. */
void nb_lint_writable(char *text, size_t len, const nb_lint_options *options, nb_diag_list *out);

#endif
