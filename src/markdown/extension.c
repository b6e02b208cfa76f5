#include "extension.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm/node.h>
#include <cmark-gfm/registry.h>
#include <cmark-gfm/render.h>

#include "../core/xalloc.h"
#include "../layout/build.h"
#include "../layout/sections.h"
#include "render_canonical.h"
#include "restructure.h"
#include "source_lines.h"
#include "stream_from_cmark.h"

cmark_node_type NIANBAO_NODE_SECTION_HEADING;
cmark_node_type NIANBAO_NODE_SECTION;
cmark_node_type NIANBAO_NODE_TABLE;
cmark_node_type NIANBAO_NODE_PROSE;

static pthread_once_t types_once = PTHREAD_ONCE_INIT;
static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void allocate_node_types(void) {
  NIANBAO_NODE_SECTION_HEADING = cmark_syntax_extension_add_node(0);
  NIANBAO_NODE_SECTION = cmark_syntax_extension_add_node(0);
  NIANBAO_NODE_TABLE = cmark_syntax_extension_add_node(0);
  NIANBAO_NODE_PROSE = cmark_syntax_extension_add_node(0);
}

/* What an extension object knows of its parse: the source text (for the model) and the lines
 * its hook read as headings or not, for the section finder to read again without parsing. The
 * shared registered extension has none: parses on many threads use it at once. */
typedef struct {
  const char *text; /* NULL: no source, no model */
  size_t len;
  nb_heading_memo *memo;
} parse_state;

static void free_state(cmark_mem *mem, void *data) {
  (void)mem;
  parse_state *st = data;
  nb_heading_memo_free(st->memo);
  free(st);
}

static parse_state *state_of(cmark_syntax_extension *ext) {
  parse_state *st = cmark_syntax_extension_get_private(ext);
  if (!st) {
    st = nb_xcalloc(1, sizeof *st);
    cmark_syntax_extension_set_private(ext, st, free_state);
  }
  return st;
}

/* ---------------------------------------------------------------- parsing */

void (*nianbao_heading_read_observer)(const char *line, size_t len);

bool nianbao_extension_reads_heading(cmark_syntax_extension *ext, const char *line, size_t len) {
  /* Nearly every line, settled by its first character. Whether the span takes the line break
   * after the line (the hook's input does) changes nothing: an ASCII character is read alone,
   * and neither an ideograph nor a numeral is made of line-break bytes. */
  if (len == 0 || nb_section_plainly_unnumbered(line, nb_span_make(0, len)))
    return false;
  parse_state *st = cmark_syntax_extension_get_private(ext);
  if (nianbao_heading_read_observer)
    nianbao_heading_read_observer(line, len);
  nb_heading_guess guess;
  return nb_section_heading_read(st ? &st->memo : NULL, line, nb_span_make(0, len), false, &guess);
}

static cmark_node *try_opening_heading(cmark_syntax_extension *self, int indented,
                                       cmark_parser *parser, cmark_node *parent,
                                       unsigned char *input, int len) {
  (void)indented;
  if (cmark_node_get_type(parent) == NIANBAO_NODE_SECTION_HEADING)
    return NULL;
  int first = cmark_parser_get_first_nonspace(parser);
  int end = len;
  while (end > first && (input[end - 1] == '\n' || input[end - 1] == '\r'))
    end--;
  const char *line = (const char *)input + first;
  if (first >= end || !nianbao_extension_reads_heading(self, line, (size_t)(end - first)))
    return NULL;
  cmark_node *node =
      cmark_parser_add_child(parser, parent, NIANBAO_NODE_SECTION_HEADING, first + 1);
  cmark_node_set_syntax_extension(node, self);
  cmark_strbuf_put(&node->content, (const unsigned char *)line, end - first);
  /* The whole line is the heading: leave nothing for a paragraph. */
  cmark_parser_advance_offset(parser, (const char *)input,
                              len - 1 - cmark_parser_get_offset(parser), 0);
  return node;
}

/* A heading line followed by "===" or "---" is a setext heading after all. */
static int heading_continues(cmark_syntax_extension *self, cmark_parser *parser,
                             unsigned char *input, int len, cmark_node *container) {
  (void)self;
  if (cmark_node_get_type(container) != NIANBAO_NODE_SECTION_HEADING ||
      cmark_parser_get_indent(parser) >= 4)
    return 0;
  int i = cmark_parser_get_first_nonspace(parser);
  if (i >= len || (input[i] != '=' && input[i] != '-'))
    return 0;
  unsigned char mark = input[i];
  while (i < len && input[i] == mark)
    i++;
  while (i < len && (input[i] == ' ' || input[i] == '\t'))
    i++;
  if (i < len && input[i] != '\n' && input[i] != '\r')
    return 0;
  container->type = (uint16_t)CMARK_NODE_HEADING;
  container->as.heading.level = mark == '=' ? 1 : 2;
  container->as.heading.setext = true;
  container->extension = NULL;
  cmark_parser_advance_offset(parser, (const char *)input,
                              len - 1 - cmark_parser_get_offset(parser), 0);
  return 1;
}

/* ---------------------------------------------------------------- node types */

static const char *type_string(cmark_syntax_extension *self, cmark_node *node) {
  (void)self;
  cmark_node_type t = cmark_node_get_type(node);
  if (t == NIANBAO_NODE_SECTION_HEADING)
    return "nianbao_section_heading";
  if (t == NIANBAO_NODE_SECTION)
    return "nianbao_section";
  if (t == NIANBAO_NODE_TABLE)
    return "nianbao_table";
  if (t == NIANBAO_NODE_PROSE)
    return "nianbao_prose";
  return "<unknown>";
}

static int can_contain(cmark_syntax_extension *self, cmark_node *node, cmark_node_type child) {
  (void)self;
  cmark_node_type t = cmark_node_get_type(node);
  if (t == NIANBAO_NODE_SECTION_HEADING)
    return (child & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
  if ((child & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK || child == CMARK_NODE_ITEM ||
      child == CMARK_NODE_DOCUMENT || child == NIANBAO_NODE_SECTION)
    return 0;
  return t == NIANBAO_NODE_SECTION || child != NIANBAO_NODE_TABLE;
}

static int contains_inlines(cmark_syntax_extension *self, cmark_node *node) {
  (void)self;
  return cmark_node_get_type(node) == NIANBAO_NODE_SECTION_HEADING;
}

/* ---------------------------------------------------------------- rendering */

static void render_commonmark(cmark_syntax_extension *self, cmark_renderer *renderer,
                              cmark_node *node, cmark_event_type ev, int options) {
  (void)self;
  (void)options;
  /* Nodes of a canonical document (nb_markdown_canonical) write themselves. */
  if (nb_canonical_render_node(renderer, node, ev))
    return;
  /* The children carry the text (and ** markup) themselves; a block just ends a paragraph. */
  if (ev == CMARK_EVENT_EXIT)
    renderer->blankline(renderer);
}

static void render_html(cmark_syntax_extension *self, cmark_html_renderer *renderer,
                        cmark_node *node, cmark_event_type ev, int options) {
  (void)self;
  (void)options;
  bool enter = ev == CMARK_EVENT_ENTER;
  cmark_strbuf *html = renderer->html;
  cmark_node_type t = cmark_node_get_type(node);
  if (t == NIANBAO_NODE_SECTION_HEADING) {
    cmark_strbuf_puts(html, enter ? "<p class=\"nianbao-section-heading\">" : "</p>\n");
  } else if (t == NIANBAO_NODE_SECTION) {
    cmark_strbuf_puts(html, enter ? "<section class=\"nianbao-section\">\n" : "</section>\n");
  } else if (t == NIANBAO_NODE_TABLE) {
    cmark_strbuf_puts(html, enter ? "<div class=\"nianbao-table\">\n" : "</div>\n");
  }
}

/* ---------------------------------------------------------------- the model */

static void free_report(cmark_mem *mem, void *data) {
  (void)mem;
  nb_report_free(data);
  free(data);
}

static cmark_node *postprocess(cmark_syntax_extension *self, cmark_parser *parser,
                               cmark_node *root) {
  (void)parser;
  parse_state *src = cmark_syntax_extension_get_private(self);
  if (!src || !src->text)
    return root;
  nb_line_index lines;
  nb_line_index_build(&lines, src->text, src->len);
  nb_report *r = nb_xmalloc(sizeof *r);
  nb_report_init(r, src->text, src->len);
  nb_sections_adopt_memo(r, nianbao_extension_take_heading_memo(self));
  nb_stream_from_cmark(root, &lines, &r->stream);
  nb_build_report(r);
  nb_restructure_tree(root, self, r, &lines);
  nb_line_index_free(&lines);
  cmark_node_set_user_data(root, r);
  cmark_node_set_user_data_free_func(root, free_report);
  return root;
}

nb_report *nianbao_document_take_report(cmark_node *document) {
  if (!document || document->user_data_free_func != free_report)
    return NULL;
  nb_report *r = document->user_data;
  cmark_node_set_user_data(document, NULL);
  cmark_node_set_user_data_free_func(document, NULL);
  return r;
}

int nianbao_section_node_id(cmark_node *node) {
  if (!node || cmark_node_get_type(node) != NIANBAO_NODE_SECTION)
    return -1;
  return (int)(intptr_t)node->as.opaque - 1;
}

/* ---------------------------------------------------------------- registration */

void nianbao_extension_set_source(cmark_syntax_extension *ext, const char *text, size_t len) {
  parse_state *st = state_of(ext);
  st->text = text;
  st->len = len;
}

void nianbao_extension_remember_headings(cmark_syntax_extension *ext) {
  state_of(ext);
}

nb_heading_memo *nianbao_extension_take_heading_memo(cmark_syntax_extension *ext) {
  parse_state *st = cmark_syntax_extension_get_private(ext);
  if (!st)
    return NULL;
  nb_heading_memo *memo = st->memo;
  st->memo = NULL;
  return memo;
}

cmark_syntax_extension *create_nianbao_extension(void) {
  pthread_once(&types_once, allocate_node_types);
  cmark_syntax_extension *ext = cmark_syntax_extension_new("nianbao");
  cmark_syntax_extension_set_open_block_func(ext, try_opening_heading);
  cmark_syntax_extension_set_match_block_func(ext, heading_continues);
  cmark_syntax_extension_set_get_type_string_func(ext, type_string);
  cmark_syntax_extension_set_can_contain_func(ext, can_contain);
  cmark_syntax_extension_set_contains_inlines_func(ext, contains_inlines);
  cmark_syntax_extension_set_commonmark_render_func(ext, render_commonmark);
  cmark_syntax_extension_set_plaintext_render_func(ext, render_commonmark);
  cmark_syntax_extension_set_html_render_func(ext, render_html);
  cmark_syntax_extension_set_postprocess_func(ext, postprocess);
  return ext;
}

int nianbao_extension_plugin_init(cmark_plugin *plugin) {
  cmark_plugin_register_syntax_extension(plugin, create_nianbao_extension());
  return 1;
}

static void register_once_fn(void) {
  cmark_register_plugin(nianbao_extension_plugin_init);
}

void nianbao_extension_register(void) {
  pthread_once(&register_once, register_once_fn);
}
