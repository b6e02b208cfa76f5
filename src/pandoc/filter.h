/* nianbao-pandoc: the pandoc JSON filter. pandoc runs it as `nianbao-pandoc TARGET-FORMAT` with
 * the document's JSON AST on standard input and reads the (possibly annotated) AST back from
 * standard output; findings go to standard error, which pandoc passes through.
 *
 * Exit status: 0, or 1 when nianbao-fail-on asked for it and such a finding exists, or 2 for
 * input that is not a pandoc document of a supported version, a bad option or configuration,
 * or a report file that cannot be written. pandoc turns any non-zero status into its own exit
 * 83 and writes no output. */
#ifndef NB_PANDOC_FILTER_H
#define NB_PANDOC_FILTER_H

#include <stdio.h>

int pd_filter_main(int argc, char **argv, FILE *in, FILE *out, FILE *err);

#endif
