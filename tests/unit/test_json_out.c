/* The JSON writer (output/json_out.h) against jansson, whose layout it reproduces: the same
 * values written both ways give the same bytes, escapes and repaired text included. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/emit_internal.h"
#include "output/json_out.h"
#include "output/parts.h"

static const char *const strings[] = {
    "",
    "plain",
    "年报 2023",
    "q\"uote\\back/slash",
    "\b\f\n\r\t",
    "\x01\x1f\x7f",
    "\xe2\x80\xa8 line separator",
    "bad \xff byte",
    "cut \xe4\xb8",
};
enum { NSTRINGS = sizeof strings / sizeof strings[0] };

/* Counted strings as json_stringn takes them: a NUL inside, and text that is not UTF-8 (jansson
 * refuses it: null). */
static const struct {
  const char *s;
  size_t n;
} counted[] = {
    {"a\0b", 3}, {"年报", 6}, {"\xe4\xb8", 2}, {"\xed\xa0\x80", 3}, {"\xc0\xaf", 2}, {"", 0},
};
enum { NCOUNTED = sizeof counted / sizeof counted[0] };

/* Reals as JSON_REAL_PRECISION(15) writes them: a ".0" added, exponents without '+' or
 * leading zeros. */
static const double reals[] = {937.08, -0.5, 1e15, 1.5e300, 1e-5, 2.5e-7, 123456789012345678.0,
                               0.1,    -1e20};
enum { NREALS = sizeof reals / sizeof reals[0] };

/* One element: {"s": STRING, "n": i, "b": odd, "a": [i elements {"k": …}], "e": {}, "z": []} */
static json_t *with_jansson(int i) {
  json_t *o = json_object();
  json_object_set_new(o, "s", nb_json_text(strings[i % NSTRINGS]));
  json_object_set_new(o, "n", json_integer(i * 1000 - 3));
  json_object_set_new(o, "b", json_boolean(i & 1));
  json_t *a = json_array();
  for (int k = 0; k < i % 3; k++) {
    json_t *inner = json_object();
    json_object_set_new(inner, "k", nb_json_text(strings[(i + k) % NSTRINGS]));
    json_array_append_new(a, inner);
  }
  json_object_set_new(o, "a", a);
  json_object_set_new(o, "e", json_object());
  json_object_set_new(o, "z", json_array());
  json_object_set_new(o, "u", json_null());
  json_t *c = json_stringn(counted[i % NCOUNTED].s, counted[i % NCOUNTED].n);
  json_object_set_new(o, "c", c ? c : json_null());
  json_object_set_new(o, "r", json_real(reals[i % NREALS]));
  return o;
}

static void with_writer(nb_json_out *j, int i) {
  nb_json_begin_object(j);
  nb_json_key(j, "s");
  nb_json_string(j, strings[i % NSTRINGS]);
  nb_json_key(j, "n");
  nb_json_int(j, i * 1000 - 3);
  nb_json_key(j, "b");
  nb_json_bool(j, i & 1);
  nb_json_key(j, "a");
  nb_json_begin_array(j);
  for (int k = 0; k < i % 3; k++) {
    nb_json_begin_object(j);
    nb_json_key(j, "k");
    nb_json_string(j, strings[(i + k) % NSTRINGS]);
    nb_json_end_object(j);
  }
  nb_json_end_array(j);
  nb_json_key(j, "e");
  nb_json_begin_object(j);
  nb_json_end_object(j);
  nb_json_key(j, "z");
  nb_json_begin_array(j);
  nb_json_end_array(j);
  nb_json_key(j, "u");
  nb_json_null(j);
  nb_json_key(j, "c");
  nb_json_stringn_or_null(j, counted[i % NCOUNTED].s, counted[i % NCOUNTED].n);
  nb_json_key(j, "r");
  nb_json_real(j, reals[i % NREALS], 15);
  nb_json_end_object(j);
}

static void same_as_jansson(int n) {
  json_t *all = json_array();
  for (int i = 0; i < n; i++)
    json_array_append_new(all, with_jansson(i));
  size_t want_len;
  char *want = nb_json_array_items(all, JSON_INDENT(2) | JSON_REAL_PRECISION(15), 0, &want_len);
  json_decref(all);

  char *got = NULL;
  size_t got_len = 0;
  FILE *mem = open_memstream(&got, &got_len);
  nb_json_out j;
  nb_json_out_init(&j, mem, 1);
  for (int i = 0; i < n; i++)
    with_writer(&j, i);
  nb_json_out_finish(&j);
  fclose(mem);
  cr_assert_eq(got_len, want_len, "%d elements:\ngot\n%s\nwant\n%s", n, got, want);
  cr_assert(memcmp(got, want, got_len) == 0, "%d elements:\ngot\n%s\nwant\n%s", n, got, want);
  free(got);
  free(want);
}

Test(json_out, no_elements) {
  same_as_jansson(0);
}

Test(json_out, one_element) {
  same_as_jansson(1);
}

Test(json_out, every_string_and_nesting) {
  same_as_jansson(2 * NSTRINGS * NCOUNTED * NREALS);
}

/* More than the writer's buffer holds, so that it is passed on in pieces. */
Test(json_out, longer_than_the_buffer) {
  same_as_jansson(300);
}

/* Where nb_json_text's repair is still not UTF-8 (an encoded surrogate), jansson gives no string
 * at all; the writer gives U+FFFD for each bad byte. */
Test(json_out, bytes_that_stay_bad) {
  char *got = NULL;
  size_t got_len = 0;
  FILE *mem = open_memstream(&got, &got_len);
  nb_json_out j;
  nb_json_out_init(&j, mem, 1);
  nb_json_string(&j, "a\xed\xa0\x80"
                     "b");
  nb_json_out_finish(&j);
  fclose(mem);
  cr_assert_str_eq(got, "  \"a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
                        "b\"");
  free(got);
}
