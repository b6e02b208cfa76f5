/* The digits of a prose number (src/core/rules/prose_text.c's nb_prose_number_read): read eight
 * bytes at a time where eight lie before the end, one at a time otherwise; both must give the
 * digits' end and value a walk of one digit at a time gives, for every count of digits (0 to
 * 20), every end inside or past them, and every byte after them (the bytes around the digits,
 * '/' and ':', and those that carry when 6 is added). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/rules/prose_text.h"

static void check(const char *s, size_t end, const char *what) {
  size_t i = 0;
  double v = 0;
  while (i < end && s[i] >= '0' && s[i] <= '9')
    v = v * 10 + (s[i++] - '0');
  if (i + 1 < end && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9')
    for (i++; i < end && s[i] >= '0' && s[i] <= '9'; i++)
      ;
  nb_prose_number n;
  cr_assert(nb_prose_number_read(s, 0, end, &n), "%s", what);
  cr_assert_eq(n.start, 0, "%s", what);
  cr_assert_eq(n.end, i, "%s: end %zu", what, end);
  cr_assert_eq(n.value, v, "%s: end %zu: %.0f, want %.0f", what, end, n.value, v);
}

Test(prose_numbers, every_length_end_and_following_byte) {
  static const char digits[] = "9182736450918273645";
  static const unsigned char after[] = {0,    '/',  ':',  '.',  ' ',  'a',  0x80, 0xE4,
                                        0xEF, 0xF9, 0xFA, 0xFF, 0x2F, 0x3A, 0x3F, 0x7F};
  for (size_t len = 1; len <= 19; len++)
    for (size_t a = 0; a < sizeof after; a++) {
      char s[64];
      memcpy(s, digits, len);
      s[len] = (char)after[a];
      memcpy(s + len + 1, "12件。收到申请", sizeof "12件。收到申请");
      size_t total = len + 1 + strlen(s + len + 1);
      for (size_t end = 1; end <= total; end++) {
        char what[64];
        snprintf(what, sizeof what, "%zu digits, then %#x", len, after[a]);
        check(s, end, what);
      }
    }
}

/* Leading zeros, a decimal point, and the largest values eight digits hold. */
Test(prose_numbers, zeros_decimals_and_the_largest) {
  static const char *const texts[] = {
      "00000000件", "00000001件",    "99999999件",   "999999999件",    "10000000件",
      "0件",        "12.5%收到申请", "3.件收到申请", "20231231年以来", "1234567890123456件"};
  for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
    check(texts[t], strlen(texts[t]), texts[t]);
}
