/* Random texts for the unit tests that hold a shortcut to the plain computation it replaces:
 * a fixed linear congruential sequence (the same texts on every run) and texts glued together
 * from a list of pieces (marks, digits, broken characters) chosen at random. */
#ifndef NB_TEST_RANDOM_PIECES_H
#define NB_TEST_RANDOM_PIECES_H

#include <stddef.h>
#include <stdint.h>

/* The next number of the sequence `state` holds (24 bits). */
uint32_t nb_test_random(uint32_t *state);

/* Glues 1 to max_pieces pieces of parts[0, nparts), chosen at random, into out: at most
 * cap - 1 bytes (a piece that would not fit ends the text), NUL-terminated. Returns the
 * length. */
size_t nb_test_random_pieces(uint32_t *state, const char *const *parts, size_t nparts,
                             int max_pieces, char *out, size_t cap);

#endif
