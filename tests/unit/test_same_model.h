/* Whether two builds of one text gave the same model: the stream item by item (kind, span,
 * blank line before, level, split, block, cells), then the sections, the year and where each
 * table was found. For the tests that hold one way of building to another (pieces against one
 * parse, plain reading against cmark-gfm alone). */
#ifndef TEST_SAME_MODEL_H
#define TEST_SAME_MODEL_H

#include <criterion/criterion.h>

#include "core/model.h"

static inline void assert_same_model(const char *name, const nb_report *got,
                                     const nb_report *want) {
  /* Items first, up to the shorter stream: the first item that differs says more than a count. */
  int common = got->stream.nitems < want->stream.nitems ? got->stream.nitems : want->stream.nitems;
  for (int i = 0; i < common; i++) {
    const nb_stream_item *a = &got->stream.items[i], *b = &want->stream.items[i];
    cr_assert(a->kind == b->kind && a->span.start == b->span.start && a->span.end == b->span.end &&
                  a->blank_before == b->blank_before && a->heading_level == b->heading_level &&
                  a->split == b->split && a->block == b->block && a->ncells == b->ncells,
              "%s: item %d differs: kind %d/%d, span %zu-%zu/%zu-%zu, blank %d/%d, level %d/%d, "
              "block %d/%d",
              name, i, a->kind, b->kind, a->span.start, a->span.end, b->span.start, b->span.end,
              a->blank_before, b->blank_before, a->heading_level, b->heading_level, a->block,
              b->block);
  }
  cr_assert_eq(got->stream.nitems, want->stream.nitems, "%s: %d items, want %d", name,
               got->stream.nitems, want->stream.nitems);
  cr_assert_eq(got->nsections, want->nsections, "%s", name);
  for (int k = 0; k < want->nsections; k++)
    cr_assert(got->sections[k].id == want->sections[k].id &&
                  got->sections[k].first_item == want->sections[k].first_item &&
                  got->sections[k].end_item == want->sections[k].end_item,
              "%s: section %d", name, k);
  cr_assert_eq(got->year, want->year, "%s", name);
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    const nb_table *a = &got->tables[t], *b = &want->tables[t];
    cr_assert(a->found == b->found && a->span.start == b->span.start && a->span.end == b->span.end,
              "%s: table %d", name, t);
  }
}

#endif
