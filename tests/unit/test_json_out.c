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
  nb_json_end_object(j);
}

static void same_as_jansson(int n) {
  json_t *all = json_array();
  for (int i = 0; i < n; i++)
    json_array_append_new(all, with_jansson(i));
  size_t want_len;
  char *want = nb_json_array_items(all, JSON_INDENT(2), 0, &want_len);
  json_decref(all);

  char *got = NULL;
  size_t got_len = 0;
  FILE *mem = open_memstream(&got, &got_len);
  nb_json_out j;
  nb_json_out_init(&j, mem, 1);
  for (int i = 0; i < n; i++)
    with_writer(&j, i);
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
  same_as_jansson(2 * NSTRINGS);
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
  fclose(mem);
  cr_assert_str_eq(got, "  \"a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
                        "b\"");
  free(got);
}
