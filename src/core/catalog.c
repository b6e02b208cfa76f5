#include "catalog.h"

#include <pthread.h>
#include <string.h>

#include "text.h"

/* Ids and default severities from ../shared/spec/rules.md. Rules marked *practice* in the
 * domain notes are warnings or infos, never errors. */
static const nb_rule_info catalog[] = {
    /* ---------------------------------------------------------------- structure */
    {"section-missing", NB_GROUP_STRUCTURE, NB_SEV_ERROR, "缺少法定章节",
     "a required section is missing",
     "年度报告必须包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开"
     "申请情况；"
     "四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项"
     "（《政府信息公开条例》第五十条及国办年报格式）。每缺少一个部分报告一次，并指出缺少的是哪一部"
     "分；一个章节标题都找不到时只报告一次，说明无法确定报告结构。",
     "The annual report must have six sections (Regulations Art. 50 and the national template). "
     "Each missing section is reported once, by name; when no section heading at all is found, one "
     "finding says the report's structure cannot be read."},
    {"section-order", NB_GROUP_STRUCTURE, NB_SEV_ERROR, "章节顺序或编号错误",
     "sections out of order or misnumbered",
     "六个部分须按一至六的顺序出现，并以“一、”至“六、”编号。顺序颠倒或编号与其内容不符时报告。",
     "The six sections must appear in the order 一 to 六 and carry those numerals. Reported when a "
     "section comes out of order or its numeral does not match its content."},
    {"section-duplicate", NB_GROUP_STRUCTURE, NB_SEV_ERROR, "章节重复", "a section appears twice",
     "同一部分出现两次（常见于复制粘贴或合并稿件）。报告在第二次出现处，并指向第一次出现的位置。",
     "The same section appears twice, usually after copy and paste or merging drafts. Reported on "
     "the second occurrence, with the first as a related location."},
    {"section-title", NB_GROUP_STRUCTURE, NB_SEV_WARNING, "章节标题与模板不一致",
     "section title differs from the template",
     "章节能被识别，但标题使用了变体或有错别字（如“行政复议和行政诉讼情况”“行政法复议”），或者是"
     "模板之外的标题、但按其编号和位置（缺少的那一部分应在之处）识别为该部分。"
     "建议改为模板的规范标题；变体和错别字可自动修复，自拟标题的修改由作者决定。",
     "A section was recognised from a variant or misspelt title, or from a title of the report's "
     "own that stands, numbered, where the missing section is expected. The fix replaces it with "
     "the official title (applied by --fix for variants and typos only)."},
    {"overview-aspect-missing", NB_GROUP_STRUCTURE, NB_SEV_WARNING, "总体情况缺少应述方面",
     "section 一 misses one of its aspects",
     "2021年版模板要求“总体情况”概述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督"
     "保障五个方面；"
     "人民政府的报告还应说明工作考核、社会评议和责任追究情况。按正文所述判断，不只看小标题（如网站"
     "、"
     "政务新媒体属于平台建设，保密审查、发布审核属于政府信息管理，考核、培训属于监督保障）。"
     "未涉及某一方面时提示。",
     "Under the 2021 template, section 一 covers proactive disclosure, disclosure on request, "
     "information management, disclosure platforms and oversight; a people's government also "
     "reports assessment, public evaluation and accountability. Judged by what the text says, not "
     "only its sub-headings (the website covers platforms, 保密审查 information management, 考核 "
     "and 培训 oversight). Reported per aspect not covered."},
    {"numbering-sequence", NB_GROUP_STRUCTURE, NB_SEV_WARNING, "小标题编号跳号或重复",
     "sub-item numbering skips or repeats",
     "同一部分内的小标题编号（（一）（二）…、1. 2. …、一是 二是 …）应连续。跳号或重复时报告。",
     "Sub-item numbering inside a section (（一）（二）…, 1. 2. …, 一是 二是 …) must run without "
     "gaps or repeats."},
    {"rectification-missing", NB_GROUP_STRUCTURE, NB_SEV_INFO, "未说明上年问题整改情况",
     "no account of last year's problems",
     "2021年起的报告，“存在的主要问题及改进情况”通常说明上一年度问题的整改情况（实践做法，非强制）"
     "。提到上一年度（“上年”“去年”或上一年的年份，如2025年报告中的“2024年”）及其问题或整改的句子"
     "算作说明；只谈下一步打算的句子不算。未见相关表述时提示。",
     "From 2021, section 五 usually says how last year's problems were dealt with (practice, not "
     "law). A sentence naming last year (上年, 去年, or the year itself) with its problems or "
     "their "
     "fixing counts; one that only looks forward does not. Reported when no such account is "
     "found."},
    {"fee-statement-missing", NB_GROUP_STRUCTURE, NB_SEV_WARNING, "未说明信息处理费收取情况",
     "no statement on information processing fees",
     "2021年起的报告，第六部分应说明按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"
     "收取信息处理费的情况，或说明未收取（实践做法）。注意此处金额单位为元，不同于表二的万元。",
     "From 2021, section 六 states the information processing fees charged under "
     "国办函〔2020〕109号, "
     "or that none were (practice). Amounts there are in yuan, not table 二's 万元."},

    /* ---------------------------------------------------------------- tables */
    {"table-missing", NB_GROUP_TABLES, NB_SEV_ERROR, "找不到法定表格",
     "a statutory table is missing",
     "第二、三、四部分分别应有表二（主动公开）、表三（收到和处理申请）、表四（行政复议、行政诉讼）"
     "。"
     "在所属部分中找不到表格时报告。",
     "Sections 二, 三 and 四 each hold a statutory table. Reported when the table cannot be found "
     "in its section."},
    {"table-unreadable", NB_GROUP_TABLES, NB_SEV_WARNING, "表格无法可靠读取",
     "a table cannot be read reliably",
     "找到了表格，但单元格无法可靠读取（某行数值个数与列数不符、数字粘连且位数不符等）。"
     "此时跳过对该表的算术检查，以免误报；消息会说明原因。",
     "The table was found but its cells cannot be read reliably (a row with the wrong number of "
     "values, run-together digits whose count does not fit). Arithmetic on it is skipped so that "
     "no false sum is reported; the message says why."},
    {"table-row-missing", NB_GROUP_TABLES, NB_SEV_ERROR, "表格缺少模板行",
     "a template row is missing", "模板规定的行在表格中找不到。每缺一行报告一次。",
     "A row of the template is absent from the table. Reported once per missing row."},
    {"table-cell-empty", NB_GROUP_TABLES, NB_SEV_WARNING, "数值单元格为空",
     "a numeric cell is blank",
     "应填数字的单元格为空或填了“/”“-”“无”等占位符。算术检查把它按0计，并在消息中说明。"
     "整行为空时只报告一次。",
     "A numeric cell is blank or holds a placeholder (/, -, 无). Arithmetic counts it as 0 and "
     "says "
     "so. A wholly blank row is reported once."},
    {"table-cell-invalid", NB_GROUP_TABLES, NB_SEV_ERROR, "单元格不是有效数值",
     "a cell is not a valid number",
     "件数须为非负整数；表二的收费金额（万元）可为非负小数。数字后带本列的单位（如“3件”“0.5万元”）"
     "按该数字读取；单位与本列不符（如万元列中的“5000元”）或其他内容报告为错误。",
     "Counts must be non-negative integers; table 二's fee amount (万元) may be a non-negative "
     "decimal. A number written with its column's unit (3件, 0.5万元) is that number; another unit "
     "(5000元 in a column of 万元) or anything else is an error."},
    {"table-cells-run-together", NB_GROUP_TABLES, NB_SEV_WARNING, "多个单元格的数字粘连",
     "digits of several cells run together",
     "几个单元格的数字连在一起（如“0000000”对应七个0），位数恰好等于应有的单元格数，因此可以拆开读"
     "取，可自动修复为分开的单元格。位数多于单元格数时（如“450000045”），只有当恰好一种拆分能使该行"
     "的总计等于各项之和时才按此拆分，并且不再用该行检查这一关系；修复由作者确认。",
     "Digits of several cells were written as one token (0000000 for seven zeros); the digit count "
     "equals the cell count, so they were split, and the fix writes them as separate cells. With "
     "more digits than cells (450000045), the split is taken only when exactly one split makes the "
     "row's total equal the sum of the others; that relation is then not checked on the row, and "
     "the fix is offered, not applied."},
    {"label-typo", NB_GROUP_TABLES, NB_SEV_WARNING, "表格标签有错别字", "a table label is misspelt",
     "行或列标签能被识别，但与模板写法不同（如“其他法律行政止公开”）。可自动修复为模板写法。",
     "A row or column label was recognised but is not spelt as the template has it. The fix "
     "writes the official label."},
    {"label-outdated", NB_GROUP_TABLES, NB_SEV_WARNING, "使用了旧版模板的标签",
     "a 2019-template label is used",
     "2021年及以后的报告使用了2019年试行模板的标签或版式（如“规范性文件”“本年新制作数量”"
     "“第二十条第（九）项”或只有一行的“（六）其他处理”）。",
     "A 2021+ report uses a label or layout of the 2019 trial template (规范性文件, "
     "本年新制作数量, "
     "第二十条第（九）项, or （六）其他处理 as a single row)."},
    {"label-format", NB_GROUP_TABLES, NB_SEV_INFO, "标签写法与模板不同（全角/半角、编号标点）",
     "labels differ from the template in width or punctuation",
     "表格标签能被准确识别，但全角/半角括号或编号标点与模板写法不同（如“(一)予以公开”“3、其他”）。"
     "只多出空格的不报告（pdftotext 和 Word "
     "折行常插入空格）。每张表报告一次；可自动修复，把这些标签统一为模板写法。",
     "Table labels that match the template once width and numbering punctuation are folded "
     "(“(一)予以公开”, “3、其他”); extra spaces alone are not reported (pdftotext and wrapped Word "
     "cells add them). Reported once per table; the fix writes them all as the template does."},
    {"template-outdated", NB_GROUP_TABLES, NB_SEV_WARNING, "以旧版模板为编制依据",
     "the report names the 2019 template as its basis",
     "2021年及以后的报告仍以国办公开办函〔2019〕60号为编制依据；应依据国办公开办函〔2021〕30号。",
     "A 2021+ report names 国办公开办函〔2019〕60号 as its basis; the current template is "
     "国办公开办函〔2021〕30号."},

    /* ---------------------------------------------------------------- arithmetic */
    {"sum-balance", NB_GROUP_ARITHMETIC, NB_SEV_ERROR, "表三收支不平衡",
     "table 三 does not balance",
     "表三的勾稽关系：第一项加第二项之和，等于第三项加第四项之和，即 本年新收 + 上年结转 = "
     "办理结果总计 + "
     "结转下年度继续办理，逐列检查。报告在“结转下年度继续办理”单元格上，给出填报值与计算值。",
     "Table 三's own note: new + carried over = outcome total + carried forward, in every column. "
     "Reported on the carried-forward cell with the reported and computed values."},
    {"sum-outcome", NB_GROUP_ARITHMETIC, NB_SEV_ERROR, "办理结果总计与分项之和不符",
     "outcome total differs from its parts",
     "（七）总计应等于（一）予以公开、（二）部分公开及（三）至（六）各分项之和，逐列检查。",
     "（七）总计 must equal （一）, （二） and every item of （三） to （六）, in every column."},
    {"sum-row", NB_GROUP_ARITHMETIC, NB_SEV_ERROR, "总计列与各申请人之和不符",
     "row total differs from the applicant columns",
     "表三每一行的“总计”应等于自然人与五类法人或其他组织之和。",
     "In every row of table 三, 总计 must equal the sum of the six applicant columns."},
    {"sum-review", NB_GROUP_ARITHMETIC, NB_SEV_ERROR, "表四总计与分项之和不符",
     "a table 四 total differs from its parts",
     "表四中行政复议、未经复议直接起诉、复议后起诉三组的“总计”应等于结果维持、结果纠正、其他结果、"
     "尚未审结之和。",
     "In table 四, each group's 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结."},

    /* ---------------------------------------------------------------- prose and dates */
    {"text-table-mismatch", NB_GROUP_PROSE, NB_SEV_WARNING, "正文数字与表格不符",
     "a number in the prose contradicts a table",
     "正文中复述表格数据的数字（如“收到申请N件”“办结N件”“行政复议N件”）与表格不一致。"
     "“收到”可指本年新收或本年新收加上年结转；带“余、多、约”的约数不报告；公开的信息条数（“依申请"
     "公开信息数N条”）不是申请数。表格总计本身算错、而正文与其计算值一致时，正文作为该算术诊断的相"
     "关"
     "位置列出，不另行报告。",
     "A number in the prose that restates a table cell or total contradicts it. 收到 may mean new "
     "or new plus carried over; approximate wording (余, 多, 约) is never reported; a count of "
     "documents or items disclosed (依申请公开信息数N条) is not a count of requests. When the "
     "total "
     "is itself wrong and the prose agrees with its computed value, the sentence is listed with "
     "that arithmetic finding instead."},
    {"parts-exceed-total", NB_GROUP_PROSE, NB_SEV_INFO, "分项之和超过总数",
     "parts exceed the stated total",
     "正文在总数后列出的分项（“累计440条……其中142条、9条……”）之和超过总数。约数表述不报告。",
     "Parts listed after a stated total add up to more than the total. Approximate wording is "
     "exempt."},
    {"year-mismatch", NB_GROUP_PROSE, NB_SEV_WARNING, "年份前后不一致", "years disagree",
     "标题年份、统计期限、引言中对本报告的称呼（“编制完成2023年度政府信息公开工作年度报告”）和正文"
     "中"
     "的“本年度”年份不一致。",
     "The title year, the statistical period, the year the introduction gives the report it "
     "introduces, and the year used for 本年 disagree."},
    {"date-invalid", NB_GROUP_PROSE, NB_SEV_ERROR, "日期格式错误或不存在",
     "a malformed or impossible date", "日期写法错误或不存在（如“20231月1日”“2月30日”）。",
     "A malformed or impossible date (20231月1日, 2月30日)."},
    {"publication-late", NB_GROUP_PROSE, NB_SEV_WARNING, "发布晚于法定期限",
     "published after the deadline",
     "落款日期晚于法定期限：县级以上人民政府部门为次年1月31日，县级以上地方人民政府为次年3月31日"
     "（条例第四十九条）；乡镇、街道无全国统一期限。消息说明所依据的机关类型。",
     "The signature date is after the statutory deadline: 31 January for departments, 31 March for "
     "people's governments (Art. 49); none nationally for townships. The message names the organ "
     "kind assumed."},

    /* ---------------------------------------------------------------- across years */
    {"carryover-mismatch", NB_GROUP_ACROSS_YEARS, NB_SEV_WARNING, "上年结转与上年报告不符",
     "carried-over count differs from last year's report",
     "本年“上年结转政府信息公开申请数量”应等于上一年度报告的“结转下年度继续办理”。需用 --previous "
     "指定上年报告。",
     "This year's carried-over requests should equal last year's carried-forward ones. Needs "
     "--previous."},
    {"copied-text", NB_GROUP_ACROSS_YEARS, NB_SEV_WARNING, "与上年报告内容雷同",
     "a long passage repeats last year's report",
     "较长段落与上一年度报告完全相同（内容雷同）。需用 --previous 指定上年报告。",
     "A long passage is identical to last year's report. Needs --previous."},

    /* ---------------------------------------------------------------- input */
    {"input-encoding", NB_GROUP_INPUT, NB_SEV_INFO, "文件不是 UTF-8 编码，已按 GB18030 解码",
     "the file was decoded from GB18030",
     "文件不是 UTF-8 编码，而是 GB18030/GBK（这类报告常见的编码），nianbao 已将其解码后检查；"
     "报告的位置指解码后的文本。建议把文件另存为 UTF-8。",
     "The file is not UTF-8 but GB18030/GBK, common for these reports; nianbao decoded it before "
     "checking, and positions refer to the decoded text. Consider saving the file as UTF-8."},
};

const nb_rule_info *nb_catalog(int *count) {
  *count = (int)(sizeof catalog / sizeof catalog[0]);
  return catalog;
}

/* The entries by their id's hash, filled once: every finding looks its rule up (for its
 * severity), and a strcmp with each id in turn cost several hundred instructions a finding. */
enum { ID_SLOTS = 128 }; /* a power of two, at least twice the catalog */
_Static_assert(sizeof catalog / sizeof catalog[0] * 2 <= ID_SLOTS, "ID_SLOTS too small");
static const nb_rule_info *by_id[ID_SLOTS];
static pthread_once_t by_id_once = PTHREAD_ONCE_INIT;

static size_t id_slot(const char *id) {
  return (size_t)nb_hash_bytes(id, strlen(id)) & (ID_SLOTS - 1);
}

static void index_ids(void) {
  for (size_t i = 0; i < sizeof catalog / sizeof catalog[0]; i++) {
    size_t slot = id_slot(catalog[i].id);
    while (by_id[slot])
      slot = (slot + 1) & (ID_SLOTS - 1);
    by_id[slot] = &catalog[i];
  }
}

/* The entry found last on this thread: a rule reports its findings one after another (two
 * hundred run-together rows in a row), and comparing its id with the entry's costs a fraction
 * of hashing it. */
static _Thread_local const nb_rule_info *last_found;

const nb_rule_info *nb_catalog_find(const char *id) {
  const nb_rule_info *last = last_found;
  if (last && (last->id == id || strcmp(last->id, id) == 0))
    return last;
  pthread_once(&by_id_once, index_ids);
  for (size_t slot = id_slot(id); by_id[slot]; slot = (slot + 1) & (ID_SLOTS - 1))
    if (strcmp(by_id[slot]->id, id) == 0)
      return last_found = by_id[slot];
  return NULL;
}
