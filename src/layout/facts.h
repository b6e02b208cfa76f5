/* Facts a report states outside its tables: the report year and title, the organ that wrote
 * it, and every date in the text with the signature date among them. */
#ifndef NB_FACTS_H
#define NB_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/model.h"

/* The kind of organ a name denotes, from its ending: "白玉县人民政府办公室" is a department,
 * "叶城县喀格勒克镇" a township, "疏勒县人民政府" and a bare "喀什市" a government. */
nb_organ_kind nb_organ_kind_of(const char *name, size_t len);

/* Reads a date written as "2024年1月23日", "2024 年 2 月 19 日", "二〇二四年一月二十三日" or
 * the malformed "20231月1日" (year 20231, month 0) starting exactly at s[0]. On success fills
 * *d (span relative to s) and returns true. */
bool nb_parse_date(const char *s, size_t len, nb_date *d);

/* Finds the year of a title, "YYYY年…政府信息公开…" or "YYYY 年…报告", in t[s, e); sets the
 * year digits' span and the year. */
bool nb_find_title_year(const char *t, size_t s, size_t e, nb_span *digits, int *year);

/* Fills r->dates (every date in r->text, in order) and r->signature_date (a date that ends a
 * short line among the final lines after the last section heading, else -1). Needs
 * r->sections. */
void nb_find_dates(nb_report *r);

/* Fills r->title, r->organ, r->organ_kind, r->year and r->year_span. The year comes from the
 * title ("XXXX年政府信息公开工作年度报告"), else from the statistics period ("自2023年1月1日"),
 * else the signature year minus one; 0 when none of them is there. Needs r->sections and
 * r->dates. */
void nb_find_title_and_year(nb_report *r);

#endif
