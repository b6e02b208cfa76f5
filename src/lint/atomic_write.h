/* Writing a file the user asked to change, so that it is either wholly the old or wholly the
 * new content, and nothing else about it changes:
 *
 *   - the new content goes to a temporary file ".NAME.nianbao-XXXXXX" beside the target (a
 *     symbolic link is followed: the link stays, its target gets the content), flushed to disk,
 *     then renamed over the target, and the directory is flushed so the rename survives a
 *     crash;
 *   - the temporary file gets the target's owner, group, permission bits and extended
 *     attributes (POSIX ACLs are among them); when one of them cannot be kept, the target is
 *     left alone;
 *   - a read-only file (no write permission for the caller, or for anyone) is left alone;
 *   - just before the rename the target is read again: when it no longer holds the bytes the
 *     caller read (someone saved it in the meantime), it is left alone, so no edit is lost;
 *   - on every failure, and when interrupted by SIGINT, SIGTERM, SIGHUP or SIGQUIT, the
 *     temporary file is removed.
 *
 * A file with other hard links: the name given gets the new content as a new file; the other
 * names keep the old content (rename(2) replaces one directory entry). */
#ifndef NB_ATOMIC_WRITE_H
#define NB_ATOMIC_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"

typedef enum {
  NB_WRITE_OK = 0,
  NB_WRITE_FAILED,    /* a system call failed: error_number */
  NB_WRITE_CHANGED,   /* the file no longer holds what was read */
  NB_WRITE_READ_ONLY, /* the file is read-only */
  NB_WRITE_OWNER,     /* its owner or group cannot be kept: error_number */
  NB_WRITE_XATTR,     /* extended attribute `attr` cannot be kept: error_number */
} nb_write_status;

typedef struct {
  nb_write_status status;
  int error_number;
  char attr[256];
} nb_write_result;

/* Replaces `path` by data[0..len). `was` (was_len bytes) is what the caller read from it and
 * must still be its content; NULL when the caller read nothing (a file that need not exist).
 * Returns true on success; else fills *result and the target is as it was. */
bool nb_write_atomic(const char *path, const char *data, size_t len, const char *was,
                     size_t was_len, nb_write_result *result);

/* One line (no "nianbao: " prefix, no newline) saying why `path` was not written and that it
 * is untouched; heap string. */
char *nb_write_error_message(const nb_write_result *result, const char *path, nb_lang lang);

#endif
