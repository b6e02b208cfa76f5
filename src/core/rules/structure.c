#include "../engine.h"

void nb_check_structure(nb_check_ctx *ctx) {
  (void)ctx;
}
