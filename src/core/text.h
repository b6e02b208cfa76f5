/* UTF-8 text helpers shared by every part of nianbao: decoding, validation, and the label
 * normalisation that makes （一） match (一) and "4. 无正当理由大量反复 申请" match the template.
 */
#ifndef NB_TEXT_H
#define NB_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* nb_utf8_next for every sequence but ASCII and three-byte ones. */
uint32_t nb_utf8_next_other(const char *s, size_t len, size_t *i);

/* Decodes one code point at s[*i] (i < len) and advances *i. Invalid bytes decode as
 * U+FFFD and advance by one byte.
 *
 * Inline for ASCII and three-byte sequences (all of Chinese): every label, cell and prose
 * byte goes through here, and the call used to cost more than the decoding. */
static inline uint32_t nb_utf8_next(const char *s, size_t len, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  if (p[0] < 0x80) {
    *i += 1;
    return p[0];
  }
  if ((p[0] & 0xF0) == 0xE0 && len - *i >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *i += 3;
    return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  }
  return nb_utf8_next_other(s, len, i);
}

/* Appends the UTF-8 encoding of cp to buf (at least 4 bytes free); returns bytes written. */
int nb_utf8_put(char *buf, uint32_t cp);

/* Offset of the first byte that is not part of well-formed UTF-8, or len if all is valid. */
size_t nb_utf8_validate(const char *s, size_t len);

/* First occurrence of needle (nlen > 0 bytes) in hay[0..len), or NULL: memmem, which strict
 * C11 with POSIX does not declare. */
const char *nb_find_bytes(const char *hay, size_t len, const char *needle, size_t nlen);

/* The occurrences of a needle in a text asked for from places in text order (a line at a time,
 * most of which hold none): each search runs on from the last one to the next occurrence,
 * across the lines between, instead of setting out again at every line. */
typedef struct {
  const char *hay, *needle;
  size_t len, nlen;
  size_t from; /* the last search started here ... */
  size_t at;   /* ... and found the first occurrence at or after it here (len: none) */
} nb_find_cursor;

void nb_find_cursor_init(nb_find_cursor *c, const char *hay, size_t len, const char *needle,
                         size_t nlen);
/* Where the first occurrence at or after `from` starts, or len when none does: what
 * nb_find_bytes(hay + from, len - from, …) finds. It searches only when `from` lies outside
 * what the last search passed over. */
static inline size_t nb_find_cursor_next(nb_find_cursor *c, size_t from) {
  if (from < c->from || from > c->at) {
    const char *hit =
        from < c->len ? nb_find_bytes(c->hay + from, c->len - from, c->needle, c->nlen) : NULL;
    c->from = from;
    c->at = hit ? (size_t)(hit - c->hay) : c->len;
  }
  return c->at;
}

/* FNV-1a of s[0..n): for hash tables of text. */
uint64_t nb_hash_bytes(const char *s, size_t n);
/* The hash of s[0..n) and one more byte `c`, given h = nb_hash_bytes(s, n): the hashes of every
 * prefix of a text in one pass. nb_hash_bytes("", 0) is NB_HASH_EMPTY. */
#define NB_HASH_EMPTY 14695981039346656037u
static inline uint64_t nb_hash_more(uint64_t h, unsigned char c) {
  return (h ^ c) * 1099511628211u;
}

/* Copies src[0..n) to dst (room for n bytes) with every "\r\n" and lone "\r" — line endings
 * for CommonMark — written "\n"; returns the bytes written. */
size_t nb_copy_lf(char *dst, const char *src, size_t n);

/* A copy of the NUL-terminated `s` with every C0 control, DEL and C1 control (U+0080-U+009F)
 * written as \u001B: text from a file, shown on a terminal, must not become an escape
 * sequence. Heap string. */
char *nb_escape_controls(const char *s);

/* The first ASCII digit in s[from, to), or `to`. Sixteen bytes are tested at once (eight
 * without SSE2): scans for the numbers of a report's prose pass over the text between them at a
 * fraction of a byte loop's cost. */
size_t nb_next_ascii_digit(const char *s, size_t from, size_t to);

/* Whether one of the eight bytes of `x` is an ASCII digit: a byte strictly between '0' - 1 and
 * '9' + 1 (Anderson's "hasbetween"; bytes of 0x80 and above never count). */
static inline bool nb_word_has_ascii_digit(uint64_t x) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u, low7 = ~highs;
  return ((ones * (127 + ('9' + 1)) - (x & low7)) & ~x & ((x & low7) + ones * (127 - ('0' - 1))) &
          highs) != 0;
}

/* Whether a[0, n) and b[0, n) hold the same bytes: for the short texts compared at many places
 * (a label's few dozen bytes, a trie run, a sentence end, a unit), where the call to memcmp cost
 * more than comparing them eight (or four) bytes at a time, or byte by byte below four. */
static inline bool nb_same_bytes(const char *a, const char *b, size_t n) {
  if (n < 4) {
    for (size_t i = 0; i < n; i++)
      if (a[i] != b[i])
        return false;
    return true;
  }
  uint64_t x, y;
  if (n < 8) {
    uint32_t u, v, w, z;
    memcpy(&u, a, 4);
    memcpy(&v, b, 4);
    memcpy(&w, a + n - 4, 4);
    memcpy(&z, b + n - 4, 4);
    return u == v && w == z;
  }
  for (size_t i = 0; i + 8 < n; i += 8) {
    memcpy(&x, a + i, 8);
    memcpy(&y, b + i, 8);
    if (x != y)
      return false;
  }
  memcpy(&x, a + n - 8, 8);
  memcpy(&y, b + n - 8, 8);
  return x == y;
}

/* Length of the first word of the NULL-terminated list that s[0, len) starts with, or 0.
 *
 * Inline: each caller tries its own list, at every position of a line, and the word loop's
 * branches (which word shares the first byte, where the list ends) are predicted per caller;
 * one shared copy mispredicted as the lists took turns. The first byte is compared before a
 * word is measured: it rules out nearly every word. */
static inline size_t nb_word_prefix(const char *s, size_t len, const char *const *words) {
  if (len == 0)
    return 0;
  for (int i = 0; words[i]; i++) {
    const char *w = words[i];
    if (w[0] != s[0]) {
      if (!w[0])
        return 0; /* an empty word matches first */
      continue;
    }
    /* Compared in place: the words are a character or two, a strlen and a memcmp call cost
     * more than the comparison. */
    size_t k = 1;
    while (w[k] && k < len && s[k] == w[k])
      k++;
    if (!w[k])
      return k;
  }
  return 0;
}
/* Length of the first word of the list that s[0, len) ends with, or 0. */
size_t nb_word_suffix(const char *s, size_t len, const char *const *words);

/* Number of code points in s[0..len). */
size_t nb_utf8_count(const char *s, size_t len);

/* Normalises a label for comparison into a fresh heap string: full-width ASCII to half-width,
 * every kind of space removed, brackets （）〔〕【】［］ to (), quotes “”‘’＂ to ", ：to :,
 * ，to ",", ．and a "、" right after a leading digit to ".", Markdown emphasis/heading marks
 * (* # _ |) dropped. Chinese text is otherwise kept as is. */
char *nb_normalize_label(const char *s, size_t len);

/* nb_normalize_label into out, which has room for NB_NORMALIZED_ROOM(len) bytes (three out per
 * byte in: a stray byte is written as U+FFFD; and the NUL). Returns the length written, without
 * the NUL. */
#define NB_NORMALIZED_ROOM(len) ((len)*3 + 8)
size_t nb_normalize_label_to(const char *s, size_t len, char *out);

/* One code point as nb_normalize_label writes it (0: dropped), for callers that compare labels
 * against text in place. The "、" after a leading number that nb_normalize_label writes as "."
 * is the caller's to handle. */
uint32_t nb_fold_label_cp(uint32_t cp);

/* 3 when s[0, len) starts with a well-formed sequence led by E4…E9, U+4000…U+9FFF (the CJK
 * ideographs), which nb_fold_label_cp keeps as it is; else 0. Nearly every character of label
 * text takes this path, so folders copy these bytes instead of decoding and re-encoding them. */
static inline size_t nb_unfolded_ideograph_len(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  return len >= 3 && p[0] >= 0xE4 && p[0] <= 0xE9 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
             ? 3
             : 0;
}

/* nb_normalize_label for a string with static storage (template data), computed once and
 * kept for the life of the process. Per-line matchers compare every line against the same
 * few hundred template labels; normalising those again for each line dominated lint time. */
const char *nb_normalized_static(const char *label);

/* Edit distance between two UTF-8 strings counted in code points (insert, delete, replace). */
int nb_edit_distance(const char *a, const char *b);

/* The same distance between two decoded strings when it is at most `limit`, else limit + 1:
 * stops as soon as every path costs more (a matcher that only wants near misses). */
int nb_edit_distance_within(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, int limit);

/* Decodes s[0, len) into cps (room for len code points); returns how many. */
size_t nb_utf8_decode(const char *s, size_t len, uint32_t *cps);

/* The spaces nb_trim_span and nb_normalize_label drop: ASCII white space, ideographic and
 * no-break spaces, the byte-order mark and U+2000…U+200B. Inline, in two comparisons for the
 * usual character, where a chain of ten ran in a call for every decoded one. */
static inline bool nb_is_space_cp(uint32_t cp) {
  if (cp <= ' ')
    return cp == ' ' || (cp >= '\t' && cp <= '\r'); /* \t \n \v \f \r */
  return cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || cp - 0x2000u <= 0xBu;
}

/* nb_trim_span of a span that does not plainly start and end with a visible character. */
void nb_trim_span_ends(const char *s, size_t *start, size_t *end);

/* Whether s[i] (i < end) is printable ASCII or the lead of an ideograph (nb_unfolded_ideograph
 * _len): certainly no space, known without decoding. */
static inline bool nb_plainly_visible_at(const char *s, size_t i, size_t end) {
  unsigned char c = (unsigned char)s[i];
  return (c > ' ' && c < 0x80) || nb_unfolded_ideograph_len(s + i, end - i);
}

/* The same for the character ending at `end` (> start): an ASCII byte, or an ideograph's three
 * bytes. */
static inline bool nb_plainly_visible_before(const char *s, size_t start, size_t end) {
  unsigned char c = (unsigned char)s[end - 1];
  return (c > ' ' && c < 0x80) || (end - start >= 3 && nb_unfolded_ideograph_len(s + end - 3, 3));
}

/* Trims ASCII and full-width/ideographic spaces at both ends of [*start, *end) in s. Inline
 * for the usual span, which starts and ends with a visible character and is settled by looking
 * at its two ends: cells, labels and lines are trimmed everywhere. */
static inline void nb_trim_span(const char *s, size_t *start, size_t *end) {
  if (*start < *end && nb_plainly_visible_at(s, *start, *end) &&
      nb_plainly_visible_before(s, *start, *end))
    return;
  nb_trim_span_ends(s, start, end);
}

/* Chinese numeral 一…十 at the start of s (len bytes): returns 1..10 and sets *bytes to its
 * length, or 0 when there is none. */
int nb_parse_cn_numeral(const char *s, size_t len, size_t *bytes);

/* The end of the run of ASCII spaces in s[i, end) from `i`, eight bytes a step: pdftotext pads
 * its columns and indents its lines with dozens of them. Within the eight bytes where the run
 * ends, the first byte that is no space is found from the bits that differ from eight spaces: a
 * byte at a time, the loop's end came at a different count each run and was mispredicted nearly
 * every time. */
static inline size_t nb_skip_ascii_spaces(const char *s, size_t i, size_t end) {
  const uint64_t spaces = 0x2020202020202020u;
  while (end - i >= 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t other = x ^ spaces;
    if (other) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      return i + (size_t)__builtin_clzll(other) / 8;
#else
      return i + (size_t)__builtin_ctzll(other) / 8;
#endif
    }
    i += 8;
  }
  while (i < end && s[i] == ' ')
    i++;
  return i;
}

/* The first place in s[from, to) whose byte `table` marks, or `to` (also when from >= to). For
 * scans of prose for a few kinds of punctuation: their first bytes are also those of the
 * commonest punctuation ("，" and "：" share EF, "、" and "。" E3), so memchr per kind stopped
 * every few characters and looked again for each kind; four bytes are settled here per step by
 * their value. (Sixteen at a time with SSE2 gained nothing on prose: nearly every block holds a
 * comma or a digit.) Inline: it is called at every stop. */
static inline size_t nb_next_byte_in(const char *s, size_t from, size_t to, const bool table[256]) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = from;
  if (i >= to)
    return to;
  while (to - i >= 4 && !(table[u[i]] | table[u[i + 1]] | table[u[i + 2]] | table[u[i + 3]]))
    i += 4;
  while (i < to && !table[u[i]])
    i++;
  return i;
}

/* nb_next_byte_in backwards: the place just past the last byte in s[from, to) whose byte `table`
 * marks, or `from` (from <= to). For walks back to the start of a clause, four bytes a step. */
static inline size_t nb_prev_byte_in(const char *s, size_t from, size_t to, const bool table[256]) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = to;
  while (i - from >= 4 && !(table[u[i - 1]] | table[u[i - 2]] | table[u[i - 3]] | table[u[i - 4]]))
    i -= 4;
  while (i > from && !table[u[i - 1]])
    i--;
  return i;
}

/* Length of the longest prefix of s[0, len) made of ASCII and well-formed three-byte
 * characters: what most reports are (CJK), settled eight ASCII bytes or one character per step
 * for nb_utf8_validate, which decoded and range-checked every character (18 instructions a
 * byte, an eighth of linting a large file). */
size_t nb_utf8_common_run(const char *s, size_t len);

#endif
