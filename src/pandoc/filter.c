/* The filter's run: read the document, flatten it, lint it with the library's one pipeline
 * (nianbao.h, this front-end's model builder plugged in), show the findings, and give pandoc the
 * document back — byte for byte, or with the findings as Word comments. */
#include "filter.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/xalloc.h"
#include "../lint/atomic_write.h"
#include "../lint/config_file.h"
#include "../nianbao.h"
#include "../output/emit.h"
#include "annotate.h"
#include "builder.h"
#include "document.h"
#include "flat.h"
#include "help.h"
#include "options.h"
#include "place.h"

static void say(FILE *err, nb_lang lang, const char *zh_fmt, const char *en_fmt, ...)
    __attribute__((format(printf, 3, 5)));

static void say(FILE *err, nb_lang lang, const char *zh_fmt, const char *en_fmt, ...) {
  va_list ap;
  va_start(ap, en_fmt);
  char *text = nb_strdup_vprintf(lang == NB_LANG_EN ? en_fmt : zh_fmt, ap);
  va_end(ap);
  fprintf(err, "nianbao-pandoc: %s\n", text);
  free(text);
}

/* ------------------------------------------------------------------ positions */

/* The position of offset, or of the nearest piece before it that has one (a title from the
 * metadata has none), or 1:1. */
static pd_pos position_near(const pd_flat *f, size_t offset) {
  pd_pos pos = pd_flat_position(f, offset);
  for (int p = pd_flat_piece_at(f, offset); pos.line == 0 && p >= 0; p--)
    pos = f->pieces[p].pos;
  if (pos.line == 0) {
    pos.line = pos.column = 1;
    pos.file = 0;
  }
  return pos;
}

static nb_range locate(nb_span span, const void *data) {
  const pd_flat *f = data;
  pd_pos a = position_near(f, span.start);
  nb_range r = {a.line, a.column, a.line, a.column};
  if (span.end > span.start && span.end <= f->len) {
    size_t last = span.end - 1;
    while (last > span.start && ((unsigned char)f->text[last] & 0xC0) == 0x80)
      last--;
    pd_pos b = pd_flat_position(f, last);
    if (b.line > a.line || (b.line == a.line && b.column >= a.column)) {
      r.end_line = b.line;
      r.end_column = b.column + 1;
    }
  }
  return r;
}

/* The findings of a positioned document split by the file their start lies in (pandoc reads
 * several Markdown files as one document). The lists share the diagnostics of `all`. */
typedef struct {
  nb_file_result *results;
  nb_diag_list *lists;
  int count;
} file_results;

static void group_by_file(const pd_flat *f, const nb_analysis *a, const char *source,
                          file_results *out) {
  int nfiles = f->nfiles > 0 ? f->nfiles : 1;
  out->results = nb_xcalloc((size_t)nfiles, sizeof *out->results);
  out->lists = nb_xcalloc((size_t)nfiles, sizeof *out->lists);
  out->count = 0;
  int *slot = nb_xmalloc((size_t)nfiles * sizeof *slot);
  for (int i = 0; i < nfiles; i++)
    slot[i] = -1;
  for (int i = 0; i < a->diags.count; i++) {
    const nb_diag *d = &a->diags.items[i];
    int file = f->positioned ? position_near(f, d->span.start).file : 0;
    if (file < 0 || file >= nfiles)
      file = 0;
    if (slot[file] < 0) {
      slot[file] = out->count++;
      nb_file_result *r = &out->results[slot[file]];
      const char *name =
          f->positioned && f->nfiles > 0 && f->files[file][0] ? f->files[file] : source;
      *r = (nb_file_result){name, f->text, f->len, &out->lists[slot[file]], NULL, NULL};
      if (f->positioned) {
        r->locate = locate;
        r->locate_data = f;
      }
    }
    nb_diag_list *l = &out->lists[slot[file]];
    nb_grow((void **)&l->items, &l->cap, l->count + 1, sizeof *l->items);
    l->items[l->count++] = *d;
  }
  free(slot);
}

static void free_file_results(file_results *fr) {
  for (int i = 0; i < fr->count; i++)
    free(fr->lists[i].items); /* the diagnostics themselves belong to the analysis */
  free(fr->lists);
  free(fr->results);
}

/* ------------------------------------------------------------------ showing findings */

static void put_one_line(FILE *out, const char *s) {
  for (; *s; s++)
    fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* For a document without lines: "SOURCE: PLACE: severity: message [rule]". */
static void print_places(FILE *err, const pd_flat *f, const nb_analysis *a, const char *source,
                         nb_lang lang) {
  for (int i = 0; i < a->diags.count; i++) {
    const nb_diag *d = &a->diags.items[i];
    char *place = pd_place(f, &a->report, d->span, lang);
    fprintf(err, "%s: %s: %s: ", source, place, nb_severity_name(d->severity));
    put_one_line(err, nb_diag_message(d, lang));
    fprintf(err, " [%s]\n", d->rule);
    free(place);
  }
}

static bool write_report(const pd_options *o, const file_results *fr, nb_lang lang, FILE *err) {
  char *data = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&data, &len);
  if (!mem) {
    say(err, lang, "内存不足", "out of memory");
    return false;
  }
  nb_emit(mem, o->report_format, lang, fr->results, fr->count);
  fclose(mem);
  nb_write_result result;
  bool ok = nb_write_atomic(o->report, data, len, NULL, 0, &result);
  free(data);
  if (!ok) {
    char *why = nb_write_error_message(&result, o->report, lang);
    say(err, lang, "无法写入报告文件：%s", "cannot write the report file: %s", why);
    free(why);
  }
  return ok;
}

/* ------------------------------------------------------------------ the run */

/* An ISO 8601 time for the comments: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * now. */
static void comment_date(char *buf, size_t size) {
  time_t t = time(NULL);
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  if (epoch && *epoch) {
    char *end;
    long long v = strtoll(epoch, &end, 10);
    if (*end == '\0' && v >= 0)
      t = (time_t)v;
  }
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static bool is_failure(const nb_analysis *a, int fail_on) {
  if (fail_on < 0)
    return false;
  for (int i = 0; i < a->diags.count; i++)
    if ((int)a->diags.items[i].severity <= fail_on)
      return true;
  return false;
}

typedef struct {
  pd_document doc;
  pd_options options;
  nb_config_set configs;
  pd_flat flat;
  nb_analysis analysis;
  bool analysed;
} run_state;

static void run_free(run_state *s) {
  if (s->analysed)
    nb_analysis_free(&s->analysis);
  pd_flat_free(&s->flat);
  nb_config_set_free(&s->configs);
  pd_options_free(&s->options);
  pd_document_free(&s->doc);
}

static int usage(FILE *err, nb_lang lang, const char *arg) {
  say(err, lang, "未知的参数 %s（pandoc 以“nianbao-pandoc 目标格式”运行本过滤器；见 --help）",
      "unknown argument %s (pandoc runs this filter as `nianbao-pandoc TARGET-FORMAT`; see "
      "--help)",
      arg);
  return 2;
}

int pd_filter_main(int argc, char **argv, FILE *in, FILE *out, FILE *err) {
  nb_lang lang = nb_lang_from_locale(getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"));
  if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    fputs(pd_help_text(lang), out);
    return 0;
  }
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    fprintf(out, "nianbao-pandoc %s\n", NB_VERSION);
    return 0;
  }
  if (argc > 2 || (argc == 2 && argv[1][0] == '-'))
    return usage(err, lang, argv[argc > 2 ? 2 : 1]);
  if (in == stdin && isatty(fileno(stdin))) {
    say(err, lang, "标准输入是终端：本过滤器由 pandoc 运行（pandoc 文件 --filter nianbao-pandoc）",
        "standard input is a terminal: pandoc runs this filter (pandoc FILE --filter "
        "nianbao-pandoc)");
    return 2;
  }

  run_state s;
  memset(&s, 0, sizeof s);
  nb_config_set_init(&s.configs);
  char *error = NULL;
  if (!pd_document_read(in, PD_MAX_INPUT_BYTES, lang, &s.doc, &error) ||
      !pd_options_read(s.doc.meta, lang, &s.options, &error)) {
    say(err, lang, "%s", "%s", error);
    free(error);
    run_free(&s);
    return 2;
  }
  if (s.options.lang >= 0)
    lang = (nb_lang)s.options.lang;

  pd_flatten(&s.doc, &s.flat);
  const char *source = s.options.source ? s.options.source : "-";
  /* The configuration is found as `nianbao lint` finds it for the file: from the source's
   * directory (its name from nianbao-source, or from data-pos), else the current one. */
  const char *operand = s.options.source                          ? s.options.source
                        : s.flat.nfiles > 0 && s.flat.files[0][0] ? s.flat.files[0]
                                                                  : "-";
  const nb_settings *settings = NULL;
  if (!nb_config_for(&s.configs, s.options.config, operand, lang, &settings, &error)) {
    say(err, lang, "%s", "%s", error);
    free(error);
    run_free(&s);
    return 2;
  }
  if (s.options.lang < 0 && settings && settings->lang >= 0)
    lang = (nb_lang)settings->lang;

  nb_lint_options lint = {.settings = settings, .build = pd_build_model, .build_data = &s.flat};
  nb_analyze(s.flat.text, s.flat.len, &lint, &s.analysis);
  s.analysed = true;

  file_results fr;
  group_by_file(&s.flat, &s.analysis, source, &fr);
  if (s.flat.positioned)
    nb_emit(err, NB_FORMAT_GCC, lang, fr.results, fr.count);
  else
    print_places(err, &s.flat, &s.analysis, source, lang);
  bool ok = !s.options.report || write_report(&s.options, &fr, lang, err);
  free_file_results(&fr);
  if (!ok) {
    run_free(&s);
    return 2;
  }

  if (s.options.annotate) {
    char date[32];
    comment_date(date, sizeof date);
    pd_annotate(&s.flat, s.doc.blocks, &s.analysis.diags, lang, s.flat.max_comment_id + 1, date);
    json_dumpf(s.doc.root, out, JSON_COMPACT);
  } else {
    fwrite(s.doc.bytes, 1, s.doc.len, out);
  }
  if (fflush(out) != 0 || ferror(out)) {
    say(err, lang, "无法写出文档：%s", "cannot write the document: %s", strerror(errno));
    run_free(&s);
    return 2;
  }
  int status = is_failure(&s.analysis, s.options.fail_on) ? 1 : 0;
  run_free(&s);
  return status;
}
