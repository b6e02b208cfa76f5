/* `nianbao extract`: see the README. */
#include "commands.h"
#include "messages.h"

int nb_cmd_extract(int nargs, char **args, nb_lang lang) {
  (void)nargs;
  (void)args;
  return nb_cli_usage_error(lang, "命令 extract 尚未实现",
                            "command extract is not implemented yet");
}
