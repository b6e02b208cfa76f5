#include "../engine.h"

void nb_check_across_years(nb_check_ctx *ctx) {
  (void)ctx;
}
