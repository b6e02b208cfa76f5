#include "report_detect.h"

#include <string.h>

#include "../core/text.h"
#include "../layout/sections.h"

enum {
  /* A title is a short line: a sentence that mentions the report's name is not one. */
  MAX_TITLE_CPS = 60,
  /* How far a title may stand from the top when no section heading bounds the search. */
  TITLE_SEARCH_ITEMS = 12,
};

static bool ends_with(const char *s, size_t len, const char *suffix) {
  size_t n = strlen(suffix);
  return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* A short line before the first section whose text, markup aside, ends with the report's
 * name ("# 某局2024年政府信息公开工作年度报告", "**…年度报告**"). */
static bool has_title_line(const nb_report *r) {
  int limit = r->nsections > 0 ? nb_section_heading_item(&r->sections[0]) : TITLE_SEARCH_ITEMS;
  if (limit > r->stream.nitems)
    limit = r->stream.nitems;
  for (int i = 0; i < limit; i++) {
    const nb_stream_item *item = &r->stream.items[i];
    if (item->kind == NB_ITEM_ROW)
      continue;
    size_t s = item->span.start, e = item->span.end;
    nb_strip_markup(r->text, &s, &e);
    if (s < e && nb_utf8_count(r->text + s, e - s) <= MAX_TITLE_CPS &&
        ends_with(r->text + s, e - s, NB_REPORT_TITLE_WORDS))
      return true;
  }
  return false;
}

static int distinct_sections(const nb_report *r) {
  bool seen[NB_SECTION_COUNT] = {false};
  int n = 0;
  for (int i = 0; i < r->nsections; i++) {
    nb_section_id id = r->sections[i].id;
    if (id < NB_SECTION_COUNT && !seen[id]) {
      seen[id] = true;
      n++;
    }
  }
  return n;
}

/* The model's title ("YYYY年…报告") when it names government information disclosure: a line
 * "2023年度工作报告" in a README is not a report's title. */
static bool has_model_title(const nb_report *r) {
  static const char subject[] = "政府信息公开";
  return !nb_span_is_empty(r->title) &&
         nb_find_bytes(r->text + r->title.start, r->title.end - r->title.start, subject,
                       sizeof subject - 1) != NULL;
}

bool nb_is_report(const nb_report *r, bool named_by_configuration) {
  return named_by_configuration || has_model_title(r) || has_title_line(r) ||
         distinct_sections(r) >= 2;
}
