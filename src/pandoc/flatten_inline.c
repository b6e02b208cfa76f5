/* Inline elements to text: what a reader of the document sees, in order. Markup adds nothing
 * (emphasis, links); footnotes, images and Word comments are not the report's text. */
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "flat_internal.h"

/* Spans that carry no text of the document: a Word comment's own text (pandoc
 * --track-changes=all reads comments back as these), deleted text of a tracked change. */
static bool is_not_text(const json_t *attr) {
  return pd_attr_has_class(attr, "comment-start") || pd_attr_has_class(attr, "comment-end") ||
         pd_attr_has_class(attr, "deletion");
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* <br>, <br/>, <br /> in any case. */
static bool is_line_break_tag(const char *s) {
  if (s[0] != '<' || (s[1] != 'b' && s[1] != 'B') || (s[2] != 'r' && s[2] != 'R'))
    return false;
  for (s += 3; *s == ' ' || *s == '/'; s++)
    ;
  return s[0] == '>' && s[1] == '\0';
}

static void text_run(pd_flattener *fl, const char *s, size_t n, json_t *list, size_t i,
                     bool is_str) {
  if (n == 0)
    return;
  pd_put(fl, s, n);
  size_t start = fl->text.len - n;
  pd_add_run(fl, start, list, i, is_str);
}

/* A Space keeps the width it had in the source when its position says (columns aligned with
 * spaces, as pdftotext writes them); else it is one space. */
static void space(pd_flattener *fl, json_t *list, size_t i) {
  static const char spaces[] = "                                ";
  int width = 1;
  if (fl->span_pos.line > 0 && fl->span_start == fl->text.len &&
      fl->span_end.line == fl->span_pos.line)
    width = fl->span_end.column - fl->span_pos.column;
  if (width < 1)
    width = 1;
  if (width > (int)sizeof spaces - 1)
    width = (int)sizeof spaces - 1;
  text_run(fl, spaces, (size_t)width, list, i, false);
}

/* Comments added to this document must not reuse the id of one it has already. */
static void note_comment_id(pd_flattener *fl, const json_t *attr) {
  const char *id = pd_attr_value(attr, "id");
  if (!id)
    return;
  char *end;
  long n = strtol(id, &end, 10);
  if (*end == '\0' && n > fl->f->max_comment_id && n < 1000000000)
    fl->f->max_comment_id = (int)n;
}

static void span(pd_flattener *fl, json_t *c) {
  json_t *attr = pd_at(c, 0);
  if (is_not_text(attr)) {
    note_comment_id(fl, attr);
    return;
  }
  pd_pos saved = fl->span_pos, saved_end = fl->span_end;
  size_t saved_start = fl->span_start;
  pd_pos a, b;
  if (pd_attr_pos(fl, attr, &a, &b)) {
    if (fl->need_anchor)
      pd_add_anchor(fl, fl->text.len, a);
    fl->span_pos = a;
    fl->span_end = b;
    fl->span_start = fl->text.len;
  }
  pd_flatten_inlines(fl, pd_at(c, 1));
  fl->span_pos = saved;
  fl->span_end = saved_end;
  fl->span_start = saved_start;
}

static void element(pd_flattener *fl, json_t *list, size_t i) {
  json_t *node = pd_at(list, i);
  const char *t = pd_type(node);
  json_t *c = pd_content(node);
  switch (t[0]) {
  case 'S':
    if (strcmp(t, "Str") == 0) {
      const char *s = pd_string(c);
      if (s)
        text_run(fl, s, json_string_length(c), list, i, true);
    } else if (strcmp(t, "Space") == 0) {
      space(fl, list, i);
    } else if (strcmp(t, "SoftBreak") == 0) {
      pd_break(fl);
    } else if (strcmp(t, "Span") == 0) {
      span(fl, c);
    } else if (strcmp(t, "Strong") == 0 || strcmp(t, "Strikeout") == 0 ||
               strcmp(t, "Superscript") == 0 || strcmp(t, "Subscript") == 0 ||
               strcmp(t, "SmallCaps") == 0) {
      pd_flatten_inlines(fl, c);
    }
    return;
  case 'E': /* Emph */
  case 'U': /* Underline */
    if (strcmp(t, "Emph") == 0 || strcmp(t, "Underline") == 0)
      pd_flatten_inlines(fl, c);
    return;
  default:
    break;
  }
  if (strcmp(t, "LineBreak") == 0) {
    pd_break(fl);
  } else if (strcmp(t, "Quoted") == 0) {
    bool dbl = pd_is(pd_at(c, 0), "DoubleQuote");
    const char *open = dbl ? "“" : "‘", *close = dbl ? "”" : "’";
    text_run(fl, open, strlen(open), list, i, false);
    pd_flatten_inlines(fl, pd_at(c, 1));
    text_run(fl, close, strlen(close), list, i, false);
  } else if (strcmp(t, "Link") == 0 || strcmp(t, "Cite") == 0) {
    pd_flatten_inlines(fl, pd_at(c, 1));
  } else if (strcmp(t, "Code") == 0 || strcmp(t, "Math") == 0) {
    json_t *s = pd_at(c, 1);
    if (json_is_string(s))
      text_run(fl, json_string_value(s), json_string_length(s), list, i, false);
  } else if (strcmp(t, "RawInline") == 0) {
    const char *format = pd_string(pd_at(c, 0));
    const char *s = pd_string(pd_at(c, 1));
    if (!format || !s || strcmp(format, "html") != 0)
      return;
    /* Comments stay, so that <!-- nianbao-disable-line --> works as in a Markdown file. */
    if (starts_with(s, "<!--"))
      text_run(fl, s, strlen(s), list, i, false);
    else if (is_line_break_tag(s))
      pd_break(fl);
  }
  /* Image, Note: not the text of the report. */
}

void pd_flatten_inlines(pd_flattener *fl, json_t *list) {
  size_t n = json_array_size(list);
  for (size_t i = 0; i < n; i++)
    element(fl, list, i);
}
