#include "table_reader.h"

#include "cells.h"
#include "label_match.h"
#include "unglue.h"

void nb_read_table(const nb_stream *stream, int first, int end, const nb_template *tpl,
                   nb_table_id id, nb_table *out) {
  if (!stream || !tpl || !out || first >= end)
    return;
  nb_obs_table obs = {0};
  nb_tokenize(stream, first, end, &obs);
  const nb_label_set *labels = nb_label_set_shared(tpl, id);
  nb_label_set *own = labels ? NULL : nb_label_set_new(tpl, id);
  nb_unglue_rows(stream, labels ? labels : own, &obs);
  nb_label_set_free(own);
  nb_assemble_table(stream, &obs, tpl, id, out);
  for (int i = first; i < end && out->found && !out->shares_lines; i++) {
    const nb_stream_item *it = &stream->items[i];
    out->shares_lines =
        it->split && it->span.start < out->span.end && it->span.end > out->span.start;
  }
  nb_obs_table_free(&obs);
}
