/* The filter's JSON reader (src/pandoc/json_read.c) against jansson's own json_loadb: the same
 * values for what both read, and a refusal wherever jansson refuses. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "pandoc/json_read.h"
#include "test_pandoc_support.h"

static void same_as_jansson(const char *text, size_t len) {
  json_error_t jerr;
  json_t *want = json_loadb(text, len, 0, &jerr);
  pd_json_error err = {0, 0, NULL};
  json_t *got = pd_json_parse(text, len, &err);
  if (want) {
    cr_expect_not_null(got, "refused what jansson reads: %.*s (%s)", (int)(len < 200 ? len : 200),
                       text, err.what ? err.what : "");
    cr_expect(got && json_equal(got, want), "a different value for: %.*s",
              (int)(len < 200 ? len : 200), text);
  } else {
    cr_expect_null(got, "read what jansson refuses (%s): %.*s", jerr.text,
                   (int)(len < 200 ? len : 200), text);
    cr_expect_not_null(err.what);
    cr_expect_geq(err.line, 1);
  }
  json_decref(want);
  json_decref(got);
}

static void same(const char *text) {
  same_as_jansson(text, strlen(text));
}

Test(json_read, values_of_every_kind) {
  same("{}");
  same("[]");
  same(" \t\r\n[1, -0, 0, 12345678901234, -9223372036854775808, 1.5, -2.5e-3, 1E10, 6.02e+23]");
  same("[true, false, null, \"\", \"x\", {\"a\": [1, {\"b\": null}]}]");
  same("{\"t\":\"Str\",\"c\":\"本报告由洪泽区人民政府办公室编制\"}");
  same("{\"a\":1,\"a\":2}"); /* the last one wins, as in jansson */
  same("[0.06666666666666667, 0.1, 1e-320, 123456789012345678901234567890.5]");
}

Test(json_read, escapes) {
  same("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]");
  same("[\"\\u00e9\\u4e2d\\uD83D\\uDE00 tail\"]");
  same("[\"\\u0041\\u0042\"]");
  same("{\"k\\u00e9y\": \"v\"}");
}

Test(json_read, refusals_match_janssons) {
  const char *bad[] = {
      "",
      " ",
      "1",
      "\"top-level string\"",
      "[",
      "[1,",
      "[1 2]",
      "{\"a\" 1}",
      "{\"a\":}",
      "{a:1}",
      "[01]",
      "[1.]",
      "[.5]",
      "[1e]",
      "[-]",
      "[+1]",
      "[tru]",
      "[nul]",
      "[\"\\x\"]",
      "[\"\\u12\"]",
      "[\"\\uD800\"]",
      "[\"\\uDC00\"]",
      "[\"\\uD800\\u0041\"]",
      "[\"\\u0000\"]",
      "[\"a\nb\"]",
      "[\"unterminated]",
      "[\"ends with backslash\\",
      "[1]x",
      "[1] [2]",
      "[99999999999999999999]",
      "[1e400]",
      "{\"a\":1,}",
      "[1,]",
      "{\"\\u0000\":1}",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    same(bad[i]);
  same_as_jansson("[\"\xff\"]", 5);
  same_as_jansson("[\"\xe4\xb8\"]", 6);     /* a truncated sequence */
  same_as_jansson("[\"\xed\xa0\x80\"]", 7); /* an encoded surrogate */
  /* Every kind of UTF-8 sequence, well formed or not, straight in the string. */
  const char *utf8[] = {
      "[\"\xc3\xa9\"]",
      "[\"\xc0\x80\"]",
      "[\"\xc1\xbf\"]",
      "[\"\xc3\"]",
      "[\"\xe0\x80\x80\"]",
      "[\"\xe0\xa0\x80\"]",
      "[\"\xef\xbf\xbf\"]",
      "[\"\xf0\x9f\x98\x80\"]",
      "[\"\xf0\x80\x80\x80\"]",
      "[\"\xf4\x8f\xbf\xbf\"]",
      "[\"\xf4\x90\x80\x80\"]",
      "[\"\xf0\x9f\x98\"]",
      "[\"\xf8\x88\x80\x80\x80\"]",
      "[\"\x80\"]",
      "[\"a\xbf\"]",
  };
  for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
    same(utf8[i]);
  same_as_jansson("[1]\0", 4);      /* a NUL after the value */
  same_as_jansson("[\"a\0b\"]", 7); /* a NUL inside a string */
}

Test(json_read, nesting_stops_where_janssons_does) {
  for (int depth = 2046; depth <= 2050; depth++) {
    char *s = malloc((size_t)depth * 2 + 1);
    memset(s, '[', (size_t)depth);
    memset(s + depth, ']', (size_t)depth);
    s[depth * 2] = '\0';
    same(s);
    free(s);
  }
}

Test(json_read, the_fixtures_read_as_jansson_reads_them) {
  const char *files[] = {NB_SOURCE_DIR "/tests/pandoc/fixtures/html-rowspan.json",
                         NB_SOURCE_DIR "/tests/pandoc/fixtures/html-rowspan-faults.json"};
  for (int i = 0; i < 2; i++) {
    size_t len;
    char *text = slurp(files[i], &len);
    same_as_jansson(text, len);
    free(text);
  }
}

Test(json_read, an_error_says_where) {
  pd_json_error err;
  cr_assert_null(pd_json_parse("{\n  \"a\": [1,\n  x]}", 17, &err));
  cr_expect_eq(err.line, 3);
  cr_expect_eq(err.column, 3);
  cr_expect_str_eq(err.what, "invalid token");
}
