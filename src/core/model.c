#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Header labels a table's block has room for: a table's header rows name about this many
 * columns (more move the list out, nb_table_add_header). */
enum { HEADER_ROOM = 16 };
/* Runs of digits run together: a table of a scraped report has a few, most have none. */
enum { RUN_ROOM = 8 };

/* The bytes of a table's block: rows, then every row's cells, the header room, the run room. Each
 * part's size is a multiple of its struct's, so of 8: the next part is aligned. */
static size_t table_bytes(const nb_table_spec *spec) {
  size_t ncells = 0;
  for (int i = 0; i < spec->nrows; i++)
    ncells += (size_t)spec->blocks[spec->rows[i].block].ncolumns;
  return (size_t)spec->nrows * sizeof(nb_row) + ncells * sizeof(nb_cell) +
         HEADER_ROOM * sizeof(nb_header_label) + RUN_ROOM * sizeof(nb_run_together);
}

static void table_lay_out(nb_table *t, nb_table_id id, const nb_table_spec *spec, char *block,
                          bool owns_block);

/* A cell as a table is laid out with: not found, in no run of digits. */
#define BLANK_CELL                                                                                 \
  { .run_together = -1 }
#define BLANK_CELLS_4 BLANK_CELL, BLANK_CELL, BLANK_CELL, BLANK_CELL
#define BLANK_CELLS_16 BLANK_CELLS_4, BLANK_CELLS_4, BLANK_CELLS_4, BLANK_CELLS_4
enum { BLANK_CELLS = 64 };
static const nb_cell blank_cells[BLANK_CELLS] = {BLANK_CELLS_16, BLANK_CELLS_16, BLANK_CELLS_16,
                                                 BLANK_CELLS_16};

void nb_report_init(nb_report *r, const char *text, size_t len) {
  memset(r, 0, sizeof *r);
  r->text = text;
  r->len = len;
  nb_stream_init(&r->stream, text, len);
  r->template_id = NB_TPL_2021;
  r->tpl = nb_template_get(NB_TPL_2021);
  r->signature_date = -1;
  /* The three tables in one block: one allocation a report rather than three. */
  size_t bytes[NB_TABLE_COUNT], total = 0;
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    total += bytes[t] = table_bytes(r->tpl->tables[t]);
  char *block = r->tables_block = nb_xmalloc(total);
  for (int t = 0; t < NB_TABLE_COUNT; t++) {
    table_lay_out(&r->tables[t], (nb_table_id)t, r->tpl->tables[t], block, false);
    block += bytes[t];
  }
}

void nb_report_free(nb_report *r) {
  nb_stream_free(&r->stream);
  free(r->sections);
  free(r->dates);
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    nb_table_free(&r->tables[t]);
  free(r->tables_block);
  if (r->heading_memo)
    r->heading_memo_free(r->heading_memo);
  memset(r, 0, sizeof *r);
}

const nb_section *nb_report_section(const nb_report *r, nb_section_id id) {
  for (int i = 0; i < r->nsections; i++)
    if (r->sections[i].id == id)
      return &r->sections[i];
  return NULL;
}

/* The rows and every row's cells in one allocation: a report's three tables are set up once per
 * template it is read with, and one allocation per row cost more than reading a small table. */
void nb_table_init(nb_table *t, nb_table_id id, const nb_table_spec *spec) {
  table_lay_out(t, id, spec, nb_xmalloc(table_bytes(spec)), true);
}

/* An nb_table of nothing, copied over a table to clear it: GCC clears a struct of this size with
 * `rep stos`, whose start-up costs more than the copy's few vector moves and mispredicted some
 * three times a table. */
static const nb_table no_table;

static void table_lay_out(nb_table *t, nb_table_id id, const nb_table_spec *spec, char *block,
                          bool owns_block) {
  *t = no_table;
  t->id = id;
  t->spec = spec;
  t->unreadable_row = -1;
  t->unreadable_cuts = -1;
  t->owns_block = owns_block;
  size_t rows_bytes = (size_t)spec->nrows * sizeof *t->rows;
  t->rows = (nb_row *)block;
  memset(t->rows, 0, rows_bytes);
  nb_cell *first = (nb_cell *)(block + rows_bytes), *cells = first;
  for (int i = 0; i < spec->nrows; i++) {
    nb_row *row = &t->rows[i];
    /* Group rows get cells too: a report may put data in them (2019-style （六）). */
    row->ncells = spec->blocks[spec->rows[i].block].ncolumns;
    row->cells = cells;
    cells += row->ncells;
  }
  /* Every cell copied from blank ones, BLANK_CELLS at a time: a report sets up a few hundred,
   * and a store of each cell's fields cost several times the copy. */
  for (nb_cell *c = first; c < cells; c += BLANK_CELLS) {
    size_t n = (size_t)(cells - c) < BLANK_CELLS ? (size_t)(cells - c) : BLANK_CELLS;
    memcpy(c, blank_cells, n * sizeof *c);
  }
  t->headers = (nb_header_label *)cells;
  t->header_cap = HEADER_ROOM;
  _Static_assert(sizeof(nb_header_label) % _Alignof(nb_run_together) == 0, "runs aligned");
  t->runs = (nb_run_together *)(t->headers + HEADER_ROOM);
  t->run_cap = RUN_ROOM;
}

/* A list of the table's that starts in its block, with room for `room` items, and moves to an
 * allocation of its own when full, doubling from then on: `items` (n of `size` bytes, *cap of
 * room) with room for one more. */
static void *room_for_one_more(void *items, int n, int *cap, bool *apart, int room, size_t size) {
  if (n < *cap)
    return items;
  int grown = *cap ? 2 * *cap : room;
  void *moved = nb_xmalloc((size_t)grown * size);
  if (n > 0)
    memcpy(moved, items, (size_t)n * size);
  if (*apart)
    free(items);
  *cap = grown;
  *apart = true;
  return moved;
}

int nb_table_add_run(nb_table *t) {
  t->runs =
      room_for_one_more(t->runs, t->nruns, &t->run_cap, &t->runs_apart, RUN_ROOM, sizeof *t->runs);
  return t->nruns++;
}

nb_header_label *nb_table_add_header(nb_table *t) {
  t->headers = room_for_one_more(t->headers, t->nheaders, &t->header_cap, &t->headers_apart,
                                 HEADER_ROOM, sizeof *t->headers);
  return &t->headers[t->nheaders++];
}

void nb_table_free(nb_table *t) {
  if (t->owns_block)
    free(t->rows); /* and the cells and header room, allocated with them */
  if (t->headers_apart)
    free(t->headers);
  if (t->runs_apart)
    free(t->runs);
  *t = no_table;
}
