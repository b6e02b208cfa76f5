/* Writes the label indexes of the built-in templates (label_index.h) as C data, for
 * label_match.c to compile in: run by the build, never installed.
 *
 *   nb-label-index-gen OUTPUT
 *
 * Each index is label_match.c's own run-time build of the same set, written out value for
 * value, so the generated data cannot differ from what nianbao would compute. */
#include <stdio.h>
#include <stdlib.h>

#include "core/template.h"
#include "layout/label_index.h"
#include "layout/label_match.h"

/* Every byte that is not a letter or digit as an octal escape: no trigraph, no quote and no
 * escape sequence can form. */
static void write_string(FILE *f, const char *s, size_t len) {
  fputc('"', f);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      fputc(c, f);
    else
      fprintf(f, "\\%03o", c);
  }
  fputc('"', f);
}

static void write_ints(FILE *f, const char *name, const int *v, int n) {
  fprintf(f, "static const int %s[%d] = {", name, n > 0 ? n : 1);
  for (int i = 0; i < n; i++)
    fprintf(f, "%s%d,", i % 16 ? " " : "\n    ", v[i]);
  fprintf(f, "%s};\n", n > 0 ? "\n" : "0");
}

static void write_index(FILE *f, int t, int id, const nb_label_index *x) {
  fprintf(f, "\nstatic const nb_label_spelling spellings_%d_%d[%d] = {\n", t, id,
          x->n > 0 ? x->n : 1);
  for (int i = 0; i < x->n; i++) {
    const nb_label_spelling *sp = &x->spellings[i];
    const nb_label_measures *m = &sp->m;
    fputs("    {{", f);
    write_string(f, m->s, m->len);
    fprintf(f, ", %zu, %zu, UINT64_C(0x%016llx), %zu, %zu, %zu}, %d},\n", m->len, m->ncps,
            (unsigned long long)m->bits, m->core, m->core_cps, m->num, sp->next_same);
  }
  fputs(x->n > 0 ? "};\n" : "    {{\"\", 0, 0, 0, 0, 0, 0}, -1}};\n", f);
  char name[64];
  snprintf(name, sizeof name, "exact_%d_%d", t, id);
  write_ints(f, name, x->exact, NB_LABEL_EXACT_SLOTS);
  fprintf(f, "static const nb_label_trie_node trie_%d_%d[%d] = {", t, id, x->ntrie);
  for (int k = 0; k < x->ntrie; k++) {
    const nb_label_trie_node *node = &x->trie[k];
    fprintf(f, "%s{0x%lx, %d, %d, %d, %d, %d, %d},", k % 3 ? " " : "\n    ",
            (unsigned long)node->cp, node->spelling, node->children, node->nchildren, node->run,
            node->run_at, node->run_end);
  }
  fprintf(f, "\n};\nstatic const char trie_text_%d_%d[] = ", t, id);
  write_string(f, x->trie_text, (size_t)x->ntrie_text);
  fputs(";\n", f);
  fprintf(f, "static const nb_label_key keys_%d_%d[%d] = {\n", t, id, x->n > 0 ? x->n : 1);
  for (int i = 0; i < x->n; i++) {
    const nb_label_key *k = &x->keys[i];
    fprintf(f, "    {UINT64_C(0x%016llx), %lu, %lu, 0x%lx, 0x%lx, 0x%lx, %lu, %u},\n",
            (unsigned long long)k->bits, (unsigned long)k->len, (unsigned long)k->ncps,
            (unsigned long)k->head, (unsigned long)k->tail, (unsigned long)k->tail_mask,
            (unsigned long)k->short_core, (unsigned)k->kind);
  }
  fputs(x->n > 0 ? "};\n" : "    {0, 0, 0, 0, 0, 0, 0, 0}};\n", f);
  if (x->verbatim) {
    snprintf(name, sizeof name, "verbatim_%d_%d", t, id);
    write_ints(f, name, x->verbatim, NB_LABEL_EXACT_SLOTS);
    snprintf(name, sizeof name, "exact_of_%d_%d", t, id);
    write_ints(f, name, x->exact_of, x->n);
  }
  fprintf(f, "static const nb_label_starts starts_%d_%d = {{", t, id);
  for (int b = 0; b < 16; b++)
    fprintf(f, "%sUINT64_C(0x%llx)", b ? (b % 4 ? ", " : ",\n    ") : "",
            (unsigned long long)x->starts->ideographs[b]);
  fprintf(f, "},\n    %u, %u};\n", (unsigned)x->starts->digits, (unsigned)x->starts->digit_digits);
}

static void write_masks(FILE *f, const uint64_t *m) {
  fputs("          {", f);
  for (int b = 0; b < NB_LABEL_CANDIDATE_SLOTS; b++)
    fprintf(f, "%sUINT64_C(0x%llx)", b ? (b % 4 ? ", " : ",\n           ") : "",
            (unsigned long long)m[b]);
  fputs("},\n", f);
}

/* The index's initializer: the arrays write_index wrote, by name. */
static void write_index_value(FILE *f, int t, int id, const nb_label_index *x) {
  fprintf(f,
          "        {%d, spellings_%d_%d, %s, exact_%d_%d, %d, trie_%d_%d, %d, trie_text_%d_%d,\n",
          x->n, t, id, x->indexed ? "true" : "false", t, id, x->ntrie, t, id, x->ntrie_text, t, id);
  if (x->verbatim)
    fprintf(f, "         keys_%d_%d, verbatim_%d_%d, exact_of_%d_%d,\n         {", t, id, t, id, t,
            id);
  else
    fprintf(f, "         keys_%d_%d, NULL, NULL,\n         {", t, id);
  for (int b = 0; b < NB_LABEL_FIRST_SLOTS; b++)
    fprintf(f, "%s%d", b ? ", " : "", x->first_child[b]);
  const nb_label_candidates *c = &x->candidates;
  fprintf(f, "},\n         {%s,\n", c->usable ? "true" : "false");
  write_masks(f, c->by_start);
  write_masks(f, c->by_end);
  write_masks(f, c->up_to_cps);
  fprintf(f, "          UINT64_C(0x%016llx)},\n         &starts_%d_%d},\n",
          (unsigned long long)c->unfiltered, t, id);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fputs("usage: nb-label-index-gen OUTPUT\n", stderr);
    return 2;
  }
  FILE *f = fopen(argv[1], "w");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  fputs("/* Generated by src/layout/gen/label_index_gen.c from the built-in templates: do not "
        "edit. */\n#include <stddef.h>\n#include <stdint.h>\n",
        f);
  for (int t = 0; t < NB_TPL_COUNT; t++)
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      nb_label_set *set = nb_label_set_new(nb_template_get((nb_template_id)t), (nb_table_id)id);
      write_index(f, t, id, nb_label_set_index(set));
      nb_label_set_free(set);
    }
  fputs("\nstatic const nb_label_index generated_label_indexes[NB_TPL_COUNT][NB_TABLE_COUNT] = "
        "{\n",
        f);
  for (int t = 0; t < NB_TPL_COUNT; t++) {
    fputs("    {\n", f);
    for (int id = 0; id < NB_TABLE_COUNT; id++) {
      nb_label_set *set = nb_label_set_new(nb_template_get((nb_template_id)t), (nb_table_id)id);
      write_index_value(f, t, id, nb_label_set_index(set));
      nb_label_set_free(set);
    }
    fputs("    },\n", f);
  }
  fputs("};\n", f);
  if (fclose(f) != 0) {
    perror(argv[1]);
    return 1;
  }
  return 0;
}
