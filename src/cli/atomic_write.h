/* Writing a file the user asked to change, so that it is either wholly the old or wholly the
 * new content: write a temporary file beside it, flush it to disk, rename it over the old one
 * (keeping the old file's permissions). On any failure the original is untouched. */
#ifndef NB_ATOMIC_WRITE_H
#define NB_ATOMIC_WRITE_H

#include <stdbool.h>
#include <stddef.h>

/* Returns true on success; on failure sets *err_errno (errno value) and returns false. */
bool nb_write_atomic(const char *path, const char *data, size_t len, int *err_errno);

#endif
