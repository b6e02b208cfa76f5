/* What the command line itself says to the user (not the diagnostics): one line on stderr,
 * "nianbao: " first, in the chosen language. */
#ifndef NB_MESSAGES_H
#define NB_MESSAGES_H

#include <stdio.h>

#include "../core/diag.h"

/* zh_fmt and en_fmt take the same arguments in the same order. */
void nb_cli_error(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 2, 4)));

/* A usage error: the message, then where to look for help, on one line. Returns 2, the exit
 * status of every usage error. */
int nb_cli_usage_error(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 2, 4)));

/* The full help text (nianbao --help). */
void nb_cli_print_help(FILE *out, nb_lang lang);

#endif
