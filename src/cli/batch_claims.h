/* Which worker of a batch checks which file (batch.h). Workers take files themselves, one at a
 * time, in turns, without asking the parent: a worker never waits for the parent to notice
 * that it is idle. A file is taken by setting its owner in one atomic step, so that whatever
 * kills a worker, the parent knows the file it had taken (and had not sent back yet). The
 * claims live in memory shared by the parent and its workers (MAP_SHARED, made before the
 * fork), so they are atomic across processes. */
#ifndef NB_BATCH_CLAIMS_H
#define NB_BATCH_CLAIMS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
  int *order;          /* the files in the order they are taken (turns), shared: nb_claims_order */
  int *turn;           /* and each file's turn (the parent's own) */
  atomic_int *cells;   /* next, limit, then waiting[slots], owner[n], then order[n] */
  atomic_int *waiting; /* per worker slot: asleep until the window moves */
  atomic_int *owner;   /* per file: the slot that took it, or NB_UNOWNED */
  size_t size;         /* of the mapping; 0 when not shared (no workers) */
} nb_claims;

enum { NB_UNOWNED = -1 };

/* For n files and `slots` workers, in memory shared with the workers to come, or (no workers)
 * this process's own; false when no shared memory can be had. Nothing taken, a window of 0, the
 * turns in the files' order. */
bool nb_claims_init(nb_claims *c, int n, int slots, bool shared);
void nb_claims_free(nb_claims *c);

/* Every turn below it has been taken. */
atomic_int *nb_claims_next(const nb_claims *c);

/* The window: turns from here on wait for earlier files to be delivered. */
atomic_int *nb_claims_limit(const nb_claims *c);

/* Takes the file of the first turn not yet taken below `limit` for `slot`; -1 when the window
 * is full (*all_taken tells whether nothing is left at all). */
int nb_claims_take(const nb_claims *c, int n, int slot, int limit, bool *all_taken);

/* The turns of files from..n-1 into order[from…] (the turns before `from` are the files' own,
 * and are not written: workers may be taking them), and each file's turn. A large file taken
 * last keeps one worker busy long after the others ran out of files. So the few largest files of
 * each stretch (`first` of them, and only those at least four times the stretch's median size)
 * are taken at its start; the others keep the files' order. The stretches are `stretch` files
 * long and end at the last file, so the last stretch is whole. What waits for delivery meanwhile
 * grows by at most those few files' output. With no sizes (NULL), the turns are the files'
 * order. */
void nb_claims_order(int n, int from, const size_t *sizes, int stretch, int first, int *order,
                     int *turn);

#endif
