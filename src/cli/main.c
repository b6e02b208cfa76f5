/* nianbao: the command line. Global options (--help, --version, --lang) come before the
 * command; everything after the command is that command's. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  const char *name;
  int (*run)(int nargs, char **args, nb_lang lang);
} command;

static const command commands[] = {
    {"lint", nb_cmd_lint},       {"rules", nb_cmd_rules},       {"fmt", nb_cmd_fmt},
    {"extract", nb_cmd_extract}, {"template", nb_cmd_template}, {"lsp", nb_cmd_lsp},
};

int main(int argc, char **argv) {
  nb_lang lang = nb_lang_initial(argc, argv);
  int i = 1;
  while (i < argc && argv[i][0] == '-') {
    const char *arg = argv[i];
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
      nb_cli_print_help(stdout, lang);
      return 0;
    }
    if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
      printf("nianbao %s\n", NB_VERSION);
      return 0;
    }
    if (strcmp(arg, "--lang") == 0 || strncmp(arg, "--lang=", 7) == 0) {
      const char *value = arg[6] == '=' ? arg + 7 : (i + 1 < argc ? argv[++i] : NULL);
      if (!value)
        return nb_cli_usage_error(lang, "选项 --lang 需要一个值", "option --lang needs a value");
      if (nb_lang_parse(value) < 0)
        return nb_cli_usage_error(lang, "选项 --lang 的值无效：%s（可用 zh|en）",
                                  "invalid value for --lang: %s (expected zh|en)", value);
      i++;
      continue;
    }
    return nb_cli_usage_error(lang, "未知选项 %s", "unknown option %s", arg);
  }
  if (i >= argc)
    return nb_cli_usage_error(lang, "缺少命令", "no command given");
  for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
    if (strcmp(argv[i], commands[c].name) == 0)
      return commands[c].run(argc - i - 1, argv + i + 1, lang);
  if (strcmp(argv[i], "help") == 0) {
    nb_cli_print_help(stdout, lang);
    return 0;
  }
  return nb_cli_usage_error(lang, "未知命令 %s", "unknown command %s", argv[i]);
}
