/* The generic evaluator of the template's arithmetic relations (template.h nb_relation):
 * "target = Σ sign·term", checked at one column (NB_REL_PER_COLUMN) or one row
 * (NB_REL_PER_ROW), the way an XBRL calculation linkbase is evaluated. Knows no table. */
#ifndef NB_RULE_RELATION_H
#define NB_RULE_RELATION_H

#include <stdbool.h>

#include "../model.h"

/* One cell that entered the sum. */
typedef struct {
  int row, col;
  int sign;   /* the sign of the term it belongs to */
  bool blank; /* blank or placeholder: counted as 0 */
  const nb_cell *cell;
} nb_relation_part;

typedef struct {
  int target_row, target_col;
  const nb_cell *target;
  double reported; /* the target's value (0 when blank) */
  double computed; /* Σ sign·part */
  int nblank;      /* blank or placeholder cells among the target and the parts */
  nb_relation_part *parts;
  int nparts;
  int cap;
} nb_relation_check;

/* Evaluates `rel` at column `at` (per-column relations) or row `at` (per-row relations). A term
 * naming a group row stands for the group's own cells when the report filled the group as one
 * row (group_as_data), else for the sum of its present child rows. Returns false, and leaves
 * nothing to free, when the check cannot be made: the target or a part is absent (its row was
 * not found) or invalid, or a group term has no rows at all. */
bool nb_relation_eval(const nb_table *t, const nb_relation *rel, int at, nb_relation_check *out);
/* What a relation adds up, the same at every place it is checked: the rows of a per-column
 * relation, its group terms replaced by the present rows they stand for, or the columns of a
 * per-row one. Worked out once for a relation checked at every column or row of a table
 * rather than at each (a group's rows are found by a scan of the whole table). */
typedef struct {
  int index; /* a row (per-column relations) or a column (per-row ones) */
  int sign;
} nb_relation_term;

typedef struct {
  nb_relation_term *items;
  int count, cap;
  bool checkable; /* false when a group term stands for no row at all */
} nb_relation_terms;

void nb_relation_expand(const nb_table *t, const nb_relation *rel, nb_relation_terms *out);
void nb_relation_terms_free(nb_relation_terms *terms);

/* nb_relation_eval from `rel`'s expanded terms and without the list of parts (out->parts stays
 * empty): the same answer, reported and computed sum, for the arithmetic rules, which need the
 * parts of the few relations that fail only. */
bool nb_relation_eval_sum(const nb_table *t, const nb_relation *rel, const nb_relation_terms *terms,
                          int at, nb_relation_check *out);
/* nb_relation_eval from `rel`'s expanded terms: the parts of a relation that failed
 * nb_relation_eval_sum, without expanding its terms a second time. */
bool nb_relation_eval_terms(const nb_table *t, const nb_relation *rel,
                            const nb_relation_terms *terms, int at, nb_relation_check *out);
void nb_relation_check_free(nb_relation_check *c);

/* True when reported and computed differ. */
bool nb_relation_fails(const nb_relation_check *c);

#endif
