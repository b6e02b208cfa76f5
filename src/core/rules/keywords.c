#include "keywords.h"

#include <stddef.h>

/* Wordings real reports use for "what happened to last year's problems". A bare 整改 is not
 * one: "督促相关单位限期整改" (seed 004) is a plan for next year, not an account of the last. */
const char *const nb_kw_rectification[] = {"上年",     "上一年",   "去年",     "前一年",   "往年",
                                           "整改情况", "整改落实", "落实整改", "问题整改", "已整改",
                                           "完成整改", "整改完成", "整改到位", NULL};

/* 信息处理费 under 国办函〔2020〕109号; "处理费" also covers "信息公开处理费" and "处理费用". */
const char *const nb_kw_fee_statement[] = {"信息处理费", "处理费", NULL};
