/* Several keyword lists looked for in a text at once: an Aho–Corasick automaton over the
 * keywords' bytes, run over the text's nb_normalize_label form as it is folded, without writing
 * that form out.
 *
 * The structure rules ask whether a section mentions any keyword of each of several lists (the
 * six aspects of section 一, the fee statement of section 六). Normalising every paragraph into
 * a fresh string and calling strstr once per keyword cost more than the rest of the structure
 * rules together; one pass of the automaton answers for every list. The lists are data (the
 * template's, keywords.h's): the automaton is built from them, never written by hand. */
#ifndef NB_RULE_KEYWORD_SCAN_H
#define NB_RULE_KEYWORD_SCAN_H

#include <stddef.h>
#include <stdint.h>

enum { NB_KEYWORD_SCAN_MAX_LISTS = 64 };

typedef struct nb_keyword_scan nb_keyword_scan;

/* The automaton of n (at most NB_KEYWORD_SCAN_MAX_LISTS) NULL-terminated lists of keywords,
 * each compared in its nb_normalize_label form; empty keywords are never found. */
nb_keyword_scan *nb_keyword_scan_new(const char *const *const *lists, int n);
void nb_keyword_scan_free(nb_keyword_scan *ks);

/* The automaton of lists with static storage, built on first use and kept for the life of the
 * process, keyed by the lists' addresses (safe to call from several threads). NULL when too
 * many different sets of lists were asked for: build one with nb_keyword_scan_new then. */
const nb_keyword_scan *nb_keyword_scan_static(const char *const *const *lists, int n);

/* `found` with bit k set for each list k that has a keyword occurring in
 * nb_normalize_label(s, len). The scan may stop once every bit of `want` is set. */
uint64_t nb_keyword_scan_folded(const nb_keyword_scan *ks, const char *s, size_t len,
                                uint64_t found, uint64_t want);

#endif
