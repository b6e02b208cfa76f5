#include "positions.h"

#include <string.h>

static const struct {
  const char *name;
  nb_column_unit unit;
} encodings[] = {
    {"utf-8", NB_COLUMNS_UTF8},
    {"utf-16", NB_COLUMNS_UTF16},
    {"utf-32", NB_COLUMNS_CODEPOINTS},
};

nb_column_unit nb_lsp_negotiate_encoding(const json_t *capabilities) {
  const json_t *offered =
      json_object_get(json_object_get(capabilities, "general"), "positionEncodings");
  size_t i;
  const json_t *name;
  json_array_foreach(offered, i, name) {
    for (size_t k = 0; json_is_string(name) && k < sizeof encodings / sizeof encodings[0]; k++)
      if (strcmp(json_string_value(name), encodings[k].name) == 0)
        return encodings[k].unit;
  }
  return NB_COLUMNS_UTF16;
}

const char *nb_lsp_encoding_name(nb_column_unit unit) {
  for (size_t k = 0; k < sizeof encodings / sizeof encodings[0]; k++)
    if (encodings[k].unit == unit)
      return encodings[k].name;
  return "utf-16";
}

json_t *nb_lsp_position_json(const nb_line_index *ix, size_t offset, nb_column_unit unit) {
  nb_position p = nb_position_of(ix, offset, unit);
  json_t *o = json_object();
  json_object_set_new(o, "line", json_integer(p.line));
  json_object_set_new(o, "character", json_integer(p.column));
  return o;
}

json_t *nb_lsp_range_json(const nb_line_index *ix, nb_span span, nb_column_unit unit) {
  json_t *r = json_object();
  json_object_set_new(r, "start", nb_lsp_position_json(ix, span.start, unit));
  json_object_set_new(
      r, "end", nb_lsp_position_json(ix, span.end < span.start ? span.start : span.end, unit));
  return r;
}
