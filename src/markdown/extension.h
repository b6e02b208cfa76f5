/* The "nianbao" cmark-gfm syntax extension.
 *
 * While parsing, it opens a NIANBAO_SECTION_HEADING leaf block for a line that reads as a
 * report section heading ("一、总体情况", "**六、其他需要报告的事项**", an indented pdftotext line
 * inside a paragraph), interrupting the paragraph it would otherwise continue. After parsing,
 * when the extension was given the source text (nianbao_extension_set_source), it builds the
 * report model from the tree, wraps each recognised section in a NIANBAO_SECTION node and
 * each statutory table found in a NIANBAO_TABLE node (with exact source positions), and hangs
 * the model on the document node (nianbao_document_take_report).
 *
 * Attach it before the GFM "table" extension: that one claims every paragraph continuation
 * line it is offered, and a heading line inside a paragraph would never reach this one. */
#ifndef NB_MARKDOWN_EXTENSION_H
#define NB_MARKDOWN_EXTENSION_H

#include <stdbool.h>
#include <stddef.h>

#include <cmark-gfm-extension_api.h>

#include "../core/model.h"
#include "../layout/sections.h"

/* Node types, allocated once (by the first create_nianbao_extension call). */
extern cmark_node_type NIANBAO_NODE_SECTION_HEADING;
extern cmark_node_type NIANBAO_NODE_SECTION;
extern cmark_node_type NIANBAO_NODE_TABLE;
/* Source text kept byte for byte: the prose of a canonical document (render_canonical.h). */
extern cmark_node_type NIANBAO_NODE_PROSE;

/* A new extension object. Give each parse whose model you want its own object with
 * nianbao_extension_set_source; objects without a source only mark headings. */
cmark_syntax_extension *create_nianbao_extension(void);

/* Registers the extension with cmark's plugin registry so that
 * cmark_find_syntax_extension("nianbao") finds it. Safe to call more than once. */
void nianbao_extension_register(void);

/* The plugin init function registered by nianbao_extension_register. */
int nianbao_extension_plugin_init(cmark_plugin *plugin);

/* Tells `ext` the exact bytes the parser will be fed (not copied: must outlive the parse). */
void nianbao_extension_set_source(cmark_syntax_extension *ext, const char *text, size_t len);

/* Has `ext` remember the lines its hook read as section headings or not (implied by
 * nianbao_extension_set_source). Only for an object of one parse at a time. */
void nianbao_extension_remember_headings(cmark_syntax_extension *ext);

/* Those lines, for nb_sections_adopt_memo; the caller owns them afterwards (NULL if none). */
nb_heading_memo *nianbao_extension_take_heading_memo(cmark_syntax_extension *ext);

/* Whether the hook reads a line as a section heading (opening a block of its own, interrupting a
 * paragraph): line[0, len) from the line's first character that is neither space nor tab, up to
 * its line break. Lines it reads further go into `ext`'s heading memo. The plain-text reader
 * (plain_blocks.h) asks it of the lines cmark-gfm would offer the hook. */
bool nianbao_extension_reads_heading(cmark_syntax_extension *ext, const char *line, size_t len);

/* For the tests: when set, told every line the hook reads further than its first character (what
 * the heading memo is asked of). NULL otherwise. */
extern void (*nianbao_heading_read_observer)(const char *line, size_t len);

/* The report model the postprocess hung on `document`, or NULL. The caller owns it afterwards
 * (nb_report_free + free). */
nb_report *nianbao_document_take_report(cmark_node *document);

/* Section id (0..5) a NIANBAO_SECTION node stands for, or -1 for any other node. */
int nianbao_section_node_id(cmark_node *node);

#endif
