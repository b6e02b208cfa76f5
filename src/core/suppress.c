#include "suppress.h"

#include <stdlib.h>
#include <string.h>

#include "position.h"
#include "settings.h"
#include "text.h"
#include "xalloc.h"

static const struct {
  const char *keyword;
  nb_suppress_kind kind;
} keywords[] = {
    {"nianbao-disable", NB_SUPPRESS_DISABLE},
    {"nianbao-enable", NB_SUPPRESS_ENABLE},
    {"nianbao-disable-line", NB_SUPPRESS_DISABLE_LINE},
    {"nianbao-disable-next-line", NB_SUPPRESS_DISABLE_NEXT_LINE},
    {"nianbao-disable-file", NB_SUPPRESS_DISABLE_FILE},
};

static bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ',';
}

/* The next word of [*p, end), skipping separators; false when none is left. */
static bool next_word(const char **p, const char *end, const char **word, size_t *n) {
  const char *s = *p;
  while (s < end && is_separator(*s))
    s++;
  const char *e = s;
  while (e < end && !is_separator(*e))
    e++;
  *p = e;
  *word = s;
  *n = (size_t)(e - s);
  return e > s;
}

static int keyword_kind(const char *word, size_t n) {
  for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
    if (strlen(keywords[k].keyword) == n && memcmp(keywords[k].keyword, word, n) == 0)
      return (int)keywords[k].kind;
  return -1;
}

/* This scan runs over every byte of every file; nb_find_bytes stops only where the marker's
 * last byte is, '-', which reports and HTML tables hardly contain. */
static const char *find_comment_open(const char *from, const char *end) {
  return nb_find_bytes(from, (size_t)(end - from), "<!--", 4);
}

static const char *find_comment_close(const char *from, const char *end) {
  return nb_find_bytes(from, (size_t)(end - from), "-->", 3);
}

/* Reads the comment whose body is [body, body_end); false when it is not a nianbao-* one. */
static bool parse_comment(const char *body, const char *body_end, nb_suppress_comment *c) {
  const char *p = body, *word;
  size_t n;
  if (!next_word(&p, body_end, &word, &n))
    return false;
  int kind = keyword_kind(word, n);
  if (kind < 0)
    return false;
  memset(c, 0, sizeof *c);
  c->kind = (nb_suppress_kind)kind;
  int cap = 0;
  while (next_word(&p, body_end, &word, &n)) {
    nb_grow((void **)&c->ids, &cap, c->nids + 1, sizeof *c->ids);
    c->ids[c->nids++] = nb_xstrndup(word, n);
  }
  return true;
}

static int line_of(const nb_line_index *ix, size_t offset) {
  return nb_position_of(ix, offset, NB_COLUMNS_UTF8).line + 1;
}

void nb_suppressions_parse(const char *text, size_t len, nb_suppressions *out) {
  memset(out, 0, sizeof *out);
  const char *end = text + len;
  const char *open = find_comment_open(text, end);
  if (!open)
    return;
  nb_line_index ix;
  nb_line_index_build(&ix, text, len);
  while (open) {
    const char *body = open + 4;
    const char *close = find_comment_close(body, end);
    if (!close)
      break; /* an unclosed comment is no comment */
    nb_suppress_comment c;
    if (parse_comment(body, close, &c)) {
      c.line = line_of(&ix, (size_t)(open - text));
      c.end_line = line_of(&ix, (size_t)(close - text));
      c.span = (nb_span){(size_t)(open - text), (size_t)(close + 3 - text)};
      nb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
      out->items[out->count++] = c;
    }
    open = find_comment_open(close + 3, end);
  }
  nb_line_index_free(&ix);
}

void nb_suppressions_free(nb_suppressions *s) {
  for (int i = 0; i < s->count; i++) {
    for (int j = 0; j < s->items[i].nids; j++)
      free(s->items[i].ids[j]);
    free(s->items[i].ids);
  }
  free(s->items);
  memset(s, 0, sizeof *s);
}

static bool names(const nb_suppress_comment *c, const char *rule) {
  if (c->nids == 0)
    return true;
  for (int i = 0; i < c->nids; i++)
    if (strcmp(c->ids[i], rule) == 0)
      return true;
  return false;
}

bool nb_suppressions_cover(const nb_suppressions *s, int line, const char *rule) {
  bool disabled = false; /* the region state: the last disable/enable before the line */
  for (int i = 0; i < s->count; i++) {
    const nb_suppress_comment *c = &s->items[i];
    if (!names(c, rule))
      continue;
    switch (c->kind) {
    case NB_SUPPRESS_DISABLE_FILE:
      return true;
    case NB_SUPPRESS_DISABLE_LINE:
      if (c->line <= line && line <= c->end_line)
        return true;
      break;
    case NB_SUPPRESS_DISABLE_NEXT_LINE:
      if (line == c->end_line + 1)
        return true;
      break;
    case NB_SUPPRESS_DISABLE:
    case NB_SUPPRESS_ENABLE:
      if (c->line <= line)
        disabled = c->kind == NB_SUPPRESS_DISABLE;
      break;
    }
  }
  return disabled;
}

static bool blank_after(const char *text, size_t len, size_t at) {
  for (size_t i = at; i < len && text[i] != '\n' && text[i] != '\r'; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return false;
  return true;
}

/* The line break just before `at` when only blanks stand between them: [*from, at) is then
 * that break and those blanks. */
static bool line_break_before(const char *text, size_t at, size_t *from) {
  size_t i = at;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
    i--;
  if (i == 0 || (text[i - 1] != '\n' && text[i - 1] != '\r'))
    return false;
  i--;
  if (text[i] == '\n' && i > 0 && text[i - 1] == '\r')
    i--;
  *from = i;
  return true;
}

/* The byte ranges nb_suppress_blank turns into spaces, in document order; returns how many. */
static int blank_ranges(const char *text, size_t len, const nb_suppressions *s, nb_span **out) {
  *out = s->count ? nb_xmalloc((size_t)s->count * sizeof **out) : NULL;
  for (int i = 0; i < s->count; i++) {
    nb_span sp = s->items[i].span;
    size_t from = sp.start;
    /* Alone on its lines: its line joins the one above, so that between two table rows it
     * leaves neither a line nor a blank line that would end the table. */
    if (blank_after(text, len, sp.end) && line_break_before(text, sp.start, &from))
      sp.start = from;
    (*out)[i] = sp;
  }
  return s->count;
}

char *nb_suppress_blank(const char *text, size_t len, const nb_suppressions *comments) {
  nb_suppressions found = {0};
  if (!comments)
    nb_suppressions_parse(text, len, &found);
  nb_span *ranges;
  int count = blank_ranges(text, len, comments ? comments : &found, &ranges);
  nb_suppressions_free(&found);
  char *copy = NULL;
  if (count > 0) {
    copy = nb_xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
  }
  for (int i = 0; i < count; i++)
    memset(copy + ranges[i].start, ' ', ranges[i].end - ranges[i].start);
  free(ranges);
  return copy;
}

bool nb_suppress_blank_in_place(char *text, size_t len, const nb_suppressions *comments,
                                nb_suppress_undo *undo) {
  memset(undo, 0, sizeof *undo);
  undo->count = blank_ranges(text, len, comments, &undo->ranges);
  if (undo->count == 0)
    return false;
  size_t bytes = 0;
  for (int i = 0; i < undo->count; i++)
    bytes += undo->ranges[i].end - undo->ranges[i].start;
  undo->saved = nb_xmalloc(bytes);
  char *to = undo->saved;
  for (int i = 0; i < undo->count; i++) {
    size_t n = undo->ranges[i].end - undo->ranges[i].start;
    memcpy(to, text + undo->ranges[i].start, n);
    memset(text + undo->ranges[i].start, ' ', n);
    to += n;
  }
  return true;
}

void nb_suppress_unblank(char *text, nb_suppress_undo *undo) {
  const char *from = undo->saved;
  for (int i = 0; i < undo->count; i++) {
    size_t n = undo->ranges[i].end - undo->ranges[i].start;
    memcpy(text + undo->ranges[i].start, from, n);
    from += n;
  }
  free(undo->ranges);
  free(undo->saved);
  memset(undo, 0, sizeof *undo);
}

typedef struct {
  const nb_suppressions *suppressions;
  const nb_line_index *lines;
} suppress_ctx;

/* The line a finding is on. The end of a text that stops without a line break counts as the
 * line after its last, as it does when the text ends with one: a finding about the whole
 * report (section-missing) stands there, and adding the final line break an editor or `fmt`
 * adds must not change what a comment on the last line covers. */
static int finding_line(const nb_line_index *ix, size_t offset) {
  size_t len = ix->len;
  if (offset >= len && len > 0 && ix->text[len - 1] != '\n' && ix->text[len - 1] != '\r')
    return ix->nlines + 1;
  return line_of(ix, offset);
}

static bool not_suppressed(const nb_diag *d, void *data) {
  const suppress_ctx *ctx = data;
  return !nb_suppressions_cover(ctx->suppressions, finding_line(ctx->lines, d->span.start),
                                d->rule);
}

void nb_suppressions_apply(const nb_suppressions *comments, const char *text, size_t len,
                           nb_diag_list *diags) {
  if (comments->count == 0)
    return;
  nb_line_index ix;
  nb_line_index_build(&ix, text, len);
  suppress_ctx ctx = {comments, &ix};
  nb_diag_list_retain(diags, not_suppressed, &ctx);
  nb_line_index_free(&ix);
}

void nb_suppress_apply(const char *text, size_t len, nb_diag_list *diags) {
  nb_suppressions s;
  nb_suppressions_parse(text, len, &s);
  nb_suppressions_apply(&s, text, len, diags);
  nb_suppressions_free(&s);
}
