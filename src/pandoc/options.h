/* What the user asked of the filter, read from the document's metadata: pandoc passes
 * `-M nianbao-KEY=VALUE` (or a YAML metadata block) to a filter only that way.
 *
 *   nianbao-fail-on=error|warning   exit 1 (pandoc: 83, no output) on such a finding
 *   nianbao-annotate=comments       every finding as a Word comment on what it concerns
 *   nianbao-report=FILE.json|FILE.sarif   also write the findings as `nianbao lint` does
 *   nianbao-lang=zh|en, nianbao-config=FILE   as `nianbao lint --lang/--config`
 *   nianbao-source=NAME             the file name findings are shown with (default "-")
 *
 * Any other nianbao-* key, or a value not listed, is an error: a misspelt option must not pass
 * for a check that ran. */
#ifndef NB_PANDOC_OPTIONS_H
#define NB_PANDOC_OPTIONS_H

#include <jansson.h>
#include <stdbool.h>

#include "../core/diag.h"
#include "../output/emit.h"

typedef struct {
  int fail_on; /* an nb_severity: exit 1 on a finding this severe or more; -1: never */
  bool annotate;
  char *report; /* owned, or NULL */
  nb_format report_format;
  int lang;     /* an nb_lang, or -1 when not given */
  char *config; /* owned, or NULL */
  char *source; /* owned, or NULL */
} pd_options;

/* Reads the options from `meta` (the document's metadata object). On error returns false with
 * *error a heap string of one line in `lang`. */
bool pd_options_read(const json_t *meta, nb_lang lang, pd_options *out, char **error);
void pd_options_free(pd_options *o);

/* The text of a metadata value (MetaString, MetaInlines, MetaBlocks of plain text, MetaBool as
 * "true"/"false"); heap string, or NULL for a map or list. */
char *pd_meta_text(const json_t *value);

#endif
