/* Last year's report, for the across-years rules in the editor: the configured path
 * ("previous"), else the file of the same name with the year one less in the same folder
 * (年报2024.md → 年报2023.md, 2024/x.md is not looked for). An open document is read as the
 * editor has it; a file on disk is read as the command line reads it (GB18030 decoded) and read
 * again when it changes. Models are kept, so a keystroke does not rebuild last year's. */
#ifndef NB_LSP_PREVIOUS_H
#define NB_LSP_PREVIOUS_H

#include <stdbool.h>
#include <sys/types.h>

#include "../lint/input.h"
#include "../nianbao.h"

typedef struct {
  char *path;
  /* the file on disk it was read from, or the open document's version */
  bool from_editor;
  long long version;
  dev_t dev;
  ino_t ino;
  off_t size;
  long long mtime_ns;
  bool unreadable; /* the file could not be read as it is (said once in the log) */
  char *text;      /* owned copy the model points into */
  size_t len;
  nb_analysis model;
} nb_lsp_previous_entry;

typedef struct {
  nb_lsp_previous_entry **items;
  int count, cap;
} nb_lsp_previous;

struct nb_lsp_server;

void nb_lsp_previous_init(nb_lsp_previous *p);
void nb_lsp_previous_free(nb_lsp_previous *p);

/* The path of last year's report for the document at `path`: `configured` when given, else
 * the same name with its year one less when that file exists or is open; NULL when there is
 * none. Heap string. */
char *nb_lsp_previous_path(struct nb_lsp_server *s, const char *path, const char *configured);

/* The model of the report at `path`, or NULL when it cannot be read. */
const nb_report *nb_lsp_previous_model(struct nb_lsp_server *s, const char *path);

#endif
