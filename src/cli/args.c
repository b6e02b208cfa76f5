#include "args.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "messages.h"

/* The table row for `arg` ("--name" or "--name=value"), or NULL; *inline_value is set to the
 * text after '=' when there is one. */
static const nb_option *find_option(const char *arg, const nb_option *table, int ntable,
                                    const char **inline_value) {
  *inline_value = NULL;
  const char *eq = strncmp(arg, "--", 2) == 0 ? strchr(arg, '=') : NULL;
  size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
  for (int i = 0; i < ntable; i++) {
    const nb_option *o = &table[i];
    if ((strlen(o->name) == name_len && strncmp(o->name, arg, name_len) == 0) ||
        (!eq && o->short_name && strcmp(o->short_name, arg) == 0)) {
      if (eq)
        *inline_value = eq + 1;
      return o;
    }
  }
  return NULL;
}

static bool fail(nb_operands *out) {
  nb_operands_free(out);
  return false;
}

bool nb_args_parse(int nargs, char **args, const nb_option *table, int ntable, void *settings,
                   nb_lang lang, nb_operands *out) {
  out->items = nb_xcalloc((size_t)nargs + 1, sizeof *out->items);
  out->count = 0;
  bool options_done = false;
  for (int i = 0; i < nargs; i++) {
    const char *arg = args[i];
    if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
      out->items[out->count++] = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      options_done = true;
      continue;
    }
    const char *value;
    const nb_option *o = find_option(arg, table, ntable, &value);
    if (!o) {
      nb_cli_usage_error(lang, "未知选项 %s", "unknown option %s", arg);
      return fail(out);
    }
    if (o->takes_value && !value) {
      if (i + 1 >= nargs) {
        nb_cli_usage_error(lang, "选项 %s 需要一个值", "option %s needs a value", o->name);
        return fail(out);
      }
      value = args[++i];
    } else if (!o->takes_value && value) {
      nb_cli_usage_error(lang, "选项 %s 不带值", "option %s takes no value", o->name);
      return fail(out);
    }
    if (!o->apply(settings, value)) {
      if (o->values)
        nb_cli_usage_error(lang, "选项 %s 的值无效：%s（可用 %s）",
                           "invalid value for %s: %s (expected %s)", o->name, value ? value : "",
                           o->values);
      else
        nb_cli_usage_error(lang, "选项 %s 的值无效：%s", "invalid value for %s: %s", o->name,
                           value ? value : "");
      return fail(out);
    }
  }
  return true;
}

void nb_operands_free(nb_operands *ops) {
  free(ops->items);
  ops->items = NULL;
  ops->count = 0;
}
