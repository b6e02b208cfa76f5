/* The national report templates as data.
 *
 * Everything nianbao knows about the layout of a report — section titles and their accepted
 * variants, every table row and column label, which cells hold numbers, and every arithmetic
 * relation — lives in const tables behind this header (templates.c). Rules and layout
 * recognisers read these tables; none of them spells a label in code. A new template revision
 * is a data change. */
#ifndef NB_TEMPLATE_H
#define NB_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { NB_TPL_2019 = 0, NB_TPL_2021 = 1, NB_TPL_COUNT } nb_template_id;

typedef enum {
  NB_SEC_OVERVIEW = 0, /* 一、总体情况 */
  NB_SEC_ACTIVE,       /* 二、主动公开政府信息情况 */
  NB_SEC_APPLICATIONS, /* 三、收到和处理政府信息公开申请情况 */
  NB_SEC_REVIEW,       /* 四、政府信息公开行政复议、行政诉讼情况 */
  NB_SEC_PROBLEMS,     /* 五、存在的主要问题及改进情况 */
  NB_SEC_OTHER,        /* 六、其他需要报告的事项 */
  NB_SECTION_COUNT
} nb_section_id;

typedef enum {
  NB_TABLE_ACTIVE = 0,   /* table 二, in section 二 */
  NB_TABLE_APPLICATIONS, /* table 三, in section 三 */
  NB_TABLE_REVIEW,       /* table 四, in section 四 */
  NB_TABLE_COUNT
} nb_table_id;

typedef struct {
  const char *numeral;         /* "一" */
  const char *title;           /* official title without numeral: "总体情况" */
  const char *const *variants; /* NULL-terminated titles real reports use for the same section */
} nb_section_spec;

typedef enum {
  NB_UNIT_COUNT,        /* integer >= 0 */
  NB_UNIT_SIGNED_COUNT, /* integer, may be negative (2019 本年增/减) */
  NB_UNIT_WANYUAN,      /* decimal >= 0, in 万元 */
} nb_unit;

typedef struct {
  const char *label; /* official column label, e.g. "本年制发件数" or "商业企业" */
  const char *const *variants; /* NULL or NULL-terminated accepted spellings */
  nb_unit unit;
  const char *group; /* header group above it ("行政复议", "法人或其他组织"), or NULL */
} nb_column_spec;

/* A block is a run of rows sharing one set of numeric columns. Table 二 has four blocks, each
 * introduced by a block label row (第二十条第（一）项 …); tables 三 and 四 have one block and no
 * block label. */
typedef struct {
  const char *label; /* block label row, or NULL */
  const nb_column_spec *columns;
  int ncolumns;
  /* Labels that may appear in this block's header rows besides the column labels
   * ("信息内容", "申请人情况", "行政复议" …); NULL-terminated. Used to recognise header rows,
   * never to place values. */
  const char *const *header_labels;
} nb_block_spec;

typedef enum {
  NB_ROW_DATA,  /* holds one number per column of its block */
  NB_ROW_GROUP, /* heading of a group of data rows; holds no numbers in this template */
} nb_row_kind;

typedef struct {
  const char *label;           /* official label with its numbering: "1.属于国家秘密" */
  const char *const *variants; /* NULL or NULL-terminated accepted spellings (no typo warning) */
  nb_row_kind kind;
  int block;  /* index into nb_table_spec.blocks */
  int parent; /* index of the enclosing group row, or -1 */
} nb_row_spec;

typedef enum {
  NB_REL_PER_COLUMN, /* target/terms are row indices; checked in every numeric column */
  NB_REL_PER_ROW,    /* target/terms are column indices; checked in every data row of the block */
} nb_relation_scope;

typedef struct {
  int index; /* row or column index, depending on the relation's scope */
  int sign;  /* +1 or -1 */
} nb_term;

/* "target = Σ sign·term", the way an XBRL calculation linkbase states a sum. A term that names
 * a group row stands for the sum of that group's rows (see nb_relation_value in the rules). */
typedef struct {
  const char *rule; /* rule id reported when it fails: "sum-balance", "sum-row" … */
  nb_relation_scope scope;
  int block; /* block the relation lives in */
  int target;
  const nb_term *terms;
  int nterms;
} nb_relation;

typedef struct {
  const char *name; /* "表二 主动公开政府信息情况" style, for messages */
  const char *name_en;
  const nb_block_spec *blocks;
  int nblocks;
  const nb_row_spec *rows;
  int nrows;
  const nb_relation *relations;
  int nrelations;
} nb_table_spec;

/* One aspect section 一 must cover, recognised by any of its keywords. */
typedef struct {
  const char *name; /* "主动公开" */
  const char *name_en;
  const char *const *keywords; /* NULL-terminated */
  bool government_only;        /* only required of 人民政府 reports */
} nb_aspect_spec;

typedef enum { NB_LABEL_ROW, NB_LABEL_COLUMN, NB_LABEL_BLOCK } nb_label_kind;

typedef struct nb_outdated_label {
  nb_table_id table;
  nb_label_kind kind;
  const char *label;       /* the old label, as the old template spells it */
  const char *replacement; /* label of this template that takes its place, or NULL when the
                              meaning changed and no mechanical fix exists */
} nb_outdated_label;

typedef struct {
  nb_template_id id;
  const char *name;                /* "2021年版" */
  const char *notice;              /* "国办公开办函〔2021〕30号" */
  int first_year;                  /* first report year it applies to */
  const nb_section_spec *sections; /* NB_SECTION_COUNT entries */
  const nb_table_spec *tables[NB_TABLE_COUNT];
  /* Labels of an older template that, found in a report of this template's years, show it
   * was drafted on the old form (label-outdated). */
  const struct nb_outdated_label *outdated_labels;
  int noutdated_labels;
  /* Citations that name an older template as the report's basis (template-outdated). */
  const char *const *outdated_notices;
  const nb_aspect_spec *overview_aspects;
  int noverview_aspects;
} nb_template;

/* A unit a table cell may write after its number ("3件", "0.5万元"): read as the number in a
 * column whose unit it names, and an invalid cell in any other column. */
typedef struct {
  const char *word;
  bool count;   /* fits NB_UNIT_COUNT and NB_UNIT_SIGNED_COUNT columns */
  bool wanyuan; /* fits NB_UNIT_WANYUAN columns */
} nb_cell_unit;

/* nb_cell_unit_at for a text of at least one byte that starts with a non-ASCII byte. */
const nb_cell_unit *nb_cell_unit_at_wide(const char *s, size_t len);

/* The unit word s[0, len) starts with (the longest), or NULL. Inline: readers ask after nearly
 * every digit, and the byte there is mostly a space or other ASCII, which starts no unit word
 * (they are all Chinese). */
static inline const nb_cell_unit *nb_cell_unit_at(const char *s, size_t len) {
  return len && (unsigned char)s[0] >= 0x80 ? nb_cell_unit_at_wide(s, len) : NULL;
}

/* Every unit word, for tests that must cover each one: *count gets their number. */
const nb_cell_unit *nb_cell_units(int *count);

/* True when a number written with `u` fits a column of `column`. */
bool nb_cell_unit_fits(const nb_cell_unit *u, nb_unit column);

const nb_template *nb_template_get(nb_template_id id);

/* Words a table's header corner holds that name no row or column ("类别", "项目"), as a layout
 * with its groups as rows writes them; NULL-terminated. */
extern const char *const nb_header_corner_words[];

/* The template in force for a report year: <= 2020 → 2019, >= 2021 → 2021. */
nb_template_id nb_template_for_year(int year);

/* Index of the row whose official label is `label` in `spec`, or -1. For tests and tools. */
int nb_table_spec_find_row(const nb_table_spec *spec, const char *label);

#endif
