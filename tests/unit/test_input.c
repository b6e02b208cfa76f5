/* Reading reports (src/cli/input.c): whole files of any size, a BOM, and one clear status
 * for missing files, directories, binary data and invalid UTF-8 with its byte offset. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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
  /* Root reads every file, and CI runs as root: read as user nobody, and become root again
   * afterwards so that the teardown can remove the directory. */
  bool root = geteuid() == 0;
  if (root)
    cr_assert(setegid(65534) == 0 && seteuid(65534) == 0, "cannot become nobody");
  nb_input in;
  nb_input_status status = nb_input_read(path, &in);
  if (root)
    cr_assert(seteuid(0) == 0 && setegid(0) == 0, "cannot become root again");
  cr_assert_eq(status, NB_INPUT_UNREADABLE);
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

/* lint without --fix keeps only the decoded text of a GB18030 file; a UTF-8 file's text is
 * its bytes, which stay. */
Test(input, release_bytes_keeps_the_text) {
  char *path = write_file("gbk.md", "\xC4\xEA\xB1\xA8\n", 5);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  nb_input_release_bytes(&in);
  cr_assert_null(in.data);
  cr_assert_eq(in.size, 0);
  cr_assert_eq(in.len, 7);
  cr_assert_eq(memcmp(in.text, "年报\n", 7), 0);
  nb_input_free(&in);
  free(path);
  path = write_file("utf8.md", "年报\n", 7);
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  nb_input_release_bytes(&in);
  cr_assert_not_null(in.data);
  cr_assert_eq(in.size, 7);
  cr_assert_eq(memcmp(in.text, "年报\n", 7), 0);
  nb_input_free(&in);
  free(path);
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

/* Issue 7: inputs that never end, or end in the middle of a character. */

Test(input, an_endless_device_is_refused_at_its_first_nul) {
  nb_input in;
  cr_assert_eq(nb_input_read("/dev/zero", &in), NB_INPUT_BINARY);
  cr_assert_eq(in.bad_offset, 0);
  cr_assert_leq(in.size, 1 << 20, "read %zu bytes of /dev/zero", in.size);
  nb_input_free(&in);
}

Test(input, an_endless_text_stream_stops_at_the_limit) {
  /* `yes | nianbao lint -`: standard input is a pipe that never ends and holds no NUL. */
  int fds[2];
  cr_assert_eq(pipe(fds), 0);
  pid_t pid = fork();
  cr_assert_geq(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    static const char line[] = "一、总体情况\n";
    while (write(fds[1], line, sizeof line - 1) > 0)
      ;
    _exit(0);
  }
  close(fds[1]);
  cr_assert_eq(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
  nb_input in;
  cr_assert_eq(nb_input_read_limited("-", (size_t)1 << 20, &in), NB_INPUT_TOO_LARGE);
  cr_assert_leq(in.size, ((size_t)1 << 20) + 1);
  char *en = nb_input_error_message(&in, "<stdin>", NB_LANG_EN);
  cr_assert_str_eq(en, "<stdin>: larger than 1 MiB, the most nianbao reads from an input");
  free(en);
  nb_input_free(&in);
  kill(pid, SIGKILL);
  waitpid(pid, NULL, 0);
}

Test(input, a_file_above_the_limit_is_refused_unread) {
  char *path = write_file("big.md", "0123456789", 10);
  nb_input in;
  cr_assert_eq(nb_input_read_limited(path, 9, &in), NB_INPUT_TOO_LARGE);
  cr_assert_null(in.data);
  char *zh = nb_input_error_message(&in, "big.md", NB_LANG_ZH);
  cr_assert_str_eq(zh, "big.md: 超过 9 字节，nianbao 不读取这么大的输入");
  free(zh);
  nb_input_free(&in);
  cr_assert_eq(nb_input_read_limited(path, 10, &in), NB_INPUT_OK);
  nb_input_free(&in);
  cr_assert_eq(NB_INPUT_MAX_BYTES, (size_t)256 << 20);
  free(path);
}

Test(input, truncated_gb18030_is_said_to_be_truncated) {
  /* 中文 in GB18030 (D6 D0 CE C4), then the first byte of 报 (B1 A8) and nothing more. */
  char *path = write_file("cut.md", "\xD6\xD0\xCE\xC4\xB1", 5);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_CUT_SHORT);
  cr_assert_eq(in.bad_offset, 4);
  char *en = nb_input_error_message(&in, "cut.md", NB_LANG_EN);
  cr_assert_str_eq(en, "cut.md: GB18030 text cut off in the middle of a character at byte offset 4 "
                       "(the file looks truncated)");
  free(en);
  nb_input_free(&in);
  /* A four-byte character cut after its second byte. */
  free(path);
  path = write_file("cut4.md", "\xD6\xD0\x81\x30", 4);
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_CUT_SHORT);
  cr_assert_eq(in.bad_offset, 2);
  nb_input_free(&in);
  free(path);
}

Test(input, byte_order_marks_are_measured) {
  char *path = write_file("u.md", "\xEF\xBB\xBF中", 6);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.bom_size, 3);
  nb_input_free(&in);
  free(path);
  /* GB18030's U+FEFF is 84 31 95 33; 年报 is C4 EA B1 A8. */
  path = write_file("g.md", "\x84\x31\x95\x33\xC4\xEA\xB1\xA8", 8);
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_str_eq(in.encoding, "GB18030");
  cr_assert_eq(in.bom_size, 4);
  cr_assert_eq(in.len, 6);
  cr_assert_eq(memcmp(in.text, "年报", 6), 0);
  nb_input_free(&in);
  free(path);
}

Test(input, write_back_keeps_the_bom_and_the_bytes_of_untouched_lines) {
  /* Line 1: 95 32 90 31 (U+20087, which glibc encodes back as FE 51) twice, CRLF.
   * Line 2: 年报 (C4 EA B1 A8), changed to 年度. Line 3: a copy of line 1 with other bytes for
   * the same text (FE 51 FE 51): each untouched line keeps its own bytes. */
  static const char raw[] = "\x84\x31\x95\x33"
                            "\x95\x32\x90\x31\x95\x32\x90\x31\r\n"
                            "\xC4\xEA\xB1\xA8\n"
                            "\xFE\x51\xFE\x51\r\n";
  char *path = write_file("w.md", raw, sizeof raw - 1);
  nb_input in;
  cr_assert_eq(nb_input_read(path, &in), NB_INPUT_OK);
  cr_assert_eq(in.bom_size, 4);
  /* The decoded text: 𠂇𠂇\r\n年报\n𠂇𠂇\r\n (U+20087 is F0 A0 82 87 in UTF-8). */
  static const char text[] = "\xF0\xA0\x82\x87\xF0\xA0\x82\x87\r\n"
                             "年报\n"
                             "\xF0\xA0\x82\x87\xF0\xA0\x82\x87\r\n";
  cr_assert_eq(in.len, sizeof text - 1);
  cr_assert_eq(memcmp(in.text, text, in.len), 0);
  static const char changed[] = "\xF0\xA0\x82\x87\xF0\xA0\x82\x87\r\n"
                                "年度\n"
                                "\xF0\xA0\x82\x87\xF0\xA0\x82\x87\r\n";
  char *out = NULL;
  size_t n = 0;
  cr_assert(nb_input_encode(&in, changed, sizeof changed - 1, &out, &n));
  /* 度 is B6 C8 in GB18030. */
  static const char want[] = "\x84\x31\x95\x33"
                             "\x95\x32\x90\x31\x95\x32\x90\x31\r\n"
                             "\xC4\xEA\xB6\xC8\n"
                             "\xFE\x51\xFE\x51\r\n";
  cr_assert_eq(n, sizeof want - 1);
  cr_assert_eq(memcmp(out, want, n), 0);
  free(out);
  nb_input_free(&in);
  free(path);
}
