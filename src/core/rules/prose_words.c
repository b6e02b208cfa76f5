/* The data behind prose_words.h. */
#include "prose_words.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

const char *const nb_pw_sentence_ends[] = {"。", "！", "？", "；", "!", "?", ";", "\n", NULL};
const char *const nb_pw_clause_ends[] = {"，", ",", "、", "：", ":", "（", "）",
                                         "(",  ")", "【", "】", "“", "”",  NULL};

const char *const nb_pw_count_units[] = {"件", "项", "宗", "个", "份", "条", "起", "部", NULL};
const char *const nb_pw_approx_before[] = {"约",   "近",   "逾",   "超过", "超",
                                           "将近", "大约", "不到", "不足", NULL};
const char *const nb_pw_approx_after[] = {"余", "多", "以上", "左右", "上下", "万", NULL};

const nb_claim_anchor nb_pw_claim_anchors[] = {
    {"依申请公开", NB_CLAIM_APPLICATIONS, NULL},
    {"收到", NB_CLAIM_RECEIVED, NULL},
    {"受理", NB_CLAIM_RECEIVED, NULL},
    {"接收", NB_CLAIM_RECEIVED, NULL},
    {"新收", NB_CLAIM_RECEIVED, NULL},
    {"办结", NB_CLAIM_HANDLED, NULL},
    {"答复", NB_CLAIM_HANDLED, NULL},
    {"办理完毕", NB_CLAIM_HANDLED, NULL},
    {"上年结转", NB_CLAIM_CARRIED_IN, NULL},
    {"上年度结转", NB_CLAIM_CARRIED_IN, NULL},
    {"行政复议", NB_CLAIM_REVIEW, NULL},
    {"行政诉讼", NB_CLAIM_LITIGATION, NULL},
    {"结果维持", NB_CLAIM_OUTCOME, "结果维持"},
    {"结果纠正", NB_CLAIM_OUTCOME, "结果纠正"},
    {"其他结果", NB_CLAIM_OUTCOME, "其他结果"},
    {"尚未审结", NB_CLAIM_OUTCOME, "尚未审结"},
    {"制发", NB_CLAIM_DOCUMENTS, "本年制发件数"},
    {"废止", NB_CLAIM_DOCUMENTS, "本年废止件数"},
    {"现行有效", NB_CLAIM_DOCUMENTS, "现行有效件数"},
};
const int nb_pw_nclaim_anchors = COUNT(nb_pw_claim_anchors);

const char *const nb_pw_application_words[] = {"申请", NULL};
const char *const nb_pw_disclosure_words[] = {"信息公开", "依申请", NULL};
const char *const nb_pw_claim_excluded[] = {
    "咨询", "留言",   "来信",   "来电",   "诉求", "投诉", "举报", "信访", "建议", "提案", "意见",
    "同比", "较上年", "比上年", "较去年", "环比", "增加", "减少", "增长", "下降", "上升", "上年",
    "去年", "上一年", "前年",   "历年",   "以来", "平均", "人次", "其中", "代表", "分别", NULL};
const char *const nb_pw_part_words[] = {"其中", "分别", NULL};
const char *const nb_pw_item_units[] = {"条", NULL};
const char *const nb_pw_item_words[] = {"信息数", "条数", "条目", "数据", NULL};

const nb_document_row nb_pw_document_rows[] = {
    {"规范性文件", "行政规范性文件"},
    {"规章", "规章"},
    {NULL, NULL},
};

const char *const nb_pw_none_received[] = {"未收到", "没有收到", "未接到", "未受理", "无", NULL};
const char *const nb_pw_none_fillers[] = {"政府信息公开", "信息公开", "公开", "任何",
                                          "相关",         "的",       "依",   NULL};
const char *const nb_pw_none_trailers[] = {"公开", "政府信息", "事项", "情况", NULL};
const char *const nb_pw_natural_only[] = {"申请人均为自然人", "申请人全部为自然人",
                                          "申请人都是自然人", "均为自然人申请", NULL};
const char *const nb_pw_natural_only_core = "自然人";

const char *const nb_pw_row_new = "一、本年新收政府信息公开申请数量";
const char *const nb_pw_row_carried = "二、上年结转政府信息公开申请数量";
const char *const nb_pw_row_handled = "（七）总计";
const char *const nb_pw_row_carry_out = "四、结转下年度继续办理";
const char *const nb_pw_col_total = "总计";
const char *const nb_pw_group_legal = "法人或其他组织";
const char *const nb_pw_group_review = "行政复议";
const char *const nb_pw_group_litigation = "行政诉讼";

const char *const nb_pw_parts_intro[] = {"其中", NULL};
const char *const nb_pw_parts_stop[] = {"已",   "办结", "共",   "累计", "合计", "总计",
                                        "全年", "占",   "同比", "比",   "较",   "另",
                                        "此外", "均",   "其中", "以上", NULL};

const char *const nb_pw_period_starts[] = {"自", "从", "为", "期限", NULL};
const char *const nb_pw_period_links[] = {"起至", "至", "到", "—", "-", "－", "~", NULL};
const char *const nb_pw_future_words[] = {"将",   "计划", "拟",   "下一步",
                                          "力争", "预计", "争取", NULL};
const char *const nb_pw_report_name = "政府信息公开工作年度报告";
const char *const nb_pw_other_report[] = {"上年", "上一年", "去年", "往年", "相比",
                                          "对比", "对照",   "比较", "同比", NULL};
const char *const nb_pw_year_leads[] = {"，", ",", "全年", "度，", "度,", "期间", NULL};

const char *const nb_pw_boilerplate[] = {"本报告", "以下简称",   "统计期限", "如对本报告",
                                         "条例》", "信息处理费", NULL};
const char *const nb_pw_copy_unit_break = "：";
