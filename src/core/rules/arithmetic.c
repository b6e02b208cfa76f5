#include "../engine.h"

void nb_check_arithmetic(nb_check_ctx *ctx) {
  (void)ctx;
}
