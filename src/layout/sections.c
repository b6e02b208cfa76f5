#define _GNU_SOURCE /* memrchr */
#include "sections.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"

/* A title longer than this (in code points) is prose, not a heading. */
enum { MAX_TITLE_CPS = 40 };

static const char *const separators[] = {"、", "．", ".", NULL};
/* Characters a title may carry at its end without changing what it names. */
static const char *const title_tail_marks[] = {"：", ":", "。", NULL};
/* Punctuation that only occurs in sentences, never in a section title. */
static const char *const sentence_marks[] = {"。", "，", "；", ",", ";", NULL};

/* The first bytes of sentence_marks: the places where one may start. */
static const bool sentence_mark_leads[256] = {
    [0xE3] = true, [0xEF] = true, [','] = true, [';'] = true};

static bool holds_sentence_mark(const char *s, size_t len) {
  for (size_t i = nb_next_byte_in(s, 0, len, sentence_mark_leads); i < len;
       i = nb_next_byte_in(s, i + 1, len, sentence_mark_leads))
    if (nb_word_prefix(s + i, len - i, sentence_marks))
      return true;
  return false;
}

/* nb_utf8_count(s, len) > max, without counting a long line (a table row read as a heading
 * candidate) to its end. */
static bool more_code_points_than(const char *s, size_t len, size_t max) {
  enum { CHUNK = 64 }; /* counted a chunk at a time (nb_utf8_count's eight bytes a step) */
  size_t n = 0;
  for (size_t i = 0; i < len; i += CHUNK) {
    n += nb_utf8_count(s + i, len - i < CHUNK ? len - i : CHUNK);
    if (n > max)
      return true;
  }
  return false;
}

/* Trims white space and markup, a step of each at a time, until neither is left at the ends. */
static void strip_by_steps(const char *text, size_t *start, size_t *end) {
  for (;;) {
    size_t before_start = *start, before_end = *end;
    nb_trim_span(text, start, end);
    while (*start < *end && nb_heading_markup(text[*start]))
      (*start)++;
    while (*end > *start && nb_heading_markup(text[*end - 1]))
      (*end)--;
    if (*start == before_start && *end == before_end)
      return;
  }
}

static bool is_markup_or_blank(char c) {
  return nb_heading_markup(c) || c == ' ' || c == '\t';
}

/* The ends of what is left are the first and the last character that is neither white space
 * nor markup, in whatever order those stand: the blanks between markup ("## 一、") are passed with
 * it, where the steps trimmed them in a round of their own. Only where nothing is left does the
 * place of the empty span depend on the order of the steps: that is left to them. */
void nb_strip_markup(const char *text, size_t *start, size_t *end) {
  size_t s = *start, e = *end;
  for (;;) {
    size_t before_start = s, before_end = e;
    nb_trim_span(text, &s, &e);
    while (s < e && is_markup_or_blank(text[s]))
      s++;
    while (e > s && is_markup_or_blank(text[e - 1]))
      e--;
    if (s == before_start && e == before_end)
      break;
  }
  if (s < e) {
    *start = s;
    *end = e;
    return;
  }
  strip_by_steps(text, start, end);
}

/* Drops markup, white space and title-ending marks at the end of [p, *q). */
static void drop_trailing_markup(const char *text, size_t p, size_t *q) {
  for (;;) {
    size_t before = *q;
    nb_trim_span(text, &p, q);
    while (*q > p && nb_heading_markup(text[*q - 1]))
      (*q)--;
    *q -= nb_word_suffix(text + p, *q - p, title_tail_marks);
    if (*q == before)
      return;
  }
}

/* A section title or variant as the matcher compares it: normalised, and decoded for the edit
 * distance. */
typedef struct {
  const char *norm;
  size_t len;
  uint32_t *cps;
  size_t ncps;
  bool normal; /* normalising `norm` gives it back: a title of these bytes is this form */
} title_form;

typedef struct {
  title_form title;
  title_form *variants;
  int nvariants;
} section_forms;

/* The distinct section tables of all templates (revisions may share one), prepared once: every
 * numbered line of every report is matched against all of them. */
static struct {
  int ntables;
  section_forms forms[NB_TPL_COUNT][NB_SECTION_COUNT];
} known;
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static title_form prepare_form(const char *label) {
  title_form f;
  f.norm = nb_normalized_static(label);
  f.len = strlen(f.norm);
  f.cps = nb_xmalloc((f.len + 1) * sizeof *f.cps);
  f.ncps = nb_utf8_decode(f.norm, f.len, f.cps);
  char *again = nb_normalize_label(f.norm, f.len);
  f.normal = strcmp(again, f.norm) == 0;
  free(again);
  return f;
}

static void prepare_known(void) {
  const nb_section_spec *seen[NB_TPL_COUNT];
  for (int t = 0; t < NB_TPL_COUNT; t++) {
    const nb_section_spec *specs = nb_template_get((nb_template_id)t)->sections;
    bool again = false;
    for (int i = 0; i < known.ntables; i++)
      again = again || seen[i] == specs;
    if (again)
      continue;
    seen[known.ntables] = specs;
    for (int s = 0; s < NB_SECTION_COUNT; s++) {
      section_forms *f = &known.forms[known.ntables][s];
      f->title = prepare_form(specs[s].title);
      while (specs[s].variants && specs[s].variants[f->nvariants])
        f->nvariants++;
      f->variants = nb_xcalloc((size_t)f->nvariants + 1, sizeof *f->variants);
      for (int v = 0; v < f->nvariants; v++)
        f->variants[v] = prepare_form(specs[s].variants[v]);
    }
    known.ntables++;
  }
}

static bool equals_form(const char *norm, size_t len, const title_form *f) {
  return len == f->len && memcmp(norm, f->norm, len) == 0;
}

/* "总体情况（2023年度）": the official title followed by a parenthetical note. */
static bool is_title_with_note(const char *norm, size_t m, const title_form *f) {
  size_t n = f->len;
  return m > n + 1 && memcmp(norm, f->norm, n) == 0 && norm[n] == '(' && norm[m - 1] == ')';
}

/* Edit distance to `f` when it is within the typo allowance, else INT_MAX. */
static int typo_distance(const uint32_t *cps, size_t ncps, const title_form *f) {
  int allowance = f->ncps / 6 > 1 ? (int)(f->ncps / 6) : 1;
  int e = nb_edit_distance_within(cps, ncps, f->cps, f->ncps, allowance);
  return e <= allowance ? e : INT_MAX;
}

/* The first section (in template order, then section order) whose title is `norm` exactly. */
static bool exact_title(const char *norm, size_t len, nb_section_id *id) {
  for (int t = 0; t < known.ntables; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++)
      if (equals_form(norm, len, &known.forms[t][s].title)) {
        *id = (nb_section_id)s;
        return true;
      }
  return false;
}

/* The first section whose title with a note, or one of whose variants, is `norm`. */
static bool variant_title(const char *norm, size_t len, nb_section_id *id) {
  for (int t = 0; t < known.ntables; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++) {
      const section_forms *f = &known.forms[t][s];
      bool variant = is_title_with_note(norm, len, &f->title);
      for (int v = 0; v < f->nvariants && !variant; v++)
        variant = equals_form(norm, len, &f->variants[v]);
      if (variant) {
        *id = (nb_section_id)s;
        return true;
      }
    }
  return false;
}

/* The section whose title or a variant is nearest to `norm` within the typo allowance (the
 * first of equally near ones). */
static bool typo_title(const char *norm, size_t len, nb_section_id *id) {
  enum { STACK_CPS = 64 };
  uint32_t stack_cps[STACK_CPS];
  uint32_t *cps = len <= STACK_CPS ? stack_cps : nb_xmalloc(len * sizeof *cps);
  size_t ncps = nb_utf8_decode(norm, len, cps);
  int best_distance = INT_MAX;
  for (int t = 0; t < known.ntables; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++) {
      const section_forms *f = &known.forms[t][s];
      int d = typo_distance(cps, ncps, &f->title);
      for (int v = 0; v < f->nvariants; v++) {
        int dv = typo_distance(cps, ncps, &f->variants[v]);
        d = dv < d ? dv : d;
      }
      if (d < best_distance) {
        best_distance = d;
        *id = (nb_section_id)s;
      }
    }
  if (cps != stack_cps)
    free(cps);
  return best_distance != INT_MAX;
}

/* An exact title anywhere beats a variant anywhere, which beats the nearest typo: three passes,
 * so that the common exact title is settled by comparisons alone, before any decoding or edit
 * distance. */
/* The first section whose title is `title`'s bytes as they stand, when that title is its own
 * normal form: then exact_title of the normalised title finds it (an earlier title equal to the
 * normalised one would equal these bytes first). */
static bool title_as_written(const char *title, size_t len, nb_section_id *id) {
  for (int t = 0; t < known.ntables; t++)
    for (int s = 0; s < NB_SECTION_COUNT; s++) {
      const title_form *f = &known.forms[t][s].title;
      if (equals_form(title, len, f)) {
        if (f->normal)
          *id = (nb_section_id)s;
        return f->normal;
      }
    }
  return false;
}

nb_match nb_section_title_match(const char *title, size_t len, nb_section_id *id) {
  pthread_once(&known_once, prepare_known);
  /* Nearly every heading writes its title as the template does: settled by comparing bytes,
   * before any normalising. */
  if (title_as_written(title, len, id))
    return NB_MATCH_EXACT;
  /* A heading's title is short (MAX_TITLE_CPS): normalised on the stack. */
  enum { STACK_ROOM = NB_NORMALIZED_ROOM(MAX_TITLE_CPS * 3) };
  char stack_norm[STACK_ROOM];
  char *norm =
      NB_NORMALIZED_ROOM(len) <= STACK_ROOM ? stack_norm : nb_xmalloc(NB_NORMALIZED_ROOM(len));
  size_t norm_len = nb_normalize_label_to(title, len, norm);
  nb_match m = norm_len == 0                       ? NB_MATCH_NONE
               : exact_title(norm, norm_len, id)   ? NB_MATCH_EXACT
               : variant_title(norm, norm_len, id) ? NB_MATCH_VARIANT
               : typo_title(norm, norm_len, id)    ? NB_MATCH_TYPO
                                                   : NB_MATCH_NONE;
  if (norm != stack_norm)
    free(norm);
  return m;
}

/* The ASCII bytes a numeral may stand after: nb_is_space_cp's and nb_heading_markup's. pdftotext
 * indents lines by dozens of them. */
static const bool skipped_before_numeral[128] = {
    [' '] = true,  ['\t'] = true, ['\n'] = true, ['\r'] = true, ['\f'] = true,
    ['\v'] = true, ['#'] = true,  ['*'] = true,  ['_'] = true,  ['>'] = true};

/* Whether the first character of [s, e) past white space and markup is a Chinese numeral
 * (nb_parse_cn_numeral's). Every line of a report is offered as a heading, from cmark-gfm's
 * block hook and from the section finder, and nearly none opens with a numeral: this settles
 * those before any copy or list scan, reaching the answer parse_heading_shape would (it reads
 * the numeral at the same place, within a line no longer than this). Testing only the lead
 * byte (E4 or E5) let most CJK lines through. */
static bool may_open_with_numeral(const char *text, size_t s, size_t e) {
  s = nb_skip_ascii_spaces(text, s, e); /* an indentation, at once */
  while (s < e) {
    unsigned char c = (unsigned char)text[s];
    size_t numeral;
    if (c == 0xE4 || c == 0xE5)
      return nb_parse_cn_numeral(text + s, e - s, &numeral) != 0;
    if (nb_unfolded_ideograph_len(text + s, e - s))
      return false; /* the usual first character: neither space nor markup, seen undecoded */
    if (c < 0x80) {
      if (!skipped_before_numeral[c])
        return false;
      s++;
      continue;
    }
    size_t next = s;
    uint32_t cp = nb_utf8_next(text, e, &next); /* an overlong form may decode below 0x80 */
    if (!nb_is_space_cp(cp) && !(cp < 0x80 && nb_heading_markup((char)cp)))
      return false;
    s = next;
  }
  return false;
}

/* Reads text[line] as "numeral、title" (or the title alone when `title_only_ok`): fills out's
 * heading, numeral and title spans. False when the line is no heading shape: empty, no numeral
 * where one is needed, a title too long or holding sentence punctuation. */
static bool parse_screened_shape(const char *text, nb_span line, bool title_only_ok,
                                 nb_heading_guess *out) {
  size_t s = line.start, e = line.end;
  nb_trim_span(text, &s, &e);
  if (s >= e)
    return false;
  memset(out, 0, sizeof *out);
  out->heading = nb_span_make(s, e);

  size_t p = s, q = e;
  nb_strip_markup(text, &p, &q);
  drop_trailing_markup(text, p, &q);
  if (p >= q)
    return false;

  size_t numeral_len = 0;
  int value = nb_parse_cn_numeral(text + p, q - p, &numeral_len);
  size_t title_start = p;
  if (value) {
    size_t after = p + numeral_len, end = q;
    nb_trim_span(text, &after, &end);
    size_t sep = nb_word_prefix(text + after, q - after, separators);
    if (sep) {
      out->numeral_value = value;
      out->numeral = nb_span_make(p, p + numeral_len);
      title_start = after + sep;
      nb_trim_span(text, &title_start, &q);
    } else {
      value = 0;
    }
  }
  if (!value && !title_only_ok)
    return false;
  if (title_start >= q ||
      more_code_points_than(text + title_start, q - title_start, MAX_TITLE_CPS) ||
      holds_sentence_mark(text + title_start, q - title_start))
    return false;
  out->title = nb_span_make(title_start, q);
  return true;
}

static bool parse_heading_shape(const char *text, nb_span line, bool title_only_ok,
                                nb_heading_guess *out) {
  if (!title_only_ok && !may_open_with_numeral(text, line.start, line.end))
    return false;
  return parse_screened_shape(text, line, title_only_ok, out);
}

/* nb_section_heading_parse of a line that may_open_with_numeral let through (or that needs no
 * numeral). */
static bool parse_screened(const char *text, nb_span line, bool title_only_ok,
                           nb_heading_guess *out) {
  if (!parse_screened_shape(text, line, title_only_ok, out))
    return false;
  out->match =
      nb_section_title_match(text + out->title.start, out->title.end - out->title.start, &out->id);
  if (out->match == NB_MATCH_NONE)
    return false;
  if (!out->numeral_value && out->match == NB_MATCH_TYPO)
    return false;
  return true;
}

bool nb_section_heading_parse(const char *text, nb_span line, bool title_only_ok,
                              nb_heading_guess *out) {
  if (!title_only_ok && !may_open_with_numeral(text, line.start, line.end))
    return false;
  return parse_screened(text, line, title_only_ok, out);
}

/* ---------------------------------------------------------------- the memo */

/* One line's answer, its spans relative to the line's start. */
typedef struct {
  uint64_t hash;
  size_t key; /* offset of the line's bytes in memo->bytes */
  size_t len;
  bool title_only_ok;
  bool heading;
  nb_heading_guess guess;
} memo_entry;

struct nb_heading_memo {
  memo_entry *slots; /* open addressing; a slot whose key is SIZE_MAX is free */
  size_t nslots, nused;
  char *bytes; /* every remembered line, one after another */
  size_t nbytes, bytes_cap;
};

enum { MEMO_FIRST_SLOTS = 16 };

void nb_heading_memo_free(nb_heading_memo *memo) {
  if (!memo)
    return;
  free(memo->slots);
  free(memo->bytes);
  free(memo);
}

void nb_sections_adopt_memo(nb_report *r, nb_heading_memo *memo) {
  if (r->heading_memo && r->heading_memo != memo)
    r->heading_memo_free(r->heading_memo);
  r->heading_memo = memo;
  r->heading_memo_free = nb_heading_memo_free;
}

/* Only a slot's key says it is free: the rest of a free slot is never read (a slot is filled
 * whole), so only the keys are written. */
static memo_entry *empty_slots(size_t n) {
  memo_entry *slots = nb_xmalloc(n * sizeof *slots);
  for (size_t i = 0; i < n; i++)
    slots[i].key = SIZE_MAX;
  return slots;
}

static bool slot_free(const memo_entry *e) {
  return e->key == SIZE_MAX;
}

/* The slot holding the line, or the free slot where it would go. */
static memo_entry *memo_slot(nb_heading_memo *m, uint64_t hash, const char *line, size_t len,
                             bool title_only_ok) {
  size_t mask = m->nslots - 1;
  for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
    memo_entry *e = &m->slots[i];
    if (slot_free(e) || (e->hash == hash && e->len == len && e->title_only_ok == title_only_ok &&
                         memcmp(m->bytes + e->key, line, len) == 0))
      return e;
  }
}

static void memo_grow(nb_heading_memo *m) {
  memo_entry *old = m->slots;
  size_t nold = m->nslots;
  m->nslots = nold ? nold * 2 : MEMO_FIRST_SLOTS;
  m->slots = empty_slots(m->nslots);
  for (size_t i = 0; i < nold; i++) {
    if (slot_free(&old[i]))
      continue;
    size_t mask = m->nslots - 1, k = (size_t)old[i].hash & mask;
    while (!slot_free(&m->slots[k]))
      k = (k + 1) & mask;
    m->slots[k] = old[i];
  }
  free(old);
}

/* The first and last eight bytes and the length tell most lines apart (every line here opens
 * with a numeral and its separator); memcmp settles the rest. Two loads and a mix, where a hash
 * of each of the first bytes took as many steps as the line had bytes, and its loop's end
 * mispredicted with the length. */
static uint64_t memo_hash(const char *bytes, size_t len) {
  if (len < 8)
    return nb_hash_bytes(bytes, len) ^ (uint64_t)len;
  uint64_t head, tail;
  memcpy(&head, bytes, 8);
  memcpy(&tail, bytes + len - 8, 8);
  uint64_t h = head * 0x9E3779B97F4A7C15u ^ (tail ^ (uint64_t)len) * 0xC2B2AE3D27D4EB4Fu;
  return h ^ h >> 31;
}

static void rebase(nb_heading_guess *g, size_t from, size_t to) {
  g->heading = nb_span_make(g->heading.start - from + to, g->heading.end - from + to);
  g->title = nb_span_make(g->title.start - from + to, g->title.end - from + to);
  if (g->numeral_value) /* no numeral: the empty span at 0 stays there */
    g->numeral = nb_span_make(g->numeral.start - from + to, g->numeral.end - from + to);
}

bool nb_section_heading_read(nb_heading_memo **memo, const char *text, nb_span line,
                             bool title_only_ok, nb_heading_guess *out) {
  /* Nearly every line opens with no numeral: settled at once, not worth remembering; most by
   * their first byte or character, inline (cmark-gfm's block hook offers every line from its
   * first non-blank). */
  if (!title_only_ok && (nb_section_plainly_unnumbered(text, line) ||
                         !may_open_with_numeral(text, line.start, line.end)))
    return false;
  if (!memo)
    return parse_screened(text, line, title_only_ok, out);
  /* A line is read past its indentation (parse_screened trims it): the line the extension's hook
   * sees, from cmark-gfm's first non-blank, and the stream's whole line are one key. */
  while (line.start < line.end && (text[line.start] == ' ' || text[line.start] == '\t'))
    line.start++;
  if (!*memo) {
    *memo = nb_xcalloc(1, sizeof **memo);
    memo_grow(*memo);
  }
  nb_heading_memo *m = *memo;
  const char *bytes = text + line.start;
  size_t len = line.end - line.start;
  uint64_t hash = memo_hash(bytes, len);
  memo_entry *e = memo_slot(m, hash, bytes, len, title_only_ok);
  if (slot_free(e)) {
    memo_entry fresh = {.hash = hash, .len = len, .title_only_ok = title_only_ok};
    fresh.heading = parse_screened(text, line, title_only_ok, &fresh.guess);
    if (fresh.heading)
      rebase(&fresh.guess, line.start, 0);
    else
      memset(&fresh.guess, 0, sizeof fresh.guess);
    size_t cap = m->bytes_cap;
    while (cap < m->nbytes + len + 1)
      cap = cap ? cap * 2 : 1024;
    if (cap != m->bytes_cap) {
      m->bytes = nb_xrealloc(m->bytes, cap);
      m->bytes_cap = cap;
    }
    memcpy(m->bytes + m->nbytes, bytes, len);
    fresh.key = m->nbytes;
    m->nbytes += len;
    *e = fresh;
    if (++m->nused * 2 > m->nslots)
      memo_grow(m);
    if (!fresh.heading)
      return false;
    *out = fresh.guess;
    rebase(out, 0, line.start);
    return true;
  }
  if (!e->heading)
    return false;
  *out = e->guess;
  rebase(out, 0, line.start);
  return true;
}

/* ---------------------------------------------------------------- finding sections */

/* Where the lines holding given places of a text start: after the last line feed or carriage
 * return before the place. Scraped reports can be one line of many kilobytes, and the places are
 * asked in order (the sections' headings): each asks only about the bytes since the one before,
 * so the text is read once however long its lines. */
typedef struct {
  size_t read;       /* the bytes before this are read */
  size_t line_start; /* after the last line end among them, or 0 */
} line_cursor;

static size_t line_start_of(const char *text, line_cursor *c, size_t pos) {
  if (pos < c->read)
    *c = (line_cursor){0, 0};
  /* A heading nearly always opens its line, after an indentation at most: the bytes before it
   * settle it. */
  size_t k = pos;
  while (k > c->read && (text[k - 1] == ' ' || text[k - 1] == '\t'))
    k--;
  if (k > c->read && (text[k - 1] == '\n' || text[k - 1] == '\r')) {
    c->line_start = k;
    c->read = pos;
    return k;
  }
  /* Only a carriage return after the last line feed can end a line later: the search for one
   * (which finds none in nearly every text) reads the last line alone. */
  const char *lf = memrchr(text + c->read, '\n', pos - c->read);
  size_t from = lf ? (size_t)(lf - text) + 1 : c->read;
  const char *cr = memrchr(text + from, '\r', pos - from);
  const char *last = cr ? cr : lf;
  if (last)
    c->line_start = (size_t)(last - text) + 1;
  c->read = pos;
  return c->line_start;
}

/* How a heading is written: its ATX/setext level, or 0 for a bold or plain line. */
static int heading_form(const nb_stream_item *item) {
  return item->kind == NB_ITEM_HEADING ? item->heading_level : 0;
}

/* A numbered row label of a table ("三、本年度办理结果", "四、结转下年度继续办理"), whole or cut.
 */
static bool is_table_label(const char *text, nb_span s) {
  char *norm = nb_normalize_label(text + s.start, s.end - s.start);
  size_t n = strlen(norm);
  bool found = false;
  for (int t = 0; t < NB_TPL_COUNT && !found; t++) {
    const nb_template *tpl = nb_template_get((nb_template_id)t);
    for (int k = 0; k < NB_TABLE_COUNT && !found; k++)
      for (int i = 0; i < tpl->tables[k]->nrows && !found; i++) {
        const char *label = tpl->tables[k]->rows[i].label;
        if (!label)
          continue;
        const char *l = nb_normalized_static(label);
        size_t m = strlen(l);
        found = strncmp(norm, l, n < m ? n : m) == 0;
      }
  }
  free(norm);
  return found;
}

static void add_section(nb_report *r, int *cap, int at, const nb_heading_guess *g, int item,
                        int level) {
  nb_grow((void **)&r->sections, cap, r->nsections + 1, sizeof *r->sections);
  memmove(&r->sections[at + 1], &r->sections[at],
          (size_t)(r->nsections - at) * sizeof *r->sections);
  r->nsections++;
  nb_section *sec = &r->sections[at];
  memset(sec, 0, sizeof *sec);
  sec->id = g->id;
  sec->heading = g->heading;
  sec->numeral = g->numeral;
  sec->numeral_value = g->numeral_value;
  sec->title = g->title;
  sec->title_match = g->match;
  sec->level = level;
  sec->first_item = item + 1;
}

/* The first numbered line in items (from, to) shaped like a section heading, numbered `want`
 * and written in `form`, or -1; also -1 when a numbered line of another number or form comes
 * first (a list of sub-items, not a heading). Table row labels do not count. */
static int numbered_line(const nb_report *r, int from, int to, int want, int form,
                         nb_heading_guess *g) {
  const nb_stream *st = &r->stream;
  for (int i = from + 1; i < to; i++) {
    const nb_stream_item *item = &st->items[i];
    if (item->kind == NB_ITEM_ROW)
      continue;
    /* Any line that opens with "numeral、" counts, heading-shaped or not: "一、加强培训，…" is an
     * item of a list. */
    size_t s = item->span.start, e = item->span.end, n;
    nb_strip_markup(st->text, &s, &e);
    int value = nb_parse_cn_numeral(st->text + s, e - s, &n);
    if (!value || !nb_word_prefix(st->text + s + n, e - s - n, separators) ||
        is_table_label(st->text, nb_span_make(s, e)))
      continue;
    if (value != want || heading_form(item) != form ||
        !parse_heading_shape(st->text, item->span, false, g))
      return -1;
    for (size_t p = g->title.start; p < g->title.end; p++)
      if (st->text[p] >= '0' && st->text[p] <= '9')
        return -1;
    return i;
  }
  return -1;
}

/* A section heading whose title is none of the known ones ("六、其他需要报告的事项和说明") is
 * still that section when it stands where the section is expected: between the sections before
 * and after it, numbered as the missing section, written as the report writes its other section
 * headings, and the first numbered line there that is no numbered row label of a table. Its
 * title_match is POSITIONAL (section-title reports it). */
static void find_sections_by_position(nb_report *r, int *cap) {
  if (r->nsections == 0)
    return;
  for (int k = 0; k < NB_SECTION_COUNT; k++) {
    if (nb_report_section(r, (nb_section_id)k))
      continue;
    /* The gap in document order between a section below k and the next one above it. */
    int before = -1;
    for (int j = 0; j < r->nsections && (int)r->sections[j].id < k; j++)
      before = j;
    int after = before + 1 < r->nsections ? before + 1 : -1;
    if (after >= 0 && (int)r->sections[after].id < k)
      continue;
    int from = before >= 0 ? nb_section_heading_item(&r->sections[before]) : -1;
    int to = after >= 0 ? nb_section_heading_item(&r->sections[after]) : r->stream.nitems;
    const nb_section *ref = &r->sections[before >= 0 ? before : after];
    int form = heading_form(&r->stream.items[nb_section_heading_item(ref)]);
    nb_heading_guess g;
    int item = numbered_line(r, from, to, k + 1, form, &g);
    if (item < 0)
      continue;
    g.id = (nb_section_id)k;
    g.match = NB_MATCH_POSITIONAL;
    add_section(r, cap, before + 1, &g, item, ref->level);
  }
}

/* Whether stream item i reads as a section heading by itself (not by position). */
static inline bool item_is_heading(nb_report *r, int i, nb_heading_guess *g) {
  const nb_stream *st = &r->stream;
  const nb_stream_item *item = &st->items[i];
  if (item->kind == NB_ITEM_ROW)
    return false;
  bool marked = item->kind == NB_ITEM_HEADING && item->heading_level > 0;
  if (!marked && nb_section_plainly_unnumbered(st->text, item->span))
    return false;
  return nb_section_heading_read(&r->heading_memo, st->text, item->span, marked, g);
}

/* The memo nb_section_heading_read makes is the report's. */
static void adopt_memo_once(nb_report *r) {
  if (!r->heading_memo)
    nb_sections_adopt_memo(r, NULL);
}

size_t nb_first_section_start(nb_report *r) {
  adopt_memo_once(r);
  for (int i = 0; i < r->stream.nitems; i++) {
    nb_heading_guess g;
    if (!item_is_heading(r, i, &g))
      continue;
    /* Only a section numbered before this one can be found by position ahead of it. */
    if (g.id == NB_SEC_OVERVIEW)
      return g.heading.start;
    nb_find_sections(r);
    return r->sections[0].heading.start;
  }
  return SIZE_MAX; /* no heading: none by position either */
}

void nb_find_sections(nb_report *r) {
  adopt_memo_once(r);
  free(r->sections);
  r->sections = NULL;
  r->nsections = 0;
  int cap = 0;
  const nb_stream *st = &r->stream;
  for (int i = 0; i < st->nitems; i++) {
    nb_heading_guess g;
    if (!item_is_heading(r, i, &g))
      continue;
    const nb_stream_item *item = &st->items[i];
    add_section(r, &cap, r->nsections, &g, i,
                item->kind == NB_ITEM_HEADING ? item->heading_level : 0);
  }
  find_sections_by_position(r, &cap);
  line_cursor lines = {0, 0};
  for (int k = 0; k < r->nsections; k++) {
    nb_section *sec = &r->sections[k];
    bool last = k + 1 == r->nsections;
    sec->end_item = last ? st->nitems : nb_section_heading_item(&r->sections[k + 1]);
    size_t boundary =
        last ? r->len : line_start_of(r->text, &lines, r->sections[k + 1].heading.start);
    size_t start =
        sec->first_item < sec->end_item ? st->items[sec->first_item].span.start : sec->heading.end;
    if (start > boundary)
      start = boundary;
    sec->body = nb_span_make(start, boundary);
  }
}
