/* Label matching: each match class, ambiguity, and the older template's labels. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/template.h"
#include "core/text.h"
#include "layout/label_index.h"
#include "layout/label_match.h"
#include "test_random_text.h"

static nb_label_set *set2, *set3;

static void setup(void) {
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  set2 = nb_label_set_new(tpl, NB_TABLE_ACTIVE);
  set3 = nb_label_set_new(tpl, NB_TABLE_APPLICATIONS);
}

static void teardown(void) {
  nb_label_set_free(set2);
  nb_label_set_free(set3);
}

static bool best(nb_label_set *set, const char *text, unsigned kinds, nb_label_hit *hit) {
  return nb_label_set_best_raw(set, text, strlen(text), kinds, hit);
}

TestSuite(label_match, .init = setup, .fini = teardown);

Test(label_match, exact_after_normalisation) {
  nb_label_hit h;
  cr_assert(best(set3, "1、属于国家秘密", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_assert(best(set3, "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_assert(best(set3, "4. 无正当理由大量反复 申请", NB_TARGET_ROW, &h));
  cr_expect_eq(h.index, 22);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
}

Test(label_match, variants) {
  nb_label_hit h;
  /* The official label plus a parenthetical note. */
  cr_assert(best(set2, "规章（设区的市人民政府提供）", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 0);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* The official note left out. */
  cr_assert(best(set3, "（二）部分公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* A listed variant of a column label. */
  cr_assert(best(set2, "本年收费金额", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.block, 3);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
  /* The numbering left out. */
  cr_assert(best(set3, "属于国家秘密", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_VARIANT);
}

Test(label_match, partial_pieces) {
  nb_label_hit h;
  cr_assert(best(set3, "（二）部分公开（区分处理的，只计这一情", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 4);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  cr_assert(best(set3, "1、申请人无正当理由逾期不补", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 25);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  cr_assert(best(set2, "现行有效件", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.index, 2);
  cr_expect_eq(h.match, NB_MATCH_PARTIAL);
  /* The end of both （六）1 and （六）2: names neither. */
  cr_expect_not(best(set3, "息公开申请", NB_TARGET_ANY, &h));
  /* Too short to say anything. */
  cr_expect_not(best(set3, "三、", NB_TARGET_ANY, &h));
  cr_expect_not(best(set3, "本", NB_TARGET_ANY, &h));
}

Test(label_match, typos) {
  nb_label_hit h;
  cr_assert(best(set3, "2.其他法律行政止公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 7);
  cr_expect_eq(h.match, NB_MATCH_TYPO);
  cr_assert(best(set3, "2. 其他法律法规禁止公开", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 7);
  cr_expect_eq(h.match, NB_MATCH_TYPO);
  /* Two edits in four code points is another label, not a typo. */
  cr_assert(best(set2, "行政处罚", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 3);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  cr_expect_not(best(set2, "行政奖励", NB_TARGET_ANY, &h));
}

Test(label_match, short_labels_do_not_stretch) {
  nb_label_hit h;
  /* "总计" is a column; the row is "（七）总计". */
  cr_assert(best(set3, "总计", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.index, 6);
  cr_expect_not(best(set3, "总计", NB_TARGET_ROW, &h));
  cr_assert(best(set3, "申请人情况", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_HEADER);
}

Test(label_match, joined_label_cells) {
  nb_label_hit h;
  cr_assert(best(set3, "（三）不予公开1.属于国家秘密", NB_TARGET_ROW, &h));
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
}

Test(label_match, outdated_labels) {
  nb_label_hit h;
  cr_assert(best(set2, "规范性文件", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_ROW);
  cr_expect_eq(h.index, 1); /* its replacement, 行政规范性文件 */
  cr_assert_not_null(h.outdated);
  cr_expect_str_eq(h.outdated->label, "规范性文件");
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  /* The current label is not outdated. */
  cr_assert(best(set2, "行政规范性文件", NB_TARGET_ANY, &h));
  cr_expect_null(h.outdated);
  /* No place in the 2021 table. */
  cr_assert(best(set2, "政府集中采购", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, -1);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "本年新制作数量", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "第二十条第（九）项", NB_TARGET_ANY, &h));
  cr_expect_eq(h.kind, NB_TARGET_BLOCK);
  cr_expect_eq(h.index, -1);
  cr_assert_not_null(h.outdated);
  cr_assert(best(set2, "第二十条第(六)项", NB_TARGET_ANY, &h));
  cr_expect_eq(h.index, 2);
  cr_expect_null(h.outdated);
}

Test(label_match, compare_scores_order_classes) {
  char *off =
      nb_normalize_label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                         strlen("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
  char *short_piece = nb_normalize_label("（二）部分公开（区分", strlen("（二）部分公开（区分"));
  char *long_piece = nb_normalize_label("（二）部分公开（区分处理的，只计这一情",
                                        strlen("（二）部分公开（区分处理的，只计这一情"));
  nb_label_score a = nb_label_compare(short_piece, off);
  nb_label_score b = nb_label_compare(long_piece, off);
  nb_label_score c = nb_label_compare(off, off);
  cr_expect_eq(a.match, NB_MATCH_PARTIAL);
  cr_expect_eq(b.match, NB_MATCH_PARTIAL);
  cr_expect_lt(a.score, b.score); /* a longer piece is a better match */
  cr_expect_lt(b.score, c.score);
  cr_expect_eq(nb_label_compare("", off).match, NB_MATCH_NONE);
  free(off);
  free(short_piece);
  free(long_piece);
}

/* The built-in templates' indexes are generated at build time (label_index.h): value for value
 * what the run-time build computes from the same templates. */
Test(label_match, generated_indexes_equal_the_run_time_build) {
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      const nb_template *tpl = nb_template_get((nb_template_id)t);
      nb_label_set *own = nb_label_set_new(tpl, (nb_table_id)id);
      const nb_label_index *a = nb_label_set_index(own);
      const nb_label_index *b = nb_label_set_index(nb_label_set_shared(tpl, (nb_table_id)id));
      cr_assert_gt(a->n, 0);
      cr_assert_eq(a->n, b->n, "template %d table %d", t, id);
      cr_expect_eq(a->indexed, b->indexed);
      for (int i = 0; i < a->n; i++) {
        const nb_label_spelling *x = &a->spellings[i], *y = &b->spellings[i];
        cr_expect_str_eq(x->m.s, y->m.s, "template %d table %d spelling %d", t, id, i);
        cr_expect_eq(x->m.len, y->m.len);
        cr_expect_eq(x->m.ncps, y->m.ncps);
        cr_expect_eq(x->m.bits, y->m.bits);
        cr_expect_eq(x->m.core, y->m.core);
        cr_expect_eq(x->m.core_cps, y->m.core_cps);
        cr_expect_eq(x->m.num, y->m.num);
      }
      cr_assert_eq(a->ntrie, b->ntrie, "template %d table %d", t, id);
      for (int k = 0; k < a->ntrie; k++) {
        const nb_label_trie_node *x = &a->trie[k], *y = &b->trie[k];
        cr_expect(x->cp == y->cp && x->spelling == y->spelling && x->children == y->children &&
                      x->nchildren == y->nchildren && x->run == y->run && x->run_at == y->run_at &&
                      x->run_end == y->run_end,
                  "template %d table %d trie node %d", t, id, k);
      }
      cr_assert_eq(a->ntrie_text, b->ntrie_text);
      cr_expect_eq(memcmp(a->trie_text, b->trie_text, (size_t)a->ntrie_text), 0);
      for (int i = 0; i < a->n; i++) {
        const nb_label_key *x = &a->keys[i], *y = &b->keys[i];
        cr_expect(x->bits == y->bits && x->len == y->len && x->ncps == y->ncps &&
                      x->head == y->head && x->tail == y->tail && x->tail_mask == y->tail_mask &&
                      x->short_core == y->short_core && x->kind == y->kind,
                  "template %d table %d key %d", t, id, i);
      }
      cr_expect_eq(memcmp(a->first_child, b->first_child, sizeof a->first_child), 0);
      cr_expect_eq(memcmp(a->starts, b->starts, sizeof *a->starts), 0,
                   "template %d table %d: starts", t, id);
      const nb_label_candidates *ca = &a->candidates, *cb = &b->candidates;
      cr_expect(ca->usable && cb->usable, "template %d table %d: candidates' masks", t, id);
      cr_expect(memcmp(ca->by_start, cb->by_start, sizeof ca->by_start) == 0 &&
                    memcmp(ca->by_end, cb->by_end, sizeof ca->by_end) == 0 &&
                    memcmp(ca->up_to_cps, cb->up_to_cps, sizeof ca->up_to_cps) == 0 &&
                    ca->unfiltered == cb->unfiltered,
                "template %d table %d: candidates' masks", t, id);
      cr_assert_eq(a->verbatim != NULL, b->verbatim != NULL);
      if (a->verbatim) {
        cr_expect_eq(memcmp(a->verbatim, b->verbatim, NB_LABEL_EXACT_SLOTS * sizeof *a->verbatim),
                     0);
        cr_expect_eq(memcmp(a->exact_of, b->exact_of, (size_t)a->n * sizeof *a->exact_of), 0);
      }
      if (a->indexed) {
        cr_expect_eq(memcmp(a->exact, b->exact, NB_LABEL_EXACT_SLOTS * sizeof *a->exact), 0);
        for (int i = 0; i < a->n; i++)
          cr_expect_eq(a->spellings[i].next_same, b->spellings[i].next_same);
      }
      nb_label_set_free(own);
    }
}

/* A label inside run-on text: its end is where the label ends, compared as normalised (widths,
 * spaces, brackets, "、" after digits as "."), and the bytes of the text it took are returned. */
Test(label_match, prefix_inside_text) {
  nb_label_hit h;
  const char *numbered = "１、属于国家秘密 3 0 1";
  cr_assert_eq(nb_label_set_prefix(set3, numbered, 0, strlen(numbered), NB_TARGET_ROW, &h), 24);
  cr_expect_eq(h.index, 6);
  cr_expect_eq(h.match, NB_MATCH_EXACT);
  /* Longer than the few characters compared at a time, with spaces and half-width brackets. */
  const char *noted = "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) 5";
  cr_assert_eq(nb_label_set_prefix(set3, noted, 0, strlen(noted), NB_TARGET_ROW, &h), 75);
  cr_expect_eq(h.index, 4);
  const char *wide = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）5";
  cr_assert_eq(nb_label_set_prefix(set3, wide, 0, strlen(wide), NB_TARGET_ROW, &h), 84);
  cr_expect_eq(h.index, 4);
  /* One character off, or the text ending inside the label: no label starts there. */
  const char *other = "１、属于国家机密 3";
  cr_expect_eq(nb_label_set_prefix(set3, other, 0, strlen(other), NB_TARGET_ROW, &h), 0);
  cr_expect_eq(nb_label_set_prefix(set3, numbered, 0, 21, NB_TARGET_ROW, &h), 0);
  /* Gaps: the spaces of the noted label, none in the numbered one (the spaces after it are no
   * part of it). */
  bool gaps = true;
  int spelling = -1;
  cr_expect_eq(nb_label_set_prefix_gaps(set3, numbered, 0, strlen(numbered), NB_TARGET_ROW, &h,
                                        &gaps, &spelling),
               24);
  cr_expect(!gaps);
  size_t norm_len;
  cr_expect_str_eq(nb_label_set_spelling(set3, spelling, &norm_len), "1.属于国家秘密");
  /* Without a hit to fill: the length and spelling all the same. */
  spelling = -1;
  cr_expect_eq(nb_label_set_prefix_gaps(set3, numbered, 0, strlen(numbered), NB_TARGET_ROW, NULL,
                                        &gaps, &spelling),
               24);
  cr_expect_str_eq(nb_label_set_spelling(set3, spelling, &norm_len), "1.属于国家秘密");
  cr_expect_eq(norm_len, strlen("1.属于国家秘密"));
  cr_expect_eq(
      nb_label_set_prefix_gaps(set3, noted, 0, strlen(noted), NB_TARGET_ROW, &h, &gaps, &spelling),
      75);
  cr_expect(gaps);
  cr_expect_eq(
      nb_label_set_prefix_gaps(set3, wide, 0, strlen(wide), NB_TARGET_ROW, &h, &gaps, &spelling),
      84);
  cr_expect(!gaps);
}

/* Bytes of the first `cps` code points of s (all of it when shorter). */
static size_t cp_bytes(const char *s, size_t cps) {
  size_t i = 0, len = strlen(s);
  for (size_t k = 0; k < cps && i < len; k++)
    nb_utf8_next(s, len, &i);
  return i;
}

/* nb_label_set_prefix by its definition: the text's prefixes that end after a character
 * nb_normalize_label keeps, normalised and looked up among the index's spellings; the longest
 * found wins. 0 when none is, or when the text starts with a character the comparison drops. */
static size_t plain_prefix(const nb_label_index *x, const char *t, size_t len) {
  size_t i = 0, best = 0, best_len = 0;
  if (!len || !nb_fold_label_cp(nb_utf8_next(t, len, &i)))
    return 0;
  for (i = 0; i < len;) {
    if (!nb_fold_label_cp(nb_utf8_next(t, len, &i)))
      continue;
    char *norm = nb_normalize_label(t, i);
    size_t nlen = strlen(norm);
    for (int k = 0; k < x->n; k++)
      if (nlen > best_len && x->spellings[k].m.len == nlen &&
          strcmp(x->spellings[k].m.s, norm) == 0) {
        best = i;
        best_len = nlen;
      }
    free(norm);
  }
  return best;
}

/* Whether t[0, len) holds a character nb_normalize_label drops. */
static bool drops_some(const char *t, size_t len) {
  for (size_t i = 0; i < len;)
    if (!nb_fold_label_cp(nb_utf8_next(t, len, &i)))
      return true;
  return false;
}

/* `label` with full-width brackets, commas and colons, "、" for ".", a space after its first
 * character, and the text[0, len) behind it (as much as fits in cap bytes); returns its length. */
static size_t written_otherwise(const char *label, char *text, size_t cap, size_t len) {
  char out[512];
  size_t o = 0;
  for (size_t i = 0; label[i] && o + 8 < sizeof out; i++) {
    const char *wide = label[i] == '('   ? "（"
                       : label[i] == ')' ? "）"
                       : label[i] == ',' ? "，"
                       : label[i] == ':' ? "："
                       : label[i] == '.' ? "、"
                                         : NULL;
    if (wide) {
      memcpy(out + o, wide, strlen(wide));
      o += strlen(wide);
    } else {
      out[o++] = label[i];
    }
    if (i + 1 == cp_bytes(label, 1))
      out[o++] = ' ';
  }
  cr_assert_lt(o, cap, "\"%s\" written otherwise fits the text", label);
  size_t tail = len < cap - 1 - o ? len : cap - 1 - o;
  memmove(text + o, text, tail);
  memcpy(text, out, o);
  text[o + tail] = '\0';
  return o + tail;
}

/* nb_label_may_start turns a place away only where no label starts (nb_label_set_prefix), on
 * the texts of check_prefix at every byte, and where it lets one pass, the walk from the first
 * character nb_label_first_char decoded (nb_label_set_prefix_first) answers as the walk that
 * decodes it (nb_label_set_prefix_gaps); returns how many places it turned away. */
static long check_may_start(const nb_label_set *set, const char *text, size_t len) {
  long rejected = 0;
  for (size_t at = 0; at < len; at++) {
    uint32_t first = nb_label_first_char(nb_label_set_starts(set), text, at, len);
    cr_assert_eq(first != 0, nb_label_may_start(nb_label_set_starts(set), text, at, len));
    if (first) {
      bool gaps, first_gaps;
      int spelling = -1, first_spelling = -1;
      size_t n =
          nb_label_set_prefix_gaps(set, text, at, len, NB_TARGET_ANY, NULL, &gaps, &spelling);
      cr_assert_eq(nb_label_set_prefix_first(set, text, at, len, first, NB_TARGET_ANY, NULL,
                                             &first_gaps, &first_spelling),
                   n, "\"%s\" at %zu", text, at);
      cr_assert(!n || (first_gaps == gaps && first_spelling == spelling), "\"%s\" at %zu", text,
                at);
      continue;
    }
    nb_label_hit h;
    cr_assert_eq(nb_label_set_prefix(set, text, at, len, NB_TARGET_ANY, &h), 0, "\"%s\" at %zu",
                 text, at);
    rejected++;
  }
  return rejected;
}

/* The trie's walk along run-on text (nb_label_set_prefix) against plain_prefix, for the label
 * sets `sets` (their index x), on random texts joined from the spellings, pieces of them and the
 * characters that normalising folds or drops, and on every spelling as typists write it. Returns
 * how many texts a label starts. */
static long check_prefix(const nb_label_set *const *sets, int nsets, const nb_label_index *x,
                         uint32_t *seed, long *turned_away) {
  static const char *const extra[] = {" ",  "（", "）",   "，", "、",           "1", "2", "3.", "0",
                                      "属", "于", "其他", "x",  "\xe3\x80\x80", NULL};
  enum { MAX_PIECES = 256, ROUNDS = 2000 };
  static const char *pieces[MAX_PIECES + 1];
  static char halves[MAX_PIECES][256];
  int n = 0;
  for (int k = 0; k < x->n && n + 2 < MAX_PIECES; k++) {
    const char *sp = x->spellings[k].m.s;
    pieces[n++] = sp;
    snprintf(halves[n], sizeof halves[n], "%.*s", (int)cp_bytes(sp, 2), sp);
    pieces[n] = halves[n];
    n++;
  }
  for (int k = 0; extra[k] && n < MAX_PIECES; k++)
    pieces[n++] = extra[k];
  pieces[n] = NULL;
  long found = 0;
  for (int round = 0; round < ROUNDS + x->n; round++) {
    char text[256];
    size_t len = rt_text(text, sizeof text, pieces, 5, seed);
    if (round >= ROUNDS)
      len = written_otherwise(x->spellings[round - ROUNDS].m.s, text, sizeof text, len);
    size_t want = plain_prefix(x, text, len);
    found += want > 0;
    for (int s = 0; s < nsets; s++)
      *turned_away += check_may_start(sets[s], text, len);
    for (int s = 0; s < nsets; s++) {
      nb_label_hit h;
      cr_assert_eq(nb_label_set_prefix(sets[s], text, 0, len, NB_TARGET_ANY, &h), want,
                   "\"%s\" (set %d)", text, s);
      bool gaps;
      int spelling;
      cr_assert_eq(
          nb_label_set_prefix_gaps(sets[s], text, 0, len, NB_TARGET_ANY, &h, &gaps, &spelling),
          want);
      cr_assert_eq(gaps, drops_some(text, want), "\"%.*s\": gaps", (int)want, text);
      /* After other bytes, where the walk compares a short run with the 16 bytes that end it
       * (the text's and those before it) at once: at 0, the first runs byte by byte. */
      enum { LEAD = 20 };
      char placed[LEAD + sizeof text];
      for (size_t k = 0; k < LEAD; k++)
        placed[k] = (char)(0x80 + (round * 7 + k) % 0x7F);
      memcpy(placed + LEAD, text, len);
      cr_assert_eq(nb_label_set_prefix(sets[s], placed, LEAD, LEAD + len, NB_TARGET_ANY, &h), want,
                   "\"%s\" after other text (set %d)", text, s);
      if (!want)
        continue;
      /* The spelling found is the text's normalised form: the assembler takes it for that. */
      char *norm = nb_normalize_label(text, want);
      size_t norm_len;
      cr_assert_str_eq(nb_label_set_spelling(sets[s], spelling, &norm_len), norm, "\"%.*s\"",
                       (int)want, text);
      cr_assert_eq(norm_len, strlen(norm));
      free(norm);
    }
  }
  return found;
}

/* The built-in templates' tables, generated and built at run time. */
Test(label_match, prefix_equals_normalising_every_prefix) {
  long found = 0, texts = 0, turned_away = 0;
  uint32_t seed = 7;
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      const nb_template *tpl = nb_template_get((nb_template_id)t);
      nb_label_set *own = nb_label_set_new(tpl, (nb_table_id)id);
      const nb_label_set *sets[2] = {nb_label_set_shared(tpl, (nb_table_id)id), own};
      const nb_label_index *x = nb_label_set_index(own);
      found += check_prefix(sets, 2, x, &seed, &turned_away);
      texts += 2000 + x->n;
      nb_label_set_free(own);
    }
  cr_expect_gt(found * 3, texts, "labels start most texts (%ld of %ld)", found, texts);
  /* The texts are mostly label pieces: nb_label_may_start passes most of their places. */
  cr_expect_gt(turned_away, 10000, "places turned away: %ld", turned_away);
}

/* Labels made for the trie's shortcuts: a label that others continue without a choice for a
 * while ("其他" in "其他结果(甲)": the run below it must stop there, or text that leaves the
 * longer labels after "其他结果(" names none), digits before ideographs and a "、" that stays
 * one after them ("2属于、甲"), brackets and branches. */
Test(label_match, prefix_of_labels_inside_runs) {
  static const nb_row_spec rows[] = {
      {"其他", NULL, NB_ROW_DATA, 0, -1},         {"其他结果(甲)", NULL, NB_ROW_DATA, 0, -1},
      {"其他结果(乙)", NULL, NB_ROW_DATA, 0, -1}, {"甲乙丁戊", NULL, NB_ROW_DATA, 0, -1},
      {"2属于、甲", NULL, NB_ROW_DATA, 0, -1},    {"1.属于", NULL, NB_ROW_DATA, 0, -1},
      {"(一)予以公开", NULL, NB_ROW_DATA, 0, -1}, {"予以公开(注)说明", NULL, NB_ROW_DATA, 0, -1},
  };
  static const nb_block_spec blocks[] = {{NULL, NULL, 0, NULL}};
  static const nb_table_spec table = {"表", "table", blocks, 1, rows, 8, NULL, 0};
  nb_template tpl = *nb_template_get(NB_TPL_2021);
  tpl.tables[NB_TABLE_ACTIVE] = &table;
  tpl.noutdated_labels = 0;
  nb_label_set *set = nb_label_set_new(&tpl, NB_TABLE_ACTIVE);
  const nb_label_set *sets[1] = {set};
  uint32_t seed = 3;
  long turned_away = 0;
  cr_expect_gt(check_prefix(sets, 1, nb_label_set_index(set), &seed, &turned_away), 500);
  nb_label_hit h;
  const char *other = "其他结果(丙)";
  cr_expect_eq(nb_label_set_prefix(set, other, 0, strlen(other), NB_TARGET_ANY, &h), 6);
  const char *pause = "2属于、甲";
  cr_expect_eq(nb_label_set_prefix(set, pause, 0, strlen(pause), NB_TARGET_ANY, &h), strlen(pause));
  nb_label_set_free(set);
}

/* Kinds narrow the labels searched: a column's text is no row, and a text several labels spell
 * is found as the first of the kinds asked for. */
Test(label_match, prefix_of_kinds) {
  nb_label_hit h;
  const char *column = "自然人 3";
  cr_expect_eq(nb_label_set_prefix(set3, column, 0, strlen(column), NB_TARGET_ROW, &h), 0);
  cr_assert_eq(nb_label_set_prefix(set3, column, 0, strlen(column), NB_TARGET_COLUMN, &h), 9);
  cr_expect_eq(h.kind, NB_TARGET_COLUMN);
  cr_expect_eq(h.index, 0);
}

/* Observed labels made from a template label the ways layouts and typists change them: cut at
 * either end, a character replaced or dropped, a note added or dropped, the numbering dropped or
 * another label's text joined in front; and a few texts of other shapes. */
static int near_forms(const char *t, char out[][256]) {
  size_t len = strlen(t), cps = nb_utf8_count(t, len);
  int n = 0;
  for (size_t k = 0; k <= cps && n < 28; k += (k < 6 || k + 6 > cps) ? 1 : 3) {
    size_t a = cp_bytes(t, k);
    snprintf(out[n++], 256, "%.*s", (int)a, t); /* the first k code points */
    snprintf(out[n++], 256, "%s", t + a);       /* without them */
  }
  size_t mid = cp_bytes(t, cps / 2), next = cp_bytes(t, cps / 2 + 1);
  snprintf(out[n++], 256, "%.*s错%s", (int)mid, t, t + next);
  snprintf(out[n++], 256, "%.*s%s", (int)mid, t, t + next);
  snprintf(out[n++], 256, "%.*s%s", (int)mid, t, t + cp_bytes(t, cps / 2 + 2));
  size_t first = cp_bytes(t, 1), last = cps ? cp_bytes(t, cps - 1) : 0;
  if (last > first) /* both ends cut: a misspelling, no piece */
    snprintf(out[n++], 256, "%.*s", (int)(last - first), t + first);
  snprintf(out[n++], 256, "%s(注)", t);
  const char *paren = strrchr(t, '(');
  if (paren)
    snprintf(out[n++], 256, "%.*s", (int)(paren - t), t);
  snprintf(out[n++], 256, "(三)不予公开%s", t);
  snprintf(out[n++], 256, "1.%s", t);
  snprintf(out[n++], 256, "a)");
  snprintf(out[n++], 256, "ab(c)");
  return n;
}

/* nb_label_set_best skips a label when nb_label_may_match says it cannot match: that must only
 * happen where the full comparison finds nothing. Held against nb_label_compare over every
 * pair of a table's spellings and forms made from them, and the filter must reject most pairs
 * (else it would be no filter). */
Test(label_match, quick_filter_rejects_only_what_cannot_match) {
  const nb_template *tpl = nb_template_get(NB_TPL_2021);
  long pairs = 0, rejected = 0, matched = 0, candidates = 0;
  static char forms[64][256];
  for (int id = 0; id < NB_TABLE_COUNT; id++) {
    const nb_label_index *x = nb_label_set_index(nb_label_set_shared(tpl, (nb_table_id)id));
    for (int i = 0; i < x->n; i++) {
      int nforms = near_forms(x->spellings[i].m.s, forms);
      for (int f = 0; f < nforms; f++) {
        char *obs = nb_normalize_label(forms[f], strlen(forms[f]));
        nb_label_measures o = nb_label_measure(obs, strlen(obs));
        for (int j = 0; j < x->n; j++) {
          const nb_label_measures *off = &x->spellings[j].m;
          nb_label_score s = nb_label_compare(obs, off->s);
          bool may = nb_label_may_match(&o, off);
          bool candidate = nb_label_is_candidate(x, &o, j);
          if (may)
            cr_assert(candidate, "\"%s\" passes the filter against \"%s\" but is no candidate", obs,
                      off->s);
          candidates += candidate;
          pairs++;
          rejected += !may;
          matched += s.match != NB_MATCH_NONE;
          if (!may)
            cr_assert_eq(s.match, NB_MATCH_NONE, "\"%s\" rejected against \"%s\" (class %d)", obs,
                         off->s, s.match);
        }
        free(obs);
      }
    }
  }
  cr_expect_gt(matched, 1000, "the forms match labels (%ld of %ld pairs)", matched, pairs);
  cr_expect_gt(rejected * 10, pairs * 8, "the filter rejects most pairs (%ld of %ld)", rejected,
               pairs);
  /* The masks leave few labels to the filter: not many more than it passes. */
  cr_expect_lt(candidates * 10, pairs * 4, "candidates: %ld of %ld pairs", candidates, pairs);
}

/* The same over texts of short pieces (ASCII cores, notes, numbering, repeated characters), each
 * held against every other as observed and as official label. */
Test(label_match, quick_filter_on_short_texts) {
  static const char *const pieces[] = {"a",  "b",    "ab", "(",    ")",    "1.", "(一)", "结",
                                       "果", "维持", "、", "其他", "(注)", "x",  NULL};
  enum { N = 300 };
  static char texts[N][64];
  uint32_t seed = 11;
  for (int i = 0; i < N; i += 2) { /* every other text a note added to the one before */
    char raw[64];
    rt_text(raw, 48, pieces, 6, &seed);
    char *norm = nb_normalize_label(raw, strlen(raw));
    snprintf(texts[i], sizeof texts[i], "%s", norm);
    snprintf(texts[i + 1], sizeof texts[i + 1], "%s(注)", norm);
    free(norm);
  }
  long pairs = 0, rejected = 0, matched = 0;
  for (int i = 0; i < N; i++) {
    nb_label_measures o = nb_label_measure(texts[i], strlen(texts[i]));
    for (int j = 0; j < N; j++) {
      nb_label_measures f = nb_label_measure(texts[j], strlen(texts[j]));
      nb_label_score s = nb_label_compare(texts[i], texts[j]);
      bool may = nb_label_may_match(&o, &f);
      pairs++;
      rejected += !may;
      matched += s.match != NB_MATCH_NONE;
      if (!may)
        cr_assert_eq(s.match, NB_MATCH_NONE, "\"%s\" rejected against \"%s\" (class %d)", texts[i],
                     texts[j], s.match);
    }
  }
  cr_expect_gt(matched, 500, "the texts match each other (%ld of %ld pairs)", matched, pairs);
  cr_expect_gt(rejected * 2, pairs, "the filter rejects most pairs (%ld of %ld)", rejected, pairs);
}

static bool same_hit(const nb_label_hit *a, const nb_label_hit *b) {
  return a->kind == b->kind && a->index == b->index && a->block == b->block &&
         a->official == b->official && a->outdated == b->outdated && a->match == b->match &&
         a->score == b->score;
}

/* Every text of table `id` the label set lists (rows, columns, their variants, groups, blocks and
 * header labels); returns how many, at most max. */
static int table_texts(const nb_table_spec *spec, const char **out, int max) {
  int n = 0;
#define PUT(x)                                                                                     \
  do {                                                                                             \
    if ((x) && n < max)                                                                            \
      out[n++] = (x);                                                                              \
  } while (0)
  for (int r = 0; r < spec->nrows; r++) {
    PUT(spec->rows[r].label);
    for (int v = 0; spec->rows[r].variants && spec->rows[r].variants[v]; v++)
      PUT(spec->rows[r].variants[v]);
  }
  for (int b = 0; b < spec->nblocks; b++) {
    const nb_block_spec *blk = &spec->blocks[b];
    PUT(blk->label);
    for (int c = 0; c < blk->ncolumns; c++) {
      PUT(blk->columns[c].label);
      for (int v = 0; blk->columns[c].variants && blk->columns[c].variants[v]; v++)
        PUT(blk->columns[c].variants[v]);
      PUT(blk->columns[c].group);
    }
    for (int h = 0; blk->header_labels && blk->header_labels[h]; h++)
      PUT(blk->header_labels[h]);
  }
#undef PUT
  return n;
}

/* A cell spelt exactly as the template spells a label skips normalising and hashing: what
 * nb_label_set_verbatim and nb_label_set_best_spelling give must be what normalising and
 * nb_label_set_best_n give, for every label's text, and no other text is found verbatim. */
Test(label_match, verbatim_lookup_equals_normalising) {
  static const unsigned kinds[] = {NB_TARGET_ANY, NB_TARGET_ROW, NB_TARGET_COLUMN,
                                   NB_TARGET_BLOCK | NB_TARGET_HEADER};
  static const char *texts[1024];
  long found = 0;
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      const nb_template *tpl = nb_template_get((nb_template_id)t);
      const nb_label_set *sets[2] = {nb_label_set_shared(tpl, (nb_table_id)id),
                                     nb_label_set_new(tpl, (nb_table_id)id)};
      int ntexts = table_texts(tpl->tables[id], texts, 1024);
      for (int s = 0; s < 2; s++)
        for (int r = 0; r < ntexts; r++) {
          const char *label = texts[r];
          /* The label as the template spells it, and cut by a byte (no longer verbatim). */
          for (size_t len = strlen(label); len + 1 >= strlen(label) && len > 0; len--) {
            char *norm = nb_normalize_label(label, len);
            size_t vlen = 0;
            int spelling = -1;
            const char *v = nb_label_set_verbatim(sets[s], label, len, &vlen, &spelling);
            if (len < strlen(label)) {
              cr_expect_null(v, "\"%.*s\" is no template text", (int)len, label);
              free(norm);
              continue;
            }
            cr_assert_not_null(v, "\"%s\" is a template text", label);
            found++;
            cr_expect_str_eq(v, norm);
            cr_expect_eq(vlen, strlen(norm));
            for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
              nb_label_hit a, b;
              memset(&a, 0, sizeof a);
              memset(&b, 0, sizeof b);
              bool ok_a = nb_label_set_best_spelling(sets[s], spelling, kinds[k], &a);
              bool ok_b = nb_label_set_best_n(sets[s], norm, strlen(norm), kinds[k], &b);
              cr_expect_eq(ok_a, ok_b, "\"%s\" kinds %u", label, kinds[k]);
              if (ok_a && ok_b)
                cr_expect(same_hit(&a, &b), "\"%s\" kinds %u", label, kinds[k]);
            }
            free(norm);
          }
        }
      nb_label_set_free((nb_label_set *)sets[1]);
    }
  cr_expect_gt(found, 100);
}
