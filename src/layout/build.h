/* Builds the report model from the neutral stream, whatever front-end filled it.
 *
 * Order matters: sections first (the title is looked for before section 一, the signature
 * after the last section), then dates, title and year, then the template the year calls for,
 * then each statutory table read from its own section. */
#ifndef NB_BUILD_H
#define NB_BUILD_H

#include "../core/model.h"

/* Fills r->sections, dates, title, organ, year, template and tables from r->stream. r comes
 * nb_report_init'ed and is built once. */
void nb_build_report(nb_report *r);

/* The stream items [*first, *end) table `id` is read from: its section's body, or, when that
 * section is missing, the stretch between the neighbouring present sections. */
void nb_table_item_range(const nb_report *r, nb_table_id id, int *first, int *end);

#endif
