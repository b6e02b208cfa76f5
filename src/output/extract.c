#include "extract.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/rules/rule_util.h"
#include "../core/xalloc.h"
#include "extract_internal.h"

int nb_extract_format_parse(const char *name) {
  if (strcmp(name, "json") == 0)
    return NB_EXTRACT_JSON;
  if (strcmp(name, "csv") == 0)
    return NB_EXTRACT_CSV;
  return -1;
}

nb_doc_frame nb_extract_frame(nb_extract_format format) {
  if (format == NB_EXTRACT_CSV)
    return nb_doc_frame_lines(NB_EXTRACT_CSV_HEADER);
  return nb_doc_frame_around("[]\n", "[]", 0);
}

char *nb_extract_part(nb_extract_format format, const nb_extract_file *file, size_t *len) {
  char *part = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&part, &size);
  if (!mem)
    nb_out_of_memory();
  if (format == NB_EXTRACT_CSV)
    nb_extract_csv_rows(mem, file);
  else
    nb_extract_json_file(mem, file);
  if (fclose(mem) != 0)
    nb_out_of_memory();
  *len = size;
  return part;
}

void nb_extract_emit(FILE *out, nb_extract_format format, const nb_extract_file *files,
                     int nfiles) {
  nb_doc_frame frame = nb_extract_frame(format);
  nb_doc_writer w;
  nb_doc_begin(&w, out, &frame);
  for (int i = 0; i < nfiles; i++) {
    size_t len;
    char *part = nb_extract_part(format, &files[i], &len);
    nb_doc_put(&w, part, len);
    free(part);
  }
  nb_doc_end(&w);
  nb_doc_frame_free(&frame);
}

const char *nb_extract_table_numeral(const nb_report *r, const nb_table *t) {
  const nb_template *tpl = r->tpl ? r->tpl : nb_template_get(NB_TPL_2021);
  return tpl->sections[nb_rule_table_section(t->id)].numeral;
}

int nb_extract_table_unusable(const nb_table *t) {
  return !t->found || t->unreadable != NB_UNREADABLE_NONE;
}

int nb_extract_line_of(const nb_line_index *ix, size_t offset) {
  return nb_position_of(ix, offset, NB_COLUMNS_CODEPOINTS).line + 1;
}

static void fill_cell(nb_extract_cell *out, const nb_report *r, const nb_line_index *ix,
                      const nb_cell *cell) {
  out->state = cell->state;
  out->value = cell->state == NB_CELL_VALUE ? cell->value : 0;
  if (cell->state == NB_CELL_ABSENT || cell->span.start > r->len)
    return;
  size_t end = cell->span.end < cell->span.start ? cell->span.start : cell->span.end;
  if (end > r->len)
    end = r->len;
  out->raw = r->text + cell->span.start;
  out->raw_len = end - cell->span.start;
  nb_position p = nb_position_of(ix, cell->span.start, NB_COLUMNS_CODEPOINTS);
  out->line = p.line + 1;
  out->col = p.column + 1;
}

void nb_extract_walk(const nb_report *r, const nb_line_index *ix, const nb_table *t,
                     nb_extract_visit visit, void *ctx) {
  const nb_table_spec *spec = t->spec;
  if (!spec || !t->rows)
    return;
  bool unusable = nb_extract_table_unusable(t);
  const char *numeral = nb_extract_table_numeral(r, t);
  for (int i = 0; i < spec->nrows; i++) {
    const nb_row_spec *rs = &spec->rows[i];
    const nb_row *row = &t->rows[i];
    if (rs->kind != NB_ROW_DATA && !row->group_as_data)
      continue;
    const nb_block_spec *block = &spec->blocks[rs->block];
    for (int c = 0; c < block->ncolumns; c++) {
      nb_extract_cell out = {
          numeral,       block->label, rs->label, block->columns[c].group, block->columns[c].label,
          NB_CELL_ABSENT};
      if (!unusable && row->present && row->cells && c < row->ncells)
        fill_cell(&out, r, ix, &row->cells[c]);
      visit(&out, ctx);
    }
  }
}

const char *nb_extract_state_name(nb_cell_state s) {
  switch (s) {
  case NB_CELL_VALUE:
    return "value";
  case NB_CELL_BLANK:
    return "blank";
  case NB_CELL_PLACEHOLDER:
    return "placeholder";
  case NB_CELL_INVALID:
    return "invalid";
  case NB_CELL_ABSENT:
  default:
    return "absent";
  }
}

const char *nb_extract_layout_name(nb_layout l) {
  switch (l) {
  case NB_LAYOUT_PIPE:
    return "pipe";
  case NB_LAYOUT_HTML:
    return "html";
  case NB_LAYOUT_TAB:
    return "tab";
  case NB_LAYOUT_CELL_LINES:
    return "cell-lines";
  case NB_LAYOUT_SPACED:
    return "spaced";
  case NB_LAYOUT_ROWS:
    return "rows";
  case NB_LAYOUT_RUN_ON:
    return "run-on";
  case NB_LAYOUT_MIXED:
    return "mixed";
  case NB_LAYOUT_NONE:
  default:
    return NULL;
  }
}

const char *nb_extract_reason_name(nb_unreadable_reason r) {
  switch (r) {
  case NB_UNREADABLE_RAGGED:
    return "ragged";
  case NB_UNREADABLE_RUN_TOGETHER:
    return "run-together";
  case NB_UNREADABLE_NO_VALUES:
    return "no-values";
  case NB_UNREADABLE_AMBIGUOUS:
    return "ambiguous";
  case NB_UNREADABLE_NONE:
  default:
    return NULL;
  }
}

const char *nb_extract_organ_kind_name(nb_organ_kind k) {
  switch (k) {
  case NB_ORGAN_DEPARTMENT:
    return "department";
  case NB_ORGAN_GOVERNMENT:
    return "government";
  case NB_ORGAN_TOWNSHIP:
    return "township";
  case NB_ORGAN_UNKNOWN:
  default:
    return NULL;
  }
}

const char *nb_extract_number(double v, char *buf, size_t size) {
  if (!isfinite(v)) {
    snprintf(buf, size, "%s", "");
    return buf;
  }
  if (v == floor(v) && fabs(v) < 1e15) {
    snprintf(buf, size, "%.0f", v);
    return buf;
  }
  for (int precision = 15; precision <= 17; precision++) {
    snprintf(buf, size, "%.*g", precision, v);
    if (strtod(buf, NULL) == v)
      break;
  }
  return buf;
}
