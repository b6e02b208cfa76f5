#include "markdown.h"

void nb_markdown_build(const char *text, size_t len, nb_report *out) {
  (void)text;
  (void)len;
  (void)out;
}
