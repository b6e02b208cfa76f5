#include "measure.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <time.h>

#include "core/diag.h"
#include "nianbao.h"

/* The baseline is the least a tool must do to see a report's pipe tables: cmark-gfm with its
 * table extension and nothing else (`cmark-gfm -e table`), with the default allocator. */
static cmark_syntax_extension *table_extension;

void bench_parse_setup(void) {
  cmark_gfm_core_extensions_ensure_registered();
  table_extension = cmark_find_syntax_extension("table");
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Exactly what `nianbao lint` does per file, minus reading it and printing. */
static int lint_set(const bench_set *s) {
  int findings = 0;
  for (int i = 0; i < s->ndocs; i++) {
    const bench_doc *doc = &s->docs[i];
    nb_diag_list diags;
    nb_diag_list_init(&diags);
    nb_lint(doc->text, doc->len, NULL, &diags);
    findings += diags.count;
    nb_diag_list_free(&diags);
  }
  return findings;
}

static void parse_set(const bench_set *s) {
  for (int i = 0; i < s->ndocs; i++) {
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (table_extension)
      cmark_parser_attach_syntax_extension(parser, table_extension);
    cmark_parser_feed(parser, s->docs[i].text, s->docs[i].len);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_node_free(document);
    cmark_parser_free(parser);
  }
}

bench_result bench_measure(const bench_set *s, bool quick) {
  const int min_runs = quick ? 3 : 5, max_runs = quick ? 20 : 200;
  const double budget_ms = quick ? 100 : 1500;
  bench_result r = {0};
  r.findings = lint_set(s);
  parse_set(s);
  double spent = 0;
  while (r.runs < max_runs && (r.runs < min_runs || spent < budget_ms)) {
    double t0 = now_ms();
    parse_set(s);
    double t1 = now_ms();
    lint_set(s);
    double t2 = now_ms();
    if (r.runs == 0 || t1 - t0 < r.parse_ms)
      r.parse_ms = t1 - t0;
    if (r.runs == 0 || t2 - t1 < r.lint_ms)
      r.lint_ms = t2 - t1;
    spent += t2 - t0;
    r.runs++;
  }
  return r;
}
