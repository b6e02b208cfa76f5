/* The rule engine: runs every rule family over a report model and collects diagnostics. */
#ifndef NB_ENGINE_H
#define NB_ENGINE_H

#include "diag.h"
#include "model.h"

typedef struct {
  const nb_report *report;
  const nb_report *previous; /* last year's report (--previous), or NULL */
  nb_diag_list *out;
} nb_check_ctx;

/* One family of rules; each lives in its own file under src/core/rules/. */
void nb_check_structure(nb_check_ctx *ctx);  /* rules/structure.c */
void nb_check_tables(nb_check_ctx *ctx);     /* rules/tables.c */
void nb_check_arithmetic(nb_check_ctx *ctx); /* rules/arithmetic.c */
void nb_check_prose(nb_check_ctx *ctx);      /* rules/prose.c: prose and dates */
/* rules/across_years.c: needs ctx->previous; does nothing without it. */
void nb_check_across_years(nb_check_ctx *ctx);

/* Runs every family, then sorts the list. */
void nb_check_report(const nb_report *report, const nb_report *previous, nb_diag_list *out);

#endif
