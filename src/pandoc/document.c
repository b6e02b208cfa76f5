#include "document.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "ast.h"
#include "json_read.h"

/* The pandoc-types API versions whose AST this filter reads: 1.22 (pandoc 2.17, Debian
 * bookworm's) and 1.23 (pandoc 3, which adds Figure). */
static const int supported_minor[] = {22, 23};

static char *say(nb_lang lang, const char *zh, const char *en) {
  return nb_xstrdup(lang == NB_LANG_EN ? en : zh);
}

static char *too_big(nb_lang lang, size_t limit) {
  return nb_strdup_printf(lang == NB_LANG_EN
                              ? "the document on standard input is larger than %zu MiB; a "
                                "report's pandoc AST is far smaller"
                              : "标准输入上的文档超过 %zu MiB，不像一份年报的 pandoc AST",
                          limit >> 20);
}

static bool pd_document_check(json_t *root, const pd_json_error *jerr, char *bytes, size_t len,
                              nb_lang lang, pd_document *doc, char **error);

bool pd_document_read(FILE *in, size_t limit, nb_lang lang, pd_document *doc, char **error) {
  memset(doc, 0, sizeof *doc);
  /* Up to one byte past the limit: enough to know the document is too big. */
  size_t cap = limit < (1 << 16) ? limit + 1 : 1 << 16, len = 0;
  char *bytes = nb_xmalloc(cap);
  for (;;) {
    if (len == cap) {
      if (len > limit) {
        free(bytes);
        *error = too_big(lang, limit);
        return false;
      }
      cap = cap > limit / 2 ? limit + 1 : cap * 2;
      bytes = nb_xrealloc(bytes, cap);
    }
    size_t got = fread(bytes + len, 1, cap - len, in);
    len += got;
    if (len < cap) {
      if (ferror(in)) {
        int e = errno ? errno : EIO;
        free(bytes);
        *error = nb_strdup_printf(lang == NB_LANG_EN ? "cannot read standard input: %s"
                                                     : "无法读取标准输入：%s",
                                  strerror(e));
        return false;
      }
      if (feof(in))
        break;
    }
  }
  return pd_document_parse(bytes, len, lang, doc, error);
}

bool pd_document_parse(char *bytes, size_t len, nb_lang lang, pd_document *doc, char **error) {
  pd_json_error jerr = {0, 0, NULL};
  json_t *root = len ? pd_json_parse(bytes, len, &jerr) : NULL;
  return pd_document_check(root, &jerr, bytes, len, lang, doc, error);
}

static bool read_version(json_t *v, int *major, int *minor) {
  if (!json_is_array(v) || json_array_size(v) < 2)
    return false;
  json_t *a = json_array_get(v, 0), *b = json_array_get(v, 1);
  if (!json_is_integer(a) || !json_is_integer(b))
    return false;
  json_int_t x = json_integer_value(a), y = json_integer_value(b);
  if (x < 0 || x > 1000 || y < 0 || y > 1000)
    return false;
  *major = (int)x;
  *minor = (int)y;
  return true;
}

static bool supported(int major, int minor) {
  if (major != 1)
    return false;
  for (size_t i = 0; i < sizeof supported_minor / sizeof supported_minor[0]; i++)
    if (minor == supported_minor[i])
      return true;
  return false;
}

static bool pd_document_check(json_t *root, const pd_json_error *jerr, char *bytes, size_t len,
                              nb_lang lang, pd_document *doc, char **error) {
  memset(doc, 0, sizeof *doc);
  if (len == 0) {
    json_decref(root);
    free(bytes);
    *error = say(lang, "标准输入为空：请用 pandoc --filter nianbao-pandoc 运行本过滤器",
                 "standard input is empty: run this filter as pandoc --filter nianbao-pandoc");
    return false;
  }
  if (!root) {
    *error = nb_strdup_printf(lang == NB_LANG_EN
                                  ? "standard input is not valid JSON (line %d, column %d: %s); "
                                    "run this filter as pandoc --filter nianbao-pandoc"
                                  : "标准输入不是有效的 JSON（第 %d 行第 %d 列：%s）；请用 pandoc "
                                    "--filter nianbao-pandoc 运行本过滤器",
                              jerr->line, jerr->column, jerr->what);
    free(bytes);
    return false;
  }
  json_t *version = json_object_get(root, "pandoc-api-version");
  json_t *meta = json_object_get(root, "meta");
  json_t *blocks = json_object_get(root, "blocks");
  int major = 0, minor = 0;
  if (!json_is_object(root) || !read_version(version, &major, &minor) || !json_is_object(meta) ||
      !json_is_array(blocks)) {
    json_decref(root);
    free(bytes);
    *error =
        say(lang, "标准输入是 JSON，但不是 pandoc 文档（缺少 pandoc-api-version、meta 或 blocks）",
            "standard input is JSON but not a pandoc document (no pandoc-api-version, meta "
            "or blocks)");
    return false;
  }
  if (!supported(major, minor)) {
    json_decref(root);
    free(bytes);
    *error = nb_strdup_printf(
        lang == NB_LANG_EN
            ? "pandoc API version %d.%d is not supported: this filter reads 1.22 (pandoc 2.17) "
              "and 1.23 (pandoc 3)"
            : "不支持 pandoc API 版本 %d.%d：本过滤器支持 1.22（pandoc 2.17）和 1.23（pandoc 3）",
        major, minor);
    return false;
  }
  doc->bytes = bytes;
  doc->len = len;
  doc->root = root;
  doc->meta = meta;
  doc->blocks = blocks;
  doc->api_major = major;
  doc->api_minor = minor;
  return true;
}

void pd_document_free(pd_document *doc) {
  json_decref(doc->root);
  free(doc->bytes);
  memset(doc, 0, sizeof *doc);
}
