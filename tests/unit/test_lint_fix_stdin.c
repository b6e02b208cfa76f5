/* `nianbao lint --fix -` (src/cli/lint_cmd.c) hands standard input back on standard output.
 * Each Criterion test runs in its own process, so standard input and output are redirected
 * to files with freopen. */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/lang.h"
#include "cli/messages.h"
#include "lint/atomic_write.h"
#include "lint/config_file.h"
#include "lint/input.h"

static char dir[] = "/tmp/nb_test_fix_stdin_XXXXXX";
static char in_path[64], out_path[64];

static void setup(void) {
  cr_assert_not_null(mkdtemp(dir));
  snprintf(in_path, sizeof in_path, "%s/in", dir);
  snprintf(out_path, sizeof out_path, "%s/out", dir);
}

static void teardown(void) {
  unlink(in_path);
  unlink(out_path);
  rmdir(dir);
}

/* Runs `lint --fix -` with `bytes` on standard input; returns what it wrote to standard output
 * (heap, length in *len) and its exit status in *status. */
static char *lint_fix_stdin(const char *bytes, size_t size, size_t *len, int *status) {
  FILE *f = fopen(in_path, "wb");
  cr_assert_not_null(f);
  fwrite(bytes, 1, size, f);
  fclose(f);
  cr_assert_not_null(freopen(in_path, "rb", stdin));
  cr_assert_not_null(freopen(out_path, "wb", stdout));
  char a0[] = "--fix", a1[] = "-";
  char *args[] = {a0, a1, NULL};
  *status = nb_cmd_lint(2, args, NB_LANG_EN);
  fflush(stdout);
  f = fopen(out_path, "rb");
  cr_assert_not_null(f);
  char *out = calloc(1, size * 4 + 64);
  *len = fread(out, 1, size * 4 + 63, f);
  fclose(f);
  return out;
}

/* GB18030 input that no safe fix changes comes back byte for byte. The unchanged text used to
 * be written as in->len bytes of the raw buffer: in->len counts the decoded UTF-8, which is
 * longer than the GB18030 bytes read, so it read past the buffer (ASan: heap-buffer-overflow)
 * and printed whatever followed. "政府信息公开。" twice: 14 GB18030 bytes each, plus "\n". */
Test(lint_fix_stdin, gb18030_without_fixes_comes_back_unchanged, .init = setup, .fini = teardown) {
  static const char gb[] = "\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\xb9\xab\xbf\xaa\xa1\xa3"
                           "\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\xb9\xab\xbf\xaa\xa1\xa3\n";
  size_t len = 0;
  int status = 0;
  char *out = lint_fix_stdin(gb, sizeof gb - 1, &len, &status);
  cr_assert_eq(len, 29);
  cr_assert(memcmp(out, gb, 29) == 0);
  cr_assert_eq(status, 1); /* a fragment, not a report: sections are missing */
  free(out);
}

/* UTF-8 with a BOM and nothing to fix: the BOM is kept, as the file had it. */
Test(lint_fix_stdin, utf8_bom_without_fixes_comes_back_unchanged, .init = setup, .fini = teardown) {
  static const char text[] = "\xef\xbb\xbfx\n";
  size_t len = 0;
  int status = 0;
  char *out = lint_fix_stdin(text, sizeof text - 1, &len, &status);
  cr_assert_eq(len, 5);
  cr_assert(memcmp(out, text, 5) == 0);
  free(out);
}
