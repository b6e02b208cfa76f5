#include "restructure.h"

#include <stdint.h>
#include <stdlib.h>

#include <cmark-gfm.h>
#include <cmark-gfm/node.h>

#include "../core/text.h"
#include "../core/xalloc.h"
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
  /* The tree's own allocator: a tree parsed into an arena is freed with it. */
  cmark_node *wrapper = cmark_node_new_with_mem_and_ext(type, cmark_node_mem(first), ext);
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

/* For every section, the top-level block holding its heading line (NULL when none). Sections
 * and blocks are both in document order, so one merged walk finds them all. */
static cmark_node **heading_blocks(cmark_node *root, const nb_report *r,
                                   const nb_line_index *lines) {
  cmark_node **heads = nb_xcalloc((size_t)r->nsections, sizeof *heads);
  cmark_node *cursor = cmark_node_first_child(root);
  for (int k = 0; k < r->nsections; k++) {
    int line = nb_source_line_of(lines, r->sections[k].heading.start);
    while (cursor && cmark_node_get_end_line(cursor) < line)
      cursor = cmark_node_next(cursor);
    if (cursor && cmark_node_get_start_line(cursor) <= line)
      heads[k] = cursor;
  }
  return heads;
}

static void wrap_sections(cmark_node *root, cmark_syntax_extension *ext, const nb_report *r,
                          const nb_line_index *lines) {
  if (r->nsections == 0)
    return;
  cmark_node **heads = heading_blocks(root, r, lines);
  /* next_block[k]: the first later section whose heading sits in a different block. Computed
   * back to front so the whole pass stays linear on documents with thousands of sections. */
  int *next_block = nb_xmalloc((size_t)r->nsections * sizeof *next_block);
  int after = -1;
  for (int k = r->nsections - 1; k >= 0; k--) {
    if (after < 0 || heads[after] != heads[k])
      next_block[k] = after;
    else
      next_block[k] = next_block[after];
    if (heads[k])
      after = k;
  }
  cmark_node *prev_block = NULL;
  for (int k = 0; k < r->nsections; k++) {
    cmark_node *first = heads[k];
    /* Two headings in one top-level block (a list, one code block): keep the first. */
    if (!first || first == prev_block)
      continue;
    prev_block = first;
    int n = next_block[k];
    cmark_node *last = n >= 0 ? cmark_node_previous(heads[n]) : cmark_node_last_child(root);
    if (!last)
      last = first;
    cmark_node *wrapper = wrap(ext, NIANBAO_NODE_SECTION, first, last);
    if (!wrapper)
      continue;
    wrapper->as.opaque = (void *)(intptr_t)(r->sections[k].id + 1);
    set_source_span(wrapper, r, lines, section_span(r, &r->sections[k]));
  }
  free(next_block);
  free(heads);
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
