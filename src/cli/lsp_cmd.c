/* `nianbao lsp [--stdio]`: the language server on standard input and output (the only
 * transport; --stdio is accepted because clients pass it). Clients also pass
 * --clientProcessId=N, which is accepted and not needed: the server ends when its input does. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../lsp/server.h"
#include "args.h"
#include "commands.h"
#include "messages.h"

typedef struct {
  bool help;
} lsp_settings;

static bool set_nothing(void *s, const char *v) {
  (void)s;
  (void)v;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((lsp_settings *)s)->help = true;
  return true;
}

static const nb_option lsp_options[] = {
    {"--stdio", NULL, false, NULL, set_nothing},
    {"--clientProcessId", NULL, true, "PID", set_nothing},
    {"--help", "-h", false, NULL, set_help},
};

int nb_cmd_lsp(int nargs, char **args, nb_lang lang) {
  lsp_settings s = {false};
  nb_operands extra;
  if (!nb_args_parse(nargs, args, lsp_options, (int)(sizeof lsp_options / sizeof lsp_options[0]),
                     &s, lang, &extra))
    return 2;
  int status;
  if (s.help) {
    nb_cli_print_help(stdout, lang);
    status = 0;
  } else if (extra.count > 0) {
    status = nb_cli_usage_error(lang, "多余的参数 %s", "unexpected argument %s", extra.items[0]);
  } else {
    status = nb_lsp_serve(STDIN_FILENO, STDOUT_FILENO);
  }
  nb_operands_free(&extra);
  return status;
}
