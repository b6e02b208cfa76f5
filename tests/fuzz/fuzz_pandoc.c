/* libFuzzer target: nianbao-pandoc's input, pandoc's JSON AST, on hostile bytes — reading and
 * the version check, the metadata options, flattening into the stream, the whole lint pipeline
 * through the pandoc model builder, positions and Word places of every finding, and the Word
 * comments put into the tree, which is then written out; and the filter's JSON reader, and
 * fuzz_extract's syntax check, against jansson's. What the filter does with the file system (a
 * configuration, nianbao-report) is left out: a fuzzer must not write files. Built with the other
 * targets (tests/fuzz/README.md). Seeds: the JSON fixtures in tests/pandoc/fixtures and `pandoc -t
 * json` of corpus reports (with and without +sourcepos) in tests/fuzz/seeds/pandoc, a nianbao
 * comment between table rows among them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_syntax.h"
#include "nianbao.h"
#include "pandoc/annotate.h"
#include "pandoc/builder.h"
#include "pandoc/document.h"
#include "pandoc/flat.h"
#include "pandoc/json_read.h"
#include "pandoc/options.h"
#include "pandoc/place.h"
#include "support.h"

/* jansson's refusals of numbers out of range, which json_syntax.h does not check. */
static bool out_of_range(const char *why) {
  return strstr(why, "too big") || strstr(why, "overflow");
}

/* The filter's own JSON reader must read exactly what jansson reads, to the same value; and
 * fuzz_extract's syntax check (json_syntax.h) must accept exactly what jansson reads. `read`:
 * the tree the filter's reader made of the bytes when they were read as a document, which is
 * not parsed a second time; NULL: they are parsed here. */
static void same_as_jansson(const uint8_t *data, size_t size, const json_t *read) {
  pd_json_error err = {0, 0, NULL};
  json_t *parsed = read ? NULL : pd_json_parse((const char *)data, size, &err);
  const json_t *got = read ? read : parsed;
  bool syntax = nb_json_syntax_error((const char *)data, size) == (size_t)-1;
  if (memchr(data, '\0', size)) {
    /* jansson skips a NUL byte (its stream takes one for the end of what it has read) and reads
     * "[null\0]" as [null]; no JSON text holds one, and both readers here must refuse it. */
    if (got || syntax) {
      fprintf(stderr, "a NUL byte accepted by %s\n", got ? "json_read" : "json_syntax");
      abort();
    }
    return;
  }
  json_error_t jerr;
  json_t *want = json_loadb((const char *)data, size, 0, &jerr);
  if (!want != !got || (want && !json_equal(want, got))) {
    fprintf(stderr, "json_read differs from jansson: jansson %s, json_read %s\n",
            want ? "reads it" : jerr.text, got ? "reads it" : err.what);
    abort();
  }
  if (syntax != !!want && !(syntax && out_of_range(jerr.text))) {
    fprintf(stderr, "json_syntax differs from jansson: jansson %s, json_syntax %s\n",
            want ? "reads it" : jerr.text, syntax ? "accepts it" : "refuses it");
    abort();
  }
  json_decref(want);
  json_decref(parsed);
}

/* Below -max_len (262144, tests/fuzz/targets) and above the largest seed (100 KB), so that
 * "too large" is reached too. */
enum { READ_LIMIT = 1 << 17 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* Read as from a pipe. */
  FILE *in = fmemopen((void *)data, size, "r");
  pd_document doc;
  char *error = NULL;
  bool ok = in && pd_document_read(in, READ_LIMIT, NB_LANG_ZH, &doc, &error);
  if (in)
    fclose(in);
  same_as_jansson(data, size, ok ? doc.root : NULL);
  if (!ok) {
    free(error);
    return 0;
  }
  pd_options options;
  if (!pd_options_read(doc.meta, NB_LANG_EN, &options, &error)) {
    free(error);
  } else {
    pd_options_free(&options);
  }

  pd_flat flat;
  pd_flatten(&doc, &flat);
  nb_lint_options lint = {NULL, NULL, NULL, pd_build_model, &flat};
  nb_analysis analysis;
  nb_analyze(flat.text, flat.len, &lint, &analysis);
  for (int i = 0; i < analysis.diags.count; i++) {
    const nb_diag *d = &analysis.diags.items[i];
    char *place = pd_place(&flat, &analysis.report, d->span, i % 2 ? NB_LANG_EN : NB_LANG_ZH);
    fputs(place, nb_fuzz_sink());
    free(place);
    pd_pos a = pd_flat_position(&flat, d->span.start);
    pd_pos b = pd_flat_position(&flat, d->span.end);
    fprintf(nb_fuzz_sink(), "%d:%d-%d:%d\n", a.line, a.column, b.line, b.column);
  }
  pd_annotate(&flat, doc.blocks, &analysis.diags, NB_LANG_ZH, flat.max_comment_id + 1,
              "2024-01-01T00:00:00Z");
  json_dumpf(doc.root, nb_fuzz_sink(), JSON_COMPACT);

  nb_analysis_free(&analysis);
  pd_flat_free(&flat);
  pd_document_free(&doc);
  return 0;
}
