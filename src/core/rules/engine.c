#include "../engine.h"

void nb_check_report(const nb_report *report, const nb_report *previous, nb_diag_list *out) {
  nb_check_ctx ctx = {report, previous, out};
  nb_check_structure(&ctx);
  nb_check_tables(&ctx);
  nb_check_arithmetic(&ctx);
  nb_check_prose(&ctx);
  if (previous)
    nb_check_across_years(&ctx);
  nb_diag_list_sort(out);
}
