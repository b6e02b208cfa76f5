/* Inline suppression, as markdownlint does it, in HTML comments that no renderer shows:
 *
 *   <!-- nianbao-disable [ids] -->            from this line on (until nianbao-enable)
 *   <!-- nianbao-enable [ids] -->             from this line on
 *   <!-- nianbao-disable-line [ids] -->       this line only
 *   <!-- nianbao-disable-next-line [ids] -->  the line after the comment (after its -->)
 *   <!-- nianbao-disable-file [ids] -->       the whole file, wherever the comment stands
 *
 * No ids means every rule; ids are separated by spaces or commas, and an id no rule has simply
 * never matches. disable/enable are not a stack: each comment sets the state of the rules it
 * names (markdownlint's behaviour), and a comment's line already has the state it sets. A
 * diagnostic is suppressed by the line of its span's start (the end of the text counts as the
 * line after the last, whether or not the text ends with a line break). Pure functions over the
 * text, so the language server can use them as the command line does. */
#ifndef NB_SUPPRESS_H
#define NB_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef enum {
  NB_SUPPRESS_DISABLE,
  NB_SUPPRESS_ENABLE,
  NB_SUPPRESS_DISABLE_LINE,
  NB_SUPPRESS_DISABLE_NEXT_LINE,
  NB_SUPPRESS_DISABLE_FILE,
} nb_suppress_kind;

typedef struct {
  nb_suppress_kind kind;
  int line;     /* 1-based line of the comment's "<!--" */
  int end_line; /* 1-based line of its "-->" (comments may span lines) */
  char **ids;   /* owned; none = every rule */
  int nids;
  nb_span span; /* the comment's bytes, "<!--" to "-->" */
} nb_suppress_comment;

typedef struct {
  nb_suppress_comment *items; /* in document order */
  int count;
  int cap;
} nb_suppressions;

/* Finds every nianbao-* comment in `text`. */
void nb_suppressions_parse(const char *text, size_t len, nb_suppressions *out);
void nb_suppressions_free(nb_suppressions *s);

/* Whether a finding of `rule` on 1-based `line` is suppressed. */
bool nb_suppressions_cover(const nb_suppressions *s, int line, const char *rule);

/* The text the model should be built from, in which no nianbao-* comment is seen wherever it
 * stands: a copy of `text` (heap, NUL-terminated, same length, so every byte offset stays the
 * same) with each such comment replaced by spaces, line breaks inside it too. A comment beside
 * other text (the end of a table row, of a heading) then no longer becomes a table cell or part
 * of a title; a comment alone on its lines also takes the line break before it, so its line
 * joins the one above and leaves no line — a blank one would end a table — between two table
 * rows. NULL when there is no such comment. Suppression itself (nb_suppress_apply) reads the
 * original text's lines. `comments` are nb_suppressions_parse's of this text when the caller
 * keeps them for nb_suppressions_apply (the text is then scanned for comments once), or NULL:
 * they are found here. */
char *nb_suppress_blank(const char *text, size_t len, const nb_suppressions *comments);

/* What nb_suppress_blank_in_place overwrote, for nb_suppress_unblank. */
typedef struct {
  nb_span *ranges; /* the blanked bytes, in document order; they never overlap */
  int count;
  char *saved; /* their original bytes, one range after another */
} nb_suppress_undo;

/* nb_suppress_blank for a caller that owns a writable text: the same bytes become spaces in
 * `text` itself, so that no copy of a large report is made, and `undo` keeps what they were.
 * `comments` are nb_suppressions_parse's of this text, which the caller keeps for
 * nb_suppressions_apply: the text is scanned for comments once. Returns false, with nothing
 * changed and nothing to undo, when there is no such comment; otherwise nb_suppress_unblank
 * must be called before the text is used again as the user's. */
bool nb_suppress_blank_in_place(char *text, size_t len, const nb_suppressions *comments,
                                nb_suppress_undo *undo);

/* Puts back what nb_suppress_blank_in_place overwrote and frees `undo`. */
void nb_suppress_unblank(char *text, nb_suppress_undo *undo);

/* Removes from `diags` (whose spans point into `text`) every suppressed diagnostic. */
void nb_suppress_apply(const char *text, size_t len, nb_diag_list *diags);

/* nb_suppress_apply with the comments nb_suppressions_parse found in `text` already. */
void nb_suppressions_apply(const nb_suppressions *comments, const char *text, size_t len,
                           nb_diag_list *diags);

#endif
