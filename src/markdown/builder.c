#include "markdown.h"

#include <stdlib.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "extension.h"

void nb_markdown_build(const char *text, size_t len, nb_report *out) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  /* A private extension object per parse: it carries this buffer to the postprocess.
   * Attached before "table": the table extension claims every paragraph continuation line
   * it is offered, so a heading inside a paragraph must be seen first. */
  cmark_syntax_extension *nianbao = create_nianbao_extension();
  nianbao_extension_set_source(nianbao, text, len);
  cmark_parser_attach_syntax_extension(parser, nianbao);
  /* Pipe tables become one GFM table block; the stream still gets their raw lines. */
  cmark_syntax_extension *table = cmark_find_syntax_extension("table");
  if (table)
    cmark_parser_attach_syntax_extension(parser, table);
  cmark_parser_feed(parser, text, len);
  cmark_node *doc = cmark_parser_finish(parser);
  nb_report *r = nianbao_document_take_report(doc);
  if (r) {
    nb_report_free(out);
    *out = *r;
    free(r);
  }
  cmark_node_free(doc);
  cmark_parser_free(parser);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), nianbao);
}
