/* Shared by the extract writers: the walk over every template cell of a table, and the names
 * both formats spell the same way. Not part of the public interface (extract.h). */
#ifndef NB_EXTRACT_INTERNAL_H
#define NB_EXTRACT_INTERNAL_H

#include <stdio.h>

#include "../core/position.h"
#include "extract.h"

/* One template cell as extract reports it. Labels are the template's (static strings). */
typedef struct {
  const char *table;  /* the table's numeral: "二" */
  const char *block;  /* block label row (table 二), or NULL */
  const char *row;    /* official row label, or NULL for table 四's unlabelled row */
  const char *group;  /* column group ("法人或其他组织", "行政复议" …), or NULL */
  const char *column; /* official column label */
  nb_cell_state state;
  double value;    /* meaningful for NB_CELL_VALUE only */
  const char *raw; /* the cell's text, into the report's text; NULL when absent */
  size_t raw_len;
  int line, col; /* 1-based; 0 when absent */
} nb_extract_cell;

typedef void (*nb_extract_visit)(const nb_extract_cell *cell, void *ctx);

/* Calls `visit` for every cell of every data row (and of a group row that carried data) of
 * the table, in template order: rows, then columns. */
void nb_extract_walk(const nb_report *r, const nb_line_index *ix, const nb_table *t,
                     nb_extract_visit visit, void *ctx);

/* The table's numeral as its section's ("二"). */
const char *nb_extract_table_numeral(const nb_report *r, const nb_table *t);

/* The table cannot be trusted for values: not found, or unreadable. */
int nb_extract_table_unusable(const nb_table *t);

const char *nb_extract_state_name(nb_cell_state s);         /* "value", "blank" … */
const char *nb_extract_layout_name(nb_layout l);            /* "pipe", "spaced" …, NULL */
const char *nb_extract_reason_name(nb_unreadable_reason r); /* "ragged" …, NULL */
const char *nb_extract_organ_kind_name(nb_organ_kind k);    /* "government" …, NULL */

/* The shortest decimal that reads back as v ("6", "937.08"); buf of at least 32 bytes. */
const char *nb_extract_number(double v, char *buf, size_t size);

/* 1-based line of a byte offset. */
int nb_extract_line_of(const nb_line_index *ix, size_t offset);

/* One file as the JSON array's element; one file's CSV rows (the header is the frame's). */
void nb_extract_json_file(FILE *out, const nb_extract_file *file);
void nb_extract_csv_rows(FILE *out, const nb_extract_file *file);
#define NB_EXTRACT_CSV_HEADER                                                                      \
  "file,year,organ,template,table,block,row,group,column,value,state,raw,line,col\r\n"

/* Writes one CSV field, quoted (RFC 4180) when it holds a comma, a quote, CR or LF. */
void nb_csv_field(FILE *out, const char *s, size_t len);

#endif
