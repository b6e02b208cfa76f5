/* The canonical Markdown form of a report (`nianbao fmt`): the six section headings as ATX
 * headings "## " + numeral + "、" + title as written, the statutory tables as the canonical pipe
 * tables of core/canonical.h, and everything else — prose, lists, the title, signature — byte
 * for byte as the source has it. Blocks are separated by one blank line.
 *
 * The document is rendered through cmark-gfm's CommonMark renderer: it is a tree of the
 * nianbao extension's nodes (NIANBAO_NODE_PROSE, NIANBAO_NODE_SECTION_HEADING,
 * NIANBAO_NODE_TABLE), each carrying its piece of the report model, and the extension's
 * CommonMark render function writes each from the model. Prose goes out as literal text, so
 * cmark neither rewraps nor escapes it and every line break stays. */
#ifndef NB_RENDER_CANONICAL_H
#define NB_RENDER_CANONICAL_H

#include <stdbool.h>
#include <stddef.h>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/render.h>

#include "../core/model.h"

/* Bit t of table_mask (1u << NB_TABLE_*) asks for table t in canonical form; a table left out,
 * or one the model cannot write (unreadable, not found), stays as its source text. Returns a
 * heap string (length in *out_len). */
char *nb_markdown_canonical(const char *text, size_t len, unsigned table_mask, size_t *out_len);

/* nb_markdown_canonical from a report already built from its text. Line breaks come out as
 * "\n" whatever the source used. */
char *nb_canonical_render(const nb_report *r, unsigned table_mask, size_t *out_len);

/* `nianbao fmt`: nb_markdown_canonical with every table that can be rewritten without changing
 * what lint says. Tables are rewritten from what the reader understood of them, so a table it
 * misread would carry the misreading into the file; a table whose rewriting changes the lint
 * findings (other than the layout findings fmt is meant to remove: table-cells-run-together,
 * table-unreadable) is therefore left as it was. The result is a fixed point (formatting it
 * again changes nothing): a rewriting that would not be one is not made, and when no rewriting
 * is, the text comes back as it was. Text the table readers did not take is carried through
 * (table_source.h). The result keeps the text's line ending (its first one: "\n", "\r\n" or
 * "\r") on every line, and a leading byte-order mark. (format.c) */
char *nb_markdown_format(const char *text, size_t len, size_t *out_len);

/* Called by the extension's CommonMark render function: writes `node` when it belongs to a
 * canonical document and returns true; returns false for any other node. */
bool nb_canonical_render_node(cmark_renderer *renderer, cmark_node *node, cmark_event_type ev);

#endif
