#include "../engine.h"

void nb_check_tables(nb_check_ctx *ctx) {
  (void)ctx;
}
