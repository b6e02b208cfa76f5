/* Allocation that never returns NULL: nianbao has no useful way to go on without memory, and
 * checking every small allocation would hide the logic. Out of memory prints one line and
 * exits with status 2. */
#ifndef NB_XALLOC_H
#define NB_XALLOC_H

#include <stddef.h>

/* The message and exit the functions below give, for allocations made elsewhere (jansson,
 * open_memstream). */
_Noreturn void nb_out_of_memory(void);

void *nb_xmalloc(size_t n);
void *nb_xcalloc(size_t count, size_t size);
void *nb_xrealloc(void *p, size_t n);
char *nb_xstrdup(const char *s);
char *nb_xstrndup(const char *s, size_t n);

/* Grows *items (of elem_size bytes each) so that index `need - 1` fits; *cap is updated. */
void nb_grow(void **items, int *cap, int need, size_t elem_size);

#endif
