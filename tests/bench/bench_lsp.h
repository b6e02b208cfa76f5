/* The language server section of the benchmark: a real `nianbao lsp` process (the one built
 * beside nianbao-bench) driven over pipes, timing didChange → publishDiagnostics for a
 * one-character edit in a table cell of a 20 KB report and of a 2 MB document, and the server's
 * memory. */
#ifndef NB_BENCH_LSP_H
#define NB_BENCH_LSP_H

#include <stdbool.h>

/* Prints the section; with quick, fewer edits. Adds to *missed one for each document whose goal
 * is not met (or whose server did not answer), so that the benchmark's summary counts them.
 * Returns false when the server could not be run (said on stderr). */
bool bench_lsp(bool quick, int *missed);

#endif
