/* The file patterns of the "reports" setting, in the dialect of glob.h (the command line's
 * --include/--exclude): "*" and "?" within one path segment, "**" across segments, sets and
 * braces. A pattern without "/" matches the file name alone, wherever the file is; one with "/"
 * is relative to the folder of the configuration that holds it (the workspace for an editor's
 * setting); an absolute one is matched against the whole path. */
#ifndef NB_REPORT_GLOB_H
#define NB_REPORT_GLOB_H

#include <stdbool.h>

/* Whether the absolute `path` matches `pattern` taken relative to the folder `base` (NULL: only
 * patterns without "/" and absolute ones can match). */
bool nb_report_glob_match_in(const char *pattern, const char *base, const char *path);

/* Whether any of the `n` patterns, relative to `base`, matches the absolute `path` (NULL: none). */
bool nb_report_glob_any(char *const *patterns, int n, const char *base, const char *path);

#endif
