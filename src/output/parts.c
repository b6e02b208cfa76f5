#include "parts.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"

void nb_doc_frame_free(nb_doc_frame *f) {
  free(f->open);
  free(f->separator);
  free(f->close);
  free(f->empty);
  memset(f, 0, sizeof *f);
}

void nb_doc_begin(nb_doc_writer *w, FILE *out, const nb_doc_frame *frame) {
  w->out = out;
  w->frame = frame;
  w->any = false;
}

void nb_doc_put(nb_doc_writer *w, const char *part, size_t len) {
  if (len == 0)
    return;
  fputs(w->any ? w->frame->separator : w->frame->open, w->out);
  fwrite(part, 1, len, w->out);
  w->any = true;
}

void nb_doc_end(nb_doc_writer *w) {
  fputs(w->any ? w->frame->close : w->frame->empty, w->out);
}

/* s with `indent` spaces added at its start and after every line feed. JSON strings hold no
 * raw line feed (jansson escapes it), so every one is a break between two lines of layout.
 * Copied a line at a time: a file's part can be hundreds of kilobytes. */
static char *shift_lines(const char *s, size_t n, int indent, size_t *len) {
  const size_t pad = indent > 0 ? (size_t)indent : 0;
  size_t breaks = 0;
  if (pad > 0)
    for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))); p++)
      breaks++;
  char *out = nb_xmalloc(n + (breaks + 1) * pad + 1);
  size_t k = 0;
  const char *line = s, *end = s + n;
  while (line < end) {
    const char *nl = pad > 0 ? memchr(line, '\n', (size_t)(end - line)) : NULL;
    size_t take = nl ? (size_t)(nl - line) + 1 : (size_t)(end - line);
    memset(out + k, ' ', pad);
    k += pad;
    memcpy(out + k, line, take);
    k += take;
    line += take;
  }
  out[k] = '\0';
  *len = k;
  return out;
}

char *nb_json_array_items(const json_t *array, size_t flags, int indent, size_t *len) {
  char *all = json_dumps(array, flags);
  if (!all)
    nb_out_of_memory();
  size_t n = strlen(all);
  char *items;
  /* "[\n" items "\n]", or "[]" */
  if (n < 4 || json_array_size(array) == 0) {
    items = nb_xstrdup("");
    *len = 0;
  } else {
    items = shift_lines(all + 2, n - 4, indent, len);
  }
  free(all);
  return items;
}

nb_doc_frame nb_doc_frame_around(const char *empty_document, const char *hole, int indent) {
  const char *at = strstr(empty_document, hole);
  nb_doc_frame f;
  /* the hole ends in "[]": the parts go between its brackets */
  size_t head = at ? (size_t)(at - empty_document) + strlen(hole) - 1 : strlen(empty_document);
  /* open: up to and with the hole's opening bracket, then a line break */
  f.open = nb_xmalloc(head + 2);
  memcpy(f.open, empty_document, head);
  memcpy(f.open + head, "\n", 2);
  f.separator = nb_xstrdup(",\n");
  /* close: a line break, the closing bracket at the hole's indent, the rest of the document */
  const char *rest = at ? at + strlen(hole) - 1 : "";
  f.close = nb_xmalloc(1 + (size_t)indent + strlen(rest) + 1);
  f.close[0] = '\n';
  memset(f.close + 1, ' ', (size_t)indent);
  strcpy(f.close + 1 + indent, rest);
  f.empty = nb_xstrdup(empty_document);
  return f;
}

nb_doc_frame nb_doc_frame_lines(const char *header) {
  nb_doc_frame f = {nb_xstrdup(header), nb_xstrdup(""), nb_xstrdup(""), nb_xstrdup(header)};
  return f;
}
