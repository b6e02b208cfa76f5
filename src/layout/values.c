#include "values.h"

#include <stdlib.h>
#include <string.h>

#include "../core/text.h"

/* Characters a report writes in a cell to say "nothing here". */
static bool is_dash_or_slash(uint32_t cp) {
  return cp == '-' || cp == '/' || cp == 0xFF0D /* － */ || cp == 0xFF0F /* ／ */ ||
         cp == 0x2014 /* — */ || cp == 0x2013 /* – */ || cp == 0x2012 /* ‒ */ ||
         cp == 0x2212 /* − */ || cp == 0x2015 /* ― */;
}

static bool is_placeholder(const char *s, size_t len) {
  static const char *const words[] = {"无", "空", NULL};
  for (int k = 0; words[k]; k++)
    if (len == strlen(words[k]) && memcmp(s, words[k], len) == 0)
      return true;
  size_t i = 0;
  int n = 0;
  while (i < len) {
    if (!is_dash_or_slash(nb_utf8_next(s, len, &i)))
      return false;
    n++;
  }
  return n >= 1 && n <= 3;
}

/* An ASCII digit, also accepting full-width digits; returns the digit or -1. */
static int digit_at(const char *s, size_t len, size_t i, size_t *next) {
  if (i >= len)
    return -1;
  size_t j = i;
  uint32_t cp = nb_utf8_next(s, len, &j);
  if (cp >= 0xFF10 && cp <= 0xFF19)
    cp -= 0xFF10 - '0';
  if (cp < '0' || cp > '9')
    return -1;
  *next = j;
  return (int)(cp - '0');
}

static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *next) {
  *next = i;
  if (i >= len)
    return 0;
  return nb_utf8_next(s, len, next);
}

static size_t skip_space(const char *s, size_t len, size_t i) {
  while (i < len) {
    size_t j;
    uint32_t cp = cp_at(s, len, i, &j);
    if (cp != ' ' && cp != '\t' && cp != 0x3000 && cp != 0xA0)
      break;
    i = j;
  }
  return i;
}

/* Reads the number at the start of s; returns its end, or 0 when there is none. */
static size_t read_number(const char *s, size_t len, nb_token *t) {
  size_t i = 0, j;
  uint32_t cp = cp_at(s, len, 0, &j);
  if (cp == '-' || cp == 0x2212 || cp == 0xFF0D) {
    t->negative = true;
    i = j;
  } else if (cp == '+') {
    i = j;
  }
  double v = 0;
  int d;
  size_t start_digits = i;
  bool ascii = true;
  while (i < len) {
    d = digit_at(s, len, i, &j);
    if (d >= 0) {
      if (j - i > 1)
        ascii = false;
      v = v * 10 + d;
      t->ndigits++;
      i = j;
      continue;
    }
    /* Thousands separators: a comma followed by exactly three digits. */
    size_t k;
    if (s[i] == ',' && i > start_digits && digit_at(s, len, i + 1, &k) >= 0 &&
        digit_at(s, len, k, &k) >= 0 && digit_at(s, len, k, &k) >= 0 &&
        (k >= len || digit_at(s, len, k, &j) < 0)) {
      i++;
      ascii = false;
      continue;
    }
    break;
  }
  if (t->ndigits == 0)
    return 0;
  cp = cp_at(s, len, i, &j);
  if (cp == '.' || cp == 0xFF0E) {
    size_t k = j;
    double scale = 0.1;
    int frac = 0;
    while (k < len && (d = digit_at(s, len, k, &j)) >= 0) {
      v += d * scale;
      scale /= 10;
      frac++;
      k = j;
    }
    if (frac) {
      t->fraction = true;
      ascii = false;
      i = k;
    }
  }
  cp = cp_at(s, len, i, &j);
  if (cp == '%' || cp == 0xFF05) {
    t->percent = true;
    ascii = false;
    i = j;
  }
  t->value = t->negative ? -v : v;
  t->digits_only = ascii && !t->negative && i - start_digits == (size_t)t->ndigits;
  return i;
}

/* A note in brackets that closes the text: "（其中修订16件）". Returns false otherwise. */
static bool read_note(const char *s, size_t len, size_t at, nb_token *t) {
  size_t j;
  uint32_t open = cp_at(s, len, at, &j);
  uint32_t close;
  if (open == '(')
    close = ')';
  else if (open == 0xFF08)
    close = 0xFF09;
  else if (open == 0x3014)
    close = 0x3015;
  else
    return false;
  size_t back = len;
  while (back > at && ((unsigned char)s[back - 1] & 0xC0) == 0x80)
    back--;
  if (back == 0)
    return false;
  size_t last_start = back - 1, k;
  uint32_t last = cp_at(s, len, last_start, &k);
  if (last != close || last_start <= at)
    return false;
  t->note_start = at;
  t->note_end = len;
  return true;
}

/* Whether text can be a number or a placeholder, told by its first code point: a digit, a sign,
 * a dash or slash, or 无 or 空 alone. Any other text is text: labels ("（一）予以公开", "(七)总计")
 * need no reading as numbers. */
static bool may_be_value(const char *text, size_t len) {
  /* A lead byte of U+4000..U+9FFF, the ideographs that open most labels: no digit, sign, dash or
   * slash has it, so only 无 or 空 alone is a value. Decided by bytes, no code point decoded. */
  unsigned char lead = (unsigned char)text[0];
  if (lead >= 0xE4 && lead <= 0xE9)
    return len == 3 && (memcmp(text, "无", 3) == 0 || memcmp(text, "空", 3) == 0);
  size_t i = 0;
  uint32_t cp = nb_utf8_next(text, len, &i);
  if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || cp == '+' ||
      is_dash_or_slash(cp))
    return true;
  return (cp == 0x65E0 /* 无 */ || cp == 0x7A7A /* 空 */) && i == len;
}

/* Out of line too: read_rest, which settles most text cells by a byte or two, then saves and
 * restores no registers for the full reading. */
static void __attribute__((noinline)) read_other(const char *text, size_t len, nb_token *t);

/* nb_token_read past a cell of ASCII digits alone, out of line: such a cell (most cells) then
 * costs no more than its own reading. `digits` ASCII digits open the text. The kinds settled by
 * their bytes here: a numbered label ("1.属于国家秘密": the digits before "." and an ideograph are
 * no number, no unit and no note follow them), and text that opens with nothing a number or
 * placeholder opens with. */
static void __attribute__((noinline))
read_rest(const char *text, size_t len, size_t digits, nb_token *t) {
  if (digits > 0) {
    unsigned char after = digits + 1 < len ? (unsigned char)text[digits + 1] : 0;
    if (text[digits] == '.' && after >= 0xE4 && after <= 0xE9 &&
        !nb_cell_unit_at(text + digits, len - digits)) {
      t->kind = NB_TOKEN_TEXT;
      return;
    }
  } else if (!may_be_value(text, len)) {
    t->kind = NB_TOKEN_TEXT;
    return;
  }
  read_other(text, len, t);
}

void nb_token_read(const char *text, size_t len, nb_token *t) {
  memset(t, 0, sizeof *t);
  t->kind = NB_TOKEN_EMPTY;
  if (len == 0)
    return;
  /* Digits accumulated in an integer, one integer step a digit rather than a chain of double
   * multiply-adds: exact below 2^53, as read_number's double is. A longer run (a few cells run
   * together) is read again as read_number reads it, so every value is the one it gives. */
  enum { EXACT_DIGITS = 15 };
  /* Text that opens with no digit (labels, most text cells) leaves before the digit loop, whose
   * exit then tells numbers of different lengths apart only. */
  if ((unsigned char)(text[0] - '0') > 9) {
    read_rest(text, len, 0, t);
    return;
  }
  size_t i = 1;
  uint64_t whole = (unsigned)(text[0] - '0');
  while (i < len && text[i] >= '0' && text[i] <= '9')
    whole = whole * 10 + (unsigned)(text[i++] - '0');
  if (i < len) {
    read_rest(text, len, i, t);
    return;
  }
  t->kind = NB_TOKEN_NUMBER;
  t->digits_only = true;
  t->plain = len <= EXACT_DIGITS;
  t->value = (double)(int64_t)whole;
  if (__builtin_expect(!t->plain, 0)) {
    double v = 0;
    for (size_t k = 0; k < len; k++)
      v = v * 10 + (text[k] - '0');
    t->value = v;
  }
  t->ndigits = (int)len;
  t->num_end = len;
}

static void read_other(const char *text, size_t len, nb_token *t) {
  if (is_placeholder(text, len)) {
    t->kind = NB_TOKEN_PLACEHOLDER;
    return;
  }
  size_t end = read_number(text, len, t);
  if (end > 0) {
    t->num_start = 0;
    t->num_end = end;
    size_t at = skip_space(text, len, end);
    t->unit = at < len ? nb_cell_unit_at(text + at, len - at) : NULL;
    if (t->unit) {
      at = skip_space(text, len, at + strlen(t->unit->word));
      t->digits_only = false; /* "3件" is one value, never cells run together */
    }
    if (at == len || read_note(text, len, at, t)) {
      t->kind = NB_TOKEN_NUMBER;
      /* Plain cells are filled with the cell's span as the number's: the number must be the
       * whole text, no space after it. */
      t->plain = t->digits_only && t->ndigits <= 15 && t->note_end == t->note_start && end == len;
      return;
    }
  }
  memset(t, 0, sizeof *t);
  t->kind = NB_TOKEN_TEXT;
}

bool nb_text_is_sentence(const char *text, size_t len) {
  size_t i = 0;
  int cps = 0;
  bool clause = false;
  while (i < len) {
    uint32_t cp = nb_utf8_next(text, len, &i);
    if (cp == 0x3002 /* 。 */)
      return true;
    if (cp == 0xFF0C /* ， */ || cp == 0xFF1B /* ； */ || cp == ';')
      clause = true;
    cps++;
  }
  return clause && cps >= 12;
}
