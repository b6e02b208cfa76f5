#include "documents.h"

#include <stdlib.h>
#include <string.h>

#include "../core/uri.h"
#include "../core/xalloc.h"

void nb_lsp_docs_init(nb_lsp_docs *d) {
  memset(d, 0, sizeof *d);
}

void nb_lsp_doc_free(nb_lsp_doc *doc) {
  if (!doc)
    return;
  free(doc->uri);
  free(doc->path);
  free(doc->language_id);
  free(doc->text);
  nb_line_index_free(&doc->lines);
  free(doc);
}

void nb_lsp_docs_free(nb_lsp_docs *d) {
  for (int i = 0; i < d->count; i++)
    nb_lsp_doc_free(d->items[i]);
  free(d->items);
  nb_lsp_docs_init(d);
}

nb_lsp_doc *nb_lsp_docs_find(const nb_lsp_docs *d, const char *uri) {
  for (int i = 0; i < d->count; i++)
    if (strcmp(d->items[i]->uri, uri) == 0)
      return d->items[i];
  return NULL;
}

static void reserve(nb_lsp_doc *doc, size_t len) {
  if (len + 1 <= doc->cap)
    return;
  size_t cap = doc->cap ? doc->cap : 4096;
  while (cap < len + 1)
    cap += cap / 2;
  doc->text = nb_xrealloc(doc->text, cap);
  doc->cap = cap;
}

/* Copies text in, with NUL characters as spaces. */
static void copy_text(char *to, const char *from, size_t len) {
  memcpy(to, from, len);
  for (char *nul = memchr(to, '\0', len); nul; nul = memchr(nul, '\0', len - (size_t)(nul - to)))
    *nul = ' ';
}

void nb_lsp_doc_set_text(nb_lsp_doc *doc, const char *text, size_t len) {
  reserve(doc, len);
  copy_text(doc->text, text, len);
  doc->len = len;
  doc->text[len] = '\0';
  nb_line_index_free(&doc->lines);
  nb_line_index_build(&doc->lines, doc->text, doc->len);
}

nb_lsp_doc *nb_lsp_docs_open(nb_lsp_docs *d, const char *uri, const char *language_id,
                             long long version, const char *text, size_t len) {
  nb_lsp_doc *doc = nb_lsp_docs_find(d, uri);
  if (!doc) {
    doc = nb_xcalloc(1, sizeof *doc);
    doc->uri = nb_xstrdup(uri);
    doc->path = nb_uri_to_path(uri);
    nb_grow((void **)&d->items, &d->cap, d->count + 1, sizeof *d->items);
    d->items[d->count++] = doc;
  }
  free(doc->language_id);
  doc->language_id = nb_xstrdup(language_id ? language_id : "");
  doc->version = version;
  nb_lsp_doc_set_text(doc, text, len);
  return doc;
}

nb_lsp_doc *nb_lsp_docs_take(nb_lsp_docs *d, const char *uri) {
  for (int i = 0; i < d->count; i++) {
    if (strcmp(d->items[i]->uri, uri) != 0)
      continue;
    nb_lsp_doc *doc = d->items[i];
    memmove(d->items + i, d->items + i + 1, (size_t)(d->count - i - 1) * sizeof *d->items);
    d->count--;
    return doc;
  }
  return NULL;
}

size_t nb_lsp_doc_offset(const nb_lsp_doc *doc, nb_position pos, nb_column_unit unit) {
  return nb_offset_of(&doc->lines, pos, unit);
}

nb_span nb_lsp_doc_span(const nb_lsp_doc *doc, nb_position start, nb_position end,
                        nb_column_unit unit) {
  size_t a = nb_lsp_doc_offset(doc, start, unit), b = nb_lsp_doc_offset(doc, end, unit);
  return a <= b ? nb_span_make(a, b) : nb_span_make(b, a);
}

void nb_lsp_doc_edit(nb_lsp_doc *doc, nb_position start, nb_position end, nb_column_unit unit,
                     const char *text, size_t len, size_t *from, size_t *to) {
  nb_span old = nb_lsp_doc_span(doc, start, end, unit);
  size_t a = old.start, b = old.end;
  size_t new_len = doc->len - (b - a) + len;
  reserve(doc, new_len);
  memmove(doc->text + a + len, doc->text + b, doc->len - b);
  copy_text(doc->text + a, text, len);
  doc->len = new_len;
  doc->text[new_len] = '\0';
  nb_line_index_replace(&doc->lines, doc->text, doc->len, a, b, a + len);
  *from = a;
  *to = b;
}
