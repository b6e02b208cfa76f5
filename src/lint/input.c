#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
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
 * time; stops after a chunk that holds a NUL byte (the input is binary, whatever follows) and
 * once more than `limit` bytes came. `hint` is the expected size (0 when unknown, as for a
 * pipe). */
static nb_input_status read_all(int fd, size_t hint, size_t limit, nb_input *in) {
  size_t cap = hint > 0 && hint < limit ? hint + 1 : 65536;
  char *buf = nb_xmalloc(cap);
  size_t size = 0;
  nb_input_status status = NB_INPUT_OK;
  for (;;) {
    if (size == cap) {
      cap = cap > limit / 2 ? limit + 1 : cap * 2;
      buf = nb_xrealloc(buf, cap);
    }
    ssize_t n = read(fd, buf + size, cap - size);
    if (n == 0)
      break;
    if (n < 0) {
      if (errno == EINTR)
        continue;
      in->error_number = errno;
      free(buf);
      return open_failure(in->error_number);
    }
    const char *nul = memchr(buf + size, '\0', (size_t)n);
    size += (size_t)n;
    if (nul) {
      in->bad_offset = (size_t)(nul - buf);
      status = NB_INPUT_BINARY;
      break;
    }
    if (size > limit) {
      status = NB_INPUT_TOO_LARGE;
      break;
    }
  }
  in->data = buf;
  in->size = size;
  return status;
}

nb_input_status nb_input_read_bytes(const char *path, size_t limit, nb_input *in) {
  memset(in, 0, sizeof *in);
  in->limit = limit;
  int is_stdin = strcmp(path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    in->error_number = errno;
    return in->status = open_failure(errno);
  }
  struct stat st;
  size_t hint = 0;
  nb_input_status status = NB_INPUT_OK;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode))
      status = NB_INPUT_IS_DIRECTORY;
    else if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > limit)
      status = NB_INPUT_TOO_LARGE;
    else if (S_ISREG(st.st_mode) && st.st_size > 0)
      hint = (size_t)st.st_size;
  }
  if (status == NB_INPUT_OK)
    status = read_all(fd, hint, limit, in);
  if (!is_stdin)
    close(fd);
  return in->status = status;
}

static nb_input_status decode_text(nb_input *in, char *data, size_t size);

nb_input_status nb_input_read_limited(const char *path, size_t limit, nb_input *in) {
  if (nb_input_read_bytes(path, limit, in) != NB_INPUT_OK)
    return in->status;
  /* read_all looked for a NUL byte in every chunk it read: the bytes are not read again for
   * one. */
  return decode_text(in, in->data, in->size);
}

nb_input_status nb_input_read(const char *path, nb_input *in) {
  return nb_input_read_limited(path, NB_INPUT_MAX_BYTES, in);
}

static const char utf8_bom[] = "\xEF\xBB\xBF";
static const char gb18030_bom[] = "\x84\x31\x95\x33"; /* U+FEFF in GB18030 */

/* Bytes that are not UTF-8: a report saved as GB18030/GBK is decoded, anything else is not
 * text we can read. A UTF-8 BOM says the writer meant UTF-8, so such a file is never
 * reinterpreted. */
static bool decode_gb18030(nb_input *in, size_t bom) {
  if (bom > 0 || !nb_gb18030_decode(in->data, in->size, &in->decoded, &in->len))
    return false;
  size_t skip = in->len >= 3 && memcmp(in->decoded, utf8_bom, 3) == 0 ? 3 : 0;
  if (skip)
    in->bom_size = in->size >= 4 && memcmp(in->data, gb18030_bom, 4) == 0 ? 4 : 0;
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
  return decode_text(in, data, size);
}

/* nb_input_decode of bytes known to hold no NUL byte. */
static nb_input_status decode_text(nb_input *in, char *data, size_t size) {
  in->data = data;
  in->size = size;
  size_t bom = size >= 3 && memcmp(data, utf8_bom, 3) == 0 ? 3 : 0;
  size_t bad = nb_utf8_validate(data + bom, size - bom);
  if (bad < size - bom) {
    if (decode_gb18030(in, bom))
      return in->status = NB_INPUT_OK;
    if (bom == 0 && nb_gb18030_truncated(data, size, &in->bad_offset))
      return in->status = NB_INPUT_CUT_SHORT;
    in->bad_offset = bom + bad;
    return in->status = NB_INPUT_BAD_UTF8;
  }
  in->bom_size = bom;
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
  case NB_INPUT_TOO_LARGE: {
    bool mib = in->limit % ((size_t)1 << 20) == 0;
    return nb_strdup_printf(en ? "%s: larger than %zu %s, the most nianbao reads from an input"
                               : "%s: 超过 %zu %s，nianbao 不读取这么大的输入",
                            path, mib ? in->limit >> 20 : in->limit,
                            mib ? "MiB" : (en ? "bytes" : "字节"));
  }
  case NB_INPUT_CUT_SHORT:
    return nb_strdup_printf(en ? "%s: GB18030 text cut off in the middle of a character at byte "
                                 "offset %zu (the file looks truncated)"
                               : "%s: GB18030 文本在第 %zu 字节处的字符中间截断（文件似乎不完整）",
                            path, in->bad_offset);
  }
  return nb_xstrdup(path);
}

void nb_input_free(nb_input *in) {
  free(in->data);
  free(in->decoded);
  memset(in, 0, sizeof *in);
}

char *nb_input_writable_text(nb_input *in) {
  char *owner = in->decoded ? in->decoded : in->data;
  return owner ? owner + (in->text - owner) : NULL;
}

void nb_input_release_bytes(nb_input *in) {
  if (!in->decoded)
    return;
  free(in->data);
  in->data = NULL;
  in->size = 0;
}
