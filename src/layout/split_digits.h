/* Digits of several cells run together, cut back into cells with the help of the row's own
 * arithmetic.
 *
 * When the digits are exactly as many as the cells, each digit is a cell (the assembler does
 * that by counting). When there are more digits than cells ("450000045" for a seven-cell row,
 * "7100000 71" broken by a stray space), counting cannot say where one number ends: every way
 * of cutting the tokens into the row's cells is tried — a space always separates cells, and no
 * part but "0" itself starts with 0 — and a cut is taken only when it is the one cut that makes
 * every relation the template states within the row hold (its 总计 equals the sum of the
 * others). The caller must then never use that row to check those relations: they chose the
 * values. */
#ifndef NB_SPLIT_DIGITS_H
#define NB_SPLIT_DIGITS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/template.h"

/* One token of ASCII digits, as written. */
typedef struct {
  const char *text;
  size_t len;
} nb_digit_token;

/* A cell cut out of a token: bytes [start, end) of token `token`. */
typedef struct {
  int token;
  size_t start, end;
  double value;
} nb_digit_part;

typedef enum {
  NB_SPLIT_NONE,      /* no cut makes the relations hold, or the row has none to go by */
  NB_SPLIT_UNIQUE,    /* exactly one does: `parts` holds it */
  NB_SPLIT_AMBIGUOUS, /* several do, or there were too many cuts to try */
} nb_split_result;

/* Cuts `ntokens` tokens into the `ncells` cells of template row `row` of `spec` that start at
 * column `first_col`, filling parts[0, ncells) on NB_SPLIT_UNIQUE. The relations that decide
 * are the per-row relations of the row's block that lie within those columns; *used gets bit k
 * set for each such relation k of spec->relations (0 when there is none: NB_SPLIT_NONE). */
nb_split_result nb_split_digits_by_relation(const nb_table_spec *spec, int row, int first_col,
                                            const nb_digit_token *tokens, int ntokens, int ncells,
                                            nb_digit_part *parts, unsigned *used);

#endif
