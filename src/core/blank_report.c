#include "blank_report.h"

#include <stddef.h>

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

static void heading(const nb_template *tpl, nb_section_id id, nb_textbuf *out) {
  nb_textbuf_printf(out, "## %s、%s\n\n", tpl->sections[id].numeral, tpl->sections[id].title);
}

void nb_blank_report(const nb_template *tpl, int year, const char *org, nb_organ_kind kind,
                     nb_textbuf *out) {
  nb_textbuf_printf(out, "# %s%d%s\n\n", org, year, title_suffix);
  nb_textbuf_printf(out, prompt_intro, year, year);
  nb_textbuf_puts(out, "\n\n");

  heading(tpl, NB_SEC_OVERVIEW, out);
  int n = 0;
  for (int a = 0; a < tpl->noverview_aspects; a++) {
    const nb_aspect_spec *aspect = &tpl->overview_aspects[a];
    if (aspect->government_only && kind != NB_ORGAN_GOVERNMENT)
      continue;
    nb_textbuf_printf(out, prompt_aspect, cn_numerals[n % 10], aspect->name, aspect->name);
    nb_textbuf_puts(out, "\n\n");
    n++;
  }

  static const nb_section_id table_sections[NB_TABLE_COUNT] = {NB_SEC_ACTIVE, NB_SEC_APPLICATIONS,
                                                               NB_SEC_REVIEW};
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    heading(tpl, table_sections[t], out);
    nb_canonical_blank_table(tpl->tables[t], out);
    nb_textbuf_puts(out, "\n");
  }

  heading(tpl, NB_SEC_PROBLEMS, out);
  for (int i = 0; prompt_problems[i]; i++)
    nb_textbuf_printf(out, "%s\n\n", prompt_problems[i]);

  heading(tpl, NB_SEC_OTHER, out);
  nb_textbuf_printf(out, "%s\n\n%s\n\n%s\n", prompt_fee, org, prompt_signature);
}
