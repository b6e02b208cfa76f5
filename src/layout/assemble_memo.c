/* What the thread asked a shared label set before (assemble_internal.h). */
#include <stdint.h>
#include <string.h>

#include "../core/text.h"
#include "assemble_internal.h"

/* Room for the text asked and a cell's normalised text together: the header rows of the
 * templates' tables read as one label take up to about 170 bytes; longer text is prose, asked
 * once. */
enum { MEMO_SLOTS = 1024, MEMO_BYTES = 192 };
_Static_assert(MEMO_SLOTS == 1 << (64 - 54), "slot_of takes the hash's top ten bits");

typedef struct {
  const nb_label_set *labels; /* NULL: an empty slot */
  uint8_t question, len, norm_len;
  bool hit_ok;
  nb_label_hit hit;
  char bytes[MEMO_BYTES]; /* the text asked, then a cell's normalised text */
} memo_slot;

/* One slot an answer: a text asked again after another took its slot is only read again. The
 * slots are the thread's own (reports are linted on several threads at once): no lock, and
 * nothing to free when the thread ends (about 240 KB a thread). A set of reports asks a few
 * hundred texts: with 256 slots, more than half lost their slot to another text before the next
 * report asked them again (87 of 139 label cells over the corpus's raw reports). */
static _Thread_local memo_slot memo[MEMO_SLOTS];

/* The slot is picked by the text's length and its first and last eight bytes: texts asked are
 * labels, told apart by those (a slot is confirmed by comparing the whole text), and hashing every
 * byte of a header row cost as much as the scoring it spares. */
static memo_slot *slot_of(unsigned set_id, asm_question q, const char *text, size_t len) {
  const uint64_t mix = 0x9E3779B97F4A7C15u;
  uint64_t h;
  if (len < 8) {
    h = nb_hash_bytes(text, len);
  } else {
    uint64_t first, last;
    memcpy(&first, text, 8);
    memcpy(&last, text + len - 8, 8);
    h = (first * mix) ^ last;
  }
  h = (h ^ len ^ (uint64_t)set_id << 16 ^ (uint64_t)q << 8) * mix;
  return &memo[h >> 54];
}

bool asm_memo_find(const nb_label_set *labels, unsigned set_id, asm_question q, const char *text,
                   size_t len, asm_label_read *out) {
  if (len >= MEMO_BYTES)
    return false;
  const memo_slot *s = slot_of(set_id, q, text, len);
  if (s->labels != labels || s->question != q || s->len != len || memcmp(s->bytes, text, len) != 0)
    return false;
  out->norm = s->bytes + len;
  out->norm_len = s->norm_len;
  out->hit_ok = s->hit_ok;
  out->hit = s->hit;
  return true;
}

void asm_memo_keep(const nb_label_set *labels, unsigned set_id, asm_question q, const char *text,
                   size_t len, const asm_label_read *read) {
  if (len + read->norm_len >= MEMO_BYTES)
    return;
  memo_slot *s = slot_of(set_id, q, text, len);
  s->labels = labels;
  s->question = (uint8_t)q;
  s->len = (uint8_t)len;
  s->norm_len = (uint8_t)read->norm_len;
  s->hit_ok = read->hit_ok;
  if (read->hit_ok)
    s->hit = read->hit;
  else
    memset(&s->hit, 0, sizeof s->hit);
  memcpy(s->bytes, text, len);
  if (read->norm_len)
    memcpy(s->bytes + len, read->norm, read->norm_len);
}
