/* Helpers shared by the pandoc front-end's tests: pandoc JSON written with macros, parsed and
 * flattened, and the text of a stream item or a span. */
#ifndef TEST_PANDOC_SUPPORT_H
#define TEST_PANDOC_SUPPORT_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pandoc/document.h"
#include "pandoc/flat.h"

#define C ","
#define ATTR "[\"\",[],[]]"
#define POS(p) "[\"\",[],[[\"data-pos\",\"" p "\"]]]"
#define STR(s) "{\"t\":\"Str\",\"c\":\"" s "\"}"
#define SP "{\"t\":\"Space\"}"
#define SB "{\"t\":\"SoftBreak\"}"
#define LB "{\"t\":\"LineBreak\"}"
#define SPAN(attr, inl) "{\"t\":\"Span\",\"c\":[" attr ",[" inl "]]}"
#define STRONG(inl) "{\"t\":\"Strong\",\"c\":[" inl "]}"
#define PARA(inl) "{\"t\":\"Para\",\"c\":[" inl "]}"
#define PLAIN(inl) "{\"t\":\"Plain\",\"c\":[" inl "]}"
#define HEADER(level, attr, inl) "{\"t\":\"Header\",\"c\":[" #level "," attr ",[" inl "]]}"
#define DIV(attr, blocks) "{\"t\":\"Div\",\"c\":[" attr ",[" blocks "]]}"
#define CELL(rs, cs, blocks) "[" ATTR ",{\"t\":\"AlignDefault\"}," #rs "," #cs ",[" blocks "]]"
#define ROW(cells) "[" ATTR ",[" cells "]]"
/* A Table with head rows, one body and foot rows. */
#define TABLE(attr, head, body, foot)                                                              \
  "{\"t\":\"Table\",\"c\":[" attr ",[null,[]],[],[" ATTR ",[" head "]],[[" ATTR ",0,[],[" body     \
  "]]],[" ATTR ",[" foot "]]]}"
#define DOC(blocks) "{\"pandoc-api-version\":[1,22,2,1],\"meta\":{},\"blocks\":[" blocks "]}"
#define DOC_META(meta, blocks)                                                                     \
  "{\"pandoc-api-version\":[1,22,2,1],\"meta\":{" meta "},\"blocks\":[" blocks "]}"

/* Parses `json` (a pandoc document) into doc and flattens it into f. */
static inline void flatten_json(const char *json, pd_document *doc, pd_flat *f) {
  char *error = NULL;
  size_t len = strlen(json);
  char *bytes = malloc(len);
  memcpy(bytes, json, len);
  cr_assert(pd_document_parse(bytes, len, NB_LANG_EN, doc, &error), "parse: %s", error);
  pd_flatten(doc, f);
}

static inline char *slurp(const char *path, size_t *len) {
  FILE *in = fopen(path, "rb");
  cr_assert_not_null(in, "cannot open %s", path);
  fseek(in, 0, SEEK_END);
  long n = ftell(in);
  fseek(in, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  cr_assert_eq(fread(data, 1, (size_t)n, in), (size_t)n);
  data[n] = '\0';
  fclose(in);
  *len = (size_t)n;
  return data;
}

/* The text of item i, as a static buffer. */
static inline const char *item_text(const pd_flat *f, int i) {
  static char buf[4096];
  nb_span s = f->items[i].span;
  snprintf(buf, sizeof buf, "%.*s", (int)(s.end - s.start), f->text + s.start);
  return buf;
}

static inline const char *span_text(const pd_flat *f, nb_span s) {
  static char buf[4096];
  snprintf(buf, sizeof buf, "%.*s", (int)(s.end - s.start), f->text + s.start);
  return buf;
}

/* Byte offset of `needle` in the flattened text. */
static inline size_t text_offset(const pd_flat *f, const char *needle) {
  const char *p = strstr(f->text, needle);
  cr_assert_not_null(p, "'%s' is not in the flattened text:\n%s", needle, f->text);
  return (size_t)(p - f->text);
}

#endif
