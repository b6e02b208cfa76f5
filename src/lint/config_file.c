/* realpath() is XSI; the build asks only for POSIX.1-2008 by default. */
#define _XOPEN_SOURCE 700

#include "config_file.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/catalog.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "input.h"
#include "report_glob.h"

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

static char *message(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 2, 4)));

static char *message(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...) {
  va_list ap;
  va_start(ap, en_fmt);
  char *s = nb_strdup_vprintf(lang == NB_LANG_EN ? en_fmt : zh_fmt, ap);
  va_end(ap);
  return s;
}

typedef enum { NO_CONFIG, A_CONFIG, A_BROKEN_LINK } candidate_kind;

/* A symbolic link named .nianbao.json that leads nowhere (its target missing, or a loop) says
 * the user meant a configuration there: it is an error, never a reason to use the parent's. */
static candidate_kind candidate(const char *path, nb_lang lang, char **error) {
  struct stat st;
  if (stat(path, &st) == 0)
    return S_ISREG(st.st_mode) ? A_CONFIG : NO_CONFIG;
  int why = errno;
  if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
    return NO_CONFIG;
  if (why == ELOOP)
    *error = message(lang, "%s：符号链接成环，无法读取配置文件",
                     "%s: the symbolic link loops; cannot read the configuration", path);
  else
    *error = message(lang, "%s：符号链接指向的文件不存在，无法读取配置文件（%s）",
                     "%s: the symbolic link points to nothing; cannot read the configuration (%s)",
                     path, strerror(why));
  return A_BROKEN_LINK;
}

char *nb_config_find(const char *dir, nb_lang lang, char **error) {
  *error = NULL;
  char *here = nb_xstrdup(dir);
  for (;;) {
    bool root = strcmp(here, "/") == 0;
    char *candidate_path = nb_strdup_printf("%s/%s", root ? "" : here, NB_CONFIG_NAME);
    candidate_kind kind = candidate(candidate_path, lang, error);
    if (kind == A_CONFIG) {
      free(here);
      return candidate_path;
    }
    free(candidate_path);
    if (kind == A_BROKEN_LINK)
      break;
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

/* A value as JSON text, for messages, with every control character escaped (\u001b): what a
 * configuration holds must not reach the terminal as an escape sequence. Heap string. */
static char *json_text(const json_t *value) {
  char *dumped = json_dumps(value, JSON_ENCODE_ANY | JSON_COMPACT);
  char *s = nb_escape_controls(dumped ? dumped : "?");
  free(dumped);
  return s;
}

static bool parse_rule(const char *id, const json_t *value, const char *name, nb_lang lang,
                       nb_settings *out, char **error) {
  if (!nb_catalog_find(id)) {
    char *shown = nb_escape_controls(id);
    *error = message(lang, "%s：rules.%s：没有这条规则（nianbao rules 列出全部规则）",
                     "%s: rules.%s: no such rule (nianbao rules lists them all)", name, shown);
    free(shown);
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

static bool parse_reports(const json_t *value, const char *name, nb_lang lang, nb_settings *out,
                          char **error) {
  size_t i;
  const json_t *item;
  bool ok = json_is_array(value);
  json_array_foreach(value, i, item) ok = ok && json_is_string(item) && json_string_length(item);
  if (!ok) {
    *error = message(lang, "%s：reports 应是由文件名模式（非空字符串）组成的数组",
                     "%s: reports: must be an array of file patterns (non-empty strings)", name);
    return false;
  }
  for (int k = 0; k < out->nreports; k++)
    free(out->reports[k]);
  free(out->reports);
  out->nreports = (int)json_array_size(value);
  out->reports = nb_xcalloc((size_t)out->nreports + 1, sizeof *out->reports);
  json_array_foreach(value, i, item) out->reports[i] = nb_xstrdup(json_string_value(item));
  return true;
}

static bool parse_previous(const json_t *value, const char *name, nb_lang lang, nb_settings *out,
                           char **error) {
  if (!json_is_string(value) || !json_string_length(value)) {
    *error =
        message(lang, "%s：previous 应是上年报告的路径（非空字符串）",
                "%s: previous: must be the path of last year's report (a non-empty string)", name);
    return false;
  }
  free(out->previous);
  out->previous = nb_xstrdup(json_string_value(value));
  return true;
}

int nb_config_parse_key(const char *key, const json_t *value, const char *name, nb_lang lang,
                        nb_settings *out, char **error) {
  static const struct {
    const char *key;
    bool (*parse)(const json_t *value, const char *name, nb_lang lang, nb_settings *out,
                  char **error);
  } keys[] = {
      {"rules", parse_rules},     {"organ_kind", parse_organ_kind}, {"lang", parse_lang},
      {"reports", parse_reports}, {"previous", parse_previous},
  };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strcmp(key, keys[i].key) == 0)
      return keys[i].parse(value, name, lang, out, error) ? 1 : 0;
  return -1;
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
    if (strcmp(key, "$schema") == 0)
      continue; /* editors' schema hint */
    int read = nb_config_parse_key(key, value, name, lang, out, error);
    if (read < 0) {
      char *shown = nb_escape_controls(key);
      *error = message(lang, "%s：未知的键“%s”（可用 rules、organ_kind、lang、reports、previous）",
                       "%s: unknown key \"%s\" (expected rules, organ_kind, lang, reports or "
                       "previous)",
                       name, shown);
      free(shown);
    }
    if (read <= 0)
      return false;
  }
  return true;
}

bool nb_config_parse(const char *text, size_t len, const char *name, nb_lang lang, nb_settings *out,
                     char **error) {
  nb_settings_init(out);
  *error = NULL;
  /* RFC 8259 lets a parser ignore a byte-order mark, and editors on Windows write one. */
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
    text += 3;
    len -= 3;
  }
  json_error_t err;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
  if (!root) {
    /* jansson quotes the bytes near the error as they are: control characters included. */
    char *why = nb_escape_controls(err.text);
    *error = message(lang, "%s:%d:%d：不是有效的 JSON：%s", "%s:%d:%d: invalid JSON: %s", name,
                     err.line, err.column, why);
    free(why);
    return false;
  }
  bool ok = parse_object(root, name, lang, out, error);
  json_decref(root);
  if (!ok)
    nb_settings_free(out);
  return ok;
}

bool nb_config_load(const char *path, nb_lang lang, nb_settings *out, char **error) {
  nb_settings_init(out);
  nb_input in;
  nb_input_status status = nb_input_read_bytes(path, NB_CONFIG_MAX_BYTES, &in);
  bool ok = false;
  if (status == NB_INPUT_NOT_FOUND || status == NB_INPUT_UNREADABLE)
    *error = message(lang, "%s：无法读取配置文件：%s", "%s: cannot read the configuration: %s",
                     path, strerror(in.error_number));
  else if (status != NB_INPUT_OK)
    *error = nb_input_error_message(&in, path, lang);
  else
    ok = nb_config_parse(in.data, in.size, path, lang, out, error);
  nb_input_free(&in);
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
    path = dir ? nb_config_find(dir, lang, error) : NULL;
    free(dir);
    if (*error)
      return false;
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

bool nb_config_patterns_name(const nb_settings *settings, const char *config_dir,
                             const char *start_dir, const char *operand) {
  if (!config_dir || !start_dir || settings->nreports == 0)
    return false;
  const char *slash = strrchr(operand, '/');
  char *real_path = nb_strdup_printf("%s/%s", strcmp(start_dir, "/") == 0 ? "" : start_dir,
                                     slash ? slash + 1 : operand);
  bool named = nb_report_glob_any(settings->reports, settings->nreports, config_dir, real_path);
  free(real_path);
  return named;
}

bool nb_config_names_report(const nb_config_set *set, const nb_settings *settings,
                            const char *operand) {
  if (strcmp(operand, "-") == 0 || settings->nreports == 0)
    return false;
  const char *config_path = NULL;
  for (int i = 0; i < set->count && !config_path; i++)
    if (&set->items[i]->settings == settings)
      config_path = set->items[i]->path;
  if (!config_path)
    return false;
  /* The configuration's folder as discovery sees a file's: absolute, through realpath(). */
  char *config_dir = nb_config_start_dir(config_path);
  char *start_dir = nb_config_start_dir(operand);
  bool named = nb_config_patterns_name(settings, config_dir, start_dir, operand);
  free(config_dir);
  free(start_dir);
  return named;
}
