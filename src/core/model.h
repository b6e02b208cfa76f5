/* The report model: what a report says, independent of the format it was written in.
 *
 * Front-ends fill it (src/markdown, later src/pandoc); rules only read it (src/core/rules).
 * Every position is an nb_span into `text`. The model records observations — "this row label
 * was matched with a typo", "these digits were run together" — and leaves the judgement
 * (which rule, which severity, which message) to the rules. */
#ifndef NB_MODEL_H
#define NB_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "../layout/stream.h"
#include "span.h"
#include "template.h"

/* How an observed label relates to the template's. */
typedef enum {
  NB_MATCH_NONE = 0,
  NB_MATCH_EXACT,      /* equal after normalisation (width, spaces, punctuation variants) */
  NB_MATCH_VARIANT,    /* a listed variant, or the official label plus a parenthetical note */
  NB_MATCH_PARTIAL,    /* a layout cut the label (pdftotext, broken cell): no typo claim */
  NB_MATCH_TYPO,       /* recognised, but spelt differently: label-typo / section-title */
  NB_MATCH_POSITIONAL, /* no usable label; placed by its position in the table */
} nb_match;

/* ---------------------------------------------------------------- sections */

typedef struct {
  nb_section_id id;
  nb_span heading;   /* the whole heading line, markup included */
  nb_span numeral;   /* "一" as written (may be empty when the heading has no numeral) */
  int numeral_value; /* 1..10 as written, 0 if none */
  nb_span title;     /* the title text after "、" */
  nb_match title_match;
  int level;      /* ATX/setext level 1–6; 0 for a bold or plain-paragraph heading */
  int first_item; /* the section body: stream items [first_item, end_item) */
  int end_item;
  nb_span body; /* byte range of the body (after the heading line, up to the next section) */
} nb_section;

/* ---------------------------------------------------------------- tables */

typedef enum {
  NB_CELL_ABSENT = 0,  /* the row itself was not found */
  NB_CELL_VALUE,       /* a number was read */
  NB_CELL_BLANK,       /* the cell is there and empty */
  NB_CELL_PLACEHOLDER, /* "/", "-", "—", "无" */
  NB_CELL_INVALID,     /* text that is not a valid number for its column's unit */
} nb_cell_state;

/* Every integer below it is a double, printed in full by "%.0f" and "%.15g". */
#define NB_VALUE_LIMIT 1e15

typedef struct {
  nb_cell_state state;
  double value;     /* for NB_CELL_VALUE; below NB_VALUE_LIMIT, so integers are exact */
  nb_span span;     /* the cell's text; for a blank cell, an empty span where it stands */
  nb_span note;     /* "（其中修订16件）" after the number, empty if none */
  int run_together; /* >= 0: index into nb_table.runs this value was split out of; else -1 */
  /* NB_CELL_INVALID because the number is NB_VALUE_LIMIT or more: too large to be held and
   * summed exactly (no count or amount in a report comes near it). */
  bool too_large;
} nb_cell;

typedef struct {
  bool present;  /* the row was found */
  nb_span label; /* the label as found (all of its pieces when a layout broke it) */
  nb_match match;
  /* A group row that carried numbers itself (the 2019 single data row （六）其他处理 in a 2021
   * report): its cells hold the values and its child rows are absent. */
  bool group_as_data;
  const struct nb_outdated_label *outdated; /* the row label was an older template's, or NULL */
  /* Bit k: relation k of the table's spec chose some of this row's values (the one cut of
   * run-together digits that makes it hold), so it is never checked on this row. */
  unsigned chosen_by_relations;
  nb_cell *cells; /* one per column of the row's block; NULL for group rows without data */
  int ncells;
} nb_row;

/* A header label (column, block or header text) the reader recognised. */
typedef struct {
  nb_label_kind kind;
  int index; /* column index within `block`, or block index */
  int block;
  nb_span span;
  nb_match match;
  const char *official;                     /* the template's spelling */
  const struct nb_outdated_label *outdated; /* matched an older template's label, or NULL */
} nb_header_label;

/* Digits of several cells written as one token ("0000000"), recovered by count (one digit per
 * cell) or, when the row has more digits than cells, by its own relations. */
typedef struct {
  nb_span span;  /* the token */
  int row;       /* template row index */
  int first_col; /* first column it filled */
  int ncells;
  bool by_relation; /* cut by the row's relations, not by counting */
} nb_run_together;

typedef enum {
  NB_LAYOUT_NONE = 0,
  NB_LAYOUT_PIPE,       /* GFM pipe table(s) */
  NB_LAYOUT_HTML,       /* HTML <table> */
  NB_LAYOUT_TAB,        /* tab-separated lines */
  NB_LAYOUT_CELL_LINES, /* one cell per line or per paragraph */
  NB_LAYOUT_SPACED,     /* columns aligned by spaces (pdftotext -layout) */
  NB_LAYOUT_ROWS,       /* rows a front-end split already (pandoc) */
  NB_LAYOUT_RUN_ON,     /* labels and digits run together in text that lost its breaks */
  NB_LAYOUT_MIXED,
} nb_layout;

typedef enum {
  NB_UNREADABLE_NONE = 0,
  NB_UNREADABLE_RAGGED,       /* a row has a different number of values than columns */
  NB_UNREADABLE_RUN_TOGETHER, /* digits run together and their count does not fit */
  NB_UNREADABLE_NO_VALUES,    /* labels found but no numbers at all */
  NB_UNREADABLE_AMBIGUOUS,    /* rows could not be told apart */
} nb_unreadable_reason;

typedef struct {
  nb_table_id id;
  const nb_table_spec *spec;
  bool found;
  nb_span span; /* from the first to the last byte the reader used */
  nb_layout layout;
  /* It was read from lines it shares with other text (text that lost its line breaks, cells
   * run together): its own bytes, not whole lines, are the table. */
  bool shares_lines;
  nb_unreadable_reason unreadable;
  nb_span unreadable_span; /* where the problem shows (the offending row) */
  int unreadable_row;      /* template row index, or -1 */
  int unreadable_expected; /* values expected in that row */
  int unreadable_found;    /* values found */
  /* NB_UNREADABLE_RUN_TOGETHER: cuts that made the row's own relations hold (0, or 2 for more
   * than one); -1 when the row has no relation to cut by. */
  int unreadable_cuts;

  nb_row *rows; /* spec->nrows entries, in template order */
  nb_header_label *headers;
  int nheaders;
  nb_run_together *runs;
  int nruns;
  /* The rows, their cells and room for the first headers and runs are one block: the table's
   * own (nb_table_init: owns_block) or its report's (nb_report_init), so that a report's tables
   * cost one allocation. Headers or runs past that room move to an allocation of their own
   * (headers_apart, runs_apart; nb_table_add_header, nb_table_add_run). */
  bool owns_block, headers_apart, runs_apart;
  int header_cap, run_cap;
} nb_table;

/* ---------------------------------------------------------------- facts */

typedef struct {
  int year, month, day; /* as written; validity is a rule's question */
  nb_span span;
} nb_date;

typedef enum {
  NB_ORGAN_UNKNOWN = 0,
  NB_ORGAN_DEPARTMENT, /* 县级以上人民政府部门: deadline 1月31日 */
  NB_ORGAN_GOVERNMENT, /* 县级以上地方人民政府: deadline 3月31日 */
  NB_ORGAN_TOWNSHIP,   /* 乡镇/街道: no national deadline */
} nb_organ_kind;

typedef struct {
  const char *text; /* not owned: the buffer every span points into */
  size_t len;
  nb_stream stream; /* the items the model was built from */

  /* Report year and the template chosen from it. */
  int year;          /* 0 when unknown */
  nb_span year_span; /* where the year was read */
  nb_template_id template_id;
  const nb_template *tpl;
  nb_span title; /* the title line(s), if found */
  nb_span organ; /* the organ's name in the title, if found */
  nb_organ_kind organ_kind;
  bool organ_kind_configured; /* organ_kind was set by the user's config, not read from the name */

  nb_section *sections; /* every recognised section heading, in document order */
  int nsections;

  nb_table tables[NB_TABLE_COUNT];

  nb_date *dates; /* every date found in prose, in order; the last one at the end is the
                     signature date candidate */
  int ndates;
  int signature_date; /* index into dates, or -1 */

  /* The lines already read as section headings or not, by their text (layout/sections.h): the
   * sections are found again after every reflow, and the Markdown parser's hook reads the same
   * lines first; each is parsed once. Opaque to the model, freed by nb_report_free. */
  struct nb_heading_memo *heading_memo;
  void (*heading_memo_free)(struct nb_heading_memo *);

  /* The block nb_report_init lays the tables out in (nb_table.owns_block). */
  void *tables_block;
} nb_report;

void nb_report_init(nb_report *r, const char *text, size_t len);
void nb_report_free(nb_report *r);

/* The first section with this id, or NULL. */
const nb_section *nb_report_section(const nb_report *r, nb_section_id id);

/* Allocates rows (and their cells for data rows) for `spec`; all cells NB_CELL_ABSENT. */
void nb_table_init(nb_table *t, nb_table_id id, const nb_table_spec *spec);
void nb_table_free(nb_table *t);
/* Room for one more header label at t->headers[t->nheaders], which is counted: the caller fills
 * it. */
nb_header_label *nb_table_add_header(nb_table *t);
/* The index of one more run-together record, t->runs[index], which is counted: the caller fills
 * it. */
int nb_table_add_run(nb_table *t);

#endif
