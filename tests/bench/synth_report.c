/* Whole synthetic reports: title, the six sections of the template in force with prose in the
 * register real reports use, the three tables in the chosen layout, and a signature. */
#include <string.h>

#include "synth.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *const places[] = {"洪泽", "清江", "淮阴", "盱眙", "涟水", "金湖",
                                     "东湖", "西城", "南山", "北塘", "临川", "安平"};
static const char *const organs[] = {"区人民政府", "县人民政府", "市发展和改革委员会",
                                     "区财政局",   "县教育局",   "市生态环境局"};

/* Sentences in the register of the corpus; each takes one number. None restates a table, so
 * the prose never contradicts the tables (text-table-mismatch stays quiet). */
static const char *const filler[] = {
    "全年通过政府门户网站主动公开政府信息%"
    "d条，内容涵盖政策文件、财政预决算、重大项目等。",
    "组织开展政务公开业务培训%d次，进一步提高工作人员的业务能力。",
    "累计发布政策解读材料%d篇，其中图文解读占比进一步提升。",
    "通过政务新媒体发布信息%d条，及时回应社会关切。",
    "全年召开新闻发布会%d场，邀请相关部门主要负责人出席。",
    "对%d个政府网站栏目开展常态化监测，发现问题及时整改。",
    "全年更新政务公开专栏信息%d条，做到应公开尽公开。",
    "修订完善政府信息公开指南和目录，更新事项%d项。",
    "在政务服务中心设立政府信息查阅点%d个，方便群众查阅。",
    "全年接听群众咨询电话%d人次，耐心解答群众疑问。",
};

static const char *const problems[] = {
    "政策解读的形式还不够丰富",       "依申请公开工作规范性有待提高",
    "基层政务公开标准化建设有待加强", "政务新媒体更新频率不够均衡",
    "公开内容的深度和广度还有待提升",
};

static const char *const ordinals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

static void sentence(bench_buf *out, bench_prng *p) {
  bench_buf_printf(out, filler[bench_below(p, COUNT(filler))], 1 + bench_below(p, 2000));
}

static void paragraph(bench_buf *out, bench_prng *p, int sentences) {
  for (int i = 0; i < sentences; i++)
    sentence(out, p);
  bench_buf_puts(out, "\n\n");
}

static void heading(bench_buf *out, const nb_template *tpl, int section, bench_layout layout) {
  const nb_section_spec *s = &tpl->sections[section];
  if (layout == BENCH_PIPE || layout == BENCH_HTML)
    bench_buf_printf(out, "## %s、%s\n\n", s->numeral, s->title);
  else if (layout == BENCH_SPACED)
    bench_buf_printf(out, "   %s、%s\n", s->numeral, s->title);
  else
    bench_buf_printf(out, "%s、%s\n\n", s->numeral, s->title);
}

static void overview(bench_buf *out, const nb_template *tpl, bench_prng *p, int year) {
  bench_buf_printf(out,
                   "%d年，我单位深入贯彻落实《中华人民共和国政府信息公开条例》，"
                   "坚持以公开为常态、不公开为例外。",
                   year);
  paragraph(out, p, 1 + bench_below(p, 2));
  for (int i = 0; i < tpl->noverview_aspects && i < COUNT(ordinals); i++) {
    bench_buf_printf(out, "（%s）%s情况。", ordinals[i], tpl->overview_aspects[i].name);
    paragraph(out, p, 1 + bench_below(p, 3));
  }
}

static void improvements(bench_buf *out, bench_prng *p, int year) {
  bench_buf_printf(out, "%d年，我单位政府信息公开工作取得一定成效，但仍存在一些问题：%s。", year,
                   problems[bench_below(p, COUNT(problems))]);
  bench_buf_printf(out, "针对上一年度存在的问题，已逐项整改到位。下一步，");
  int steps = 2 + bench_below(p, 3);
  for (int i = 0; i < steps; i++) {
    bench_buf_printf(out, "%s是", ordinals[i]);
    sentence(out, p);
  }
  bench_buf_puts(out, "\n\n");
}

static void table(bench_buf *out, const nb_template *tpl, nb_table_id id, bench_layout layout,
                  bench_prng *p) {
  bench_values values;
  bench_values_fill(&values, tpl->tables[id], p, 25);
  bench_render_table(out, &values, layout, p);
  bench_values_free(&values);
}

static void report(bench_buf *out, bench_layout layout, bench_prng *p, size_t overview_padding) {
  /* One report in ten is a 2019-template year, so both templates' data get exercised. */
  int year = bench_chance(p, 10) ? 2019 + bench_below(p, 2) : 2021 + bench_below(p, 4);
  const nb_template *tpl = nb_template_get(nb_template_for_year(year));
  const char *place = places[bench_below(p, COUNT(places))];
  const char *organ = organs[bench_below(p, COUNT(organs))];

  const char *title_mark = layout == BENCH_PIPE || layout == BENCH_HTML ? "# " : "";
  bench_buf_printf(out, "%s%s%s%d年政府信息公开工作年度报告\n\n", title_mark, place, organ, year);
  bench_buf_printf(out,
                   "本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据"
                   "统计期限自%d年1月1日起至%d年12月31日止。\n\n",
                   year, year);
  for (int s = 0; s < NB_SECTION_COUNT; s++) {
    heading(out, tpl, s, layout);
    switch ((nb_section_id)s) {
    case NB_SEC_OVERVIEW:
      overview(out, tpl, p, year);
      for (size_t start = out->len; out->len - start < overview_padding;)
        paragraph(out, p, 2 + bench_below(p, 6));
      break;
    case NB_SEC_ACTIVE:
      table(out, tpl, NB_TABLE_ACTIVE, layout, p);
      break;
    case NB_SEC_APPLICATIONS:
      table(out, tpl, NB_TABLE_APPLICATIONS, layout, p);
      break;
    case NB_SEC_REVIEW:
      table(out, tpl, NB_TABLE_REVIEW, layout, p);
      break;
    case NB_SEC_PROBLEMS:
      improvements(out, p, year);
      break;
    case NB_SEC_OTHER:
      bench_buf_printf(out, "%d年，本单位未收取政府信息公开信息处理费。\n\n", year);
      break;
    case NB_SECTION_COUNT:
      break;
    }
  }
  /* Signed in January: within every organ kind's deadline. */
  bench_buf_printf(out, "%s%s\n\n%d年1月%d日\n", place, organ, year + 1, 1 + bench_below(p, 28));
}

void bench_synth_report(bench_buf *out, bench_layout layout, bench_prng *p) {
  report(out, layout, p, 0);
}

void bench_synth_big(bench_buf *out, size_t target_bytes, bench_prng *p) {
  /* The rest of a report is a few kilobytes: section 一 takes up the difference. */
  enum { REST_OF_REPORT = 6 * 1024 };
  report(out, BENCH_PIPE, p, target_bytes > REST_OF_REPORT ? target_bytes - REST_OF_REPORT : 0);
}

const char *bench_layout_name(bench_layout layout) {
  static const char *const names[BENCH_LAYOUT_COUNT] = {"pipe", "html", "tab", "cell-lines",
                                                        "spaced"};
  return layout < BENCH_LAYOUT_COUNT ? names[layout] : "?";
}
