/* Text whose line breaks were lost.
 *
 * A web page saved as text often arrives with its white space collapsed: the title, every
 * section heading, every paragraph and the tables' labels and digits follow each other on one
 * line or a few ("…取得积极成效。一、总体情况2025年，…"). The readers work on stream items, one
 * per line; here the breaks that were lost are put back as item boundaries — never by changing
 * the text — so every span still points at the report's own bytes.
 *
 * Crawler metadata lines ("标题:", "发布时间:", "来源:", "==== 正文 ====") and a site breadcrumb
 * ("当前位置：首页 > …") standing before the report are not the report: they leave the stream,
 * and a breadcrumb run into the title is cut off it. */
#ifndef NB_REFLOW_H
#define NB_REFLOW_H

#include <stdbool.h>

#include "../core/model.h"

/* Needs r->sections (nb_find_sections) and re-finds them when it changed the stream:
 *   - drops crawler metadata and breadcrumb lines before the first section heading;
 *   - splits a line at a section heading run into it ("。一、总体情况2025年"), for sections
 *     not found on a line of their own, in template order;
 *   - splits the title ("…2023年政府信息公开工作年度报告") off the text run into it, and cuts a
 *     breadcrumb off its front;
 *   - splits the signature (organ and date) off the end of the last line. */
void nb_reflow_lost_breaks(nb_report *r);

/* Splits the line items table `id` (found, sharing its lines) starts or ends inside of, so that
 * prose run into a table stays prose and the next table is read from what follows it.
 * Re-finds the sections when it split anything. */
void nb_reflow_around_table(nb_report *r, nb_table_id id);

/* True when text[line] is a crawler metadata line or a breadcrumb. */
bool nb_is_crawler_metadata(const char *text, nb_span line);

#endif
