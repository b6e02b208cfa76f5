#include "options.h"

#include <stdlib.h>
#include <string.h>

#include "../core/rules/rule_util.h"
#include "../core/xalloc.h"
#include "ast.h"

static void inline_text(nb_rule_buf *b, const json_t *list);

static void inline_one(nb_rule_buf *b, const json_t *node) {
  const char *t = pd_type(node);
  json_t *c = pd_content(node);
  if (strcmp(t, "Str") == 0 && json_is_string(c))
    nb_rule_buf_append(b, json_string_value(c), json_string_length(c));
  else if (strcmp(t, "Space") == 0 || strcmp(t, "SoftBreak") == 0 || strcmp(t, "LineBreak") == 0)
    nb_rule_buf_append(b, " ", 1);
  else if (strcmp(t, "Span") == 0 || strcmp(t, "Link") == 0 || strcmp(t, "Quoted") == 0)
    inline_text(b, pd_at(c, 1));
  else if (strcmp(t, "Code") == 0 && json_is_string(pd_at(c, 1)))
    nb_rule_buf_append(b, json_string_value(pd_at(c, 1)), json_string_length(pd_at(c, 1)));
  else if (json_is_array(c))
    inline_text(b, c); /* Emph, Strong … */
}

static void inline_text(nb_rule_buf *b, const json_t *list) {
  size_t n = json_array_size(list);
  for (size_t i = 0; i < n; i++)
    inline_one(b, pd_at(list, i));
}

char *pd_meta_text(const json_t *value) {
  const char *t = pd_type(value);
  json_t *c = pd_content(value);
  if (strcmp(t, "MetaString") == 0 && json_is_string(c))
    return nb_xstrndup(json_string_value(c), json_string_length(c));
  if (strcmp(t, "MetaBool") == 0)
    return nb_xstrdup(json_is_true(c) ? "true" : "false");
  if (strcmp(t, "MetaInlines") != 0 && strcmp(t, "MetaBlocks") != 0)
    return NULL;
  nb_rule_buf b;
  nb_rule_buf_init(&b);
  if (strcmp(t, "MetaInlines") == 0) {
    inline_text(&b, c);
  } else {
    size_t n = json_array_size(c);
    for (size_t i = 0; i < n; i++) {
      json_t *block = pd_at(c, i);
      if (pd_is(block, "Plain") || pd_is(block, "Para")) {
        if (b.len)
          nb_rule_buf_append(&b, " ", 1);
        inline_text(&b, pd_content(block));
      }
    }
  }
  return nb_rule_buf_take(&b);
}

static const char prefix[] = "nianbao-";

static bool bad_value(nb_lang lang, const char *key, const char *value, const char *allowed,
                      char **error) {
  *error = nb_strdup_printf(lang == NB_LANG_EN ? "metadata %s=%s is not valid: use %s"
                                               : "元数据 %s=%s 无效：应为 %s",
                            key, value, allowed);
  return false;
}

static bool set_option(pd_options *o, const char *key, char *value, nb_lang lang, char **error) {
  const char *name = key + sizeof prefix - 1;
  if (strcmp(name, "fail-on") == 0) {
    if (strcmp(value, "error") == 0)
      o->fail_on = NB_SEV_ERROR;
    else if (strcmp(value, "warning") == 0)
      o->fail_on = NB_SEV_WARNING;
    else
      return bad_value(lang, key, value, "error|warning", error);
  } else if (strcmp(name, "annotate") == 0) {
    if (strcmp(value, "comments") == 0)
      o->annotate = true;
    else if (strcmp(value, "none") == 0 || strcmp(value, "false") == 0)
      o->annotate = false;
    else
      return bad_value(lang, key, value, "comments|none", error);
  } else if (strcmp(name, "report") == 0) {
    const char *dot = strrchr(value, '.');
    if (dot && strcmp(dot, ".json") == 0)
      o->report_format = NB_FORMAT_JSON;
    else if (dot && strcmp(dot, ".sarif") == 0)
      o->report_format = NB_FORMAT_SARIF;
    else
      return bad_value(lang, key, value, "FILE.json|FILE.sarif", error);
    free(o->report);
    o->report = nb_xstrdup(value);
  } else if (strcmp(name, "lang") == 0) {
    int l = nb_lang_parse(value);
    if (l < 0)
      return bad_value(lang, key, value, "zh|en", error);
    o->lang = l;
  } else if (strcmp(name, "config") == 0 || strcmp(name, "source") == 0) {
    if (!*value)
      return bad_value(lang, key, value, lang == NB_LANG_EN ? "a file name" : "文件名", error);
    char **slot = name[0] == 'c' ? &o->config : &o->source;
    free(*slot);
    *slot = nb_xstrdup(value);
  } else {
    *error = nb_strdup_printf(
        lang == NB_LANG_EN
            ? "unknown metadata key %s (nianbao-fail-on, -annotate, -report, -lang, -config, "
              "-source; see nianbao-pandoc --help)"
            : "未知的元数据项 %s（可用 nianbao-fail-on、-annotate、-report、-lang、-config、"
              "-source；见 nianbao-pandoc --help）",
        key);
    return false;
  }
  return true;
}

bool pd_options_read(const json_t *meta, nb_lang lang, pd_options *out, char **error) {
  memset(out, 0, sizeof *out);
  out->fail_on = -1;
  out->lang = -1;
  const char *key;
  json_t *value;
  json_object_foreach((json_t *)meta, key, value) {
    if (strncmp(key, prefix, sizeof prefix - 1) != 0)
      continue;
    char *text = pd_meta_text(value);
    if (!text) {
      *error = nb_strdup_printf(lang == NB_LANG_EN ? "metadata %s must be a single value"
                                                   : "元数据 %s 必须是单个值",
                                key);
      pd_options_free(out);
      return false;
    }
    bool ok = set_option(out, key, text, lang, error);
    free(text);
    if (!ok) {
      pd_options_free(out);
      return false;
    }
  }
  return true;
}

void pd_options_free(pd_options *o) {
  free(o->report);
  free(o->config);
  free(o->source);
  memset(o, 0, sizeof *o);
  o->fail_on = -1;
  o->lang = -1;
}
