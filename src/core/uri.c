#include "uri.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static bool starts_with_ci(const char *s, const char *prefix) {
  for (; *prefix; s++, prefix++) {
    char c = *s >= 'A' && *s <= 'Z' ? (char)(*s + 32) : *s;
    if (c != *prefix)
      return false;
  }
  return true;
}

char *nb_uri_to_path(const char *uri) {
  if (!starts_with_ci(uri, "file://"))
    return NULL;
  const char *p = uri + 7;
  if (starts_with_ci(p, "localhost/"))
    p += strlen("localhost");
  if (*p != '/')
    return NULL; /* a remote host */
  size_t end = strcspn(p, "?#");
  char *path = nb_xmalloc(end + 1);
  size_t n = 0;
  for (size_t i = 0; i < end; i++) {
    int hi, lo;
    if (p[i] == '%' && i + 2 < end + 1 && (hi = hex_value(p[i + 1])) >= 0 &&
        (lo = hex_value(p[i + 2])) >= 0) {
      path[n++] = (char)(hi * 16 + lo);
      i += 2;
    } else {
      path[n++] = p[i];
    }
  }
  path[n] = '\0';
  if (strlen(path) != n) { /* an encoded NUL names no file */
    free(path);
    return NULL;
  }
  return path;
}

char *nb_uri_from_path(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  size_t len = strlen(path);
  char *uri = nb_xmalloc(len * 3 + sizeof "file://");
  size_t n = 0;
  if (path[0] == '/') {
    memcpy(uri, "file://", 7);
    n = 7;
  }
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)path[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        strchr("-._~/", c) != NULL) {
      uri[n++] = (char)c;
    } else {
      uri[n++] = '%';
      uri[n++] = hex[c >> 4];
      uri[n++] = hex[c & 15];
    }
  }
  uri[n] = '\0';
  return uri;
}
