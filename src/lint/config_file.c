/* realpath() is XSI; the build asks only for POSIX.1-2008 by default. */
#define _XOPEN_SOURCE 700

#include "config_file.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/catalog.h"
#include "../core/xalloc.h"

char *nb_config_start_dir(const char *operand) {
  if (strcmp(operand, "-") == 0)
    return realpath(".", NULL);
  const char *slash = strrchr(operand, '/');
  if (!slash)
    return realpath(".", NULL);
  char *dir = slash == operand ? nb_xstrdup("/") : nb_xstrndup(operand, (size_t)(slash - operand));
  char *abs = realpath(dir, NULL);
  free(dir);
  return abs;
}

static bool is_regular_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *nb_config_find(const char *dir) {
  char *here = nb_xstrdup(dir);
  for (;;) {
    bool root = strcmp(here, "/") == 0;
    char *candidate = nb_strdup_printf("%s/%s", root ? "" : here, NB_CONFIG_NAME);
    if (is_regular_file(candidate)) {
      free(here);
      return candidate;
    }
    free(candidate);
    char *slash = strrchr(here, '/');
    if (root || !slash)
      break;
    if (slash == here)
      slash[1] = '\0'; /* "/a" -> "/" */
    else
      *slash = '\0';
  }
  free(here);
  return NULL;
}

static char *message(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 2, 4)));

static char *message(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...) {
  va_list ap;
  va_start(ap, en_fmt);
  char *s = nb_strdup_vprintf(lang == NB_LANG_EN ? en_fmt : zh_fmt, ap);
  va_end(ap);
  return s;
}

/* A value as JSON text, for messages; heap string. */
static char *json_text(const json_t *value) {
  char *dumped = json_dumps(value, JSON_ENCODE_ANY | JSON_COMPACT);
  char *s = nb_xstrdup(dumped ? dumped : "?");
  free(dumped);
  return s;
}

static bool parse_rule(const char *id, const json_t *value, const char *name, nb_lang lang,
                       nb_settings *out, char **error) {
  if (!nb_catalog_find(id)) {
    *error = message(lang, "%s：rules.%s：没有这条规则（nianbao rules 列出全部规则）",
                     "%s: rules.%s: no such rule (nianbao rules lists them all)", name, id);
    return false;
  }
  int severity = json_is_string(value) ? nb_severity_parse(json_string_value(value)) : -1;
  if (severity >= 0)
    return nb_settings_set_rule(out, id, (nb_severity)severity);
  if (json_is_boolean(value))
    return nb_settings_enable_rule(out, id, json_is_true(value));
  char *shown = json_text(value);
  *error = message(lang,
                   "%s：rules.%s 的值 %s 无效（可用 \"off\"、\"error\"、\"warning\"、\"info\"、"
                   "true 或 false）",
                   "%s: rules.%s: invalid value %s (expected \"off\", \"error\", \"warning\", "
                   "\"info\", true or false)",
                   name, id, shown);
  free(shown);
  return false;
}

static bool parse_rules(const json_t *rules, const char *name, nb_lang lang, nb_settings *out,
                        char **error) {
  if (!json_is_object(rules)) {
    *error = message(lang, "%s：rules 应是一个对象（规则 id 到严重级别）",
                     "%s: rules: must be an object (rule id to severity)", name);
    return false;
  }
  const char *id;
  json_t *value;
  json_object_foreach((json_t *)rules, id, value) {
    if (!parse_rule(id, value, name, lang, out, error))
      return false;
  }
  return true;
}

static bool parse_organ_kind(const json_t *value, const char *name, nb_lang lang, nb_settings *out,
                             char **error) {
  int kind = nb_organ_kind_parse(json_string_value(value));
  if (kind < 0) {
    char *shown = json_text(value);
    *error = message(
        lang, "%s：organ_kind 的值 %s 无效（可用 \"department\"、\"government\" 或 \"township\"）",
        "%s: organ_kind: invalid value %s (expected \"department\", \"government\" or "
        "\"township\")",
        name, shown);
    free(shown);
    return false;
  }
  out->organ_kind = (nb_organ_kind)kind;
  return true;
}

static bool parse_lang(const json_t *value, const char *name, nb_lang lang, nb_settings *out,
                       char **error) {
  const char *s = json_string_value(value);
  int l = s ? nb_lang_parse(s) : -1;
  if (l < 0) {
    char *shown = json_text(value);
    *error = message(lang, "%s：lang 的值 %s 无效（可用 \"zh\" 或 \"en\"）",
                     "%s: lang: invalid value %s (expected \"zh\" or \"en\")", name, shown);
    free(shown);
    return false;
  }
  out->lang = l;
  return true;
}

static bool parse_object(const json_t *root, const char *name, nb_lang lang, nb_settings *out,
                         char **error) {
  if (!json_is_object(root)) {
    *error = message(lang, "%s：配置应是一个 JSON 对象",
                     "%s: the configuration must be a JSON object", name);
    return false;
  }
  const char *key;
  json_t *value;
  json_object_foreach((json_t *)root, key, value) {
    bool ok;
    if (strcmp(key, "rules") == 0)
      ok = parse_rules(value, name, lang, out, error);
    else if (strcmp(key, "organ_kind") == 0)
      ok = parse_organ_kind(value, name, lang, out, error);
    else if (strcmp(key, "lang") == 0)
      ok = parse_lang(value, name, lang, out, error);
    else if (strcmp(key, "$schema") == 0)
      ok = true; /* editors' schema hint */
    else {
      *error = message(lang, "%s：未知的键“%s”（可用 rules、organ_kind、lang）",
                       "%s: unknown key \"%s\" (expected rules, organ_kind or lang)", name, key);
      ok = false;
    }
    if (!ok)
      return false;
  }
  return true;
}

bool nb_config_parse(const char *text, size_t len, const char *name, nb_lang lang, nb_settings *out,
                     char **error) {
  nb_settings_init(out);
  *error = NULL;
  json_error_t err;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
  if (!root) {
    *error = message(lang, "%s:%d:%d：不是有效的 JSON：%s", "%s:%d:%d: invalid JSON: %s", name,
                     err.line, err.column, err.text);
    return false;
  }
  bool ok = parse_object(root, name, lang, out, error);
  json_decref(root);
  if (!ok)
    nb_settings_free(out);
  return ok;
}

static char *read_all(FILE *f, size_t *len) {
  size_t cap = 4096, n = 0;
  char *buf = nb_xmalloc(cap);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap)
      buf = nb_xrealloc(buf, cap *= 2);
  }
  *len = n;
  return buf;
}

bool nb_config_load(const char *path, nb_lang lang, nb_settings *out, char **error) {
  nb_settings_init(out);
  FILE *f = fopen(path, "rb");
  if (!f) {
    *error = message(lang, "%s：无法读取配置文件：%s", "%s: cannot read the configuration: %s",
                     path, strerror(errno));
    return false;
  }
  size_t len;
  char *text = read_all(f, &len);
  bool failed = ferror(f);
  int why = errno;
  fclose(f);
  bool ok = false;
  if (failed)
    *error = message(lang, "%s：无法读取配置文件：%s", "%s: cannot read the configuration: %s",
                     path, strerror(why));
  else
    ok = nb_config_parse(text, len, path, lang, out, error);
  free(text);
  return ok;
}

void nb_config_set_init(nb_config_set *set) {
  memset(set, 0, sizeof *set);
  nb_settings_init(&set->none);
}

void nb_config_set_free(nb_config_set *set) {
  for (int i = 0; i < set->count; i++) {
    free(set->items[i]->path);
    nb_settings_free(&set->items[i]->settings);
    free(set->items[i]);
  }
  free(set->items);
  nb_config_set_init(set);
}

bool nb_config_for(nb_config_set *set, const char *forced, const char *operand, nb_lang lang,
                   const nb_settings **out, char **error) {
  *error = NULL;
  char *path = NULL;
  if (forced)
    path = nb_xstrdup(forced);
  else {
    char *dir = nb_config_start_dir(operand);
    path = dir ? nb_config_find(dir) : NULL;
    free(dir);
  }
  if (!path) {
    *out = &set->none;
    return true;
  }
  for (int i = 0; i < set->count; i++)
    if (strcmp(set->items[i]->path, path) == 0) {
      free(path);
      *out = &set->items[i]->settings;
      return true;
    }
  nb_config_entry *entry = nb_xmalloc(sizeof *entry);
  if (!nb_config_load(path, lang, &entry->settings, error)) {
    free(entry);
    free(path);
    return false;
  }
  entry->path = path;
  nb_grow((void **)&set->items, &set->cap, set->count + 1, sizeof *set->items);
  set->items[set->count++] = entry;
  *out = &entry->settings;
  return true;
}
