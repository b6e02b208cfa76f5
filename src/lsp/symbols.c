/* The outline of a report, from the model: documentSymbol (the six sections, their sub-items
 * (（一）, 1. …) nested by depth, and the tables in the section or sub-item that holds them),
 * foldingRange over the same spans, and selectionRange growing from a cell to its row, its
 * table, its sub-item, its section and the document. A document that is not a report has no
 * outline. */
#include <stdlib.h>
#include <string.h>

#include "../core/rules/numbering.h"
#include "../core/rules/table_names.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "../layout/sections.h"
#include "analysis.h"
#include "handlers.h"
#include "positions.h"
#include "server.h"

enum {
  SYMBOL_MODULE = 2,  /* a section */
  SYMBOL_STRING = 15, /* a sub-item */
  SYMBOL_STRUCT = 23, /* a table */
  MAX_NAME_CPS = 40,
};

/* One node of the outline. */
typedef struct {
  const char *name; /* NULL: take the text of `select` */
  int kind;
  nb_span range;  /* all it covers */
  nb_span select; /* its heading */
  int depth;      /* 0 section, 1… sub-items, 99 table */
} node;

typedef struct {
  node *items;
  int count, cap;
} outline;

static void add(outline *o, node n) {
  nb_grow((void **)&o->items, &o->cap, o->count + 1, sizeof *o->items);
  o->items[o->count++] = n;
}

/* `span` without the blank lines and spaces at its end. */
static nb_span trimmed(const char *text, nb_span span) {
  while (span.end > span.start && strchr(" \t\r\n", text[span.end - 1]))
    span.end--;
  return span;
}

/* `span` widened to the whole lines it touches (a table's span starts at its first cell's text). */
static nb_span whole_lines(const nb_report *r, nb_span span) {
  while (span.start > 0 && r->text[span.start - 1] != '\n' && r->text[span.start - 1] != '\r')
    span.start--;
  while (span.end < r->len && r->text[span.end] != '\n' && r->text[span.end] != '\r')
    span.end++;
  return span;
}

static nb_span section_span(const nb_report *r, const nb_section *s) {
  size_t end = s->body.end > s->heading.end ? s->body.end : s->heading.end;
  return trimmed(r->text, nb_span_make(s->heading.start, end));
}

/* Sections, their sub-items and the tables, in document order, each with its extent. */
static void build_outline(const nb_report *r, outline *o) {
  for (int i = 0; i < r->nsections; i++) {
    const nb_section *s = &r->sections[i];
    nb_span range = section_span(r, s);
    add(o, (node){NULL, SYMBOL_MODULE, range, s->heading, 0});
    int count = 0;
    nb_subitem *items = nb_section_subitems(r, s, &count);
    for (int k = 0; k < count; k++) {
      /* A sub-item runs to the next one of its depth or shallower, or to the section's end. */
      size_t end = range.end;
      for (int j = k + 1; j < count; j++)
        if (items[j].depth <= items[k].depth) {
          end = items[j].line.start;
          break;
        }
      nb_span sub = trimmed(r->text, nb_span_make(items[k].line.start, end));
      add(o, (node){NULL, SYMBOL_STRING, sub, items[k].line, 1 + items[k].depth});
    }
    free(items);
  }
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *tb = &r->tables[t];
    if (tb->found && tb->spec && !nb_span_is_empty(tb->span)) {
      nb_span lines = whole_lines(r, tb->span);
      add(o, (node){tb->spec->name, SYMBOL_STRUCT, lines, lines, 99});
    }
  }
}

/* Whether node b lies inside node a (and may be its child). */
static bool inside(const node *a, const node *b) {
  return a != b && a->depth < b->depth && a->range.start <= b->range.start &&
         b->range.end <= a->range.end;
}

/* The node's name: its heading's text, markup stripped, cut to a readable length. */
static json_t *name_of(const nb_report *r, const node *n) {
  if (n->name)
    return json_string(n->name);
  size_t s = n->select.start, e = n->select.end;
  nb_strip_markup(r->text, &s, &e);
  size_t i = s;
  int cps = 0;
  while (i < e && cps < MAX_NAME_CPS) {
    nb_utf8_next(r->text, e, &i);
    cps++;
  }
  if (i <= s)
    return json_string("…");
  char *name = nb_strdup_printf("%.*s%s", (int)(i - s), r->text + s, i < e ? "…" : "");
  json_t *j = json_string(name);
  free(name);
  return j;
}

static json_t *symbol_json(const nb_lsp_server *s, const nb_lsp_doc *doc, const nb_report *r,
                           const outline *o, int index, bool *used) {
  const node *n = &o->items[index];
  used[index] = true;
  nb_span select = n->select;
  if (select.start < n->range.start || select.end > n->range.end)
    select = n->range;
  json_t *sym = json_pack("{s:o, s:i, s:o, s:o}", "name", name_of(r, n), "kind", n->kind, "range",
                          nb_lsp_range_json(&doc->lines, n->range, s->unit), "selectionRange",
                          nb_lsp_range_json(&doc->lines, select, s->unit));
  json_t *children = json_array();
  /* Children: the nodes inside this one that no deeper node inside it holds. */
  for (int c = 0; c < o->count; c++) {
    if (used[c] || !inside(n, &o->items[c]))
      continue;
    bool nested = false;
    for (int m = 0; m < o->count && !nested; m++)
      nested = m != index && inside(n, &o->items[m]) && inside(&o->items[m], &o->items[c]);
    if (!nested)
      json_array_append_new(children, symbol_json(s, doc, r, o, c, used));
  }
  json_object_set_new(sym, "children", children);
  return sym;
}

/* Outline entries sorted by position, so that children come in document order. */
static int by_position(const void *a, const void *b) {
  const node *x = a, *y = b;
  if (x->range.start != y->range.start)
    return x->range.start < y->range.start ? -1 : 1;
  return x->depth - y->depth;
}

/* The document a request names and its outline (none for a document that is not a report);
 * NULL with an error when the document is not open. */
static nb_lsp_doc *outline_of(nb_lsp_server *s, const json_t *params, nb_lsp_error *e,
                              const nb_report **r, outline *o) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  memset(o, 0, sizeof *o);
  if (!doc)
    return NULL;
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  *r = &st->analysis.report;
  if (st->is_report)
    build_outline(*r, o);
  return doc;
}

json_t *nb_lsp_document_symbol(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  const nb_report *r;
  outline o;
  nb_lsp_doc *doc = outline_of(s, params, e, &r, &o);
  if (!doc)
    return NULL;
  json_t *all = json_array();
  if (o.count > 1)
    qsort(o.items, (size_t)o.count, sizeof *o.items, by_position);
  bool *used = nb_xcalloc((size_t)o.count + 1, sizeof *used);
  for (int i = 0; i < o.count; i++) {
    if (used[i])
      continue;
    if (s->client.hierarchical_symbols) {
      json_array_append_new(all, symbol_json(s, doc, r, &o, i, used));
    } else {
      used[i] = true;
      json_t *location = json_pack("{s:s, s:o}", "uri", doc->uri, "range",
                                   nb_lsp_range_json(&doc->lines, o.items[i].range, s->unit));
      json_array_append_new(all, json_pack("{s:o, s:i, s:o}", "name", name_of(r, &o.items[i]),
                                           "kind", o.items[i].kind, "location", location));
    }
  }
  free(used);
  free(o.items);
  return all;
}

json_t *nb_lsp_folding_range(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  const nb_report *r;
  outline o;
  nb_lsp_doc *doc = outline_of(s, params, e, &r, &o);
  if (!doc)
    return NULL;
  json_t *all = json_array();
  for (int i = 0; i < o.count; i++) {
    nb_span range = o.items[i].range;
    int first = nb_position_of(&doc->lines, range.start, NB_COLUMNS_UTF8).line;
    int last = nb_position_of(&doc->lines, range.end > range.start ? range.end - 1 : range.end,
                              NB_COLUMNS_UTF8)
                   .line;
    if (last > first)
      json_array_append_new(
          all, json_pack("{s:i, s:i, s:s}", "startLine", first, "endLine", last, "kind", "region"));
  }
  free(o.items);
  return all;
}

/* ---------------------------------------------------------------- selection ranges */

static int by_length(const void *a, const void *b) {
  const nb_span *x = a, *y = b;
  size_t lx = x->end - x->start, ly = y->end - y->start;
  return lx < ly ? -1 : lx > ly;
}

static bool covers(nb_span outer, nb_span inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/* The spans around `offset`, innermost first, each inside the next. */
static int spans_around(const nb_lsp_doc *doc, const nb_lsp_doc_state *st, size_t offset,
                        nb_span *out, int max) {
  int n = 0;
  nb_span line = {doc->lines.line_starts[nb_position_of(&doc->lines, offset, NB_COLUMNS_UTF8).line],
                  0};
  line.end = line.start;
  while (line.end < doc->len && doc->text[line.end] != '\n' && doc->text[line.end] != '\r')
    line.end++;
  if (st->is_report) {
    const nb_report *r = &st->analysis.report;
    for (int t = 0; t < NB_TABLE_COUNT && n < max; t++) {
      const nb_table *tb = &r->tables[t];
      if (!tb->found || offset < tb->span.start || offset > tb->span.end)
        continue;
      for (int row = 0; row < tb->spec->nrows; row++)
        for (int c = 0; tb->rows[row].present && c < tb->rows[row].ncells && n < max; c++) {
          nb_span cell = tb->rows[row].cells[c].span;
          if (tb->rows[row].cells[c].state != NB_CELL_ABSENT && cell.start <= offset &&
              offset <= cell.end && cell.end > cell.start)
            out[n++] = cell;
        }
    }
    outline o = {0};
    build_outline(r, &o);
    for (int i = 0; i < o.count && n < max; i++)
      if (o.items[i].range.start <= offset && offset <= o.items[i].range.end)
        out[n++] = o.items[i].range;
    free(o.items);
  }
  if (n < max)
    out[n++] = line;
  if (n < max)
    out[n++] = nb_span_make(0, doc->len);
  qsort(out, (size_t)n, sizeof *out, by_length);
  /* Keep a chain: each span inside the next, none twice. */
  int kept = 0;
  for (int i = 0; i < n; i++) {
    if (kept > 0 && (!covers(out[i], out[kept - 1]) ||
                     (out[i].start == out[kept - 1].start && out[i].end == out[kept - 1].end)))
      continue;
    if (covers(out[i], nb_span_make(offset, offset)))
      out[kept++] = out[i];
  }
  return kept;
}

json_t *nb_lsp_selection_range(nb_lsp_server *s, json_t *params, nb_lsp_error *e) {
  nb_lsp_doc *doc = nb_lsp_document(s, params, e);
  json_t *positions = nb_lsp_get_array(params, "positions", true, e);
  if (!doc || !positions)
    return NULL;
  size_t i;
  const json_t *p;
  json_array_foreach(positions, i, p) {
    nb_position pos;
    json_t *wrapper = json_pack("{s:O}", "p", p);
    bool ok = nb_lsp_get_position(wrapper, "p", &pos, e);
    json_decref(wrapper);
    if (!ok)
      return NULL;
  }
  const nb_lsp_doc_state *st = nb_lsp_analyze(s, doc);
  json_t *all = json_array();
  json_array_foreach(positions, i, p) {
    nb_position pos = {(int)json_integer_value(json_object_get(p, "line")),
                       (int)json_integer_value(json_object_get(p, "character"))};
    size_t offset = nb_lsp_doc_offset(doc, pos, s->unit);
    enum { MAX_SPANS = 32 };
    nb_span spans[MAX_SPANS];
    int n = spans_around(doc, st, offset, spans, MAX_SPANS);
    json_t *range = NULL;
    for (int k = n - 1; k >= 0; k--) {
      json_t *node_json =
          json_pack("{s:o}", "range", nb_lsp_range_json(&doc->lines, spans[k], s->unit));
      if (range)
        json_object_set_new(node_json, "parent", range);
      range = node_json;
    }
    json_array_append_new(all, range ? range : json_null());
  }
  return all;
}
