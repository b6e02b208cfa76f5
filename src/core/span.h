/* A half-open byte range [start, end) in the text a report model was built from. Every
 * position nianbao reports starts life as one of these; front-ends convert to their own
 * line/column conventions only at the edge. */
#ifndef NB_SPAN_H
#define NB_SPAN_H

#include <stddef.h>

typedef struct {
  size_t start;
  size_t end;
} nb_span;

static inline nb_span nb_span_make(size_t start, size_t end) {
  nb_span s = {start, end};
  return s;
}

static inline int nb_span_is_empty(nb_span s) {
  return s.end <= s.start;
}

#endif
