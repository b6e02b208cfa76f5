/* numbering-sequence: sub-items of a section — （一）/(一), 1./1、/1．, （1）, and inline 一是
 * 二是 … — must count up without gaps or repeats.
 *
 * Which kind nests under which is learnt from the order kinds first appear in the section (a
 * report that puts 1. above （一） is as consistent as one that does the reverse); a number of
 * a kind restarts the count of every deeper kind. Inline 一是 lists are always deepest. A 1
 * always starts a new list: sections legitimately hold several lists of the same kind. Table
 * material (lines inside a table the reader found, and lines of sections 二/三/四 that look
 * like table rows) is not numbering. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"
#include "numbering.h"
#include "rule_util.h"

typedef enum { LV_PAREN_CN, LV_ARABIC, LV_PAREN_ARABIC, LV_INLINE, LV_COUNT } level_kind;

typedef struct {
  level_kind kind;
  int value;
  nb_span span;
} marker;

typedef struct {
  int last[LV_COUNT]; /* last number seen at each kind since its list (re)started; 0 = none */
  int rank[LV_COUNT]; /* nesting depth learnt from first appearance; -1 = not seen yet */
  int nranked;
  /* A line that ended in "…；一" whose "是" may open the next line (text wrapped mid-word, as
   * pdftotext does): the numeral waiting for it, or value 0. */
  marker pending;
} sequence;

static bool starts_with(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

/* Chinese number 1..99 at s: 七, 十, 十二, 二十, 二十一. Returns 0 when there is none. */
static int parse_cn_number(const char *s, size_t len, size_t *bytes) {
  size_t a = 0, b = 0, c = 0;
  int first = nb_parse_cn_numeral(s, len, &a);
  if (!first)
    return 0;
  if (first == 10) { /* 十, 十一 … 十九 */
    int ones = nb_parse_cn_numeral(s + a, len - a, &b);
    if (ones && ones < 10) {
      *bytes = a + b;
      return 10 + ones;
    }
    *bytes = a;
    return 10;
  }
  int ten = nb_parse_cn_numeral(s + a, len - a, &b);
  if (ten == 10) { /* 二十, 二十一 … */
    int ones = nb_parse_cn_numeral(s + a + b, len - a - b, &c);
    if (ones && ones < 10) {
      *bytes = a + b + c;
      return first * 10 + ones;
    }
    *bytes = a + b;
    return first * 10;
  }
  *bytes = a;
  return first;
}

/* ASCII or full-width digit at s: its value, or -1. */
static int digit_at(const char *s, size_t len, size_t *bytes) {
  if (len >= 1 && s[0] >= '0' && s[0] <= '9') {
    *bytes = 1;
    return s[0] - '0';
  }
  /* ０ … ９ are U+FF10 … U+FF19: EF BC 90 … EF BC 99 */
  if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
      (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
    *bytes = 3;
    return (unsigned char)s[2] - 0x90;
  }
  return -1;
}

/* Arabic number of at most two digits at s, or 0. */
static int parse_arabic(const char *s, size_t len, size_t *bytes) {
  size_t pos = 0, n = 0;
  int value = 0, digits = 0, d;
  while ((d = digit_at(s + pos, len - pos, &n)) >= 0) {
    value = value * 10 + d;
    pos += n;
    if (++digits > 2)
      return 0;
  }
  *bytes = pos;
  return digits ? value : 0;
}

static size_t open_paren(const char *s, size_t len) {
  if (starts_with(s, len, "（"))
    return strlen("（");
  return starts_with(s, len, "(") ? 1 : 0;
}

static size_t close_paren(const char *s, size_t len) {
  if (starts_with(s, len, "）"))
    return strlen("）");
  return starts_with(s, len, ")") ? 1 : 0;
}

static size_t arabic_delimiter(const char *s, size_t len) {
  if (starts_with(s, len, "."))
    return 1;
  if (starts_with(s, len, "、"))
    return strlen("、");
  if (starts_with(s, len, "．"))
    return strlen("．");
  return 0;
}

/* Indentation and Markdown markup before a line's first word. */
static const bool lead_bytes[256] = {
    [' '] = true, ['\t'] = true, ['\f'] = true, ['\v'] = true, ['\r'] = true,
    ['#'] = true, ['*'] = true,  ['_'] = true,  ['>'] = true};

/* Skips them, and full-width spaces. */
static size_t skip_lead(const char *s, size_t len) {
  size_t i = 0;
  for (;;) {
    if (i < len && lead_bytes[(unsigned char)s[i]])
      i++;
    else if (starts_with(s + i, len - i, "　"))
      i += strlen("　");
    else
      return i;
  }
}

/* The numbering at the start of a line, if any. */
static bool line_marker(const char *text, nb_span line, marker *m) {
  const char *s = text + line.start;
  size_t len = line.end - line.start;
  size_t i = skip_lead(s, len), n = 0, k;
  size_t open = open_paren(s + i, len - i);
  if (open) {
    size_t j = i + open;
    int value = parse_cn_number(s + j, len - j, &n);
    level_kind kind = LV_PAREN_CN;
    if (!value) {
      value = parse_arabic(s + j, len - j, &n);
      kind = LV_PAREN_ARABIC;
    }
    if (!value || !(k = close_paren(s + j + n, len - j - n)))
      return false;
    m->kind = kind;
    m->value = value;
    m->span = nb_span_make(line.start + i, line.start + j + n + k);
    return true;
  }
  int value = parse_arabic(s + i, len - i, &n);
  if (!value || !(k = arabic_delimiter(s + i + n, len - i - n)))
    return false;
  size_t after = i + n + k, dn;
  if (digit_at(s + after, len - after, &dn) >= 0) /* 1.5万: a decimal, not numbering */
    return false;
  m->kind = LV_ARABIC;
  m->value = value;
  m->span = nb_span_make(line.start + i, line.start + after);
  return true;
}

/* Characters after which 一是/二是 starts a list item rather than a word (之一是, 统一是). */
static bool inline_boundary(const char *s, size_t pos) {
  static const char *const before[] = {"。", "；", "，", "：", "、", "．", "）", ";", ",",
                                       ":",  ".",  ")",  " ",  "　", "*",  "\t", NULL};
  if (pos == 0)
    return true;
  for (int k = 0; before[k]; k++) {
    size_t n = strlen(before[k]);
    if (pos >= n && memcmp(s + pos - n, before[k], n) == 0)
      return true;
  }
  return false;
}

/* A marker as the report writes it: "（三）", "3.", "（3）", "三是"; its piece in buf (at least
 * 32 bytes: a numeral of 99 or less, or any int in digits, and its brackets). */
static nb_piece format_marker(level_kind kind, int value, char *buf) {
  /* 32 bytes, though a marker's number takes at most 11: the compiler, which cannot tell,
   * checks nb_piece_copy's copy of more than 16 bytes against it. */
  char number[32];
  nb_piece n = kind == LV_ARABIC || kind == LV_PAREN_ARABIC
                   ? (nb_piece){number, nb_decimal(number, value)}
                   : nb_piece_of(nb_rule_cn_number(value, number, sizeof number));
  switch (kind) {
  case LV_PAREN_CN:
  case LV_PAREN_ARABIC:
    nb_pieces_put(buf, (nb_piece[]){NB_PIECE("（"), n, NB_PIECE("）")}, 3);
    break;
  case LV_ARABIC:
    nb_pieces_put(buf, (nb_piece[]){n, NB_PIECE(".")}, 2);
    break;
  default:
    nb_pieces_put(buf, (nb_piece[]){n, NB_PIECE("是")}, 2);
    break;
  }
  return nb_piece_of(buf);
}

static void report(nb_check_ctx *ctx, const char *numeral, const marker *m, int last) {
  char got_room[32], prev_room[32], want_room[32], upto_room[32];
  nb_piece got = format_marker(m->kind, m->value, got_room);
  nb_piece want = format_marker(m->kind, last + 1, want_room);
  nb_piece upto = format_marker(m->kind, m->value - 1, upto_room);
  nb_piece section = nb_piece_of(numeral);
  if (last == 0) {
    const nb_piece zh[] = {
        NB_PIECE("第"), section,      NB_PIECE("部分小标题编号从“"), got, NB_PIECE("”开始，缺少“"),
        want,           NB_PIECE("”")};
    const nb_piece en[] = {NB_PIECE("section "),
                           section,
                           NB_PIECE(": sub-item numbering starts at "),
                           got,
                           NB_PIECE("; "),
                           want,
                           NB_PIECE(" is missing")};
    nb_diag_add_pieces(ctx->out, "numbering-sequence", m->span, zh, NB_NPIECES(zh), en,
                       NB_NPIECES(en));
    return;
  }
  nb_piece prev = format_marker(m->kind, last, prev_room);
  if (m->value > last + 1) {
    /* one number missing, or a range of them */
    bool one = m->value == last + 2;
    const nb_piece zh[] = {NB_PIECE("第"),
                           section,
                           NB_PIECE("部分小标题编号跳号：“"),
                           prev,
                           NB_PIECE("”之后是“"),
                           got,
                           NB_PIECE("”，缺少“"),
                           want,
                           one ? NB_PIECE("") : NB_PIECE("”至“"),
                           one ? NB_PIECE("") : upto,
                           NB_PIECE("”")};
    const nb_piece en[] = {NB_PIECE("section "),
                           section,
                           NB_PIECE(": sub-item numbering skips from "),
                           prev,
                           NB_PIECE(" to "),
                           got,
                           NB_PIECE("; "),
                           want,
                           one ? NB_PIECE("") : NB_PIECE(" to "),
                           one ? NB_PIECE("") : upto,
                           one ? NB_PIECE(" is missing") : NB_PIECE(" are missing")};
    nb_diag_add_pieces(ctx->out, "numbering-sequence", m->span, zh, NB_NPIECES(zh), en,
                       NB_NPIECES(en));
  } else if (m->value == last) {
    const nb_piece zh[] = {NB_PIECE("第"), section, NB_PIECE("部分小标题编号重复：“"), got,
                           NB_PIECE("”再次出现")};
    const nb_piece en[] = {NB_PIECE("section "), section, NB_PIECE(": sub-item number "), got,
                           NB_PIECE(" repeats")};
    nb_diag_add_pieces(ctx->out, "numbering-sequence", m->span, zh, NB_NPIECES(zh), en,
                       NB_NPIECES(en));
  } else {
    const nb_piece zh[] = {NB_PIECE("第"),
                           section,
                           NB_PIECE("部分小标题编号倒退：“"),
                           got,
                           NB_PIECE("”出现在“"),
                           prev,
                           NB_PIECE("”之后")};
    const nb_piece en[] = {NB_PIECE("section "),      section, NB_PIECE(": sub-item number "), got,
                           NB_PIECE(" comes after "), prev};
    nb_diag_add_pieces(ctx->out, "numbering-sequence", m->span, zh, NB_NPIECES(zh), en,
                       NB_NPIECES(en));
  }
}

static void take(nb_check_ctx *ctx, const char *numeral, sequence *seq, const marker *m) {
  if (m->kind != LV_INLINE) {
    if (seq->rank[m->kind] < 0)
      seq->rank[m->kind] = seq->nranked++;
    for (int k = 0; k < LV_INLINE; k++)
      if (seq->rank[k] > seq->rank[m->kind])
        seq->last[k] = 0;
    seq->last[LV_INLINE] = 0;
  }
  int last = seq->last[m->kind];
  if (m->value != 1 && m->value != last + 1)
    report(ctx, numeral, m, last);
  seq->last[m->kind] = m->value;
}

/* Whether s[0, end) ends in a numeral character (一 … 十, three bytes each): where a numeral of
 * one to three of them that ends there must end. */
static bool ends_in_numeral(const char *s, size_t end) {
  size_t n;
  return end >= 3 && nb_parse_cn_numeral(s + end - 3, 3, &n);
}

/* The bytes a character nb_trim_span drops at a line's end may hold: every byte but printable
 * ASCII and the leads of ideographs (E4…E9), which start no space. */
static bool may_be_trimmed(unsigned char c) {
  return !(c > ' ' && c < 0x7F) && !(c >= 0xE4 && c <= 0xE9);
}

/* Whether the line s[0, len) may end in a numeral once nb_trim_span has dropped its trailing
 * spaces: the last byte no trimmed character can hold must then be the lead of a numeral (一 …
 * 十 lead with E4 or E5) whose three bytes end there. Most lines end in 。 after an ideograph
 * and are settled by a few bytes, without trimming them (which decodes both ends). */
static bool numeral_before_trailing_spaces(const char *s, size_t len) {
  /* An ideograph or a 。 at the very end, as on most lines, is what the trimmed line ends with:
   * settled by those three bytes, without the walk back over them. */
  if (len >= 3 && (nb_unfolded_ideograph_len(s + len - 3, 3) || starts_with(s + len - 3, 3, "。")))
    return ends_in_numeral(s, len);
  size_t p = len;
  while (p > 0 && may_be_trimmed((unsigned char)s[p - 1]))
    p--;
  return p > 0 && p + 2 <= len && ends_in_numeral(s, p + 2);
}

/* The inline item "N是" whose 是 starts at s[p], if any: the numeral may be one to three
 * characters (一, 十一, 二十一) and must follow a boundary (。，； …), as in scan_inline. */
static bool inline_item_before(const char *s, size_t p, marker *m, size_t line_start) {
  /* Every numeral ends in a numeral character right before 是: most 是 (是否, 就是) have none. */
  if (!ends_in_numeral(s, p))
    return false;
  for (size_t chars = 3; chars >= 1; chars--) {
    size_t width = chars * strlen("一");
    if (p < width)
      continue;
    size_t q = p - width, n = 0;
    int value = parse_cn_number(s + q, width, &n);
    if (value && n == width && inline_boundary(s, q)) {
      *m = (marker){LV_INLINE, value, nb_span_make(line_start + q, line_start + p + strlen("是"))};
      return true;
    }
  }
  return false;
}

/* Inline items (一是…二是…) in a line. Only a 是 can end one, so the scan jumps from 是 to 是
 * instead of trying every byte: this loop runs over every prose line of the report. */
static void scan_inline(nb_check_ctx *ctx, const char *numeral, sequence *seq, nb_find_cursor *shi,
                        nb_span line) {
  const char *text = ctx->report->text;
  const char *s = text + line.start;
  size_t len = line.end - line.start, i = skip_lead(s, len);
  marker pending = seq->pending;
  seq->pending.value = 0;
  if (pending.value && starts_with(s + i, len - i, "是"))
    take(ctx, numeral, seq, &pending);
  for (size_t at = nb_find_cursor_next(shi, line.start); at + shi->nlen <= line.end;
       at = nb_find_cursor_next(shi, at + shi->nlen)) {
    marker m;
    if (inline_item_before(s, at - line.start, &m, line.start))
      take(ctx, numeral, seq, &m);
  }
  /* A numeral ending the line: pdftotext wrapped "一是" between two lines. */
  if (!numeral_before_trailing_spaces(s, len))
    return;
  size_t trimmed_start = line.start, trimmed_end = line.end;
  nb_trim_span(text, &trimmed_start, &trimmed_end);
  size_t end = trimmed_end - line.start;
  bool numeral_at_end = ends_in_numeral(s, end);
  for (size_t chars = 3; chars >= 1 && numeral_at_end; chars--) {
    size_t width = chars * strlen("一");
    if (end < width || end - width < i)
      continue;
    size_t q = end - width, n = 0;
    int value = parse_cn_number(s + q, width, &n);
    if (value && n == width && inline_boundary(s, q)) {
      seq->pending = (marker){LV_INLINE, value, nb_span_make(line.start + q, trimmed_end)};
      break;
    }
  }
}

/* The spans of the tables the reader found (not empty), for the lines they claim. */
typedef struct {
  nb_span spans[NB_TABLE_COUNT];
  int count;
} found_tables;

static void find_tables(const nb_report *r, found_tables *f) {
  f->count = 0;
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    if (r->tables[t].found && !nb_span_is_empty(r->tables[t].span))
      f->spans[f->count++] = r->tables[t].span;
}

static bool holds(nb_span table, nb_span span) {
  return span.start >= table.start && span.end <= table.end;
}

/* The found table that holds span, or NULL. */
static const nb_span *table_holding(const found_tables *f, nb_span span) {
  for (int t = 0; t < f->count; t++)
    if (holds(f->spans[t], span))
      return &f->spans[t];
  return NULL;
}

/* The first `limit` code points of s (all of s when shorter). */
static size_t prefix_bytes(const char *s, int limit) {
  size_t len = strlen(s), i = 0;
  for (int k = 0; k < limit && i < len; k++)
    nb_utf8_next(s, len, &i);
  return i;
}

/* How many code points of a row label a line must begin with to look like its row. */
enum { LABEL_START_CPS = 5, LABEL_START_MAX_BYTES = 4 * LABEL_START_CPS };

/* The start of nb_normalize_label(s, len), at least LABEL_START_MAX_BYTES long unless it is all
 * of it (*n bytes, NUL-terminated). An unclaimed line in a table's section can be a whole HTML
 * table of a kilobyte or more, and only its first characters are compared. The label
 * normaliser maps each character by what it wrote before, so normalising the bytes up to a
 * character's start gives the start of the whole line's normal form. */
static char *normalized_start(const char *s, size_t len, size_t *n) {
  for (size_t take = 2 * LABEL_START_MAX_BYTES;; take *= 2) {
    while (take < len && ((unsigned char)s[take] & 0xC0) == 0x80)
      take++; /* a character's first byte: where a decoding of s from its start stops */
    if (take > len)
      take = len;
    char *start = nb_normalize_label(s, take);
    *n = strlen(start);
    if (*n >= LABEL_START_MAX_BYTES || take == len)
      return start;
    free(start);
  }
}

/* The starts of the row labels of the table in a section, compared with every line of the
 * section that no table claimed: worked out once per section, when a line first needs them
 * (most sections have no such line), and once per process for the built-in templates' tables. */
typedef struct {
  bool built;
  const char **labels; /* normalised (nb_normalized_static); NULL: the table has no template */
  size_t *lens;        /* bytes of each label's first LABEL_START_CPS code points */
  uint32_t *firsts;    /* each label's first character */
  int count;
  bool any_empty; /* a label normalises to nothing: every line begins like it */
  bool kept;      /* the arrays belong to kept_starts, not to this section */
} row_starts;

static void fill_row_starts(const nb_table_spec *spec, row_starts *rs) {
  rs->built = true;
  rs->labels = nb_xmalloc((size_t)spec->nrows * sizeof *rs->labels);
  rs->lens = nb_xmalloc((size_t)spec->nrows * sizeof *rs->lens);
  rs->firsts = nb_xmalloc((size_t)spec->nrows * sizeof *rs->firsts);
  for (int i = 0; i < spec->nrows; i++) {
    if (!spec->rows[i].label)
      continue;
    const char *label = rs->labels[rs->count] = nb_normalized_static(spec->rows[i].label);
    rs->lens[rs->count] = prefix_bytes(label, LABEL_START_CPS);
    size_t at = 0;
    rs->firsts[rs->count] = label[0] ? nb_utf8_next(label, strlen(label), &at) : 0;
    rs->any_empty = rs->any_empty || rs->lens[rs->count] == 0;
    rs->count++;
  }
}

/* The row starts of the built-in templates' tables, static data every report of a batch shares:
 * filled on first use, kept for the life of the process (safe from several threads). */
static row_starts kept_starts[NB_TPL_COUNT][NB_TABLE_COUNT];
static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;

static const row_starts *kept_row_starts(const nb_table_spec *spec) {
  for (int id = 0; id < NB_TPL_COUNT; id++)
    for (int t = 0; t < NB_TABLE_COUNT; t++) {
      if (nb_template_get((nb_template_id)id)->tables[t] != spec)
        continue;
      row_starts *kept = &kept_starts[id][t];
      pthread_mutex_lock(&kept_lock);
      if (!kept->built)
        fill_row_starts(spec, kept);
      pthread_mutex_unlock(&kept_lock);
      return kept;
    }
  return NULL;
}

static void build_row_starts(const nb_report *r, const nb_section *sec, row_starts *rs) {
  rs->built = true;
  const nb_table_spec *spec = NULL;
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    if (nb_rule_table_section((nb_table_id)t) == sec->id)
      spec = r->tables[t].spec;
  if (!spec || spec->nrows <= 0)
    return;
  const row_starts *kept = kept_row_starts(spec);
  if (kept) {
    *rs = *kept;
    rs->kept = true;
    return;
  }
  fill_row_starts(spec, rs);
}

static void row_starts_free(row_starts *rs) {
  if (rs->kept)
    return;
  free(rs->labels);
  free(rs->lens);
  free(rs->firsts);
}

/* The first character of nb_normalize_label(s, len), or 0 when it is empty: the first that the
 * label fold keeps (its one rule that looks back, "、" after a number, never applies to it). */
static uint32_t first_folded(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    uint32_t cp = nb_fold_label_cp(nb_utf8_next(s, len, &i));
    if (cp)
      return cp;
  }
  return 0;
}

/* Whether some label begins with the character the line's normal form begins with: most lines
 * (an HTML table's, a sentence) begin like none, and are settled without normalising them. */
static bool may_begin_like_a_label(const row_starts *rows, const char *s, size_t len) {
  if (rows->any_empty)
    return true;
  uint32_t first = first_folded(s, len);
  for (int i = 0; first && i < rows->count; i++)
    if (rows->firsts[i] == first)
      return true;
  return false;
}

/* A line of table material the reader did not claim: a row, a pipe or tab line, or a line
 * beginning like one of the table's row labels (its numbering and first words). */
static bool looks_like_table_line(const nb_report *r, const nb_section *sec, row_starts *rows,
                                  const nb_stream_item *item) {
  if (item->kind == NB_ITEM_ROW)
    return true;
  if (sec->id != NB_SEC_ACTIVE && sec->id != NB_SEC_APPLICATIONS && sec->id != NB_SEC_REVIEW)
    return false;
  const char *s = r->text + item->span.start;
  size_t len = item->span.end - item->span.start;
  if (memchr(s, '|', len) || memchr(s, '\t', len))
    return true;
  if (!rows->built)
    build_row_starts(r, sec, rows);
  if (!rows->labels)
    return false; /* the section's table has no template */
  if (!may_begin_like_a_label(rows, s, len))
    return false;
  size_t line_len;
  char *line = normalized_start(s, len, &line_len);
  bool hit = false;
  for (int i = 0; i < rows->count && !hit; i++)
    hit = line_len >= rows->lens[i] && memcmp(line, rows->labels[i], rows->lens[i]) == 0;
  free(line);
  return hit;
}

static int body_end(const nb_report *r, const nb_section *sec) {
  return sec->end_item > r->stream.nitems ? r->stream.nitems : sec->end_item;
}

/* The next item of the section's body, from *i on, that is prose whose numbering counts, or
 * NULL at `end`; *i is its index. A found table's lines (a table of a raw report is a line an
 * item, hundreds of them in sections 二 to 四) are passed over in one run once the first of them
 * is met, rather than each tried against every table. */
static const nb_stream_item *next_material(const nb_report *r, const nb_section *sec,
                                           const found_tables *tables, row_starts *rows, int *i,
                                           int end) {
  for (; *i < end; ++*i) {
    const nb_stream_item *item = &r->stream.items[*i];
    if (item->span.end > r->len || nb_span_is_empty(item->span))
      continue;
    const nb_span *table = table_holding(tables, item->span);
    if (table) {
      while (*i + 1 < end && holds(*table, r->stream.items[*i + 1].span))
        ++*i;
      continue;
    }
    if (!looks_like_table_line(r, sec, rows, item))
      return item;
  }
  return NULL;
}

static void check_section(nb_check_ctx *ctx, const nb_section *sec, nb_find_cursor *shi) {
  const nb_report *r = ctx->report;
  const char *numeral = nb_rule_section_numeral(r, sec->id);
  sequence seq;
  memset(&seq, 0, sizeof seq);
  for (int k = 0; k < LV_COUNT; k++)
    seq.rank[k] = -1;
  row_starts rows = {false, NULL, NULL, NULL, 0, false, false};
  found_tables tables;
  find_tables(r, &tables);
  const nb_stream_item *item;
  for (int i = sec->first_item < 0 ? 0 : sec->first_item, end = body_end(r, sec);
       (item = next_material(r, sec, &tables, &rows, &i, end)); i++) {
    marker m;
    if (line_marker(r->text, item->span, &m))
      take(ctx, numeral, &seq, &m);
    scan_inline(ctx, numeral, &seq, shi, item->span);
  }
  row_starts_free(&rows);
}

nb_subitem *nb_section_subitems(const nb_report *r, const nb_section *sec, int *count) {
  int rank[LV_COUNT], nranked = 0, cap = 0;
  for (int k = 0; k < LV_COUNT; k++)
    rank[k] = -1;
  nb_subitem *items = NULL;
  *count = 0;
  row_starts rows = {false, NULL, NULL, NULL, 0, false, false};
  found_tables tables;
  find_tables(r, &tables);
  const nb_stream_item *item;
  for (int i = sec->first_item < 0 ? 0 : sec->first_item, end = body_end(r, sec);
       (item = next_material(r, sec, &tables, &rows, &i, end)); i++) {
    marker m;
    if (!line_marker(r->text, item->span, &m))
      continue;
    if (rank[m.kind] < 0)
      rank[m.kind] = nranked++;
    nb_grow((void **)&items, &cap, *count + 1, sizeof *items);
    items[(*count)++] = (nb_subitem){rank[m.kind], m.value, m.span, item->span};
  }
  row_starts_free(&rows);
  return items;
}

void nb_check_numbering(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  /* The 是 that may end an inline item, met line by line in text order. */
  nb_find_cursor shi;
  nb_find_cursor_init(&shi, r->text, r->len, "是", strlen("是"));
  for (int i = 0; i < r->nsections; i++)
    check_section(ctx, &r->sections[i], &shi);
}
