/* libFuzzer target: the whole pipeline on hostile bytes — decoding (as `nianbao` reads a file),
 * the model, every rule, the fixes, the JSON and SARIF emitters, `fmt` and `extract`. Built by
 * tests/fuzz/build.sh, never by CMake: it needs clang's libFuzzer. Input the reader rejects
 * (a NUL byte, bytes that are neither UTF-8 nor GB18030) stops where the CLI would stop. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fix.h"
#include "core/model.h"
#include "lint/input.h"
#include "markdown/render_canonical.h"
#include "nianbao.h"
#include "output/emit.h"
#include "output/extract.h"

static FILE *sink(void) {
  static FILE *null_file;
  if (!null_file)
    null_file = fopen("/dev/null", "w");
  return null_file;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *bytes = malloc(size ? size : 1);
  memcpy(bytes, data, size);
  nb_input in;
  memset(&in, 0, sizeof in);
  if (nb_input_decode(&in, bytes, size) != NB_INPUT_OK) {
    nb_input_free(&in);
    return 0;
  }

  nb_lint_options options = {NULL, NULL, in.decoded ? in.encoding : NULL, NULL, NULL};
  nb_analysis analysis;
  nb_analyze(in.text, in.len, &options, &analysis);
  nb_diag_list diags = analysis.diags;
  nb_report report = analysis.report;

  nb_file_result result = {"fuzz", in.text, in.len, &diags};
  nb_emit(sink(), NB_FORMAT_JSON, NB_LANG_ZH, &result, 1);
  nb_emit(sink(), NB_FORMAT_SARIF, NB_LANG_EN, &result, 1);

  size_t fixed_len = 0;
  int applied = 0;
  free(nb_apply_fixes(in.text, in.len, &diags, true, &fixed_len, &applied));

  nb_extract_file file = {"fuzz", in.encoding, &report};
  nb_extract_emit(sink(), NB_EXTRACT_CSV, &file, 1);
  nb_extract_emit(sink(), NB_EXTRACT_JSON, &file, 1);

  size_t formatted_len = 0;
  free(nb_markdown_format(in.text, in.len, &formatted_len));

  nb_analysis_free(&analysis);
  nb_input_free(&in);
  return 0;
}
