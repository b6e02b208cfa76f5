#include "table_reader.h"

void nb_read_table(const nb_stream *stream, int first, int end, const nb_template *tpl,
                   nb_table_id id, nb_table *out) {
  (void)stream;
  (void)first;
  (void)end;
  (void)tpl;
  (void)id;
  (void)out;
}
