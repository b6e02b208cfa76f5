/* The table assembler: observed rows in, a filled nb_table out (see assemble_internal.h for
 * the two passes). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "assemble_internal.h"
#include "cells.h"

/* The thread's scratch room: the assembly of one table at a time uses it (nb_assemble_table does
 * not nest), then leaves it to the next, so that a table's values, rows and label texts need no
 * allocation of their own. Under AddressSanitizer there is none: every piece comes from the
 * pool, which gives each its own block, and an overrun still shows. */
#if defined(__SANITIZE_ADDRESS__)
#define ASM_SCRATCH 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASM_SCRATCH 0
#endif
#endif
#ifndef ASM_SCRATCH
#define ASM_SCRATCH 1
#endif
enum { SCRATCH_BYTES = ASM_SCRATCH ? 64 * 1024 : 0 };
static _Thread_local _Alignas(max_align_t) char scratch[SCRATCH_BYTES ? SCRATCH_BYTES : 1];

/* Rounded as the pool rounds: every piece stays aligned for any object. */
static size_t round_up(size_t n) {
  const size_t align = _Alignof(max_align_t);
  return (n + align - 1) & ~(align - 1);
}

char *asm_room(asm_ctx *c, size_t n) {
  if (n <= (size_t)(c->room_end - c->room))
    return c->room;
  return nb_pool_room(&c->pool, n);
}

void asm_keep(asm_ctx *c, char *room, size_t used) {
  if (room == c->room) {
    size_t kept = round_up(used);
    c->room += kept <= (size_t)(c->room_end - c->room) ? kept : (size_t)(c->room_end - c->room);
    return;
  }
  nb_pool_keep(&c->pool, used);
}

void *asm_alloc(asm_ctx *c, size_t n) {
  char *room = asm_room(c, n ? n : 1);
  asm_keep(c, room, n ? n : 1);
  return room;
}

char *asm_normalize(asm_ctx *c, const char *s, size_t len, size_t *norm_len) {
  char *out = asm_room(c, NB_NORMALIZED_ROOM(len));
  *norm_len = nb_normalize_label_to(s, len, out);
  asm_keep(c, out, *norm_len + 1);
  return out;
}

char *asm_join(asm_ctx *c, const char *a, size_t a_len, const char *b, size_t b_len) {
  char *s = asm_alloc(c, a_len + b_len + 1);
  memcpy(s, a, a_len);
  memcpy(s + a_len, b, b_len);
  s[a_len + b_len] = '\0';
  return s;
}

void asm_use_span(asm_ctx *c, nb_span span) {
  if (span.end < span.start)
    return;
  /* Minimum and maximum without a branch (used starts as the empty span {SIZE_MAX, 0}): which
   * span widens it changes from call to call. */
  c->used.start = span.start < c->used.start ? span.start : c->used.start;
  c->used.end = span.end > c->used.end ? span.end : c->used.end;
  c->used_any = true;
}

int asm_row_columns(const asm_ctx *c, int row) {
  if (row < 0 || row >= c->spec->nrows)
    return 0;
  return c->spec->blocks[c->spec->rows[row].block].ncolumns;
}

int asm_next_data_row(const asm_ctx *c, int from, int block) {
  for (int r = from < 0 ? 0 : from; r < c->spec->nrows; r++)
    if (c->spec->rows[r].kind == NB_ROW_DATA && (block < 0 || c->spec->rows[r].block == block))
      return r;
  return -1;
}

int asm_capacity(const asm_ctx *c, const asm_lrow *r) {
  if (r->row >= 0)
    return asm_row_columns(c, r->row);
  int next = asm_next_data_row(c, c->expect, c->cur_block);
  if (next < 0)
    next = asm_next_data_row(c, 0, c->cur_block);
  if (next >= 0)
    return asm_row_columns(c, next);
  if (c->cur_block >= 0 && c->cur_block < c->spec->nblocks)
    return c->spec->blocks[c->cur_block].ncolumns;
  return c->spec->blocks[0].ncolumns;
}

/* Template texts compared: a label set hands out the template's own strings, and the compiler
 * keeps one copy of equal literals, so the pointers are nearly always equal and strcmp is spared.
 */
static bool same_text(const char *a, const char *b) {
  return a == b || strcmp(a, b) == 0;
}

/* Column index for a column header: the template may repeat a label (table 四 has 结果维持 in
 * each of its three groups), so take the first column of that spelling after `after`, else the
 * first of all. Headers come in column order: the search starts after the last one. */
static int column_index(const nb_block_spec *b, const char *official, int fallback, int after) {
  int from = after < 0 ? 0 : after + 1;
  for (int k = from; k < b->ncolumns; k++)
    if (same_text(b->columns[k].label, official))
      return k;
  for (int k = 0; k < from && k < b->ncolumns; k++)
    if (same_text(b->columns[k].label, official))
      return k;
  return fallback;
}

void asm_add_header(asm_ctx *c, const nb_label_hit *hit, nb_span span, int after) {
  nb_label_kind kind;
  switch (hit->kind) {
  case NB_TARGET_COLUMN:
    kind = NB_LABEL_COLUMN;
    break;
  case NB_TARGET_BLOCK:
    kind = NB_LABEL_BLOCK;
    break;
  case NB_TARGET_ROW:
    kind = NB_LABEL_ROW;
    break;
  default:
    return;
  }
  nb_match match = hit->match;
  if (match == NB_MATCH_PARTIAL && !hit->outdated && span.end <= c->s->len) {
    size_t len;
    char *norm = asm_normalize(c, c->s->text + span.start, span.end - span.start, &len);
    match = nb_label_settle(norm, hit->official, match);
  }
  int block = hit->block, index = hit->index;
  if (kind == NB_LABEL_COLUMN) {
    if (c->spec->nblocks > 1 && c->cur_block >= 0 && c->cur_block != block && !hit->outdated) {
      /* The same column label in another block: it belongs to the block we are in. */
      const nb_block_spec *cur = &c->spec->blocks[c->cur_block];
      if (column_index(cur, hit->official, -1, -1) >= 0)
        block = c->cur_block;
    }
    if (block >= 0 && hit->index >= 0)
      index = column_index(&c->spec->blocks[block], hit->official, hit->index, after);
  }
  /* Written in place, every field: no label built aside and copied in. */
  *nb_table_add_header(c->out) = (nb_header_label){.kind = kind,
                                                   .index = index,
                                                   .block = block,
                                                   .span = span,
                                                   .match = match,
                                                   .official = hit->official,
                                                   .outdated = hit->outdated};
  asm_use_span(c, span);
}

/* The block of the table's first data row. */
static const nb_block_spec *data_block(const asm_ctx *c) {
  int row = asm_next_data_row(c, 0, -1);
  return row >= 0 ? &c->spec->blocks[c->spec->rows[row].block] : NULL;
}

bool asm_fills_by_group(const asm_ctx *c) {
  int row = asm_next_data_row(c, 0, -1);
  const nb_block_spec *b = data_block(c);
  return row >= 0 && !c->spec->rows[row].label && b && b->ncolumns > 0 && b->columns[0].group;
}

/* What tells a group apart from the others: its name after "·" ("行政诉讼·复议后起诉" →
 * 复议后起诉), else the whole name. */
static const char *group_key(const char *group) {
  const char *dot = strstr(group, "\xC2\xB7");
  return dot ? dot + 2 : group;
}

static bool starts_group(const nb_block_spec *b, int k) {
  const char *g = b->columns[k].group;
  return g && !(k > 0 && b->columns[k - 1].group && same_text(b->columns[k - 1].group, g));
}

/* The columns of one group of block b from column `first`. */
static int group_width(const nb_block_spec *b, int first) {
  const char *g = b->columns[first].group;
  int width = 0;
  while (first + width < b->ncolumns && b->columns[first + width].group &&
         same_text(b->columns[first + width].group, g))
    width++;
  return width;
}

/* The groups of built-in templates' blocks the thread computed (group_keys): such a block lives
 * as long as the process, as its normalised keys do, and every table 四 read with it asked them
 * again, comparing the group names of every column. Found by a look at each (no hash of the
 * block's address, which moves from build to build), replaced in turn. */
enum { KNOWN_GROUP_BLOCKS = 4, KNOWN_GROUPS = 16 };
static _Thread_local struct {
  const nb_block_spec *block; /* NULL: an empty entry */
  int n;
  asm_group_key keys[KNOWN_GROUPS];
} known_groups[KNOWN_GROUP_BLOCKS];
static _Thread_local int next_known_group;

static void compute_group_keys(asm_ctx *c, const nb_block_spec *b);

/* The groups of block b with their normalised keys, computed once a table (once a thread for a
 * built-in template): every label row that names no row is tried against them. */
static void group_keys(asm_ctx *c, const nb_block_spec *b) {
  if (c->keys_block == b)
    return;
  c->keys_block = b;
  if (c->own_labels || b->ncolumns > KNOWN_GROUPS) {
    c->group_keys = asm_alloc(c, ((size_t)b->ncolumns + 1) * sizeof *c->group_keys);
    compute_group_keys(c, b);
    return;
  }
  for (int i = 0; i < KNOWN_GROUP_BLOCKS; i++)
    if (known_groups[i].block == b) {
      c->group_keys = known_groups[i].keys;
      c->ngroup_keys = known_groups[i].n;
      return;
    }
  int i = next_known_group;
  next_known_group = (next_known_group + 1) % KNOWN_GROUP_BLOCKS;
  c->group_keys = known_groups[i].keys;
  compute_group_keys(c, b);
  known_groups[i].block = b;
  known_groups[i].n = c->ngroup_keys;
}

/* Fills c->group_keys (room for a group a column) with block b's groups. */
static void compute_group_keys(asm_ctx *c, const nb_block_spec *b) {
  c->ngroup_keys = 0;
  for (int k = 0; k < b->ncolumns; k++) {
    if (!starts_group(b, k))
      continue;
    asm_group_key *g = &c->group_keys[c->ngroup_keys++];
    const char *key = group_key(b->columns[k].group);
    /* A built-in template's text lives as long as the process (a shared label set says it is
     * one): its normalised keys are kept as long. */
    g->key =
        c->own_labels ? asm_normalize(c, key, strlen(key), &g->len) : nb_normalized_static(key);
    if (!c->own_labels)
      g->len = strlen(g->key);
    g->first = k;
    g->width = group_width(b, k);
  }
}

bool asm_group_named(asm_ctx *c, const char *norm, size_t norm_len, int *first_col, int *width) {
  /* The data block is the table's: once its groups are known, it is the block they are of. */
  const nb_block_spec *b = c->keys_block ? c->keys_block : data_block(c);
  if (!b || !norm)
    return false;
  group_keys(c, b);
  size_t best = 0;
  bool tie = false;
  for (int i = 0; i < c->ngroup_keys; i++) {
    const asm_group_key *g = &c->group_keys[i];
    /* A key longer than the label cannot be in it: most labels tried are short header words
     * ("结果", "尚未"), shorter than every group's name, and strstr scanned them anyway. */
    if (g->len == 0 || g->len > norm_len || !strstr(norm, g->key))
      continue;
    if (g->len > best) {
      best = g->len;
      tie = false;
      *first_col = g->first;
      *width = g->width;
    } else if (g->len == best) {
      tie = true;
    }
  }
  return best > 0 && !tie;
}

static void free_ctx(asm_ctx *c) {
  if (!c->rows_in_pool)
    free(c->rows);
  free(c->marks);
  nb_pool_free(&c->pool);
  nb_label_set_free(c->own_labels);
}

/* The context cleared by copies of an empty one, a piece at a time: GCC clears a struct of its
 * size with `rep stos` (or copies it with `rep movs`), whose start-up costs more than these
 * vector moves and mispredicted some eight times a table. */
static void clear_ctx(asm_ctx *c) {
  static const asm_ctx no_ctx;
  enum { PIECE = 128 };
  size_t at = 0;
  for (; at + PIECE <= sizeof *c; at += PIECE)
    memcpy((char *)c + at, (const char *)&no_ctx + at, PIECE);
  memcpy((char *)c + at, (const char *)&no_ctx + at, sizeof *c - at);
}

void nb_assemble_table(const nb_stream *s, const nb_obs_table *obs, const nb_template *tpl,
                       nb_table_id id, nb_table *out) {
  if (!s || !obs || !tpl || !out || id < 0 || id >= NB_TABLE_COUNT || !out->rows || !out->spec)
    return;
  /* Row and column indices come from the template's table; the output must be laid out for
   * the same table. */
  if (out->spec->nrows != tpl->tables[id]->nrows || out->spec->nblocks != tpl->tables[id]->nblocks)
    return;
  asm_ctx c;
  clear_ctx(&c);
  c.s = s;
  c.obs = obs;
  c.tpl = tpl;
  c.spec = out->spec;
  c.id = id;
  c.out = out;
  c.room = scratch;
  c.room_end = scratch + SCRATCH_BYTES;
  c.labels = nb_label_set_shared(tpl, id);
  c.set_id = asm_set_id(tpl->id, id);
  if (!c.labels)
    c.labels = c.own_labels = nb_label_set_new(tpl, id);
  c.used = (nb_span){SIZE_MAX, 0};
  c.by_group = asm_fills_by_group(&c);
  asm_group_rows(&c);
  asm_place_rows(&c);
  free_ctx(&c);
}
