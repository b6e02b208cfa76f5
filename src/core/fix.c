#include "fix.h"

#include <string.h>

#include "xalloc.h"

char *nb_apply_fixes(const char *text, size_t len, const nb_diag_list *diags, bool safe_only,
                     size_t *out_len, int *applied) {
  (void)diags;
  (void)safe_only;
  *applied = 0;
  *out_len = len;
  return nb_xstrndup(text, len);
}
