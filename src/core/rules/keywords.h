/* Keyword lists the prose-level structure rules look for. They are data, kept in one place
 * (keywords.c) so that a wording seen in a new report is a one-line change. */
#ifndef NB_RULE_KEYWORDS_H
#define NB_RULE_KEYWORDS_H

/* Section 五 gives an account of last year's problems (rectification-missing). */
extern const char *const nb_kw_rectification[];
/* Section 六 says something about information processing fees (fee-statement-missing). */
extern const char *const nb_kw_fee_statement[];

#endif
