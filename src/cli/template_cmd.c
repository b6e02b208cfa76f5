/* `nianbao template`: see the README. */
#include "commands.h"
#include "messages.h"

int nb_cmd_template(int nargs, char **args, nb_lang lang) {
  (void)nargs;
  (void)args;
  return nb_cli_usage_error(lang, "命令 template 尚未实现",
                            "command template is not implemented yet");
}
