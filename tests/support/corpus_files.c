#include "corpus_files.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool wanted(const char *name) {
  size_t n = strlen(name);
  return n >= 4 && (strcmp(name + n - 3, ".md") == 0 || strcmp(name + n - 4, ".txt") == 0);
}

static int read_and_call(const char *path, size_t size, nb_corpus_file_fn fn, void *data) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  char *text = malloc(size + 1);
  size_t len = text ? fread(text, 1, size, f) : 0;
  fclose(f);
  if (!text || len != size) {
    free(text);
    return -1;
  }
  text[len] = '\0';
  fn(path, text, len, data);
  free(text);
  return 1;
}

int nb_each_corpus_file(const char *dir, nb_corpus_file_fn fn, void *data) {
  DIR *d = opendir(dir);
  if (!d)
    return -1;
  int count = 0;
  for (struct dirent *e; count >= 0 && (e = readdir(d));) {
    if (e->d_name[0] == '.')
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    int n = 0;
    if (stat(path, &st) != 0)
      n = -1;
    else if (S_ISDIR(st.st_mode))
      n = nb_each_corpus_file(path, fn, data);
    else if (wanted(e->d_name))
      n = read_and_call(path, (size_t)st.st_size, fn, data);
    count = n < 0 ? -1 : count + n;
  }
  closedir(d);
  return count;
}
