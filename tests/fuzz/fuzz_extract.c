/* `nianbao extract`: the model of hostile bytes written as JSON, which must parse back as JSON,
 * and as CSV, whose every record must have the header's fourteen fields. The JSON — every cell
 * of the template, 71 KB even for an empty input — is checked by json_syntax.h's reader, which
 * builds nothing: loading it into a jansson tree was a third of what an input cost. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "json_syntax.h"
#include "nianbao.h"
#include "output/extract.h"
#include "support.h"

/* Fields of each CSV record (RFC 4180: quoted fields may hold commas, quotes and line breaks);
 * -1 when the records differ in width. */
static int csv_width(const char *s, size_t n) {
  int width = -1, fields = 1;
  bool quoted = false;
  for (size_t i = 0; i < n; i++) {
    if (quoted) {
      if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
        i++;
      else if (s[i] == '"')
        quoted = false;
    } else if (s[i] == '"') {
      quoted = true;
    } else if (s[i] == ',') {
      fields++;
    } else if (s[i] == '\n') {
      if (width >= 0 && fields != width)
        return -1;
      width = fields;
      fields = 1;
    }
  }
  return width;
}

static char *emit(nb_extract_format format, const nb_extract_file *file, size_t *len) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  nb_extract_emit(f, format, file, 1);
  fclose(f);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  nb_analysis model;
  nb_analyze_model(in.text, in.len, NULL, &model);
  nb_extract_file file = {"fuzz.md", in.encoding, &model.report};

  size_t len = 0;
  char *json = emit(NB_EXTRACT_JSON, &file, &len);
  size_t bad = nb_json_syntax_error(json, len);
  if (bad != (size_t)-1)
    nb_fuzz_require(nb_strdup_printf("extract wrote JSON that does not parse, at byte %zu of %zu: "
                                     "“%.40s”",
                                     bad, len, json + (bad < len ? bad : len)));
  free(json);

  char *csv = emit(NB_EXTRACT_CSV, &file, &len);
  int width = csv_width(csv, len);
  if (width != 14)
    nb_fuzz_require(nb_strdup_printf("extract wrote CSV records of %d fields, want 14", width));
  free(csv);

  nb_analysis_free(&model);
  nb_input_free(&in);
  return 0;
}
