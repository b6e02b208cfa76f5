#include "table_reader.h"

#include "cells.h"

void nb_read_table(const nb_stream *stream, int first, int end, const nb_template *tpl,
                   nb_table_id id, nb_table *out) {
  if (!stream || !tpl || !out || first >= end)
    return;
  nb_obs_table obs = {0};
  nb_tokenize(stream, first, end, &obs);
  nb_assemble_table(stream, &obs, tpl, id, out);
  nb_obs_table_free(&obs);
}
