/* The .nianbao.json configuration file: finding it (walking up from a linted file's directory
 * to the filesystem root; the first one found wins) and reading it into nb_settings:
 *
 *   {"rules": {"label-typo": "off", "table-cell-empty": "error", "copied-text": false},
 *    "organ_kind": "department" | "government" | "township",
 *    "lang": "zh" | "en"}
 *
 * A rule's value is "off", "error", "warning", "info", true (its default severity) or false
 * (off). Anything wrong (invalid JSON, an unknown key or rule id, a bad value) is an error of
 * one line that names the file and the key: a configuration is never half applied. */
#ifndef NB_CONFIG_FILE_H
#define NB_CONFIG_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/settings.h"

#define NB_CONFIG_NAME ".nianbao.json"

/* The absolute directory discovery starts from for an operand: the file's directory, or the
 * current directory for "-". NULL when that directory does not exist. Heap string. */
char *nb_config_start_dir(const char *operand);

/* The path of the first NB_CONFIG_NAME (a regular file) in `dir` or one of its parents, or
 * NULL. `dir` should be absolute. Heap string. */
char *nb_config_find(const char *dir);

/* Parses a configuration's text into `out` (initialised here). On error returns false, with
 * *error a heap string of one line (no newline) in `lang`, naming `name` and the key. */
bool nb_config_parse(const char *text, size_t len, const char *name, nb_lang lang, nb_settings *out,
                     char **error);

/* Reads the file at `path` and parses it, as nb_config_parse. */
bool nb_config_load(const char *path, nb_lang lang, nb_settings *out, char **error);

/* The configurations of one lint run: each file read once, however many operands it covers. */
typedef struct {
  char *path;
  nb_settings settings;
} nb_config_entry;

typedef struct {
  nb_config_entry **items; /* owned, stable addresses */
  int count;
  int cap;
  nb_settings none; /* for operands no configuration applies to */
} nb_config_set;

void nb_config_set_init(nb_config_set *set);
void nb_config_set_free(nb_config_set *set);

/* The settings for `operand`: those of the file `forced` (--config) when not NULL, else of the
 * file discovered from the operand's directory, else no settings at all. On error returns
 * false with *error as nb_config_parse's. *out stays valid until nb_config_set_free. */
bool nb_config_for(nb_config_set *set, const char *forced, const char *operand, nb_lang lang,
                   const nb_settings **out, char **error);

#endif
