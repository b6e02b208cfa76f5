#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/encoding.h"
#include "../core/text.h"
#include "../core/xalloc.h"

static nb_input_status open_failure(int error_number) {
  if (error_number == ENOENT || error_number == ENOTDIR)
    return NB_INPUT_NOT_FOUND;
  if (error_number == EISDIR)
    return NB_INPUT_IS_DIRECTORY;
  return NB_INPUT_UNREADABLE;
}

/* Reads fd to its end into a buffer that doubles as it fills, so any size reads in linear
 * time. `hint` is the expected size (0 when unknown, as for a pipe). */
static nb_input_status read_all(int fd, size_t hint, char **out, size_t *out_size, int *err) {
  size_t cap = hint > 0 ? hint + 1 : 65536;
  char *buf = nb_xmalloc(cap);
  size_t size = 0;
  for (;;) {
    if (size == cap) {
      cap *= 2;
      buf = nb_xrealloc(buf, cap);
    }
    ssize_t n = read(fd, buf + size, cap - size);
    if (n == 0)
      break;
    if (n < 0) {
      if (errno == EINTR)
        continue;
      *err = errno;
      free(buf);
      return open_failure(*err);
    }
    size += (size_t)n;
  }
  *out = buf;
  *out_size = size;
  return NB_INPUT_OK;
}

nb_input_status nb_input_read(const char *path, nb_input *in) {
  memset(in, 0, sizeof *in);
  int is_stdin = strcmp(path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    in->error_number = errno;
    return in->status = open_failure(errno);
  }
  struct stat st;
  size_t hint = 0;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (!is_stdin)
        close(fd);
      return in->status = NB_INPUT_IS_DIRECTORY;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0)
      hint = (size_t)st.st_size;
  }
  char *data = NULL;
  size_t size = 0;
  nb_input_status status = read_all(fd, hint, &data, &size, &in->error_number);
  if (!is_stdin)
    close(fd);
  if (status != NB_INPUT_OK)
    return in->status = status;
  return nb_input_decode(in, data, size);
}

static const char utf8_bom[] = "\xEF\xBB\xBF";

/* Bytes that are not UTF-8: a report saved as GB18030/GBK is decoded, anything else is not
 * text we can read. A UTF-8 BOM says the writer meant UTF-8, so such a file is never
 * reinterpreted. */
static bool decode_gb18030(nb_input *in, size_t bom) {
  if (bom > 0 || !nb_gb18030_decode(in->data, in->size, &in->decoded, &in->len))
    return false;
  size_t skip = in->len >= 3 && memcmp(in->decoded, utf8_bom, 3) == 0 ? 3 : 0;
  in->text = in->decoded + skip;
  in->len -= skip;
  in->encoding = "GB18030";
  return true;
}

nb_input_status nb_input_decode(nb_input *in, char *data, size_t size) {
  in->data = data;
  in->size = size;
  const char *nul = memchr(data, '\0', size);
  if (nul) {
    in->bad_offset = (size_t)(nul - data);
    return in->status = NB_INPUT_BINARY;
  }
  size_t bom = size >= 3 && memcmp(data, utf8_bom, 3) == 0 ? 3 : 0;
  size_t bad = nb_utf8_validate(data + bom, size - bom);
  if (bad < size - bom) {
    if (decode_gb18030(in, bom))
      return in->status = NB_INPUT_OK;
    in->bad_offset = bom + bad;
    return in->status = NB_INPUT_BAD_UTF8;
  }
  in->text = data + bom;
  in->len = size - bom;
  in->encoding = "UTF-8";
  return in->status = NB_INPUT_OK;
}

char *nb_input_error_message(const nb_input *in, const char *path, nb_lang lang) {
  int en = lang == NB_LANG_EN;
  switch (in->status) {
  case NB_INPUT_OK:
    break;
  case NB_INPUT_NOT_FOUND:
    return nb_strdup_printf(en ? "%s: no such file" : "%s: 找不到文件", path);
  case NB_INPUT_IS_DIRECTORY:
    return nb_strdup_printf(en ? "%s: is a directory, not a file" : "%s: 是目录，不是文件", path);
  case NB_INPUT_UNREADABLE:
    if (in->error_number == EACCES)
      return nb_strdup_printf(
          en ? "%s: cannot read (permission denied)" : "%s: 无法读取（没有权限）", path);
    return nb_strdup_printf(en ? "%s: cannot read (%s)" : "%s: 无法读取（%s）", path,
                            strerror(in->error_number));
  case NB_INPUT_BINARY:
    return nb_strdup_printf(en ? "%s: binary file (NUL byte at byte offset %zu), not text"
                               : "%s: 是二进制文件，不是文本（第 %zu 字节为 NUL）",
                            path, in->bad_offset);
  case NB_INPUT_BAD_UTF8:
    return nb_strdup_printf(en ? "%s: not valid UTF-8 text (byte offset %zu)"
                               : "%s: 不是有效的 UTF-8 文本（第 %zu 字节）",
                            path, in->bad_offset);
  }
  return nb_xstrdup(path);
}

void nb_input_free(nb_input *in) {
  free(in->data);
  free(in->decoded);
  memset(in, 0, sizeof *in);
}
