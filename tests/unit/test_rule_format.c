/* How the rules write numbers and cells in messages (src/core/rules/rule_util.c,
 * table_names.c): written by hand for speed, they must say exactly what printf said. */
#include <criterion/criterion.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "core/diag.h"
#include "core/rules/rule_util.h"
#include "core/rules/table_names.h"
#include "core/template.h"

static void expect_like_printf(double v) {
  char got[32], want[32];
  nb_rule_format_value(v, got, sizeof got);
  if (v == floor(v) && fabs(v) < 9007199254740992.0) /* 2^53: every integer below is exact */
    snprintf(want, sizeof want, "%.0f", v);
  else
    snprintf(want, sizeof want, "%.15g", v);
  cr_expect_str_eq(got, want, "%.17g", v);
}

Test(rule_format, values_as_printf_writes_them) {
  static const double values[] = {0,
                                  -0.0,
                                  1,
                                  -1,
                                  7,
                                  10,
                                  99,
                                  100,
                                  2024,
                                  3.5,
                                  -2.25,
                                  1e14,
                                  1e15 - 1,
                                  -(1e15 - 1),
                                  1e15,
                                  1e16,
                                  9007199254740991.0,
                                  -9007199254740991.0,
                                  9007199254740992.0,
                                  0.1,
                                  1e-7,
                                  12345678901234.0,
                                  -987654321.0};
  for (size_t i = 0; i < sizeof values / sizeof *values; i++)
    expect_like_printf(values[i]);
  for (long long n = -2000; n <= 2000; n += 7)
    expect_like_printf((double)n);
}

Test(rule_format, cell_places_of_every_cell) {
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      const nb_table_spec *spec = nb_template_get((nb_template_id)t)->tables[id];
      for (int row = 0; row < spec->nrows; row++)
        for (int col = -1; col <= spec->blocks[spec->rows[row].block].ncolumns; col++)
          for (int en = 0; en < 2; en++) {
            char got[512], want[512], colname[256];
            nb_rule_cell_place(spec, row, col, en, got, sizeof got);
            const nb_column_spec *c = nb_rule_row_column(spec, row, col);
            if (c && c->group)
              snprintf(colname, sizeof colname, "%s·%s", c->group, c->label);
            else if (c)
              snprintf(colname, sizeof colname, "%s", c->label);
            else
              snprintf(colname, sizeof colname, "%d", col + 1);
            const char *label = spec->rows[row].label;
            if (en && label)
              snprintf(want, sizeof want, "row “%s”, column “%s”", label, colname);
            else if (en)
              snprintf(want, sizeof want, "column “%s”", colname);
            else if (label)
              snprintf(want, sizeof want, "“%s”行“%s”列", label, colname);
            else
              snprintf(want, sizeof want, "“%s”列", colname);
            cr_expect_str_eq(got, want);
          }
    }
  /* Cut where snprintf cuts. */
  const nb_table_spec *spec = nb_template_get(NB_TPL_2021)->tables[NB_TABLE_APPLICATIONS];
  char small[10], full[512];
  nb_rule_cell_place(spec, 0, 0, true, small, sizeof small);
  nb_rule_cell_place(spec, 0, 0, true, full, sizeof full);
  cr_expect_eq(strlen(small), sizeof small - 1);
  cr_expect_eq(memcmp(small, full, sizeof small - 1), 0);
  /* At every size, inside a piece and at the edge of one. */
  for (size_t size = 1; size <= strlen(full) + 1; size++) {
    char cut[512];
    nb_rule_cell_place(spec, 0, 0, true, cut, size);
    cr_expect_eq(strlen(cut), size - 1, "size %zu", size);
    cr_expect_eq(memcmp(cut, full, size - 1), 0, "size %zu", size);
  }
}

/* Messages are formatted without printf when their directives are %s, %.0s, %.*s, %d and %%
 * (diag.c): what they say must be what printf says, for every such directive and the
 * arguments at its edges. */
#define EXPECT_LIKE_PRINTF(...)                                                                    \
  do {                                                                                             \
    char want[2048];                                                                               \
    snprintf(want, sizeof want, __VA_ARGS__);                                                      \
    char *got = nb_strdup_printf(__VA_ARGS__);                                                     \
    cr_expect_str_eq(got, want);                                                                   \
    free(got);                                                                                     \
  } while (0)

Test(rule_format, messages_as_printf_writes_them) {
  EXPECT_LIKE_PRINTF("plain text, no directive");
  EXPECT_LIKE_PRINTF("%s", "");
  EXPECT_LIKE_PRINTF("“%s”行%.0s列", "合计", "total");
  EXPECT_LIKE_PRINTF("%.0s%s is reported as %s", "合计", "total", "12");
  EXPECT_LIKE_PRINTF("%d%%、%d、%d、%d", 0, -1, 2147483647, -2147483647 - 1);
  EXPECT_LIKE_PRINTF("[%.*s] [%.*s] [%.*s] [%.*s]", 3, "标题", 0, "x", 99, "short", -1, "all");
  EXPECT_LIKE_PRINTF("%s%d%s", "第", 3, "行");
  EXPECT_LIKE_PRINTF("**%s**、%s*、%s0、%s.0s、%.0s*s", "甲", "乙", "丙", "丁",
                     "戊"); /* %s, then * or 0 */
  /* Longer than the stack buffer of 512 bytes: written a second time. */
  char longer[700];
  memset(longer, 'x', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  EXPECT_LIKE_PRINTF("“%s”%d%.*s", longer, 5, 600, longer);
  /* Directives printf keeps: */
  EXPECT_LIKE_PRINTF("%02d %zu %.15g %5s|", 7, (size_t)42, 0.1, "ab");
}

static int nb_snprintf_of(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = nb_vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

/* Into a buffer too small, as vsnprintf cuts: size - 1 bytes and the NUL, the whole length
 * returned (a rule's message buffer grows by that length). */
Test(rule_format, cut_as_snprintf_cuts) {
  for (size_t size = 0; size <= 24; size++) {
    char got[32], want[32];
    memset(got, '#', sizeof got);
    memset(want, '#', sizeof want);
    int n = nb_snprintf_of(got, size, "“%s”%d%.*s%%", "合计", -42, 2, "xyz");
    int m = snprintf(want, size, "“%s”%d%.*s%%", "合计", -42, 2, "xyz");
    cr_expect_eq(n, m, "size %zu", size);
    cr_expect(memcmp(got, want, sizeof got) == 0, "size %zu", size);
  }
}

Test(rule_format, decimals_as_printf_writes_them) {
  static const long long values[] = {0,
                                     1,
                                     -1,
                                     9,
                                     10,
                                     -10,
                                     2147483647LL,
                                     -2147483648LL,
                                     9007199254740992LL,
                                     LLONG_MAX,
                                     LLONG_MIN,
                                     LLONG_MIN + 1};
  for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
    char got[NB_DECIMAL_MAX + 1], want[32];
    got[nb_decimal(got, values[i])] = '\0';
    snprintf(want, sizeof want, "%lld", values[i]);
    cr_expect_str_eq(got, want);
  }
  /* every number below 10^5, and each power of ten and its neighbours, of both signs */
  for (long long v = -100000; v <= 100000; v++) {
    char got[NB_DECIMAL_MAX + 1], want[32];
    got[nb_decimal(got, v)] = '\0';
    snprintf(want, sizeof want, "%lld", v);
    cr_assert_str_eq(got, want);
  }
  for (long long p = 1; p <= LLONG_MAX / 10; p *= 10)
    for (long long d = -1; d <= 1; d++)
      for (int sign = -1; sign <= 1; sign += 2) {
        long long v = sign * (p * 10 + d);
        char got[NB_DECIMAL_MAX + 1], want[32];
        got[nb_decimal(got, v)] = '\0';
        snprintf(want, sizeof want, "%lld", v);
        cr_assert_str_eq(got, want);
      }
}

/* A finding's two messages and a related location's, which share one allocation, each as
 * printf writes it: short ones, and ones longer than the stack buffer of 512 bytes in either
 * language or both. */
Test(rule_format, both_languages_as_printf_writes_them) {
  char longer[700];
  memset(longer, 'x', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  const char *zh_args[] = {"合计", longer, "合计", longer};
  const char *en_args[] = {"total", "total", longer, longer};
  for (int k = 0; k < 4; k++) {
    nb_diag_list l;
    nb_diag_list_init(&l);
    nb_diag *d = nb_diag_add(&l, "table-cell-empty", nb_span_make(0, 0), "“%s%.0s”行第%d列",
                             "%.0srow “%s”, column %d", zh_args[k], en_args[k], 3);
    nb_diag_add_related(d, nb_span_make(0, 0), "见%s%.0s", "%.0ssee %s", zh_args[k], en_args[k]);
    char want[2048];
    snprintf(want, sizeof want, "“%s”行第%d列", zh_args[k], 3);
    cr_expect_str_eq(d->message_zh, want, "case %d", k);
    snprintf(want, sizeof want, "row “%s”, column %d", en_args[k], 3);
    cr_expect_str_eq(d->message_en, want, "case %d", k);
    snprintf(want, sizeof want, "见%s", zh_args[k]);
    cr_expect_str_eq(d->related[0].message_zh, want, "case %d", k);
    snprintf(want, sizeof want, "see %s", en_args[k]);
    cr_expect_str_eq(d->related[0].message_en, want, "case %d", k);
    nb_diag_list_free(&l);
  }
}

/* A buffer that starts in the caller's room keeps everything written to it when it moves to
 * the heap, whether appended or formatted past the room's end. */
Test(rule_format, buffer_leaves_its_room_whole) {
  char room[8];
  nb_rule_buf b;
  nb_rule_buf_init_in(&b, room, sizeof room);
  nb_rule_buf_append(&b, "abc", 3);
  cr_assert(b.s == room);
  cr_assert_str_eq(b.s, "abc");
  nb_rule_buf_append(&b, "defgh", 5); /* 8 bytes and the NUL: no longer fits */
  cr_assert(b.s != room);
  cr_assert_str_eq(b.s, "abcdefgh");
  nb_rule_buf_printf(&b, "%s%d", "-", 42);
  cr_assert_str_eq(b.s, "abcdefgh-42");
  cr_assert_eq(b.len, strlen("abcdefgh-42"));
  nb_rule_buf_release(&b);

  nb_rule_buf_init_in(&b, room, sizeof room);
  nb_rule_buf_printf(&b, "%s", "formatted past the room"); /* cut in the room, then again */
  cr_assert_str_eq(b.s, "formatted past the room");
  nb_rule_buf_release(&b);

  nb_rule_buf_init_in(&b, room, sizeof room);
  nb_rule_buf_append(&b, "kept", 4);
  char *taken = nb_rule_buf_take(&b); /* on the heap even while it was in the room */
  cr_assert(taken != room);
  cr_assert_str_eq(taken, "kept");
  free(taken);
}

/* A finding joined from pieces says what the same finding formatted says: pieces empty, with
 * a NUL-free text cut by "%.*s", and longer than the stack buffer of 512 bytes. */
Test(rule_format, pieces_as_printf_writes_them) {
  char longer[700];
  memset(longer, 'x', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  const char *names[] = {"", "合计", longer};
  for (int k = 0; k < 3; k++) {
    nb_diag_list l;
    nb_diag_list_init(&l);
    nb_diag *want = nb_diag_add(&l, "table-cell-empty", nb_span_make(1, 2), "%s%.0s“%.*s”第%d列",
                                "%.0s%s “%.*s” column %d", names[k], "total", 3, "abcdef", 12);
    char number[NB_DECIMAL_MAX];
    nb_piece count = {number, nb_decimal(number, 12)};
    const nb_piece zh[] = {nb_piece_of(names[k]), NB_PIECE("“"), {"abcdef", 3},
                           NB_PIECE("”第"),       count,         NB_PIECE("列")};
    const nb_piece en[] = {NB_PIECE("total"),     NB_PIECE(" “"), {"abcdef", 3},
                           NB_PIECE("” column "), count,          NB_PIECE("")};
    nb_diag *got = nb_diag_add_pieces(&l, "table-cell-empty", nb_span_make(1, 2), zh, 6, en, 6);
    want = &l.items[0]; /* the list may have moved */
    cr_expect_str_eq(got->message_zh, want->message_zh, "case %d", k);
    cr_expect_str_eq(got->message_en, want->message_en, "case %d", k);
    cr_expect_eq(got->message_en, got->message_zh + strlen(got->message_zh) + 1);
    cr_expect_str_eq(got->rule, want->rule);
    cr_expect_eq(got->severity, want->severity);
    cr_expect_eq(got->sequence, 1);
    cr_expect(got->span.start == 1 && got->span.end == 2);
    nb_diag_list_free(&l);
  }
}

/* Pieces of every length up to past the sizes copied without memcpy, at every offset: the
 * bytes memcpy would write, and a NUL after them. */
Test(rule_format, pieces_of_every_length) {
  char source[64], got[256], want[256];
  for (size_t i = 0; i < sizeof source; i++)
    source[i] = (char)('a' + i % 26);
  for (size_t a = 0; a <= 40; a++) {
    for (size_t b = 0; b <= 20; b++) {
      nb_piece p[] = {{source + b, a}, {source + a % 7, b}, NB_PIECE("“")};
      memset(got, '#', sizeof got);
      memset(want, '#', sizeof want);
      memcpy(want, source + b, a);
      memcpy(want + a, source + a % 7, b);
      memcpy(want + a + b, "“", strlen("“") + 1);
      size_t len = nb_pieces_len(p, 3);
      cr_assert_eq(len, a + b + strlen("“"));
      cr_assert_eq(nb_pieces_put(got, p, 3), got + len + 1);
      cr_assert(memcmp(got, want, sizeof got) == 0, "lengths %zu and %zu", a, b);
    }
  }
}

/* The catalog remembers the entry it found last: an id at the same address that now says
 * another rule, or no rule, is looked up again. */
Test(rule_format, catalog_finds_by_the_id_not_its_address) {
  char id[32];
  strcpy(id, "table-cell-empty");
  const nb_rule_info *empty = nb_catalog_find(id);
  cr_assert(empty && strcmp(empty->id, "table-cell-empty") == 0);
  cr_assert_eq(nb_catalog_find(id), empty);
  cr_assert_eq(nb_catalog_find("table-cell-empty"), empty);
  strcpy(id, "label-typo");
  const nb_rule_info *typo = nb_catalog_find(id);
  cr_assert(typo && strcmp(typo->id, "label-typo") == 0);
  strcpy(id, "no-such-rule");
  cr_assert_null(nb_catalog_find(id));
  cr_assert_eq(nb_catalog_find("label-typo"), typo);
}

/* A message without a directive is its format, in either language; one "%%" is still
 * formatted. */
Test(rule_format, messages_without_directives) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "rectification-missing", nb_span_make(0, 0), "第五部分未说明", "no account");
  const char *empty = ""; /* not a literal: -Wformat-zero-length */
  nb_diag_add(&l, "rectification-missing", nb_span_make(0, 0), empty, empty);
  nb_diag_add(&l, "rectification-missing", nb_span_make(0, 0), "百分之百", "100%%");
  cr_expect_str_eq(l.items[0].message_zh, "第五部分未说明");
  cr_expect_str_eq(l.items[0].message_en, "no account");
  cr_expect_str_eq(l.items[1].message_zh, "");
  cr_expect_str_eq(l.items[1].message_en, "");
  cr_expect_eq(l.items[1].message_en, l.items[1].message_zh + 1);
  cr_expect_str_eq(l.items[2].message_zh, "百分之百");
  cr_expect_str_eq(l.items[2].message_en, "100%");
  nb_diag_list_free(&l);
}

/* Short appends copy by a loop: the same string as nb_rule_buf_append, past the room too. */
Test(rule_format, short_appends_as_appends) {
  char room[4], other_room[4];
  nb_rule_buf a, b;
  nb_rule_buf_init_in(&a, room, sizeof room);
  nb_rule_buf_init_in(&b, other_room, sizeof other_room);
  const char *cells[] = {"1", "", "23", " | ", "456789", "\t"};
  for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
    nb_rule_buf_append_short(&a, cells[k], strlen(cells[k]));
    nb_rule_buf_append(&b, cells[k], strlen(cells[k]));
    cr_assert_str_eq(a.s, b.s);
    cr_assert_eq(a.len, b.len);
  }
  nb_rule_buf_release(&a);
  nb_rule_buf_release(&b);
}
