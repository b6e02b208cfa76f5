#include "keywords.h"

#include <stddef.h>

/* Wordings real reports use for "what happened to last year's problems". */
const char *const nb_kw_rectification[] = {"上年", "上一年", "去年", "前一年",
                                           "往年", "整改",   NULL};

/* 信息处理费 under 国办函〔2020〕109号; "处理费" also covers "信息公开处理费" and "处理费用". */
const char *const nb_kw_fee_statement[] = {"信息处理费", "处理费", NULL};
