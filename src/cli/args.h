/* A small table-driven option parser shared by the commands: each command lists its options
 * (name, whether it takes a value, how to store it) and adding an option is one table row.
 * Accepts "--opt value", "--opt=value", "--" to end options, and "-" as an operand. */
#ifndef NB_ARGS_H
#define NB_ARGS_H

#include <stdbool.h>

#include "../core/diag.h"

typedef struct {
  const char *name;       /* "--format" */
  const char *short_name; /* "-h", or NULL */
  bool takes_value;
  const char *values; /* for the error message when apply rejects a value, e.g. "gcc|json" */
  /* Stores the option into `settings`; returns false when the value is not acceptable. */
  bool (*apply)(void *settings, const char *value);
} nb_option;

typedef struct {
  const char **items; /* pointers into argv, in order; owned array */
  int count;
} nb_operands;

/* Parses args[0..nargs). On a usage error writes one line to stderr and returns false (the
 * caller exits with 2); operands are then empty. */
bool nb_args_parse(int nargs, char **args, const nb_option *table, int ntable, void *settings,
                   nb_lang lang, nb_operands *out);
void nb_operands_free(nb_operands *ops);

#endif
