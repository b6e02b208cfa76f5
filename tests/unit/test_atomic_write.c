/* nb_write_atomic (src/cli/atomic_write.c): the file is
 * wholly replaced, keeps its permission bits, and a failure leaves it as it was with no
 * temporary file behind. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/atomic_write.h"
#include "core/diag.h"

static char dir[] = "/tmp/nb_test_atomic_XXXXXX";

static void setup(void) {
  cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void) {
  char cmd[128];
  chmod(dir, 0700);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  cr_assert_eq(system(cmd), 0);
}

TestSuite(atomic, .init = setup, .fini = teardown);

static char *path_in_dir(const char *name) {
  return nb_strdup_printf("%s/%s", dir, name);
}

static void put(const char *path, const char *data, mode_t mode) {
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f);
  fputs(data, f);
  fclose(f);
  cr_assert_eq(chmod(path, mode), 0);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f);
  static char buf[4096];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static int entries_in_dir(void) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

Test(atomic, replaces_content) {
  char *p = path_in_dir("r.md");
  put(p, "old content that is longer", 0644);
  int err = 0;
  cr_assert(nb_write_atomic(p, "新", strlen("新"), &err));
  cr_assert_str_eq(slurp(p), "新");
  cr_assert_eq(entries_in_dir(), 1); /* no temporary file left */
  free(p);
}

Test(atomic, creates_missing_file) {
  char *p = path_in_dir("new.md");
  int err = 0;
  cr_assert(nb_write_atomic(p, "abc\n", 4, &err));
  cr_assert_str_eq(slurp(p), "abc\n");
  free(p);
}

Test(atomic, keeps_permission_bits) {
  char *p = path_in_dir("p.md");
  put(p, "x", 0640);
  int err = 0;
  cr_assert(nb_write_atomic(p, "y", 1, &err));
  struct stat st;
  cr_assert_eq(stat(p, &st), 0);
  cr_assert_eq(st.st_mode & 07777, 0640);
  put(p, "x", 0755);
  cr_assert(nb_write_atomic(p, "z", 1, &err));
  cr_assert_eq(stat(p, &st), 0);
  cr_assert_eq(st.st_mode & 07777, 0755);
  free(p);
}

Test(atomic, symlink_keeps_link_and_changes_target) {
  char *target = path_in_dir("t.md"), *link = path_in_dir("l.md");
  put(target, "old", 0644);
  cr_assert_eq(symlink(target, link), 0);
  int err = 0;
  cr_assert(nb_write_atomic(link, "new", 3, &err));
  struct stat st;
  cr_assert_eq(lstat(link, &st), 0);
  cr_assert(S_ISLNK(st.st_mode));
  cr_assert_str_eq(slurp(target), "new");
  free(target);
  free(link);
}

/* Root may write anywhere, so the read-only directory is tried as user nobody, in a child
 * process (the test's own process must stay root to clean up). */
Test(atomic, read_only_directory_leaves_original) {
  char *p = path_in_dir("ro.md");
  put(p, "original", 0644);
  cr_assert_eq(chmod(dir, 0555), 0);
  pid_t pid = fork();
  cr_assert_geq(pid, 0);
  if (pid == 0) {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
      _exit(100);
    int err = 0;
    bool ok = nb_write_atomic(p, "replaced", 8, &err);
    _exit(ok ? 101 : (err == EACCES ? 0 : 102));
  }
  int status = 0;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status));
  cr_assert_eq(WEXITSTATUS(status), 0);
  cr_assert_str_eq(slurp(p), "original");
  cr_assert_eq(entries_in_dir(), 1);
  free(p);
}

Test(atomic, rename_failure_removes_temporary_file) {
  /* The target is a directory: the temporary file is written, rename(2) fails (EISDIR), the
   * temporary file is removed and the directory is untouched. */
  char *p = path_in_dir("sub");
  cr_assert_eq(mkdir(p, 0755), 0);
  int err = 0;
  cr_assert_not(nb_write_atomic(p, "x", 1, &err));
  cr_assert_eq(err, EISDIR);
  cr_assert_eq(entries_in_dir(), 1);
  struct stat st;
  cr_assert_eq(stat(p, &st), 0);
  cr_assert(S_ISDIR(st.st_mode));
  free(p);
}

Test(atomic, missing_directory_reports_enoent) {
  char *p = path_in_dir("no/such/file.md");
  int err = 0;
  cr_assert_not(nb_write_atomic(p, "x", 1, &err));
  cr_assert_eq(err, ENOENT);
  free(p);
}
