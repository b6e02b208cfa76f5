/* Section recognition over the neutral stream.
 *
 * A section heading is a short line "numeral、title" (markup such as #, ** and indentation
 * allowed) whose title matches one of the template's six section titles, exactly, as a listed
 * variant, or with a small typo. Headings the front-end already knows (ATX, setext, pandoc
 * Header) may also carry the title alone. Prose that merely mentions a title and the numbered
 * row labels of table 三 ("三、本年度办理结果") are not headings: their titles match nothing. */
#ifndef NB_SECTIONS_H
#define NB_SECTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/model.h"
#include "../core/text.h"

/* What one line says about being a section heading. */
typedef struct {
  nb_section_id id;
  nb_match match;    /* EXACT, VARIANT or TYPO */
  int numeral_value; /* 1..10 as written, 0 when the line has no numeral */
  nb_span numeral;   /* empty when there is none */
  nb_span title;     /* the title text, markup and trailing punctuation excluded */
  nb_span heading;   /* the line, trimmed of surrounding white space */
} nb_heading_guess;

/* Matches a title (UTF-8, len bytes, numeral already removed) against the section titles and
 * variants of every template. Returns NB_MATCH_NONE when it is none of them. */
nb_match nb_section_title_match(const char *title, size_t len, nb_section_id *id);

/* Reads text[line.start, line.end) as a section heading. `title_only_ok` accepts a heading
 * without numeral (for lines a front-end already marked as headings); such a heading must match
 * exactly or as a variant. */
bool nb_section_heading_parse(const char *text, nb_span line, bool title_only_ok,
                              nb_heading_guess *out);

/* Whether text[line]'s first character already says it is no heading with a numeral (nor
 * may_open_with_numeral's candidate): a printable ASCII byte that is no markup (# * _ >), or an
 * ideograph that is no numeral. Inline, for the section finder's loop over every line of the
 * stream (run again after each reflow step) and cmark-gfm's block hook, which offers every
 * line from its first non-blank. */
/* The Markdown marks a heading line may carry around its number and title (# * _ >). */
static inline bool nb_heading_markup(char c) {
  return c == '#' || c == '*' || c == '_' || c == '>';
}

static inline bool nb_section_plainly_unnumbered(const char *text, nb_span line) {
  if (line.start >= line.end)
    return false;
  unsigned char c = (unsigned char)text[line.start];
  if (c < 0x80)
    return c > ' ' && c < 0x7F && !nb_heading_markup((char)c);
  size_t numeral;
  return nb_unfolded_ideograph_len(text + line.start, line.end - line.start) &&
         !nb_parse_cn_numeral(text + line.start, line.end - line.start, &numeral);
}

/* Lines already read by nb_section_heading_read, by their bytes: what a line says about being a
 * heading depends on nothing else. */
typedef struct nb_heading_memo nb_heading_memo;

/* nb_section_heading_parse, remembered in *memo (created on first use; NULL memo: not
 * remembered): a line with the same bytes is parsed once, wherever it stands. */
bool nb_section_heading_read(nb_heading_memo **memo, const char *text, nb_span line,
                             bool title_only_ok, nb_heading_guess *out);

void nb_heading_memo_free(nb_heading_memo *memo);

/* Gives `memo` (filled while parsing, or NULL) to r: nb_find_sections reads through it, and
 * nb_report_free frees it. */
void nb_sections_adopt_memo(nb_report *r, nb_heading_memo *memo);

/* Narrows [*start, *end) past white space and Markdown markup (# * _ >) at both ends. */
void nb_strip_markup(const char *text, size_t *start, size_t *end);

/* Fills r->sections from r->stream (replacing any previous list). Duplicates and sections out
 * of order are kept as found. Lines are read through r->heading_memo. */
void nb_find_sections(nb_report *r);

/* Where the heading nb_find_sections would list first starts, SIZE_MAX when it would list none.
 * Finds only that heading when no section can be found by position ahead of it (it is 一, the
 * usual case); otherwise runs nb_find_sections. */
size_t nb_first_section_start(nb_report *r);

/* Index of the stream item holding section `s`'s heading. */
static inline int nb_section_heading_item(const nb_section *s) {
  return s->first_item - 1;
}

#endif
