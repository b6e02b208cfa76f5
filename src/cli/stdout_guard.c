/* fopencookie(3) is a GNU interface; glibc is what nianbao is built with (iconv's GB18030). */
#define _GNU_SOURCE

#include "stdout_guard.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

static int first_error;

static ssize_t write_out(void *cookie, const char *data, size_t size) {
  (void)cookie;
  size_t done = 0;
  while (done < size) {
    ssize_t n = write(STDOUT_FILENO, data + done, size - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      if (!first_error)
        first_error = n < 0 ? errno : EIO;
      return done > 0 ? (ssize_t)done : -1;
    }
    done += (size_t)n;
  }
  return (ssize_t)done;
}

void nb_stdout_guard(void) {
  cookie_io_functions_t io = {NULL, write_out, NULL, NULL};
  FILE *guarded = fopencookie(NULL, "w", io);
  if (!guarded)
    return; /* plain stdout then: its errors are still caught, without their reason */
  setvbuf(guarded, NULL, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF, BUFSIZ);
  stdout = guarded;
}

int nb_stdout_error(void) {
  if (fflush(stdout) != 0 && !first_error)
    first_error = errno ? errno : EIO;
  if (ferror(stdout) && !first_error)
    first_error = EIO;
  return first_error;
}
