/* A document's text and tree, reparsed incrementally after each edit. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "language.h"
#include "syntax.h"

struct nb_syntax_doc {
  char *text;
  size_t len;
  size_t cap;
  TSParser *parser;
  TSTree *tree;
};

static void reparse(nb_syntax_doc *doc, TSTree *old) {
  TSTree *tree = ts_parser_parse_string(doc->parser, old, doc->text, (uint32_t)doc->len);
  if (old)
    ts_tree_delete(old);
  doc->tree = tree;
}

nb_syntax_doc *nb_syntax_open(const char *text, size_t len) {
  nb_syntax_doc *doc = nb_xcalloc(1, sizeof *doc);
  doc->cap = len ? len : 1;
  doc->text = nb_xmalloc(doc->cap);
  memcpy(doc->text, text, len);
  doc->len = len;
  doc->parser = ts_parser_new();
  ts_parser_set_language(doc->parser, nb_syntax_language());
  reparse(doc, NULL);
  return doc;
}

void nb_syntax_close(nb_syntax_doc *doc) {
  if (!doc)
    return;
  ts_tree_delete(doc->tree);
  ts_parser_delete(doc->parser);
  free(doc->text);
  free(doc);
}

const char *nb_syntax_text(const nb_syntax_doc *doc, size_t *len) {
  *len = doc->len;
  return doc->text;
}

const TSTree *nb_syntax_tree(const nb_syntax_doc *doc) {
  return doc->tree;
}

/* tree-sitter's point of a byte offset: rows end at '\n', columns count bytes. */
static TSPoint point_of(const char *text, size_t offset) {
  TSPoint p = {0, 0};
  size_t line_start = 0;
  for (const char *s = text, *end = text + offset;;) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    if (!nl)
      break;
    p.row++;
    line_start = (size_t)(nl - text) + 1;
    s = nl + 1;
  }
  p.column = (uint32_t)(offset - line_start);
  return p;
}

/* The point reached from `from` by appending text[0, len). */
static TSPoint point_after(TSPoint from, const char *text, size_t len) {
  TSPoint p = from;
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '\n') {
      p.row++;
      p.column = 0;
    } else {
      p.column++;
    }
  }
  return p;
}

bool nb_syntax_edit(nb_syntax_doc *doc, size_t start, size_t old_end, const char *repl,
                    size_t repl_len) {
  if (start > old_end || old_end > doc->len)
    return false;
  TSInputEdit edit;
  edit.start_byte = (uint32_t)start;
  edit.old_end_byte = (uint32_t)old_end;
  edit.new_end_byte = (uint32_t)(start + repl_len);
  edit.start_point = point_of(doc->text, start);
  edit.old_end_point = point_after(edit.start_point, doc->text + start, old_end - start);
  edit.new_end_point = point_after(edit.start_point, repl, repl_len);

  size_t new_len = doc->len - (old_end - start) + repl_len;
  if (new_len > doc->cap) {
    doc->cap = new_len + new_len / 2;
    doc->text = nb_xrealloc(doc->text, doc->cap);
  }
  memmove(doc->text + start + repl_len, doc->text + old_end, doc->len - old_end);
  memcpy(doc->text + start, repl, repl_len);
  doc->len = new_len;

  ts_tree_edit(doc->tree, &edit);
  reparse(doc, doc->tree);
  return true;
}

void nb_syntax_update(nb_syntax_doc *doc, const char *text, size_t len) {
  size_t prefix = 0;
  size_t shorter = len < doc->len ? len : doc->len;
  while (prefix < shorter && doc->text[prefix] == text[prefix])
    prefix++;
  size_t suffix = 0;
  while (suffix < shorter - prefix && doc->text[doc->len - 1 - suffix] == text[len - 1 - suffix])
    suffix++;
  if (prefix == doc->len && prefix == len)
    return;
  nb_syntax_edit(doc, prefix, doc->len - suffix, text + prefix, len - suffix - prefix);
}
