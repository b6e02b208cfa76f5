#include "messages.h"

#include <stdarg.h>
#include <stdlib.h>

static void vprint_line(nb_lang lang, const char *zh_fmt, const char *en_fmt, va_list ap,
                        const char *tail_zh, const char *tail_en) {
  char *text = nb_strdup_vprintf(lang == NB_LANG_EN ? en_fmt : zh_fmt, ap);
  fprintf(stderr, "nianbao: %s%s\n", text, lang == NB_LANG_EN ? tail_en : tail_zh);
  free(text);
}

void nb_cli_error(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...) {
  va_list ap;
  va_start(ap, en_fmt);
  vprint_line(lang, zh_fmt, en_fmt, ap, "", "");
  va_end(ap);
}

int nb_cli_usage_error(nb_lang lang, const char *zh_fmt, const char *en_fmt, ...) {
  va_list ap;
  va_start(ap, en_fmt);
  vprint_line(lang, zh_fmt, en_fmt, ap, "（用 nianbao --help 查看用法）", " (see nianbao --help)");
  va_end(ap);
  return 2;
}

static const char help_zh[] =
    "用法：nianbao <命令> [选项]\n"
    "\n"
    "检查政府信息公开工作年度报告的结构、法定表格和数字勾稽关系。\n"
    "\n"
    "命令：\n"
    "  lint [选项] 文件… | -     检查报告（- 表示从标准输入读取）\n"
    "  rules [选项]              列出全部规则及其说明\n"
    "\n"
    "lint 的选项：\n"
    "  --format gcc|json|sarif|github   输出格式（默认 gcc）\n"
    "  --lang zh|en                     消息语言（默认中文；LANG 等以 en 开头时为英文）\n"
    "\n"
    "rules 的选项：\n"
    "  --format text|json               输出格式（默认 text）\n"
    "  --lang zh|en                     说明文字的语言\n"
    "\n"
    "  -h, --help      显示本帮助\n"
    "  -V, --version   显示版本\n"
    "\n"
    "退出状态：0 无错误级问题；1 发现错误级问题；2 用法错误或无法读取输入。\n";

static const char help_en[] =
    "Usage: nianbao <command> [options]\n"
    "\n"
    "Checks government information-disclosure annual reports: structure, statutory tables and\n"
    "their arithmetic.\n"
    "\n"
    "Commands:\n"
    "  lint [options] FILE… | -   check reports (- reads standard input)\n"
    "  rules [options]            list every rule with its documentation\n"
    "\n"
    "lint options:\n"
    "  --format gcc|json|sarif|github   output format (default gcc)\n"
    "  --lang zh|en                     message language (default Chinese; English when\n"
    "                                   LC_ALL, LC_MESSAGES or LANG starts with en)\n"
    "\n"
    "rules options:\n"
    "  --format text|json               output format (default text)\n"
    "  --lang zh|en                     language of the documentation\n"
    "\n"
    "  -h, --help      show this help\n"
    "  -V, --version   show the version\n"
    "\n"
    "Exit status: 0 no error-severity finding; 1 one or more; 2 usage error or unreadable input.\n";

void nb_cli_print_help(FILE *out, nb_lang lang) {
  fputs(lang == NB_LANG_EN ? help_en : help_zh, out);
}
