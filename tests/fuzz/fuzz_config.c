/* .nianbao.json: any bytes are either a configuration, then applied to a report's findings, or
 * refused with one line that holds no control character (nothing a terminal would obey). */
#include <stdlib.h>
#include <string.h>

#include "lint/config_file.h"
#include "nianbao.h"
#include "support.h"

static const char report[] =
    "# 某县交通运输局2023年政府信息公开工作年度报告\n\n"
    "## 一、总体情况\n\n正文。\n\n## 三、收到和处理政府信息公开申请情况\n\n"
    "| 一、本年新收政府信息公开申请数量 | 1 | 2 |\n";

static bool printable(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p < 0x20 || *p == 0x7F || (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
      return false;
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nb_settings settings;
  char *error = NULL;
  if (nb_config_parse((const char *)data, size, "fuzz.json", NB_LANG_EN, &settings, &error)) {
    if (error)
      nb_fuzz_require(nb_strdup_printf("accepted, with an error: %s", error));
    nb_lint_options options = {&settings, NULL, NULL, NULL, NULL};
    nb_diag_list diags;
    nb_diag_list_init(&diags);
    nb_lint(report, strlen(report), &options, &diags);
    nb_diag_list_free(&diags);
    nb_settings_free(&settings);
    return 0;
  }
  if (!error)
    nb_fuzz_require(nb_strdup_printf("refused without a message"));
  if (!printable(error))
    nb_fuzz_require(nb_strdup_printf("a message with a control character: %s", error));
  free(error);
  return 0;
}
