/* The bytes cmark-gfm is fed for a stretch of a text: the text itself, but for the pipes of rows
 * too long for cmark-gfm's table extension, which are masked in a copy (cmark_input.c).
 *
 * (Lines used to be fed cut after their first character, to spare cmark-gfm reading prose it
 * has no use for. Since plain lines are read without cmark-gfm (plain_blocks.h), what it is
 * fed is mostly Markdown, and looking for lines to cut cost more than it spared.) */
#ifndef NB_CMARK_INPUT_H
#define NB_CMARK_INPUT_H

#include <stddef.h>

/* What cmark-gfm is to parse for the whole lines text[from, to): a new buffer of the same
 * length with runaway rows' pipes masked, or NULL when that is text[from, to) itself. */
char *nb_cmark_input(const char *text, size_t from, size_t to);

#endif
