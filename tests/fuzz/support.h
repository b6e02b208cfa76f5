/* What the fuzz targets share: reading libFuzzer's bytes as nianbao reads a file, a sink for
 * output nobody looks at, and one way to fail a property. */
#ifndef NB_FUZZ_SUPPORT_H
#define NB_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lint/input.h"

/* Decodes the bytes as nianbao decodes a file (a NUL refused, UTF-8 or GB18030); false, with
 * nothing to free, when the reader refuses them (the CLI stops there too). */
bool nb_fuzz_read(const uint8_t *data, size_t size, nb_input *in);

/* /dev/null, opened once. */
FILE *nb_fuzz_sink(void);

/* A property does not hold: prints `why` (freed) and the input, then aborts, which libFuzzer
 * reports as a crash with the input saved. NULL: nothing happens. */
void nb_fuzz_require(char *why);

#endif
