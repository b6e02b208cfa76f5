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
    "  lint [选项] 文件|目录… | -\n"
    "                            检查报告（- 表示从标准输入读取；目录递归查找 .md、.markdown、\n"
    "                            .txt 文件）\n"
    "  rules [选项]              列出全部规则及其说明\n"
    "  fmt [-w|--check] 文件… | -\n"
    "                            把任何版式的表格改写为规范 Markdown（ATX 标题、GFM 管道表）；\n"
    "                            -w 写回文件，--check 不规范时以 1 退出\n"
    "  extract [--format json|csv] 文件|目录… | -\n"
    "                            导出三张表的每个单元格（数值、原文、行号列号）\n"
    "  template --year 年份 --org 机关名称 [--kind department|government|township]\n"
    "                            生成一份规范格式的空白年报\n"
    "  lsp [--stdio]             语言服务器（LSP 3.17，经标准输入输出通信），供编辑器使用\n"
    "\n"
    "lint 的选项：\n"
    "  --format gcc|json|sarif|github   输出格式（默认 gcc）\n"
    "  --lang zh|en                     消息语言（默认中文；LANG 等以 en 开头时为英文）\n"
    "  -c, --config FILE                使用此配置文件（默认从每个文件所在目录向上查找\n"
    "                                   .nianbao.json，标准输入从当前目录查找）\n"
    "  --previous FILE                  上一年度的报告，用于跨年度核对\n"
    "  --fix                            自动应用安全的修复并写回文件（数字从不改动）；\n"
    "                                   对 - 则把修复后的文本写到标准输出、诊断写到标准错误\n"
    "  --reports-only                   只检查年报：既无年报标题、又不足两个法定章节、\n"
    "                                   也未被配置 reports 点名的文件不报告问题（提交钩子）\n"
    "  --strict                         有警告也以 1 退出\n"
    "  --max-warnings N                 警告多于 N 条时以 1 退出\n"
    "  -j, --jobs N                     同时检查 N 个文件（默认每个 CPU 一个）；输出及其顺序不变\n"
    "  --include 模式                   目录中只检查与模式相符的文件（如 '**/*.md'，可重复）\n"
    "  --exclude 模式                   目录中不检查与模式相符的文件或目录（如 draft-*、\n"
    "                                   'old/**'，可重复）；不含 / 的模式只看文件名\n"
    "\n"
    "配置文件 .nianbao.json：\n"
    "  {\"rules\": {\"label-typo\": \"off\", \"sum-row\": \"warning\", \"copied-text\": false},\n"
    "   \"organ_kind\": \"department\"|\"government\"|\"township\", \"lang\": \"zh\"|\"en\"}\n"
    "报告中的注释可关闭规则：<!-- nianbao-disable[-line|-next-line|-file] [规则…] -->、\n"
    "<!-- nianbao-enable [规则…] -->。\n"
    "\n"
    "rules 的选项：\n"
    "  --format text|json               输出格式（默认 text）\n"
    "  --lang zh|en                     说明文字的语言\n"
    "\n"
    "  -h, --help      显示本帮助\n"
    "  -V, --version   显示版本\n"
    "\n"
    "退出状态：0 无错误级问题；1 发现错误级问题（或 --strict、--max-warnings 不允许的警告）；\n"
    "2 用法错误、配置错误或无法读写文件。\n";

static const char help_en[] =
    "Usage: nianbao <command> [options]\n"
    "\n"
    "Checks government information-disclosure annual reports: structure, statutory tables and\n"
    "their arithmetic.\n"
    "\n"
    "Commands:\n"
    "  lint [options] FILE|DIR… | -\n"
    "                             check reports (- reads standard input; a DIR is searched\n"
    "                             recursively for .md, .markdown and .txt files)\n"
    "  rules [options]            list every rule with its documentation\n"
    "  fmt [-w|--check] FILE… | -\n"
    "                             rewrite tables of any layout as canonical Markdown (ATX\n"
    "                             headings, GFM pipe tables); -w writes the files back,\n"
    "                             --check exits 1 when a file is not canonical\n"
    "  extract [--format json|csv] FILE|DIR… | -\n"
    "                             every cell of the three tables (value, raw text, position)\n"
    "  template --year YEAR --org NAME [--kind department|government|township]\n"
    "                             a blank report in canonical form\n"
    "  lsp [--stdio]              the language server (LSP 3.17 over standard input and\n"
    "                             output), for editors\n"
    "\n"
    "lint options:\n"
    "  --format gcc|json|sarif|github   output format (default gcc)\n"
    "  --lang zh|en                     message language (default Chinese; English when\n"
    "                                   LC_ALL, LC_MESSAGES or LANG starts with en)\n"
    "  -c, --config FILE                use this configuration (default: the first\n"
    "                                   .nianbao.json up from each file's directory; from\n"
    "                                   the current directory for standard input)\n"
    "  --previous FILE                  last year's report, for the across-years checks\n"
    "  --fix                            apply the safe fixes and write the files back\n"
    "                                   (numbers are never changed); with - the fixed text\n"
    "                                   goes to stdout and the diagnostics to stderr\n"
    "  --reports-only                   check reports only: a file with no report title,\n"
    "                                   fewer than two statutory sections and no \"reports\"\n"
    "                                   pattern naming it gets no findings (commit hooks)\n"
    "  --strict                         exit 1 on any warning too\n"
    "  --max-warnings N                 exit 1 when there are more than N warnings\n"
    "  -j, --jobs N                     check N files at a time (default: one per CPU); the\n"
    "                                   output and its order do not change\n"
    "  --include GLOB                   in directories, check only the files GLOB matches\n"
    "                                   (e.g. '**/*.md'; may be repeated)\n"
    "  --exclude GLOB                   in directories, leave out the files or directories\n"
    "                                   GLOB matches (e.g. draft-*, 'old/**'; may be\n"
    "                                   repeated); a GLOB without / looks at names only\n"
    "\n"
    "Configuration file .nianbao.json:\n"
    "  {\"rules\": {\"label-typo\": \"off\", \"sum-row\": \"warning\", \"copied-text\": false},\n"
    "   \"organ_kind\": \"department\"|\"government\"|\"township\", \"lang\": \"zh\"|\"en\"}\n"
    "Comments in a report turn rules off: <!-- nianbao-disable[-line|-next-line|-file]\n"
    "[rule…] --> and <!-- nianbao-enable [rule…] -->.\n"
    "\n"
    "rules options:\n"
    "  --format text|json               output format (default text)\n"
    "  --lang zh|en                     language of the documentation\n"
    "\n"
    "  -h, --help      show this help\n"
    "  -V, --version   show the version\n"
    "\n"
    "Exit status: 0 no error-severity finding; 1 one or more (or warnings beyond --strict or\n"
    "--max-warnings); 2 usage error, bad configuration, or a file that cannot be read or "
    "written.\n";

void nb_cli_print_help(FILE *out, nb_lang lang) {
  fputs(lang == NB_LANG_EN ? help_en : help_zh, out);
}
