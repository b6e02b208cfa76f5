/* `nianbao template --year Y --org NAME [--kind department|government|township]`: a blank
 * report in canonical form for the template in force for year Y (2019 template up to 2020):
 * the title, the six official section headings, short prompts where prose is due (one
 * sub-item per aspect section 一 must cover), the three tables with every row and column and
 * empty value cells, a fee statement in 六 and a signature placeholder. Filled in, it lints
 * clean; blank, it lints with one table-cell-empty per row and nothing about its structure. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/canonical.h"
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

/* The prompts: what the drafter is asked to write. */
static const char *const prompt_intro =
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告中所列数据的"
    "统计期限自%d年1月1日起至%d年12月31日止。（请补充本报告电子版的查阅方式和联系方式。）";
static const char *const prompt_aspect = "（%s）%s。（请填写本年度%s工作情况。）";
static const char *const prompt_problems[] = {
    "（一）存在的主要问题。（请填写。）",
    "（二）改进情况。（请填写改进措施。）",
    "（三）上年度问题整改情况。（请填写上年度报告所列问题的整改情况。）",
    NULL,
};
static const char *const prompt_fee =
    "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度收取信息处理费（请填写）"
    "元。（请填写其他需要报告的事项，没有则写明。）";
static const char *const prompt_signature = "（落款日期）";
static const char *const title_suffix = "年政府信息公开工作年度报告";

static const char *const cn_numerals[] = {"一", "二", "三", "四", "五",
                                          "六", "七", "八", "九", "十"};

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

static void print_heading(const nb_template *tpl, nb_section_id id) {
  printf("## %s、%s\n\n", tpl->sections[id].numeral, tpl->sections[id].title);
}

static void print_table(const nb_table_spec *spec) {
  nb_textbuf b = {0};
  nb_canonical_blank_table(spec, &b);
  if (b.data)
    fputs(b.data, stdout);
  nb_textbuf_free(&b);
  putchar('\n');
}

static void print_report(const nb_template *tpl, int year, const char *org, nb_organ_kind kind) {
  printf("# %s%d%s\n\n", org, year, title_suffix);
  printf(prompt_intro, year, year);
  printf("\n\n");

  print_heading(tpl, NB_SEC_OVERVIEW);
  int n = 0;
  for (int a = 0; a < tpl->noverview_aspects; a++) {
    const nb_aspect_spec *aspect = &tpl->overview_aspects[a];
    if (aspect->government_only && kind != NB_ORGAN_GOVERNMENT)
      continue;
    printf(prompt_aspect, cn_numerals[n % 10], aspect->name, aspect->name);
    printf("\n\n");
    n++;
  }

  static const nb_section_id table_sections[NB_TABLE_COUNT] = {NB_SEC_ACTIVE, NB_SEC_APPLICATIONS,
                                                               NB_SEC_REVIEW};
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    print_heading(tpl, table_sections[t]);
    print_table(tpl->tables[t]);
  }

  print_heading(tpl, NB_SEC_PROBLEMS);
  for (int i = 0; prompt_problems[i]; i++)
    printf("%s\n\n", prompt_problems[i]);

  print_heading(tpl, NB_SEC_OTHER);
  printf("%s\n\n%s\n\n%s\n", prompt_fee, org, prompt_signature);
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
