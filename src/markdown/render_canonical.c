/* Builds the canonical document tree from the report model and renders it (see the header).
 * The model gives every region fmt rewrites — a heading line, a table's lines — as a byte
 * span; the text between them is kept. */
#include "render_canonical.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm/render.h>

#include "../core/canonical.h"
#include "../core/position.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "extension.h"
#include "markdown.h"
#include "table_source.h"

/* What a node of the canonical tree writes; hung on the node as user data. The tag tells these
 * apart from any other user data. */
typedef struct {
  uint32_t tag;
  const nb_report *report;
  nb_span prose;             /* NIANBAO_NODE_PROSE */
  const nb_section *section; /* NIANBAO_NODE_SECTION_HEADING */
  const nb_table *table;     /* NIANBAO_NODE_TABLE */
} payload;

#define PAYLOAD_TAG 0x6e62666du /* "nbfm" */

/* ---------------------------------------------------------------- rendering */

/* Writes s[0..n) as it is, but for its line breaks: "\r\n" and a lone "\r" become "\n", the
 * one line ending of the rendered document. */
static void out_bytes(cmark_renderer *renderer, cmark_node *node, const char *s, size_t n) {
  char *copy = nb_xmalloc(n + 1);
  copy[nb_copy_lf(copy, s, n)] = '\0';
  renderer->out(renderer, node, copy, false, LITERAL);
  free(copy);
}

static void render_heading(cmark_renderer *renderer, cmark_node *node, const payload *p) {
  const nb_report *r = p->report;
  const nb_section *s = p->section;
  nb_textbuf b = {0};
  nb_textbuf_puts(&b, "## ");
  if (!nb_span_is_empty(s->numeral)) {
    nb_textbuf_put(&b, r->text + s->numeral.start, s->numeral.end - s->numeral.start);
    nb_textbuf_puts(&b, "、");
  }
  nb_textbuf_put(&b, r->text + s->title.start, s->title.end - s->title.start);
  out_bytes(renderer, node, b.data, b.len);
  nb_textbuf_free(&b);
}

static void render_table(cmark_renderer *renderer, cmark_node *node, const payload *p) {
  nb_textbuf b = {0};
  nb_canonical_table(p->report, p->table, &b);
  while (b.len > 0 && b.data[b.len - 1] == '\n')
    b.len--;
  out_bytes(renderer, node, b.data ? b.data : "", b.len);
  nb_textbuf_free(&b);
}

/* An HTML comment on the line just before a block ("<!-- nianbao-disable-next-line -->") speaks
 * about that block's first line: no blank line may come between them. */
static bool follows_comment_line(cmark_node *node) {
  cmark_node *prev = cmark_node_previous(node);
  const payload *p = prev ? cmark_node_get_user_data(prev) : NULL;
  if (!p || p->tag != PAYLOAD_TAG || cmark_node_get_type(prev) != NIANBAO_NODE_PROSE)
    return false;
  const char *text = p->report->text;
  size_t line = p->prose.start;
  for (size_t i = p->prose.start; i < p->prose.end; i++)
    if (text[i] == '\n')
      line = i + 1;
  while (line < p->prose.end && (text[line] == ' ' || text[line] == '\t'))
    line++;
  return p->prose.end - line >= 4 && memcmp(text + line, "<!--", 4) == 0;
}

bool nb_canonical_render_node(cmark_renderer *renderer, cmark_node *node, cmark_event_type ev) {
  const payload *p = cmark_node_get_user_data(node);
  if (!p || p->tag != PAYLOAD_TAG)
    return false;
  renderer->blankline(renderer);
  if (ev != CMARK_EVENT_ENTER)
    return true;
  if (follows_comment_line(node))
    renderer->need_cr = 1;
  cmark_node_type t = cmark_node_get_type(node);
  if (t == NIANBAO_NODE_PROSE)
    out_bytes(renderer, node, p->report->text + p->prose.start, p->prose.end - p->prose.start);
  else if (t == NIANBAO_NODE_SECTION_HEADING)
    render_heading(renderer, node, p);
  else if (t == NIANBAO_NODE_TABLE)
    render_table(renderer, node, p);
  return true;
}

/* ---------------------------------------------------------------- regions */

typedef struct {
  nb_span lines; /* whole lines the region replaces */
  const nb_section *section;
  const nb_table *table;
  nb_carried_lines carried; /* lines of other text among a table's, written after it */
} region;

typedef struct {
  region *items;
  int count;
  int cap;
} region_list;

static size_t line_start_of(const nb_line_index *ix, size_t offset) {
  nb_position pos = nb_position_of(ix, offset, NB_COLUMNS_UTF8);
  return ix->line_starts[pos.line];
}

/* Offset just after the line terminator of the line holding `offset`. */
static size_t line_end_of(const nb_line_index *ix, size_t offset) {
  nb_position pos = nb_position_of(ix, offset, NB_COLUMNS_UTF8);
  return pos.line + 1 < ix->nlines ? ix->line_starts[pos.line + 1] : ix->len;
}

static bool only_blanks(const char *text, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n')
      return false;
  return true;
}

static nb_span whole_lines(const nb_line_index *ix, nb_span s) {
  size_t last = s.end > s.start ? s.end - 1 : s.start;
  return nb_span_make(line_start_of(ix, s.start), line_end_of(ix, last));
}

/* The lines holding s, except that a side sharing its line with other text stops at s itself:
 * a heading or a table that text whose line breaks were lost ran into a line of prose is
 * rewritten alone, and the prose around it stays prose. */
static nb_span own_lines(const nb_line_index *ix, nb_span s) {
  nb_span lines = whole_lines(ix, s);
  if (!only_blanks(ix->text, lines.start, s.start))
    lines.start = s.start;
  if (!only_blanks(ix->text, s.end, lines.end))
    lines.end = s.end;
  return lines;
}

/* A line of nothing but HTML tags ("<table>", "</tr>"): markup of a table the reader read
 * from the cells inside it. */
static bool tag_only_line(const char *text, size_t a, size_t b) {
  bool tag = false, any = false;
  for (size_t i = a; i < b; i++) {
    char c = text[i];
    if (tag) {
      tag = c != '>';
    } else if (c == '<' && i + 3 < b && memcmp(text + i, "<!--", 4) == 0) {
      return false; /* a comment is the author's, never table markup */
    } else if (c == '<') {
      tag = any = true;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      return false;
    }
  }
  return any && !tag;
}

/* Widens a table's lines over the HTML markup lines around them, so that no half of a
 * <table> element stays behind as prose. */
static nb_span with_markup_lines(const nb_line_index *ix, nb_span lines) {
  nb_position first = nb_position_of(ix, lines.start, NB_COLUMNS_UTF8);
  int line = first.line;
  while (line > 0 && tag_only_line(ix->text, ix->line_starts[line - 1], ix->line_starts[line]))
    line--;
  lines.start = ix->line_starts[line];
  while (lines.end < ix->len) {
    size_t next_end = line_end_of(ix, lines.end);
    if (!tag_only_line(ix->text, lines.end, next_end))
      break;
    lines.end = next_end;
  }
  return lines;
}

static void add_region(region_list *l, nb_span lines, const nb_section *s, const nb_table *t,
                       nb_carried_lines carried) {
  nb_grow((void **)&l->items, &l->cap, l->count + 1, sizeof *l->items);
  l->items[l->count++] = (region){lines, s, t, carried};
}

static void region_list_free(region_list *l) {
  for (int i = 0; i < l->count; i++)
    nb_carried_lines_free(&l->items[i].carried);
  free(l->items);
  memset(l, 0, sizeof *l);
}

static int compare_regions(const void *pa, const void *pb) {
  const region *a = pa, *b = pb;
  if (a->lines.start != b->lines.start)
    return a->lines.start < b->lines.start ? -1 : 1;
  return (a->table != NULL) - (b->table != NULL);
}

/* Comments inside a table (nianbao-disable-line at the end of a row) belong to their source
 * lines; a table holding one is left as written. */
static bool holds_comment(const nb_report *r, nb_span lines) {
  return nb_find_bytes(r->text + lines.start, lines.end - lines.start, "<!--", 4) != NULL;
}

static bool table_writable(const nb_report *r, const nb_table *t) {
  nb_textbuf probe = {0};
  bool ok = nb_canonical_table(r, t, &probe);
  nb_textbuf_free(&probe);
  return ok && !nb_span_is_empty(t->span) && t->span.end <= r->len;
}

/* What a heading line may hold besides its numeral and title, all of which "## 一、" says
 * again: white space, heading and emphasis marks, the numeral's separator, a closing colon. */
static bool heading_markup_only(const char *text, size_t a, size_t b) {
  static const char *const marks[] = {"、", "．", "：", "。", "\xE3\x80\x80", NULL};
  for (size_t i = a; i < b;) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#' || c == '*' || c == '_' ||
        c == '>' || c == '.' || c == ':') {
      i++;
      continue;
    }
    size_t k = 0;
    for (int m = 0; marks[m] && !k; m++)
      if (b - i >= strlen(marks[m]) && memcmp(text + i, marks[m], strlen(marks[m])) == 0)
        k = strlen(marks[m]);
    if (!k)
      return false;
    i += k;
  }
  return true;
}

/* A title holding Markdown of its own (emphasis, a tag, a link) would come out changed. */
static bool plain_title(const char *text, nb_span title) {
  for (size_t i = title.start; i < title.end; i++)
    if (strchr("*_<>`[]\\#", text[i]))
      return false;
  return true;
}

/* A setext underline ("===" or "---") below the heading line, part of the heading. */
static bool setext_underline(const char *text, size_t a, size_t b) {
  size_t i = a;
  while (i < b && i - a < 3 && text[i] == ' ')
    i++;
  char c = i < b ? text[i] : 0;
  if (c != '=' && c != '-')
    return false;
  while (i < b && text[i] == c)
    i++;
  while (i < b && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
    i++;
  return i == b;
}

/* The heading's lines when "## " + numeral + title says all they say; an empty span when
 * rewriting the heading would lose something. */
static nb_span heading_lines(const nb_report *r, const nb_line_index *ix, const nb_section *s) {
  nb_span none = nb_span_make(0, 0);
  if (nb_span_is_empty(s->heading) || nb_span_is_empty(s->title) || !plain_title(r->text, s->title))
    return none;
  nb_span lines = own_lines(ix, s->heading);
  size_t title_from = nb_span_is_empty(s->numeral) ? s->title.start : s->numeral.start;
  if (!heading_markup_only(r->text, lines.start, title_from) ||
      (!nb_span_is_empty(s->numeral) &&
       !heading_markup_only(r->text, s->numeral.end, s->title.start)) ||
      !heading_markup_only(r->text, s->title.end, lines.end))
    return none;
  bool ends_line =
      lines.end > 0 && (r->text[lines.end - 1] == '\n' || r->text[lines.end - 1] == '\r');
  if (s->level > 0 && s->level <= 2 && r->text[lines.start] != '#' && ends_line &&
      lines.end < ix->len) {
    size_t next_end = line_end_of(ix, lines.end);
    if (setext_underline(r->text, lines.end, next_end))
      lines.end = next_end;
  }
  return lines;
}

/* Every heading line and every table asked for, in text order, none overlapping an earlier
 * one (a later region that would overlap stays source text). */
static void collect_regions(const nb_report *r, const nb_line_index *ix, unsigned table_mask,
                            region_list *out) {
  region_list all = {0};
  nb_carried_lines none = {0};
  for (int k = 0; k < r->nsections; k++) {
    nb_span lines = heading_lines(r, ix, &r->sections[k]);
    if (!nb_span_is_empty(lines))
      add_region(&all, lines, &r->sections[k], NULL, none);
  }
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *tb = &r->tables[t];
    if (!(table_mask & (1u << t)) || !table_writable(r, tb))
      continue;
    nb_span lines = tb->shares_lines ? own_lines(ix, tb->span)
                                     : with_markup_lines(ix, whole_lines(ix, tb->span));
    nb_carried_lines carried = {0};
    if (!holds_comment(r, lines) && nb_table_source_split(r, tb, ix, lines, &carried))
      add_region(&all, lines, NULL, tb, carried);
    else
      nb_carried_lines_free(&carried);
  }
  if (all.count > 1)
    qsort(all.items, (size_t)all.count, sizeof *all.items, compare_regions);
  size_t covered = 0;
  for (int i = 0; i < all.count; i++) {
    region *g = &all.items[i];
    if (g->lines.start < covered) {
      nb_carried_lines_free(&g->carried);
      continue;
    }
    add_region(out, g->lines, g->section, g->table, g->carried);
    covered = g->lines.end;
  }
  free(all.items);
}

/* ---------------------------------------------------------------- the tree */

static bool is_blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* Source text between two regions, without its leading blank lines and trailing white space
 * (the renderer puts exactly one blank line between blocks). Empty when nothing is left. */
static nb_span prose_between(const char *text, size_t a, size_t b) {
  /* After a heading or table that ended inside a line, the blanks that separated them are no
   * indentation of the prose. */
  if (a > 0 && text[a - 1] != '\n')
    while (a < b && is_blank_byte(text[a]))
      a++;
  size_t line = a;
  for (size_t i = a; i < b; i++) {
    if (text[i] == '\n') {
      line = i + 1;
    } else if (!is_blank_byte(text[i])) {
      break;
    }
    if (i + 1 == b)
      line = b;
  }
  a = line;
  while (b > a && (is_blank_byte(text[b - 1]) || text[b - 1] == '\n'))
    b--;
  return nb_span_make(a, b);
}

typedef struct {
  cmark_node *doc;
  cmark_syntax_extension *ext;
  payload **payloads;
  int count;
  int cap;
} tree;

static payload *add_node(tree *t, cmark_node_type type, const nb_report *r) {
  payload *p = nb_xcalloc(1, sizeof *p);
  p->tag = PAYLOAD_TAG;
  p->report = r;
  nb_grow((void **)&t->payloads, &t->cap, t->count + 1, sizeof *t->payloads);
  t->payloads[t->count++] = p;
  cmark_node *node = cmark_node_new_with_ext(type, t->ext);
  cmark_node_set_user_data(node, p);
  cmark_node_append_child(t->doc, node);
  return p;
}

static void add_prose(tree *t, const nb_report *r, size_t a, size_t b) {
  nb_span prose = prose_between(r->text, a, b);
  if (!nb_span_is_empty(prose))
    add_node(t, NIANBAO_NODE_PROSE, r)->prose = prose;
}

/* The text that stood among a table's lines, after the table: runs of adjacent lines stay
 * together as one block. */
static void add_carried(tree *t, const nb_report *r, const nb_carried_lines *c) {
  for (int i = 0; i < c->count;) {
    int j = i + 1;
    while (j < c->count && c->lines[j].start == c->lines[j - 1].end)
      j++;
    add_prose(t, r, c->lines[i].start, c->lines[j - 1].end);
    i = j;
  }
}

static void build_tree(tree *t, const nb_report *r, const region_list *regions) {
  size_t at = 0;
  for (int i = 0; i < regions->count; i++) {
    const region *g = &regions->items[i];
    add_prose(t, r, at, g->lines.start);
    if (g->section) {
      add_node(t, NIANBAO_NODE_SECTION_HEADING, r)->section = g->section;
    } else {
      add_node(t, NIANBAO_NODE_TABLE, r)->table = g->table;
      add_carried(t, r, &g->carried);
    }
    at = g->lines.end;
  }
  add_prose(t, r, at, r->len);
}

char *nb_canonical_render(const nb_report *r, unsigned table_mask, size_t *out_len) {
  nb_line_index ix;
  nb_line_index_build(&ix, r->text, r->len);
  region_list regions = {0};
  if (ix.nlines > 0)
    collect_regions(r, &ix, table_mask, &regions);

  tree t = {cmark_node_new(CMARK_NODE_DOCUMENT), create_nianbao_extension(), NULL, 0, 0};
  build_tree(&t, r, &regions);
  char *rendered = cmark_render_commonmark(t.doc, CMARK_OPT_DEFAULT, 0);
  /* An empty document renders as "\n"; keep it empty. */
  size_t n = strlen(rendered);
  if (t.count == 0)
    n = 0;
  char *result = nb_xstrndup(rendered, n);
  *out_len = n;

  free(rendered);
  cmark_node_free(t.doc);
  for (int i = 0; i < t.count; i++)
    free(t.payloads[i]);
  free(t.payloads);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), t.ext);
  region_list_free(&regions);
  nb_line_index_free(&ix);
  return result;
}

char *nb_markdown_canonical(const char *text, size_t len, unsigned table_mask, size_t *out_len) {
  nb_report r;
  nb_report_init(&r, text, len);
  nb_markdown_build(text, len, &r);
  char *result = nb_canonical_render(&r, table_mask, out_len);
  nb_report_free(&r);
  return result;
}
