/* The subcommands. Each takes the arguments after its name and returns the exit status:
 * 0 fine, 1 an error-severity finding (lint), 2 usage error or unreadable input. */
#ifndef NB_COMMANDS_H
#define NB_COMMANDS_H

#include "../core/diag.h"

int nb_cmd_lint(int nargs, char **args, nb_lang lang);
int nb_cmd_rules(int nargs, char **args, nb_lang lang);
int nb_cmd_fmt(int nargs, char **args, nb_lang lang);      /* fmt_cmd.c */
int nb_cmd_extract(int nargs, char **args, nb_lang lang);  /* extract_cmd.c */
int nb_cmd_template(int nargs, char **args, nb_lang lang); /* template_cmd.c */
int nb_cmd_lsp(int nargs, char **args, nb_lang lang);      /* lsp_cmd.c */

#endif
