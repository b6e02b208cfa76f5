/* The Markdown front-end: cmark-gfm plus the nianbao syntax extension turn a UTF-8 buffer into
 * a report model. */
#ifndef NB_MARKDOWN_H
#define NB_MARKDOWN_H

#include <stddef.h>

#include "../core/model.h"

/* Parses `text` (valid UTF-8, len bytes; need not be NUL-terminated) into `out`, which must
 * have been nb_report_init'ed with the same text. */
void nb_markdown_build(const char *text, size_t len, nb_report *out);

#endif
