#include "labels.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "../xalloc.h"
#include "rule_util.h"
#include "table_names.h"

/* Bytes of the numbering that opens an official label: "（一）", "1.", "一、"; 0 if none. */
static size_t numbering_bytes(const char *label) {
  size_t len = strlen(label), i = 0, n = 0;
  const char *open = "（", *close = "）";
  if (strncmp(label, open, strlen(open)) == 0) {
    const char *end = strstr(label, close);
    return end ? (size_t)(end - label) + strlen(close) : 0;
  }
  while (i < len && label[i] >= '0' && label[i] <= '9')
    i++;
  if (i > 0 && i < len && label[i] == '.')
    return i + 1;
  if (nb_parse_cn_numeral(label, len, &n) && strncmp(label + n, "、", strlen("、")) == 0)
    return n + strlen("、");
  return 0;
}

/* The official label to write over `found`: without its numbering when the report wrote the
 * label without one (the numbering then stands elsewhere, or nowhere). */
static const char *replacement_for(const char *text, nb_span found, const char *official) {
  size_t nb = numbering_bytes(official);
  if (nb == 0)
    return official;
  char *have = nb_normalize_label(text + found.start, found.end - found.start);
  char *want = nb_normalize_label(official, nb);
  bool numbered = strncmp(have, want, strlen(want)) == 0;
  free(have);
  free(want);
  return numbered ? official : official + nb;
}

/* A label broken over lines may enclose other cells: rewriting it would lose them. */
static bool fixable(const char *text, nb_span span) {
  return !nb_span_is_empty(span) && memchr(text + span.start, '\n', span.end - span.start) == NULL;
}

static void typo(nb_check_ctx *ctx, nb_span span, const char *official, const char *tzh,
                 const char *ten) {
  const char *text = ctx->report->text;
  /* "%s%.0s标签“%.*s”与模板不一致，应为“%s”" and its English, joined from pieces */
  nb_piece written = nb_piece_of_span(text, span), want = nb_piece_of(official);
  const nb_piece zh[] = {
      nb_piece_of(tzh), NB_PIECE("标签“"), written, NB_PIECE("”与模板不一致，应为“"), want,
      NB_PIECE("”")};
  const nb_piece en[] = {nb_piece_of(ten),
                         NB_PIECE(": label “"),
                         written,
                         NB_PIECE("” is misspelt; the template has “"),
                         want,
                         NB_PIECE("”")};
  nb_diag *d =
      nb_diag_add_pieces(ctx->out, "label-typo", span, zh, NB_NPIECES(zh), en, NB_NPIECES(en));
  if (fixable(text, span))
    nb_diag_add_fix(d, true, span, replacement_for(text, span, official), "改为模板标签",
                    "use the official label");
}

static void outdated(nb_check_ctx *ctx, nb_span span, const nb_outdated_label *o, const char *tzh,
                     const char *ten) {
  const char *text = ctx->report->text;
  const char *tpl = ctx->report->tpl ? ctx->report->tpl->name : "";
  int len = (int)(span.end - span.start);
  nb_diag *d;
  if (o->replacement)
    d = nb_diag_add(ctx->out, "label-outdated", span,
                    "%s%.0s使用了2019年版模板的标签“%.*s”，%s模板为“%s”",
                    "%.0s%s: “%.*s” is a 2019-template label; the %s template has “%s”", tzh, ten,
                    len, text + span.start, tpl, o->replacement);
  else
    d = nb_diag_add(ctx->out, "label-outdated", span,
                    "%s%.0s使用了2019年版模板的标签“%.*s”，%s模板已无此项",
                    "%.0s%s: “%.*s” is a 2019-template label with no counterpart in the %s "
                    "template",
                    tzh, ten, len, text + span.start, tpl);
  if (o->replacement && fixable(text, span))
    nb_diag_add_fix(d, true, span, replacement_for(text, span, o->replacement), "改为现行模板标签",
                    "use the current template's label");
}

static int child_rows(const nb_table_spec *spec, int group) {
  int n = 0;
  for (int i = 0; i < spec->nrows; i++)
    n += spec->rows[i].parent == group;
  return n;
}

/* Spaces inside a label are how pdftotext and Word's wrapped cells render it ("总 计",
 * "三 、本 年 度办 理 结果"), not how its author spelt it: they are no finding of their own. */
static bool same_but_for_spaces(const char *s, size_t len, const char *official) {
  size_t i = 0, k = 0, olen = strlen(official);
  while (i < len) {
    size_t at = i;
    uint32_t cp = nb_utf8_next(s, len, &i);
    if (cp == ' ' || cp == 0x3000 || cp == 0xA0)
      continue;
    size_t n = i - at;
    if (k + n > olen || memcmp(s + at, official + k, n) != 0)
      return false;
    k += n;
  }
  return k == olen;
}

/* The bytes that end a cell or a line, or open markup. */
static const bool cell_break_bytes[256] = {
    ['\n'] = true, ['\r'] = true, ['|'] = true, ['\t'] = true, ['<'] = true};

/* A label the reader matched exactly, but only after folding width, spaces or numbering
 * punctuation ("(一)予以公开", "1. 属于国家秘密"): the official spelling can be written over it
 * when the label is one cell of one line (no separator, line break or markup inside). */
/* differs_only_in_form for a label not written as the template writes it. Out of line: few
 * labels come here, and its room on the stack would be set up for every one. */
static __attribute__((noinline)) bool form_alone_differs(const char *text, nb_span span,
                                                         const char *official) {
  size_t len = span.end - span.start;
  if (nb_next_byte_in(text, span.start, span.end, cell_break_bytes) < span.end)
    return false;
  /* A label's normal form fits on the stack: one allocation per exact label was most of this. */
  char room[512];
  char *have = NB_NORMALIZED_ROOM(len) <= sizeof room ? room : nb_xmalloc(NB_NORMALIZED_ROOM(len));
  nb_normalize_label_to(text + span.start, len, have);
  bool same = strcmp(have, nb_normalized_static(official)) == 0;
  if (have != room)
    free(have);
  return same && !same_but_for_spaces(text + span.start, len, official);
}

static inline bool differs_only_in_form(const char *text, nb_span span, const char *official) {
  size_t len = span.end - span.start;
  if (nb_span_is_empty(span) || !official)
    return false;
  if (len == strlen(official) && memcmp(text + span.start, official, len) == 0)
    return false;
  return form_alone_differs(text, span, official);
}

/* Adds span and its official spelling to the n listed when the label differs from it only in
 * form, and no label listed stands there (a header may also be a row's label); the new count.
 * Whether it differs is asked first: most labels do not, and the list is then not looked at. */
static inline __attribute__((always_inline)) int
add_if_form_differs(const char *text, nb_span *spans, const char **officials, int n, nb_span span,
                    const char *official) {
  if (!differs_only_in_form(text, span, official))
    return n;
  for (int k = 0; k < n; k++)
    if (spans[k].start == span.start)
      return n;
  spans[n] = span;
  officials[n] = official;
  return n + 1;
}

/* label-format: one finding per table, whose one fix writes every such label the official
 * way (a report that writes "(一)" writes it so throughout: one finding, not twenty). */
static void check_label_format(nb_check_ctx *ctx, const nb_table *t) {
  const char *text = ctx->report->text;
  int cap = t->spec->nrows + t->nheaders;
  /* On the stack for the templates' tables (a few dozen labels each). */
  enum { ROOM = 96 };
  nb_span spans_room[ROOM];
  const char *officials_room[ROOM];
  bool on_stack = cap <= ROOM;
  nb_span *spans = on_stack ? spans_room : nb_xmalloc((size_t)cap * sizeof *spans);
  const char **officials = on_stack ? officials_room : nb_xmalloc((size_t)cap * sizeof *officials);
  int n = 0;
  /* The rows, then the headers, each in a loop of its own: one loop over both mispredicted
   * where they met, in every table. */
  for (int i = 0; i < t->spec->nrows; i++) {
    const nb_row *row = &t->rows[i];
    if (row->present && row->match == NB_MATCH_EXACT)
      n = add_if_form_differs(text, spans, officials, n, row->label, t->spec->rows[i].label);
  }
  for (int h = 0; h < t->nheaders; h++) {
    const nb_header_label *hl = &t->headers[h];
    if (hl->match == NB_MATCH_EXACT)
      n = add_if_form_differs(text, spans, officials, n, hl->span, hl->official);
  }
  if (n > 0) {
    char tzh[64], ten[64];
    nb_rule_table_name(t->spec, tzh, sizeof tzh);
    nb_rule_table_name_en(t->spec, ten, sizeof ten);
    /* "%s%.0s有%d处标签…，如“%.*s”应写作“%s”" and its English, joined from pieces */
    char number[NB_DECIMAL_MAX];
    nb_piece count = {number, nb_decimal(number, n)};
    nb_piece written = nb_piece_of_span(text, spans[0]), want = nb_piece_of(officials[0]);
    const nb_piece zh[] = {nb_piece_of(tzh),
                           NB_PIECE("有"),
                           count,
                           NB_PIECE("处标签的全角/半角或编号标点与模板写法不同，如“"),
                           written,
                           NB_PIECE("”应写作“"),
                           want,
                           NB_PIECE("”")};
    const nb_piece en[] = {nb_piece_of(ten),
                           NB_PIECE(": labels written with other full/half-width forms or "
                                    "numbering punctuation than the template ("),
                           count,
                           NB_PIECE(" in this table), e.g. “"),
                           written,
                           NB_PIECE("” for “"),
                           want,
                           NB_PIECE("”")};
    nb_diag *d = nb_diag_add_pieces(ctx->out, "label-format", spans[0], zh, NB_NPIECES(zh), en,
                                    NB_NPIECES(en));
    nb_fix *fix = nb_diag_add_fix(d, true, spans[0], officials[0], "统一为模板写法",
                                  "write the labels as the template does");
    for (int k = 1; k < n; k++)
      nb_fix_add_edit(fix, spans[k], officials[k]);
  }
  if (!on_stack) {
    free(spans);
    free(officials);
  }
}

static void check_table_labels(nb_check_ctx *ctx, const nb_table *t) {
  char tzh[64], ten[64];
  nb_rule_table_name(t->spec, tzh, sizeof tzh);
  nb_rule_table_name_en(t->spec, ten, sizeof ten);
  for (int i = 0; i < t->spec->nrows; i++) {
    const nb_row *row = &t->rows[i];
    const char *official = t->spec->rows[i].label;
    if (!row->present || nb_span_is_empty(row->label))
      continue;
    if (row->match == NB_MATCH_TYPO && official)
      typo(ctx, row->label, official, tzh, ten);
    if (row->outdated)
      outdated(ctx, row->label, row->outdated, tzh, ten);
    if (row->group_as_data && ctx->report->template_id == NB_TPL_2021 && official) {
      /* "%s%.0s“%s”按2019年版模板填为单独一行；…分为%d个子项" and its English, from pieces */
      char number[NB_DECIMAL_MAX];
      nb_piece rows = {number, nb_decimal(number, child_rows(t->spec, i))};
      nb_piece label = nb_piece_of(official);
      const nb_piece zh[] = {nb_piece_of(tzh),
                             NB_PIECE("“"),
                             label,
                             NB_PIECE("”按2019年版模板填为单独一行；2021年版模板将其分为"),
                             rows,
                             NB_PIECE("个子项")};
      const nb_piece en[] = {nb_piece_of(ten),
                             NB_PIECE(": “"),
                             label,
                             NB_PIECE("” is filled in as one row, the 2019 template's layout; the "
                                      "2021 template splits it into "),
                             rows,
                             NB_PIECE(" rows")};
      nb_diag_add_pieces(ctx->out, "label-outdated", row->label, zh, NB_NPIECES(zh), en,
                         NB_NPIECES(en));
    }
  }
  for (int h = 0; h < t->nheaders; h++) {
    const nb_header_label *hl = &t->headers[h];
    if (nb_span_is_empty(hl->span))
      continue;
    if (hl->match == NB_MATCH_TYPO && hl->official)
      typo(ctx, hl->span, hl->official, tzh, ten);
    if (hl->outdated)
      outdated(ctx, hl->span, hl->outdated, tzh, ten);
  }
  check_label_format(ctx, t);
}

/* Length of text[at..] matching the normalised needle code point by code point (spaces and
 * bracket or width variants folded), or 0. */
static size_t match_normalized(const char *text, size_t len, size_t at, const char *needle) {
  size_t i = at, k = 0, nlen = strlen(needle);
  while (i < len && k < nlen) {
    /* One character as nb_normalize_label writes it (its one rule that looks back, "、"
     * after a leading number, never applies to a single character), without a copy. */
    char folded[4];
    uint32_t cp = nb_fold_label_cp(nb_utf8_next(text, len, &i));
    size_t f = cp ? (size_t)nb_utf8_put(folded, cp) : 0;
    bool ok = f == 0 || (k + f <= nlen && memcmp(needle + k, folded, f) == 0);
    if (!ok)
      return 0;
    if (f == 0 && k == 0)
      return 0; /* a match starts on a real character */
    k += f;
  }
  return k == nlen ? i - at : 0;
}

static void check_outdated_notices(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  if (r->year < 2021 || !r->tpl || !r->tpl->outdated_notices)
    return;
  for (int k = 0; r->tpl->outdated_notices[k]; k++) {
    const char *notice = r->tpl->outdated_notices[k];
    char *needle = nb_normalize_label(notice, strlen(notice));
    size_t first = 0;
    if (needle[0])
      nb_utf8_next(needle, strlen(needle), &first);
    for (size_t at = 0; first && at + first <= r->len; at++) {
      const char *hit = nb_find_bytes(r->text + at, r->len - at, needle, first);
      if (!hit)
        break;
      at = (size_t)(hit - r->text);
      size_t n = match_normalized(r->text, r->len, at, needle);
      if (!n)
        continue;
      nb_diag_add(ctx->out, "template-outdated", nb_span_make(at, at + n),
                  "报告以2019年版模板（%s）为依据；%d年度报告应使用%s模板（%s）",
                  "the report names the 2019 template (%s) as its basis; a %d report follows the "
                  "%s template (%s)",
                  notice, r->year, r->tpl->name, r->tpl->notice);
      at += n - 1;
    }
    free(needle);
  }
}

void nb_check_labels(nb_check_ctx *ctx) {
  const nb_report *r = ctx->report;
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    if (t->found && t->spec && t->rows)
      check_table_labels(ctx, t);
  }
  check_outdated_notices(ctx);
}
