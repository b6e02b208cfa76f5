#include "builder.h"

#include "../layout/build.h"
#include "flat.h"

void pd_build_model(const char *text, size_t len, nb_report *out, void *flat) {
  (void)text; /* the flat's own text, or nb_analyze's copy of it with comments blanked */
  (void)len;
  const pd_flat *f = flat;
  for (int i = 0; i < f->nitems; i++)
    nb_stream_push(&out->stream, &f->items[i]);
  nb_build_report(out);
}
