/* What the server knows about an open document beyond its text: the analysis of its current
 * version (nb_analyze's model and findings, under the configuration that applies to it), kept
 * until the text or the configuration changes, and where its diagnostics stand. Every feature
 * reads the analysis through nb_lsp_analyze, so no request ever sees findings of another
 * version than the text it is about. */
#ifndef NB_LSP_ANALYSIS_H
#define NB_LSP_ANALYSIS_H

#include <stdbool.h>
#include <stdint.h>

#include "../nianbao.h"
#include "config.h"
#include "documents.h"

struct nb_lsp_server;
struct nb_syntax_doc;

typedef struct nb_lsp_doc_state {
  bool analyzed;
  long long version;    /* of the text analysed */
  unsigned generation;  /* of the configuration it was analysed under */
  nb_analysis analysis; /* spans point into the document's text */
  nb_lsp_effective effective;
  bool is_report; /* lint/report_detect.h; a document that is not gets no diagnostics */
  char *previous; /* last year's report the across-years rules read, or NULL */

  bool dirty;         /* diagnostics of the current text are not published yet */
  bool published;     /* some diagnostics were published (and must be cleared on close) */
  char *result_id;    /* pull diagnostics: the last result sent */
  char *result_items; /* …and its items as JSON text, to answer "unchanged" */
  long long result_version;
  unsigned result_generation;

  struct nb_syntax_doc *syntax; /* the tree-sitter tree of the text (semantic_tokens.c) */
  bool syntax_behind;           /* the text changed since the tree was last brought up to it */
  uint32_t *tokens;             /* the last semantic tokens sent in full, for /full/delta */
  size_t ntokens;
  char *tokens_id;
} nb_lsp_doc_state;

/* The document's state, created on first use. */
nb_lsp_doc_state *nb_lsp_state(nb_lsp_doc *doc);
void nb_lsp_state_free(nb_lsp_doc_state *st);

/* Forgets the analysis: the text or what it depends on is about to change. */
void nb_lsp_invalidate(nb_lsp_doc *doc);

/* The analysis of the document as it is now (analysed again only when stale). */
const nb_lsp_doc_state *nb_lsp_analyze(struct nb_lsp_server *s, nb_lsp_doc *doc);

/* Marks every open document whose across-years rules read `doc` as changed too. */
void nb_lsp_touch_dependents(struct nb_lsp_server *s, const nb_lsp_doc *doc);

#endif
