#include "atomic_write.h"

#include <errno.h>

bool nb_write_atomic(const char *path, const char *data, size_t len, int *err_errno) {
  (void)path;
  (void)data;
  (void)len;
  *err_errno = ENOSYS;
  return false;
}
