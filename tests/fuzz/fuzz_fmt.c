/* `nianbao fmt` with its promises as assertions (tests/support/fmt_properties.h): the output is
 * a fixed point, lints with the same findings (layout ones aside), and loses no text outside
 * the tables it re-renders. The bytes are read as the CLI reads a file.
 *
 * When fmt gives the text back as it was (nothing it could rewrite, or nothing it could stand
 * by), the three hold by definition — fmt of that text is what fmt just returned — and are not
 * checked again: each costs building and linting the report once or twice more. */
#include <stdlib.h>
#include <string.h>

#include "markdown/render_canonical.h"
#include "support.h"
#include "support/fmt_properties.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_input in;
  if (!nb_fuzz_read(data, size, &in))
    return 0;
  size_t len = 0;
  char *out = nb_markdown_format(in.text, in.len, &len);
  if (len != in.len || memcmp(out, in.text, len) != 0)
    nb_fuzz_require(nb_fmt_broken(in.text, in.len, out, len));
  free(out);
  nb_input_free(&in);
  return 0;
}
