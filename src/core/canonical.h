/* The canonical form of the three statutory tables, written from the report model whatever
 * layout the table arrived in. `nianbao fmt` puts it in place of the source table and
 * `nianbao template` prints it blank. The form is one GFM pipe table per statutory table:
 *
 *   table 二: one pipe table, width 1 + the widest block. For each block in template order: the
 *     block label row ("第二十条第（一）项", other cells empty), the header row (信息内容 and the
 *     block's column labels), then the block's data rows.
 *   table 三: three label columns (level-1 group, level-2 group, leaf, as in the template's
 *     merged cells) and the seven value columns. Three header rows: the note cell and 申请人情况;
 *     自然人, 法人或其他组织, 总计; the five 法人或其他组织 columns. A data row carries its label
 * in the column of its depth, and the labels of the groups it opens (the first row of a group shows
 * the group's label) in the columns before. table 四: no label column; three header rows (the
 * groups, the sub-groups, the 15 column labels) and the one data row.
 *
 * Header texts come from the template data (generic over column groups "A·B" and block header
 * labels). Labels the reader matched exactly, or only in part because a layout cut them, are
 * written as the template spells them; a label written with a typo, as a variant or from an
 * older template is written as the source has it, so its finding stays. Rows absent from the
 * source stay absent. Values are written as read (notes kept, blank cells blank, placeholders
 * and invalid text kept); digits that were run together are written one per cell. */
#ifndef NB_CANONICAL_H
#define NB_CANONICAL_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* A growable NUL-terminated byte buffer. */
typedef struct {
  char *data;
  size_t len;
  size_t cap;
} nb_textbuf;

void nb_textbuf_put(nb_textbuf *b, const char *s, size_t n);
void nb_textbuf_puts(nb_textbuf *b, const char *s);
void nb_textbuf_printf(nb_textbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void nb_textbuf_free(nb_textbuf *b);

/* Appends the canonical pipe table (each line ending in "\n") for table t of report r. Returns
 * false, writing nothing, when t cannot be written from the model: not found, unreadable, or
 * holding a label the template has no place for. */
bool nb_canonical_table(const nb_report *r, const nb_table *t, nb_textbuf *out);

/* Appends the table of `spec` with every row and column and every value cell empty. */
void nb_canonical_blank_table(const nb_table_spec *spec, nb_textbuf *out);

#endif
