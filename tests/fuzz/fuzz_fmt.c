/* `nianbao fmt` with its promises as assertions (tests/support/fmt_properties.h): the output is
 * a fixed point, lints with the same findings (layout ones aside), and loses no text outside
 * the tables it re-renders. The bytes are read as the CLI reads a file. */
#include <stdlib.h>

#include "markdown/render_canonical.h"
#include "support.h"
#include "support/fmt_properties.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  size_t len = 0;
  char *out = nb_markdown_format(in.text, in.len, &len);
  nb_fuzz_require(nb_fmt_not_fixed_point(out, len));
  nb_fuzz_require(nb_fmt_lost_text(in.text, in.len, out, len));
  nb_fuzz_require(nb_fmt_changed_findings(in.text, in.len, out, len));
  free(out);
  nb_input_free(&in);
  return 0;
}
