/* A region allocator for one cmark-gfm parse. The parse allocates a node, a buffer or a list
 * cell for nearly every line and inline; with an arena each allocation is a pointer bump, and
 * the whole tree goes at once when the arena is left, with no walk over the nodes to free
 * them one by one. Nothing allocated in it may be used after nb_arena_leave.
 *
 * cmark's allocator interface carries no context, so the allocator works on the calling
 * thread's innermost entered arena: parses on different threads each use their own. */
#ifndef NB_MARKDOWN_ARENA_H
#define NB_MARKDOWN_ARENA_H

#include <stddef.h>

#include <cmark-gfm.h>

/* Under AddressSanitizer the parse uses the default allocator instead (builder.c), so that the
 * sanitizer still sees every node and buffer on its own: an arena would hide an overrun inside
 * its chunks. */
#if defined(__SANITIZE_ADDRESS__)
#define NB_ARENA_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NB_ARENA_CHECKED 1
#endif
#endif
#ifndef NB_ARENA_CHECKED
#define NB_ARENA_CHECKED 0
#endif

typedef struct nb_arena_chunk nb_arena_chunk;

typedef struct nb_arena {
  nb_arena_chunk *chunks; /* newest first */
  size_t next_chunk;      /* size of the next chunk to allocate */
  struct nb_arena *outer; /* the arena entered before this one on this thread, or NULL */
} nb_arena;

/* Makes `a` the thread's arena; `expected` (the input's size) sizes the first chunk. */
void nb_arena_enter(nb_arena *a, size_t expected);

/* Frees everything allocated in `a` and returns the thread to its outer arena. */
void nb_arena_leave(nb_arena *a);

/* The allocator that allocates in the thread's current arena (for cmark_parser_new_with_mem);
 * its free does nothing. Call only between nb_arena_enter and nb_arena_leave. */
cmark_mem *nb_arena_allocator(void);

#endif
