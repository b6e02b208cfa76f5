/* `nianbao fmt`: see the README. */
#include "commands.h"
#include "messages.h"

int nb_cmd_fmt(int nargs, char **args, nb_lang lang) {
  (void)nargs;
  (void)args;
  return nb_cli_usage_error(lang, "命令 fmt 尚未实现", "command fmt is not implemented yet");
}
