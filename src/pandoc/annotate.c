#include "annotate.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "ast.h"

/* One comment marker to insert: before element `index` of `list`, or — when split > 0 — inside
 * that Str, `split` bytes into its text. */
typedef struct {
  json_t *list;
  size_t index;
  size_t split;
  int order; /* markers at one point keep the order they were asked for */
  json_t *node;
} insertion;

typedef struct {
  insertion *items;
  int count, cap;
} insertions;

static void add(insertions *l, json_t *list, size_t index, size_t split, json_t *node) {
  nb_grow((void **)&l->items, &l->cap, l->count + 1, sizeof *l->items);
  insertion *in = &l->items[l->count];
  in->list = list;
  in->index = index;
  in->split = split;
  in->order = l->count++;
  in->node = node;
}

static json_t *attr(const char *cls, int id, const char *date) {
  char idtext[16];
  snprintf(idtext, sizeof idtext, "%d", id);
  json_t *pairs = json_pack("[[ss]]", "id", idtext);
  if (date) {
    json_array_append_new(pairs, json_pack("[ss]", "author", "nianbao"));
    json_array_append_new(pairs, json_pack("[ss]", "date", date));
  }
  return json_pack("[s[s]o]", "", cls, pairs);
}

/* Text as pandoc inlines: words as Str, blanks as Space. */
static json_t *inlines_of(const char *text) {
  json_t *list = json_array();
  const char *p = text;
  while (*p) {
    if (*p == ' ' || *p == '\n') {
      while (*p == ' ' || *p == '\n')
        p++;
      json_array_append_new(list, json_pack("{ss}", "t", "Space"));
      continue;
    }
    const char *e = p;
    while (*e && *e != ' ' && *e != '\n')
      e++;
    json_array_append_new(list, json_pack("{s:s,s:s%}", "t", "Str", "c", p, (size_t)(e - p)));
    p = e;
  }
  return list;
}

static json_t *comment_start(int id, const char *text, const char *date) {
  return json_pack("{s:s,s:[o,o]}", "t", "Span", "c", attr("comment-start", id, date),
                   inlines_of(text));
}

static json_t *comment_end(int id) {
  return json_pack("{s:s,s:[o,[]]}", "t", "Span", "c", attr("comment-end", id, NULL));
}

char *pd_comment_text(const nb_diag *d, nb_lang lang) {
  return nb_strdup_printf("%s: %s [%s]", nb_severity_name(d->severity), nb_diag_message(d, lang),
                          d->rule);
}

/* ------------------------------------------------------------------ where a marker goes */

/* The run of piece p holding byte `offset` (start <= offset < end), or -1. */
static int run_holding(const pd_flat *f, const pd_piece *p, size_t offset) {
  int r = pd_flat_run_at(f, offset);
  return r >= p->first_run && r < p->end_run && offset < f->runs[r].end ? r : -1;
}

/* Inserts `node` so that it stands just before byte `offset` of the text (a start marker). */
static void before_offset(const pd_flat *f, const pd_piece *p, size_t offset, json_t *node,
                          insertions *out) {
  int r = run_holding(f, p, offset);
  if (r >= 0) {
    const pd_run *run = &f->runs[r];
    size_t split = run->is_str ? offset - run->start : 0;
    add(out, run->list, run->index, split, node);
    return;
  }
  for (r = p->first_run; r < p->end_run; r++) /* the first run after offset */
    if (f->runs[r].start >= offset) {
      add(out, f->runs[r].list, f->runs[r].index, 0, node);
      return;
    }
  const pd_run *last = &f->runs[p->end_run - 1];
  add(out, last->list, last->index + 1, 0, node);
}

/* Inserts `node` so that it stands just after the byte before `offset` (an end marker). */
static void after_offset(const pd_flat *f, const pd_piece *p, size_t offset, json_t *node,
                         insertions *out) {
  int r = offset > 0 ? run_holding(f, p, offset - 1) : -1;
  if (r >= 0) {
    const pd_run *run = &f->runs[r];
    if (run->is_str && offset < run->end)
      add(out, run->list, run->index, offset - run->start, node);
    else
      add(out, run->list, run->index + 1, 0, node);
    return;
  }
  for (r = p->end_run - 1; r >= p->first_run; r--) /* the last run before offset */
    if (f->runs[r].end <= offset) {
      add(out, f->runs[r].list, f->runs[r].index + 1, 0, node);
      return;
    }
  add(out, f->runs[p->first_run].list, f->runs[p->first_run].index, 0, node);
}

static bool is_sentence_end(const char *s, size_t i, size_t end) {
  static const char *const marks[] = {"。", "！", "？", "；", "!", "?", ";", NULL};
  for (int k = 0; marks[k]; k++) {
    size_t n = strlen(marks[k]);
    if (i + n <= end && memcmp(s + i, marks[k], n) == 0)
      return true;
  }
  return false;
}

static size_t mark_length(const char *s, size_t i) {
  return (unsigned char)s[i] < 0x80 ? 1 : 3;
}

/* How far a sentence is looked for around a finding: past this, the finding's own span is
 * wrapped (a paragraph without sentence marks must not make every comment scan all of it). */
enum { MAX_SENTENCE_BYTES = 3000 };

/* Whether a sentence mark ends just before byte i. */
static bool mark_before(const char *s, size_t lo, size_t i) {
  if (i >= lo + 3 && (unsigned char)s[i - 3] >= 0x80 && is_sentence_end(s, i - 3, i))
    return true;
  return i >= lo + 1 && (unsigned char)s[i - 1] < 0x80 && is_sentence_end(s, i - 1, i);
}

/* The sentence around [start, stop) in the paragraph [lo, hi): back to the last sentence mark
 * before it, on to the first one at or after its last byte. */
static void sentence(const pd_flat *f, size_t lo, size_t hi, size_t *start, size_t *stop) {
  const char *s = f->text;
  size_t a = *start < lo ? lo : *start > hi ? hi : *start;
  size_t b = *stop < a ? a : *stop > hi ? hi : *stop;
  /* Back to the mark before the span: every stop is at a character's start (after a mark, at
   * the paragraph's start, or the span's own start). */
  size_t from = a, floor = from - lo > MAX_SENTENCE_BYTES ? from - MAX_SENTENCE_BYTES : lo;
  while (a > floor && !mark_before(s, lo, a))
    a--;
  if (a > lo && !mark_before(s, lo, a))
    a = from;
  while (a < hi && (s[a] == ' ' || s[a] == '\n'))
    a++;
  /* On to the mark at or after its last byte. */
  size_t i = b > a ? b - 1 : a;
  size_t limit = hi - i > MAX_SENTENCE_BYTES ? i + MAX_SENTENCE_BYTES : hi;
  while (i < limit && !is_sentence_end(s, i, hi))
    i++;
  size_t end = i < limit ? i + mark_length(s, i) : limit < hi ? (b > a ? b : a) : hi;
  while (end > a && (s[end - 1] == ' ' || s[end - 1] == '\n'))
    end--;
  *start = a;
  *stop = end;
}

/* The line of the paragraph [first, end) holding offset that has runs, or the first line. */
static const pd_piece *piece_for(const pd_flat *f, int first, int end, size_t offset) {
  int k = pd_flat_piece_at(f, offset);
  if (k >= end)
    k = end - 1;
  for (; k > first && f->pieces[k].first_run == f->pieces[k].end_run; k--)
    ;
  return &f->pieces[k < first ? first : k];
}

/* The inline list of a block that holds one (Para, Plain, Header), or NULL. */
static json_t *block_inlines(json_t *block) {
  json_t *c = pd_content(block);
  if (pd_is(block, "Para") || pd_is(block, "Plain"))
    return json_is_array(c) ? c : NULL;
  if (pd_is(block, "Header"))
    return json_is_array(pd_at(c, 2)) ? pd_at(c, 2) : NULL;
  return NULL;
}

static json_t *new_plain(void) {
  return json_pack("{s:s,s:[]}", "t", "Plain", "c");
}

/* A comment around a whole cell: from the first paragraph's start to the last one's end. */
static void wrap_cell(json_t *blocks, json_t *start, json_t *stop, insertions *out) {
  json_t *first = NULL, *last = NULL;
  size_t n = json_array_size(blocks);
  for (size_t i = 0; i < n; i++) {
    json_t *inl = block_inlines(pd_at(blocks, i));
    if (inl && !first)
      first = inl;
    if (inl)
      last = inl;
  }
  if (!first) {
    json_t *plain = new_plain();
    json_array_append_new(blocks, plain);
    first = last = pd_content(plain);
  }
  add(out, first, 0, 0, start);
  add(out, last, json_array_size(last), 0, stop);
}

/* A comment on an element with no inlines (a raw HTML block, a title given as a plain string):
 * a paragraph of its own before it holds the comment. Block insertions wait until every place
 * is known, as they shift the blocks after them. */
static void before_block(json_t *parent, size_t index, json_t *start, json_t *stop,
                         insertions *blocks) {
  add(blocks, parent, index, 0, json_pack("{s:s,s:[o,o]}", "t", "Para", "c", start, stop));
}

static void place_comment(const pd_flat *f, json_t *doc_blocks, const nb_diag *d, json_t *start,
                          json_t *stop, insertions *out, insertions *blocks) {
  int p = f->npieces > 0 ? pd_flat_piece_at(f, d->span.start) : -1;
  if (p < 0) {
    before_block(doc_blocks, 0, start, stop, blocks);
    return;
  }
  const pd_piece *piece = &f->pieces[p];
  switch (piece->kind) {
  case PD_PIECE_CELL:
    if (piece->content) {
      wrap_cell(piece->content, start, stop, out);
      return;
    }
    break;
  case PD_PIECE_TITLE:
  case PD_PIECE_HEADING:
    if (piece->content) {
      add(out, piece->content, 0, 0, start);
      add(out, piece->content, json_array_size(piece->content), 0, stop);
      return;
    }
    break;
  case PD_PIECE_TEXT: {
    int first = piece->para_first, end = piece->para_end;
    size_t a = d->span.start, b = d->span.end;
    sentence(f, f->pieces[first].start, f->pieces[end - 1].end, &a, &b);
    const pd_piece *pa = piece_for(f, first, end, a);
    const pd_piece *pb = piece_for(f, first, end, b > a ? b - 1 : a);
    if (pa->first_run < pa->end_run && pb->first_run < pb->end_run) {
      before_offset(f, pa, a, start, out);
      after_offset(f, pb, b, stop, out);
      return;
    }
    break;
  }
  case PD_PIECE_RAW:
    break;
  }
  if (piece->parent)
    before_block(piece->parent, piece->parent_index, start, stop, blocks);
  else
    before_block(doc_blocks, 0, start, stop, blocks);
}

static int compare(const void *x, const void *y) {
  const insertion *a = x, *b = y;
  if (a->list != b->list)
    return a->list < b->list ? -1 : 1;
  if (a->index != b->index)
    return a->index < b->index ? -1 : 1;
  if (a->split != b->split)
    return a->split < b->split ? -1 : 1;
  return a->order - b->order; /* markers at one point keep the order they were asked for */
}

static json_t *str(const char *s, size_t n) {
  return json_pack("{s:s,s:s%}", "t", "Str", "c", s, n);
}

/* Element `el` of a list with the markers ins[0, n) that go before, into or after it. */
static void element_with_markers(json_t *out, json_t *el, const insertion *ins, int n) {
  const char *text = pd_is(el, "Str") ? json_string_value(pd_content(el)) : NULL;
  size_t len = text ? json_string_length(pd_content(el)) : 0, done = 0;
  bool placed = false;
  for (int k = 0; k < n; k++) {
    size_t at = ins[k].split;
    if (at > 0 && !placed && (!text || at >= len)) {
      if (done == 0)
        json_array_append(out, el); /* the whole element, then what goes after it */
      else if (done < len)
        json_array_append_new(out, str(text + done, len - done));
      placed = true;
      done = len;
    } else if (at > done && text && at < len) {
      json_array_append_new(out, str(text + done, at - done));
      done = at;
    }
    json_array_append(out, ins[k].node);
  }
  if (!placed && done == 0)
    json_array_append(out, el);
  else if (!placed && done < len)
    json_array_append_new(out, str(text + done, len - done));
}

/* Rebuilds one list with its markers, ins[0, n) sorted by index, split and order: one pass,
 * however many comments land in it. */
static void rebuild(json_t *list, const insertion *ins, int n) {
  size_t size = json_array_size(list);
  json_t *out = json_array();
  int k = 0;
  for (size_t i = 0; i <= size; i++) {
    int first = k;
    while (k < n && (ins[k].index == i || (i == size && ins[k].index > size)))
      k++;
    if (i < size)
      element_with_markers(out, json_array_get(list, i), ins + first, k - first);
    else
      for (int j = first; j < k; j++)
        json_array_append(out, ins[j].node);
  }
  json_array_clear(list);
  json_array_extend(list, out);
  json_decref(out);
}

static void apply_all(insertions *l) {
  if (l->count == 0)
    return;
  qsort(l->items, (size_t)l->count, sizeof *l->items, compare);
  for (int i = 0; i < l->count;) {
    int j = i;
    while (j < l->count && l->items[j].list == l->items[i].list)
      j++;
    rebuild(l->items[i].list, l->items + i, j - i);
    i = j;
  }
  for (int i = 0; i < l->count; i++)
    json_decref(l->items[i].node);
  free(l->items);
}

void pd_annotate(const pd_flat *f, json_t *blocks, const nb_diag_list *diags, nb_lang lang,
                 int first_id, const char *date) {
  insertions inlines = {0}, paragraphs = {0};
  for (int i = 0; i < diags->count; i++) {
    const nb_diag *d = &diags->items[i];
    char *text = pd_comment_text(d, lang);
    int id = first_id + i;
    place_comment(f, blocks, d, comment_start(id, text, date), comment_end(id), &inlines,
                  &paragraphs);
    free(text);
  }
  apply_all(&inlines);
  apply_all(&paragraphs);
}
