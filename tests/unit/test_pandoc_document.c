/* Reading the filter's input (document.c), its metadata options (options.c), and the places a
 * .docx finding is shown with (place.c) on the LibreOffice fixture. */
#include "nianbao.h"
#include "pandoc/builder.h"
#include "pandoc/options.h"
#include "pandoc/place.h"
#include "test_pandoc_support.h"

/* Reads `text` as if from standard input; returns the error (heap) or NULL. */
static char *read_error(const char *text, size_t limit, nb_lang lang) {
  FILE *in = fmemopen((void *)text, strlen(text), "r");
  cr_assert_not_null(in);
  pd_document doc;
  char *error = NULL;
  bool ok = pd_document_read(in, limit, lang, &doc, &error);
  fclose(in);
  if (ok) {
    pd_document_free(&doc);
    return NULL;
  }
  cr_assert_not_null(error);
  cr_expect_null(strchr(error, '\n'), "one line: %s", error);
  return error;
}

static void expect_error(const char *text, const char *want) {
  char *e = read_error(text, PD_MAX_INPUT_BYTES, NB_LANG_EN);
  cr_assert_not_null(e, "accepted: %s", text);
  cr_expect(strstr(e, want) != NULL, "'%s' not in: %s", want, e);
  free(e);
}

Test(document, both_supported_api_versions_are_read) {
  cr_expect_null(read_error("{\"pandoc-api-version\":[1,22,2,1],\"meta\":{},\"blocks\":[]}",
                            PD_MAX_INPUT_BYTES, NB_LANG_EN));
  cr_expect_null(read_error("{\"pandoc-api-version\":[1,23,1],\"meta\":{},\"blocks\":[]}",
                            PD_MAX_INPUT_BYTES, NB_LANG_EN));
}

Test(document, bad_input_is_one_clear_line) {
  expect_error("", "standard input is empty");
  expect_error("not json at all", "not valid JSON");
  expect_error("{\"pandoc-api-version\":[1,22,2,1],\"meta\":{},\"blocks\":[{\"t\":\"Para\"",
               "not valid JSON");
  expect_error("[1,2,3]", "not a pandoc document");
  expect_error("{\"meta\":{},\"blocks\":[]}", "not a pandoc document");
  expect_error("{\"pandoc-api-version\":[1,22],\"blocks\":[]}", "not a pandoc document");
  expect_error("{\"pandoc-api-version\":[1,22],\"meta\":{},\"blocks\":{}}",
               "not a pandoc document");
  expect_error("{\"pandoc-api-version\":\"1.22\",\"meta\":{},\"blocks\":[]}",
               "not a pandoc document");
  expect_error("{\"pandoc-api-version\":[1,21],\"meta\":{},\"blocks\":[]}",
               "API version 1.21 is not supported");
  expect_error("{\"pandoc-api-version\":[1,24,0],\"meta\":{},\"blocks\":[]}",
               "API version 1.24 is not supported");
  expect_error("{\"pandoc-api-version\":[2,0],\"meta\":{},\"blocks\":[]}",
               "API version 2.0 is not supported");
  expect_error("{\"pandoc-api-version\":[1,22],\"meta\":{},\"blocks\":[]} trailing",
               "not valid JSON");
}

Test(document, a_document_over_the_limit_is_refused_before_it_is_parsed) {
  const char *doc = "{\"pandoc-api-version\":[1,22,2,1],\"meta\":{},\"blocks\":[]}";
  char *e = read_error(doc, 20, NB_LANG_EN);
  cr_assert_not_null(e);
  cr_expect(strstr(e, "larger than") != NULL, "%s", e);
  free(e);
  cr_expect_null(read_error(doc, strlen(doc), NB_LANG_EN)); /* exactly the limit is fine */
}

Test(document, errors_speak_chinese_by_default) {
  char *e = read_error("[]", PD_MAX_INPUT_BYTES, NB_LANG_ZH);
  cr_expect(strstr(e, "不是 pandoc 文档") != NULL, "%s", e);
  free(e);
}

Test(document, the_bytes_read_are_kept_for_the_default_mode) {
  const char *text = "{\"pandoc-api-version\":[1,22,2,1], \"meta\":{},\"blocks\":[]}\n";
  FILE *in = fmemopen((void *)text, strlen(text), "r");
  pd_document doc;
  char *error = NULL;
  cr_assert(pd_document_read(in, PD_MAX_INPUT_BYTES, NB_LANG_EN, &doc, &error));
  fclose(in);
  cr_assert_eq(doc.len, strlen(text));
  cr_expect(memcmp(doc.bytes, text, doc.len) == 0);
  cr_expect_eq(doc.api_minor, 22);
  pd_document_free(&doc);
}

/* ------------------------------------------------------------------ options */

static bool options_of(const char *meta_json, pd_options *o, char **error) {
  json_error_t jerr;
  json_t *meta = json_loads(meta_json, 0, &jerr);
  cr_assert_not_null(meta, "%s", jerr.text);
  bool ok = pd_options_read(meta, NB_LANG_EN, o, error);
  json_decref(meta);
  return ok;
}

#define MS(s) "{\"t\":\"MetaString\",\"c\":\"" s "\"}"

static const char *const ALL_OPTIONS =
    "{\"nianbao-fail-on\": {\"t\": \"MetaString\", \"c\": \"warning\"},"
    " \"nianbao-annotate\": {\"t\": \"MetaString\", \"c\": \"comments\"},"
    " \"nianbao-report\": {\"t\": \"MetaString\", \"c\": \"out.sarif\"},"
    " \"nianbao-lang\": {\"t\": \"MetaInlines\", \"c\": [{\"t\": \"Str\", \"c\": \"en\"}]},"
    " \"nianbao-config\": {\"t\": \"MetaString\", \"c\": \"c.json\"},"
    " \"nianbao-source\": {\"t\": \"MetaString\", \"c\": \"r.docx\"},"
    " \"title\": {\"t\": \"MetaString\", \"c\": \"not an option\"}}";

Test(options, every_option_is_read) {
  pd_options o;
  char *error = NULL;
  cr_assert(options_of(ALL_OPTIONS, &o, &error), "%s", error);
  cr_expect_eq(o.fail_on, NB_SEV_WARNING);
  cr_expect(o.annotate);
  cr_expect_str_eq(o.report, "out.sarif");
  cr_expect_eq(o.report_format, NB_FORMAT_SARIF);
  cr_expect_eq(o.lang, NB_LANG_EN);
  cr_expect_str_eq(o.config, "c.json");
  cr_expect_str_eq(o.source, "r.docx");
  pd_options_free(&o);
}

Test(options, nothing_given_is_the_default_mode) {
  pd_options o;
  char *error = NULL;
  cr_assert(options_of("{}", &o, &error));
  cr_expect_eq(o.fail_on, -1);
  cr_expect_not(o.annotate);
  cr_expect_null(o.report);
  cr_expect_eq(o.lang, -1);
  pd_options_free(&o);
}

static void expect_refused(const char *meta_json, const char *want) {
  pd_options o;
  char *error = NULL;
  cr_assert_not(options_of(meta_json, &o, &error), "accepted %s", meta_json);
  cr_expect(strstr(error, want) != NULL, "'%s' not in: %s", want, error);
  cr_expect_null(strchr(error, '\n'));
  free(error);
}

Test(options, a_misspelt_key_or_a_bad_value_is_an_error) {
  expect_refused("{\"nianbao-failon\":" MS("error") "}", "unknown metadata key nianbao-failon");
  expect_refused("{\"nianbao-fail-on\":" MS("info") "}", "nianbao-fail-on=info is not valid");
  expect_refused("{\"nianbao-annotate\":" MS("track") "}", "nianbao-annotate=track");
  expect_refused("{\"nianbao-report\":" MS("out.txt") "}", "FILE.json|FILE.sarif");
  expect_refused("{\"nianbao-lang\":" MS("fr") "}", "zh|en");
  expect_refused("{\"nianbao-config\":" MS("") "}", "nianbao-config");
  expect_refused("{\"nianbao-lang\":{\"t\":\"MetaMap\",\"c\":{}}}", "single value");
}

/* ------------------------------------------------------------------ places in a .docx */

Test(place, findings_in_the_libreoffice_fixture_are_named_as_word_shows_them) {
  size_t len;
  char *json = slurp(NB_SOURCE_DIR "/tests/pandoc/fixtures/html-rowspan-faults.json", &len);
  pd_document doc;
  char *error = NULL;
  cr_assert(pd_document_parse(json, len, NB_LANG_ZH, &doc, &error), "%s", error);
  pd_flat f;
  pd_flatten(&doc, &f);
  cr_expect_not(f.positioned);
  nb_analysis a;
  nb_analyze(f.text, f.len, &(nb_lint_options){NULL, NULL, NULL, pd_build_model, &f}, &a);
  /* Each place checked by hand against the fault put into html-rowspan-faults.md. */
  const char *want[][2] = {
      {"text-table-mismatch", "「一、总体情况」第3段"},
      {"table-cell-invalid", "表三「三、本年度办理结果/（一）予以公开」×「总计」"},
      {"label-typo", "表三「（三）不予公开/2.其他法律行政法规禁止公开」"},
      {"table-cell-empty", "表三「（五）不予处理/2.重复申请」×「法人或其他组织·商业企业」"},
      {"sum-review", "表四「行政复议·总计」"},
      {"section-title", "「五、存在的主要问题及改近情况」"},
      {"publication-late", "「六、其他需要报告的事项」第3段"},
  };
  int n = (int)(sizeof want / sizeof want[0]);
  cr_assert_eq(a.diags.count, n);
  for (int i = 0; i < n; i++) {
    cr_expect_str_eq(a.diags.items[i].rule, want[i][0]);
    char *place = pd_place(&f, &a.report, a.diags.items[i].span, NB_LANG_ZH);
    cr_expect_str_eq(place, want[i][1], "%s", want[i][0]);
    free(place);
  }
  char *en = pd_place(&f, &a.report, a.diags.items[4].span, NB_LANG_EN);
  cr_expect_str_eq(en, "table 4 「行政复议·总计」");
  free(en);
  en = pd_place(&f, &a.report, a.diags.items[0].span, NB_LANG_EN);
  cr_expect_str_eq(en, "「一、总体情况」 paragraph 3");
  free(en);
  nb_analysis_free(&a);
  pd_flat_free(&f);
  pd_document_free(&doc);
}
