/* `nianbao rules`: the rule catalog, for people (text) or tools (json). */
#include <string.h>

#include "../output/emit.h"
#include "args.h"
#include "commands.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_format format; /* NB_FORMAT_GCC stands for plain text here */
  nb_lang lang;
  bool help;
} rules_settings;

static bool set_format(void *s, const char *v) {
  if (strcmp(v, "text") == 0)
    ((rules_settings *)s)->format = NB_FORMAT_GCC;
  else if (strcmp(v, "json") == 0)
    ((rules_settings *)s)->format = NB_FORMAT_JSON;
  else
    return false;
  return true;
}

static bool set_lang(void *s, const char *v) {
  int l = nb_lang_parse(v);
  if (l < 0)
    return false;
  ((rules_settings *)s)->lang = (nb_lang)l;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((rules_settings *)s)->help = true;
  return true;
}

static const nb_option rules_options[] = {
    {"--format", "-f", true, "text|json", set_format},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--help", "-h", false, NULL, set_help},
};

int nb_cmd_rules(int nargs, char **args, nb_lang lang) {
  rules_settings settings = {NB_FORMAT_GCC, lang, false};
  nb_operands rest;
  if (!nb_args_parse(nargs, args, rules_options,
                     (int)(sizeof rules_options / sizeof rules_options[0]), &settings, lang, &rest))
    return 2;
  int count = rest.count;
  const char *first = count > 0 ? rest.items[0] : NULL;
  nb_operands_free(&rest);
  if (count > 0)
    return nb_cli_usage_error(settings.lang, "rules 不接受参数 %s",
                              "rules takes no argument (got %s)", first);
  if (settings.help)
    nb_cli_print_help(stdout, settings.lang);
  else
    nb_emit_rules(stdout, settings.format, settings.lang);
  return 0;
}
