/* Reading reports (src/cli/input.c): whole files of any size, a BOM, and one clear status
 * for missing files, directories, binary data and invalid UTF-8 with its byte offset. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "lint/input.h"

static char dir[] = "/tmp/nb_test_input_XXXXXX";

static void setup(void) {
  cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  cr_assert_eq(system(cmd), 0);
}

TestSuite(input, .init = setup, .fini = teardown);

static char *write_file(const char *name, const char *data, size_t size) {
  char *path = nb_strdup_printf("%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f);
  cr_assert_eq(fwrite(data, 1, size, f), size);
  fclose(f);
  return path;
}

Test(input, utf8_file_reads_whole) {
  char *path = write_file("a.md", "一、总体情况\n", 19);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.len, 19);
  cr_assert(memcmp(in.text, "一、总体情况\n", 19) == 0);
  nb_input_free(&in);
  free(path);
}

Test(input, bom_is_skipped) {
  char *path = write_file("bom.md", "\xEF\xBB\xBF中", 6);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.len, 3);
  cr_assert(memcmp(in.text, "中", 3) == 0);
  nb_input_free(&in);
  free(path);
}

Test(input, empty_file_is_text) {
  char *path = write_file("empty.md", "", 0);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.len, 0);
  nb_input_free(&in);
  free(path);
}

Test(input, missing_file) {
  char *path = nb_strdup_printf("%s/nope.md", dir);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_NOT_FOUND);
  char *zh = nb_input_error_message(&in, "nope.md", NB_LANG_ZH);
  char *en = nb_input_error_message(&in, "nope.md", NB_LANG_EN);
  cr_assert_str_eq(zh, "nope.md: 找不到文件");
  cr_assert_str_eq(en, "nope.md: no such file");
  free(zh);
  free(en);
  nb_input_free(&in);
  free(path);
}

Test(input, directory) {
  nb_input in;
  cr_assert_eq(nb_input_read(dir, &in), NB_INPUT_IS_DIRECTORY);
  char *en = nb_input_error_message(&in, "d", NB_LANG_EN);
  cr_assert_str_eq(en, "d: is a directory, not a file");
  free(en);
  nb_input_free(&in);
}

Test(input, unreadable_file) {
  char *path = write_file("locked.md", "x", 1);
  chmod(path, 0);
  /* Root reads every file, and CI runs as root: read as user nobody (this test runs in a
   * worker process of its own, so only it loses the privilege). */
  if (geteuid() == 0)
    cr_assert(setgid(65534) == 0 && setuid(65534) == 0, "cannot become nobody");
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_UNREADABLE);
  char *zh = nb_input_error_message(&in, "locked.md", NB_LANG_ZH);
  cr_assert_str_eq(zh, "locked.md: 无法读取（没有权限）");
  free(zh);
  nb_input_free(&in);
  free(path);
}

Test(input, nul_byte_is_binary) {
  char *path = write_file("b.bin", "abc\0def", 7);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_BINARY);
  cr_assert_eq(in.bad_offset, 3);
  char *en = nb_input_error_message(&in, "b.bin", NB_LANG_EN);
  cr_assert_str_eq(en, "b.bin: binary file (NUL byte at byte offset 3), not text");
  free(en);
  nb_input_free(&in);
  free(path);
}

Test(input, invalid_utf8_names_the_offset) {
  /* 中文 is 6 bytes; 0xFF at offset 6 is never UTF-8 (GBK's "中文" would look alike). */
  char *path = write_file("gbk.md", "中文\xFFx", 8);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_BAD_UTF8);
  cr_assert_eq(in.bad_offset, 6);
  char *zh = nb_input_error_message(&in, "report.md", NB_LANG_ZH);
  char *en = nb_input_error_message(&in, "report.md", NB_LANG_EN);
  cr_assert_str_eq(zh, "report.md: 不是有效的 UTF-8 文本（第 6 字节）");
  cr_assert_str_eq(en, "report.md: not valid UTF-8 text (byte offset 6)");
  free(zh);
  free(en);
  nb_input_free(&in);
  free(path);
}

Test(input, invalid_offset_counts_the_bom) {
  char *path = write_file("bom_bad.md",
                          "\xEF\xBB\xBF"
                          "ab\xC3",
                          6);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_BAD_UTF8);
  cr_assert_eq(in.bad_offset, 5); /* a truncated two-byte sequence at the very end */
  nb_input_free(&in);
  free(path);
}

Test(input, gbk_bytes_are_decoded) {
  /* "年报" in GBK: C4 EA B1 A8. C4 would start a two-byte UTF-8 sequence but EA is no
   * continuation, so the bytes are not UTF-8; as GB18030 they are 年 (E5 B9 B4) 报 (E6 8A A5). */
  nb_input in;
  memset(&in, 0, sizeof in);
  char *data = nb_xmalloc(4);
  memcpy(data, "\xC4\xEA\xB1\xA8", 4);
  cr_assert_eq(nb_input_decode(&in, data, 4), NB_INPUT_OK);
  cr_assert_eq(in.len, 6);
  cr_assert_eq(memcmp(in.text, "年报", 6), 0);
  cr_assert_str_eq(in.encoding, "GB18030");
  nb_input_free(&in);
}

Test(input, large_file_reads_whole) {
  /* 3 MiB + 1 byte: more than any initial buffer, so the buffer must grow. */
  size_t size = 3 * 1024 * 1024 + 1;
  char *data = nb_xmalloc(size);
  for (size_t i = 0; i < size; i++)
    data[i] = (char)('a' + i % 26);
  data[size - 1] = '\n';
  char *path = write_file("big.md", data, size);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.len, size);
  cr_assert(memcmp(in.text, data, size) == 0);
  nb_input_free(&in);
  free(data);
  free(path);
}
