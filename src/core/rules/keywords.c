#include "keywords.h"

#include <stddef.h>

/* Wordings real reports use for "what happened to last year's problems". A bare 整改 is not
 * one: "督促相关单位限期整改" (seed 004) is a plan for next year, not an account of the last. */
const char *const nb_kw_last_year[] = {"上年", "上一年", "去年", "前一年", "往年", NULL};
const char *const nb_kw_problem_words[] = {"问题", "不足", "短板", "整改", "改进", NULL};
const char *const nb_kw_rectification_done[] = {"整改情况", "问题整改", "已整改", "完成整改",
                                                "整改完成", "整改到位", NULL};
/* A sentence with one of these speaks of next year's work, whatever year it names ("下一步，将
 * 抓好整改落实"). A bare 将 is not one: "将政务公开纳入考核" says what was done. */
const char *const nb_kw_looking_forward[] = {"下一步", "将进一步", "将继续", "将持续", "将加强",
                                             "将不断", "将着力",   "将切实", "计划",   "力争",
                                             "预计",   "争取",     "明年",   "今后",   NULL};

/* 信息处理费 under 国办函〔2020〕109号; "处理费" also covers "信息公开处理费" and "处理费用". */
const char *const nb_kw_fee_statement[] = {"信息处理费", "处理费", NULL};
