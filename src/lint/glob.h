/* Glob patterns for selecting files — a directory walk (lint and extract --include/--exclude) and
 * the configuration's "reports" (report_glob.h) — in the dialect of markdownlint-cli2 and
 * .gitignore:
 *
 *   *      any characters but '/'          ?      one character but '/'
 *   **     any number of whole directories (as "**" alone, "**" + "/" or "/" + "**")
 *   [abc]  one of the characters; [a-z] a range, [!a] or [^a] anything else but '/'
 *   {a,b}  either alternative (may nest)   \x     x itself
 *
 * A pattern without '/' is matched against the file's name (so "draft-*" excludes every
 * draft anywhere below), one with '/' against its path relative to the directory walked. A
 * leading "./" is ignored. Characters are UTF-8 code points. */
#ifndef NB_GLOB_H
#define NB_GLOB_H

#include <stdbool.h>

/* True when `pattern` matches the whole of `path` (a relative path, '/'-separated). */
bool nb_glob_match(const char *pattern, const char *path);

/* The same, with the rule above: patterns without '/' look at the last component only. */
bool nb_glob_select(const char *pattern, const char *relative_path);

#endif
