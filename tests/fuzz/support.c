#include "support.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

bool nb_fuzz_read(const uint8_t *data, size_t size, nb_input *in) {
  char *bytes = nb_xmalloc(size ? size : 1);
  memcpy(bytes, data, size);
  memset(in, 0, sizeof *in);
  if (nb_input_decode(in, bytes, size) == NB_INPUT_OK)
    return true;
  nb_input_free(in);
  return false;
}

FILE *nb_fuzz_sink(void) {
  static FILE *null_file;
  if (!null_file)
    null_file = fopen("/dev/null", "w");
  return null_file;
}

void nb_fuzz_require(char *why) {
  if (!why)
    return;
  fprintf(stderr, "property broken: %s\n", why);
  free(why);
  abort();
}
