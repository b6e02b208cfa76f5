/* Keyword lists the prose-level structure rules look for. They are data, kept in one place
 * (keywords.c) so that a wording seen in a new report is a one-line change. */
#ifndef NB_RULE_KEYWORDS_H
#define NB_RULE_KEYWORDS_H

/* Section 五 gives an account of last year's problems (rectification-missing): a sentence that
 * names last year (one of these, or the year before the report's, "2023年") together with its
 * problems or their fixing, or that states a fix as done; and that does not look forward. */
extern const char *const nb_kw_last_year[];
extern const char *const nb_kw_problem_words[];
extern const char *const nb_kw_rectification_done[];
extern const char *const nb_kw_looking_forward[];
/* Section 六 says something about information processing fees (fee-statement-missing). */
extern const char *const nb_kw_fee_statement[];

#endif
