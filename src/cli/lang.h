/* Which language nianbao speaks: Chinese unless asked for English by --lang en or by the
 * locale. */
#ifndef NB_LANG_H
#define NB_LANG_H

#include <stdbool.h>

#include "../core/diag.h"

/* nb_lang_from_locale over the environment's LC_ALL, LC_MESSAGES and LANG. */
nb_lang nb_lang_from_env(void);

/* The language before any option is parsed, so that even a usage error is in the language
 * the user asked for: the last --lang VALUE / --lang=VALUE before "--" (when valid), else the
 * environment. */
nb_lang nb_lang_initial(int argc, char **argv);

/* Whether nb_lang_initial found a valid --lang: a configuration file's language then gives
 * way to it. */
bool nb_lang_given_on_command_line(void);

#endif
