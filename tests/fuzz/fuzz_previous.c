/* Two years at once: the bytes are last year's report, the separator line
 * "<!-- nianbao-fuzz-previous -->", then this year's (no separator: the same report twice).
 * This year's is linted against last year's model, with its suppression comments, then its
 * safe fixes are applied — which must leave valid UTF-8 — and the fixed text, when the fixes
 * changed it, is linted again, as `lint --fix --previous` does (lint_cmd.c's fix_file; an
 * unchanged text would only give the same findings again, at the cost of a whole lint). */
#include <stdlib.h>
#include <string.h>

#include "core/fix.h"
#include "core/text.h"
#include "nianbao.h"
#include "output/emit.h"
#include "support.h"

static const char separator[] = "\n<!-- nianbao-fuzz-previous -->\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  const char *cut = nb_find_bytes(in.text, in.len, separator, sizeof separator - 1);
  size_t last_len = cut ? (size_t)(cut - in.text) : in.len;
  const char *now = cut ? cut + sizeof separator - 1 : in.text;
  size_t now_len = cut ? in.len - (size_t)(now - in.text) : in.len;

  nb_analysis last;
  nb_analyze_model(in.text, last_len, NULL, &last);
  nb_lint_options options = {NULL, &last.report, NULL, NULL, NULL};
  nb_analysis analysis;
  nb_analyze(now, now_len, &options, &analysis);
  nb_file_result result = {"fuzz", now, now_len, &analysis.diags};
  nb_emit(nb_fuzz_sink(), NB_FORMAT_GCC, NB_LANG_ZH, &result, 1);

  size_t fixed_len = 0;
  int applied = 0;
  char *fixed = nb_apply_fixes(now, now_len, &analysis.diags, true, &fixed_len, &applied);
  size_t bad = nb_utf8_validate(fixed, fixed_len);
  if (bad < fixed_len)
    nb_fuzz_require(nb_strdup_printf("the fixes made invalid UTF-8 at byte %zu", bad));
  if (applied > 0 && (fixed_len != now_len || memcmp(fixed, now, now_len) != 0)) {
    nb_diag_list again;
    nb_diag_list_init(&again);
    nb_lint(fixed, fixed_len, &options, &again);
    nb_file_result fixed_result = {"fuzz", fixed, fixed_len, &again};
    nb_emit(nb_fuzz_sink(), NB_FORMAT_GITHUB, NB_LANG_EN, &fixed_result, 1);
    nb_diag_list_free(&again);
  }
  free(fixed);
  nb_analysis_free(&analysis);
  nb_analysis_free(&last);
  nb_input_free(&in);
  return 0;
}
