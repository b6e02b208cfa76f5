#include "stream_from_cmark.h"

#include <stdbool.h>
#include <string.h>

#include "../core/text.h"
#include "extension.h"

typedef nb_stream_walker walker;

/* is_blank of a line that does not plainly end with a visible character. */
static bool is_blank_by_characters(const char *text, nb_span s) {
  for (size_t i = s.start; i < s.end;) {
    unsigned char c = (unsigned char)text[i];
    if (c == ' ' || c == '\t') {
      i++;
      continue;
    }
    if (c > ' ' && c < 0x80)
      return false;
    if (!nb_is_space_cp(nb_utf8_next(text, s.end, &i)))
      return false;
  }
  return true;
}

/* Whether the line holds white space only (nb_trim_span's: nb_is_space_cp). Its last
 * character settles nearly every line (pdftotext's lines start with dozens of spaces, rarely end
 * with one), inline; the rest are read from their start. */
static inline bool is_blank(const char *text, nb_span s) {
  if (s.start < s.end && nb_plainly_visible_before(text, s.start, s.end))
    return false;
  return is_blank_by_characters(text, s);
}

/* "===" / "---" under a setext heading's text. */
static bool is_setext_underline(const char *text, nb_span s) {
  size_t a = s.start, b = s.end;
  nb_trim_span(text, &a, &b);
  if (a >= b || (text[a] != '=' && text[a] != '-'))
    return false;
  for (size_t i = a; i < b; i++)
    if (text[i] != text[a])
      return false;
  return true;
}

/* Lines the walk skipped between blocks (blank lines, link definitions …) still tell whether a
 * blank line stood before the next item. */
static void note_gap(walker *w, int upto) {
  for (int l = w->last_line + 1; l < upto; l++)
    if (is_blank(w->out->text, nb_source_line(w->lines, l)))
      w->blank_seen = true;
}

static void push_line(walker *w, int line, nb_item_kind kind, int level) {
  if (line <= w->last_line)
    return;
  note_gap(w, line);
  w->last_line = line;
  nb_span s = nb_source_line(w->lines, line);
  if (is_blank(w->out->text, s)) {
    w->blank_seen = true;
    return;
  }
  nb_stream_push_line(w->out, kind, s, w->blank_seen, level, w->block);
  w->blank_seen = false;
}

/* A heading's lines up to a setext underline (the underline is markup, no line of the text). */
static void push_heading(walker *w, int first, int last, int level) {
  for (int l = first; l <= last; l++) {
    if (l > first && is_setext_underline(w->out->text, nb_source_line(w->lines, l)))
      break;
    push_line(w, l, NB_ITEM_HEADING, level);
  }
}

void nb_stream_walker_push_block(nb_stream_walker *w, nb_walked_block kind, int level, int first,
                                 int last) {
  if (kind == NB_WALKED_HEADING)
    push_heading(w, first, last, level);
  else
    for (int l = first; l <= last; l++)
      push_line(w, l, NB_ITEM_LINE, 0);
  w->block++;
}

static void push_block(walker *w, cmark_node *node) {
  int first = w->lines_before + cmark_node_get_start_line(node);
  int last = w->lines_before + cmark_node_get_end_line(node);
  cmark_node_type type = cmark_node_get_type(node);
  /* A node with no lines of its own (the paragraph pipe_table.c puts before a table whose header
   * row ends a paragraph: line 0) is a block without items, whatever piece it is in (a piece's
   * line 0 is the line before it, which a closing HTML line may have left unpushed). */
  if (cmark_node_get_start_line(node) == 0)
    w->block++;
  else if (type == CMARK_NODE_HEADING)
    nb_stream_walker_push_block(w, NB_WALKED_HEADING, cmark_node_get_heading_level(node), first,
                                last);
  else if (type == NIANBAO_NODE_SECTION_HEADING)
    nb_stream_walker_push_block(w, NB_WALKED_HEADING, 0, first, last);
  else
    nb_stream_walker_push_block(w, NB_WALKED_LINES, 0, first, last);
}

/* Blocks whose children are other blocks; everything else is walked as one leaf block (a GFM
 * table's rows included). */
static bool is_container(cmark_node *node) {
  cmark_node_type t = cmark_node_get_type(node);
  return t == CMARK_NODE_DOCUMENT || t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST ||
         t == CMARK_NODE_ITEM || t == CMARK_NODE_FOOTNOTE_DEFINITION || t == NIANBAO_NODE_SECTION ||
         t == NIANBAO_NODE_TABLE;
}

void nb_stream_walker_init(nb_stream_walker *w, const nb_line_index *lines, nb_stream *out) {
  memset(w, 0, sizeof *w);
  w->lines = lines;
  w->out = out;
}

void nb_stream_walk(nb_stream_walker *w, cmark_node *root, int lines_before) {
  w->lines_before = lines_before;
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *node = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || is_container(node))
      continue;
    push_block(w, node);
    /* Skip the leaf's own children (inlines, table rows). */
    if (cmark_node_first_child(node))
      cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
  }
  cmark_iter_free(it);
}

void nb_stream_from_cmark(cmark_node *root, const nb_line_index *lines, nb_stream *out) {
  nb_stream_walker w;
  nb_stream_walker_init(&w, lines, out);
  nb_stream_walk(&w, root, 0);
}
