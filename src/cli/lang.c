#include "lang.h"

#include <stdlib.h>
#include <string.h>

nb_lang nb_lang_from_env(void) {
  return nb_lang_from_locale(getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"));
}

static bool lang_on_command_line;

bool nb_lang_given_on_command_line(void) {
  return lang_on_command_line;
}

nb_lang nb_lang_initial(int argc, char **argv) {
  nb_lang lang = nb_lang_from_env();
  for (int i = 1; i < argc; i++) {
    const char *value = NULL;
    if (strcmp(argv[i], "--") == 0)
      break;
    if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
      value = argv[++i];
    else if (strncmp(argv[i], "--lang=", 7) == 0)
      value = argv[i] + 7;
    if (value && nb_lang_parse(value) >= 0) {
      lang = (nb_lang)nb_lang_parse(value);
      lang_on_command_line = true;
    }
  }
  return lang;
}
