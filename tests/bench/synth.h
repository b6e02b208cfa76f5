/* Synthetic reports for the benchmark: every section of the template in force, and the three
 * statutory tables written in each layout real reports arrive in. Labels, sections and relations
 * come from the template data (core/template.h), so the inputs follow the template when it changes.
 */
#ifndef NB_BENCH_SYNTH_H
#define NB_BENCH_SYNTH_H

#include <stddef.h>

#include "buf.h"
#include "core/template.h"
#include "prng.h"

typedef enum {
  BENCH_PIPE,       /* GFM pipe tables, Markdown headings */
  BENCH_HTML,       /* HTML <table> blocks with colspan */
  BENCH_TAB,        /* tab-separated lines, as copied from Word */
  BENCH_CELL_LINES, /* one cell per line or per paragraph, as scraped from a web
                       page */
  BENCH_SPACED,     /* columns aligned by spaces, as pdftotext -layout prints them
                     */
  BENCH_LAYOUT_COUNT
} bench_layout;

const char *bench_layout_name(bench_layout layout); /* "pipe", "html" … */

/* Appends one complete report in `layout` to out. Most reports add up; some carry an injected
 * arithmetic fault or an older template, as real ones do. */
void bench_synth_report(bench_buf *out, bench_layout layout, bench_prng *p);

/* Appends one report padded with prose to at least `target_bytes`: a stress input for whatever in
 * the pipeline grows faster than the text. */
void bench_synth_big(bench_buf *out, size_t target_bytes, bench_prng *p);

/* ---- internal to the synthesiser (synth_*.c) */

/* The values of one table, consistent with every relation of its spec unless a fault was injected.
 * Cells of group rows and of columns a row's block lacks are unused. */
typedef struct {
  const nb_table_spec *spec;
  int ncols; /* widest block */
  double *v; /* nrows × ncols */
} bench_values;

void bench_values_fill(bench_values *t, const nb_table_spec *spec, bench_prng *p,
                       int fault_percent);
void bench_values_free(bench_values *t);
/* Formats cell (row, col) the way its column's unit is written. */
void bench_values_text(const bench_values *t, int row, int col, char out[32]);

/* Appends the table in `layout`. */
void bench_render_table(bench_buf *out, const bench_values *t, bench_layout layout, bench_prng *p);

#endif
