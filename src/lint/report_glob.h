/* The file patterns of the "reports" setting, as .gitignore and VS Code's files.* settings read
 * them: "*" and "?" within one path segment, "**" across segments, "[abc]" and "[!abc]" sets. A
 * pattern without "/" matches the file name alone, wherever the file is. */
#ifndef NB_REPORT_GLOB_H
#define NB_REPORT_GLOB_H

#include <stdbool.h>

/* Whether `path` (relative to the pattern's base folder, "/"-separated) matches `pattern`. */
bool nb_report_glob_match(const char *pattern, const char *path);

/* Whether the absolute `path` matches `pattern` taken relative to the folder `base`; an absolute
 * pattern is matched against the whole path. */
bool nb_report_glob_match_in(const char *pattern, const char *base, const char *path);

/* Whether any of the `n` patterns, relative to `base`, matches the absolute `path` (NULL: none). */
bool nb_report_glob_any(char *const *patterns, int n, const char *base, const char *path);

#endif
