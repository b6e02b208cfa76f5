/* `nianbao extract`: the numbers of tables 二, 三 and 四, one record per template cell, for
 * analysts who compare many reports. Every cell of the template is listed whether the report
 * filled it or not, with its official labels (never the report's spelling), its state, the text
 * it was read from and where that text is (1-based line, 1-based code-point column).
 *
 * JSON: one array, one object per file:
 *   {"file", "encoding", "year", "organ", "organ_kind", "template": {"id", "name", "notice"},
 *    "tables": [{"table": "二", "name", "found", "layout", "unreadable", "unreadable_reason",
 *                "unreadable_line", "cells": [CELL…]}]}
 *   CELL = {"table", "block", "row", "group", "column", "value", "state", "raw", "line", "col"}
 * CSV (RFC 4180, CRLF line ends): a header row, then one row per cell:
 *   file,year,organ,template,table,block,row,group,column,value,state,raw,line,col
 * Unknown or inapplicable values are JSON null and empty CSV fields. A cell of a table that was
 * not found, or that could not be read, is "absent" with no value: nothing read from a table
 * whose columns could not be told apart is a number anyone should rely on. */
#ifndef NB_EXTRACT_H
#define NB_EXTRACT_H

#include <stdio.h>

#include "../core/model.h"
#include "parts.h"

typedef enum { NB_EXTRACT_JSON, NB_EXTRACT_CSV } nb_extract_format;

/* Parses "json" or "csv"; -1 otherwise. */
int nb_extract_format_parse(const char *name);

typedef struct {
  const char *path;        /* as the user named it; "-" is shown as "<stdin>" */
  const char *encoding;    /* what the bytes were decoded from ("UTF-8", "GB18030"), or NULL */
  const nb_report *report; /* built over the decoded text (report->text, report->len) */
} nb_extract_file;

void nb_extract_emit(FILE *out, nb_extract_format format, const nb_extract_file *files, int nfiles);

/* The same document a file at a time (parts.h): its frame, and one file's part (free()). */
nb_doc_frame nb_extract_frame(nb_extract_format format);
char *nb_extract_part(nb_extract_format format, const nb_extract_file *file, size_t *len);

#endif
