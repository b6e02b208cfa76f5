/* `nianbao fmt [--write|--check] FILE…|-`: the canonical Markdown form of each report
 * (src/markdown/render_canonical.h). Without an option it prints the form; --write rewrites
 * each file that is not already canonical, atomically; --check changes nothing and exits 1 when
 * some file is not canonical (for CI). Exit 2 on a usage error or an unreadable file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/encoding.h"
#include "../lint/input.h"
#include "../markdown/render_canonical.h"
#include "args.h"
#include "atomic_write.h"
#include "commands.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_lang lang;
  bool help;
  bool write;
  bool check;
} fmt_settings;

static bool set_lang(void *s, const char *v) {
  int l = nb_lang_parse(v);
  if (l < 0)
    return false;
  ((fmt_settings *)s)->lang = (nb_lang)l;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((fmt_settings *)s)->help = true;
  return true;
}

static bool set_write(void *s, const char *v) {
  (void)v;
  ((fmt_settings *)s)->write = true;
  return true;
}

static bool set_check(void *s, const char *v) {
  (void)v;
  ((fmt_settings *)s)->check = true;
  return true;
}

static const nb_option fmt_options[] = {
    {"--write", "-w", false, NULL, set_write},
    {"--check", NULL, false, NULL, set_check},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--help", "-h", false, NULL, set_help},
};

static const char *display_name(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Writes `text` over `path` in the encoding the file was read in (GB18030 stays GB18030). */
static bool write_in_encoding(const char *path, const nb_input *in, const char *text, size_t len,
                              int *err) {
  if (!in->decoded)
    return nb_write_atomic(path, text, len, err);
  char *encoded = NULL;
  size_t n = 0;
  if (!nb_gb18030_encode(text, len, &encoded, &n)) {
    *err = EILSEQ;
    return false;
  }
  bool ok = nb_write_atomic(path, encoded, n, err);
  free(encoded);
  return ok;
}

/* 0 canonical or done, 1 not canonical (--check), 2 failure. */
static int format_one(const char *path, const fmt_settings *s) {
  nb_input in;
  if (nb_input_read(path, &in) != NB_INPUT_OK) {
    char *why = nb_input_error_message(&in, display_name(path), s->lang);
    nb_cli_error(s->lang, "%s", "%s", why);
    free(why);
    nb_input_free(&in);
    return 2;
  }
  size_t len = 0;
  char *out = nb_markdown_format(in.text, in.len, &len);
  /* A GB18030 file is canonical when its text is: --write keeps the file's encoding. */
  bool canonical = in.decoded ? len == in.len && memcmp(out, in.text, len) == 0
                              : len == in.size && memcmp(out, in.data, len) == 0;
  int status = 0;
  if (s->check) {
    if (!canonical) {
      nb_cli_error(s->lang, "%s 不是规范格式（nianbao fmt --write 可改写）",
                   "%s is not in canonical form (nianbao fmt --write rewrites it)",
                   display_name(path));
      status = 1;
    }
  } else if (s->write && strcmp(path, "-") != 0) {
    int err = 0;
    if (!canonical && !write_in_encoding(path, &in, out, len, &err)) {
      nb_cli_error(s->lang, "无法写入 %s：%s", "cannot write %s: %s", path, strerror(err));
      status = 2;
    }
  } else {
    fwrite(out, 1, len, stdout);
  }
  free(out);
  nb_input_free(&in);
  return status;
}

int nb_cmd_fmt(int nargs, char **args, nb_lang lang) {
  fmt_settings settings = {lang, false, false, false};
  nb_operands files;
  if (!nb_args_parse(nargs, args, fmt_options, (int)(sizeof fmt_options / sizeof fmt_options[0]),
                     &settings, lang, &files))
    return 2;
  if (settings.help) {
    nb_cli_print_help(stdout, settings.lang);
    nb_operands_free(&files);
    return 0;
  }
  int status = 0;
  if (files.count == 0)
    status = nb_cli_usage_error(settings.lang, "缺少要格式化的文件", "no file to format");
  else if (settings.write && settings.check)
    status = nb_cli_usage_error(settings.lang, "--write 与 --check 不能同时使用",
                                "--write and --check cannot be used together");
  if (status != 0) {
    nb_operands_free(&files);
    return status;
  }
  for (int i = 0; i < files.count; i++) {
    int one = format_one(files.items[i], &settings);
    if (one > status)
      status = one;
  }
  nb_operands_free(&files);
  return status;
}
