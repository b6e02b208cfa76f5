/* GB18030/GBK input (src/core/encoding.c, src/cli/input.c): bytes that are not UTF-8 but are
 * GB18030 text are decoded and noted once (input-encoding); bytes that are neither, binary that
 * happens to decode, and files that declare UTF-8 with a BOM are not. Expected bytes are the
 * published GB18030 mappings (年 C4EA, 报 B1A8, € A2E3, 㐀 8139EE39, user-defined AAA1 → U+E000).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/encoding.h"
#include "core/xalloc.h"
#include "lint/input.h"
#include "nianbao.h"

static nb_input_status decode(nb_input *in, const char *bytes, size_t size) {
  memset(in, 0, sizeof *in);
  char *data = nb_xmalloc(size ? size : 1);
  memcpy(data, bytes, size);
  return nb_input_decode(in, data, size);
}

Test(gb18030, gbk_two_byte_characters) {
  char *out = NULL;
  size_t len = 0;
  cr_assert(nb_gb18030_decode("\xC4\xEA\xB1\xA8", 4, &out, &len));
  cr_assert_eq(len, 6);
  cr_assert_str_eq(out, "年报");
  free(out);
}

Test(gb18030, four_byte_and_euro) {
  char *out = NULL;
  size_t len = 0;
  cr_assert(nb_gb18030_decode("a\x81\x39\xEE\x39\xA2\xE3\n", 8, &out, &len));
  cr_assert_str_eq(out, "a㐀€\n");
  cr_assert_eq(len, 1 + 3 + 3 + 1);
  free(out);
}

Test(gb18030, rejects_bytes_that_are_not_gb18030) {
  char *out = NULL;
  size_t len = 0;
  cr_assert_not(nb_gb18030_decode("ab\x80", 3, &out, &len));       /* 0x80 is no lead byte */
  cr_assert_not(nb_gb18030_decode("\xC4\x20", 2, &out, &len));     /* trail byte out of range */
  cr_assert_not(nb_gb18030_decode("\xC4\xEA\xB1", 3, &out, &len)); /* ends inside 报 */
  cr_assert_not(nb_gb18030_decode("\xFF\xFF", 2, &out, &len));
  cr_assert_null(out);
}

Test(gb18030, rejects_control_characters) {
  char *out = NULL;
  size_t len = 0;
  cr_assert_not(nb_gb18030_decode("\x01\x02\xC4\xEA", 4, &out, &len));
  cr_assert_not(nb_gb18030_decode("\xC4\xEA\x1B[0m", 6, &out, &len));
  /* Tab, line feed, form feed and carriage return are text. */
  cr_assert(nb_gb18030_decode("\t\xC4\xEA\f\r\n", 6, &out, &len));
  free(out);
}

Test(gb18030, rejects_mostly_private_use) {
  char *out = NULL;
  size_t len = 0;
  /* AAA1 is in a user-defined area: U+E000. One of two non-ASCII characters is too many. */
  cr_assert_not(nb_gb18030_decode("\xAA\xA1\xC4\xEA", 4, &out, &len));
  /* One in twenty is tolerated (a rare character some old mapping put there). */
  char text[42];
  memcpy(text, "\xAA\xA1", 2);
  for (int i = 1; i < 20; i++)
    memcpy(text + 2 * i, "\xC4\xEA", 2);
  text[40] = '\n';
  cr_assert(nb_gb18030_decode(text, 41, &out, &len));
  cr_assert_eq(len, 20 * 3 + 1);
  cr_assert_eq(memcmp(out, "\xEE\x80\x80年", 6), 0);
  free(out);
}

Test(gb18030, bytes_that_look_random_are_not_text) {
  /* A deterministic byte soup without NUL: iconv or the text guard must refuse it. */
  char data[4096];
  unsigned state = 12345;
  for (size_t i = 0; i < sizeof data; i++) {
    state = state * 1103515245u + 12345u;
    data[i] = (char)((state >> 16) % 255 + 1);
  }
  char *out = NULL;
  size_t len = 0;
  cr_assert_not(nb_gb18030_decode(data, sizeof data, &out, &len));
  nb_input in;
  cr_assert_eq(decode(&in, data, sizeof data), NB_INPUT_BAD_UTF8);
  nb_input_free(&in);
}

Test(input_encoding, gb18030_input_is_decoded_and_noted) {
  nb_input in;
  cr_assert_eq(decode(&in, "\xC4\xEA\xB1\xA8\n", 5), NB_INPUT_OK);
  cr_assert_str_eq(in.encoding, "GB18030");
  cr_assert_eq(in.len, 7);
  cr_assert_eq(memcmp(in.text, "年报\n", 7), 0);
  /* The pipeline adds the note, at the start of the text, when told what was decoded. */
  nb_lint_options options = {.decoded_from = in.decoded ? in.encoding : NULL};
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(in.text, in.len, &options, &diags);
  const nb_diag *note = NULL;
  for (int i = 0; i < diags.count; i++)
    if (strcmp(diags.items[i].rule, "input-encoding") == 0) {
      cr_assert_null(note, "one input-encoding note only");
      note = &diags.items[i];
    }
  cr_assert_not_null(note);
  cr_assert_eq(note->severity, NB_SEV_INFO);
  cr_assert_eq(note->span.start, 0);
  cr_assert_eq(note->span.end, 0);
  cr_assert_not_null(strstr(note->message_zh, "GB18030"));
  cr_assert_not_null(strstr(note->message_zh, "UTF-8"));
  cr_assert_not_null(strstr(note->message_en, "decoded from GB18030"));
  cr_assert_not_null(strstr(note->message_en, "saving it as UTF-8"));
  nb_diag_list_free(&diags);
  nb_input_free(&in);
}

Test(input_encoding, gb18030_bom_is_skipped) {
  nb_input in;
  cr_assert_eq(decode(&in, "\x84\x31\x95\x33\xC4\xEA", 6), NB_INPUT_OK);
  cr_assert_eq(in.len, 3);
  cr_assert_eq(memcmp(in.text, "年", 3), 0);
  nb_input_free(&in);
}

Test(input_encoding, utf8_is_not_noted) {
  nb_input in;
  cr_assert_eq(decode(&in, "年报\n", 7), NB_INPUT_OK);
  cr_assert_str_eq(in.encoding, "UTF-8");
  cr_assert_null(in.decoded);
  nb_diag_list diags;
  nb_diag_list_init(&diags);
  nb_lint(in.text, in.len, NULL, &diags);
  for (int i = 0; i < diags.count; i++)
    cr_assert_str_neq(diags.items[i].rule, "input-encoding");
  nb_diag_list_free(&diags);
  nb_input_free(&in);
}

Test(input_encoding, utf8_bom_means_utf8) {
  /* A BOM then GBK bytes: the BOM declares UTF-8, so no reinterpretation. */
  nb_input in;
  cr_assert_eq(decode(&in, "\xEF\xBB\xBF\xC4\xEA", 5), NB_INPUT_BAD_UTF8);
  cr_assert_eq(in.bad_offset, 3);
  cr_assert_null(in.decoded);
  nb_input_free(&in);
  cr_assert_eq(decode(&in, "\xEF\xBB\xBF年", 6), NB_INPUT_OK);
  cr_assert_str_eq(in.encoding, "UTF-8");
  cr_assert_eq(in.len, 3);
  nb_input_free(&in);
}

Test(input_encoding, neither_keeps_the_utf8_error) {
  /* 中文 in UTF-8 (6 bytes), then 0xFF: not UTF-8 at 6, and 0xFF is no GB18030 byte either. */
  nb_input in;
  cr_assert_eq(decode(&in, "中文\xFFx", 8), NB_INPUT_BAD_UTF8);
  cr_assert_eq(in.bad_offset, 6);
  char *en = nb_input_error_message(&in, "r.md", NB_LANG_EN);
  cr_assert_str_eq(en, "r.md: not valid UTF-8 text (byte offset 6)");
  free(en);
  nb_input_free(&in);
  /* Latin-1 "café au": E9 then a space is not GB18030 either. */
  cr_assert_eq(decode(&in, "caf\xE9 au", 7), NB_INPUT_BAD_UTF8);
  cr_assert_eq(in.bad_offset, 3);
  nb_input_free(&in);
}

Test(input_encoding, nul_is_binary_before_any_decoding) {
  nb_input in;
  cr_assert_eq(decode(&in, "\xC4\xEA\0\xB1\xA8", 5), NB_INPUT_BINARY);
  cr_assert_eq(in.bad_offset, 2);
  nb_input_free(&in);
}

static char *slurp(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = nb_xmalloc((size_t)n + 1);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *size = (size_t)n;
  return buf;
}

Test(input_encoding, gb18030_seed_decodes_to_its_utf8_twin) {
  size_t twin_size = 0;
  char *twin = slurp(NB_SOURCE_DIR "/corpus/raw/seed-000-shule-2023.txt", &twin_size);
  nb_input in;
  cr_assert_eq(nb_input_read(NB_SOURCE_DIR "/corpus/raw/seed-000-shule-2023.gb18030.txt", &in),
               NB_INPUT_OK);
  cr_assert_neq(in.size, twin_size); /* really re-encoded: Chinese takes 2 bytes, not 3 */
  cr_assert_str_eq(in.encoding, "GB18030");
  cr_assert_eq(in.len, twin_size);
  cr_assert_eq(memcmp(in.text, twin, twin_size), 0);
  nb_input_free(&in);
  free(twin);
}

/* Writing back: 年报 is C4EA B1A8 in GB18030, and decoding the encoding gives the text again. */
Test(encoding, encode_is_the_inverse_of_decode) {
  const char *text = "年报（2023）\n";
  char *gb = NULL, *back = NULL;
  size_t gb_len = 0, back_len = 0;
  cr_assert(nb_gb18030_encode(text, strlen(text), &gb, &gb_len));
  cr_assert_eq(memcmp(gb, "\xC4\xEA\xB1\xA8", 4), 0);
  cr_assert(nb_gb18030_decode(gb, gb_len, &back, &back_len));
  cr_assert_eq(back_len, strlen(text));
  cr_assert_eq(memcmp(back, text, back_len), 0);
  free(gb);
  free(back);
}

Test(encoding, encode_refuses_invalid_utf8) {
  char *gb = NULL;
  size_t n = 0;
  cr_assert_not(nb_gb18030_encode("\xFF\xFE", 2, &gb, &n));
  cr_assert_null(gb);
}
