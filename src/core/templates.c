/* The 2019 (试行, 国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号) report templates.
 * Transcribed from ../shared/spec/report-format.md §2–§5; see template.h for the meaning of each
 * field. Row indices in the relations refer to the row arrays right above them. */
#include "template.h"

#include <string.h>

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---------------------------------------------------------------- sections */

static const char *const overview_variants[] = {NULL};
static const char *const active_variants[] = {NULL};
static const char *const applications_variants[] = {NULL};
static const char *const review_variants[] = {"政府信息公开行政复议和行政诉讼情况", NULL};
static const char *const problems_variants[] = {"政府信息公开工作存在的主要问题及改进情况",
                                                "存在的主要问题及整改措施",
                                                "存在的主要问题及改进措施", NULL};
static const char *const other_variants[] = {"其他需要报告事项", NULL};

static const nb_section_spec sections[NB_SECTION_COUNT] = {
    {"一", "总体情况", overview_variants},
    {"二", "主动公开政府信息情况", active_variants},
    {"三", "收到和处理政府信息公开申请情况", applications_variants},
    {"四", "政府信息公开行政复议、行政诉讼情况", review_variants},
    {"五", "存在的主要问题及改进情况", problems_variants},
    {"六", "其他需要报告的事项", other_variants},
};

/* ---------------------------------------------------------------- table 二 */

static const char *const active_header[] = {"信息内容", NULL};

static const nb_column_spec active_2021_item1_cols[] = {
    {"本年制发件数", NULL, NB_UNIT_COUNT, NULL},
    {"本年废止件数", NULL, NB_UNIT_COUNT, NULL},
    {"现行有效件数", NULL, NB_UNIT_COUNT, NULL},
};
static const nb_column_spec active_2021_decision_cols[] = {
    {"本年处理决定数量", NULL, NB_UNIT_COUNT, NULL},
};
static const char *const fee_amount_variants[] = {"本年收费金额", NULL};
static const nb_column_spec active_2021_fee_cols[] = {
    {"本年收费金额（单位：万元）", fee_amount_variants, NB_UNIT_WANYUAN, NULL},
};

static const nb_block_spec active_2021_blocks[] = {
    {"第二十条第（一）项", active_2021_item1_cols, COUNT(active_2021_item1_cols), active_header},
    {"第二十条第（五）项", active_2021_decision_cols, COUNT(active_2021_decision_cols),
     active_header},
    {"第二十条第（六）项", active_2021_decision_cols, COUNT(active_2021_decision_cols),
     active_header},
    {"第二十条第（八）项", active_2021_fee_cols, COUNT(active_2021_fee_cols), active_header},
};

static const nb_row_spec active_2021_rows[] = {
    {"规章", NULL, NB_ROW_DATA, 0, -1},     {"行政规范性文件", NULL, NB_ROW_DATA, 0, -1},
    {"行政许可", NULL, NB_ROW_DATA, 1, -1}, {"行政处罚", NULL, NB_ROW_DATA, 2, -1},
    {"行政强制", NULL, NB_ROW_DATA, 2, -1}, {"行政事业性收费", NULL, NB_ROW_DATA, 3, -1},
};

static const nb_table_spec active_2021 = {"表二 主动公开政府信息情况",
                                          "table 2 (proactive disclosure)",
                                          active_2021_blocks,
                                          COUNT(active_2021_blocks),
                                          active_2021_rows,
                                          COUNT(active_2021_rows),
                                          NULL,
                                          0};

static const nb_column_spec active_2019_item1_cols[] = {
    {"本年新制作数量", NULL, NB_UNIT_COUNT, NULL},
    {"本年新公开数量", NULL, NB_UNIT_COUNT, NULL},
    {"对外公开总数量", NULL, NB_UNIT_COUNT, NULL},
};
static const nb_column_spec active_2019_decision_cols[] = {
    {"上一年项目数量", NULL, NB_UNIT_COUNT, NULL},
    {"本年增/减", NULL, NB_UNIT_SIGNED_COUNT, NULL},
    {"处理决定数量", NULL, NB_UNIT_COUNT, NULL},
};
static const nb_column_spec active_2019_fee_cols[] = {
    {"上一年项目数量", NULL, NB_UNIT_COUNT, NULL},
    {"本年增/减", NULL, NB_UNIT_SIGNED_COUNT, NULL},
};
static const nb_column_spec active_2019_purchase_cols[] = {
    {"采购项目数量", NULL, NB_UNIT_COUNT, NULL},
    {"采购总金额", NULL, NB_UNIT_WANYUAN, NULL},
};

static const nb_block_spec active_2019_blocks[] = {
    {"第二十条第（一）项", active_2019_item1_cols, COUNT(active_2019_item1_cols), active_header},
    {"第二十条第（五）项", active_2019_decision_cols, COUNT(active_2019_decision_cols),
     active_header},
    {"第二十条第（六）项", active_2019_decision_cols, COUNT(active_2019_decision_cols),
     active_header},
    {"第二十条第（八）项", active_2019_fee_cols, COUNT(active_2019_fee_cols), active_header},
    {"第二十条第（九）项", active_2019_purchase_cols, COUNT(active_2019_purchase_cols),
     active_header},
};

static const nb_row_spec active_2019_rows[] = {
    {"规章", NULL, NB_ROW_DATA, 0, -1},
    {"规范性文件", NULL, NB_ROW_DATA, 0, -1},
    {"行政许可", NULL, NB_ROW_DATA, 1, -1},
    {"其他对外管理服务事项", NULL, NB_ROW_DATA, 1, -1},
    {"行政处罚", NULL, NB_ROW_DATA, 2, -1},
    {"行政强制", NULL, NB_ROW_DATA, 2, -1},
    {"行政事业性收费", NULL, NB_ROW_DATA, 3, -1},
    {"政府集中采购", NULL, NB_ROW_DATA, 4, -1},
};

static const nb_table_spec active_2019 = {"表二 主动公开政府信息情况",
                                          "table 2 (proactive disclosure)",
                                          active_2019_blocks,
                                          COUNT(active_2019_blocks),
                                          active_2019_rows,
                                          COUNT(active_2019_rows),
                                          NULL,
                                          0};

/* ---------------------------------------------------------------- table 三 */

static const char *const applications_header[] = {
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
    "法人或其他组织", NULL};

static const nb_column_spec applications_cols[] = {
    {"自然人", NULL, NB_UNIT_COUNT, NULL},
    {"商业企业", NULL, NB_UNIT_COUNT, "法人或其他组织"},
    {"科研机构", NULL, NB_UNIT_COUNT, "法人或其他组织"},
    {"社会公益组织", NULL, NB_UNIT_COUNT, "法人或其他组织"},
    {"法律服务机构", NULL, NB_UNIT_COUNT, "法人或其他组织"},
    {"其他", NULL, NB_UNIT_COUNT, "法人或其他组织"},
    {"总计", NULL, NB_UNIT_COUNT, NULL},
};

static const nb_block_spec applications_blocks[] = {
    {NULL, applications_cols, COUNT(applications_cols), applications_header},
};

/* Rows 0..23 are the same in both templates; they differ from （六）其他处理 on. */
#define APPLICATION_ROWS_COMMON                                                                    \
  {"一、本年新收政府信息公开申请数量", NULL, NB_ROW_DATA, 0, -1},                                  \
      {"二、上年结转政府信息公开申请数量", NULL, NB_ROW_DATA, 0, -1},                              \
      {"三、本年度办理结果", NULL, NB_ROW_GROUP, 0, -1},                                           \
      {"（一）予以公开", NULL, NB_ROW_DATA, 0, 2},                                                 \
      {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", NULL, NB_ROW_DATA, 0, 2},       \
      {"（三）不予公开", NULL, NB_ROW_GROUP, 0, 2}, {"1.属于国家秘密", NULL, NB_ROW_DATA, 0, 5},   \
      {"2.其他法律行政法规禁止公开", NULL, NB_ROW_DATA, 0, 5},                                     \
      {"3.危及“三安全一稳定”", NULL, NB_ROW_DATA, 0, 5},                                           \
      {"4.保护第三方合法权益", NULL, NB_ROW_DATA, 0, 5},                                           \
      {"5.属于三类内部事务信息", NULL, NB_ROW_DATA, 0, 5},                                         \
      {"6.属于四类过程性信息", NULL, NB_ROW_DATA, 0, 5},                                           \
      {"7.属于行政执法案卷", NULL, NB_ROW_DATA, 0, 5},                                             \
      {"8.属于行政查询事项", NULL, NB_ROW_DATA, 0, 5},                                             \
      {"（四）无法提供", NULL, NB_ROW_GROUP, 0, 2},                                                \
      {"1.本机关不掌握相关政府信息", NULL, NB_ROW_DATA, 0, 14},                                    \
      {"2.没有现成信息需要另行制作", NULL, NB_ROW_DATA, 0, 14},                                    \
      {"3.补正后申请内容仍不明确", NULL, NB_ROW_DATA, 0, 14},                                      \
      {"（五）不予处理", NULL, NB_ROW_GROUP, 0, 2},                                                \
      {"1.信访举报投诉类申请", NULL, NB_ROW_DATA, 0, 18},                                          \
      {"2.重复申请", NULL, NB_ROW_DATA, 0, 18},                                                    \
      {"3.要求提供公开出版物", NULL, NB_ROW_DATA, 0, 18},                                          \
      {"4.无正当理由大量反复申请", NULL, NB_ROW_DATA, 0, 18}, {                                    \
    "5.要求行政机关确认或重新出具已获取信息", NULL, NB_ROW_DATA, 0, 18                             \
  }

static const nb_row_spec applications_2021_rows[] = {
    APPLICATION_ROWS_COMMON,
    {"（六）其他处理", NULL, NB_ROW_GROUP, 0, 2},
    {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", NULL, NB_ROW_DATA, 0, 24},
    {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", NULL, NB_ROW_DATA,
     0, 24},
    {"3.其他", NULL, NB_ROW_DATA, 0, 24},
    {"（七）总计", NULL, NB_ROW_DATA, 0, 2},
    {"四、结转下年度继续办理", NULL, NB_ROW_DATA, 0, -1},
};

static const nb_row_spec applications_2019_rows[] = {
    APPLICATION_ROWS_COMMON,
    {"（六）其他处理", NULL, NB_ROW_DATA, 0, 2},
    {"（七）总计", NULL, NB_ROW_DATA, 0, 2},
    {"四、结转下年度继续办理", NULL, NB_ROW_DATA, 0, -1},
};

/* Row indices shared by both templates' outcome relation: （一）（二） and the groups
 * （三）（四）（五）（六）, each group standing for the sum of its rows. */
static const nb_term outcome_terms[] = {{3, +1}, {4, +1}, {5, +1}, {14, +1}, {18, +1}, {24, +1}};
static const nb_term row_total_terms[] = {{0, +1}, {1, +1}, {2, +1}, {3, +1}, {4, +1}, {5, +1}};

/* The table's own note: 第一项加第二项之和，等于第三项加第四项之和. Written as
 * 结转下年度 = 本年新收 + 上年结转 − 办理结果总计, so the finding sits on the carry-over. */
static const nb_term balance_2021_terms[] = {{0, +1}, {1, +1}, {28, -1}};
static const nb_term balance_2019_terms[] = {{0, +1}, {1, +1}, {25, -1}};

static const nb_relation applications_2021_relations[] = {
    {"sum-balance", NB_REL_PER_COLUMN, 0, 29, balance_2021_terms, COUNT(balance_2021_terms)},
    {"sum-outcome", NB_REL_PER_COLUMN, 0, 28, outcome_terms, COUNT(outcome_terms)},
    {"sum-row", NB_REL_PER_ROW, 0, 6, row_total_terms, COUNT(row_total_terms)},
};

static const nb_relation applications_2019_relations[] = {
    {"sum-balance", NB_REL_PER_COLUMN, 0, 26, balance_2019_terms, COUNT(balance_2019_terms)},
    {"sum-outcome", NB_REL_PER_COLUMN, 0, 25, outcome_terms, COUNT(outcome_terms)},
    {"sum-row", NB_REL_PER_ROW, 0, 6, row_total_terms, COUNT(row_total_terms)},
};

static const nb_table_spec applications_2021 = {"表三 收到和处理政府信息公开申请情况",
                                                "table 3 (requests received and handled)",
                                                applications_blocks,
                                                COUNT(applications_blocks),
                                                applications_2021_rows,
                                                COUNT(applications_2021_rows),
                                                applications_2021_relations,
                                                COUNT(applications_2021_relations)};

static const nb_table_spec applications_2019 = {"表三 收到和处理政府信息公开申请情况",
                                                "table 3 (requests received and handled)",
                                                applications_blocks,
                                                COUNT(applications_blocks),
                                                applications_2019_rows,
                                                COUNT(applications_2019_rows),
                                                applications_2019_relations,
                                                COUNT(applications_2019_relations)};

/* ---------------------------------------------------------------- table 四 */

static const char *const review_header[] = {"行政复议", "行政诉讼", "未经复议直接起诉",
                                            "复议后起诉", NULL};

#define REVIEW_GROUP(g)                                                                            \
  {"结果维持", NULL, NB_UNIT_COUNT, g}, {"结果纠正", NULL, NB_UNIT_COUNT, g},                      \
      {"其他结果", NULL, NB_UNIT_COUNT, g}, {"尚未审结", NULL, NB_UNIT_COUNT, g}, {                \
    "总计", NULL, NB_UNIT_COUNT, g                                                                 \
  }

static const nb_column_spec review_cols[] = {
    REVIEW_GROUP("行政复议"),
    REVIEW_GROUP("行政诉讼·未经复议直接起诉"),
    REVIEW_GROUP("行政诉讼·复议后起诉"),
};

static const nb_block_spec review_blocks[] = {
    {NULL, review_cols, COUNT(review_cols), review_header},
};

/* One unlabelled data row: its values are placed by order, never by a row label. */
static const nb_row_spec review_rows[] = {
    {NULL, NULL, NB_ROW_DATA, 0, -1},
};

static const nb_term review_terms_1[] = {{0, +1}, {1, +1}, {2, +1}, {3, +1}};
static const nb_term review_terms_2[] = {{5, +1}, {6, +1}, {7, +1}, {8, +1}};
static const nb_term review_terms_3[] = {{10, +1}, {11, +1}, {12, +1}, {13, +1}};

static const nb_relation review_relations[] = {
    {"sum-review", NB_REL_PER_ROW, 0, 4, review_terms_1, COUNT(review_terms_1)},
    {"sum-review", NB_REL_PER_ROW, 0, 9, review_terms_2, COUNT(review_terms_2)},
    {"sum-review", NB_REL_PER_ROW, 0, 14, review_terms_3, COUNT(review_terms_3)},
};

static const nb_table_spec review_table = {"表四 政府信息公开行政复议、行政诉讼情况",
                                           "table 4 (administrative review and litigation)",
                                           review_blocks,
                                           COUNT(review_blocks),
                                           review_rows,
                                           COUNT(review_rows),
                                           review_relations,
                                           COUNT(review_relations)};

/* ---------------------------------------------------------------- section 一 aspects */

/* What section 一 says when it covers an aspect: the aspect's name, and the work real reports
 * describe under it without naming it (the platforms by name, the management steps, the means
 * of oversight). */
static const char *const kw_active[] = {"主动公开", NULL};
static const char *const kw_request[] = {"依申请公开", "依申请", "公开申请", NULL};
static const char *const kw_management[] = {
    "政府信息管理", "信息管理", "发布审核", "保密审查", "动态调整", "规范性文件清理", NULL};
static const char *const kw_platform[] = {"平台建设",   "公开平台",     "网站",
                                          "政务新媒体", "政务公开专区", "公开栏",
                                          "电子屏",     "平台载体建设", NULL};
static const char *const kw_oversight[] = {"监督保障", "监督",     "保障",     "考核", "培训",
                                           "社会评议", "责任追究", "监督检查", NULL};
static const char *const kw_assessment[] = {"考核", "评议", "责任追究", NULL};

static const nb_aspect_spec overview_2021[] = {
    {"主动公开", "proactive disclosure", kw_active, false},
    {"依申请公开", "disclosure on request", kw_request, false},
    {"政府信息管理", "information management", kw_management, false},
    {"政府信息公开平台建设", "disclosure platforms", kw_platform, false},
    {"监督保障", "oversight and safeguards", kw_oversight, false},
    {"工作考核、社会评议和责任追究", "assessment, public evaluation and accountability",
     kw_assessment, true},
};

/* ---------------------------------------------------------------- outdated signals */

static const nb_outdated_label outdated_2021[] = {
    {NB_TABLE_ACTIVE, NB_LABEL_ROW, "规范性文件", "行政规范性文件"},
    {NB_TABLE_ACTIVE, NB_LABEL_ROW, "其他对外管理服务事项", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_ROW, "政府集中采购", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "本年新制作数量", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "本年新公开数量", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "对外公开总数量", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "上一年项目数量", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "本年增/减", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "处理决定数量", "本年处理决定数量"},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "采购项目数量", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_COLUMN, "采购总金额", NULL},
    {NB_TABLE_ACTIVE, NB_LABEL_BLOCK, "第二十条第（九）项", NULL},
    /* A single data row （六）其他处理 with no sub-rows is the 2019 layout; the table reader
     * records it through nb_row.group_as_data (model.h), not through this list. */
};

static const char *const outdated_notices_2021[] = {"国办公开办函〔2019〕60号", NULL};
static const char *const outdated_notices_2019[] = {NULL};

/* ---------------------------------------------------------------- units in cells */

/* Counts are of documents (件, 份, 部), decisions and items (项, 条, 个, 宗, 起) or cases (次);
 * amounts in table 二 are in 万元. A sum in 元 is not 万元: it is an invalid cell there, not a
 * number to be read as if it were. */
static const nb_cell_unit cell_units[] = {
    {"万元", false, true}, {"元", false, false}, {"件", true, false}, {"条", true, false},
    {"项", true, false},   {"个", true, false},  {"宗", true, false}, {"起", true, false},
    {"份", true, false},   {"部", true, false},  {"次", true, false},
};

/* The bytes the unit words start with: readers ask at nearly every byte after a digit, and
 * nearly every byte starts no unit at all. Written out, not computed once: the guard of a
 * computed table cost more than the lookup it saves (test_template asks for every unit
 * word of cell_units, so a word with another lead byte fails it). */
static const bool unit_leads[256] = {
    [0xE4] = true, /* 万 件 个 份 */
    [0xE5] = true, /* 元 宗 */
    [0xE6] = true, /* 条 次 */
    [0xE8] = true, /* 起 */
    [0xE9] = true, /* 项 部 */
};

const nb_cell_unit *nb_cell_unit_at_wide(const char *s, size_t len) {
  if (!len || !unit_leads[(unsigned char)s[0]])
    return NULL;
  const nb_cell_unit *best = NULL;
  size_t best_len = 0;
  for (int k = 0; k < COUNT(cell_units); k++) {
    if (cell_units[k].word[0] != s[0])
      continue;
    size_t n = strlen(cell_units[k].word);
    if (len >= n && n > best_len && memcmp(s, cell_units[k].word, n) == 0) {
      best = &cell_units[k];
      best_len = n;
    }
  }
  return best;
}

const nb_cell_unit *nb_cell_units(int *count) {
  *count = COUNT(cell_units);
  return cell_units;
}

bool nb_cell_unit_fits(const nb_cell_unit *u, nb_unit column) {
  return column == NB_UNIT_WANYUAN ? u->wanyuan : u->count;
}

/* ---------------------------------------------------------------- templates */

static const nb_template templates[NB_TPL_COUNT] = {
    {NB_TPL_2019,
     "2019年试行版",
     "国办公开办函〔2019〕60号",
     2019,
     sections,
     {&active_2019, &applications_2019, &review_table},
     NULL,
     0,
     outdated_notices_2019,
     NULL,
     0},
    {NB_TPL_2021,
     "2021年版",
     "国办公开办函〔2021〕30号",
     2021,
     sections,
     {&active_2021, &applications_2021, &review_table},
     outdated_2021,
     COUNT(outdated_2021),
     outdated_notices_2021,
     overview_2021,
     COUNT(overview_2021)},
};

const char *const nb_header_corner_words[] = {"类别", "类型", "项目", "序号", "名称", NULL};

const nb_template *nb_template_get(nb_template_id id) {
  if (id < 0 || id >= NB_TPL_COUNT)
    return NULL;
  return &templates[id];
}

nb_template_id nb_template_for_year(int year) {
  return year <= 2020 ? NB_TPL_2019 : NB_TPL_2021;
}

int nb_table_spec_find_row(const nb_table_spec *spec, const char *label) {
  for (int i = 0; i < spec->nrows; i++)
    if (spec->rows[i].label && strcmp(spec->rows[i].label, label) == 0)
      return i;
  return -1;
}
