#include "diag.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "xalloc.h"

void nb_diag_list_init(nb_diag_list *l) {
  memset(l, 0, sizeof *l);
}

/* A fix's block: room for an nb_fix, the first edit, then title_zh, title_en and the first
 * replacement with their NULs. The first fix of a finding lives in that room, so the finding's
 * fixes array and its first fix are one allocation, not two (nearly every finding with a fix has
 * one); a later fix leaves the room unused. */
#define FIX_EDIT_OFFSET sizeof(nb_fix)

/* Whether the fix's edits are still the one in its block. */
static bool edits_in_block(const nb_fix *f) {
  return (char *)f->edits == (char *)f->block + FIX_EDIT_OFFSET;
}

/* Whether d's fixes array is still the room in its first fix's block. */
static bool fixes_in_block(const nb_diag *d) {
  return d->nfixes > 0 && (void *)d->fixes == d->fixes[0].block;
}

static void fix_free(nb_fix *f) {
  for (int i = 1; i < f->nedits; i++) /* the first edit's replacement is in the block */
    free(f->edits[i].replacement);
  if (!edits_in_block(f))
    free(f->edits);
  free(f->block);
}

void nb_diag_list_free(nb_diag_list *l) {
  for (int i = 0; i < l->count; i++) {
    nb_diag *d = &l->items[i];
    free(d->message_zh); /* and message_en, in its block */
    for (int j = 0; j < d->nrelated; j++)
      free(d->related[j].message_zh);
    free(d->related);
    bool in_block = fixes_in_block(d);
    for (int j = d->nfixes - 1; j >= 0; j--) /* the first last: the array may be in its block */
      fix_free(&d->fixes[j]);
    if (!in_block)
      free(d->fixes);
  }
  free(l->items);
  memset(l, 0, sizeof *l);
}

/* The directive at fmt (just after a '%') when it is one format_plain writes — %s, %.0s, %.*s,
 * %d or %%, the ones the rules' messages use: its length, else 0. */
static size_t plain_directive(const char *fmt) {
  if (fmt[0] == 's' || fmt[0] == 'd' || fmt[0] == '%')
    return 1;
  return fmt[0] == '.' && (fmt[1] == '0' || fmt[1] == '*') && fmt[2] == 's' ? 3 : 0;
}

/* "00" … "99": a non-negative number is written two digits a step, from its end. */
static const char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* Every line and column of every finding is written: the digits of u (below 2^63, so at most
 * 19 of them) are counted first and written in place, a pair per division, rather than one per
 * division into a buffer and copied back. */
static size_t decimal_unsigned(char *buf, unsigned long long u) {
  size_t n = 1;
  for (unsigned long long p = 10; n < 19 && u >= p; p *= 10)
    n++;
  size_t i = n;
  while (u >= 100) {
    unsigned pair = (unsigned)(u % 100);
    u /= 100;
    i -= 2;
    memcpy(buf + i, two_digits + 2 * pair, 2);
  }
  if (u >= 10)
    memcpy(buf + i - 2, two_digits + 2 * u, 2);
  else
    buf[i - 1] = (char)('0' + u);
  return n;
}

size_t nb_decimal(char *buf, long long v) {
  if (v >= 0)
    return decimal_unsigned(buf, (unsigned long long)v);
  char digits[NB_DECIMAL_MAX];
  size_t n = 0;
  /* Counted in the negative range, which holds LLONG_MIN's magnitude. */
  long long rest = v < 0 ? v : -v;
  do {
    digits[n++] = (char)('0' - rest % 10);
    rest /= 10;
  } while (rest != 0);
  size_t o = 0;
  if (v < 0)
    buf[o++] = '-';
  while (n > 0)
    buf[o++] = digits[--n];
  return o;
}

/* Text written into a buffer of `cap` bytes as far as it fits, and counted all the same. */
typedef struct {
  char *out;
  size_t cap, len;
} sink;

static void sink_put(sink *k, const char *s, size_t n) {
  if (n == 0)
    return; /* a %.0s: half the arguments of every message, which names things in both languages */
  if (k->len < k->cap)
    memcpy(k->out + k->len, s, n < k->cap - k->len ? n : k->cap - k->len);
  k->len += n;
}

/* Writes what vsnprintf writes, as much as fits, for a format of plain directives only; false
 * (with ap partly read) at any other directive and at a NULL string argument, whose spelling
 * is printf's to choose. */
static bool format_plain(sink *k, const char *fmt, va_list ap) {
  for (const char *p = fmt; *p;) {
    const char *pct = strchr(p, '%');
    sink_put(k, p, pct ? (size_t)(pct - p) : strlen(p));
    if (!pct)
      break;
    size_t n = plain_directive(pct + 1);
    if (n == 0)
      return false;
    p = pct + 1 + n;
    if (pct[1] == '%') {
      sink_put(k, "%", 1);
    } else if (pct[1] == 'd') {
      char digits[NB_DECIMAL_MAX];
      sink_put(k, digits, nb_decimal(digits, va_arg(ap, int)));
    } else {
      /* %s, or %.*s or %.0s (the three-byte ones) */
      int precision = n == 1 ? -1 : pct[2] == '*' ? va_arg(ap, int) : 0;
      const char *arg = va_arg(ap, const char *);
      if (!arg)
        return false;
      /* at most `precision` bytes of the string, when it is not negative */
      sink_put(k, arg,
               precision < 0    ? strlen(arg)
               : precision == 0 ? 0
                                : strnlen(arg, (size_t)precision));
    }
  }
  return true;
}

int nb_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) {
  sink k = {buf, size, 0};
  va_list attempt; /* ap stays unread for vsnprintf */
  va_copy(attempt, ap);
  bool ok = format_plain(&k, fmt, attempt);
  va_end(attempt);
  if (!ok || k.len > INT_MAX)
    return vsnprintf(buf, size, fmt, ap);
  if (size > 0)
    buf[k.len < size ? k.len : size - 1] = '\0';
  return (int)k.len;
}

char *nb_strdup_vprintf(const char *fmt, va_list ap) {
  /* Formatted once into a buffer on the stack, which holds nearly every message; only a longer
   * one is formatted a second time, into a buffer of its size. */
  char stack[512];
  va_list copy;
  va_copy(copy, ap);
  int n = nb_vsnprintf(stack, sizeof stack, fmt, copy);
  va_end(copy);
  if (n < 0)
    return nb_xstrdup("");
  char *s = nb_xmalloc((size_t)n + 1);
  if ((size_t)n < sizeof stack)
    memcpy(s, stack, (size_t)n + 1);
  else
    nb_vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

char *nb_strdup_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = nb_strdup_vprintf(fmt, ap);
  va_end(ap);
  return s;
}

/* The length of fmt formatted into stack (`size` bytes, as far as it fits); 0 when it cannot be
 * formatted, which nb_strdup_vprintf writes as an empty message too. */
static size_t format_on_stack(char *stack, size_t size, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = nb_vsnprintf(stack, size, fmt, copy);
  va_end(copy);
  return n < 0 ? 0 : (size_t)n;
}

/* Writes the len bytes fmt formats to and a NUL at out: from the stack buffer (`size` bytes)
 * when they fitted in it, else formatted again. */
static void place(char *out, size_t len, const char *stack, size_t size, const char *fmt,
                  va_list ap) {
  if (len < size) {
    memcpy(out, stack, len);
    out[len] = '\0';
    return;
  }
  va_list copy;
  va_copy(copy, ap);
  nb_vsnprintf(out, len + 1, fmt, copy);
  va_end(copy);
}

/* Both languages from one argument list (the formats take the same arguments in the same
 * order), in one allocation: the Chinese, its NUL, the English, its NUL; returns the block and
 * sets *en to the English. Each is formatted once into a buffer on the stack, which holds nearly
 * every message; only a longer one is formatted a second time. A finding and each of its related
 * locations cost one allocation, not two. */
static char *format_both(char **en, const char *zh_fmt, const char *en_fmt, va_list ap) {
  char zh_stack[512], en_stack[512];
  size_t zh_len = format_on_stack(zh_stack, sizeof zh_stack, zh_fmt, ap);
  size_t en_len = format_on_stack(en_stack, sizeof en_stack, en_fmt, ap);
  char *block = nb_xmalloc(zh_len + 1 + en_len + 1);
  *en = block + zh_len + 1;
  place(block, zh_len, zh_stack, sizeof zh_stack, zh_fmt, ap);
  place(*en, en_len, en_stack, sizeof en_stack, en_fmt, ap);
  return block;
}

/* A finding of `rule` at span, its messages still to be written. */
static nb_diag *new_diag(nb_diag_list *l, const char *rule, nb_span span) {
  const nb_rule_info *info = nb_catalog_find(rule);
  nb_grow((void **)&l->items, &l->cap, l->count + 1, sizeof *l->items);
  nb_diag *d = &l->items[l->count++];
  memset(d, 0, sizeof *d);
  d->rule = info ? info->id : rule;
  d->sequence = l->count - 1;
  d->severity = info ? info->severity : NB_SEV_ERROR;
  d->span = span;
  return d;
}

/* The finding's two messages in their one block, joined from pieces. */
static void join_messages(nb_diag *d, const nb_piece *zh, int nzh, const nb_piece *en, int nen) {
  d->message_zh = nb_xmalloc(nb_pieces_len(zh, nzh) + 1 + nb_pieces_len(en, nen) + 1);
  d->message_en = nb_pieces_put(d->message_zh, zh, nzh);
  nb_pieces_put(d->message_en, en, nen);
}

nb_diag *nb_diag_add(nb_diag_list *l, const char *rule, nb_span span, const char *zh_fmt,
                     const char *en_fmt, ...) {
  nb_diag *d = new_diag(l, rule, span);
  if (!strchr(zh_fmt, '%') && !strchr(en_fmt, '%')) {
    /* Nothing to format (rectification-missing, fee-statement-missing): the texts as they are. */
    nb_piece zh = nb_piece_of(zh_fmt), en = nb_piece_of(en_fmt);
    join_messages(d, &zh, 1, &en, 1);
    return d;
  }
  va_list ap;
  va_start(ap, en_fmt);
  d->message_zh = format_both(&d->message_en, zh_fmt, en_fmt, ap);
  va_end(ap);
  return d;
}

nb_diag *nb_diag_add_block(nb_diag_list *l, const char *rule, nb_span span, size_t zh_len,
                           size_t en_len) {
  nb_diag *d = new_diag(l, rule, span);
  d->message_zh = nb_xmalloc(zh_len + 1 + en_len + 1);
  d->message_en = d->message_zh + zh_len + 1;
  return d;
}

void nb_diag_reserve_related(nb_diag *d, int n) {
  nb_grow((void **)&d->related, &d->related_cap, d->nrelated + n, sizeof *d->related);
}

/* Room for one more related location: an arithmetic finding lists a dozen cells, and growing
 * by one reallocated at each. */
static nb_related *next_related(nb_diag *d) {
  nb_diag_reserve_related(d, 1);
  return &d->related[d->nrelated++];
}

void nb_diag_add_related(nb_diag *d, nb_span span, const char *zh_fmt, const char *en_fmt, ...) {
  nb_related *r = next_related(d);
  r->span = span;
  va_list ap;
  va_start(ap, en_fmt);
  r->message_zh = format_both(&r->message_en, zh_fmt, en_fmt, ap);
  va_end(ap);
}

char *nb_diag_add_related_block(nb_diag *d, nb_span span, size_t zh_len, size_t en_len) {
  nb_related *r = next_related(d);
  r->span = span;
  r->message_zh = nb_xmalloc(zh_len + 1 + en_len + 1);
  r->message_en = r->message_zh + zh_len + 1;
  return r->message_zh;
}

void nb_fix_add_edit(nb_fix *f, nb_span span, const char *replacement) {
  if (f->nedits == f->edits_cap) {
    int cap = f->edits_cap < 2 ? 4 : 2 * f->edits_cap;
    nb_edit *edits = nb_xmalloc((size_t)cap * sizeof *edits);
    memcpy(edits, f->edits, (size_t)f->nedits * sizeof *edits);
    if (!edits_in_block(f))
      free(f->edits);
    f->edits = edits;
    f->edits_cap = cap;
  }
  f->edits[f->nedits].span = span;
  f->edits[f->nedits].replacement = nb_xstrdup(replacement);
  f->nedits++;
}

nb_fix *nb_diag_add_fix(nb_diag *d, bool safe, nb_span span, const char *replacement,
                        const char *title_zh, const char *title_en) {
  size_t zh_len = strlen(title_zh), en_len = strlen(title_en), r_len = strlen(replacement);
  char *block = nb_xmalloc(FIX_EDIT_OFFSET + sizeof(nb_edit) + zh_len + 1 + en_len + 1 + r_len + 1);
  nb_fix *f;
  if (d->nfixes == 0) {
    d->fixes = f = (nb_fix *)(void *)block;
  } else {
    /* A second fix (rare): the array leaves the first fix's block, which stays its fix's. */
    size_t size = (size_t)(d->nfixes + 1) * sizeof *d->fixes;
    if (fixes_in_block(d)) {
      nb_fix *fixes = nb_xmalloc(size);
      memcpy(fixes, d->fixes, sizeof *fixes); /* the one fix the room holds */
      d->fixes = fixes;
    } else {
      d->fixes = nb_xrealloc(d->fixes, size);
    }
    f = &d->fixes[d->nfixes];
  }
  d->nfixes++;
  memset(f, 0, sizeof *f);
  f->safe = safe;
  f->block = block;
  f->edits = (nb_edit *)(void *)(block + FIX_EDIT_OFFSET);
  char *strings = block + FIX_EDIT_OFFSET + sizeof(nb_edit);
  f->title_zh = strings;
  f->title_en = strings + zh_len + 1;
  memcpy(f->title_zh, title_zh, zh_len + 1);
  memcpy(f->title_en, title_en, en_len + 1);
  f->edits[0].span = span;
  f->edits[0].replacement = f->title_en + en_len + 1;
  memcpy(f->edits[0].replacement, replacement, r_len + 1);
  f->nedits = f->edits_cap = 1;
  return f;
}

static int diag_cmp(const void *a, const void *b) {
  const nb_diag *x = a, *y = b;
  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  if (x->span.end != y->span.end)
    return x->span.end < y->span.end ? -1 : 1;
  int c = strcmp(x->rule, y->rule);
  if (c)
    return c;
  /* Same place, same rule (six section-missing on an empty file): keep the order the rules
   * emitted them in, which is template order. */
  return (x->sequence > y->sequence) - (x->sequence < y->sequence);
}

/* Whether the list is in diag_cmp's order already: the pipeline sorts the findings once more
 * after the rules have (lint adds its own), and glibc's qsort sorts a sorted list in full, into
 * a buffer it allocates. diag_cmp is a total order, so a sorted list has one order only. */
static bool sorted(const nb_diag_list *l) {
  for (int i = 1; i < l->count; i++)
    if (diag_cmp(&l->items[i - 1], &l->items[i]) > 0)
      return false;
  return true;
}

void nb_diag_list_sort(nb_diag_list *l) {
  if (l->count > 1 && !sorted(l))
    qsort(l->items, (size_t)l->count, sizeof *l->items, diag_cmp);
}

const char *nb_diag_message(const nb_diag *d, nb_lang lang) {
  return lang == NB_LANG_EN ? d->message_en : d->message_zh;
}

static const char *const severity_names[] = {"error", "warning", "info", "off"};

const char *nb_severity_name(nb_severity s) {
  return (s >= NB_SEV_ERROR && s <= NB_SEV_OFF) ? severity_names[s] : "error";
}

int nb_severity_parse(const char *s) {
  for (int i = 0; i <= NB_SEV_OFF; i++)
    if (strcmp(s, severity_names[i]) == 0)
      return i;
  return -1;
}

int nb_lang_parse(const char *name) {
  if (strcmp(name, "zh") == 0)
    return NB_LANG_ZH;
  if (strcmp(name, "en") == 0)
    return NB_LANG_EN;
  return -1;
}

nb_lang nb_lang_from_locale(const char *lc_all, const char *lc_messages, const char *lang) {
  const char *candidates[] = {lc_all, lc_messages, lang};
  for (int i = 0; i < 3; i++) {
    const char *v = candidates[i];
    if (v && *v)
      return strncmp(v, "en", 2) == 0 ? NB_LANG_EN : NB_LANG_ZH;
  }
  return NB_LANG_ZH;
}
