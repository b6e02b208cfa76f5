/* Words and labels the prose and across-years rules look for. They are data, kept in one
 * place (prose_words.c), so that a wording seen in a new report is a one-line change. */
#ifndef NB_RULE_PROSE_WORDS_H
#define NB_RULE_PROSE_WORDS_H

#include "../model.h"

/* ------------------------------------------------------------ prose buffer */

/* Characters that end a sentence, and those that end a clause inside one. */
extern const char *const nb_pw_sentence_ends[];
extern const char *const nb_pw_clause_ends[];

/* ------------------------------------------------------------ numbers */

/* Units a count of applications, cases or documents is written with. */
extern const char *const nb_pw_count_units[];
/* Words right before a number that make it approximate (约, 近, 超过 …). */
extern const char *const nb_pw_approx_before[];
/* Words right after the digits that make it approximate (余, 多 …). */
extern const char *const nb_pw_approx_after[];

/* ------------------------------------------------------------ claims about the tables */

typedef enum {
  NB_CLAIM_NONE = 0,
  NB_CLAIM_APPLICATIONS, /* "依申请公开政府信息10件": received, or handled */
  NB_CLAIM_RECEIVED,     /* 收到/受理 N件: 本年新收, or 本年新收 + 上年结转 */
  NB_CLAIM_HANDLED,      /* 办结/答复 N件: （七）总计 */
  NB_CLAIM_CARRIED_IN,   /* 上年结转 N件 */
  NB_CLAIM_REVIEW,       /* 行政复议 N件: table 四 行政复议 总计 */
  NB_CLAIM_LITIGATION,   /* 行政诉讼 N件: both 行政诉讼 总计 columns */
  NB_CLAIM_OUTCOME,      /* 结果维持 N件 … after a 行政复议/行政诉讼 total */
  NB_CLAIM_DOCUMENTS,    /* 制发/废止/现行有效 N件 of 规范性文件 or 规章 */
} nb_claim_kind;

typedef struct {
  const char *word;
  nb_claim_kind kind;
  /* NB_CLAIM_OUTCOME: the table-四 column label; NB_CLAIM_DOCUMENTS: the table-二 column. */
  const char *column;
} nb_claim_anchor;

extern const nb_claim_anchor nb_pw_claim_anchors[];
extern const int nb_pw_nclaim_anchors;

/* A received/handled claim is about applications only when one of these is in it. */
extern const char *const nb_pw_application_words[];
/* 行政复议/行政诉讼 claims count only in a sentence about information disclosure. */
extern const char *const nb_pw_disclosure_words[];
/* Words in a claim's clause that make the number something other than the table's total:
 * another kind of request, a comparison, a part, another year, a narrower organ. */
extern const char *const nb_pw_claim_excluded[];
/* A count of requests is never written in these units, nor with these words between its
 * anchor and its number: "依申请公开信息数12条" counts the documents disclosed, not requests. */
extern const char *const nb_pw_item_units[];
extern const char *const nb_pw_item_words[];
/* Excluded words that still allow an outcome part ("其中结果维持 72 件"). */
extern const char *const nb_pw_part_words[];

/* The table-二 rows a document claim can be about, each with the word that names it. */
typedef struct {
  const char *word; /* "规范性文件" */
  const char *row;  /* official row label */
} nb_document_row;
extern const nb_document_row nb_pw_document_rows[];

/* "未收到政府信息公开申请": a negation, filler words, then an application word. */
extern const char *const nb_pw_none_received[];
extern const char *const nb_pw_none_fillers[];
/* Words that may follow the application word in such a statement. */
extern const char *const nb_pw_none_trailers[];
/* "申请人均为自然人". */
extern const char *const nb_pw_natural_only[];
/* A word every statement of nb_pw_natural_only holds: a prose without it holds none. */
extern const char *const nb_pw_natural_only_core; /* 自然人 */

/* Table labels the claims resolve (through nb_table_spec_find_row and the column specs). */
extern const char *const nb_pw_row_new;          /* 一、本年新收… */
extern const char *const nb_pw_row_carried;      /* 二、上年结转… */
extern const char *const nb_pw_row_handled;      /* （七）总计 */
extern const char *const nb_pw_row_carry_out;    /* 四、结转下年度继续办理 */
extern const char *const nb_pw_col_total;        /* 总计 */
extern const char *const nb_pw_group_legal;      /* 法人或其他组织 */
extern const char *const nb_pw_group_review;     /* 行政复议 */
extern const char *const nb_pw_group_litigation; /* 行政诉讼 (prefix of both groups) */

/* ------------------------------------------------------------ parts after a total */

extern const char *const nb_pw_parts_intro[]; /* 其中 */
/* A clause starting with one of these ends the parts list (已办结 12102 件 is not a part). */
extern const char *const nb_pw_parts_stop[];

/* ------------------------------------------------------------ years and dates */

/* Words right before 1月1日 that open the statistics period, and those between its two dates. */
extern const char *const nb_pw_period_starts[];
extern const char *const nb_pw_period_links[];
/* A sentence about the future ("2024年，我镇将…"): its year is a plan, not the report year. */
extern const char *const nb_pw_future_words[];
/* What the introduction calls the report it introduces: "（编制完成）2023年度政府信息公开工作年度
 * 报告". The year stands before it, with at most MAX words (an organ's name) between. */
extern const char *const nb_pw_report_name;
/* A sentence with one of these names another report (last year's, one compared with). */
extern const char *const nb_pw_other_report[];
/* What may follow "YYYY年" when the sentence narrates the report year ("2023年，", "2023年全年").
 */
extern const char *const nb_pw_year_leads[];

/* ------------------------------------------------------------ copied text */

/* Sentences every report carries by statute or by the template: never "copied". */
extern const char *const nb_pw_boilerplate[];
/* Inside a sentence, what follows this mark is compared on its own. */
extern const char *const nb_pw_copy_unit_break;

#endif
