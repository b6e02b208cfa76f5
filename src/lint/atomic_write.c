/* The temporary file lives in the target's directory so that rename(2) stays on one file
 * system and is atomic. */
#include "atomic_write.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "../core/xalloc.h"
#include "input.h"

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

static char *directory_of(const char *target) {
  char *copy = nb_xstrdup(target);
  char *dir = nb_xstrdup(dirname(copy));
  free(copy);
  return dir;
}

static char *temp_template_beside(const char *target) {
  char *dir = directory_of(target), *base_copy = nb_xstrdup(target);
  char *tmpl = nb_strdup_printf("%s/.%s.nianbao-XXXXXX", dir, basename(base_copy));
  free(dir);
  free(base_copy);
  return tmpl;
}

/* ---------------------------------------------------------------- the temporary file's life */

/* The temporary file being written, for the handlers below: a signal or exit() (out of
 * memory) while it exists removes it. */
static char *volatile pending_temp;
static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define NSIGNALS (sizeof cleanup_signals / sizeof cleanup_signals[0])
static struct sigaction saved_actions[NSIGNALS];

static void remove_pending(void) {
  char *p = pending_temp;
  if (p)
    unlink(p);
}

static void on_signal(int sig) {
  remove_pending();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* From here to release_temp, a signal or exit() removes pending_temp when it is set. */
static void guard_temp(void) {
  static bool at_exit_registered;
  if (!at_exit_registered)
    at_exit_registered = atexit(remove_pending) == 0;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < NSIGNALS; i++) {
    sigaction(cleanup_signals[i], NULL, &saved_actions[i]);
    /* A signal the caller's parent ignores stays ignored (nohup). */
    if (saved_actions[i].sa_handler != SIG_IGN)
      sigaction(cleanup_signals[i], &sa, NULL);
  }
}

static void release_temp(void) {
  for (size_t i = 0; i < NSIGNALS; i++)
    sigaction(cleanup_signals[i], &saved_actions[i], NULL);
  pending_temp = NULL;
}

/* ---------------------------------------------------------------- what is kept */

static bool fail(nb_write_result *r, nb_write_status status, int error_number) {
  r->status = status;
  r->error_number = error_number;
  return false;
}

static bool write_all(int fd, const char *data, size_t len, nb_write_result *r) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return fail(r, NB_WRITE_FAILED, errno);
    }
    data += n;
    len -= (size_t)n;
  }
  return true;
}

/* Owner and group first: changing them may clear the set-user-ID and set-group-ID bits, which
 * the permission bits then restore. */
static bool keep_owner_and_mode(int fd, const struct stat *old, nb_write_result *r) {
  struct stat now;
  if (fstat(fd, &now) != 0)
    return fail(r, NB_WRITE_FAILED, errno);
  if ((now.st_uid != old->st_uid || now.st_gid != old->st_gid) &&
      fchown(fd, old->st_uid, old->st_gid) != 0)
    return fail(r, NB_WRITE_OWNER, errno);
  if (fchmod(fd, old->st_mode & 07777) != 0)
    return fail(r, NB_WRITE_FAILED, errno);
  return true;
}

static bool copy_xattr(int from, int to, const char *name, nb_write_result *r) {
  ssize_t size = fgetxattr(from, name, NULL, 0);
  char *value = size > 0 ? nb_xmalloc((size_t)size) : NULL;
  if (size > 0)
    size = fgetxattr(from, name, value, (size_t)size);
  bool ok = size >= 0 && fsetxattr(to, name, value, (size_t)size, 0) == 0;
  if (!ok) {
    snprintf(r->attr, sizeof r->attr, "%s", name);
    fail(r, NB_WRITE_XATTR, errno);
  }
  free(value);
  return ok;
}

static bool keep_xattrs(const char *target, int to, nb_write_result *r) {
  int from = open(target, O_RDONLY | O_CLOEXEC);
  if (from < 0)
    return fail(r, NB_WRITE_FAILED, errno);
  ssize_t size = flistxattr(from, NULL, 0);
  bool ok = true;
  if (size < 0 && errno != ENOTSUP) {
    ok = fail(r, NB_WRITE_FAILED, errno);
  } else if (size > 0) {
    char *names = nb_xmalloc((size_t)size);
    size = flistxattr(from, names, (size_t)size);
    if (size < 0)
      ok = fail(r, NB_WRITE_FAILED, errno);
    for (ssize_t at = 0; ok && at < size; at += (ssize_t)strlen(names + at) + 1)
      ok = copy_xattr(from, to, names + at, r);
    free(names);
  }
  close(from);
  return ok;
}

/* Whether the target still holds exactly what the caller read (reading stops one byte past
 * that length: anything longer has changed). */
static bool unchanged(const char *target, const char *was, size_t was_len, nb_write_result *r) {
  nb_input now;
  nb_input_status status = nb_input_read_bytes(target, was_len + 1, &now);
  bool same = status == NB_INPUT_OK && now.size == was_len && memcmp(now.data, was, was_len) == 0;
  if (status == NB_INPUT_UNREADABLE)
    fail(r, NB_WRITE_FAILED, now.error_number);
  else if (!same)
    fail(r, NB_WRITE_CHANGED, 0); /* other bytes, removed, or no longer a file */
  nb_input_free(&now);
  return same;
}

/* The rename is durable once the directory entry is on disk. */
static void sync_directory(const char *target) {
  char *dir = directory_of(target);
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd); /* some file systems cannot sync a directory; the rename is done either way */
    close(fd);
  }
  free(dir);
}

/* The target's status, or a new file's: what open(2) would give it. */
static bool old_status(const char *target, struct stat *st, bool *exists, nb_write_result *r) {
  *exists = stat(target, st) == 0;
  if (*exists) {
    if (S_ISREG(st->st_mode) && ((st->st_mode & 0222) == 0 || access(target, W_OK) != 0))
      return fail(r, NB_WRITE_READ_ONLY, errno);
    return true;
  }
  if (errno != ENOENT)
    return fail(r, NB_WRITE_FAILED, errno);
  mode_t mask = umask(0);
  umask(mask);
  memset(st, 0, sizeof *st);
  st->st_mode = S_IFREG | (0666 & ~mask);
  st->st_uid = geteuid();
  st->st_gid = getegid();
  return true;
}

static bool write_temp(int fd, const char *target, bool exists, const struct stat *old,
                       const char *data, size_t len, nb_write_result *r) {
  bool ok = keep_owner_and_mode(fd, old, r) &&
            (!exists || !S_ISREG(old->st_mode) || keep_xattrs(target, fd, r)) &&
            write_all(fd, data, len, r);
  if (ok && fsync(fd) != 0)
    ok = fail(r, NB_WRITE_FAILED, errno);
  if (close(fd) != 0 && ok)
    ok = fail(r, NB_WRITE_FAILED, errno);
  return ok;
}

bool nb_write_atomic(const char *path, const char *data, size_t len, const char *was,
                     size_t was_len, nb_write_result *result) {
  memset(result, 0, sizeof *result);
  char *target = resolve_target(path);
  struct stat old;
  bool exists = false, ok = old_status(target, &old, &exists, result);
  if (ok) {
    char *tmp = temp_template_beside(target);
    guard_temp();
    int fd = mkstemp(tmp);
    if (fd < 0) {
      ok = fail(result, NB_WRITE_FAILED, errno);
    } else {
      pending_temp = tmp;
      ok = write_temp(fd, target, exists, &old, data, len, result) &&
           (!was || unchanged(target, was, was_len, result));
      if (ok && rename(tmp, target) != 0)
        ok = fail(result, NB_WRITE_FAILED, errno);
      if (!ok)
        unlink(tmp);
    }
    release_temp();
    free(tmp);
    if (ok)
      sync_directory(target);
  }
  free(target);
  return ok;
}

char *nb_write_error_message(const nb_write_result *r, const char *path, nb_lang lang) {
  bool en = lang == NB_LANG_EN;
  switch (r->status) {
  case NB_WRITE_CHANGED:
    return nb_strdup_printf(en ? "%s: changed since nianbao read it; not overwritten (run "
                                 "nianbao again on the new content)"
                               : "%s：读取后已被修改，未覆盖（请对新内容重新运行 nianbao）",
                            path);
  case NB_WRITE_READ_ONLY:
    return nb_strdup_printf(en ? "%s: read-only; not rewritten" : "%s：文件只读，未改写", path);
  case NB_WRITE_OWNER:
    return nb_strdup_printf(en ? "%s: cannot keep its owner and group (%s); not rewritten"
                               : "%s：无法保留文件的所有者和组（%s），未改写",
                            path, strerror(r->error_number));
  case NB_WRITE_XATTR:
    return nb_strdup_printf(en ? "%s: cannot keep its extended attribute %s (%s); not rewritten"
                               : "%s：无法保留扩展属性 %s（%s），未改写",
                            path, r->attr, strerror(r->error_number));
  case NB_WRITE_OK:
  case NB_WRITE_FAILED:
    break;
  }
  return nb_strdup_printf(en ? "%s: cannot write (%s); the file is untouched"
                             : "%s：无法写入（%s），文件未改动",
                          path, strerror(r->error_number));
}
