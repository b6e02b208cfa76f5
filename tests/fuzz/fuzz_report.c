/* The lint pipeline on hostile bytes — decoding (as `nianbao` reads a file), the model, every
 * rule, every emitter (gcc, JSON, SARIF, GitHub; both languages between them) and the safe
 * fixes as `lint --fix` applies them. Input the reader refuses (a NUL byte, bytes that are neither
 * UTF-8 nor GB18030) stops where the CLI would stop.
 *
 * `fmt` and `extract` are not run here: fuzz_fmt and fuzz_extract run them on the same seeds
 * with their properties as assertions, so running them here too found nothing those do not,
 * and cost three quarters of every input (fmt builds and lints the report again for each
 * rendering it judges; extract writes every cell). Each target exercises its own entry point,
 * so that each does as many inputs a second as its own work allows. */
#include <stdlib.h>

#include "core/fix.h"
#include "nianbao.h"
#include "output/emit.h"
#include "support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  nb_lint_options options = {NULL, NULL, in.decoded ? in.encoding : NULL, NULL, NULL};
  nb_analysis analysis;
  nb_analyze(in.text, in.len, &options, &analysis);

  nb_file_result result = {"fuzz", in.text, in.len, &analysis.diags, NULL, NULL};
  nb_emit(nb_fuzz_sink(), NB_FORMAT_GCC, NB_LANG_ZH, &result, 1);
  nb_emit(nb_fuzz_sink(), NB_FORMAT_JSON, NB_LANG_ZH, &result, 1);
  nb_emit(nb_fuzz_sink(), NB_FORMAT_SARIF, NB_LANG_EN, &result, 1);
  nb_emit(nb_fuzz_sink(), NB_FORMAT_GITHUB, NB_LANG_EN, &result, 1);

  size_t fixed_len = 0;
  int applied = 0;
  free(nb_apply_fixes(in.text, in.len, &analysis.diags, true, &fixed_len, &applied));

  nb_analysis_free(&analysis);
  nb_input_free(&in);
  return 0;
}
