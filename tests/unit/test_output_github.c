/* GitHub workflow annotations: command per severity, positions, and GitHub's escaping. */
#include <criterion/criterion.h>

#include "test_output_fixture.h"

Test(output_github, chinese_with_escaping) {
  char *s = fixture_emit(NB_FORMAT_GITHUB, NB_LANG_ZH, "年报/a,b:c%.md");
  const char *path = "年报/a%2Cb%3Ac%25.md";
  char expected[2048];
  snprintf(expected, sizeof expected,
           "::notice file=%s,line=1,col=1,endLine=1,endColumn=3,title=nianbao "
           "rectification-missing::未说明整改\n"
           "::warning file=%s,line=2,col=3,endLine=2,endColumn=7,title=nianbao "
           "section-title::标题不规范\n"
           "::error file=%s,line=2,col=9,endLine=2,endColumn=10,title=nianbao "
           "sum-row::合计 50%%25: a,b%%0A第二行\n"
           "::error file=%s,line=3,col=4,endLine=3,endColumn=4,title=nianbao "
           "section-missing::缺少第六部分\n",
           path, path, path, path);
  cr_assert_str_eq(s, expected);
  free(s);
}

Test(output_github, english_messages_and_carriage_return) {
  nb_diag_list l;
  nb_diag_list_init(&l);
  nb_diag_add(&l, "table-missing", nb_span_make(2, 4), "表", "a\r\nb");
  nb_file_result file = {"r.md", "x\ny\n", 4, &l};
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  nb_emit(out, NB_FORMAT_GITHUB, NB_LANG_EN, &file, 1);
  fclose(out);
  /* [2,4) is "y\n": from 2:1 to the end of the text, which is after y on line 2. */
  cr_assert_str_eq(buf, "::error file=r.md,line=2,col=1,endLine=2,endColumn=2,title=nianbao "
                        "table-missing::a%0D%0Ab\n");
  free(buf);
  nb_diag_list_free(&l);
}
