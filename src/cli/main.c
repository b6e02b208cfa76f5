/* nianbao: the command line. Global options (--help, --version, --lang) come before the
 * command; everything after the command is that command's. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "lang.h"
#include "messages.h"
#include "stdout_guard.h"

typedef struct {
  const char *name;
  int (*run)(int nargs, char **args, nb_lang lang);
} command;

static const command commands[] = {
    {"lint", nb_cmd_lint},       {"rules", nb_cmd_rules},       {"fmt", nb_cmd_fmt},
    {"extract", nb_cmd_extract}, {"template", nb_cmd_template}, {"lsp", nb_cmd_lsp},
};

/* Every command's output ends here: a write to standard output that failed (a full disk,
 * /dev/full, a pipe closed while SIGPIPE is ignored — with SIGPIPE at its default the
 * process ends there, as any filter does) is one line on stderr and exit status 2, never a
 * truncated document and exit 0. */
static int finish(int status, nb_lang lang) {
  int error_number = nb_stdout_error();
  if (error_number == 0)
    return status;
  nb_cli_error(lang, "无法写入标准输出：%s", "cannot write to standard output: %s",
               strerror(error_number));
  return 2;
}

static int run(int argc, char **argv, nb_lang lang) {
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

int main(int argc, char **argv) {
  nb_stdout_guard();
  nb_lang lang = nb_lang_initial(argc, argv);
  return finish(run(argc, argv, lang), lang);
}
