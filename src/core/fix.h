/* Applying fixes to a text: the edits of the chosen fixes, in one pass, never two edits over
 * the same bytes. Used by `lint --fix` and by the language server's "fix all". */
#ifndef NB_FIX_H
#define NB_FIX_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Returns a fresh heap buffer (NUL-terminated, length in *out_len) with the first fix of every
 * diagnostic applied, when that fix is safe (or any fix, when safe_only is false). A fix whose
 * edits overlap an edit already taken is skipped. *applied counts the fixes applied. */
char *nb_apply_fixes(const char *text, size_t len, const nb_diag_list *diags, bool safe_only,
                     size_t *out_len, int *applied);

#endif
