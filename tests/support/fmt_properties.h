/* What `nianbao fmt` promises, as checks a test or a fuzz target can run on any input and its
 * output (tests/unit/test_fmt_properties.c over the corpus and the fuzz seeds, fuzz_fmt.c on
 * whatever libFuzzer makes up). Each returns NULL when the promise holds, else a heap string
 * saying what broke. */
#ifndef NB_FMT_PROPERTIES_H
#define NB_FMT_PROPERTIES_H

#include <stddef.h>

/* No text lost: every line of `in` that holds none of the bytes the table readers took (as the
 * Markdown front-end reads `in`) keeps its text — each of its words (runs of letters, digits and
 * CJK characters; HTML tags, white space, Markdown marks and punctuation aside) is found in a
 * word of `out`, or is made of words of `out` run together (labels a layout glued come back as
 * cells of their own).
 * Table lines are left out because the canonical table says them again in its own words, and
 * so is a converter's header row of numbered placeholders ("| 数据1 | 数据2 | …"). */
char *nb_fmt_lost_text(const char *in, size_t in_len, const char *out, size_t out_len);

/* Same findings: the multisets of rule ids nb_analyze reports on `in` and on `out` are equal,
 * layout findings (table-cells-run-together, table-unreadable, input-encoding) aside. */
char *nb_fmt_changed_findings(const char *in, size_t in_len, const char *out, size_t out_len);

/* A fixed point: formatting `out` again gives `out`. */
char *nb_fmt_not_fixed_point(const char *out, size_t out_len);

/* The three above, the first that breaks, with the model of `in` built once for the last two
 * (fuzz_fmt: a build of the report fewer for every input that fmt changes). */
char *nb_fmt_broken(const char *in, size_t in_len, const char *out, size_t out_len);

#endif
