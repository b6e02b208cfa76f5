/* `nianbao fmt [--write|--check] FILE…|-`: the canonical Markdown form of each report
 * (src/markdown/render_canonical.h). Without an option it prints the form; --write rewrites
 * each file that is not already canonical, atomically (atomic_write.h); --check changes nothing
 * and exits 1 when some file is not canonical (for CI). Exit 2 on a usage error or an
 * unreadable file. */
#include <stdlib.h>
#include <string.h>

#include "../lint/atomic_write.h"
#include "../lint/input.h"
#include "../markdown/render_canonical.h"
#include "args.h"
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

/* 0 canonical or done, 1 not canonical (--check), 2 failure. What fmt prints, what --write
 * writes and what --check compares with the file are the same bytes: the canonical text in the
 * file's encoding, with its byte-order mark and line ending. */
static int format_one(const char *path, const fmt_settings *s) {
  nb_input in;
  if (nb_input_read(path, &in) != NB_INPUT_OK) {
    char *why = nb_input_error_message(&in, display_name(path), s->lang);
    nb_cli_error(s->lang, "%s", "%s", why);
    free(why);
    nb_input_free(&in);
    return 2;
  }
  size_t len = 0, size = 0;
  char *text = nb_markdown_format(in.text, in.len, &len);
  char *out = NULL;
  int status = 0;
  if (!nb_input_encode(&in, text, len, &out, &size)) {
    nb_cli_error(s->lang, "%s：无法按 %s 编码格式化后的文本",
                 "%s: cannot encode the formatted text as %s", display_name(path), in.encoding);
    status = 2;
  } else if (s->check) {
    if (size != in.size || memcmp(out, in.data, size) != 0) {
      nb_cli_error(s->lang, "%s 不是规范格式（nianbao fmt --write 可改写）",
                   "%s is not in canonical form (nianbao fmt --write rewrites it)",
                   display_name(path));
      status = 1;
    }
  } else if (s->write && strcmp(path, "-") != 0) {
    nb_write_result result;
    if ((size != in.size || memcmp(out, in.data, size) != 0) &&
        !nb_write_atomic(path, out, size, in.data, in.size, &result)) {
      char *why = nb_write_error_message(&result, path, s->lang);
      nb_cli_error(s->lang, "%s", "%s", why);
      free(why);
      status = 2;
    }
  } else {
    fwrite(out, 1, size, stdout);
  }
  free(out);
  free(text);
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
