/* Benchmark inputs: named sets of documents held in memory, read from disk (real reports) or
 * synthesised (synth.h), and written back out for inspection with --out. */
#ifndef NB_BENCH_INPUTS_H
#define NB_BENCH_INPUTS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  char *name; /* file name, owned */
  char *text; /* owned, NUL-terminated */
  size_t len;
} bench_doc;

typedef struct {
  char label[48];
  bench_doc *docs;
  int ndocs;
  int cap;
  size_t bytes;  /* total over docs */
  double target; /* the lint/parse ratio issue 11 sets for these inputs, or 0 */
} bench_set;

void bench_set_init(bench_set *s, const char *label);
void bench_set_free(bench_set *s);
/* Takes ownership of name and text. */
void bench_set_add(bench_set *s, char *name, char *text, size_t len);

/* Adds every .md and .txt file under dir (recursing when asked), in name order, skipping files that
 * are not valid UTF-8 (the pipeline's precondition). With golden_only, only reports that have an
 * X.expected next to them (corpus/ also holds its own README). Returns the number added; a missing
 * directory adds none. */
int bench_set_load_dir(bench_set *s, const char *dir, bool recursive, bool golden_only);

/* Writes every document to dir/name, creating dir if needed. Returns false on an I/O error
 * (reported on stderr). */
bool bench_set_write(const bench_set *s, const char *dir);

bool bench_is_dir(const char *path);

/* Moves every document of `from` into `yes` or `no` by `test`; `from` is left empty. */
void bench_set_partition(bench_set *from, bool (*test)(const bench_doc *), bench_set *yes,
                         bench_set *no);

/* The form reports are drafted in: Markdown whose tables are GFM pipe tables (the text has a
 * delimiter row such as `|---|:---:|`). */
bool bench_is_markdown_form(const bench_doc *doc);

#endif
