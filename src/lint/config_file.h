/* The .nianbao.json configuration file: finding it (walking up from a linted file's directory
 * to the filesystem root; the first one found wins) and reading it into nb_settings:
 *
 *   {"rules": {"label-typo": "off", "table-cell-empty": "error", "copied-text": false},
 *    "organ_kind": "department" | "government" | "township",
 *    "lang": "zh" | "en",
 *    "reports": ["*年度报告*.md", "年报-*.md"],
 *    "previous": "../2023/report.md"}
 *
 * "reports" and "previous" serve the language server, which finds reports and last year's
 * report itself: glob patterns (relative to the file's folder) of files that are reports
 * whatever they look like (also read by `lint --reports-only`), and the path of last year's
 * report.
 *
 * A rule's value is "off", "error", "warning", "info", true (its default severity) or false
 * (off). Anything wrong (invalid JSON, an unknown key or rule id, a bad value) is an error of
 * one line that names the file and the key: a configuration is never half applied. */
#ifndef NB_CONFIG_FILE_H
#define NB_CONFIG_FILE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/settings.h"

#define NB_CONFIG_NAME ".nianbao.json"
/* The most a configuration file may have (a real one is a few hundred bytes). */
#define NB_CONFIG_MAX_BYTES ((size_t)1 << 20)

/* The absolute directory discovery starts from for an operand: the file's directory, or the
 * current directory for "-". NULL when that directory does not exist. Heap string. */
char *nb_config_start_dir(const char *operand);

/* The path of the first NB_CONFIG_NAME (a regular file) in `dir` or one of its parents, or
 * NULL. `dir` should be absolute. Heap string. A symbolic link of that name that leads nowhere
 * (dangling, or a loop) stops the search: NULL, with *error a heap string of one line in
 * `lang` (else *error is NULL). */
char *nb_config_find(const char *dir, nb_lang lang, char **error);

/* Parses a configuration's text into `out` (initialised here). On error returns false, with
 * *error a heap string of one line (no newline) in `lang`, naming `name` and the key. */
bool nb_config_parse(const char *text, size_t len, const char *name, nb_lang lang, nb_settings *out,
                     char **error);

/* Reads one key of a configuration into `out`: 1 when it was read, 0 when its value is wrong
 * (*error as nb_config_parse's), -1 when `key` is not one of the configuration's keys. For
 * editors' settings, which use the same keys among their own. */
int nb_config_parse_key(const char *key, const json_t *value, const char *name, nb_lang lang,
                        nb_settings *out, char **error);

/* Reads the file at `path` (at most NB_CONFIG_MAX_BYTES, refused at a NUL byte, so a device
 * such as /dev/zero is refused at once) and parses it, as nb_config_parse. A UTF-8 byte-order
 * mark is skipped. */
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

/* Whether the "reports" patterns of `settings`, read from a file in `config_dir`, name `operand`,
 * whose folder is `start_dir` (nb_config_start_dir: the real path, as discovery walked it): the
 * patterns are matched against the operand's name in that folder. NULL folders: false. */
bool nb_config_patterns_name(const nb_settings *settings, const char *config_dir,
                             const char *start_dir, const char *operand);

/* Whether the "reports" patterns of `settings` (nb_config_for's result for `operand`) name the
 * file `operand`, relative to the configuration file's folder as the language server reads them.
 * Standard input ("-") has no name: false. */
bool nb_config_names_report(const nb_config_set *set, const nb_settings *settings,
                            const char *operand);

#endif
