/* pd_flatten: the document's blocks in order, each leaf block becoming stream items over the
 * synthetic text (see flat.h). Containers (Div, BlockQuote, lists, Figure) are walked through. */
#include <stdlib.h>
#include <string.h>

#include "../core/suppress.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "../layout/pipe_row.h"
#include "ast.h"
#include "flat_internal.h"

/* ------------------------------------------------------------------ text, runs, anchors */

static bool is_ascii_word_byte(char c) {
  return (unsigned char)c < 0x80 && c != ' ' && c != '\n' && c != '\t';
}

void pd_put(pd_flattener *fl, const char *s, size_t n) {
  if (n == 0)
    return;
  if (fl->pending_space) {
    fl->pending_space = false;
    size_t from = fl->piece >= 0 ? fl->f->pieces[fl->piece].start : fl->item_start;
    /* Chinese text broken over lines reads as one word; ASCII words keep a space. */
    if (fl->text.len > from && is_ascii_word_byte(fl->text.s[fl->text.len - 1]) &&
        is_ascii_word_byte(s[0]))
      nb_rule_buf_append(&fl->text, " ", 1);
  }
  nb_rule_buf_append(&fl->text, s, n);
  fl->need_anchor = false;
}

void pd_add_run(pd_flattener *fl, size_t start, json_t *list, size_t index, bool is_str) {
  pd_flat *f = fl->f;
  if (start >= fl->text.len)
    return;
  nb_grow((void **)&f->runs, &fl->run_cap, f->nruns + 1, sizeof *f->runs);
  pd_run *r = &f->runs[f->nruns++];
  r->start = start;
  r->end = fl->text.len;
  r->list = list;
  r->index = index;
  r->is_str = is_str;
  r->pos = fl->span_pos;
  if (r->pos.line > 0 && start > fl->span_start)
    r->pos.column += (int)nb_utf8_count(fl->text.s + fl->span_start, start - fl->span_start);
}

void pd_add_anchor(pd_flattener *fl, size_t offset, pd_pos pos) {
  pd_flat *f = fl->f;
  if (pos.line <= 0)
    return;
  if (f->nanchors > 0 && f->anchors[f->nanchors - 1].offset == offset)
    return; /* the outermost element came first */
  nb_grow((void **)&f->anchors, &fl->anchor_cap, f->nanchors + 1, sizeof *f->anchors);
  f->anchors[f->nanchors].offset = offset;
  f->anchors[f->nanchors].pos = pos;
  f->nanchors++;
}

/* ------------------------------------------------------------------ data-pos */

/* pandoc reads a few files into one document; a document naming more than this many is not a
 * report, and looking each name up among them all would grow with their square. */
enum { MAX_FILES = 64 };

/* The index of file `name` in f->files, added if new; -1 past MAX_FILES. */
static int intern_file(pd_flattener *fl, const char *name, size_t len) {
  pd_flat *f = fl->f;
  for (int i = f->nfiles - 1; i >= 0; i--)
    if (strlen(f->files[i]) == len && memcmp(f->files[i], name, len) == 0)
      return i;
  if (f->nfiles >= MAX_FILES)
    return -1;
  nb_grow((void **)&f->files, &fl->file_cap, f->nfiles + 1, sizeof *f->files);
  f->files[f->nfiles] = nb_xstrndup(name, len);
  return f->nfiles++;
}

/* Reads "L:C" at *s; advances past it. */
static bool read_point(const char **s, int *line, int *column) {
  char *end;
  long l = strtol(*s, &end, 10);
  if (end == *s || *end != ':' || l < 1 || l > 100000000)
    return false;
  const char *c = end + 1;
  long col = strtol(c, &end, 10);
  if (end == c || col < 1 || col > 100000000)
    return false;
  *line = (int)l;
  *column = (int)col;
  *s = end;
  return true;
}

static bool parse_data_pos(pd_flattener *fl, const char *value, pd_pos *start, pd_pos *end) {
  const char *at = strrchr(value, '@');
  const char *p = at ? at + 1 : value;
  pd_pos a = {0, 0, 0}, b = {0, 0, 0};
  if (!read_point(&p, &a.line, &a.column))
    return false;
  if (*p == '-') {
    p++;
    if (!read_point(&p, &b.line, &b.column))
      return false;
  } else {
    b = a;
  }
  if (*p != '\0')
    return false;
  a.file = b.file = intern_file(fl, value, at ? (size_t)(at - value) : 0);
  if (a.file < 0)
    return false;
  fl->f->positioned = true;
  *start = a;
  if (end)
    *end = b;
  return true;
}

bool pd_attr_pos(pd_flattener *fl, const json_t *attr, pd_pos *start, pd_pos *end) {
  const char *v = pd_attr_value(attr, "data-pos");
  return v && parse_data_pos(fl, v, start, end);
}

bool pd_parse_data_pos(const char *value, pd_flat *f, pd_pos *start, pd_pos *end) {
  pd_flattener fl;
  memset(&fl, 0, sizeof fl);
  fl.f = f;
  fl.file_cap = f->nfiles;
  return parse_data_pos(&fl, value, start, end);
}

/* ------------------------------------------------------------------ items and pieces */

void pd_item_begin(pd_flattener *fl, nb_item_kind kind, int level, pd_pos pos) {
  if (fl->in_item)
    pd_item_end(fl);
  if (fl->text.len > 0)
    nb_rule_buf_append(&fl->text, "\n", 1);
  fl->in_item = true;
  fl->item_kind = kind;
  fl->item_level = level;
  fl->item_start = fl->text.len;
  fl->item_pos = pos;
  fl->item_end_line = 0;
  fl->pending_space = false;
  fl->need_anchor = true;
}

static bool blank_before(pd_flattener *fl, pd_pos pos) {
  if (pos.line > 0 && fl->last_line > 0)
    return pos.line > fl->last_line + 1;
  return fl->blank;
}

static void push_item(pd_flattener *fl, nb_stream_item *item, pd_pos pos, int end_line) {
  pd_flat *f = fl->f;
  item->blank_before = blank_before(fl, pos);
  item->block = fl->block;
  nb_grow((void **)&f->items, &fl->item_cap, f->nitems + 1, sizeof *f->items);
  f->items[f->nitems++] = *item;
  fl->blank = false;
  int last = end_line > pos.line ? end_line : pos.line;
  if (last > 0)
    fl->last_line = last;
}

/* The first position of the item: its own, else the first run's or anchor's in it. */
static pd_pos item_position(pd_flattener *fl) {
  if (fl->item_pos.line > 0)
    return fl->item_pos;
  pd_flat *f = fl->f;
  for (int a = f->nanchors - 1; a >= 0 && f->anchors[a].offset >= fl->item_start; a--)
    if (f->anchors[a].offset == fl->item_start)
      return f->anchors[a].pos;
  for (int r = f->nruns - 1; r >= 0 && f->runs[r].start >= fl->item_start; r--)
    if (r == 0 || f->runs[r - 1].start < fl->item_start)
      return f->runs[r].pos;
  pd_pos none = {0, 0, 0};
  return none;
}

void pd_item_end(pd_flattener *fl) {
  if (!fl->in_item)
    return;
  fl->in_item = false;
  size_t a = fl->item_start, b = fl->text.len;
  nb_trim_span(fl->text.s, &a, &b);
  if (a >= b)
    return; /* nothing but spaces: not an item, as a blank source line is none */
  nb_stream_item item;
  memset(&item, 0, sizeof item);
  item.kind = fl->item_kind;
  item.heading_level = fl->item_level;
  item.span = nb_span_make(fl->item_start, fl->text.len);
  push_item(fl, &item, item_position(fl), fl->item_end_line);
}

void pd_break(pd_flattener *fl) {
  if (fl->breaks == PD_BREAK_SPACE) {
    fl->pending_space = true;
    return;
  }
  nb_item_kind kind = fl->item_kind;
  int level = fl->item_level;
  /* A piece is one line: the next line is a piece of its own over the same inlines. */
  int piece = fl->piece;
  pd_piece_end(fl);
  pd_item_end(fl);
  pd_pos none = {0, 0, 0};
  pd_item_begin(fl, kind, level, none);
  if (piece >= 0) {
    pd_piece p = fl->f->pieces[piece];
    pd_piece_begin(fl, p.kind, p.content, p.parent, p.parent_index);
  }
}

void pd_push_row(pd_flattener *fl, nb_span span, nb_stream_cell *cells, int ncells, pd_pos pos) {
  nb_stream_item item;
  memset(&item, 0, sizeof item);
  item.kind = NB_ITEM_ROW;
  item.span = span;
  item.ncells = ncells;
  item.cells = nb_xmalloc((size_t)(ncells > 0 ? ncells : 1) * sizeof *cells);
  memcpy(item.cells, cells, (size_t)ncells * sizeof *cells);
  push_item(fl, &item, pos, 0);
}

int pd_piece_begin(pd_flattener *fl, pd_piece_kind kind, json_t *content, json_t *parent,
                   size_t parent_index) {
  pd_flat *f = fl->f;
  nb_grow((void **)&f->pieces, &fl->piece_cap, f->npieces + 1, sizeof *f->pieces);
  pd_piece *p = &f->pieces[f->npieces];
  memset(p, 0, sizeof *p);
  p->kind = kind;
  p->start = p->end = fl->text.len;
  p->content = content;
  p->parent = parent;
  p->parent_index = parent_index;
  p->first_run = p->end_run = f->nruns;
  p->block = fl->block;
  p->item = f->nitems;
  p->table = p->row = p->cell = -1;
  fl->piece = f->npieces++;
  return fl->piece;
}

void pd_piece_end(pd_flattener *fl) {
  if (fl->piece < 0)
    return;
  pd_piece *p = &fl->f->pieces[fl->piece];
  p->end = fl->text.len;
  p->end_run = fl->f->nruns;
  if (p->first_run < p->end_run && p->pos.line == 0)
    p->pos = fl->f->runs[p->first_run].pos;
  for (int a = fl->f->nanchors - 1; a >= 0 && fl->f->anchors[a].offset >= p->start; a--)
    if (fl->f->anchors[a].offset == p->start)
      p->pos = fl->f->anchors[a].pos;
  fl->piece = -1;
}

/* ------------------------------------------------------------------ blocks */

static void inline_block(pd_flattener *fl, pd_piece_kind kind, json_t *inlines, json_t *parent,
                         size_t index, nb_item_kind item_kind, int level, pd_pos pos) {
  fl->breaks = item_kind == NB_ITEM_HEADING ? PD_BREAK_SPACE : PD_BREAK_LINE;
  pd_item_begin(fl, item_kind, level, item_kind == NB_ITEM_HEADING ? pos : (pd_pos){0, 0, 0});
  if (item_kind == NB_ITEM_HEADING) {
    fl->item_end_line = fl->block_end.line - (fl->block_end.column <= 1 ? 1 : 0);
    pd_add_anchor(fl, fl->text.len, pos);
    fl->need_anchor = false;
    /* A heading read from Markdown keeps its "## " in front, as nianbao lint sees it: a finding
     * on the whole heading starts at the "#", one on its numbering at the numeral. */
    static const char hashes[] = "###### ";
    if (pos.line > 0)
      nb_rule_buf_append(&fl->text, hashes + 6 - level, (size_t)level + 1);
  }
  int piece = pd_piece_begin(fl, kind, inlines, parent, index);
  if (item_kind != NB_ITEM_HEADING)
    fl->f->pieces[piece].pos = (pd_pos){0, 0, 0};
  pd_flatten_inlines(fl, inlines);
  pd_piece_end(fl);
  pd_item_end(fl);
  fl->block++;
  fl->blank = true;
}

/* Lines of verbatim text (a code block, a raw HTML block), each its own item and piece. */
static void verbatim_block(pd_flattener *fl, const char *text, json_t *parent, size_t index) {
  pd_pos pos = fl->block_pos;
  size_t len = strlen(text);
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - text) : len;
    pd_pos line_pos = pos;
    if (line_pos.line > 0 && at > 0) {
      line_pos.column = 1;
    }
    pd_item_begin(fl, NB_ITEM_LINE, 0, line_pos);
    int piece = pd_piece_begin(fl, PD_PIECE_RAW, NULL, parent, index);
    size_t line_end = end > at && text[end - 1] == '\r' ? end - 1 : end;
    nb_rule_buf_append(&fl->text, text + at, line_end - at);
    pd_add_anchor(fl, fl->f->pieces[piece].start, line_pos);
    pd_piece_end(fl);
    fl->f->pieces[piece].pos = line_pos;
    pd_item_end(fl);
    if (pos.line > 0)
      pos.line++;
    at = end + 1;
  }
  fl->block++;
  fl->blank = true;
}

/* Whether `text` holds nianbao comments and nothing else but white space. */
static bool only_nianbao_comments(const char *text) {
  size_t len = strlen(text);
  nb_suppressions comments;
  nb_suppressions_parse(text, len, &comments);
  bool only = comments.count > 0;
  size_t at = 0;
  for (int k = 0; k <= comments.count && only; k++) {
    size_t end = k < comments.count ? comments.items[k].span.start : len;
    for (; at < end && only; at++)
      only = text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n';
    if (k < comments.count)
      at = comments.items[k].span.end;
  }
  nb_suppressions_free(&comments);
  return only;
}

/* A nianbao comment after a table: its lines go into the text, where suppression reads them,
 * but into no stream item, so the table readers see the rows after it as the same table's. */
static void hidden_comment(pd_flattener *fl, const char *text, json_t *parent, size_t index) {
  pd_item_end(fl);
  pd_pos pos = fl->block_pos;
  size_t len = strlen(text);
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t line_end = end > at && text[end - 1] == '\r' ? end - 1 : end;
    if (fl->text.len > 0)
      nb_rule_buf_append(&fl->text, "\n", 1);
    pd_pos line_pos = pos;
    if (line_pos.line > 0 && at > 0)
      line_pos.column = 1;
    int piece = pd_piece_begin(fl, PD_PIECE_RAW, NULL, parent, index);
    nb_rule_buf_append(&fl->text, text + at, line_end - at);
    pd_add_anchor(fl, fl->f->pieces[piece].start, line_pos);
    pd_piece_end(fl);
    fl->f->pieces[piece].pos = line_pos;
    if (pos.line > 0) {
      fl->last_line = pos.line;
      pos.line++;
    }
    at = end + 1;
  }
  /* A block of its own, as a verbatim one: what follows is numbered as it was. */
  fl->block++;
  fl->blank = true;
}

/* The items [first, nitems) of a paragraph after a table and a nianbao comment become rows of
 * that table when every one is a pipe row ("| a | b |"); false (nothing changed) otherwise. */
static bool rows_of_open_table(pd_flattener *fl, int first, int first_piece) {
  pd_flat *f = fl->f;
  enum { MAX_CELLS = 256 };
  if (first == f->nitems)
    return false;
  for (int i = first; i < f->nitems; i++) {
    size_t a = f->items[i].span.start, b = f->items[i].span.end;
    nb_trim_span(fl->text.s, &a, &b);
    if (f->items[i].kind != NB_ITEM_LINE || b - a < 2 || fl->text.s[a] != '|' ||
        fl->text.s[b - 1] != '|' ||
        nb_pipe_row_cells(fl->text.s, nb_span_make(a, b), NULL, 0) > MAX_CELLS)
      return false;
  }
  nb_span spans[MAX_CELLS];
  for (int i = first; i < f->nitems; i++) {
    nb_stream_item *it = &f->items[i];
    int n = nb_pipe_row_cells(fl->text.s, it->span, spans, MAX_CELLS);
    it->kind = NB_ITEM_ROW;
    it->block = fl->open_table_block;
    it->blank_before = 0;
    it->ncells = n;
    it->cells = nb_xcalloc((size_t)(n > 0 ? n : 1), sizeof *it->cells);
    for (int k = 0; k < n; k++)
      it->cells[k] = (nb_stream_cell){spans[k], 1, 1};
  }
  for (int p = first_piece; p < f->npieces; p++)
    f->pieces[p].block = fl->open_table_block;
  return true;
}

static void block(pd_flattener *fl, json_t *blocks, size_t index);

static void walk_with_pos(pd_flattener *fl, json_t *blocks, const json_t *attr) {
  pd_pos saved = fl->block_pos, saved_end = fl->block_end;
  pd_pos a, b;
  if (pd_attr_pos(fl, attr, &a, &b)) {
    fl->block_pos = a;
    fl->block_end = b;
  }
  pd_flatten_blocks(fl, blocks);
  fl->block_pos = saved;
  fl->block_end = saved_end;
}

static void list_items(pd_flattener *fl, json_t *items) {
  size_t n = json_array_size(items);
  for (size_t i = 0; i < n; i++)
    pd_flatten_blocks(fl, pd_at(items, i));
}

static void block(pd_flattener *fl, json_t *blocks, size_t index) {
  json_t *node = pd_at(blocks, index);
  const char *t = pd_type(node);
  json_t *c = pd_content(node);
  pd_pos none = {0, 0, 0};
  if (strcmp(t, "Div") == 0) { /* +sourcepos wraps each block in one: it ends no table */
    walk_with_pos(fl, pd_at(c, 1), pd_at(c, 0));
    return;
  }
  const char *raw_format = pd_string(pd_at(c, 0)), *raw = pd_string(pd_at(c, 1));
  if (fl->open_table_block >= 0 && strcmp(t, "RawBlock") == 0 && raw_format && raw &&
      strcmp(raw_format, "html") == 0 && only_nianbao_comments(raw)) {
    hidden_comment(fl, raw, blocks, index);
    fl->after_comment = true;
    return;
  }
  bool continues_table = fl->open_table_block >= 0 && fl->after_comment;
  fl->after_comment = false;
  if (strcmp(t, "Para") == 0 || strcmp(t, "Plain") == 0) {
    int first = fl->f->nitems, first_piece = fl->f->npieces;
    if (json_is_array(c))
      inline_block(fl, PD_PIECE_TEXT, c, blocks, index, NB_ITEM_LINE, 0, none);
    if (!continues_table || !rows_of_open_table(fl, first, first_piece))
      fl->open_table_block = -1;
    return;
  }
  fl->open_table_block = -1;
  if (strcmp(t, "Header") == 0) {
    json_int_t level = json_integer_value(pd_at(c, 0));
    json_t *inlines = pd_at(c, 2);
    if (!json_is_array(inlines))
      return;
    pd_pos saved = fl->block_pos, saved_end = fl->block_end;
    pd_pos a, b;
    if (pd_attr_pos(fl, pd_at(c, 1), &a, &b)) {
      fl->block_pos = a;
      fl->block_end = b;
    }
    int lv = level < 1 ? 1 : level > 6 ? 6 : (int)level;
    inline_block(fl, PD_PIECE_HEADING, inlines, blocks, index, NB_ITEM_HEADING, lv, fl->block_pos);
    fl->block_pos = saved;
    fl->block_end = saved_end;
  } else if (strcmp(t, "LineBlock") == 0) {
    size_t n = json_array_size(c);
    for (size_t i = 0; i < n; i++) {
      json_t *line = pd_at(c, i);
      if (!json_is_array(line))
        continue;
      fl->breaks = PD_BREAK_LINE;
      pd_item_begin(fl, NB_ITEM_LINE, 0, none);
      pd_piece_begin(fl, PD_PIECE_TEXT, line, blocks, index);
      pd_flatten_inlines(fl, line);
      pd_piece_end(fl);
      pd_item_end(fl);
    }
    fl->block++;
    fl->blank = true;
  } else if (strcmp(t, "CodeBlock") == 0) {
    const char *text = pd_string(pd_at(c, 1));
    if (text)
      verbatim_block(fl, text, blocks, index);
  } else if (strcmp(t, "RawBlock") == 0) {
    const char *format = pd_string(pd_at(c, 0));
    const char *text = pd_string(pd_at(c, 1));
    /* HTML tables go to the HTML table reader, as in a Markdown file; other formats (LaTeX,
     * OpenXML) are not text a reader of the report sees. */
    if (format && text && strcmp(format, "html") == 0)
      verbatim_block(fl, text, blocks, index);
  } else if (strcmp(t, "Table") == 0) {
    pd_flatten_table(fl, node, blocks, index);
    fl->open_table_block = fl->block - 1;
  } else if (strcmp(t, "BlockQuote") == 0) {
    pd_flatten_blocks(fl, c);
  } else if (strcmp(t, "BulletList") == 0) {
    list_items(fl, c);
  } else if (strcmp(t, "OrderedList") == 0) {
    list_items(fl, pd_at(c, 1));
  } else if (strcmp(t, "DefinitionList") == 0) {
    size_t n = json_array_size(c);
    for (size_t i = 0; i < n; i++) {
      json_t *entry = pd_at(c, i);
      json_t *term = pd_at(entry, 0);
      if (json_is_array(term))
        inline_block(fl, PD_PIECE_TEXT, term, NULL, 0, NB_ITEM_LINE, 0, none);
      list_items(fl, pd_at(entry, 1));
    }
  } else if (strcmp(t, "Figure") == 0) { /* API 1.23: [Attr, Caption, [Block]] */
    pd_flatten_blocks(fl, pd_at(pd_at(c, 1), 1));
    walk_with_pos(fl, pd_at(c, 2), pd_at(c, 0));
  } else {
    fl->blank = true; /* HorizontalRule, Null: a boundary, no text */
  }
}

void pd_flatten_blocks(pd_flattener *fl, json_t *blocks) {
  size_t n = json_array_size(blocks);
  for (size_t i = 0; i < n; i++)
    block(fl, blocks, i);
}

/* The metadata title: pandoc's docx reader takes a "Title" paragraph out of the body into it. */
static void title(pd_flattener *fl, json_t *meta) {
  json_t *t = json_object_get(meta, "title");
  json_t *c = pd_content(t);
  pd_pos none = {0, 0, 0};
  if (pd_is(t, "MetaInlines") && json_is_array(c)) {
    inline_block(fl, PD_PIECE_TITLE, c, NULL, 0, NB_ITEM_HEADING, 1, none);
  } else if (pd_is(t, "MetaString") && json_is_string(c)) {
    pd_item_begin(fl, NB_ITEM_HEADING, 1, none);
    pd_piece_begin(fl, PD_PIECE_TITLE, NULL, NULL, 0);
    pd_put(fl, json_string_value(c), json_string_length(c));
    pd_piece_end(fl);
    pd_item_end(fl);
    fl->block++;
    fl->blank = true;
  }
}

/* The fields of every piece that depend on its neighbours, in one pass. */
static void link_pieces(pd_flat *f) {
  int ordinal = 0, heading = -1;
  for (int k = 0; k < f->npieces; k++) {
    pd_piece *p = &f->pieces[k];
    bool is_heading = p->kind == PD_PIECE_HEADING || p->kind == PD_PIECE_TITLE;
    if (!is_heading && (k == 0 || f->pieces[k - 1].block != p->block))
      ordinal++;
    p->ordinal = ordinal;
    p->last_heading = heading;
    if (is_heading)
      heading = k;
    bool continues = k > 0 && p->kind == PD_PIECE_TEXT && f->pieces[k - 1].kind == PD_PIECE_TEXT &&
                     f->pieces[k - 1].block == p->block;
    p->para_first = continues ? f->pieces[k - 1].para_first : k;
  }
  for (int k = f->npieces - 1; k >= 0; k--) {
    pd_piece *p = &f->pieces[k];
    bool continued = k + 1 < f->npieces && f->pieces[k + 1].para_first == p->para_first;
    p->para_end = continued ? f->pieces[k + 1].para_end : k + 1;
  }
}

void pd_flatten(const pd_document *doc, pd_flat *out) {
  memset(out, 0, sizeof *out);
  pd_flattener fl;
  memset(&fl, 0, sizeof fl);
  fl.f = out;
  fl.piece = -1;
  fl.open_table_block = -1;
  nb_rule_buf_init(&fl.text);
  title(&fl, doc->meta);
  pd_flatten_blocks(&fl, doc->blocks);
  pd_item_end(&fl);
  link_pieces(out);
  out->len = fl.text.len;
  out->text = nb_rule_buf_take(&fl.text);
}

void pd_flat_free(pd_flat *f) {
  for (int i = 0; i < f->nitems; i++)
    free(f->items[i].cells);
  free(f->items);
  free(f->pieces);
  free(f->runs);
  free(f->anchors);
  for (int i = 0; i < f->nfiles; i++)
    free(f->files[i]);
  free(f->files);
  free(f->text);
  memset(f, 0, sizeof *f);
}
