/* The command line's own logic: choosing the language from the locale and --lang, and the
 * table-driven option parser. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <string.h>

#include "cli/args.h"
#include "cli/lang.h"
#include "cli/messages.h"

Test(lang, chinese_by_default) {
  cr_assert_eq(nb_lang_from_locale(NULL, NULL, NULL), NB_LANG_ZH);
  cr_assert_eq(nb_lang_from_locale("", "", ""), NB_LANG_ZH);
  cr_assert_eq(nb_lang_from_locale(NULL, NULL, "zh_CN.UTF-8"), NB_LANG_ZH);
  cr_assert_eq(nb_lang_from_locale(NULL, NULL, "C.UTF-8"), NB_LANG_ZH);
}

Test(lang, english_locale) {
  cr_assert_eq(nb_lang_from_locale(NULL, NULL, "en_US.UTF-8"), NB_LANG_EN);
  cr_assert_eq(nb_lang_from_locale(NULL, "en_GB", NULL), NB_LANG_EN);
  cr_assert_eq(nb_lang_from_locale("en", NULL, NULL), NB_LANG_EN);
}

Test(lang, first_set_variable_wins) {
  /* LC_ALL before LC_MESSAGES before LANG; an empty one counts as unset. */
  cr_assert_eq(nb_lang_from_locale("zh_CN.UTF-8", "en_US", "en_US"), NB_LANG_ZH);
  cr_assert_eq(nb_lang_from_locale("", "en_US", "zh_CN"), NB_LANG_EN);
  cr_assert_eq(nb_lang_from_locale(NULL, "C", "en_US"), NB_LANG_ZH);
  cr_assert_eq(nb_lang_from_locale("C", "en_US", "en_US"), NB_LANG_ZH);
}

Test(lang, env_is_read) {
  setenv("LC_ALL", "", 1);
  setenv("LC_MESSAGES", "en_US.UTF-8", 1);
  setenv("LANG", "zh_CN.UTF-8", 1);
  cr_assert_eq(nb_lang_from_env(), NB_LANG_EN);
  setenv("LC_ALL", "zh_TW", 1);
  cr_assert_eq(nb_lang_from_env(), NB_LANG_ZH);
}

Test(lang, option_overrides_env) {
  setenv("LC_ALL", "en_US", 1);
  char *argv1[] = {"nianbao", "lint", "--lang", "zh", "x.md", NULL};
  cr_assert_eq(nb_lang_initial(5, argv1), NB_LANG_ZH);
  setenv("LC_ALL", "zh_CN", 1);
  char *argv2[] = {"nianbao", "lint", "--lang=en", "x.md", NULL};
  cr_assert_eq(nb_lang_initial(4, argv2), NB_LANG_EN);
  /* After "--" it is a file name; an invalid value leaves the environment's choice. */
  char *argv3[] = {"nianbao", "lint", "--", "--lang=en", NULL};
  cr_assert_eq(nb_lang_initial(4, argv3), NB_LANG_ZH);
  char *argv4[] = {"nianbao", "--lang", "fr", NULL};
  cr_assert_eq(nb_lang_initial(3, argv4), NB_LANG_ZH);
}

Test(lang, names_parse) {
  cr_assert_eq(nb_lang_parse("zh"), NB_LANG_ZH);
  cr_assert_eq(nb_lang_parse("en"), NB_LANG_EN);
  cr_assert_eq(nb_lang_parse("EN"), -1);
  cr_assert_eq(nb_lang_parse("en_US"), -1);
}

typedef struct {
  const char *format;
  int flag;
} settings;

static bool set_format(void *s, const char *v) {
  if (strcmp(v, "gcc") != 0 && strcmp(v, "json") != 0)
    return false;
  ((settings *)s)->format = v;
  return true;
}

static bool set_flag(void *s, const char *v) {
  (void)v;
  ((settings *)s)->flag++;
  return true;
}

static const nb_option table[] = {
    {"--format", "-f", true, "gcc|json", set_format},
    {"--strict", NULL, false, NULL, set_flag},
};

static bool parse(int n, char **args, settings *s, nb_operands *ops) {
  memset(s, 0, sizeof *s);
  return nb_args_parse(n, args, table, 2, s, NB_LANG_EN, ops);
}

Test(args, values_flags_and_operands) {
  char *args[] = {"a.md", "--format", "json", "-", "--strict", "b.md", NULL};
  settings s;
  nb_operands ops;
  cr_assert(parse(6, args, &s, &ops));
  cr_assert_str_eq(s.format, "json");
  cr_assert_eq(s.flag, 1);
  cr_assert_eq(ops.count, 3);
  cr_assert_str_eq(ops.items[0], "a.md");
  cr_assert_str_eq(ops.items[1], "-");
  cr_assert_str_eq(ops.items[2], "b.md");
  nb_operands_free(&ops);
}

Test(args, equals_form_short_form_and_double_dash) {
  char *args[] = {"--format=gcc", "-f", "json", "--", "--strict", "-x", NULL};
  settings s;
  nb_operands ops;
  cr_assert(parse(6, args, &s, &ops));
  cr_assert_str_eq(s.format, "json"); /* the last one wins */
  cr_assert_eq(s.flag, 0);
  cr_assert_eq(ops.count, 2);
  cr_assert_str_eq(ops.items[0], "--strict");
  cr_assert_str_eq(ops.items[1], "-x");
  nb_operands_free(&ops);
}

Test(args, unknown_option, .init = cr_redirect_stderr) {
  char *args[] = {"--bogus", "a.md", NULL};
  settings s;
  nb_operands ops;
  cr_assert_not(parse(2, args, &s, &ops));
  cr_assert_eq(ops.count, 0);
  fflush(stderr);
  cr_assert_stderr_eq_str("nianbao: unknown option --bogus (see nianbao --help)\n");
}

Test(args, missing_value, .init = cr_redirect_stderr) {
  char *args[] = {"a.md", "--format", NULL};
  settings s;
  nb_operands ops;
  cr_assert_not(parse(2, args, &s, &ops));
  fflush(stderr);
  cr_assert_stderr_eq_str("nianbao: option --format needs a value (see nianbao --help)\n");
}

Test(args, invalid_value, .init = cr_redirect_stderr) {
  char *args[] = {"--format=xml", NULL};
  settings s;
  nb_operands ops;
  cr_assert_not(parse(1, args, &s, &ops));
  fflush(stderr);
  cr_assert_stderr_eq_str(
      "nianbao: invalid value for --format: xml (expected gcc|json) (see nianbao --help)\n");
}

Test(args, flag_with_value, .init = cr_redirect_stderr) {
  char *args[] = {"--strict=yes", NULL};
  settings s;
  nb_operands ops;
  cr_assert_not(parse(1, args, &s, &ops));
  fflush(stderr);
  cr_assert_stderr_eq_str("nianbao: option --strict takes no value (see nianbao --help)\n");
}

Test(args, chinese_usage_error, .init = cr_redirect_stderr) {
  char *args[] = {"--bogus", NULL};
  settings s;
  nb_operands ops;
  memset(&s, 0, sizeof s);
  cr_assert_not(nb_args_parse(1, args, table, 2, &s, NB_LANG_ZH, &ops));
  fflush(stderr);
  cr_assert_stderr_eq_str("nianbao: 未知选项 --bogus（用 nianbao --help 查看用法）\n");
}
