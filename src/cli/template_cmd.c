/* `nianbao template --year Y --org NAME [--kind department|government|township]`: the blank
 * report (core/blank_report.h) for the template in force for year Y (2019 template up to
 * 2020). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/blank_report.h"
#include "../core/template.h"
#include "../core/text.h"
#include "../layout/facts.h"
#include "args.h"
#include "commands.h"
#include "lang.h"
#include "messages.h"

typedef struct {
  nb_lang lang;
  bool help;
  const char *year;
  const char *org;
  int kind; /* nb_organ_kind; NB_ORGAN_UNKNOWN: read from the name */
} template_settings;

static bool set_year(void *s, const char *v) {
  ((template_settings *)s)->year = v;
  return true;
}

static bool set_org(void *s, const char *v) {
  ((template_settings *)s)->org = v;
  return true;
}

static bool set_kind(void *s, const char *v) {
  static const struct {
    const char *name;
    nb_organ_kind kind;
  } kinds[] = {{"department", NB_ORGAN_DEPARTMENT},
               {"government", NB_ORGAN_GOVERNMENT},
               {"township", NB_ORGAN_TOWNSHIP}};
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (strcmp(v, kinds[i].name) == 0) {
      ((template_settings *)s)->kind = kinds[i].kind;
      return true;
    }
  return false;
}

static bool set_lang(void *s, const char *v) {
  int l = nb_lang_parse(v);
  if (l < 0)
    return false;
  ((template_settings *)s)->lang = (nb_lang)l;
  return true;
}

static bool set_help(void *s, const char *v) {
  (void)v;
  ((template_settings *)s)->help = true;
  return true;
}

static const nb_option template_options[] = {
    {"--year", NULL, true, "YEAR", set_year},
    {"--org", NULL, true, "NAME", set_org},
    {"--kind", NULL, true, "department|government|township", set_kind},
    {"--lang", NULL, true, "zh|en", set_lang},
    {"--help", "-h", false, NULL, set_help},
};

/* The organ's name goes into the title line: a line break or a control character would break
 * the heading, or reach the user's terminal as an escape sequence. */
static bool has_control_character(const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp = nb_utf8_next(s, len, &i);
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
      return true;
  }
  return false;
}

/* A report year: four digits, from the first template's year to far enough ahead. */
static bool parse_year(const char *s, int *year) {
  char *end = NULL;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < 2000 || v > 2999)
    return false;
  *year = (int)v;
  return true;
}

static void print_report(const nb_template *tpl, int year, const char *org, nb_organ_kind kind) {
  nb_textbuf b = {0};
  nb_blank_report(tpl, year, org, kind, &b);
  if (b.data)
    fputs(b.data, stdout);
  nb_textbuf_free(&b);
}

int nb_cmd_template(int nargs, char **args, nb_lang lang) {
  template_settings s = {lang, false, NULL, NULL, NB_ORGAN_UNKNOWN};
  nb_operands extra;
  if (!nb_args_parse(nargs, args, template_options,
                     (int)(sizeof template_options / sizeof template_options[0]), &s, lang, &extra))
    return 2;
  int status = 0, year = 0;
  if (s.help) {
    nb_cli_print_help(stdout, s.lang);
  } else if (extra.count > 0) {
    status = nb_cli_usage_error(s.lang, "多余的参数 %s", "unexpected argument %s", extra.items[0]);
  } else if (!s.year) {
    status = nb_cli_usage_error(s.lang, "缺少 --year", "missing --year");
  } else if (!parse_year(s.year, &year)) {
    status = nb_cli_usage_error(s.lang, "--year 的值无效：%s（应为 2000–2999 的年份）",
                                "invalid value for --year: %s (expected a year 2000-2999)", s.year);
  } else if (!s.org || !s.org[0]) {
    status =
        nb_cli_usage_error(s.lang, "缺少 --org（机关名称）", "missing --org (the organ's name)");
  } else if (nb_utf8_validate(s.org, strlen(s.org)) < strlen(s.org)) {
    status = nb_cli_usage_error(s.lang, "--org 的值不是有效的 UTF-8 文本",
                                "the value of --org is not valid UTF-8 text");
  } else if (has_control_character(s.org)) {
    status = nb_cli_usage_error(s.lang, "--org 的值应是一行文字，不含换行符或控制字符",
                                "the value of --org must be one line of text, without line breaks "
                                "or control characters");
  } else {
    /* lint reads the organ's kind from its name: a name that reads as a people's government
     * owes the government-only aspect whatever --kind says. */
    nb_organ_kind named = nb_organ_kind_of(s.org, strlen(s.org));
    nb_organ_kind kind = s.kind != NB_ORGAN_UNKNOWN ? (nb_organ_kind)s.kind : named;
    if (named == NB_ORGAN_GOVERNMENT)
      kind = NB_ORGAN_GOVERNMENT;
    print_report(nb_template_get(nb_template_for_year(year)), year, s.org, kind);
  }
  nb_operands_free(&extra);
  return status;
}
