/* `nianbao rules`: the catalog as text for people or JSON for tools. */
#include "../core/catalog.h"
#include "emit_internal.h"

static const char *const group_names[] = {"structure", "tables",       "arithmetic",
                                          "prose",     "across-years", "input"};
_Static_assert(sizeof group_names / sizeof group_names[0] == NB_GROUP_INPUT + 1,
               "one name per nb_rule_group");

static void rules_json(FILE *out, nb_lang lang, const nb_rule_info *catalog, int count) {
  json_t *all = json_array();
  for (int i = 0; i < count; i++) {
    const nb_rule_info *info = &catalog[i];
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(info->id));
    json_object_set_new(o, "group", json_string(group_names[info->group]));
    json_object_set_new(o, "severity", json_string(nb_severity_name(info->severity)));
    json_object_set_new(o, "summary",
                        nb_json_text(lang == NB_LANG_EN ? info->summary_en : info->summary_zh));
    json_object_set_new(o, "doc", nb_json_text(lang == NB_LANG_EN ? info->doc_en : info->doc_zh));
    json_array_append_new(all, o);
  }
  json_dumpf(all, out, JSON_INDENT(2));
  fputc('\n', out);
  json_decref(all);
}

void nb_emit_rules(FILE *out, nb_format format, nb_lang lang) {
  int count;
  const nb_rule_info *catalog = nb_catalog(&count);
  if (format == NB_FORMAT_JSON) {
    rules_json(out, lang, catalog, count);
    return;
  }
  for (int i = 0; i < count; i++) {
    const nb_rule_info *info = &catalog[i];
    if (i > 0)
      fputc('\n', out);
    fprintf(out, "%s (%s): %s\n  %s\n", info->id, nb_severity_name(info->severity),
            lang == NB_LANG_EN ? info->summary_en : info->summary_zh,
            lang == NB_LANG_EN ? info->doc_en : info->doc_zh);
  }
}
