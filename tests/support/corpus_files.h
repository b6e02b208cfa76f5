/* The corpus's texts for tests that check a property on every file (unit tests over corpus/,
 * without Criterion, so that fuzz targets may link it too). */
#ifndef NB_CORPUS_FILES_H
#define NB_CORPUS_FILES_H

#include <stddef.h>

typedef void (*nb_corpus_file_fn)(const char *path, const char *text, size_t len, void *data);

/* Calls `fn` on every .md and .txt file below `dir` (names starting with "." left out), its
 * whole text read and NUL-terminated. Returns how many files, or -1 when one cannot be read. */
int nb_each_corpus_file(const char *dir, nb_corpus_file_fn fn, void *data);

#endif
