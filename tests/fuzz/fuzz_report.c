/* The whole pipeline on hostile bytes — decoding (as `nianbao` reads a file), the model, every
 * rule, the fixes, the JSON and SARIF emitters, `fmt` and `extract`. Input the reader refuses
 * (a NUL byte, bytes that are neither UTF-8 nor GB18030) stops where the CLI would stop. */
#include <stdlib.h>

#include "core/fix.h"
#include "markdown/render_canonical.h"
#include "nianbao.h"
#include "output/emit.h"
#include "output/extract.h"
#include "support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  nb_lint_options options = {NULL, NULL, in.decoded ? in.encoding : NULL, NULL, NULL};
  nb_analysis analysis;
  nb_analyze(in.text, in.len, &options, &analysis);

  nb_file_result result = {"fuzz", in.text, in.len, &analysis.diags};
  nb_emit(nb_fuzz_sink(), NB_FORMAT_JSON, NB_LANG_ZH, &result, 1);
  nb_emit(nb_fuzz_sink(), NB_FORMAT_SARIF, NB_LANG_EN, &result, 1);

  size_t fixed_len = 0;
  int applied = 0;
  free(nb_apply_fixes(in.text, in.len, &analysis.diags, true, &fixed_len, &applied));

  nb_extract_file file = {"fuzz", in.encoding, &analysis.report};
  nb_extract_emit(nb_fuzz_sink(), NB_EXTRACT_CSV, &file, 1);
  nb_extract_emit(nb_fuzz_sink(), NB_EXTRACT_JSON, &file, 1);

  size_t formatted_len = 0;
  free(nb_markdown_format(in.text, in.len, &formatted_len));

  nb_analysis_free(&analysis);
  nb_input_free(&in);
  return 0;
}
