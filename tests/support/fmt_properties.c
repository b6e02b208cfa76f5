#include "fmt_properties.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/model.h"
#include "core/position.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "markdown/markdown.h"
#include "markdown/render_canonical.h"
#include "nianbao.h"

/* ---------------------------------------------------------------- text */

static bool is_content(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF ||
      (cp >= 0x00A0 && cp <= 0x00BF) || (cp >= 0x2500 && cp <= 0x257F))
    return false; /* Latin-1, general and CJK punctuation, spaces, box drawing */
  if (cp >= 0xFF01 && cp <= 0xFF65)
    return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A); /* full-width letters and digits; not punctuation */
  return true;
}

/* HTML comments become spaces (line breaks kept): a comment says nothing a reader sees, and a
 * line inside one that spans lines would otherwise read as text. */
static void blank_comments(char *s, size_t n) {
  for (char *open = s; (open = (char *)nb_find_bytes(open, n - (size_t)(open - s), "<!--", 4));) {
    const char *close = nb_find_bytes(open + 4, n - (size_t)(open + 4 - s), "-->", 3);
    char *end = close ? (char *)close + 3 : s + n;
    for (char *p = open; p < end; p++)
      if (*p != '\n')
        *p = ' ';
    open = end;
  }
}

/* The content characters of s[a, b), HTML tags and entities left out, appended to `out`; each
 * run of them (a word) is ended by a space. */
static void content(const char *s, size_t a, size_t b, char **out, size_t *len, size_t *cap) {
  bool in_word = false;
  for (size_t i = a; i < b;) {
    if (s[i] == '<' || s[i] == '&') {
      /* A tag or entity ends on its own line. */
      const char *nl = memchr(s + i, '\n', b - i);
      size_t line_end = nl ? (size_t)(nl - s) : b;
      const char *close = memchr(s + i, s[i] == '<' ? '>' : ';', line_end - i);
      if (close && (s[i] == '<' || close - (s + i) < 12)) {
        i = (size_t)(close - s) + 1;
        continue;
      }
    }
    size_t start = i;
    uint32_t cp = nb_utf8_next(s, b, &i);
    bool word = is_content(cp);
    if (!word && !in_word)
      continue;
    if (*len + (i - start) + 2 > *cap) {
      *cap = (*cap + (i - start) + 2) * 2;
      *out = nb_xrealloc(*out, *cap);
    }
    if (word) {
      memcpy(*out + *len, s + start, i - start);
      *len += i - start;
    } else {
      (*out)[(*len)++] = ' ';
    }
    (*out)[*len] = '\0';
    in_word = word;
  }
  if (in_word) {
    if (*len + 2 > *cap) {
      *cap = *len + 2;
      *out = nb_xrealloc(*out, *cap);
    }
    (*out)[(*len)++] = ' ';
    (*out)[*len] = '\0';
  }
}

/* A copy with "\r\n" and "\r" made "\n" and a leading BOM dropped, as fmt reads. */
static char *lf_copy(const char *s, size_t n, size_t *out_len) {
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
    s += 3;
    n -= 3;
  }
  char *c = nb_xmalloc(n + 1);
  *out_len = nb_copy_lf(c, s, n);
  c[*out_len] = '\0';
  return c;
}

/* ---------------------------------------------------------------- the table readers' bytes */

static void mark(bool *used, size_t len, nb_span s) {
  for (size_t i = s.start; i < s.end && i < len; i++)
    used[i] = true;
}

static bool *table_bytes(const nb_report *r) {
  bool *used = nb_xcalloc(r->len + 1, sizeof *used);
  for (int k = 0; k < NB_TABLE_COUNT; k++) {
    const nb_table *t = &r->tables[k];
    if (!t->found || !t->rows)
      continue;
    for (int i = 0; i < t->spec->nrows; i++) {
      mark(used, r->len, t->rows[i].label);
      for (int c = 0; c < t->rows[i].ncells; c++) {
        mark(used, r->len, t->rows[i].cells[c].span);
        mark(used, r->len, t->rows[i].cells[c].note);
      }
    }
    for (int h = 0; h < t->nheaders; h++)
      mark(used, r->len, t->headers[h].span);
    for (int k2 = 0; k2 < t->nruns; k2++)
      mark(used, r->len, t->runs[k2].span);
  }
  return used;
}

/* "| 数据1 | 数据2 | … |": cells that are one word followed by their column number. */
static bool numbered_placeholders(const char *s, size_t a, size_t b) {
  int column = 0;
  size_t prefix_start = 0, prefix_len = 0;
  for (size_t i = a; i < b;) {
    while (i < b && (s[i] == '|' || s[i] == ' ' || s[i] == '\t'))
      i++;
    if (i >= b)
      break;
    size_t cell = i;
    while (i < b && s[i] != '|')
      i++;
    size_t end = i;
    while (end > cell && (s[end - 1] == ' ' || s[end - 1] == '\t'))
      end--;
    size_t digits = end;
    int number = 0, scale = 1;
    while (digits > cell && s[digits - 1] >= '0' && s[digits - 1] <= '9' && end - digits < 4) {
      number += (s[digits - 1] - '0') * scale; /* four digits at most: no overflow */
      scale *= 10;
      digits--;
    }
    column++;
    if (digits == cell || digits == end || number != column)
      return false;
    if (column == 1) {
      prefix_start = cell;
      prefix_len = digits - cell;
    } else if (digits - cell != prefix_len || memcmp(s + cell, s + prefix_start, prefix_len)) {
      return false;
    }
  }
  return column >= 2;
}

/* ---------------------------------------------------------------- the output's words */

/* The distinct words of the output (as content() ends them), for made_of_words. */
typedef struct {
  char **items; /* open addressing; NULL empty */
  size_t nslots;
  size_t longest; /* bytes of the longest word */
} word_set;

/* Whether w[0..n), whose nb_hash_bytes is `hash`, is a word of the set. */
static bool word_set_has(const word_set *set, const char *w, size_t n, uint64_t hash) {
  for (size_t i = hash & (set->nslots - 1); set->items[i]; i = (i + 1) & (set->nslots - 1))
    if (strlen(set->items[i]) == n && memcmp(set->items[i], w, n) == 0)
      return true;
  return false;
}

static word_set words_of(const char *spaced, size_t len) {
  word_set set = {NULL, 64, 0};
  while (set.nslots < len)
    set.nslots *= 2;
  set.items = nb_xcalloc(set.nslots, sizeof *set.items);
  for (size_t w = 0; w < len;) {
    const char *space = memchr(spaced + w, ' ', len - w);
    size_t end = space ? (size_t)(space - spaced) : len;
    if (end > w && !word_set_has(&set, spaced + w, end - w, nb_hash_bytes(spaced + w, end - w))) {
      size_t i = nb_hash_bytes(spaced + w, end - w) & (set.nslots - 1);
      while (set.items[i])
        i = (i + 1) & (set.nslots - 1);
      set.items[i] = nb_xstrndup(spaced + w, end - w);
      set.longest = end - w > set.longest ? end - w : set.longest;
    }
    w = end + 1;
  }
  return set;
}

static void word_set_free(word_set *set) {
  for (size_t i = 0; i < set->nslots; i++)
    free(set->items[i]);
  free(set->items);
}

/* Whether w[0..n) is whole words of the output run together: labels a layout glued
 * ("行政复议结果维持") come back as two cells of the canonical table, a title run into the
 * section heading after it comes back as its own line. reach[i] says w[0..i) is made of words;
 * the hashes of the words starting at i are extended a byte at a time. */
static bool made_of_words(const word_set *set, const char *w, size_t n) {
  bool *reach = nb_xcalloc(n + 1, sizeof *reach);
  reach[0] = true;
  for (size_t i = 0; i < n; i++) {
    if (!reach[i])
      continue;
    uint64_t hash = NB_HASH_EMPTY;
    for (size_t k = 1; k <= set->longest && i + k <= n; k++) {
      hash = nb_hash_more(hash, (unsigned char)w[i + k - 1]);
      if ((i + k == n || ((unsigned char)w[i + k] & 0xC0) != 0x80) &&
          word_set_has(set, w + i, k, hash))
        reach[i + k] = true;
    }
  }
  bool made = reach[n];
  free(reach);
  return made;
}

/* Bytes of the numbering "（一）" or "(一)" that starts the line s[a, b) (after white space and
 * Markdown emphasis), 0 when there is none. */
static size_t caption_numbering(const char *s, size_t a, size_t b) {
  while (a < b && (s[a] == ' ' || s[a] == '*' || s[a] == '#'))
    a++;
  static const char open_wide[] = "（", close_wide[] = "）";
  size_t open = b - a >= 3 && memcmp(s + a, open_wide, 3) == 0 ? 3 : a < b && s[a] == '(' ? 1 : 0;
  size_t digits = 0;
  if (!open || !nb_parse_cn_numeral(s + a + open, b - a - open, &digits))
    return 0;
  size_t at = a + open + digits;
  if (b - at >= 3 && memcmp(s + at, close_wide, 3) == 0)
    return open + digits + 3;
  return at < b && s[at] == ')' ? open + digits + 1 : 0;
}

/* Whether the input's word w[0, n) is in the output: found whole or as part of a word of the
 * output (a header line may come back as parts of several rows of the canonical table, and a
 * label a layout broke as one word), or made of words of the output run together (labels a
 * layout ran together come back as cells: "第二十条第（六）项信息内容"). */
static bool word_kept(const char *w, size_t n, const char *kept, size_t kept_len,
                      const word_set *out_words) {
  return nb_find_bytes(kept, kept_len, w, n) || made_of_words(out_words, w, n);
}

/* Whether every word of words[0, len) but the first is in the output. */
static bool rest_kept(const char *words, size_t len, const char *kept, size_t kept_len,
                      const word_set *out_words, int *count) {
  *count = 0;
  for (size_t w = 0; w < len; (*count)++) {
    const char *space = memchr(words + w, ' ', len - w);
    size_t end = (size_t)(space - words);
    if (*count > 0 && !word_kept(words + w, end - w, kept, kept_len, out_words))
      return false;
    w = end + 1;
  }
  return true;
}

/* A table's group written as a caption, "（一）行政复议" or "（三）行政诉讼（复议后起诉）", comes
 * back as header cells of the canonical table without its numbering, which the column's place
 * says: the numbering of a line of at most two other words, all of them in the output, is table
 * structure (fmt's table_source.c reads such a line so). */
enum { CAPTION_MAX_WORDS = 3 };
static bool caption_numbering_dropped(const char *text, size_t a, size_t b, const char *words,
                                      size_t len, const char *kept, size_t kept_len,
                                      const word_set *out_words) {
  int count = 0;
  return caption_numbering(text, a, b) > 0 &&
         rest_kept(words, len, kept, kept_len, out_words, &count) && count >= 2 &&
         count <= CAPTION_MAX_WORDS;
}

/* nb_fmt_lost_text over `text`, `in` as fmt reads it (lf_copy), and `r`, its model as the
 * Markdown front-end builds it. */
static char *lost_text(const char *text, size_t n, const nb_report *r, const char *out,
                       size_t out_len) {
  size_t m = 0;
  char *result = lf_copy(out, out_len, &m);
  blank_comments(result, m);
  char *seen = nb_xstrndup(text, n);
  blank_comments(seen, n);
  /* The output's words, each followed by a space. */
  char *kept = nb_xstrdup("");
  size_t kept_len = 0, kept_cap = 1;
  content(result, 0, m, &kept, &kept_len, &kept_cap);
  word_set out_words = words_of(kept, kept_len);

  bool *used = table_bytes(r);
  char *lost = NULL;
  for (size_t a = 0; a < n && !lost;) {
    const char *nl = memchr(text + a, '\n', n - a);
    size_t b = nl ? (size_t)(nl - text) : n;
    bool table = false;
    for (size_t i = a; i < b && !table; i++)
      table = used[i];
    if (!table && !numbered_placeholders(text, a, b)) {
      char *words = NULL;
      size_t len = 0, cap = 0;
      content(seen, a, b, &words, &len, &cap);
      bool caption = caption_numbering_dropped(seen, a, b, words, len, kept, kept_len, &out_words);
      /* Each word on its own (word_kept); a caption's numbering, its first word, is structure. */
      for (size_t w = caption ? (size_t)((const char *)memchr(words, ' ', len) - words) + 1 : 0;
           w < len && !lost;) {
        const char *space = memchr(words + w, ' ', len - w);
        size_t end = (size_t)(space - words);
        if (!word_kept(words + w, end - w, kept, kept_len, &out_words))
          lost = nb_strdup_printf("fmt lost “%.*s” of line “%.*s”", (int)(end - w), words + w,
                                  (int)(b - a), text + a);
        w = end + 1;
      }
      free(words);
    }
    a = b + 1;
  }
  free(used);
  word_set_free(&out_words);
  free(kept);
  free(seen);
  free(result);
  return lost;
}

char *nb_fmt_lost_text(const char *in, size_t in_len, const char *out, size_t out_len) {
  size_t n = 0;
  char *text = lf_copy(in, in_len, &n);
  nb_report r;
  nb_report_init(&r, text, n);
  nb_markdown_build(text, n, &r);
  char *lost = lost_text(text, n, &r, out, out_len);
  nb_report_free(&r);
  free(text);
  return lost;
}

/* ---------------------------------------------------------------- findings */

static bool is_layout_rule(const char *rule) {
  return strcmp(rule, "table-cells-run-together") == 0 || strcmp(rule, "table-unreadable") == 0 ||
         strcmp(rule, "input-encoding") == 0;
}

static int compare_ids(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted rule ids of `diags`, layout ones aside, as one string "a b c". */
static char *ids_of(const nb_diag_list *diags) {
  const char **ids = nb_xcalloc((size_t)diags->count + 1, sizeof *ids);
  int n = 0;
  for (int i = 0; i < diags->count; i++)
    if (!is_layout_rule(diags->items[i].rule))
      ids[n++] = diags->items[i].rule;
  qsort(ids, (size_t)n, sizeof *ids, compare_ids);
  char *s = nb_xstrdup("");
  for (int i = 0; i < n; i++) {
    char *next = nb_strdup_printf("%s%s%s", s, i ? " " : "", ids[i]);
    free(s);
    s = next;
  }
  free(ids);
  return s;
}

/* ids_of the findings of `text`. */
static char *rule_ids(const char *text, size_t len) {
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(text, len, NULL, &diags);
  char *ids = ids_of(&diags);
  nb_diag_list_free(&diags);
  return ids;
}

/* nb_fmt_changed_findings with the ids of `in` (as fmt reads it) known. */
static char *changed_findings(char *before, const char *out, size_t out_len) {
  size_t m = 0;
  char *b = lf_copy(out, out_len, &m);
  char *after = rule_ids(b, m);
  char *changed =
      strcmp(before, after) == 0
          ? NULL
          : nb_strdup_printf("fmt changed the findings: [%s] became [%s]", before, after);
  free(after);
  free(b);
  return changed;
}

char *nb_fmt_changed_findings(const char *in, size_t in_len, const char *out, size_t out_len) {
  size_t n = 0;
  char *a = lf_copy(in, in_len, &n);
  char *before = rule_ids(a, n);
  char *changed = changed_findings(before, out, out_len);
  free(before);
  free(a);
  return changed;
}

char *nb_fmt_not_fixed_point(const char *out, size_t out_len) {
  size_t again_len = 0;
  char *again = nb_markdown_format(out, out_len, &again_len);
  char *broken =
      again_len == out_len && memcmp(again, out, out_len) == 0
          ? NULL
          : nb_strdup_printf("fmt of fmt differs (%zu bytes, then %zu)", out_len, again_len);
  free(again);
  return broken;
}

char *nb_fmt_broken(const char *in, size_t in_len, const char *out, size_t out_len) {
  char *broken = nb_fmt_not_fixed_point(out, out_len);
  if (broken)
    return broken;
  size_t n = 0;
  char *text = lf_copy(in, in_len, &n);
  nb_analysis a;
  nb_analyze(text, n, NULL, &a);
  /* With no suppression comment to blank, the lint's model is the Markdown front-end's build of
   * `text` itself, the one nb_fmt_lost_text reads; with one, it read other bytes. */
  broken = a.model_text ? nb_fmt_lost_text(in, in_len, out, out_len)
                        : lost_text(text, n, &a.report, out, out_len);
  if (!broken) {
    char *before = ids_of(&a.diags);
    broken = changed_findings(before, out, out_len);
    free(before);
  }
  nb_analysis_free(&a);
  free(text);
  return broken;
}
