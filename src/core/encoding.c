#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>

#include "text.h"
#include "xalloc.h"

static bool is_private_use(uint32_t cp) {
  return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
}

static bool is_control(uint32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r')
    return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool nb_gb18030_looks_like_text(const char *utf8, size_t len) {
  size_t non_ascii = 0, private_use = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp = nb_utf8_next(utf8, len, &i);
    if (is_control(cp))
      return false;
    if (cp >= 0x80)
      non_ascii++;
    if (is_private_use(cp))
      private_use++;
  }
  return private_use * 20 <= non_ascii;
}

typedef enum { CONVERTED, NOT_CONVERTIBLE, CUT_SHORT } conversion;

/* Runs the whole conversion; the output buffer doubles whenever iconv says it is full.
 * GB18030 is stateless, so there is no shift state to flush at the end. On success *out is
 * set; on failure nothing is allocated. */
static conversion run(iconv_t cd, const char *data, size_t size, char **out, size_t *out_len,
                      size_t *stopped_at) {
  /* Two GB18030 bytes become three UTF-8 bytes and four become four: 1.5 × size fits. */
  size_t cap = size + size / 2 + 16;
  char *buf = nb_xmalloc(cap);
  char *in = (char *)data; /* iconv's prototype is not const-correct; it does not write */
  size_t in_left = size;
  size_t used = 0;
  for (;;) {
    char *dst = buf + used;
    size_t dst_left = cap - used - 1; /* room for the NUL */
    size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    used = (size_t)(dst - buf);
    if (r != (size_t)-1)
      break;
    if (errno != E2BIG) { /* EILSEQ: not GB18030; EINVAL: it ends inside a character */
      conversion why = errno == EINVAL ? CUT_SHORT : NOT_CONVERTIBLE;
      *stopped_at = size - in_left;
      free(buf);
      return why;
    }
    cap *= 2;
    buf = nb_xrealloc(buf, cap);
  }
  buf[used] = '\0';
  *out = buf;
  *out_len = used;
  return CONVERTED;
}

static conversion convert(const char *to, const char *from, const char *data, size_t size,
                          char **out, size_t *out_len, size_t *stopped_at) {
  iconv_t cd = iconv_open(to, from);
  if (cd == (iconv_t)-1)
    return NOT_CONVERTIBLE; /* no gconv module: the caller reports the bytes as not UTF-8 */
  conversion c = run(cd, data, size, out, out_len, stopped_at);
  iconv_close(cd);
  return c;
}

bool nb_gb18030_decode_any(const char *data, size_t size, char **out, size_t *out_len) {
  size_t stopped_at;
  return convert("UTF-8", "GB18030", data, size, out, out_len, &stopped_at) == CONVERTED;
}

bool nb_gb18030_truncated(const char *data, size_t size, size_t *cut_at) {
  char *buf = NULL;
  size_t len = 0;
  conversion c = convert("UTF-8", "GB18030", data, size, &buf, &len, cut_at);
  if (c == CONVERTED)
    free(buf);
  if (c != CUT_SHORT || !nb_gb18030_decode(data, *cut_at, &buf, &len))
    return false; /* what comes before the cut must be text too */
  free(buf);
  return true;
}

bool nb_gb18030_decode(const char *data, size_t size, char **out, size_t *out_len) {
  char *buf = NULL;
  size_t len = 0;
  if (!nb_gb18030_decode_any(data, size, &buf, &len))
    return false;
  if (!nb_gb18030_looks_like_text(buf, len)) {
    free(buf);
    return false;
  }
  *out = buf;
  *out_len = len;
  return true;
}

bool nb_gb18030_encode(const char *utf8, size_t len, char **out, size_t *out_len) {
  size_t stopped_at;
  return convert("GB18030", "UTF-8", utf8, len, out, out_len, &stopped_at) == CONVERTED;
}
