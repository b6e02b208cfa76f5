/* Many files on every core, with the output of one. A command splits its work per file into
 * `check` (read, lint or extract, render the file's part of the output: everything that takes
 * time) and `deliver` (write that part and count it); the batch runs check on worker processes
 * and calls deliver in the files' order, each file as soon as it and all before it are done.
 * So the output is the same, byte for byte, whatever the number of jobs.
 *
 * Workers are processes, not threads: the pipeline keeps process-wide caches (template label
 * sets, normalised labels, word tables) that are filled on first use, and a process of its own
 * per worker needs none of them locked (filling them costs less than a fifth of checking one
 * small file, so filling them before the fork would gain nothing measurable). There are as many
 * workers as jobs, and the parent checks no file: it only reads results (several per wake-up) and
 * writes them, a few per cent of one CPU, and a crash in a check must never cost the files after
 * it. Workers take the next file themselves, in turns (the files' order, but the largest of each
 * stretch first: batch_claims.h) kept in memory shared with the parent, so none waits for the
 * parent to hand it work; the finished files that wait for their turn are at most 256 per worker
 * holding at most 8 MiB of output between them (plus the files being checked), so memory is
 * bounded by the largest files in flight, not by the number of files. A
 * worker that dies (a crash on some input, or a signal from outside) costs only the file it was
 * checking, which is delivered as crashed, and another worker takes its place.
 */
#ifndef NB_BATCH_H
#define NB_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"

enum { NB_BATCH_COUNTS = 4 };

typedef struct {
  char *part; /* the file's part of the output (malloc'ed), or NULL */
  size_t part_len;
  /* What check wrote to stderr, when it ran in a worker (malloc'ed), or NULL: in this process
   * it went to stderr directly. deliver writes it before the part. */
  char *messages;
  size_t messages_len;
  int counts[NB_BATCH_COUNTS]; /* the command's own tallies (errors, warnings, failures) */
  bool crashed;                /* the worker died checking this file */
  int wait_status;             /* then how (waitpid's status) */
} nb_batch_item;

/* check fills `item` (zeroed) for file `index`; deliver takes it in order and frees what it
 * holds (nb_batch_item_free). */
typedef void (*nb_batch_check)(void *ctx, int index, nb_batch_item *item);
typedef void (*nb_batch_deliver)(void *ctx, int index, nb_batch_item *item);
/* The size in bytes of file `index` (0 when unknown). */
typedef size_t (*nb_batch_size)(void *ctx, int index);

void nb_batch_item_free(nb_batch_item *item);

/* The number of CPUs this process may run on (its affinity mask), at least 1. */
int nb_batch_default_jobs(void);

/* --jobs N: a whole number from 1 to NB_BATCH_MAX_JOBS. */
enum { NB_BATCH_MAX_JOBS = 256 };
bool nb_batch_parse_jobs(const char *value, int *jobs);

/* The line on stderr for a file whose worker died (item->crashed). */
void nb_batch_report_crash(nb_lang lang, const char *path, int wait_status);

/* Checks files 0..n-1 on up to `jobs` workers (in this process when jobs or n is 1) and
 * delivers them in order. `size_of` (or NULL) lets the workers take the largest files of each
 * stretch first, so that no large file is left for last; it is asked once the workers run, for
 * all but the first files (nb_batch_early_files), which they take meanwhile in their order. */
void nb_batch_run(int n, nb_batch_size size_of, int jobs, nb_batch_check check,
                  nb_batch_deliver deliver, void *ctx);

/* How long the parent naps while the workers need nothing from it (batch.c: NAP_NS and after),
 * in ns, after a wake-up that came `since_ns` after the one before and read `received` bytes, at
 * most `most_results` results from one worker; the last nap was `last_nap_ns` (0: none). 0 when
 * output comes too fast to nap: the parent then reads at once. */
int64_t nb_batch_nap(int64_t last_nap_ns, int64_t since_ns, size_t received, int most_results);

/* How many files of a batch of n on `jobs` workers are taken in their order while the sizes of
 * the others are asked: a sixteenth of them, at least two per worker, at most all. */
int nb_batch_early_files(int n, int jobs);

#endif
