/* The bytes cmark-gfm is fed for a text: only what decides its block structure.
 *
 * The stream takes from cmark-gfm each leaf block's kind, heading level and first and last
 * line, then reads the lines from the text itself (stream_from_cmark.c). Most lines of a report
 * are prose: their first character starts no block, and nothing after it changes what cmark-gfm
 * decides. Such a line is fed cut after that character, its line break kept, so every line keeps
 * its number; cmark-gfm then scans and copies a few bytes of it instead of all.
 *
 * What cmark-gfm reads past a line's first non-blank character, and how it is kept whole:
 * link reference definitions (a paragraph's text, at its end: no cut in a text with "]:"), the
 * end conditions of HTML blocks of kinds 1 to 5 (no cut from the first line that may open one),
 * a paragraph's last line as a table's header row (pipe_table.c: its pipes are counted when the
 * next line may be a delimiter row) and the nianbao extension's hook (extension.c: only lines it
 * turns away by their first character). Everything else is settled by the white space before
 * that character, kept, and the character itself, one that opens no block.
 *
 * The pipes of rows too long for cmark-gfm's table extension are masked in the same copy. */
#ifndef NB_CMARK_INPUT_H
#define NB_CMARK_INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* What a text's lines are cut by, decided once for the whole text. */
typedef struct {
  size_t len; /* the whole text's */
  /* False when the text holds "]:", without which there is no link reference definition. A
   * definition is read from a paragraph's text when the paragraph is finished, over as many
   * lines as its title goes on, and a paragraph made of definitions only is dropped: cut lines
   * there could change which. (Cutting never makes "]:": a cut line keeps a first character
   * that is no ']' and its line break.) */
  bool may_cut;
  /* Where the first line that may open an HTML block of kinds 1 to 5 starts (one holding '<'
   * then one of "!?sSpPtT"), SIZE_MAX for none: such a block ends at the first line holding a
   * '>' (after "-->", "?>", "]]>", "</pre>" …), looked for over the whole line, so from there
   * on lines are fed whole (in an HTML text most lines hold a '>': few could be cut). */
  size_t html_from;
  /* A line is looked at only when what may be cut of it is at least this long (the tests cut
   * shorter ones too). */
  size_t min_cut;
  /* Whether line breaks are looked for 32 bytes a step (AVX2; the tests take both ways). */
  bool wide;
} nb_cut_plan;

/* Cutting a few bytes saves cmark-gfm less than looking at the line costs (a text of a cell per
 * line has thousands of short lines). */
enum { NB_MIN_CUT_BYTES = 32 };

/* The plan for text[0, len). */
nb_cut_plan nb_cut_plan_of(const char *text, size_t len);

/* What cmark-gfm is to parse for the whole lines text[from, to): a new buffer of *fed_len
 * bytes, lines cut as `plan` (NULL: none cut) allows and runaway rows' pipes masked, or NULL
 * when that is text[from, to) itself (then *fed_len is to - from). */
char *nb_cmark_input(const char *text, size_t from, size_t to, const nb_cut_plan *plan,
                     size_t *fed_len);

#endif
