/* Whether a document is a report. Editors attach the server to every Markdown file, and a
 * README is not a report missing five sections: a document is linted only when it has a report
 * title (a short line ending in 政府信息公开工作年度报告 before the first section, or a title
 * "YYYY年…政府信息公开…报告" the model found), or at least two of the six sections, or when the
 * configuration names it ("reports" patterns). The language server applies it to every document;
 * the command line only with --reports-only (a commit hook sees every staged Markdown file), and
 * otherwise lints whatever it is given. */
#ifndef NB_REPORT_DETECT_H
#define NB_REPORT_DETECT_H

#include <stdbool.h>

#include "../core/model.h"

/* The title every report's title ends with. */
#define NB_REPORT_TITLE_WORDS "政府信息公开工作年度报告"

bool nb_is_report(const nb_report *r, bool named_by_configuration);

#endif
