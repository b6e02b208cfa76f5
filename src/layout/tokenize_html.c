/* HTML tables: a small tolerant scanner, enough for what pandoc, Word and web pages write.
 * Missing </td> and </tr> are tolerated, formatting tags inside cells are dropped from the
 * text, entities are decoded, and a table nested in a cell is read as that cell's text. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "tokenize_internal.h"

/* The tags a table's structure is made of; every other tag (and a comment) is TAG_OTHER. */
typedef enum {
  TAG_OTHER,
  TAG_TABLE,
  TAG_TR,
  TAG_TD,
  TAG_TH,
  TAG_THEAD,
  TAG_TBODY,
  TAG_TFOOT
} tag_kind;

typedef struct {
  size_t start, end; /* the whole tag, "<" to ">" inclusive */
  bool closing;
  tag_kind kind;
  size_t attrs; /* where the attributes begin */
} html_tag;

static bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_alnum(char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}

/* The kind of the tag named s[0, n), any case. Every tag of a table is read: a switch on the
 * length settles most names before any comparison. */
static tag_kind kind_of(const char *s, size_t n) {
  switch (n) {
  case 2:
    if ((s[0] | 0x20) != 't')
      return TAG_OTHER;
    return (s[1] | 0x20) == 'r'   ? TAG_TR
           : (s[1] | 0x20) == 'd' ? TAG_TD
           : (s[1] | 0x20) == 'h' ? TAG_TH
                                  : TAG_OTHER;
  case 5:
    return strncasecmp(s, "table", 5) == 0   ? TAG_TABLE
           : strncasecmp(s, "thead", 5) == 0 ? TAG_THEAD
           : strncasecmp(s, "tbody", 5) == 0 ? TAG_TBODY
           : strncasecmp(s, "tfoot", 5) == 0 ? TAG_TFOOT
                                             : TAG_OTHER;
  default:
    return TAG_OTHER;
  }
}

/* Parses the tag starting at s[i] == '<'; false when "<" does not start a tag ("<关于…>"). */
static bool parse_tag(const char *s, size_t i, size_t end, html_tag *tag) {
  tag->start = i;
  tag->closing = false;
  tag->kind = TAG_OTHER;
  size_t k = i + 1;
  if (k < end && s[k] == '!') {
    if (end - k >= 3 && memcmp(s + k, "!--", 3) == 0) {
      const char *close = nb_find_bytes(s + k + 3, end - (k + 3), "-->", 3);
      tag->end = close ? (size_t)(close - s) + 3 : end;
      tag->attrs = k;
      return true;
    }
  } else {
    if (k < end && s[k] == '/') {
      tag->closing = true;
      k++;
    }
    if (k >= end || !is_alpha(s[k]))
      return false;
    size_t name = k;
    while (k < end && is_alnum(s[k]))
      k++;
    tag->kind = kind_of(s + name, k - name);
  }
  tag->attrs = k;
  char quote = 0;
  for (; k < end; k++) {
    if (quote) {
      if (s[k] == quote)
        quote = 0;
    } else if (s[k] == '"' || s[k] == '\'') {
      quote = s[k];
    } else if (s[k] == '>') {
      tag->end = k + 1;
      return true;
    }
  }
  tag->end = end; /* an unterminated tag runs to the end of the range */
  return true;
}

/* The kind of a cell tag by the letter after its 't' ("<td>", "</tr>", "<TH>"). */
static const unsigned char cell_tag_letters[256] = {
    ['d'] = TAG_TD, ['D'] = TAG_TD, ['r'] = TAG_TR, ['R'] = TAG_TR, ['h'] = TAG_TH, ['H'] = TAG_TH};

/* "<td>", "</td>", "<tr>", "</tr>", "<th>", "</th>" (any case): most tags of a table are one of
 * these, read here as parse_tag would read them without its general scan. Every tag of a table
 * comes here: the letter is settled by a table, both end bytes by one test. */
static inline bool parse_bare_cell_tag(const char *s, size_t i, size_t end, html_tag *tag) {
  const unsigned char *p = (const unsigned char *)s;
  if (end - i < 5) /* the last tag of a range: parse_tag reads it the same */
    return false;
  bool closing = p[i + 1] == '/';
  size_t k = i + 1 + closing;
  if (((p[k] | 0x20) != 't') | (p[k + 2] != '>'))
    return false;
  tag_kind kind = (tag_kind)cell_tag_letters[p[k + 1]];
  if (kind == TAG_OTHER)
    return false;
  tag->start = i;
  tag->closing = closing;
  tag->kind = kind;
  tag->attrs = k + 2;
  tag->end = k + 3;
  return true;
}

/* What a byte is to a plain cell's text: visible ASCII other than '<' and '&', the lead of a
 * three-byte character that is never a space (E1, E4..EC, EE, EF: none of them needs more than
 * two continuation bytes to be well formed), the lead of one that may be (E2: U+2002, U+2003;
 * E3: U+3000, but also "、" and "。"), or none of these (E0 and ED ask more of their second
 * byte: the slow path reads them). */
enum { PLAIN_NONE, PLAIN_ASCII, PLAIN_LEAD, PLAIN_LEAD_OR_SPACE };
static const unsigned char plain_bytes[256] = {
#define ASCII1(c) [c] = PLAIN_ASCII
#define ASCII4(c) ASCII1(c), ASCII1(c + 1), ASCII1(c + 2), ASCII1(c + 3)
#define ASCII16(c) ASCII4(c), ASCII4(c + 4), ASCII4(c + 8), ASCII4(c + 12)
    ASCII1('!'),
    ASCII1('"'),
    ASCII1('#'),
    ASCII1('$'),
    ASCII1('%'), /* '&' is none */
    ASCII1('\''),
    ASCII4('('),
    ASCII4(','),
    ASCII4('0'),
    ASCII4('4'),
    ASCII4('8'),
    /* '<' is none */ ASCII1('='),
    ASCII1('>'),
    ASCII1('?'),
    ASCII16(0x40),
    ASCII16(0x50),
    ASCII16(0x60),
    ASCII16(0x70),
#undef ASCII16
#undef ASCII4
#undef ASCII1
    [0xE1] = PLAIN_LEAD,
    [0xE2] = PLAIN_LEAD_OR_SPACE,
    [0xE3] = PLAIN_LEAD_OR_SPACE,
    [0xE4] = PLAIN_LEAD,
    [0xE5] = PLAIN_LEAD,
    [0xE6] = PLAIN_LEAD,
    [0xE7] = PLAIN_LEAD,
    [0xE8] = PLAIN_LEAD,
    [0xE9] = PLAIN_LEAD,
    [0xEA] = PLAIN_LEAD,
    [0xEB] = PLAIN_LEAD,
    [0xEC] = PLAIN_LEAD,
    [0xEE] = PLAIN_LEAD,
    [0xEF] = PLAIN_LEAD};

/* Whether the three bytes at p, a lead E2 or E3 and two continuation bytes, are one of the
 * spaces is_space_cp knows (U+2002, U+2003, U+3000). */
static bool is_wide_space(const unsigned char *p) {
  return p[1] == 0x80 && (p[0] == 0xE3 ? p[2] == 0x80 : p[2] == 0x82 || p[2] == 0x83);
}

/* Whether p[0] and p[1] are both UTF-8 continuation bytes, settled together. */
static inline bool continues_twice(const unsigned char *p) {
  uint16_t two;
  memcpy(&two, p, 2);
  return (two & 0xC0C0) == 0x8080;
}

/* next_lt past a byte that is not plain, at i: the first '<' from there. */
static size_t next_lt_after_text(const char *s, size_t i, size_t end) {
  size_t near = end - i < 16 ? end : i + 16;
  while (i < near && s[i] != '<')
    i++;
  if (i < near)
    return i;
  const char *lt = i < end ? memchr(s + i, '<', end - i) : NULL;
  return lt ? (size_t)(lt - s) : end;
}

/* The first '<' at or after i (or end), and whether every character before it is plain
 * (plain_bytes): visible, and written as UTF-8 writes it back. Such text is what plain_cell
 * reads as plain with every character visible, nearly every cell of a table ("12", "政府信息",
 * "（一）予以公开"): told apart in the scan that finds the tag after it, so it is read once.
 * Past the first other byte the answer is no, and the '<' is looked for as before: byte by
 * byte a few bytes, then memchr. Inlined at each site (with next_tag): after an opening cell
 * tag the scan meets text, after a closing one '<' at once, and with one copy of its branches
 * for both they mispredicted at every switch. */
static inline __attribute__((always_inline)) size_t next_lt(const char *s, size_t i, size_t end,
                                                            bool *plain) {
  const unsigned char *p = (const unsigned char *)s;
  *plain = true;
  while (i < end) {
    unsigned char kind = plain_bytes[p[i]];
    if (kind == PLAIN_ASCII)
      i++;
    else if (kind >= PLAIN_LEAD && end - i >= 3 && continues_twice(p + i + 1) &&
             (kind == PLAIN_LEAD || !is_wide_space(p + i)))
      i += 3;
    else if (p[i] == '<')
      return i;
    else
      break;
  }
  *plain = false;
  return next_lt_after_text(s, i, end);
}

/* next_tag from i, a '<' or end, that opens no bare cell tag. */
static bool next_other_tag(const char *s, size_t i, size_t end, html_tag *tag, bool *plain) {
  bool run_plain = *plain;
  while (i < end) {
    if (parse_bare_cell_tag(s, i, end, tag) || parse_tag(s, i, end, tag)) {
      *plain = run_plain;
      return true;
    }
    run_plain = false; /* a '<' that opens no tag is text ("<关于…>") */
    bool p;
    i = next_lt(s, i + 1, end, &p);
  }
  return false;
}

/* The next tag at or after i, or false; *plain as next_lt says it of the bytes from i to it.
 * Inline, the bare cell tags of a table (nearly all its tags) read without a call. */
static inline __attribute__((always_inline)) bool next_tag(const char *s, size_t i, size_t end,
                                                           html_tag *tag, bool *plain) {
  i = next_lt(s, i, end, plain);
  if (i < end && parse_bare_cell_tag(s, i, end, tag))
    return true;
  return next_other_tag(s, i, end, tag, plain);
}

/* The n <= 8 bytes at s as a number, s[0] its lowest byte. */
static inline uint64_t bytes_le(const char *s, size_t n) {
  uint64_t x = 0;
  memcpy(&x, s, n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x) >> (64 - 8 * n);
#endif
  return x;
}

/* Letters of a tag name ORed with 0x20 compare in lower case: 't' stands for 't' and 'T' only,
 * 'd', 'h' likewise. */
#define TAG_BYTES4(a, b, c, d)                                                                     \
  ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16 | (uint64_t)(d) << 24)
#define TAG_BYTES5(a, b, c, d, e) (TAG_BYTES4(a, b, c, d) | (uint64_t)(e) << 32)

/* The cells of a row are nearly all "<td>", its text, "</td>", the next "<td>": where the text
 * ends the tag is looked for as exactly "</td>" or "</th>" (any case), and after it "<td>" or
 * "<th>", each settled by comparing its bytes, read at once; parse_bare_cell_tag, which tells
 * every cell tag from the others, took several times that. Both want 8 bytes of the range left
 * (the last tags of a range are read by next_tag). */
static inline bool is_cell_close(const char *s, size_t i, size_t end) {
  if (end - i < 8)
    return false;
  uint64_t x = (bytes_le(s + i, 8) & 0xFFFFFFFFFFu) | TAG_BYTES4(0, 0, 0x20, 0x20);
  return x == TAG_BYTES5('<', '/', 't', 'd', '>') || x == TAG_BYTES5('<', '/', 't', 'h', '>');
}

/* Whether s[i] starts "<td>" or "<th>" (any case). */
static inline bool is_cell_open(const char *s, size_t i, size_t end) {
  if (end - i < 8)
    return false;
  uint64_t x = bytes_le(s + i, 4) | TAG_BYTES4(0, 0x20, 0x20, 0);
  return x == TAG_BYTES4('<', 't', 'd', '>') || x == TAG_BYTES4('<', 't', 'h', '>');
}

/* "</tr>" and "<tr>" (any case) at s[i], read as is_cell_close and is_cell_open read theirs:
 * between the rows of a table, "</td></tr>", a line break, "<tr><td>". */
static inline bool is_row_close(const char *s, size_t i, size_t end) {
  if (end - i < 8)
    return false;
  uint64_t x = (bytes_le(s + i, 8) & 0xFFFFFFFFFFu) | TAG_BYTES4(0, 0, 0x20, 0x20);
  return x == TAG_BYTES5('<', '/', 't', 'r', '>');
}

static inline bool is_row_open(const char *s, size_t i, size_t end) {
  if (end - i < 8)
    return false;
  return (bytes_le(s + i, 4) | TAG_BYTES4(0, 0x20, 0x20, 0)) == TAG_BYTES4('<', 't', 'r', '>');
}

/* The integer an attribute's value s[v0, v1) spells, or 1 when it spells none above 0. */
static int attr_int(const char *s, size_t v0, size_t v1) {
  int v = 0;
  size_t d = v0;
  while (d < v1 && is_ascii_space(s[d]))
    d++;
  for (; d < v1 && s[d] >= '0' && s[d] <= '9' && v < 100000; d++)
    v = v * 10 + (s[d] - '0');
  return v > 0 ? v : 1;
}

/* The rowspan and colspan of a cell tag, 1 when absent (the first of each name counts). Both
 * are read in one walk over the attributes: a walk for each read the tag twice. */
static void tag_spans(const char *s, const html_tag *t, int *rowspan, int *colspan) {
  *rowspan = *colspan = 1;
  bool have_row = false, have_col = false;
  size_t k = t->attrs, end = t->end > t->attrs ? t->end - 1 : t->attrs;
  while (k < end && !(have_row && have_col)) {
    while (k < end && (is_ascii_space(s[k]) || s[k] == '/'))
      k++;
    size_t n0 = k;
    while (k < end && !is_ascii_space(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/')
      k++;
    size_t n1 = k;
    while (k < end && is_ascii_space(s[k]))
      k++;
    size_t v0 = k, v1 = k;
    if (k < end && s[k] == '=') {
      k++;
      while (k < end && is_ascii_space(s[k]))
        k++;
      if (k < end && (s[k] == '"' || s[k] == '\'')) {
        char q = s[k++];
        v0 = k;
        while (k < end && s[k] != q)
          k++;
        v1 = k;
        if (k < end)
          k++;
      } else {
        v0 = k;
        while (k < end && !is_ascii_space(s[k]) && s[k] != '>')
          k++;
        v1 = k;
      }
    }
    if (n1 - n0 == 7 && !have_row && strncasecmp(s + n0, "rowspan", 7) == 0) {
      *rowspan = attr_int(s, v0, v1);
      have_row = true;
    } else if (n1 - n0 == 7 && !have_col && strncasecmp(s + n0, "colspan", 7) == 0) {
      *colspan = attr_int(s, v0, v1);
      have_col = true;
    }
    if (n1 == n0 && k == v1)
      k++; /* no progress: skip a stray byte */
  }
}

/* Decodes the entity at s[i] == '&'; returns its length (0 if it is none) and sets *cp. */
static size_t decode_entity(const char *s, size_t i, size_t end, uint32_t *cp) {
  static const struct {
    const char *name;
    uint32_t cp;
  } named[] = {{"nbsp", 0xA0},    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},
               {"quot", '"'},     {"apos", '\''},    {"ensp", 0x2002},  {"emsp", 0x2003},
               {"mdash", 0x2014}, {"ndash", 0x2013}, {"ldquo", 0x201C}, {"rdquo", 0x201D}};
  size_t k = i + 1, semi = k;
  while (semi < end && semi - k < 12 && s[semi] != ';' && s[semi] != '&' && s[semi] != '<' &&
         !is_ascii_space(s[semi]))
    semi++;
  if (semi >= end || s[semi] != ';' || semi == k)
    return 0;
  if (s[k] == '#') {
    uint32_t v = 0;
    bool hex = k + 1 < semi && (s[k + 1] == 'x' || s[k + 1] == 'X');
    size_t d = k + (hex ? 2 : 1);
    if (d >= semi)
      return 0;
    for (; d < semi; d++) {
      char c = s[d];
      int digit = c >= '0' && c <= '9'          ? c - '0'
                  : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                : -1;
      if (digit < 0)
        return 0;
      if (v < 0x110000)
        v = v * (hex ? 16 : 10) + (uint32_t)digit;
    }
    *cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
    return semi + 1 - i;
  }
  for (size_t n = 0; n < sizeof named / sizeof *named; n++)
    if (strlen(named[n].name) == semi - k && memcmp(s + k, named[n].name, semi - k) == 0) {
      *cp = named[n].cp;
      return semi + 1 - i;
    }
  return 0;
}

static bool is_space_cp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
         cp == 0x3000 || cp == 0x2002 || cp == 0x2003;
}

/* Walks the visible characters of an HTML fragment; calls fn for each with its source range
 * and code point. */
typedef void (*visible_fn)(size_t start, size_t end, uint32_t cp, void *ctx);

static void walk_visible(const char *s, size_t start, size_t end, visible_fn fn, void *ctx) {
  size_t i = start;
  while (i < end) {
    html_tag tag;
    if (s[i] == '<' && parse_tag(s, i, end, &tag)) {
      i = tag.end;
      continue;
    }
    uint32_t cp;
    size_t n = s[i] == '&' ? decode_entity(s, i, end, &cp) : 0;
    size_t at = i;
    if (n)
      i += n;
    else
      cp = nb_utf8_next(s, end, &i);
    fn(at, i, cp, ctx);
  }
}

typedef struct {
  char *out;
  size_t o;
  bool pending_space;
} text_builder;

static void build_text(size_t start, size_t end, uint32_t cp, void *ctx) {
  (void)start;
  (void)end;
  text_builder *b = ctx;
  if (is_space_cp(cp)) {
    b->pending_space = b->o > 0;
    return;
  }
  /* Spaces between Chinese characters are layout, not text; between ASCII words they count. */
  if (b->pending_space && (unsigned char)b->out[b->o - 1] < 0x80 && cp < 0x80)
    b->out[b->o++] = ' ';
  b->pending_space = false;
  b->o += (size_t)nb_utf8_put(b->out + b->o, cp);
}

char *nb_tok_html_text(const char *s, size_t start, size_t end) {
  /* Decoded text is never longer than 4 bytes per source byte. */
  text_builder b = {nb_xmalloc((end - start) * 4 + 1), 0, false};
  walk_visible(s, start, end, build_text, &b);
  b.out[b.o] = '\0';
  return b.out;
}

typedef struct {
  bool any;
  size_t first, last_end;
} visible_range;

static void note_visible(size_t start, size_t end, uint32_t cp, void *ctx) {
  visible_range *r = ctx;
  if (is_space_cp(cp))
    return;
  if (!r->any)
    r->first = start;
  r->any = true;
  r->last_end = end;
}

bool nb_tok_is_tag_only_line(const char *s, nb_span line) {
  size_t a = line.start, b = line.end;
  nb_trim_span(s, &a, &b);
  html_tag tag;
  if (a >= b || s[a] != '<' || !parse_tag(s, a, b, &tag))
    return false;
  visible_range r = {0};
  walk_visible(s, a, b, note_visible, &r);
  return !r.any;
}

/* Whether s[i] == '<' opens a tag named `name` (n bytes) in the line. */
static bool opens_tag(const char *s, size_t i, size_t end, const char *name, size_t n) {
  if (i + 1 + n > end || strncasecmp(s + i + 1, name, n) != 0)
    return false;
  char next = i + 1 + n < end ? s[i + 1 + n] : ' ';
  return is_ascii_space(next) || next == '>' || next == '/';
}

/* Offset of the first opening tag named by one of `names` in the line, or (size_t)-1. Every
 * line of a table's section is looked at: memchr finds the few '<' there are. */
static size_t find_open_tag(const char *s, nb_span line, const char *const *names, int nnames) {
  for (size_t i = line.start; i < line.end; i++) {
    const char *lt = memchr(s + i, '<', line.end - i);
    if (!lt)
      break;
    i = (size_t)(lt - s);
    for (int k = 0; k < nnames; k++)
      if (opens_tag(s, i, line.end, names[k], strlen(names[k])))
        return i;
  }
  return (size_t)-1;
}

size_t nb_tok_find_table_tag(const char *s, nb_span line) {
  static const char *const names[] = {"table"};
  return find_open_tag(s, line, names, 1);
}

size_t nb_tok_find_row_tag(const char *s, nb_span line) {
  static const char *const names[] = {"tr", "td", "th"};
  return find_open_tag(s, line, names, 3);
}

/* ------------------------------------------------------------ table structure */

typedef struct {
  nb_span span;
  char *text;
  int rowspan, colspan;
} pending_cell;

typedef struct {
  const nb_stream *s;
  int first_item, end_item;
  int item_cursor; /* item_at's last answer */
  int table_index;
  nb_obs_table *out;
  nb_tok_grid grid;
  /* The row being read. */
  bool row_open;
  /* Where the row starts and ends. Its cells end before the tag that closes it (the scan only
   * moves forward), so that tag, not each cell, says where it ends. */
  size_t row_start, row_end;
  /* The row's cells: written straight where the row will have them, in out's pool
   * (nb_obs_table_pool_room), while `direct`; else in `cells`, for the grid to place. */
  pending_cell *cells;
  int ncells, cap;
  /* The row's cells take columns 0, 1, 2… as they come: no cell of it spans more than one (settled
   * at each opening tag with attributes, the only ones that can say otherwise), and the grid holds
   * nothing from rows above: nearly every row of nearly every table. Its cells are then written
   * once, where the row keeps them, and not copied at its end. */
  bool direct;
  int direct_texts; /* cells written directly with text of their own (nb_obs_row's owned_texts) */
  /* The cell being read. */
  bool cell_open;
  size_t content_start;
  int rowspan, colspan;
} html_reader;

static int item_at(html_reader *r, size_t off) {
  /* Rows close in document order, so the search resumes from the item the last row was in:
   * starting from the table's first item for every row made a table of n one-line rows cost
   * n^2 (10^5 rows: minutes). An offset before the cursor starts over. */
  int k = r->item_cursor;
  if (k < r->first_item || k >= r->end_item || r->s->items[k].span.start > off)
    k = r->first_item;
  while (k + 1 < r->end_item && r->s->items[k + 1].span.start <= off)
    k++;
  r->item_cursor = k;
  return k;
}

/* The bytes a code point takes in UTF-8. */
static size_t utf8_len(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Reads the code point at s[*i] of a plain cell: false at a tag, an entity or a byte sequence
 * UTF-8 would not write back as it stands. CJK ideographs (E4..E9 and two continuation bytes:
 * U+4000..U+9FFF, none of them a space) and ASCII, nearly every byte of a table, are read
 * without the general decoder. */
static bool plain_cp(const char *s, size_t b, size_t *i, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s + *i;
  if (p[0] < 0x80) {
    if (p[0] == '<' || p[0] == '&')
      return false;
    *cp = p[0];
    *i += 1;
    return true;
  }
  if (p[0] >= 0xE4 && p[0] <= 0xE9 && b - *i >= 3 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80) {
    *cp = 0x4000; /* any ideograph: only "not a space" matters */
    *i += 3;
    return true;
  }
  size_t at = *i;
  *cp = nb_utf8_next(s, b, i);
  return utf8_len(*cp) == *i - at;
}

/* Most cells are plain text ("12", "政府信息"): no tag, no entity, every character written as
 * UTF-8 writes it back. Their visible characters are their characters, and when no space
 * stands between two of them their text is their bytes: found in one pass, without building
 * the text to compare it. False for any other cell (walk_visible and nb_tok_html_text read it). */
static bool plain_cell(const char *s, size_t a, size_t b, visible_range *vis) {
  bool space_after_visible = false;
  for (size_t i = a; i < b;) {
    size_t at = i;
    uint32_t cp;
    if (!plain_cp(s, b, &i, &cp))
      return false;
    if (is_space_cp(cp)) {
      space_after_visible = vis->any;
      continue;
    }
    if (space_after_visible)
      return false; /* a space inside the text: nb_tok_html_text decides what it becomes */
    if (!vis->any)
      vis->first = at;
    vis->any = true;
    vis->last_end = i;
  }
  return true;
}

/* Whether every byte of s[a, b) is visible ASCII other than '<' and '&' or part of an ideograph
 * (E4..E9 and two continuation bytes): the plain cells without a space, nearly every cell of a
 * table ("12", "政府信息"), settled a byte at a time. plain_cell would find each character of
 * them visible. */
static bool visible_bytes_only(const char *s, size_t a, size_t b) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = a; i < b;) {
    unsigned char c = p[i];
    if (c > ' ' && c < 0x80 && c != '<' && c != '&')
      i++;
    else if (c >= 0xE4 && c <= 0xE9 && b - i >= 3 && (p[i + 1] & 0xC0) == 0x80 &&
             (p[i + 2] & 0xC0) == 0x80)
      i += 3;
    else
      return false;
  }
  return true;
}

static void push_pending(html_reader *r, nb_span span, char *text, int rowspan, int colspan) {
  if (r->ncells == r->cap)
    nb_grow((void **)&r->cells, &r->cap, r->ncells + 1, sizeof *r->cells);
  r->cells[r->ncells++] = (pending_cell){span, text, rowspan, colspan};
}

static inline void push_cell(html_reader *r, nb_span span, char *text) {
  if (!r->direct) {
    push_pending(r, span, text, r->rowspan, r->colspan);
    return;
  }
  nb_obs_table *out = r->out;
  if (r->ncells == out->pool_left)
    nb_obs_table_pool_room(out, r->ncells, r->ncells + 1);
  out->pool_free[r->ncells] =
      (nb_obs_cell){.span = span, .text = text, .col = r->ncells, .colspan = 1};
  r->direct_texts += text != NULL;
  r->ncells++;
}

/* A cell of the row spans more than one: the cells written so far become pending ones, which
 * the grid places. */
static void leave_direct(html_reader *r) {
  const nb_obs_cell *written = r->out->pool_free;
  int n = r->ncells;
  r->direct = false;
  r->ncells = 0;
  for (int k = 0; k < n; k++)
    push_pending(r, written[k].span, written[k].text, 1, 1);
}

/* The cell's span and text when its text is not plain: tags, entities or spaces in it. */
static void close_other_cell(html_reader *r, size_t content_end) {
  const char *s = r->s->text;
  visible_range vis = {r->content_start < content_end, r->content_start, content_end};
  bool plain = visible_bytes_only(s, r->content_start, content_end);
  if (!plain) {
    vis = (visible_range){0};
    plain = plain_cell(s, r->content_start, content_end, &vis);
  }
  if (!plain) {
    vis = (visible_range){0};
    walk_visible(s, r->content_start, content_end, note_visible, &vis);
  }
  nb_span span;
  if (vis.any) {
    span = nb_span_make(vis.first, vis.last_end);
  } else {
    size_t a = r->content_start, b = content_end;
    nb_trim_span(s, &a, &b);
    span = nb_span_make(a, a);
  }
  char *text = NULL;
  if (vis.any && !plain) {
    text = nb_tok_html_text(s, span.start, span.end);
    if (strlen(text) == span.end - span.start && memcmp(text, s + span.start, strlen(text)) == 0) {
      free(text);
      text = NULL;
    }
  }
  push_cell(r, span, text);
}

/* Closes the open cell, if any, at content_end. `plain`: the scan found its text plain (next_lt)
 * with no tag in it; it is then its bytes, all of them visible: nearly every cell. */
static inline void close_cell(html_reader *r, size_t content_end, bool plain) {
  if (!r->cell_open)
    return;
  r->cell_open = false;
  if (plain)
    push_cell(r, nb_span_make(r->content_start, content_end), NULL);
  else
    close_other_cell(r, content_end);
}

/* Places the row's pending cells on the grid. */
static void place_cells(html_reader *r, nb_obs_row *row) {
  nb_tok_grid_begin_row(&r->grid);
  for (int k = 0; k < r->ncells; k++)
    nb_tok_grid_place(&r->grid, row, r->cells[k].span, r->cells[k].text, r->cells[k].rowspan,
                      r->cells[k].colspan);
  nb_tok_grid_end_row(&r->grid, row);
}

static void close_row(html_reader *r, size_t row_end) {
  if (!r->row_open)
    return;
  r->row_open = false;
  if (row_end > r->row_end)
    r->row_end = row_end;
  if (r->ncells == 0)
    return;
  size_t a = r->row_start, b = r->row_end;
  nb_trim_span(r->s->text, &a, &b);
  int item = item_at(r, r->row_start);
  nb_obs_row *row = nb_tok_row_for_item(r->s, item, NB_LAYOUT_HTML, true, r->table_index, r->out);
  row->span = nb_span_make(a, b);
  nb_obs_row_reserve(r->out, row, r->ncells);
  if (r->direct) { /* the cells reserved are those push_cell wrote */
    row->ncells = r->ncells;
    row->owned_texts = r->direct_texts;
  } else
    place_cells(r, row);
  r->ncells = 0;
}

static void open_row(html_reader *r, size_t at) {
  r->row_open = true;
  r->row_start = r->row_end = at;
  r->direct = r->grid.ncols == 0;
  r->direct_texts = 0;
}

/* Opens a cell at its opening tag, in the row open or one it opens. */
static inline void open_cell(html_reader *r, const char *t, const html_tag *tag) {
  if (!r->row_open)
    open_row(r, tag->start);
  r->cell_open = true;
  r->content_start = tag->end;
  r->rowspan = r->colspan = 1;
  if (tag->attrs + 1 < tag->end) { /* "<td>": most cells have no attribute */
    tag_spans(t, tag, &r->rowspan, &r->colspan);
    if (r->direct && (r->rowspan != 1 || r->colspan != 1))
      leave_direct(r);
  }
}

/* open_cell of a "<td>" or "<th>" without attributes right after a cell of the row: the row is
 * open, and the cell one column wide and one row high. */
static inline void open_bare_cell(html_reader *r, size_t content_start) {
  r->cell_open = true;
  r->content_start = content_start;
  r->rowspan = r->colspan = 1;
}

/* Out of line: a region holds a few tables, and inlined into nb_tokenize's loop over its lines
 * (LTO did) the reader's state crowded the registers of every other layout's path. */
__attribute__((noinline)) int nb_tok_html_table(const nb_stream *s, int item, int end, size_t at,
                                                int table_index, nb_obs_table *out) {
  size_t limit = end > item ? s->items[end - 1].span.end : s->items[item].span.end;
  if (limit < s->items[item].span.end)
    limit = s->items[item].span.end;
  html_reader r = {0};
  r.s = s;
  r.first_item = item;
  r.item_cursor = item;
  r.end_item = end > item ? end : item + 1;
  r.table_index = table_index;
  r.out = out;
  nb_tok_grid_init(&r.grid);

  const char *t = s->text;
  size_t table_end = limit;
  html_tag tag;
  /* A fragment that starts at a <tr> or <td> is already inside its table. */
  int depth = parse_tag(t, at, limit, &tag) && tag.kind == TAG_TABLE ? 0 : 1;
  bool plain;
  size_t i = at;
  bool more = next_tag(t, i, limit, &tag, &plain);
  while (more) {
    bool plain_cell_text = plain && i == r.content_start; /* the text ends at this tag */
    if (tag.kind == TAG_TABLE) {
      depth += tag.closing ? -1 : 1;
      if (depth == 0) {
        close_cell(&r, tag.start, plain_cell_text);
        close_row(&r, tag.start);
        table_end = tag.end;
        break;
      }
    } else if (depth != 1) { /* a nested table is cell text */
    } else if (tag.kind == TAG_TR) {
      close_cell(&r, tag.start, plain_cell_text);
      close_row(&r, tag.closing ? tag.end : tag.start);
      if (!tag.closing)
        open_row(&r, tag.start);
    } else if ((tag.kind == TAG_TD || tag.kind == TAG_TH) && !tag.closing) {
      close_cell(&r, tag.start, plain_cell_text);
      /* Nearly every cell is its text and its closing tag, and the next cell's opening tag
       * follows at once: read here, where they are expected, rather than as the next tag of
       * any kind (whether a cell is open, asked there of opening and closing tags in turn, was
       * a mispredicted branch a cell). */
      bool next_cell;
      do {
        open_cell(&r, t, &tag);
        i = tag.end;
        size_t lt = next_lt(t, i, limit, &plain);
        /* Cells written "…</td><td>…": as below, each tag read by its bytes (is_cell_close). */
        bool bare_open = true;
        while (is_cell_close(t, lt, limit)) {
          close_cell(&r, lt, plain);
          i = lt + 5;
          bare_open = is_cell_open(t, i, limit);
          if (!bare_open)
            break;
          i += 4;
          open_bare_cell(&r, i);
          lt = next_lt(t, i, limit, &plain);
        }
        if (!bare_open && is_row_close(t, i, limit)) {
          /* The row ends; where the next one follows as "<tr><td>" after nothing but text (a
           * line break), it is opened here as the loop at the top would, tag by tag. */
          close_row(&r, i + 5);
          i += 5;
          size_t row_at = next_lt(t, i, limit, &plain);
          next_cell = is_row_open(t, row_at, limit) && is_cell_open(t, row_at + 4, limit);
          if (next_cell) {
            open_row(&r, row_at);
            size_t cell_at = row_at + 4;
            tag = (html_tag){
                .start = cell_at, .kind = TAG_TD, .attrs = cell_at + 3, .end = cell_at + 4};
          } else
            more = next_tag(t, i, limit, &tag, &plain);
          continue;
        }
        if (!bare_open) {
          next_cell = false;
          more = next_tag(t, i, limit, &tag, &plain);
          continue;
        }
        more = (lt < limit && parse_bare_cell_tag(t, lt, limit, &tag)) ||
               next_other_tag(t, lt, limit, &tag, &plain); /* next_tag from lt */
        if (!more || !tag.closing || (tag.kind != TAG_TD && tag.kind != TAG_TH))
          break;
        close_cell(&r, tag.start, plain);
        i = tag.end;
        next_cell = i < limit && t[i] == '<' && parse_bare_cell_tag(t, i, limit, &tag) &&
                    tag.kind != TAG_TR && !tag.closing;
        if (!next_cell)
          more = next_tag(t, i, limit, &tag, &plain);
      } while (next_cell);
      continue; /* the tag after the cells is read at the top */
    } else if (tag.kind == TAG_TD || tag.kind == TAG_TH) {
      close_cell(&r, tag.start, plain_cell_text);
    } else if (tag.kind == TAG_THEAD || tag.kind == TAG_TBODY || tag.kind == TAG_TFOOT) {
      close_cell(&r, tag.start, plain_cell_text);
      close_row(&r, tag.start);
    }
    i = tag.end;
    more = next_tag(t, i, limit, &tag, &plain);
  }
  close_cell(&r, table_end, false);
  close_row(&r, table_end);
  for (int k = 0; k < r.ncells; k++)
    free(r.cells[k].text);
  free(r.cells);
  nb_tok_grid_free(&r.grid);

  int next = item + 1;
  while (next < end && s->items[next].span.start < table_end)
    next++;
  return next;
}
