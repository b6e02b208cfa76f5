/* Reads one statutory table from a stretch of the neutral stream, whatever its layout.
 *
 * The reader finds where the table starts and ends inside [first, end), splits the material
 * into cells (pipe rows, HTML <table>, tab-separated lines, one cell per line or paragraph,
 * space-aligned pdftotext columns, rows a front-end split already), recognises labels against
 * the template (both the current and, for label-outdated, the older template), aligns the rows
 * it saw with the template's rows, and parses every value with its exact span. */
#ifndef NB_TABLE_READER_H
#define NB_TABLE_READER_H

#include "../core/model.h"
#include "stream.h"

/* Fills `out` (which must have been nb_table_init'ed for `tpl->tables[id]`). When no table
 * material is found, out->found stays false. Never fails otherwise: what cannot be read is
 * recorded as out->unreadable. */
void nb_read_table(const nb_stream *stream, int first, int end, const nb_template *tpl,
                   nb_table_id id, nb_table *out);

#endif
