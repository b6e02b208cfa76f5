/* Which language nianbao speaks: Chinese unless asked for English by --lang en or by the
 * locale. */
#ifndef NB_LANG_H
#define NB_LANG_H

#include <stdbool.h>

#include "../core/diag.h"

/* From the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty (POSIX's order):
 * English when it starts with "en", Chinese otherwise (and when none is set). */
nb_lang nb_lang_from_locale(const char *lc_all, const char *lc_messages, const char *lang);
nb_lang nb_lang_from_env(void);

/* "zh" or "en"; -1 for anything else. */
int nb_lang_parse(const char *name);

/* The language before any option is parsed, so that even a usage error is in the language
 * the user asked for: the last --lang VALUE / --lang=VALUE before "--" (when valid), else the
 * environment. */
nb_lang nb_lang_initial(int argc, char **argv);

/* Whether nb_lang_initial found a valid --lang: a configuration file's language then gives
 * way to it. */
bool nb_lang_given_on_command_line(void);

#endif
