/* extract --format csv: RFC 4180, a header row and one row per cell (see extract.h). */
#include <stdlib.h>
#include <string.h>

#include "emit_internal.h"
#include "extract_internal.h"

void nb_csv_field(FILE *out, const char *s, size_t len) {
  if (!s)
    return;
  bool quote = false;
  for (size_t i = 0; i < len && !quote; i++)
    quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
  if (!quote) {
    fwrite(s, 1, len, out);
    return;
  }
  fputc('"', out);
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"')
      fputc('"', out);
    fputc(s[i], out);
  }
  fputc('"', out);
}

static void field(FILE *out, const char *s) {
  nb_csv_field(out, s, s ? strlen(s) : 0);
  fputc(',', out);
}

typedef struct {
  FILE *out;
  const char *prefix; /* file,year,organ,template, already quoted */
} row_context;

static void write_cell(const nb_extract_cell *c, void *ctx) {
  row_context *rc = ctx;
  FILE *out = rc->out;
  fputs(rc->prefix, out);
  field(out, c->table);
  field(out, c->block);
  field(out, c->row);
  field(out, c->group);
  field(out, c->column);
  char number[40] = "";
  if (c->state == NB_CELL_VALUE)
    nb_extract_number(c->value, number, sizeof number);
  field(out, number);
  field(out, nb_extract_state_name(c->state));
  nb_csv_field(out, c->raw, c->raw_len);
  fputc(',', out);
  if (c->line)
    fprintf(out, "%d,%d", c->line, c->col);
  else
    fputc(',', out);
  fputs("\r\n", out);
}

/* The fields every row of a file starts with, written once into a string. */
static char *file_prefix(const nb_extract_file *f) {
  const nb_report *r = f->report;
  char *buf = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&buf, &size);
  if (!mem)
    return NULL;
  field(mem, nb_display_path(f->path));
  if (r->year)
    fprintf(mem, "%d", r->year);
  fputc(',', mem);
  if (!nb_span_is_empty(r->organ))
    nb_csv_field(mem, r->text + r->organ.start, r->organ.end - r->organ.start);
  fputc(',', mem);
  if (r->tpl)
    fprintf(mem, "%d", r->tpl->first_year);
  fputc(',', mem);
  fclose(mem);
  return buf;
}

void nb_extract_csv_rows(FILE *out, const nb_extract_file *file) {
  const nb_report *r = file->report;
  char *prefix = file_prefix(file);
  if (!prefix)
    return;
  nb_line_index ix;
  nb_line_index_build(&ix, r->text, r->len);
  row_context rc = {out, prefix};
  for (int t = 0; t < NB_TABLE_COUNT; t++)
    nb_extract_walk(r, &ix, &r->tables[t], write_cell, &rc);
  nb_line_index_free(&ix);
  free(prefix);
}
