/* The nianbao language and its highlight query, shared by every document. */
#ifndef NB_SYNTAX_LANGUAGE_H
#define NB_SYNTAX_LANGUAGE_H

#include <tree_sitter/api.h>

/* grammar/src/parser.c */
const TSLanguage *tree_sitter_nianbao(void);

const TSLanguage *nb_syntax_language(void);

/* grammar/queries/highlights.scm, compiled once; its captures' token types (-1: none) are
 * nb_syntax_capture_type(capture index). */
const TSQuery *nb_syntax_highlights(void);
int nb_syntax_capture_type(uint32_t capture);

#endif
