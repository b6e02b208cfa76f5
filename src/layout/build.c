#include "build.h"

#include "facts.h"
#include "reflow.h"
#include "sections.h"
#include "table_reader.h"

/* The section each statutory table belongs to. */
static const nb_section_id table_sections[NB_TABLE_COUNT] = {
    [NB_TABLE_ACTIVE] = NB_SEC_ACTIVE,
    [NB_TABLE_APPLICATIONS] = NB_SEC_APPLICATIONS,
    [NB_TABLE_REVIEW] = NB_SEC_REVIEW,
};

/* A report whose year cannot be read is most likely recent: judge it by the current template. */
static const nb_template_id template_when_year_unknown = NB_TPL_2021;

void nb_table_item_range(const nb_report *r, nb_table_id id, int *first, int *end) {
  nb_section_id want = table_sections[id];
  const nb_section *own = nb_report_section(r, want);
  if (own) {
    *first = own->first_item;
    *end = own->end_item;
    return;
  }
  /* The nearest lower section in document order, then the first higher one after it. */
  int prev = -1;
  for (int k = 0; k < r->nsections; k++)
    if (r->sections[k].id < want && (prev < 0 || r->sections[k].id >= r->sections[prev].id))
      prev = k;
  int next = -1;
  for (int k = prev + 1; k < r->nsections && next < 0; k++)
    if (r->sections[k].id > want)
      next = k;
  *first = prev >= 0 ? r->sections[prev].first_item : 0;
  *end = next >= 0 ? nb_section_heading_item(&r->sections[next]) : r->stream.nitems;
  /* Tables are read in template order, so the one before this is already placed: material it
   * used is not this table's. Without this, a lost 四 heading would make table 三 be read
   * again as table 四. */
  const nb_table *before = id > 0 ? &r->tables[id - 1] : NULL;
  if (before && before->found)
    while (*first < *end && r->stream.items[*first].span.start < before->span.end)
      (*first)++;
}

/* The report comes nb_report_init'ed, its tables set up for the current template and not read
 * yet: only a table of another template's layout is set up again (most reports are recent, and
 * setting up a table touches every cell). */
static void choose_template(nb_report *r) {
  r->template_id = r->year ? nb_template_for_year(r->year) : template_when_year_unknown;
  r->tpl = nb_template_get(r->template_id);
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    if (r->tables[t].spec == r->tpl->tables[t])
      continue;
    nb_table_free(&r->tables[t]);
    nb_table_init(&r->tables[t], (nb_table_id)t, r->tpl->tables[t]);
  }
}

void nb_build_report(nb_report *r) {
  nb_find_sections(r);
  nb_reflow_lost_breaks(r);
  nb_find_dates(r);
  nb_find_title_and_year(r);
  choose_template(r);
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    int first, end;
    nb_table_item_range(r, (nb_table_id)t, &first, &end);
    if (first < end)
      nb_read_table(&r->stream, first, end, r->tpl, (nb_table_id)t, &r->tables[t]);
    /* A table read from inside a line ends inside it: the next is read from what follows. */
    nb_reflow_around_table(r, (nb_table_id)t);
  }
}
