/* The files a lint or extract run checks. A file operand (or "-") is checked as named; a
 * directory is replaced by the reports found under it, walked recursively in name order (byte
 * order of the names, each directory's entries before the next sibling's), so a run's output
 * is the same on every machine. The walk skips hidden entries (a name starting with '.') and
 * does not follow symbolic links to directories (no loops); links to files are followed. */
#ifndef NB_FILE_LIST_H
#define NB_FILE_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"

/* Which files of a walk are reports (glob.h has the pattern dialect). With no include
 * pattern: the names ending in .md, .markdown or .txt. An excluded directory is not entered. */
typedef struct {
  const char **include;
  int ninclude;
  const char **exclude;
  int nexclude;
} nb_file_filter;

void nb_file_filter_free(nb_file_filter *f);

/* Whether a walk with no include pattern takes the file at `relative` (a path relative to the
 * directory walked): what "*.md", "*.markdown" or "*.txt" select (glob.h). */
bool nb_file_default_report(const char *relative);

/* Adds a pattern (for an option's apply function); the pattern is not copied. */
void nb_file_filter_add(const char ***list, int *n, const char *pattern);

typedef struct {
  char **items; /* owned paths, in order */
  int count;
  int cap;
} nb_file_list;

void nb_file_list_free(nb_file_list *l);

/* A file's size in bytes (0 for standard input and for what cannot be stat'ed): for the batch,
 * which takes large files first. */
size_t nb_file_size(const char *path);

/* Appends the files of every operand. A directory that cannot be read, or in which the walk
 * finds no report, is one line on stderr and makes the result false; everything else is still
 * listed. */
bool nb_file_list_expand(nb_file_list *out, const char *const *operands, int noperands,
                         const nb_file_filter *filter, nb_lang lang);

#endif
