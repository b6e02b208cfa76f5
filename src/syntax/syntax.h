/* A document's syntax tree for editors: the tree-sitter parser of grammar/ kept up to date with
 * the document's edits, and the highlight captures of grammar/queries/highlights.scm (embedded
 * at build time) as LSP semantic tokens.
 *
 * The language server keeps one nb_syntax_doc per open document: nb_syntax_edit for each
 * incremental change (or nb_syntax_update for a full-text one), nb_syntax_tokens for
 * semanticTokens/full and /range, nb_syntax_encode to turn tokens into LSP's integers, and
 * nb_syntax_tokens_diff for /full/delta. Every offset here is a byte offset into the
 * document's UTF-8 text. */
#ifndef NB_SYNTAX_H
#define NB_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tree_sitter/api.h>

#include "../core/position.h"

typedef struct nb_syntax_doc nb_syntax_doc;

/* Parses a copy of text (len bytes). */
nb_syntax_doc *nb_syntax_open(const char *text, size_t len);
void nb_syntax_close(nb_syntax_doc *doc);

/* Replaces bytes [start, old_end) with repl (repl_len bytes) and reparses, reusing the old
 * tree. false (and nothing changes) when start > old_end or old_end is past the text. */
bool nb_syntax_edit(nb_syntax_doc *doc, size_t start, size_t old_end, const char *repl,
                    size_t repl_len);

/* Sets the whole text, as a client that sends full documents does: the edit is the span where
 * the old and the new text differ, so the reparse is incremental all the same. */
void nb_syntax_update(nb_syntax_doc *doc, const char *text, size_t len);

/* The document's current text (not NUL-terminated) and tree; both owned by doc and valid until
 * its next edit. */
const char *nb_syntax_text(const nb_syntax_doc *doc, size_t *len);
const TSTree *nb_syntax_tree(const nb_syntax_doc *doc);

/* ---------------------------------------------------------------- semantic tokens */

typedef struct {
  size_t start; /* byte offsets; a token never spans a line break */
  size_t end;
  int type; /* index into nb_syntax_token_types() */
} nb_syntax_token;

typedef struct {
  nb_syntax_token *items; /* sorted by start, non-overlapping */
  int count;
  int cap;
} nb_syntax_token_list;

/* The legend: LSP semantic token type names, in index order. */
const char *const *nb_syntax_token_types(int *count);

/* The tokens that lie in bytes [start, end) (clipped to it; end may be SIZE_MAX). Where
 * captures overlap, the first pattern of highlights.scm wins byte by byte; captures whose name
 * has no token type are left out; a capture over several lines gives one token per line. */
void nb_syntax_tokens(const nb_syntax_doc *doc, size_t start, size_t end,
                      nb_syntax_token_list *out);
void nb_syntax_tokens_free(nb_syntax_token_list *t);

/* LSP's encoding of tokens: five integers each (delta line, delta start column, length, type,
 * modifiers = 0), columns in `unit` (UTF-16 for clients that did not negotiate another).
 * *data is malloc'ed; returns the number of integers. `ix` indexes the document's text. */
size_t nb_syntax_encode(const nb_line_index *ix, const nb_syntax_token_list *t, nb_column_unit unit,
                        uint32_t **data);

/* semanticTokens/full/delta: the one edit that turns old[0, n_old) into new[0, n_new):
 * replace *delete_count integers at *start with new[*start, *start + *insert_count). Edits
 * start and end on whole tokens (multiples of five). */
void nb_syntax_tokens_diff(const uint32_t *old, size_t n_old, const uint32_t *new_data,
                           size_t n_new, size_t *start, size_t *delete_count, size_t *insert_count);

#endif
