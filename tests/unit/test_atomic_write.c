/* nb_write_atomic (src/lint/atomic_write.c): the file is wholly replaced and keeps its owner,
 * group, permission bits and extended attributes; a read-only file, a file changed since it was
 * read, and every failure leave it as it was with no temporary file behind, and so does a
 * signal in the middle of the write. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

#include "core/diag.h"
#include "lint/atomic_write.h"

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
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "新", strlen("新"), NULL, 0, &res));
  cr_assert_str_eq(slurp(p), "新");
  cr_assert_eq(entries_in_dir(), 1); /* no temporary file left */
  free(p);
}

Test(atomic, creates_missing_file) {
  char *p = path_in_dir("new.md");
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "abc\n", 4, NULL, 0, &res));
  cr_assert_str_eq(slurp(p), "abc\n");
  free(p);
}

Test(atomic, keeps_permission_bits) {
  char *p = path_in_dir("p.md");
  put(p, "x", 0640);
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "y", 1, NULL, 0, &res));
  struct stat st;
  cr_assert_eq(stat(p, &st), 0);
  cr_assert_eq(st.st_mode & 07777, 0640);
  put(p, "x", 0755);
  cr_assert(nb_write_atomic(p, "z", 1, NULL, 0, &res));
  cr_assert_eq(stat(p, &st), 0);
  cr_assert_eq(st.st_mode & 07777, 0755);
  free(p);
}

Test(atomic, symlink_keeps_link_and_changes_target) {
  char *target = path_in_dir("t.md"), *link = path_in_dir("l.md");
  put(target, "old", 0644);
  cr_assert_eq(symlink(target, link), 0);
  nb_write_result res;
  cr_assert(nb_write_atomic(link, "new", 3, NULL, 0, &res));
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
  put(p, "original", 0666); /* the file itself may be written: only the directory stops it */
  cr_assert_eq(chmod(dir, 0555), 0);
  pid_t pid = fork();
  cr_assert_geq(pid, 0);
  if (pid == 0) {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
      _exit(100);
    nb_write_result res;
    bool ok = nb_write_atomic(p, "replaced", 8, NULL, 0, &res);
    _exit(ok ? 101 : (res.status == NB_WRITE_FAILED && res.error_number == EACCES ? 0 : 102));
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
  nb_write_result res;
  cr_assert_not(nb_write_atomic(p, "x", 1, NULL, 0, &res));
  cr_assert_eq(res.status, NB_WRITE_FAILED);
  cr_assert_eq(res.error_number, EISDIR);
  cr_assert_eq(entries_in_dir(), 1);
  struct stat st;
  cr_assert_eq(stat(p, &st), 0);
  cr_assert(S_ISDIR(st.st_mode));
  free(p);
}

Test(atomic, missing_directory_reports_enoent) {
  char *p = path_in_dir("no/such/file.md");
  nb_write_result res;
  cr_assert_not(nb_write_atomic(p, "x", 1, NULL, 0, &res));
  cr_assert_eq(res.status, NB_WRITE_FAILED);
  cr_assert_eq(res.error_number, ENOENT);
  free(p);
}

/* Issue 7: rewriting a file keeps what the user had. */

Test(atomic, keeps_owner_and_group) {
  /* CI runs as root, which can give the file to someone else; a user cannot, and then there
   * is nothing another owner could lose. */
  cr_assert_eq(geteuid(), 0, "run as root to give the file another owner");
  char *p = path_in_dir("owned.md");
  put(p, "old", 0640);
  cr_assert_eq(chown(p, 65534, 65534), 0);
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "new", 3, "old", 3, &res), "status %d", res.status);
  struct stat st;
  cr_assert_eq(stat(p, &st), 0);
  cr_assert_eq(st.st_uid, 65534);
  cr_assert_eq(st.st_gid, 65534);
  cr_assert_eq(st.st_mode & 07777, 0640);
  cr_assert_str_eq(slurp(p), "new");
  free(p);
}

Test(atomic, keeps_extended_attributes) {
  char *p = path_in_dir("x.md");
  put(p, "old", 0644);
  cr_assert_eq(setxattr(p, "user.nianbao.test", "值", strlen("值"), 0), 0,
               "the test directory's file system takes no user xattrs");
  cr_assert_eq(setxattr(p, "user.empty", "", 0, 0), 0);
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "new", 3, "old", 3, &res), "status %d", res.status);
  char value[16] = {0};
  cr_assert_eq(getxattr(p, "user.nianbao.test", value, sizeof value), (ssize_t)strlen("值"));
  cr_assert_str_eq(value, "值");
  cr_assert_eq(getxattr(p, "user.empty", value, sizeof value), 0);
  cr_assert_str_eq(slurp(p), "new");
  free(p);
}

Test(atomic, refuses_a_read_only_file) {
  /* 0444: no one may write it, root included (root's access(2) would say yes). */
  char *p = path_in_dir("ro.md");
  put(p, "old", 0444);
  nb_write_result res;
  cr_assert_not(nb_write_atomic(p, "new", 3, "old", 3, &res));
  cr_assert_eq(res.status, NB_WRITE_READ_ONLY);
  cr_assert_str_eq(slurp(p), "old");
  cr_assert_eq(entries_in_dir(), 1);
  char *msg = nb_write_error_message(&res, "ro.md", NB_LANG_EN);
  cr_assert_str_eq(msg, "ro.md: read-only; not rewritten");
  free(msg);
  free(p);
}

Test(atomic, refuses_a_file_changed_since_it_was_read) {
  char *p = path_in_dir("c.md");
  put(p, "the user's newer edit", 0644);
  nb_write_result res;
  /* The caller read "old text" and formatted it; someone saved in between. */
  cr_assert_not(nb_write_atomic(p, "formatted", 9, "old text", 8, &res));
  cr_assert_eq(res.status, NB_WRITE_CHANGED);
  cr_assert_str_eq(slurp(p), "the user's newer edit");
  cr_assert_eq(entries_in_dir(), 1);
  /* Same size, other bytes: still a change. */
  put(p, "old TEXT", 0644);
  cr_assert_not(nb_write_atomic(p, "formatted", 9, "old text", 8, &res));
  cr_assert_eq(res.status, NB_WRITE_CHANGED);
  cr_assert_str_eq(slurp(p), "old TEXT");
  /* Removed since: nothing is created in its place. */
  cr_assert_eq(unlink(p), 0);
  cr_assert_not(nb_write_atomic(p, "formatted", 9, "old text", 8, &res));
  cr_assert_eq(res.status, NB_WRITE_CHANGED);
  cr_assert_eq(entries_in_dir(), 0);
  char *msg = nb_write_error_message(&res, "c.md", NB_LANG_ZH);
  cr_assert_str_eq(msg, "c.md：读取后已被修改，未覆盖（请对新内容重新运行 nianbao）");
  free(msg);
  free(p);
}

Test(atomic, other_hard_links_keep_the_old_content) {
  /* What the header documents: the name given gets the new content, other names the old. */
  char *p = path_in_dir("a.md"), *other = path_in_dir("b.md");
  put(p, "old", 0644);
  cr_assert_eq(link(p, other), 0);
  nb_write_result res;
  cr_assert(nb_write_atomic(p, "new", 3, "old", 3, &res));
  cr_assert_str_eq(slurp(p), "new");
  cr_assert_str_eq(slurp(other), "old");
  free(p);
  free(other);
}

static void pause_ms(long ms) {
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&t, NULL);
}

static bool temp_file_present(void) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d);
  bool found = false;
  struct dirent *e;
  while ((e = readdir(d)))
    found |= strstr(e->d_name, ".nianbao-") != NULL;
  closedir(d);
  return found;
}

Test(atomic, a_signal_during_the_write_removes_the_temporary_file) {
  /* The target is a FIFO: checking that it still holds what was read blocks on opening it,
   * with the temporary file written. SIGTERM then must remove it. */
  char *p = path_in_dir("fifo.md");
  cr_assert_eq(mkfifo(p, 0666), 0);
  pid_t pid = fork();
  cr_assert_geq(pid, 0);
  if (pid == 0) {
    nb_write_result res;
    nb_write_atomic(p, "new", 3, "old", 3, &res);
    _exit(0);
  }
  for (int i = 0; i < 500 && !temp_file_present(); i++)
    pause_ms(10);
  cr_assert(temp_file_present(), "no temporary file appeared");
  pause_ms(20); /* let the child reach open(2) */
  cr_assert_eq(kill(pid, SIGTERM), 0);
  int status = 0;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "status %d", status);
  cr_assert_not(temp_file_present(), "the temporary file was left behind");
  free(p);
}
