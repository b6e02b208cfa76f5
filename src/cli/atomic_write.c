/* The temporary file lives in the target's directory so that rename(2) stays on one file
 * system and is atomic. */
#include "atomic_write.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/diag.h"
#include "../core/xalloc.h"

static char *read_link(const char *path) {
  size_t cap = 256;
  for (;;) {
    char *buf = nb_xmalloc(cap);
    ssize_t n = readlink(path, buf, cap);
    if (n < 0) {
      free(buf);
      return NULL;
    }
    if ((size_t)n < cap) {
      buf[n] = '\0';
      return buf;
    }
    free(buf);
    cap *= 2;
  }
}

/* A symbolic link is followed (a chain too, up to the kernel's own limit), so the link stays
 * and its target gets the new content. */
static char *resolve_target(const char *path) {
  char *current = nb_xstrdup(path);
  struct stat st;
  for (int hops = 0; hops < 40 && lstat(current, &st) == 0 && S_ISLNK(st.st_mode); hops++) {
    char *link = read_link(current);
    if (!link)
      break;
    char *next;
    if (link[0] == '/') {
      next = link;
    } else {
      char *dir_copy = nb_xstrdup(current);
      next = nb_strdup_printf("%s/%s", dirname(dir_copy), link);
      free(dir_copy);
      free(link);
    }
    free(current);
    current = next;
  }
  return current;
}

static char *temp_template_beside(const char *target) {
  char *dir_copy = nb_xstrdup(target), *base_copy = nb_xstrdup(target);
  char *tmpl = nb_strdup_printf("%s/.%s.nianbao-XXXXXX", dirname(dir_copy), basename(base_copy));
  free(dir_copy);
  free(base_copy);
  return tmpl;
}

static int write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

/* The new file gets the old one's permission bits; a new file gets what open(2) would give. */
static int set_mode(int fd, const char *target) {
  struct stat st;
  mode_t mode;
  if (stat(target, &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  return fchmod(fd, mode) == 0 ? 0 : errno;
}

bool nb_write_atomic(const char *path, const char *data, size_t len, int *err_errno) {
  char *target = resolve_target(path);
  char *tmp = temp_template_beside(target);
  int err = 0;
  int fd = mkstemp(tmp);
  if (fd < 0) {
    err = errno;
  } else {
    err = set_mode(fd, target);
    if (!err)
      err = write_all(fd, data, len);
    if (!err && fsync(fd) != 0)
      err = errno;
    if (close(fd) != 0 && !err)
      err = errno;
    if (!err && rename(tmp, target) != 0)
      err = errno;
    if (err)
      unlink(tmp);
  }
  free(tmp);
  free(target);
  if (err && err_errno)
    *err_errno = err;
  return err == 0;
}
