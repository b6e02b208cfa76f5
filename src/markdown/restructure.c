#include "restructure.h"

#include <stdint.h>

#include <cmark-gfm.h>
#include <cmark-gfm/node.h>

#include "../core/text.h"
#include "../layout/sections.h"
#include "extension.h"

static void set_source_span(cmark_node *node, const nb_report *r, const nb_line_index *lines,
                            nb_span span) {
  (void)r;
  int first = nb_source_line_of(lines, span.start);
  size_t last_byte = span.end > span.start ? span.end - 1 : span.start;
  int last = nb_source_line_of(lines, last_byte);
  node->start_line = first;
  node->start_column = (int)(span.start - nb_source_line_start(lines, first)) + 1;
  node->end_line = last;
  node->end_column = (int)(span.end - nb_source_line_start(lines, last));
}

/* The child of `parent` whose source lines hold `line`, or NULL. */
static cmark_node *child_at_line(cmark_node *parent, int line) {
  for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c))
    if (cmark_node_get_start_line(c) <= line && line <= cmark_node_get_end_line(c))
      return c;
  return NULL;
}

/* Moves the siblings first..last (inclusive) into a new node of `type` put in their place. */
static cmark_node *wrap(cmark_syntax_extension *ext, cmark_node_type type, cmark_node *first,
                        cmark_node *last) {
  cmark_node *wrapper = cmark_node_new_with_ext(type, ext);
  if (!cmark_node_insert_before(first, wrapper)) {
    cmark_node_free(wrapper);
    return NULL;
  }
  cmark_node *stop = cmark_node_next(last);
  for (cmark_node *c = first; c && c != stop;) {
    cmark_node *next = cmark_node_next(c);
    cmark_node_append_child(wrapper, c);
    c = next;
  }
  return wrapper;
}

/* The section's span: its heading through the last non-blank item of its body. */
static nb_span section_span(const nb_report *r, const nb_section *s) {
  size_t end = s->heading.end;
  for (int i = s->end_item - 1; i >= s->first_item; i--) {
    nb_span it = r->stream.items[i].span;
    size_t a = it.start, b = it.end;
    nb_trim_span(r->text, &a, &b);
    if (a < b) {
      end = it.end;
      break;
    }
  }
  return nb_span_make(s->heading.start, end);
}

static void wrap_sections(cmark_node *root, cmark_syntax_extension *ext, const nb_report *r,
                          const nb_line_index *lines) {
  cmark_node *prev_block = NULL;
  for (int k = 0; k < r->nsections; k++) {
    const nb_section *s = &r->sections[k];
    cmark_node *first = child_at_line(root, nb_source_line_of(lines, s->heading.start));
    /* Two headings in one top-level block (a list, one code block): keep the first. */
    if (!first || first == prev_block || cmark_node_get_type(first) == NIANBAO_NODE_SECTION)
      continue;
    prev_block = first;
    cmark_node *last = first;
    for (int n = k + 1; n <= r->nsections; n++) {
      cmark_node *stop =
          n < r->nsections
              ? child_at_line(root, nb_source_line_of(lines, r->sections[n].heading.start))
              : NULL;
      if (n < r->nsections && (!stop || stop == first))
        continue;
      last = stop ? cmark_node_previous(stop) : cmark_node_last_child(root);
      break;
    }
    if (!last)
      last = first;
    cmark_node *wrapper = wrap(ext, NIANBAO_NODE_SECTION, first, last);
    if (!wrapper)
      continue;
    wrapper->as.opaque = (void *)(intptr_t)(s->id + 1);
    set_source_span(wrapper, r, lines, section_span(r, s));
  }
}

/* The section wrapper or root child holding `line`. */
static cmark_node *container_at_line(cmark_node *root, int line) {
  cmark_node *c = child_at_line(root, line);
  if (c && cmark_node_get_type(c) == NIANBAO_NODE_SECTION)
    return c;
  return root;
}

static void wrap_tables(cmark_node *root, cmark_syntax_extension *ext, const nb_report *r,
                        const nb_line_index *lines) {
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *table = &r->tables[t];
    if (!table->found || nb_span_is_empty(table->span))
      continue;
    int first_line = nb_source_line_of(lines, table->span.start);
    int last_line = nb_source_line_of(lines, table->span.end - 1);
    cmark_node *parent = container_at_line(root, first_line);
    if (parent != container_at_line(root, last_line))
      continue;
    cmark_node *first = NULL, *last = NULL;
    for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      if (cmark_node_get_end_line(c) < first_line || cmark_node_get_start_line(c) > last_line)
        continue;
      if (!first)
        first = c;
      last = c;
    }
    if (!first || cmark_node_get_type(first) == NIANBAO_NODE_SECTION)
      continue;
    cmark_node *wrapper = wrap(ext, NIANBAO_NODE_TABLE, first, last);
    if (wrapper)
      set_source_span(wrapper, r, lines, table->span);
  }
}

void nb_restructure_tree(cmark_node *root, cmark_syntax_extension *ext, const nb_report *r,
                         const nb_line_index *lines) {
  if (lines->nlines == 0)
    return;
  wrap_sections(root, ext, r, lines);
  wrap_tables(root, ext, r, lines);
}
