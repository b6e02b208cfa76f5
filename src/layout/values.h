/* What one table cell's text is: a number (with an optional note), a placeholder, nothing, or
 * text; and what that means for a column of a given unit. */
#ifndef NB_VALUES_H
#define NB_VALUES_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/model.h"

typedef enum {
  NB_TOKEN_EMPTY,
  NB_TOKEN_NUMBER,      /* "21", "937.08", "-3", "1,234", "22（其中修订16件）", "3件" */
  NB_TOKEN_PLACEHOLDER, /* "/", "-", "—", "－", "——", "无" */
  NB_TOKEN_TEXT,
} nb_token_kind;

/* Fields ordered so that no padding is left but at the flags' end (64 bytes, not 72): every cell
 * of a table is read into one, cleared first, and its values move with it. */
typedef struct {
  nb_token_kind kind;
  int ndigits;      /* digits of the number */
  double value;     /* for NUMBER */
  bool negative;    /* a leading minus sign */
  bool fraction;    /* a decimal part */
  bool percent;     /* a trailing % */
  bool digits_only; /* nothing but ASCII digits: "0000000" may be cells run together */
  /* digits_only, at most 15 of them, no note, and the number is the whole text (num_start 0,
   * num_end the text's length): a value below NB_VALUE_LIMIT in a column of any unit, its cell
   * filled without asking nb_token_state or measuring the number's span (most cells). */
  bool plain;
  size_t num_start, num_end;   /* the number within the text (bytes) */
  size_t note_start, note_end; /* the note within the text; equal when there is none */
  const nb_cell_unit *unit;    /* a unit written after the number ("件", "万元"), or NULL */
} nb_token;

/* Classifies text[0, len) (already trimmed of surrounding space). */
void nb_token_read(const char *text, size_t len, nb_token *out);

/* Whether the token is a number of NB_VALUE_LIMIT (10^15) or more, in magnitude. Inline, as is
 * nb_token_state: the assembler asks both of every cell it places. */
static inline bool nb_token_too_large(const nb_token *t) {
  return t->kind == NB_TOKEN_NUMBER && (t->value >= NB_VALUE_LIMIT || t->value <= -NB_VALUE_LIMIT);
}

/* The state a cell holding this token has in a column of `unit`: VALUE, BLANK, PLACEHOLDER or
 * INVALID (text, a negative count, a fraction of a count, a percentage, a unit the column does
 * not count in: "5000元" in a column of 万元, a number too large to hold exactly). */
static inline nb_cell_state nb_token_state(const nb_token *t, nb_unit unit) {
  switch (t->kind) {
  case NB_TOKEN_EMPTY:
    return NB_CELL_BLANK;
  case NB_TOKEN_PLACEHOLDER:
    return NB_CELL_PLACEHOLDER;
  case NB_TOKEN_TEXT:
    return NB_CELL_INVALID;
  case NB_TOKEN_NUMBER:
    break;
  }
  if (t->percent || nb_token_too_large(t) || (t->unit && !nb_cell_unit_fits(t->unit, unit)))
    return NB_CELL_INVALID;
  switch (unit) {
  case NB_UNIT_COUNT:
    return t->negative || t->fraction ? NB_CELL_INVALID : NB_CELL_VALUE;
  case NB_UNIT_SIGNED_COUNT:
    return t->fraction ? NB_CELL_INVALID : NB_CELL_VALUE;
  case NB_UNIT_WANYUAN:
    return t->negative ? NB_CELL_INVALID : NB_CELL_VALUE;
  }
  return NB_CELL_INVALID;
}

/* True when text reads as a sentence rather than a table cell: it holds "。", or it is long and
 * holds clause punctuation (，；). Callers check label matches first. */
bool nb_text_is_sentence(const char *text, size_t len);

#endif
