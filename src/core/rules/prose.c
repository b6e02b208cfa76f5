#include "../engine.h"

void nb_check_prose(nb_check_ctx *ctx) {
  (void)ctx;
}
