/* The hand-built run every emitter test prints: a small UTF-8 text with CJK characters, an
 * astral character (U+1F600), a CRLF line end and a final line break, and four diagnostics
 * whose positions were worked out by hand:
 *
 *   line 1  "标题\n"                     bytes  0..6
 *   line 2  "一、总体情况 😀x\r\n"       bytes  7..32  (一 7, 、10, 总 13, space 25, 😀 26, x 30)
 *   line 3  "第三行\n"                   bytes 33..42  (len 43)
 *
 *   info    rectification-missing  [0,6)   "标题"      1:1 - 1:3
 *   warning section-title          [13,25) "总体情况"  2:3 - 2:7  safe fix → "总体情况说明"
 *   error   sum-row                [30,31) "x"         2:9 - 2:10 related 第三行 3:1 - 3:4,
 *                                                      unsafe fix → "42"; message with % : , \n
 *   error   section-missing        [43,43) end of text 3:4 - 3:4 (the last line, not line 4)
 */
#ifndef TEST_OUTPUT_FIXTURE_H
#define TEST_OUTPUT_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "output/emit.h"

static const char fixture_text[] = "标题\n一、总体情况 😀x\r\n第三行\n";

static void fixture_diags(nb_diag_list *l) {
  nb_diag_list_init(l);
  nb_diag_add(l, "rectification-missing", nb_span_make(0, 6), "未说明整改", "no rectification");
  nb_diag *title =
      nb_diag_add(l, "section-title", nb_span_make(13, 25), "标题不规范", "title differs");
  nb_diag_add_fix(title, true, nb_span_make(13, 25), "总体情况说明", "改为规范标题",
                  "use the official title");
  nb_diag *sum = nb_diag_add(l, "sum-row", nb_span_make(30, 31), "合计 50%%: a,b\n第二行",
                             "total 50%%: a,b\nsecond");
  nb_diag_add_related(sum, nb_span_make(33, 42), "分项", "part");
  nb_diag_add_fix(sum, false, nb_span_make(30, 31), "42", "改为 42", "write 42");
  nb_diag_add(l, "section-missing", nb_span_make(43, 43), "缺少第六部分", "section 6 is missing");
}

/* Runs the emitter into a heap string (caller frees). */
static char *fixture_emit(nb_format format, nb_lang lang, const char *path) {
  nb_diag_list l;
  fixture_diags(&l);
  nb_file_result file = {path, fixture_text, strlen(fixture_text), &l};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, format, lang, &file, 1);
  fclose(out);
  nb_diag_list_free(&l);
  return buf;
}

#endif
