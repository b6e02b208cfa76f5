#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 248
#define LARGE_STATE_COUNT 10
#define SYMBOL_COUNT 145
#define ALIAS_COUNT 1
#define TOKEN_COUNT 75
#define EXTERNAL_TOKEN_COUNT 6
#define FIELD_COUNT 0
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 7

enum ts_symbol_identifiers {
  sym__blank_line = 1,
  sym__newline = 2,
  sym_thematic_break = 3,
  sym__atx_h1 = 4,
  sym__atx_h2 = 5,
  sym__atx_h3 = 6,
  sym__atx_h4 = 7,
  sym__atx_h5 = 8,
  sym__atx_h6 = 9,
  sym_setext_h1_underline = 10,
  sym_setext_h2_underline = 11,
  sym_section_number = 12,
  sym_item_number = 13,
  sym_list_number = 14,
  sym__inline_section_number = 15,
  sym__inline_item_number = 16,
  sym__text = 17,
  sym__lt = 18,
  sym_comment = 19,
  anon_sym_DASH_DASH_GT = 20,
  sym__nianbao_open = 21,
  sym__nianbao_closed = 22,
  sym_rule_id = 23,
  sym__directive_space = 24,
  sym__row_start = 25,
  sym__pipe = 26,
  sym_pipe_table_delimiter_cell = 27,
  sym_number = 28,
  sym_total_label = 29,
  sym__cell_text = 30,
  sym__space = 31,
  anon_sym_SLASH = 32,
  anon_sym_GT = 33,
  anon_sym_SLASH_GT = 34,
  sym__html_equals = 35,
  sym__attribute_number = 36,
  sym__dquoted = 37,
  sym__squoted = 38,
  sym__unquoted = 39,
  sym__dquote = 40,
  sym__squote = 41,
  sym_html_attribute_name = 42,
  sym__html_tag_space = 43,
  sym__block_table_open = 44,
  sym__block_tr_open = 45,
  sym__block_td_open = 46,
  sym__block_th_open = 47,
  sym__block_tag_open = 48,
  sym__html_block_end_tag = 49,
  sym__html_block_declaration = 50,
  sym__table_open = 51,
  sym__tr_open = 52,
  sym__td_open = 53,
  sym__th_open = 54,
  sym__tag_open = 55,
  sym_html_table_end_tag = 56,
  sym_html_row_end_tag = 57,
  sym_html_cell_end_tag = 58,
  sym_html_end_tag = 59,
  sym_html_declaration = 60,
  sym__html_text = 61,
  sym__html_blank_end = 62,
  sym__backtick_fence_open = 63,
  sym__tilde_fence_open = 64,
  sym__backtick_fence_close = 65,
  sym__tilde_fence_close = 66,
  sym__code_line = 67,
  sym__indented_line = 68,
  sym__eof = 69,
  sym__setext_h1_start = 70,
  sym__setext_h2_start = 71,
  sym__numbered_heading_start = 72,
  sym__sub_heading_start = 73,
  sym__error_sentinel = 74,
  sym_document = 75,
  sym__section1 = 76,
  sym__section2 = 77,
  sym__section3 = 78,
  sym__section4 = 79,
  sym__section5 = 80,
  sym__section6 = 81,
  sym__section7 = 82,
  sym__section8 = 83,
  sym__block = 84,
  sym__eol = 85,
  sym__atx_heading1 = 86,
  sym__atx_heading2 = 87,
  sym__atx_heading3 = 88,
  sym__atx_heading4 = 89,
  sym__atx_heading5 = 90,
  sym__atx_heading6 = 91,
  sym_heading_content = 92,
  sym__setext_heading1 = 93,
  sym__setext_heading2 = 94,
  sym_numbered_heading = 95,
  sym_sub_heading = 96,
  sym_paragraph = 97,
  sym__first_line = 98,
  sym__continuation_line = 99,
  sym__inline = 100,
  sym_nianbao_comment = 101,
  sym_pipe_table = 102,
  sym__pipe_row = 103,
  sym_pipe_table_delimiter_row = 104,
  sym_pipe_table_cell = 105,
  sym_html_block = 106,
  sym__html_block_start = 107,
  sym__html_flow = 108,
  sym__html_other = 109,
  sym_html_table = 110,
  sym_html_table_row = 111,
  sym_html_table_cell = 112,
  sym__html_table_start_tag = 113,
  sym__html_row_start_tag = 114,
  sym__html_cell_start_tag = 115,
  sym__html_block_start_tag = 116,
  sym_html_start_tag = 117,
  sym_html_attribute = 118,
  sym_html_attribute_value = 119,
  sym_fenced_code_block = 120,
  sym_indented_code_block = 121,
  aux_sym_document_repeat1 = 122,
  aux_sym__section1_repeat1 = 123,
  aux_sym__section2_repeat1 = 124,
  aux_sym__section3_repeat1 = 125,
  aux_sym__section4_repeat1 = 126,
  aux_sym__section5_repeat1 = 127,
  aux_sym__section6_repeat1 = 128,
  aux_sym__section7_repeat1 = 129,
  aux_sym__section8_repeat1 = 130,
  aux_sym_heading_content_repeat1 = 131,
  aux_sym_paragraph_repeat1 = 132,
  aux_sym_nianbao_comment_repeat1 = 133,
  aux_sym_pipe_table_repeat1 = 134,
  aux_sym__pipe_row_repeat1 = 135,
  aux_sym_pipe_table_delimiter_row_repeat1 = 136,
  aux_sym_pipe_table_cell_repeat1 = 137,
  aux_sym_html_block_repeat1 = 138,
  aux_sym_html_table_repeat1 = 139,
  aux_sym_html_table_row_repeat1 = 140,
  aux_sym_html_table_cell_repeat1 = 141,
  aux_sym__html_table_start_tag_repeat1 = 142,
  aux_sym_fenced_code_block_repeat1 = 143,
  aux_sym_indented_code_block_repeat1 = 144,
  alias_sym_pipe_table_header = 145,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__blank_line] = "_blank_line",
  [sym__newline] = "_newline",
  [sym_thematic_break] = "thematic_break",
  [sym__atx_h1] = "atx_h1_marker",
  [sym__atx_h2] = "atx_h2_marker",
  [sym__atx_h3] = "atx_h3_marker",
  [sym__atx_h4] = "atx_h4_marker",
  [sym__atx_h5] = "atx_h5_marker",
  [sym__atx_h6] = "atx_h6_marker",
  [sym_setext_h1_underline] = "setext_heading",
  [sym_setext_h2_underline] = "setext_heading",
  [sym_section_number] = "section_number",
  [sym_item_number] = "item_number",
  [sym_list_number] = "list_number",
  [sym__inline_section_number] = "section_number",
  [sym__inline_item_number] = "item_number",
  [sym__text] = "_text",
  [sym__lt] = "_lt",
  [sym_comment] = "comment",
  [anon_sym_DASH_DASH_GT] = "-->",
  [sym__nianbao_open] = "nianbao_directive",
  [sym__nianbao_closed] = "nianbao_directive",
  [sym_rule_id] = "rule_id",
  [sym__directive_space] = "_directive_space",
  [sym__row_start] = "_row_start",
  [sym__pipe] = "_pipe",
  [sym_pipe_table_delimiter_cell] = "pipe_table_delimiter_cell",
  [sym_number] = "number",
  [sym_total_label] = "total_label",
  [sym__cell_text] = "text",
  [sym__space] = "_space",
  [anon_sym_SLASH] = "/",
  [anon_sym_GT] = ">",
  [anon_sym_SLASH_GT] = "/>",
  [sym__html_equals] = "_html_equals",
  [sym__attribute_number] = "number",
  [sym__dquoted] = "text",
  [sym__squoted] = "text",
  [sym__unquoted] = "text",
  [sym__dquote] = "_dquote",
  [sym__squote] = "_squote",
  [sym_html_attribute_name] = "html_attribute_name",
  [sym__html_tag_space] = "_html_tag_space",
  [sym__block_table_open] = "html_tag_name",
  [sym__block_tr_open] = "html_tag_name",
  [sym__block_td_open] = "html_tag_name",
  [sym__block_th_open] = "html_tag_name",
  [sym__block_tag_open] = "html_tag_name",
  [sym__html_block_end_tag] = "html_end_tag",
  [sym__html_block_declaration] = "html_declaration",
  [sym__table_open] = "html_tag_name",
  [sym__tr_open] = "html_tag_name",
  [sym__td_open] = "html_tag_name",
  [sym__th_open] = "html_tag_name",
  [sym__tag_open] = "html_tag_name",
  [sym_html_table_end_tag] = "html_table_end_tag",
  [sym_html_row_end_tag] = "html_row_end_tag",
  [sym_html_cell_end_tag] = "html_cell_end_tag",
  [sym_html_end_tag] = "html_end_tag",
  [sym_html_declaration] = "html_declaration",
  [sym__html_text] = "text",
  [sym__html_blank_end] = "_html_blank_end",
  [sym__backtick_fence_open] = "fenced_code_block_delimiter",
  [sym__tilde_fence_open] = "fenced_code_block_delimiter",
  [sym__backtick_fence_close] = "fenced_code_block_delimiter",
  [sym__tilde_fence_close] = "fenced_code_block_delimiter",
  [sym__code_line] = "code_line",
  [sym__indented_line] = "code_line",
  [sym__eof] = "_eof",
  [sym__setext_h1_start] = "setext_heading",
  [sym__setext_h2_start] = "setext_heading",
  [sym__numbered_heading_start] = "_numbered_heading_start",
  [sym__sub_heading_start] = "_sub_heading_start",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_document] = "document",
  [sym__section1] = "section",
  [sym__section2] = "section",
  [sym__section3] = "section",
  [sym__section4] = "section",
  [sym__section5] = "section",
  [sym__section6] = "section",
  [sym__section7] = "section",
  [sym__section8] = "section",
  [sym__block] = "_block",
  [sym__eol] = "_eol",
  [sym__atx_heading1] = "atx_heading",
  [sym__atx_heading2] = "atx_heading",
  [sym__atx_heading3] = "atx_heading",
  [sym__atx_heading4] = "atx_heading",
  [sym__atx_heading5] = "atx_heading",
  [sym__atx_heading6] = "atx_heading",
  [sym_heading_content] = "heading_content",
  [sym__setext_heading1] = "_setext_heading1",
  [sym__setext_heading2] = "_setext_heading2",
  [sym_numbered_heading] = "numbered_heading",
  [sym_sub_heading] = "sub_heading",
  [sym_paragraph] = "paragraph",
  [sym__first_line] = "_first_line",
  [sym__continuation_line] = "_continuation_line",
  [sym__inline] = "_inline",
  [sym_nianbao_comment] = "nianbao_comment",
  [sym_pipe_table] = "pipe_table",
  [sym__pipe_row] = "pipe_table_row",
  [sym_pipe_table_delimiter_row] = "pipe_table_delimiter_row",
  [sym_pipe_table_cell] = "pipe_table_cell",
  [sym_html_block] = "html_block",
  [sym__html_block_start] = "_html_block_start",
  [sym__html_flow] = "_html_flow",
  [sym__html_other] = "_html_other",
  [sym_html_table] = "html_table",
  [sym_html_table_row] = "html_table_row",
  [sym_html_table_cell] = "html_table_cell",
  [sym__html_table_start_tag] = "html_start_tag",
  [sym__html_row_start_tag] = "html_start_tag",
  [sym__html_cell_start_tag] = "html_start_tag",
  [sym__html_block_start_tag] = "html_start_tag",
  [sym_html_start_tag] = "html_start_tag",
  [sym_html_attribute] = "html_attribute",
  [sym_html_attribute_value] = "html_attribute_value",
  [sym_fenced_code_block] = "fenced_code_block",
  [sym_indented_code_block] = "indented_code_block",
  [aux_sym_document_repeat1] = "document_repeat1",
  [aux_sym__section1_repeat1] = "_section1_repeat1",
  [aux_sym__section2_repeat1] = "_section2_repeat1",
  [aux_sym__section3_repeat1] = "_section3_repeat1",
  [aux_sym__section4_repeat1] = "_section4_repeat1",
  [aux_sym__section5_repeat1] = "_section5_repeat1",
  [aux_sym__section6_repeat1] = "_section6_repeat1",
  [aux_sym__section7_repeat1] = "_section7_repeat1",
  [aux_sym__section8_repeat1] = "_section8_repeat1",
  [aux_sym_heading_content_repeat1] = "heading_content_repeat1",
  [aux_sym_paragraph_repeat1] = "paragraph_repeat1",
  [aux_sym_nianbao_comment_repeat1] = "nianbao_comment_repeat1",
  [aux_sym_pipe_table_repeat1] = "pipe_table_repeat1",
  [aux_sym__pipe_row_repeat1] = "_pipe_row_repeat1",
  [aux_sym_pipe_table_delimiter_row_repeat1] = "pipe_table_delimiter_row_repeat1",
  [aux_sym_pipe_table_cell_repeat1] = "pipe_table_cell_repeat1",
  [aux_sym_html_block_repeat1] = "html_block_repeat1",
  [aux_sym_html_table_repeat1] = "html_table_repeat1",
  [aux_sym_html_table_row_repeat1] = "html_table_row_repeat1",
  [aux_sym_html_table_cell_repeat1] = "html_table_cell_repeat1",
  [aux_sym__html_table_start_tag_repeat1] = "_html_table_start_tag_repeat1",
  [aux_sym_fenced_code_block_repeat1] = "fenced_code_block_repeat1",
  [aux_sym_indented_code_block_repeat1] = "indented_code_block_repeat1",
  [alias_sym_pipe_table_header] = "pipe_table_header",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__blank_line] = sym__blank_line,
  [sym__newline] = sym__newline,
  [sym_thematic_break] = sym_thematic_break,
  [sym__atx_h1] = sym__atx_h1,
  [sym__atx_h2] = sym__atx_h2,
  [sym__atx_h3] = sym__atx_h3,
  [sym__atx_h4] = sym__atx_h4,
  [sym__atx_h5] = sym__atx_h5,
  [sym__atx_h6] = sym__atx_h6,
  [sym_setext_h1_underline] = sym__setext_h1_start,
  [sym_setext_h2_underline] = sym__setext_h1_start,
  [sym_section_number] = sym_section_number,
  [sym_item_number] = sym_item_number,
  [sym_list_number] = sym_list_number,
  [sym__inline_section_number] = sym_section_number,
  [sym__inline_item_number] = sym_item_number,
  [sym__text] = sym__text,
  [sym__lt] = sym__lt,
  [sym_comment] = sym_comment,
  [anon_sym_DASH_DASH_GT] = anon_sym_DASH_DASH_GT,
  [sym__nianbao_open] = sym__nianbao_open,
  [sym__nianbao_closed] = sym__nianbao_open,
  [sym_rule_id] = sym_rule_id,
  [sym__directive_space] = sym__directive_space,
  [sym__row_start] = sym__row_start,
  [sym__pipe] = sym__pipe,
  [sym_pipe_table_delimiter_cell] = sym_pipe_table_delimiter_cell,
  [sym_number] = sym_number,
  [sym_total_label] = sym_total_label,
  [sym__cell_text] = sym__cell_text,
  [sym__space] = sym__space,
  [anon_sym_SLASH] = anon_sym_SLASH,
  [anon_sym_GT] = anon_sym_GT,
  [anon_sym_SLASH_GT] = anon_sym_SLASH_GT,
  [sym__html_equals] = sym__html_equals,
  [sym__attribute_number] = sym_number,
  [sym__dquoted] = sym__cell_text,
  [sym__squoted] = sym__cell_text,
  [sym__unquoted] = sym__cell_text,
  [sym__dquote] = sym__dquote,
  [sym__squote] = sym__squote,
  [sym_html_attribute_name] = sym_html_attribute_name,
  [sym__html_tag_space] = sym__html_tag_space,
  [sym__block_table_open] = sym__block_table_open,
  [sym__block_tr_open] = sym__block_table_open,
  [sym__block_td_open] = sym__block_table_open,
  [sym__block_th_open] = sym__block_table_open,
  [sym__block_tag_open] = sym__block_table_open,
  [sym__html_block_end_tag] = sym_html_end_tag,
  [sym__html_block_declaration] = sym_html_declaration,
  [sym__table_open] = sym__block_table_open,
  [sym__tr_open] = sym__block_table_open,
  [sym__td_open] = sym__block_table_open,
  [sym__th_open] = sym__block_table_open,
  [sym__tag_open] = sym__block_table_open,
  [sym_html_table_end_tag] = sym_html_table_end_tag,
  [sym_html_row_end_tag] = sym_html_row_end_tag,
  [sym_html_cell_end_tag] = sym_html_cell_end_tag,
  [sym_html_end_tag] = sym_html_end_tag,
  [sym_html_declaration] = sym_html_declaration,
  [sym__html_text] = sym__cell_text,
  [sym__html_blank_end] = sym__html_blank_end,
  [sym__backtick_fence_open] = sym__backtick_fence_open,
  [sym__tilde_fence_open] = sym__backtick_fence_open,
  [sym__backtick_fence_close] = sym__backtick_fence_open,
  [sym__tilde_fence_close] = sym__backtick_fence_open,
  [sym__code_line] = sym__code_line,
  [sym__indented_line] = sym__code_line,
  [sym__eof] = sym__eof,
  [sym__setext_h1_start] = sym__setext_h1_start,
  [sym__setext_h2_start] = sym__setext_h1_start,
  [sym__numbered_heading_start] = sym__numbered_heading_start,
  [sym__sub_heading_start] = sym__sub_heading_start,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_document] = sym_document,
  [sym__section1] = sym__section1,
  [sym__section2] = sym__section1,
  [sym__section3] = sym__section1,
  [sym__section4] = sym__section1,
  [sym__section5] = sym__section1,
  [sym__section6] = sym__section1,
  [sym__section7] = sym__section1,
  [sym__section8] = sym__section1,
  [sym__block] = sym__block,
  [sym__eol] = sym__eol,
  [sym__atx_heading1] = sym__atx_heading1,
  [sym__atx_heading2] = sym__atx_heading1,
  [sym__atx_heading3] = sym__atx_heading1,
  [sym__atx_heading4] = sym__atx_heading1,
  [sym__atx_heading5] = sym__atx_heading1,
  [sym__atx_heading6] = sym__atx_heading1,
  [sym_heading_content] = sym_heading_content,
  [sym__setext_heading1] = sym__setext_heading1,
  [sym__setext_heading2] = sym__setext_heading2,
  [sym_numbered_heading] = sym_numbered_heading,
  [sym_sub_heading] = sym_sub_heading,
  [sym_paragraph] = sym_paragraph,
  [sym__first_line] = sym__first_line,
  [sym__continuation_line] = sym__continuation_line,
  [sym__inline] = sym__inline,
  [sym_nianbao_comment] = sym_nianbao_comment,
  [sym_pipe_table] = sym_pipe_table,
  [sym__pipe_row] = sym__pipe_row,
  [sym_pipe_table_delimiter_row] = sym_pipe_table_delimiter_row,
  [sym_pipe_table_cell] = sym_pipe_table_cell,
  [sym_html_block] = sym_html_block,
  [sym__html_block_start] = sym__html_block_start,
  [sym__html_flow] = sym__html_flow,
  [sym__html_other] = sym__html_other,
  [sym_html_table] = sym_html_table,
  [sym_html_table_row] = sym_html_table_row,
  [sym_html_table_cell] = sym_html_table_cell,
  [sym__html_table_start_tag] = sym_html_start_tag,
  [sym__html_row_start_tag] = sym_html_start_tag,
  [sym__html_cell_start_tag] = sym_html_start_tag,
  [sym__html_block_start_tag] = sym_html_start_tag,
  [sym_html_start_tag] = sym_html_start_tag,
  [sym_html_attribute] = sym_html_attribute,
  [sym_html_attribute_value] = sym_html_attribute_value,
  [sym_fenced_code_block] = sym_fenced_code_block,
  [sym_indented_code_block] = sym_indented_code_block,
  [aux_sym_document_repeat1] = aux_sym_document_repeat1,
  [aux_sym__section1_repeat1] = aux_sym__section1_repeat1,
  [aux_sym__section2_repeat1] = aux_sym__section2_repeat1,
  [aux_sym__section3_repeat1] = aux_sym__section3_repeat1,
  [aux_sym__section4_repeat1] = aux_sym__section4_repeat1,
  [aux_sym__section5_repeat1] = aux_sym__section5_repeat1,
  [aux_sym__section6_repeat1] = aux_sym__section6_repeat1,
  [aux_sym__section7_repeat1] = aux_sym__section7_repeat1,
  [aux_sym__section8_repeat1] = aux_sym__section8_repeat1,
  [aux_sym_heading_content_repeat1] = aux_sym_heading_content_repeat1,
  [aux_sym_paragraph_repeat1] = aux_sym_paragraph_repeat1,
  [aux_sym_nianbao_comment_repeat1] = aux_sym_nianbao_comment_repeat1,
  [aux_sym_pipe_table_repeat1] = aux_sym_pipe_table_repeat1,
  [aux_sym__pipe_row_repeat1] = aux_sym__pipe_row_repeat1,
  [aux_sym_pipe_table_delimiter_row_repeat1] = aux_sym_pipe_table_delimiter_row_repeat1,
  [aux_sym_pipe_table_cell_repeat1] = aux_sym_pipe_table_cell_repeat1,
  [aux_sym_html_block_repeat1] = aux_sym_html_block_repeat1,
  [aux_sym_html_table_repeat1] = aux_sym_html_table_repeat1,
  [aux_sym_html_table_row_repeat1] = aux_sym_html_table_row_repeat1,
  [aux_sym_html_table_cell_repeat1] = aux_sym_html_table_cell_repeat1,
  [aux_sym__html_table_start_tag_repeat1] = aux_sym__html_table_start_tag_repeat1,
  [aux_sym_fenced_code_block_repeat1] = aux_sym_fenced_code_block_repeat1,
  [aux_sym_indented_code_block_repeat1] = aux_sym_indented_code_block_repeat1,
  [alias_sym_pipe_table_header] = alias_sym_pipe_table_header,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym__blank_line] = {
    .visible = false,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym_thematic_break] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h1] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h2] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h3] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h4] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h5] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_h6] = {
    .visible = true,
    .named = true,
  },
  [sym_setext_h1_underline] = {
    .visible = true,
    .named = true,
  },
  [sym_setext_h2_underline] = {
    .visible = true,
    .named = true,
  },
  [sym_section_number] = {
    .visible = true,
    .named = true,
  },
  [sym_item_number] = {
    .visible = true,
    .named = true,
  },
  [sym_list_number] = {
    .visible = true,
    .named = true,
  },
  [sym__inline_section_number] = {
    .visible = true,
    .named = true,
  },
  [sym__inline_item_number] = {
    .visible = true,
    .named = true,
  },
  [sym__text] = {
    .visible = false,
    .named = true,
  },
  [sym__lt] = {
    .visible = false,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASH_GT] = {
    .visible = true,
    .named = false,
  },
  [sym__nianbao_open] = {
    .visible = true,
    .named = true,
  },
  [sym__nianbao_closed] = {
    .visible = true,
    .named = true,
  },
  [sym_rule_id] = {
    .visible = true,
    .named = true,
  },
  [sym__directive_space] = {
    .visible = false,
    .named = true,
  },
  [sym__row_start] = {
    .visible = false,
    .named = true,
  },
  [sym__pipe] = {
    .visible = false,
    .named = true,
  },
  [sym_pipe_table_delimiter_cell] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_total_label] = {
    .visible = true,
    .named = true,
  },
  [sym__cell_text] = {
    .visible = true,
    .named = true,
  },
  [sym__space] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH_GT] = {
    .visible = true,
    .named = false,
  },
  [sym__html_equals] = {
    .visible = false,
    .named = true,
  },
  [sym__attribute_number] = {
    .visible = true,
    .named = true,
  },
  [sym__dquoted] = {
    .visible = true,
    .named = true,
  },
  [sym__squoted] = {
    .visible = true,
    .named = true,
  },
  [sym__unquoted] = {
    .visible = true,
    .named = true,
  },
  [sym__dquote] = {
    .visible = false,
    .named = true,
  },
  [sym__squote] = {
    .visible = false,
    .named = true,
  },
  [sym_html_attribute_name] = {
    .visible = true,
    .named = true,
  },
  [sym__html_tag_space] = {
    .visible = false,
    .named = true,
  },
  [sym__block_table_open] = {
    .visible = true,
    .named = true,
  },
  [sym__block_tr_open] = {
    .visible = true,
    .named = true,
  },
  [sym__block_td_open] = {
    .visible = true,
    .named = true,
  },
  [sym__block_th_open] = {
    .visible = true,
    .named = true,
  },
  [sym__block_tag_open] = {
    .visible = true,
    .named = true,
  },
  [sym__html_block_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym__html_block_declaration] = {
    .visible = true,
    .named = true,
  },
  [sym__table_open] = {
    .visible = true,
    .named = true,
  },
  [sym__tr_open] = {
    .visible = true,
    .named = true,
  },
  [sym__td_open] = {
    .visible = true,
    .named = true,
  },
  [sym__th_open] = {
    .visible = true,
    .named = true,
  },
  [sym__tag_open] = {
    .visible = true,
    .named = true,
  },
  [sym_html_table_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_row_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_cell_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_declaration] = {
    .visible = true,
    .named = true,
  },
  [sym__html_text] = {
    .visible = true,
    .named = true,
  },
  [sym__html_blank_end] = {
    .visible = false,
    .named = true,
  },
  [sym__backtick_fence_open] = {
    .visible = true,
    .named = true,
  },
  [sym__tilde_fence_open] = {
    .visible = true,
    .named = true,
  },
  [sym__backtick_fence_close] = {
    .visible = true,
    .named = true,
  },
  [sym__tilde_fence_close] = {
    .visible = true,
    .named = true,
  },
  [sym__code_line] = {
    .visible = true,
    .named = true,
  },
  [sym__indented_line] = {
    .visible = true,
    .named = true,
  },
  [sym__eof] = {
    .visible = false,
    .named = true,
  },
  [sym__setext_h1_start] = {
    .visible = true,
    .named = true,
  },
  [sym__setext_h2_start] = {
    .visible = true,
    .named = true,
  },
  [sym__numbered_heading_start] = {
    .visible = false,
    .named = true,
  },
  [sym__sub_heading_start] = {
    .visible = false,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_document] = {
    .visible = true,
    .named = true,
  },
  [sym__section1] = {
    .visible = true,
    .named = true,
  },
  [sym__section2] = {
    .visible = true,
    .named = true,
  },
  [sym__section3] = {
    .visible = true,
    .named = true,
  },
  [sym__section4] = {
    .visible = true,
    .named = true,
  },
  [sym__section5] = {
    .visible = true,
    .named = true,
  },
  [sym__section6] = {
    .visible = true,
    .named = true,
  },
  [sym__section7] = {
    .visible = true,
    .named = true,
  },
  [sym__section8] = {
    .visible = true,
    .named = true,
  },
  [sym__block] = {
    .visible = false,
    .named = true,
  },
  [sym__eol] = {
    .visible = false,
    .named = true,
  },
  [sym__atx_heading1] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_heading2] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_heading3] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_heading4] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_heading5] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_heading6] = {
    .visible = true,
    .named = true,
  },
  [sym_heading_content] = {
    .visible = true,
    .named = true,
  },
  [sym__setext_heading1] = {
    .visible = false,
    .named = true,
  },
  [sym__setext_heading2] = {
    .visible = false,
    .named = true,
  },
  [sym_numbered_heading] = {
    .visible = true,
    .named = true,
  },
  [sym_sub_heading] = {
    .visible = true,
    .named = true,
  },
  [sym_paragraph] = {
    .visible = true,
    .named = true,
  },
  [sym__first_line] = {
    .visible = false,
    .named = true,
  },
  [sym__continuation_line] = {
    .visible = false,
    .named = true,
  },
  [sym__inline] = {
    .visible = false,
    .named = true,
  },
  [sym_nianbao_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_pipe_table] = {
    .visible = true,
    .named = true,
  },
  [sym__pipe_row] = {
    .visible = true,
    .named = true,
  },
  [sym_pipe_table_delimiter_row] = {
    .visible = true,
    .named = true,
  },
  [sym_pipe_table_cell] = {
    .visible = true,
    .named = true,
  },
  [sym_html_block] = {
    .visible = true,
    .named = true,
  },
  [sym__html_block_start] = {
    .visible = false,
    .named = true,
  },
  [sym__html_flow] = {
    .visible = false,
    .named = true,
  },
  [sym__html_other] = {
    .visible = false,
    .named = true,
  },
  [sym_html_table] = {
    .visible = true,
    .named = true,
  },
  [sym_html_table_row] = {
    .visible = true,
    .named = true,
  },
  [sym_html_table_cell] = {
    .visible = true,
    .named = true,
  },
  [sym__html_table_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym__html_row_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym__html_cell_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym__html_block_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_html_attribute] = {
    .visible = true,
    .named = true,
  },
  [sym_html_attribute_value] = {
    .visible = true,
    .named = true,
  },
  [sym_fenced_code_block] = {
    .visible = true,
    .named = true,
  },
  [sym_indented_code_block] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_document_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section1_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section2_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section3_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section4_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section5_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section6_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section7_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__section8_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_heading_content_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_paragraph_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_nianbao_comment_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_pipe_table_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__pipe_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_pipe_table_delimiter_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_pipe_table_cell_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_html_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_html_table_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_html_table_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_html_table_cell_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__html_table_start_tag_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_fenced_code_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_indented_code_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_pipe_table_header] = {
    .visible = true,
    .named = true,
  },
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = alias_sym_pipe_table_header,
  },
  [2] = {
    [0] = sym_html_end_tag,
  },
  [3] = {
    [1] = sym__setext_h1_start,
    [2] = sym__setext_h1_start,
    [3] = sym__setext_h1_start,
  },
  [4] = {
    [2] = sym__setext_h1_start,
    [3] = sym__setext_h1_start,
    [4] = sym__setext_h1_start,
  },
  [5] = {
    [1] = sym__setext_h1_start,
    [2] = sym__setext_h1_start,
    [3] = sym__setext_h1_start,
    [4] = sym__setext_h1_start,
  },
  [6] = {
    [2] = sym__setext_h1_start,
    [3] = sym__setext_h1_start,
    [4] = sym__setext_h1_start,
    [5] = sym__setext_h1_start,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  sym__eol, 2,
    sym__eol,
    sym__setext_h1_start,
  sym_heading_content, 2,
    sym_heading_content,
    sym__setext_h1_start,
  sym__pipe_row, 2,
    sym__pipe_row,
    alias_sym_pipe_table_header,
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 144,
  [161] = 161,
  [162] = 143,
  [163] = 129,
  [164] = 130,
  [165] = 131,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 130,
  [172] = 168,
  [173] = 170,
  [174] = 129,
  [175] = 131,
  [176] = 129,
  [177] = 130,
  [178] = 131,
  [179] = 131,
  [180] = 129,
  [181] = 130,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 184,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 192,
  [197] = 190,
  [198] = 192,
  [199] = 190,
  [200] = 192,
  [201] = 190,
  [202] = 192,
  [203] = 190,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 213,
  [214] = 214,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 222,
  [223] = 223,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 243,
  [244] = 244,
  [245] = 245,
  [246] = 246,
  [247] = 247,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(119);
      ADVANCE_MAP(
        '\t', 574,
        '\n', 580,
        '\r', 577,
        ' ', 571,
        '"', 520,
        '#', 641,
        '\'', 521,
        '(', 656,
        '*', 645,
        '-', 473,
        '/', 503,
        '<', 463,
        '=', 646,
        '>', 505,
        '_', 647,
        '`', 650,
        '|', 478,
        '~', 653,
        0xff08, 660,
        0x0b, 474,
        '\f', 474,
        ',', 474,
        0x4e00, 658,
        0x4e03, 658,
        0x4e09, 658,
        0x4e5d, 658,
        0x4e8c, 658,
        0x4e94, 658,
        0x516b, 658,
        0x516d, 658,
        0x5341, 658,
        0x56db, 658,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 1:
      if (lookahead == '\t') ADVANCE(502);
      if (lookahead == '\n') ADVANCE(122);
      if (lookahead == '\r') ADVANCE(16);
      if (lookahead == ' ') ADVANCE(499);
      if (lookahead == '<') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(620);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '\t', 579,
        '\n', 575,
        '\r', 578,
        ' ', 573,
        '"', 520,
        '\'', 521,
        '/', 504,
        '<', 522,
        '=', 620,
        '>', 505,
        '`', 563,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(518);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '\t', 579,
        '\n', 575,
        '\r', 578,
        ' ', 573,
        '/', 503,
        '<', 522,
        '=', 507,
        '>', 505,
        '"', 620,
        '\'', 620,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(523);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(563);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '\t', 579,
        '\n', 575,
        '\r', 578,
        ' ', 573,
        '/', 503,
        '<', 522,
        '>', 505,
        '"', 620,
        '\'', 620,
        '=', 620,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(523);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(563);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '\t', 34,
        ' ', 33,
        '(', 110,
        '*', 38,
        '-', 132,
        '=', 130,
        '_', 104,
        0xff08, 113,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '\t', 34,
        ' ', 5,
        '(', 110,
        '*', 38,
        '-', 132,
        '=', 130,
        '_', 104,
        0xff08, 113,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '\t', 34,
        ' ', 6,
        '(', 110,
        '*', 38,
        '-', 132,
        '=', 130,
        '_', 104,
        0xff08, 113,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead != 0 &&
          lookahead != '`') ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '!') ADVANCE(10);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(461);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(461);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '`') ADVANCE(461);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(8);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(149);
      if (lookahead == '!') ADVANCE(13);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(149);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(149);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(149);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(149);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(149);
      END_STATE();
    case 15:
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(15);
      if (lookahead != 0) ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == '\n') ADVANCE(122);
      END_STATE();
    case 17:
      if (lookahead == '\n') ADVANCE(621);
      END_STATE();
    case 18:
      if (lookahead == '\n') ADVANCE(621);
      if (lookahead == '\r') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      END_STATE();
    case 19:
      if (lookahead == '\n') ADVANCE(121);
      END_STATE();
    case 20:
      if (lookahead == '\n') ADVANCE(121);
      if (lookahead == '\r') ADVANCE(632);
      if (lookahead == ' ') ADVANCE(633);
      if (lookahead == '~') ADVANCE(653);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 21:
      if (lookahead == '\n') ADVANCE(121);
      if (lookahead == '\r') ADVANCE(632);
      if (lookahead == ' ') ADVANCE(634);
      if (lookahead == '`') ADVANCE(650);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '\n', 121,
        '\r', 150,
        '(', 199,
        '*', 165,
        '<', 465,
        '_', 181,
        0xff08, 198,
        '\t', 158,
        ' ', 158,
        0x4e00, 196,
        0x4e03, 196,
        0x4e09, 196,
        0x4e5d, 196,
        0x4e8c, 196,
        0x4e94, 196,
        0x516b, 196,
        0x516d, 196,
        0x5341, 196,
        0x56db, 196,
      );
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 23:
      if (lookahead == '\n') ADVANCE(121);
      if (lookahead == '\r') ADVANCE(150);
      if (lookahead == '<') ADVANCE(465);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 24:
      ADVANCE_MAP(
        '\n', 121,
        '\r', 19,
        '(', 494,
        '-', 479,
        ':', 490,
        '<', 464,
        '\\', 117,
        '|', 478,
        0x603b, 492,
        0xff08, 495,
        '\t', 500,
        ' ', 500,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      if (lookahead != 0) ADVANCE(497);
      END_STATE();
    case 25:
      ADVANCE_MAP(
        '\n', 121,
        '\r', 19,
        '(', 494,
        '<', 464,
        '\\', 117,
        '|', 478,
        0x603b, 492,
        0xff08, 495,
        '\t', 501,
        ' ', 501,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      if (lookahead != 0) ADVANCE(497);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 82,
        '/', 232,
        '?', 462,
        'A', 253,
        'a', 253,
        'B', 200,
        'b', 200,
        'C', 201,
        'c', 201,
        'D', 276,
        'd', 276,
        'F', 307,
        'f', 307,
        'H', 278,
        'h', 278,
        'I', 297,
        'i', 297,
        'L', 268,
        'l', 268,
        'M', 207,
        'm', 207,
        'N', 204,
        'n', 204,
        'O', 325,
        'o', 325,
        'P', 586,
        'p', 586,
        'S', 241,
        's', 241,
        'T', 205,
        't', 205,
        'U', 326,
        'u', 326,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 27:
      if (lookahead == '!') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 28:
      if (lookahead == '!') ADVANCE(76);
      if (lookahead == '/') ADVANCE(114);
      if (lookahead == '?') ADVANCE(116);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(608);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 29:
      if (lookahead == '!') ADVANCE(78);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '!', 39,
        '/', 232,
        '?', 462,
        'A', 253,
        'a', 253,
        'B', 200,
        'b', 200,
        'C', 201,
        'c', 201,
        'D', 276,
        'd', 276,
        'F', 307,
        'f', 307,
        'H', 278,
        'h', 278,
        'I', 297,
        'i', 297,
        'L', 268,
        'l', 268,
        'M', 207,
        'm', 207,
        'N', 204,
        'n', 204,
        'O', 325,
        'o', 325,
        'P', 586,
        'p', 586,
        'S', 241,
        's', 241,
        'T', 235,
        't', 235,
        'U', 326,
        'u', 326,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 31:
      if (lookahead == '"') ADVANCE(520);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      if (lookahead != 0) ADVANCE(513);
      END_STATE();
    case 32:
      if (lookahead == '\'') ADVANCE(521);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(512);
      if (lookahead != 0) ADVANCE(514);
      END_STATE();
    case 33:
      ADVANCE_MAP(
        '(', 110,
        '*', 38,
        '-', 132,
        '=', 130,
        '_', 104,
        0xff08, 113,
        '\t', 34,
        ' ', 34,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '(', 110,
        '*', 38,
        '_', 104,
        0xff08, 113,
        '\t', 34,
        ' ', 34,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '(', 110,
        0xff08, 113,
        '\t', 35,
        ' ', 35,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 36:
      if (lookahead == ')') ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 37:
      ADVANCE_MAP(
        ')', 135,
        '\t', 36,
        ' ', 36,
        0x4e00, 37,
        0x4e03, 37,
        0x4e09, 37,
        0x4e5d, 37,
        0x4e8c, 37,
        0x4e94, 37,
        0x516b, 37,
        0x516d, 37,
        0x5341, 37,
        0x56db, 37,
      );
      END_STATE();
    case 38:
      if (lookahead == '*') ADVANCE(35);
      END_STATE();
    case 39:
      if (lookahead == '-') ADVANCE(115);
      if (lookahead == '<') ADVANCE(599);
      if (lookahead == '>') ADVANCE(461);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(595);
      END_STATE();
    case 40:
      if (lookahead == '-') ADVANCE(115);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 41:
      if (lookahead == '-') ADVANCE(60);
      END_STATE();
    case 42:
      if (lookahead == '-') ADVANCE(60);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 43:
      if (lookahead == '-') ADVANCE(60);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 44:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'a') ADVANCE(61);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 45:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'a') ADVANCE(64);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 46:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'a') ADVANCE(48);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 47:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'a') ADVANCE(50);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 48:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'b') ADVANCE(58);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 49:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'b') ADVANCE(45);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 50:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'b') ADVANCE(59);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 51:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'e') ADVANCE(88);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 52:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'e') ADVANCE(67);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 53:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'e') ADVANCE(75);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 54:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'i') ADVANCE(44);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 55:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'i') ADVANCE(65);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 56:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'i') ADVANCE(58);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 57:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'i') ADVANCE(62);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 58:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'l') ADVANCE(51);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 59:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'l') ADVANCE(53);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 60:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'n') ADVANCE(54);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(60);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 61:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'n') ADVANCE(49);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 62:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'n') ADVANCE(51);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 63:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'n') ADVANCE(46);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 64:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'o') ADVANCE(74);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 65:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 's') ADVANCE(47);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 66:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 't') ADVANCE(86);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 67:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead == 'x') ADVANCE(66);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 68:
      if (lookahead == '-') ADVANCE(73);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 69:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == '>') ADVANCE(466);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 70:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == '>') ADVANCE(470);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 71:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'd') ADVANCE(55);
      if (lookahead == 'e') ADVANCE(63);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 72:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'l') ADVANCE(57);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 73:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 74:
      if (lookahead == '-') ADVANCE(71);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 75:
      if (lookahead == '-') ADVANCE(84);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(468);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 76:
      if (lookahead == '-') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '>') ADVANCE(618);
      END_STATE();
    case 77:
      if (lookahead == '-') ADVANCE(479);
      END_STATE();
    case 78:
      if (lookahead == '-') ADVANCE(109);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 79:
      if (lookahead == '-') ADVANCE(475);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(476);
      if (lookahead != 0) ADVANCE(472);
      END_STATE();
    case 80:
      if (lookahead == '-') ADVANCE(81);
      if (lookahead == '>') ADVANCE(467);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ',' &&
          lookahead != '-') ADVANCE(472);
      END_STATE();
    case 81:
      if (lookahead == '-') ADVANCE(81);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ',' &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(472);
      END_STATE();
    case 82:
      if (lookahead == '-') ADVANCE(43);
      if (lookahead == '<') ADVANCE(599);
      if (lookahead == '>') ADVANCE(461);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(595);
      END_STATE();
    case 83:
      if (lookahead == '-') ADVANCE(43);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 84:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'f') ADVANCE(56);
      if (lookahead == 'l') ADVANCE(57);
      if (lookahead == 'n') ADVANCE(52);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 85:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 86:
      if (lookahead == '-') ADVANCE(72);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 87:
      if (lookahead == '-') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 88:
      if (lookahead == '-') ADVANCE(85);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(468);
      if (lookahead != 0) ADVANCE(68);
      END_STATE();
    case 89:
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == 0x603b) ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(89);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 90:
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == 0x8ba1) ADVANCE(488);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(90);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 91:
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 92:
      ADVANCE_MAP(
        '>', 616,
        'A', 93,
        'a', 93,
        'R', 99,
        'r', 99,
        'D', 101,
        'H', 101,
        'd', 101,
        'h', 101,
        '\t', 96,
        '\n', 96,
        '\r', 96,
        ' ', 96,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 93:
      if (lookahead == '>') ADVANCE(616);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(95);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 94:
      if (lookahead == '>') ADVANCE(616);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 95:
      if (lookahead == '>') ADVANCE(616);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(94);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 96:
      if (lookahead == '>') ADVANCE(616);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      END_STATE();
    case 97:
      if (lookahead == '>') ADVANCE(616);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 98:
      if (lookahead == '>') ADVANCE(614);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(98);
      END_STATE();
    case 99:
      if (lookahead == '>') ADVANCE(614);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(98);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 100:
      if (lookahead == '>') ADVANCE(615);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(100);
      END_STATE();
    case 101:
      if (lookahead == '>') ADVANCE(615);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(100);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 102:
      if (lookahead == '>') ADVANCE(613);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(102);
      END_STATE();
    case 103:
      if (lookahead == '>') ADVANCE(613);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 104:
      if (lookahead == '_') ADVANCE(35);
      END_STATE();
    case 105:
      if (lookahead == 0x8ba1) ADVANCE(487);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      END_STATE();
    case 106:
      if (lookahead == 0xff09) ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      END_STATE();
    case 107:
      ADVANCE_MAP(
        0xff09, 135,
        '\t', 106,
        ' ', 106,
        0x4e00, 107,
        0x4e03, 107,
        0x4e09, 107,
        0x4e5d, 107,
        0x4e8c, 107,
        0x4e94, 107,
        0x516b, 107,
        0x516d, 107,
        0x5341, 107,
        0x56db, 107,
      );
      END_STATE();
    case 108:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 109:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '-' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 110:
      ADVANCE_MAP(
        '\t', 110,
        ' ', 110,
        0x4e00, 37,
        0x4e03, 37,
        0x4e09, 37,
        0x4e5d, 37,
        0x4e8c, 37,
        0x4e94, 37,
        0x516b, 37,
        0x516d, 37,
        0x5341, 37,
        0x56db, 37,
      );
      END_STATE();
    case 111:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(111);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(134);
      END_STATE();
    case 112:
      ADVANCE_MAP(
        '\t', 111,
        ' ', 111,
        '.', 134,
        0x3001, 134,
        0xff0e, 134,
        0x4e00, 112,
        0x4e03, 112,
        0x4e09, 112,
        0x4e5d, 112,
        0x4e8c, 112,
        0x4e94, 112,
        0x516b, 112,
        0x516d, 112,
        0x5341, 112,
        0x56db, 112,
      );
      END_STATE();
    case 113:
      ADVANCE_MAP(
        '\t', 113,
        ' ', 113,
        0x4e00, 107,
        0x4e03, 107,
        0x4e09, 107,
        0x4e5d, 107,
        0x4e8c, 107,
        0x4e94, 107,
        0x516b, 107,
        0x516d, 107,
        0x5341, 107,
        0x56db, 107,
      );
      END_STATE();
    case 114:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(92);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(97);
      END_STATE();
    case 115:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '-' &&
          lookahead != '<') ADVANCE(461);
      END_STATE();
    case 116:
      if (lookahead != 0 &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(618);
      END_STATE();
    case 117:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(497);
      END_STATE();
    case 118:
      if (eof) ADVANCE(119);
      ADVANCE_MAP(
        '\t', 142,
        '\n', 120,
        '\r', 143,
        ' ', 140,
        '#', 152,
        '(', 191,
        '*', 163,
        '-', 168,
        '<', 26,
        '_', 179,
        '`', 184,
        '|', 477,
        '~', 186,
        0xff08, 195,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(459);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym__blank_line);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\n') ADVANCE(621);
      if (lookahead == '\r') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym_thematic_break);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym__atx_h1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym__atx_h2);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym__atx_h3);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym__atx_h4);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(127);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym__atx_h5);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(128);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym__atx_h6);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(129);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '=') ADVANCE(130);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(131);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(131);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '-') ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(133);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(133);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym_section_number);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_item_number);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_list_number);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym__inline_section_number);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym__inline_item_number);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 142,
        '\n', 120,
        '\r', 143,
        ' ', 141,
        '#', 152,
        '(', 191,
        '*', 163,
        '-', 168,
        '<', 30,
        '_', 179,
        '`', 184,
        '|', 477,
        '~', 186,
        0xff08, 195,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(459);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 142,
        '\n', 120,
        '\r', 143,
        ' ', 139,
        '#', 152,
        '(', 191,
        '*', 163,
        '-', 168,
        '<', 30,
        '_', 179,
        '`', 184,
        '|', 477,
        '~', 186,
        0xff08, 195,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(459);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 120,
        '\r', 143,
        '#', 152,
        '(', 191,
        '*', 163,
        '-', 168,
        '<', 30,
        '_', 179,
        '`', 184,
        '|', 477,
        '~', 186,
        0xff08, 195,
        '\t', 142,
        ' ', 142,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(459);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 120,
        '\r', 143,
        '(', 671,
        '*', 666,
        '<', 662,
        '_', 668,
        0xff08, 674,
        '\t', 142,
        ' ', 142,
        0x0b, 461,
        '\f', 461,
        0x4e00, 672,
        0x4e03, 672,
        0x4e09, 672,
        0x4e5d, 672,
        0x4e8c, 672,
        0x4e94, 672,
        0x516b, 672,
        0x516d, 672,
        0x5341, 672,
        0x56db, 672,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(675);
      if (lookahead != 0) ADVANCE(677);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(120);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(123);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(144);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(123);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(461);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(622);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(147);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(149);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead == '~') ADVANCE(148);
      if (lookahead != 0) ADVANCE(149);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(623);
      if (lookahead == '\r') ADVANCE(149);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead != 0) ADVANCE(149);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(121);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead != 0) ADVANCE(461);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(194);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(128);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(153);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(154);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(155);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(151);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(127);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 191,
        '*', 144,
        '<', 27,
        0xff08, 195,
        '\t', 156,
        ' ', 156,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 191,
        '<', 27,
        '_', 144,
        0xff08, 195,
        '\t', 157,
        ' ', 157,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 199,
        '<', 27,
        0xff08, 198,
        '\t', 158,
        ' ', 158,
        0x4e00, 196,
        0x4e03, 196,
        0x4e09, 196,
        0x4e5d, 196,
        0x4e8c, 196,
        0x4e94, 196,
        0x516b, 196,
        0x516d, 196,
        0x5341, 196,
        0x56db, 196,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 135,
        '<', 27,
        '\t', 160,
        ' ', 160,
        0x4e00, 159,
        0x4e03, 159,
        0x4e09, 159,
        0x4e5d, 159,
        0x4e8c, 159,
        0x4e94, 159,
        0x516b, 159,
        0x516d, 159,
        0x5341, 159,
        0x56db, 159,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(135);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 138,
        '<', 27,
        '\t', 162,
        ' ', 162,
        0x4e00, 161,
        0x4e03, 161,
        0x4e09, 161,
        0x4e5d, 161,
        0x4e8c, 161,
        0x4e94, 161,
        0x516b, 161,
        0x516d, 161,
        0x5341, 161,
        0x56db, 161,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(138);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(162);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(156);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(166);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(144);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(158);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(164);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(166);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(144);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(167);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(167);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(243);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '>', 593,
        '\t', 178,
        ' ', 178,
        'A', 412,
        'a', 412,
        'R', 269,
        'r', 269,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(395);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(404);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(436);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '>') ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '_') ADVANCE(157);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(182);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '_') ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(180);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '_') ADVANCE(158);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '_') ADVANCE(180);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(182);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '`') ADVANCE(147);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '`') ADVANCE(183);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '~') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '~') ADVANCE(185);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        0xff09, 135,
        '\t', 188,
        ' ', 188,
        0x4e00, 187,
        0x4e03, 187,
        0x4e09, 187,
        0x4e5d, 187,
        0x4e8c, 187,
        0x4e94, 187,
        0x516b, 187,
        0x516d, 187,
        0x5341, 187,
        0x56db, 187,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 0xff09) ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(188);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        0xff09, 138,
        '\t', 190,
        ' ', 190,
        0x4e00, 189,
        0x4e03, 189,
        0x4e09, 189,
        0x4e5d, 189,
        0x4e8c, 189,
        0x4e94, 189,
        0x516b, 189,
        0x516d, 189,
        0x5341, 189,
        0x56db, 189,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 0xff09) ADVANCE(138);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(190);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 191,
        ' ', 191,
        0x4e00, 159,
        0x4e03, 159,
        0x4e09, 159,
        0x4e5d, 159,
        0x4e8c, 159,
        0x4e94, 159,
        0x516b, 159,
        0x516d, 159,
        0x5341, 159,
        0x56db, 159,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 193,
        ' ', 193,
        '.', 134,
        0x3001, 134,
        0xff0e, 134,
        0x4e00, 192,
        0x4e03, 192,
        0x4e09, 192,
        0x4e5d, 192,
        0x4e8c, 192,
        0x4e94, 192,
        0x516b, 192,
        0x516d, 192,
        0x5341, 192,
        0x56db, 192,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(193);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(134);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(129);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 195,
        ' ', 195,
        0x4e00, 187,
        0x4e03, 187,
        0x4e09, 187,
        0x4e5d, 187,
        0x4e8c, 187,
        0x4e94, 187,
        0x516b, 187,
        0x516d, 187,
        0x5341, 187,
        0x56db, 187,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 197,
        ' ', 197,
        '.', 137,
        0x3001, 137,
        0xff0e, 137,
        0x4e00, 196,
        0x4e03, 196,
        0x4e09, 196,
        0x4e5d, 196,
        0x4e8c, 196,
        0x4e94, 196,
        0x516b, 196,
        0x516d, 196,
        0x5341, 196,
        0x56db, 196,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(197);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(137);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 198,
        ' ', 198,
        0x4e00, 189,
        0x4e03, 189,
        0x4e09, 189,
        0x4e5d, 189,
        0x4e8c, 189,
        0x4e94, 189,
        0x516b, 189,
        0x516d, 189,
        0x5341, 189,
        0x56db, 189,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        '\t', 199,
        ' ', 199,
        0x4e00, 161,
        0x4e03, 161,
        0x4e09, 161,
        0x4e5d, 161,
        0x4e8c, 161,
        0x4e94, 161,
        0x516b, 161,
        0x516d, 161,
        0x5341, 161,
        0x56db, 161,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(418);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(367);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(389);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(359);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(330);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(451);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'A', 236,
        'a', 236,
        'B', 365,
        'b', 365,
        'D', 604,
        'd', 604,
        'E', 453,
        'e', 453,
        'F', 370,
        'f', 370,
        'H', 606,
        'h', 606,
        'I', 432,
        'i', 432,
        'R', 602,
        'r', 602,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(310);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(452);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(335);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(316);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(420);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(384);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(262);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'A', 237,
        'a', 237,
        'B', 380,
        'b', 380,
        'D', 178,
        'd', 178,
        'E', 454,
        'e', 454,
        'F', 381,
        'f', 381,
        'H', 172,
        'h', 172,
        'I', 434,
        'i', 434,
        'R', 169,
        'r', 169,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(311);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(358);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(405);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(337);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(317);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(406);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(351);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'A', 266,
        'a', 266,
        'B', 222,
        'b', 222,
        'C', 233,
        'c', 233,
        'D', 295,
        'd', 295,
        'F', 320,
        'f', 320,
        'H', 292,
        'h', 292,
        'I', 299,
        'i', 299,
        'L', 294,
        'l', 294,
        'M', 224,
        'm', 224,
        'N', 208,
        'n', 208,
        'O', 328,
        'o', 328,
        'P', 170,
        'p', 170,
        'S', 250,
        's', 250,
        'T', 223,
        't', 223,
        'U', 329,
        'u', 329,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(390);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(364);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(390);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'A', 238,
        'a', 238,
        'B', 365,
        'b', 365,
        'D', 583,
        'd', 583,
        'E', 453,
        'e', 453,
        'F', 370,
        'f', 370,
        'H', 584,
        'h', 584,
        'I', 432,
        'i', 432,
        'R', 582,
        'r', 582,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'C', 399,
        'c', 399,
        'E', 248,
        'e', 248,
        'O', 447,
        'o', 447,
        'T', 457,
        't', 457,
        'U', 348,
        'u', 348,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(202);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(394);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(430);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'C', 408,
        'c', 408,
        'E', 249,
        'e', 249,
        'O', 448,
        'o', 448,
        'T', 458,
        't', 458,
        'U', 354,
        'u', 354,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(234);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(396);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(324);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(261);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(428);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(309);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(587);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(455);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(456);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(409);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(265);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(440);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(303);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(591);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(588);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(592);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(600);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(581);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(177);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'E', 429,
        'e', 429,
        'I', 211,
        'i', 211,
        'D', 585,
        'L', 585,
        'T', 585,
        'd', 585,
        'l', 585,
        't', 585,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(417);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(209);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(341);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(415);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(362);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(336);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(245);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(425);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(395);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(345);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(363);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(306);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(176);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 27,
        'E', 441,
        'e', 441,
        'I', 226,
        'i', 226,
        'D', 178,
        'L', 178,
        'T', 178,
        'd', 178,
        'l', 178,
        't', 178,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(340);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(251);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(407);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(414);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(403);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(404);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(283);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(372);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(355);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(246);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(258);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(388);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(296);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(383);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(585);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(178);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(437);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(589);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(415);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(366);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(369);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(221);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(443);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(444);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(433);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(425);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(355);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(433);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(445);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(446);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(425);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(424);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(360);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(262);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(376);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(361);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(439);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(425);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(430);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(449);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(450);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(455);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(456);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(239);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(373);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(375);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(230);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(415);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(304);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(312);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(590);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(386);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(377);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(378);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(431);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(442);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(585);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(460);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(136);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(461);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(596);
      if (lookahead == '-' ||
          lookahead == '>') ADVANCE(461);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(595);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(sym__lt);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '<' &&
          lookahead != '\\' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(83);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(anon_sym_DASH_DASH_GT);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym__nianbao_open);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym__nianbao_open);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym__nianbao_closed);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym_rule_id);
      if (lookahead == '-') ADVANCE(471);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ',' &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(472);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_rule_id);
      if (lookahead == '-') ADVANCE(471);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ',' &&
          lookahead != '-') ADVANCE(472);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym__directive_space);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym__directive_space);
      if (lookahead == '\n') ADVANCE(476);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(474);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym__directive_space);
      if (lookahead == '-') ADVANCE(80);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ',' &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(472);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym__directive_space);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(476);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym__row_start);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym__pipe);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_pipe_table_delimiter_cell);
      if (lookahead == '-') ADVANCE(479);
      if (lookahead == ':') ADVANCE(480);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(480);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_pipe_table_delimiter_cell);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(480);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(486);
      if (lookahead == '.') ADVANCE(619);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(486);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(482);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(485);
      if (lookahead == '.') ADVANCE(496);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(485);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(484);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_total_label);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_total_label);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        ')', 491,
        '<', 29,
        '\\', 117,
        '\t', 91,
        ' ', 91,
        0x4e00, 489,
        0x4e03, 489,
        0x4e09, 489,
        0x4e5d, 489,
        0x4e8c, 489,
        0x4e94, 489,
        0x516b, 489,
        0x516d, 489,
        0x5341, 489,
        0x56db, 489,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '-') ADVANCE(479);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == 0x603b) ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(89);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == 0x8ba1) ADVANCE(488);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(90);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 29,
        '\\', 117,
        0xff09, 491,
        '\t', 91,
        ' ', 91,
        0x4e00, 493,
        0x4e03, 493,
        0x4e09, 493,
        0x4e5d, 493,
        0x4e8c, 493,
        0x4e94, 493,
        0x516b, 493,
        0x516d, 493,
        0x5341, 493,
        0x56db, 493,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 29,
        '\\', 117,
        '\t', 91,
        ' ', 91,
        0x4e00, 489,
        0x4e03, 489,
        0x4e09, 489,
        0x4e5d, 489,
        0x4e8c, 489,
        0x4e94, 489,
        0x516b, 489,
        0x516d, 489,
        0x5341, 489,
        0x56db, 489,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 29,
        '\\', 117,
        '\t', 91,
        ' ', 91,
        0x4e00, 493,
        0x4e03, 493,
        0x4e09, 493,
        0x4e5d, 493,
        0x4e8c, 493,
        0x4e94, 493,
        0x516b, 493,
        0x516d, 493,
        0x5341, 493,
        0x56db, 493,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(484);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(497);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\t') ADVANCE(502);
      if (lookahead == ' ') ADVANCE(502);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\t') ADVANCE(502);
      if (lookahead == ' ') ADVANCE(498);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '-') ADVANCE(479);
      if (lookahead == ':') ADVANCE(77);
      if (lookahead == 0x603b) ADVANCE(105);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(500);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == 0x603b) ADVANCE(105);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(501);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(502);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '>') ADVANCE(506);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '>') ADVANCE(506);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(519);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(anon_sym_SLASH_GT);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym__html_equals);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(507);
      if (lookahead == '\n' ||
          lookahead == '\r') ADVANCE(508);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym__html_equals);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(508);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym__attribute_number);
      if (lookahead == '%') ADVANCE(518);
      if (lookahead == ',') ADVANCE(515);
      if (lookahead == '.') ADVANCE(517);
      if (lookahead == '/') ADVANCE(519);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == '`') ADVANCE(563);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(518);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      if (lookahead != 0 &&
          lookahead != '"') ADVANCE(513);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(512);
      if (lookahead != 0 &&
          lookahead != '\'') ADVANCE(514);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym__dquoted);
      if (lookahead != 0 &&
          lookahead != '"') ADVANCE(513);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym__squoted);
      if (lookahead != 0 &&
          lookahead != '\'') ADVANCE(514);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '%') ADVANCE(518);
      if (lookahead == '.') ADVANCE(517);
      if (lookahead == '/') ADVANCE(519);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == '`') ADVANCE(563);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(515);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(518);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '%') ADVANCE(518);
      if (lookahead == '/') ADVANCE(519);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == '`') ADVANCE(563);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(516);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(518);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(519);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == '`') ADVANCE(563);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(516);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(518);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(519);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == '`') ADVANCE(563);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(518);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(519);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym__dquote);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym__squote);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '!') ADVANCE(534);
      if (lookahead == '/') ADVANCE(114);
      if (lookahead == '?') ADVANCE(528);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(564);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != '\'' &&
          (lookahead < '=' || '?' < lookahead)) ADVANCE(569);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '%') ADVANCE(563);
      if (lookahead == '.') ADVANCE(562);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(523);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '.' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(563);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '%') ADVANCE(563);
      if (lookahead == '<') ADVANCE(569);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(563);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(525);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'n') ADVANCE(547);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(60);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(469);
      if (lookahead == '-') ADVANCE(531);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(468);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(469);
      if (lookahead == '-') ADVANCE(532);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(468);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(569);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(525);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(543);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(535);
      if (lookahead == 'f') ADVANCE(549);
      if (lookahead == 'l') ADVANCE(550);
      if (lookahead == 'n') ADVANCE(545);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(535);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(552);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(529);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == '>') ADVANCE(470);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'a') ADVANCE(554);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'a') ADVANCE(557);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'a') ADVANCE(540);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'a') ADVANCE(542);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'b') ADVANCE(551);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'b') ADVANCE(537);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'b') ADVANCE(553);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'd') ADVANCE(548);
      if (lookahead == 'e') ADVANCE(556);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'e') ADVANCE(527);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'e') ADVANCE(560);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'e') ADVANCE(526);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'i') ADVANCE(536);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'i') ADVANCE(558);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'i') ADVANCE(551);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'i') ADVANCE(555);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'l') ADVANCE(544);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'l') ADVANCE(550);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'l') ADVANCE(546);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'n') ADVANCE(541);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'n') ADVANCE(544);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'n') ADVANCE(538);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'o') ADVANCE(530);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 's') ADVANCE(539);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 't') ADVANCE(533);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead == 'x') ADVANCE(559);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(561);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(561);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(569);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(563);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(569);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(563);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        'A', 565,
        'a', 565,
        'D', 568,
        'd', 568,
        'H', 568,
        'h', 568,
        'R', 568,
        'r', 568,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(567);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(568);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(566);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(569);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(574);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\r') ADVANCE(577);
      if (lookahead == ' ') ADVANCE(574);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(574);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\r') ADVANCE(577);
      if (lookahead == ' ') ADVANCE(570);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(579);
      if (lookahead == ' ') ADVANCE(579);
      if (lookahead == '\n' ||
          lookahead == '\r') ADVANCE(580);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(579);
      if (lookahead == ' ') ADVANCE(572);
      if (lookahead == '\n' ||
          lookahead == '\r') ADVANCE(580);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\r') ADVANCE(577);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(574);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\r') ADVANCE(576);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(575);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(580);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(580);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(577);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(575);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(580);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(579);
      if (lookahead == '\n' ||
          lookahead == '\r') ADVANCE(580);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(580);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym__block_table_open);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym__block_tr_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(240);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym__block_td_open);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym__block_th_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(216);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym__block_tag_open);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(410);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(267);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(393);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(379);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(403);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(435);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(321);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(284);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym__html_block_end_tag);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym__html_block_declaration);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '\n') ADVANCE(599);
      if (lookahead == '<') ADVANCE(596);
      if (lookahead == '>') ADVANCE(594);
      if (lookahead != 0) ADVANCE(595);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '!') ADVANCE(597);
      if (lookahead == '>') ADVANCE(594);
      if (lookahead == '\n' ||
          lookahead == '<') ADVANCE(599);
      if (lookahead != 0) ADVANCE(595);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '-') ADVANCE(598);
      if (lookahead == '>') ADVANCE(594);
      if (lookahead == '\n' ||
          lookahead == '<') ADVANCE(599);
      if (lookahead != 0) ADVANCE(595);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '>') ADVANCE(594);
      if (lookahead == '\n' ||
          lookahead == '-' ||
          lookahead == '<') ADVANCE(599);
      if (lookahead != 0) ADVANCE(595);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '>') ADVANCE(594);
      if (lookahead != 0) ADVANCE(599);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym__table_open);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym__table_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym__tr_open);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym__tr_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym__td_open);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym__td_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym__th_open);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym__th_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym__tag_open);
      ADVANCE_MAP(
        'A', 609,
        'a', 609,
        'D', 605,
        'd', 605,
        'H', 607,
        'h', 607,
        'R', 603,
        'r', 603,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(611);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(601);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(610);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(612);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym_html_table_end_tag);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym_html_row_end_tag);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym_html_cell_end_tag);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym_html_end_tag);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym_html_declaration);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym_html_declaration);
      if (lookahead == '>') ADVANCE(617);
      if (lookahead != 0) ADVANCE(618);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(482);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(620);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym__html_blank_end);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym__backtick_fence_open);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym__tilde_fence_open);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym__backtick_fence_close);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym__tilde_fence_close);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(624);
      if (lookahead == '\r') ADVANCE(628);
      if (lookahead == '`') ADVANCE(626);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(627);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(624);
      if (lookahead == '\r') ADVANCE(628);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(627);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(624);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(625);
      if (lookahead == '\r') ADVANCE(631);
      if (lookahead == '~') ADVANCE(629);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(630);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(625);
      if (lookahead == '\r') ADVANCE(631);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(630);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(625);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(121);
      if (lookahead != 0) ADVANCE(661);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(636);
      if (lookahead == '~') ADVANCE(653);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(635);
      if (lookahead == '`') ADVANCE(650);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(648);
      if (lookahead == '`') ADVANCE(650);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(651);
      if (lookahead == '~') ADVANCE(653);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(657);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(637);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(638);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(639);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(640);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '(', 656,
        0xff08, 660,
        '\t', 642,
        ' ', 642,
        0x4e00, 658,
        0x4e03, 658,
        0x4e09, 658,
        0x4e5d, 658,
        0x4e8c, 658,
        0x4e94, 658,
        0x516b, 658,
        0x516d, 658,
        0x5341, 658,
        0x56db, 658,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        ')', 661,
        '\t', 644,
        ' ', 644,
        0x4e00, 643,
        0x4e03, 643,
        0x4e09, 643,
        0x4e5d, 643,
        0x4e8c, 643,
        0x4e94, 643,
        0x516b, 643,
        0x516d, 643,
        0x5341, 643,
        0x56db, 643,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ')') ADVANCE(661);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(644);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '*') ADVANCE(642);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '=') ADVANCE(646);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '_') ADVANCE(642);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(650);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(626);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(649);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(653);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(629);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(652);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        0xff09, 661,
        '\t', 655,
        ' ', 655,
        0x4e00, 654,
        0x4e03, 654,
        0x4e09, 654,
        0x4e5d, 654,
        0x4e8c, 654,
        0x4e94, 654,
        0x516b, 654,
        0x516d, 654,
        0x5341, 654,
        0x56db, 654,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == 0xff09) ADVANCE(661);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(655);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '\t', 656,
        ' ', 656,
        0x4e00, 643,
        0x4e03, 643,
        0x4e09, 643,
        0x4e5d, 643,
        0x4e8c, 643,
        0x4e94, 643,
        0x516b, 643,
        0x516d, 643,
        0x5341, 643,
        0x56db, 643,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(657);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '\t', 659,
        ' ', 659,
        '.', 661,
        0x3001, 661,
        0xff0e, 661,
        0x4e00, 658,
        0x4e03, 658,
        0x4e09, 658,
        0x4e5d, 658,
        0x4e8c, 658,
        0x4e94, 658,
        0x516b, 658,
        0x516d, 658,
        0x5341, 658,
        0x56db, 658,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(659);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(661);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '\t', 660,
        ' ', 660,
        0x4e00, 654,
        0x4e03, 654,
        0x4e09, 654,
        0x4e5d, 654,
        0x4e8c, 654,
        0x4e94, 654,
        0x516b, 654,
        0x516d, 654,
        0x5341, 654,
        0x56db, 654,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(661);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '!') ADVANCE(667);
      if (lookahead == '<') ADVANCE(679);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '(', 671,
        '<', 662,
        0xff08, 674,
        '\t', 663,
        ' ', 663,
        0x4e00, 672,
        0x4e03, 672,
        0x4e09, 672,
        0x4e5d, 672,
        0x4e8c, 672,
        0x4e94, 672,
        0x516b, 672,
        0x516d, 672,
        0x5341, 672,
        0x56db, 672,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        ')', 677,
        '<', 662,
        '\t', 665,
        ' ', 665,
        0x4e00, 664,
        0x4e03, 664,
        0x4e09, 664,
        0x4e5d, 664,
        0x4e8c, 664,
        0x4e94, 664,
        0x516b, 664,
        0x516d, 664,
        0x5341, 664,
        0x56db, 664,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == ')') ADVANCE(677);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(665);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '*') ADVANCE(663);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '-') ADVANCE(678);
      if (lookahead == '<') ADVANCE(679);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == '_') ADVANCE(663);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 662,
        0xff09, 677,
        '\t', 670,
        ' ', 670,
        0x4e00, 669,
        0x4e03, 669,
        0x4e09, 669,
        0x4e5d, 669,
        0x4e8c, 669,
        0x4e94, 669,
        0x516b, 669,
        0x516d, 669,
        0x5341, 669,
        0x56db, 669,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == 0xff09) ADVANCE(677);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(670);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 662,
        '\t', 671,
        ' ', 671,
        0x4e00, 664,
        0x4e03, 664,
        0x4e09, 664,
        0x4e5d, 664,
        0x4e8c, 664,
        0x4e94, 664,
        0x516b, 664,
        0x516d, 664,
        0x5341, 664,
        0x56db, 664,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 662,
        '\t', 673,
        ' ', 673,
        '.', 677,
        0x3001, 677,
        0xff0e, 677,
        0x4e00, 672,
        0x4e03, 672,
        0x4e09, 672,
        0x4e5d, 672,
        0x4e8c, 672,
        0x4e94, 672,
        0x516b, 672,
        0x516d, 672,
        0x5341, 672,
        0x56db, 672,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(673);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(677);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 662,
        '\t', 674,
        ' ', 674,
        0x4e00, 669,
        0x4e03, 669,
        0x4e09, 669,
        0x4e5d, 669,
        0x4e8c, 669,
        0x4e94, 669,
        0x516b, 669,
        0x516d, 669,
        0x5341, 669,
        0x56db, 669,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(677);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(676);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(677);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(662);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(679);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(677);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(679);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 118, .external_lex_state = 2},
  [2] = {.lex_state = 118, .external_lex_state = 2},
  [3] = {.lex_state = 118, .external_lex_state = 2},
  [4] = {.lex_state = 118, .external_lex_state = 2},
  [5] = {.lex_state = 118, .external_lex_state = 2},
  [6] = {.lex_state = 118, .external_lex_state = 2},
  [7] = {.lex_state = 118, .external_lex_state = 2},
  [8] = {.lex_state = 118, .external_lex_state = 2},
  [9] = {.lex_state = 118, .external_lex_state = 2},
  [10] = {.lex_state = 118, .external_lex_state = 2},
  [11] = {.lex_state = 118, .external_lex_state = 2},
  [12] = {.lex_state = 118, .external_lex_state = 2},
  [13] = {.lex_state = 118, .external_lex_state = 2},
  [14] = {.lex_state = 118, .external_lex_state = 2},
  [15] = {.lex_state = 118, .external_lex_state = 2},
  [16] = {.lex_state = 118, .external_lex_state = 2},
  [17] = {.lex_state = 118, .external_lex_state = 2},
  [18] = {.lex_state = 118, .external_lex_state = 2},
  [19] = {.lex_state = 118, .external_lex_state = 2},
  [20] = {.lex_state = 118, .external_lex_state = 2},
  [21] = {.lex_state = 118, .external_lex_state = 2},
  [22] = {.lex_state = 118, .external_lex_state = 2},
  [23] = {.lex_state = 118, .external_lex_state = 2},
  [24] = {.lex_state = 118, .external_lex_state = 2},
  [25] = {.lex_state = 118, .external_lex_state = 2},
  [26] = {.lex_state = 118, .external_lex_state = 2},
  [27] = {.lex_state = 118, .external_lex_state = 2},
  [28] = {.lex_state = 118, .external_lex_state = 2},
  [29] = {.lex_state = 118, .external_lex_state = 2},
  [30] = {.lex_state = 118, .external_lex_state = 2},
  [31] = {.lex_state = 118, .external_lex_state = 2},
  [32] = {.lex_state = 118, .external_lex_state = 2},
  [33] = {.lex_state = 118, .external_lex_state = 2},
  [34] = {.lex_state = 118, .external_lex_state = 2},
  [35] = {.lex_state = 118, .external_lex_state = 2},
  [36] = {.lex_state = 118, .external_lex_state = 2},
  [37] = {.lex_state = 118, .external_lex_state = 2},
  [38] = {.lex_state = 118, .external_lex_state = 2},
  [39] = {.lex_state = 118, .external_lex_state = 2},
  [40] = {.lex_state = 118, .external_lex_state = 2},
  [41] = {.lex_state = 118, .external_lex_state = 2},
  [42] = {.lex_state = 118, .external_lex_state = 2},
  [43] = {.lex_state = 118, .external_lex_state = 2},
  [44] = {.lex_state = 118, .external_lex_state = 2},
  [45] = {.lex_state = 118, .external_lex_state = 2},
  [46] = {.lex_state = 118, .external_lex_state = 2},
  [47] = {.lex_state = 118, .external_lex_state = 2},
  [48] = {.lex_state = 118, .external_lex_state = 2},
  [49] = {.lex_state = 118, .external_lex_state = 2},
  [50] = {.lex_state = 118, .external_lex_state = 2},
  [51] = {.lex_state = 118, .external_lex_state = 2},
  [52] = {.lex_state = 118, .external_lex_state = 2},
  [53] = {.lex_state = 118, .external_lex_state = 2},
  [54] = {.lex_state = 118, .external_lex_state = 2},
  [55] = {.lex_state = 118, .external_lex_state = 2},
  [56] = {.lex_state = 118, .external_lex_state = 2},
  [57] = {.lex_state = 118, .external_lex_state = 2},
  [58] = {.lex_state = 118, .external_lex_state = 2},
  [59] = {.lex_state = 118, .external_lex_state = 2},
  [60] = {.lex_state = 118, .external_lex_state = 2},
  [61] = {.lex_state = 118, .external_lex_state = 2},
  [62] = {.lex_state = 118, .external_lex_state = 2},
  [63] = {.lex_state = 118, .external_lex_state = 2},
  [64] = {.lex_state = 118, .external_lex_state = 2},
  [65] = {.lex_state = 118, .external_lex_state = 2},
  [66] = {.lex_state = 118, .external_lex_state = 2},
  [67] = {.lex_state = 118, .external_lex_state = 2},
  [68] = {.lex_state = 118, .external_lex_state = 2},
  [69] = {.lex_state = 118, .external_lex_state = 2},
  [70] = {.lex_state = 118, .external_lex_state = 2},
  [71] = {.lex_state = 118, .external_lex_state = 2},
  [72] = {.lex_state = 118, .external_lex_state = 2},
  [73] = {.lex_state = 118, .external_lex_state = 2},
  [74] = {.lex_state = 118, .external_lex_state = 2},
  [75] = {.lex_state = 118, .external_lex_state = 2},
  [76] = {.lex_state = 118, .external_lex_state = 2},
  [77] = {.lex_state = 118, .external_lex_state = 2},
  [78] = {.lex_state = 118, .external_lex_state = 2},
  [79] = {.lex_state = 118, .external_lex_state = 2},
  [80] = {.lex_state = 118, .external_lex_state = 2},
  [81] = {.lex_state = 118, .external_lex_state = 2},
  [82] = {.lex_state = 118, .external_lex_state = 2},
  [83] = {.lex_state = 1, .external_lex_state = 3},
  [84] = {.lex_state = 1, .external_lex_state = 3},
  [85] = {.lex_state = 1, .external_lex_state = 3},
  [86] = {.lex_state = 2, .external_lex_state = 3},
  [87] = {.lex_state = 1, .external_lex_state = 3},
  [88] = {.lex_state = 1, .external_lex_state = 3},
  [89] = {.lex_state = 1, .external_lex_state = 3},
  [90] = {.lex_state = 4, .external_lex_state = 3},
  [91] = {.lex_state = 4, .external_lex_state = 3},
  [92] = {.lex_state = 4, .external_lex_state = 3},
  [93] = {.lex_state = 4, .external_lex_state = 3},
  [94] = {.lex_state = 4, .external_lex_state = 3},
  [95] = {.lex_state = 4, .external_lex_state = 3},
  [96] = {.lex_state = 4, .external_lex_state = 3},
  [97] = {.lex_state = 4, .external_lex_state = 3},
  [98] = {.lex_state = 4, .external_lex_state = 3},
  [99] = {.lex_state = 4, .external_lex_state = 3},
  [100] = {.lex_state = 4, .external_lex_state = 3},
  [101] = {.lex_state = 3, .external_lex_state = 3},
  [102] = {.lex_state = 1, .external_lex_state = 3},
  [103] = {.lex_state = 1, .external_lex_state = 3},
  [104] = {.lex_state = 1, .external_lex_state = 3},
  [105] = {.lex_state = 1, .external_lex_state = 3},
  [106] = {.lex_state = 1, .external_lex_state = 3},
  [107] = {.lex_state = 1, .external_lex_state = 3},
  [108] = {.lex_state = 4, .external_lex_state = 3},
  [109] = {.lex_state = 4, .external_lex_state = 3},
  [110] = {.lex_state = 4, .external_lex_state = 3},
  [111] = {.lex_state = 4, .external_lex_state = 3},
  [112] = {.lex_state = 1, .external_lex_state = 3},
  [113] = {.lex_state = 1, .external_lex_state = 3},
  [114] = {.lex_state = 1, .external_lex_state = 3},
  [115] = {.lex_state = 1, .external_lex_state = 3},
  [116] = {.lex_state = 1, .external_lex_state = 3},
  [117] = {.lex_state = 1, .external_lex_state = 3},
  [118] = {.lex_state = 1, .external_lex_state = 3},
  [119] = {.lex_state = 1, .external_lex_state = 3},
  [120] = {.lex_state = 1, .external_lex_state = 3},
  [121] = {.lex_state = 1, .external_lex_state = 3},
  [122] = {.lex_state = 1, .external_lex_state = 3},
  [123] = {.lex_state = 1, .external_lex_state = 3},
  [124] = {.lex_state = 1, .external_lex_state = 3},
  [125] = {.lex_state = 1, .external_lex_state = 3},
  [126] = {.lex_state = 1, .external_lex_state = 3},
  [127] = {.lex_state = 1, .external_lex_state = 3},
  [128] = {.lex_state = 1, .external_lex_state = 3},
  [129] = {.lex_state = 1, .external_lex_state = 3},
  [130] = {.lex_state = 1, .external_lex_state = 3},
  [131] = {.lex_state = 1, .external_lex_state = 3},
  [132] = {.lex_state = 24, .external_lex_state = 3},
  [133] = {.lex_state = 25, .external_lex_state = 3},
  [134] = {.lex_state = 25, .external_lex_state = 3},
  [135] = {.lex_state = 25, .external_lex_state = 3},
  [136] = {.lex_state = 24, .external_lex_state = 3},
  [137] = {.lex_state = 22, .external_lex_state = 3},
  [138] = {.lex_state = 22, .external_lex_state = 3},
  [139] = {.lex_state = 22, .external_lex_state = 3},
  [140] = {.lex_state = 22, .external_lex_state = 3},
  [141] = {.lex_state = 22, .external_lex_state = 3},
  [142] = {.lex_state = 22, .external_lex_state = 3},
  [143] = {.lex_state = 25, .external_lex_state = 3},
  [144] = {.lex_state = 25, .external_lex_state = 3},
  [145] = {.lex_state = 22},
  [146] = {.lex_state = 23, .external_lex_state = 3},
  [147] = {.lex_state = 23, .external_lex_state = 3},
  [148] = {.lex_state = 23, .external_lex_state = 3},
  [149] = {.lex_state = 23, .external_lex_state = 3},
  [150] = {.lex_state = 23, .external_lex_state = 3},
  [151] = {.lex_state = 23, .external_lex_state = 3},
  [152] = {.lex_state = 23, .external_lex_state = 3},
  [153] = {.lex_state = 23, .external_lex_state = 3},
  [154] = {.lex_state = 22},
  [155] = {.lex_state = 23, .external_lex_state = 3},
  [156] = {.lex_state = 23, .external_lex_state = 3},
  [157] = {.lex_state = 23, .external_lex_state = 3},
  [158] = {.lex_state = 23, .external_lex_state = 3},
  [159] = {.lex_state = 25, .external_lex_state = 3},
  [160] = {.lex_state = 25},
  [161] = {.lex_state = 23, .external_lex_state = 3},
  [162] = {.lex_state = 25},
  [163] = {.lex_state = 25, .external_lex_state = 3},
  [164] = {.lex_state = 25, .external_lex_state = 3},
  [165] = {.lex_state = 25, .external_lex_state = 3},
  [166] = {.lex_state = 23, .external_lex_state = 3},
  [167] = {.lex_state = 23},
  [168] = {.lex_state = 23, .external_lex_state = 3},
  [169] = {.lex_state = 23},
  [170] = {.lex_state = 23, .external_lex_state = 3},
  [171] = {.lex_state = 25},
  [172] = {.lex_state = 23},
  [173] = {.lex_state = 23},
  [174] = {.lex_state = 25},
  [175] = {.lex_state = 25},
  [176] = {.lex_state = 23, .external_lex_state = 3},
  [177] = {.lex_state = 23, .external_lex_state = 3},
  [178] = {.lex_state = 23, .external_lex_state = 3},
  [179] = {.lex_state = 23},
  [180] = {.lex_state = 23},
  [181] = {.lex_state = 23},
  [182] = {.lex_state = 20, .external_lex_state = 3},
  [183] = {.lex_state = 21, .external_lex_state = 3},
  [184] = {.lex_state = 21, .external_lex_state = 3},
  [185] = {.lex_state = 24, .external_lex_state = 3},
  [186] = {.lex_state = 21, .external_lex_state = 3},
  [187] = {.lex_state = 20, .external_lex_state = 3},
  [188] = {.lex_state = 24, .external_lex_state = 3},
  [189] = {.lex_state = 20, .external_lex_state = 3},
  [190] = {.lex_state = 79},
  [191] = {.lex_state = 24, .external_lex_state = 3},
  [192] = {.lex_state = 79},
  [193] = {.lex_state = 79},
  [194] = {.lex_state = 24, .external_lex_state = 3},
  [195] = {.lex_state = 24, .external_lex_state = 3},
  [196] = {.lex_state = 79},
  [197] = {.lex_state = 79},
  [198] = {.lex_state = 79},
  [199] = {.lex_state = 79},
  [200] = {.lex_state = 79},
  [201] = {.lex_state = 79},
  [202] = {.lex_state = 79},
  [203] = {.lex_state = 79},
  [204] = {.lex_state = 24, .external_lex_state = 3},
  [205] = {.lex_state = 24, .external_lex_state = 3},
  [206] = {.lex_state = 24, .external_lex_state = 3},
  [207] = {.lex_state = 24, .external_lex_state = 3},
  [208] = {.lex_state = 24, .external_lex_state = 3},
  [209] = {.lex_state = 24, .external_lex_state = 3},
  [210] = {.lex_state = 24, .external_lex_state = 3},
  [211] = {.lex_state = 24, .external_lex_state = 3},
  [212] = {.lex_state = 24, .external_lex_state = 3},
  [213] = {.lex_state = 24, .external_lex_state = 3},
  [214] = {.lex_state = 24, .external_lex_state = 3},
  [215] = {.lex_state = 24, .external_lex_state = 3},
  [216] = {.lex_state = 24, .external_lex_state = 3},
  [217] = {.lex_state = 24, .external_lex_state = 3},
  [218] = {.lex_state = 24, .external_lex_state = 3},
  [219] = {.lex_state = 24, .external_lex_state = 3},
  [220] = {.lex_state = 24, .external_lex_state = 3},
  [221] = {.lex_state = 24, .external_lex_state = 3},
  [222] = {.lex_state = 24, .external_lex_state = 3},
  [223] = {.lex_state = 24, .external_lex_state = 3},
  [224] = {.lex_state = 24, .external_lex_state = 3},
  [225] = {.lex_state = 31},
  [226] = {.lex_state = 32},
  [227] = {.lex_state = 24, .external_lex_state = 3},
  [228] = {.lex_state = 24, .external_lex_state = 3},
  [229] = {.lex_state = 24, .external_lex_state = 3},
  [230] = {.lex_state = 2},
  [231] = {.lex_state = 7},
  [232] = {.lex_state = 24},
  [233] = {.lex_state = 7},
  [234] = {.lex_state = 24},
  [235] = {.lex_state = 7},
  [236] = {.lex_state = 7},
  [237] = {.lex_state = 7},
  [238] = {.lex_state = 2},
  [239] = {.lex_state = 7},
  [240] = {.lex_state = 7},
  [241] = {.lex_state = 24},
  [242] = {.lex_state = 7},
  [243] = {.lex_state = 7},
  [244] = {.lex_state = 24},
  [245] = {.lex_state = 0},
  [246] = {.lex_state = 24},
  [247] = {.lex_state = 7},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__blank_line] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym__atx_h1] = ACTIONS(1),
    [sym__atx_h2] = ACTIONS(1),
    [sym__atx_h3] = ACTIONS(1),
    [sym__atx_h4] = ACTIONS(1),
    [sym__atx_h5] = ACTIONS(1),
    [sym__atx_h6] = ACTIONS(1),
    [sym_setext_h1_underline] = ACTIONS(1),
    [sym_setext_h2_underline] = ACTIONS(1),
    [sym_section_number] = ACTIONS(1),
    [sym_item_number] = ACTIONS(1),
    [sym_list_number] = ACTIONS(1),
    [sym__lt] = ACTIONS(1),
    [anon_sym_DASH_DASH_GT] = ACTIONS(1),
    [sym__directive_space] = ACTIONS(1),
    [sym__row_start] = ACTIONS(1),
    [sym__pipe] = ACTIONS(1),
    [sym__space] = ACTIONS(1),
    [anon_sym_SLASH] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_SLASH_GT] = ACTIONS(1),
    [sym__attribute_number] = ACTIONS(1),
    [sym__dquote] = ACTIONS(1),
    [sym__squote] = ACTIONS(1),
    [sym__html_tag_space] = ACTIONS(1),
    [sym__block_table_open] = ACTIONS(1),
    [sym__block_tr_open] = ACTIONS(1),
    [sym__block_td_open] = ACTIONS(1),
    [sym__block_th_open] = ACTIONS(1),
    [sym__block_tag_open] = ACTIONS(1),
    [sym__html_block_end_tag] = ACTIONS(1),
    [sym__html_block_declaration] = ACTIONS(1),
    [sym__backtick_fence_close] = ACTIONS(1),
    [sym__tilde_fence_close] = ACTIONS(1),
    [sym__code_line] = ACTIONS(1),
    [sym__indented_line] = ACTIONS(1),
    [sym__eof] = ACTIONS(1),
    [sym__setext_h1_start] = ACTIONS(1),
    [sym__setext_h2_start] = ACTIONS(1),
    [sym__numbered_heading_start] = ACTIONS(1),
    [sym__sub_heading_start] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_document] = STATE(245),
    [sym__section1] = STATE(2),
    [sym__section2] = STATE(2),
    [sym__section3] = STATE(2),
    [sym__section4] = STATE(2),
    [sym__section5] = STATE(2),
    [sym__section6] = STATE(2),
    [sym__section7] = STATE(2),
    [sym__section8] = STATE(2),
    [sym__block] = STATE(2),
    [sym__atx_heading1] = STATE(4),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(2),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(2),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(2),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(2),
    [sym_indented_code_block] = STATE(2),
    [aux_sym_document_repeat1] = STATE(2),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym__blank_line] = ACTIONS(5),
    [sym_thematic_break] = ACTIONS(5),
    [sym__atx_h1] = ACTIONS(7),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(51),
    [sym__setext_h2_start] = ACTIONS(53),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
  [2] = {
    [sym__section1] = STATE(3),
    [sym__section2] = STATE(3),
    [sym__section3] = STATE(3),
    [sym__section4] = STATE(3),
    [sym__section5] = STATE(3),
    [sym__section6] = STATE(3),
    [sym__section7] = STATE(3),
    [sym__section8] = STATE(3),
    [sym__block] = STATE(3),
    [sym__atx_heading1] = STATE(4),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(3),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(3),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(3),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(3),
    [sym_indented_code_block] = STATE(3),
    [aux_sym_document_repeat1] = STATE(3),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(59),
    [sym__blank_line] = ACTIONS(61),
    [sym_thematic_break] = ACTIONS(61),
    [sym__atx_h1] = ACTIONS(7),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(51),
    [sym__setext_h2_start] = ACTIONS(53),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
  [3] = {
    [sym__section1] = STATE(3),
    [sym__section2] = STATE(3),
    [sym__section3] = STATE(3),
    [sym__section4] = STATE(3),
    [sym__section5] = STATE(3),
    [sym__section6] = STATE(3),
    [sym__section7] = STATE(3),
    [sym__section8] = STATE(3),
    [sym__block] = STATE(3),
    [sym__atx_heading1] = STATE(4),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(3),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(3),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(3),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(3),
    [sym_indented_code_block] = STATE(3),
    [aux_sym_document_repeat1] = STATE(3),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(63),
    [sym__blank_line] = ACTIONS(65),
    [sym_thematic_break] = ACTIONS(65),
    [sym__atx_h1] = ACTIONS(68),
    [sym__atx_h2] = ACTIONS(71),
    [sym__atx_h3] = ACTIONS(74),
    [sym__atx_h4] = ACTIONS(77),
    [sym__atx_h5] = ACTIONS(80),
    [sym__atx_h6] = ACTIONS(83),
    [sym_section_number] = ACTIONS(86),
    [sym_item_number] = ACTIONS(86),
    [sym_list_number] = ACTIONS(86),
    [sym__text] = ACTIONS(86),
    [sym_comment] = ACTIONS(89),
    [sym__nianbao_open] = ACTIONS(92),
    [sym__nianbao_closed] = ACTIONS(95),
    [sym__row_start] = ACTIONS(98),
    [sym__block_table_open] = ACTIONS(101),
    [sym__block_tr_open] = ACTIONS(104),
    [sym__block_td_open] = ACTIONS(107),
    [sym__block_th_open] = ACTIONS(107),
    [sym__block_tag_open] = ACTIONS(110),
    [sym__html_block_end_tag] = ACTIONS(113),
    [sym__html_block_declaration] = ACTIONS(113),
    [sym__table_open] = ACTIONS(116),
    [sym__tr_open] = ACTIONS(119),
    [sym__td_open] = ACTIONS(122),
    [sym__th_open] = ACTIONS(122),
    [sym__backtick_fence_open] = ACTIONS(125),
    [sym__tilde_fence_open] = ACTIONS(128),
    [sym__indented_line] = ACTIONS(131),
    [sym__setext_h1_start] = ACTIONS(134),
    [sym__setext_h2_start] = ACTIONS(137),
    [sym__numbered_heading_start] = ACTIONS(140),
    [sym__sub_heading_start] = ACTIONS(143),
  },
  [4] = {
    [sym__section2] = STATE(5),
    [sym__section3] = STATE(5),
    [sym__section4] = STATE(5),
    [sym__section5] = STATE(5),
    [sym__section6] = STATE(5),
    [sym__section7] = STATE(5),
    [sym__section8] = STATE(5),
    [sym__block] = STATE(5),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(5),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(5),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(5),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(5),
    [sym_indented_code_block] = STATE(5),
    [aux_sym__section1_repeat1] = STATE(5),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(146),
    [sym__blank_line] = ACTIONS(148),
    [sym_thematic_break] = ACTIONS(148),
    [sym__atx_h1] = ACTIONS(146),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(146),
    [sym__setext_h2_start] = ACTIONS(53),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
  [5] = {
    [sym__section2] = STATE(6),
    [sym__section3] = STATE(6),
    [sym__section4] = STATE(6),
    [sym__section5] = STATE(6),
    [sym__section6] = STATE(6),
    [sym__section7] = STATE(6),
    [sym__section8] = STATE(6),
    [sym__block] = STATE(6),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(6),
    [sym_indented_code_block] = STATE(6),
    [aux_sym__section1_repeat1] = STATE(6),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(150),
    [sym__blank_line] = ACTIONS(152),
    [sym_thematic_break] = ACTIONS(152),
    [sym__atx_h1] = ACTIONS(150),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(150),
    [sym__setext_h2_start] = ACTIONS(53),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
  [6] = {
    [sym__section2] = STATE(6),
    [sym__section3] = STATE(6),
    [sym__section4] = STATE(6),
    [sym__section5] = STATE(6),
    [sym__section6] = STATE(6),
    [sym__section7] = STATE(6),
    [sym__section8] = STATE(6),
    [sym__block] = STATE(6),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(6),
    [sym_indented_code_block] = STATE(6),
    [aux_sym__section1_repeat1] = STATE(6),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(154),
    [sym__blank_line] = ACTIONS(156),
    [sym_thematic_break] = ACTIONS(156),
    [sym__atx_h1] = ACTIONS(154),
    [sym__atx_h2] = ACTIONS(159),
    [sym__atx_h3] = ACTIONS(162),
    [sym__atx_h4] = ACTIONS(165),
    [sym__atx_h5] = ACTIONS(168),
    [sym__atx_h6] = ACTIONS(171),
    [sym_section_number] = ACTIONS(174),
    [sym_item_number] = ACTIONS(174),
    [sym_list_number] = ACTIONS(174),
    [sym__text] = ACTIONS(174),
    [sym_comment] = ACTIONS(177),
    [sym__nianbao_open] = ACTIONS(180),
    [sym__nianbao_closed] = ACTIONS(183),
    [sym__row_start] = ACTIONS(186),
    [sym__block_table_open] = ACTIONS(189),
    [sym__block_tr_open] = ACTIONS(192),
    [sym__block_td_open] = ACTIONS(195),
    [sym__block_th_open] = ACTIONS(195),
    [sym__block_tag_open] = ACTIONS(198),
    [sym__html_block_end_tag] = ACTIONS(201),
    [sym__html_block_declaration] = ACTIONS(201),
    [sym__table_open] = ACTIONS(204),
    [sym__tr_open] = ACTIONS(207),
    [sym__td_open] = ACTIONS(210),
    [sym__th_open] = ACTIONS(210),
    [sym__backtick_fence_open] = ACTIONS(213),
    [sym__tilde_fence_open] = ACTIONS(216),
    [sym__indented_line] = ACTIONS(219),
    [sym__setext_h1_start] = ACTIONS(154),
    [sym__setext_h2_start] = ACTIONS(222),
    [sym__numbered_heading_start] = ACTIONS(225),
    [sym__sub_heading_start] = ACTIONS(228),
  },
  [7] = {
    [sym__section3] = STATE(9),
    [sym__section4] = STATE(9),
    [sym__section5] = STATE(9),
    [sym__section6] = STATE(9),
    [sym__section7] = STATE(9),
    [sym__section8] = STATE(9),
    [sym__block] = STATE(9),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(9),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(9),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(9),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(9),
    [sym_indented_code_block] = STATE(9),
    [aux_sym__section2_repeat1] = STATE(9),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(231),
    [sym__blank_line] = ACTIONS(233),
    [sym_thematic_break] = ACTIONS(233),
    [sym__atx_h1] = ACTIONS(231),
    [sym__atx_h2] = ACTIONS(231),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(231),
    [sym__setext_h2_start] = ACTIONS(231),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
  [8] = {
    [sym__section3] = STATE(8),
    [sym__section4] = STATE(8),
    [sym__section5] = STATE(8),
    [sym__section6] = STATE(8),
    [sym__section7] = STATE(8),
    [sym__section8] = STATE(8),
    [sym__block] = STATE(8),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(8),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(8),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(8),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(8),
    [sym_indented_code_block] = STATE(8),
    [aux_sym__section2_repeat1] = STATE(8),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(235),
    [sym__blank_line] = ACTIONS(237),
    [sym_thematic_break] = ACTIONS(237),
    [sym__atx_h1] = ACTIONS(235),
    [sym__atx_h2] = ACTIONS(235),
    [sym__atx_h3] = ACTIONS(240),
    [sym__atx_h4] = ACTIONS(243),
    [sym__atx_h5] = ACTIONS(246),
    [sym__atx_h6] = ACTIONS(249),
    [sym_section_number] = ACTIONS(252),
    [sym_item_number] = ACTIONS(252),
    [sym_list_number] = ACTIONS(252),
    [sym__text] = ACTIONS(252),
    [sym_comment] = ACTIONS(255),
    [sym__nianbao_open] = ACTIONS(258),
    [sym__nianbao_closed] = ACTIONS(261),
    [sym__row_start] = ACTIONS(264),
    [sym__block_table_open] = ACTIONS(267),
    [sym__block_tr_open] = ACTIONS(270),
    [sym__block_td_open] = ACTIONS(273),
    [sym__block_th_open] = ACTIONS(273),
    [sym__block_tag_open] = ACTIONS(276),
    [sym__html_block_end_tag] = ACTIONS(279),
    [sym__html_block_declaration] = ACTIONS(279),
    [sym__table_open] = ACTIONS(282),
    [sym__tr_open] = ACTIONS(285),
    [sym__td_open] = ACTIONS(288),
    [sym__th_open] = ACTIONS(288),
    [sym__backtick_fence_open] = ACTIONS(291),
    [sym__tilde_fence_open] = ACTIONS(294),
    [sym__indented_line] = ACTIONS(297),
    [sym__setext_h1_start] = ACTIONS(235),
    [sym__setext_h2_start] = ACTIONS(235),
    [sym__numbered_heading_start] = ACTIONS(300),
    [sym__sub_heading_start] = ACTIONS(303),
  },
  [9] = {
    [sym__section3] = STATE(8),
    [sym__section4] = STATE(8),
    [sym__section5] = STATE(8),
    [sym__section6] = STATE(8),
    [sym__section7] = STATE(8),
    [sym__section8] = STATE(8),
    [sym__block] = STATE(8),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(13),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(27),
    [sym_paragraph] = STATE(8),
    [sym__first_line] = STATE(32),
    [sym_nianbao_comment] = STATE(158),
    [sym_pipe_table] = STATE(8),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(8),
    [sym__html_block_start] = STATE(85),
    [sym_html_table] = STATE(85),
    [sym_html_table_row] = STATE(85),
    [sym_html_table_cell] = STATE(85),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(102),
    [sym__html_cell_start_tag] = STATE(104),
    [sym__html_block_start_tag] = STATE(85),
    [sym_fenced_code_block] = STATE(8),
    [sym_indented_code_block] = STATE(8),
    [aux_sym__section2_repeat1] = STATE(8),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(306),
    [sym__blank_line] = ACTIONS(308),
    [sym_thematic_break] = ACTIONS(308),
    [sym__atx_h1] = ACTIONS(306),
    [sym__atx_h2] = ACTIONS(306),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym__nianbao_open] = ACTIONS(23),
    [sym__nianbao_closed] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__block_table_open] = ACTIONS(29),
    [sym__block_tr_open] = ACTIONS(31),
    [sym__block_td_open] = ACTIONS(33),
    [sym__block_th_open] = ACTIONS(33),
    [sym__block_tag_open] = ACTIONS(35),
    [sym__html_block_end_tag] = ACTIONS(37),
    [sym__html_block_declaration] = ACTIONS(37),
    [sym__table_open] = ACTIONS(39),
    [sym__tr_open] = ACTIONS(41),
    [sym__td_open] = ACTIONS(43),
    [sym__th_open] = ACTIONS(43),
    [sym__backtick_fence_open] = ACTIONS(45),
    [sym__tilde_fence_open] = ACTIONS(47),
    [sym__indented_line] = ACTIONS(49),
    [sym__setext_h1_start] = ACTIONS(306),
    [sym__setext_h2_start] = ACTIONS(306),
    [sym__numbered_heading_start] = ACTIONS(55),
    [sym__sub_heading_start] = ACTIONS(57),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 37,
    ACTIONS(315), 1,
      sym__atx_h4,
    ACTIONS(318), 1,
      sym__atx_h5,
    ACTIONS(321), 1,
      sym__atx_h6,
    ACTIONS(327), 1,
      sym_comment,
    ACTIONS(330), 1,
      sym__nianbao_open,
    ACTIONS(333), 1,
      sym__nianbao_closed,
    ACTIONS(336), 1,
      sym__row_start,
    ACTIONS(339), 1,
      sym__block_table_open,
    ACTIONS(342), 1,
      sym__block_tr_open,
    ACTIONS(348), 1,
      sym__block_tag_open,
    ACTIONS(354), 1,
      sym__table_open,
    ACTIONS(357), 1,
      sym__tr_open,
    ACTIONS(363), 1,
      sym__backtick_fence_open,
    ACTIONS(366), 1,
      sym__tilde_fence_open,
    ACTIONS(369), 1,
      sym__indented_line,
    ACTIONS(372), 1,
      sym__numbered_heading_start,
    ACTIONS(375), 1,
      sym__sub_heading_start,
    STATE(13), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(312), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(345), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(351), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(360), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(324), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(310), 6,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
    STATE(10), 12,
      sym__section4,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section3_repeat1,
  [139] = 37,
    ACTIONS(13), 1,
      sym__atx_h4,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(13), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(380), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(378), 6,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
    STATE(12), 12,
      sym__section4,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section3_repeat1,
  [278] = 37,
    ACTIONS(13), 1,
      sym__atx_h4,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(13), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(384), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(382), 6,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
    STATE(10), 12,
      sym__section4,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section3_repeat1,
  [417] = 35,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(388), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(386), 7,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
    STATE(14), 11,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section4_repeat1,
  [550] = 35,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(392), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(390), 7,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
    STATE(15), 11,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section4_repeat1,
  [683] = 35,
    ACTIONS(399), 1,
      sym__atx_h5,
    ACTIONS(402), 1,
      sym__atx_h6,
    ACTIONS(408), 1,
      sym_comment,
    ACTIONS(411), 1,
      sym__nianbao_open,
    ACTIONS(414), 1,
      sym__nianbao_closed,
    ACTIONS(417), 1,
      sym__row_start,
    ACTIONS(420), 1,
      sym__block_table_open,
    ACTIONS(423), 1,
      sym__block_tr_open,
    ACTIONS(429), 1,
      sym__block_tag_open,
    ACTIONS(435), 1,
      sym__table_open,
    ACTIONS(438), 1,
      sym__tr_open,
    ACTIONS(444), 1,
      sym__backtick_fence_open,
    ACTIONS(447), 1,
      sym__tilde_fence_open,
    ACTIONS(450), 1,
      sym__indented_line,
    ACTIONS(453), 1,
      sym__numbered_heading_start,
    ACTIONS(456), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(396), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(426), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(432), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(441), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(405), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(394), 7,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
    STATE(15), 11,
      sym__section5,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section4_repeat1,
  [816] = 33,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(461), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(459), 8,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
    STATE(17), 10,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section5_repeat1,
  [943] = 33,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(465), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(463), 8,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
    STATE(18), 10,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section5_repeat1,
  [1070] = 33,
    ACTIONS(472), 1,
      sym__atx_h6,
    ACTIONS(478), 1,
      sym_comment,
    ACTIONS(481), 1,
      sym__nianbao_open,
    ACTIONS(484), 1,
      sym__nianbao_closed,
    ACTIONS(487), 1,
      sym__row_start,
    ACTIONS(490), 1,
      sym__block_table_open,
    ACTIONS(493), 1,
      sym__block_tr_open,
    ACTIONS(499), 1,
      sym__block_tag_open,
    ACTIONS(505), 1,
      sym__table_open,
    ACTIONS(508), 1,
      sym__tr_open,
    ACTIONS(514), 1,
      sym__backtick_fence_open,
    ACTIONS(517), 1,
      sym__tilde_fence_open,
    ACTIONS(520), 1,
      sym__indented_line,
    ACTIONS(523), 1,
      sym__numbered_heading_start,
    ACTIONS(526), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(469), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(496), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(502), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(511), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(475), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(467), 8,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
    STATE(18), 10,
      sym__section6,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section5_repeat1,
  [1197] = 31,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(531), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(529), 9,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
    STATE(20), 9,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section6_repeat1,
  [1318] = 31,
    ACTIONS(541), 1,
      sym_comment,
    ACTIONS(544), 1,
      sym__nianbao_open,
    ACTIONS(547), 1,
      sym__nianbao_closed,
    ACTIONS(550), 1,
      sym__row_start,
    ACTIONS(553), 1,
      sym__block_table_open,
    ACTIONS(556), 1,
      sym__block_tr_open,
    ACTIONS(562), 1,
      sym__block_tag_open,
    ACTIONS(568), 1,
      sym__table_open,
    ACTIONS(571), 1,
      sym__tr_open,
    ACTIONS(577), 1,
      sym__backtick_fence_open,
    ACTIONS(580), 1,
      sym__tilde_fence_open,
    ACTIONS(583), 1,
      sym__indented_line,
    ACTIONS(586), 1,
      sym__numbered_heading_start,
    ACTIONS(589), 1,
      sym__sub_heading_start,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(535), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(559), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(565), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(574), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(538), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(533), 9,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
    STATE(20), 9,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section6_repeat1,
  [1439] = 31,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__numbered_heading_start,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(594), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(592), 9,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
    STATE(19), 9,
      sym__section7,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section6_repeat1,
  [1560] = 29,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(598), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(24), 8,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section7_repeat1,
    ACTIONS(596), 10,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [1675] = 29,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    ACTIONS(57), 1,
      sym__sub_heading_start,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(602), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(22), 8,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section7_repeat1,
    ACTIONS(600), 10,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [1790] = 29,
    ACTIONS(612), 1,
      sym_comment,
    ACTIONS(615), 1,
      sym__nianbao_open,
    ACTIONS(618), 1,
      sym__nianbao_closed,
    ACTIONS(621), 1,
      sym__row_start,
    ACTIONS(624), 1,
      sym__block_table_open,
    ACTIONS(627), 1,
      sym__block_tr_open,
    ACTIONS(633), 1,
      sym__block_tag_open,
    ACTIONS(639), 1,
      sym__table_open,
    ACTIONS(642), 1,
      sym__tr_open,
    ACTIONS(648), 1,
      sym__backtick_fence_open,
    ACTIONS(651), 1,
      sym__tilde_fence_open,
    ACTIONS(654), 1,
      sym__indented_line,
    ACTIONS(657), 1,
      sym__sub_heading_start,
    STATE(27), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(606), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(630), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(636), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(645), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(609), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(24), 8,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section7_repeat1,
    ACTIONS(604), 10,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [1905] = 27,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(662), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(26), 7,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section8_repeat1,
    ACTIONS(660), 11,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [2014] = 27,
    ACTIONS(672), 1,
      sym_comment,
    ACTIONS(675), 1,
      sym__nianbao_open,
    ACTIONS(678), 1,
      sym__nianbao_closed,
    ACTIONS(681), 1,
      sym__row_start,
    ACTIONS(684), 1,
      sym__block_table_open,
    ACTIONS(687), 1,
      sym__block_tr_open,
    ACTIONS(693), 1,
      sym__block_tag_open,
    ACTIONS(699), 1,
      sym__table_open,
    ACTIONS(702), 1,
      sym__tr_open,
    ACTIONS(708), 1,
      sym__backtick_fence_open,
    ACTIONS(711), 1,
      sym__tilde_fence_open,
    ACTIONS(714), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(666), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(690), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(696), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(705), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(669), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(26), 7,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section8_repeat1,
    ACTIONS(664), 11,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [2123] = 27,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__block_table_open,
    ACTIONS(31), 1,
      sym__block_tr_open,
    ACTIONS(35), 1,
      sym__block_tag_open,
    ACTIONS(39), 1,
      sym__table_open,
    ACTIONS(41), 1,
      sym__tr_open,
    ACTIONS(45), 1,
      sym__backtick_fence_open,
    ACTIONS(47), 1,
      sym__tilde_fence_open,
    ACTIONS(49), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(32), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    STATE(158), 1,
      sym_nianbao_comment,
    ACTIONS(33), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(37), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(43), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(719), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 4,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
    STATE(85), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(25), 7,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section8_repeat1,
    ACTIONS(717), 11,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
  [2232] = 5,
    ACTIONS(725), 1,
      sym__row_start,
    STATE(31), 1,
      sym_pipe_table_delimiter_row,
    STATE(30), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(723), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(721), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2281] = 4,
    ACTIONS(731), 1,
      sym__text,
    STATE(33), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(729), 9,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(727), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2327] = 4,
    ACTIONS(27), 1,
      sym__row_start,
    STATE(34), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(735), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(733), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2373] = 4,
    ACTIONS(27), 1,
      sym__row_start,
    STATE(35), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(739), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(737), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2419] = 4,
    ACTIONS(731), 1,
      sym__text,
    STATE(29), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(743), 9,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(741), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2465] = 4,
    ACTIONS(749), 1,
      sym__text,
    STATE(33), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(747), 9,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(745), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2511] = 4,
    ACTIONS(756), 1,
      sym__row_start,
    STATE(34), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(754), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(752), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2557] = 4,
    ACTIONS(27), 1,
      sym__row_start,
    STATE(34), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(761), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(759), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2603] = 4,
    ACTIONS(49), 1,
      sym__indented_line,
    STATE(37), 1,
      aux_sym_indented_code_block_repeat1,
    ACTIONS(765), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(763), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
  [2648] = 4,
    ACTIONS(771), 1,
      sym__indented_line,
    STATE(37), 1,
      aux_sym_indented_code_block_repeat1,
    ACTIONS(769), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(767), 24,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
  [2693] = 2,
    ACTIONS(776), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(774), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2733] = 2,
    ACTIONS(780), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(778), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2773] = 2,
    ACTIONS(784), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(782), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2813] = 2,
    ACTIONS(788), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(786), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2853] = 2,
    ACTIONS(792), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(790), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2893] = 2,
    ACTIONS(796), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(794), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2933] = 2,
    ACTIONS(800), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(798), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2973] = 2,
    ACTIONS(804), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(802), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3013] = 2,
    ACTIONS(808), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(806), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3053] = 2,
    ACTIONS(812), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(810), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3093] = 2,
    ACTIONS(816), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(814), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3133] = 2,
    ACTIONS(820), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(818), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3173] = 2,
    ACTIONS(824), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(822), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3213] = 2,
    ACTIONS(828), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(826), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3253] = 2,
    ACTIONS(832), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(830), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3293] = 2,
    ACTIONS(836), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(834), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3333] = 2,
    ACTIONS(769), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(767), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3373] = 2,
    ACTIONS(840), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(838), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3413] = 2,
    ACTIONS(844), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(842), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3453] = 2,
    ACTIONS(848), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(846), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3493] = 2,
    ACTIONS(852), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(850), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3533] = 2,
    ACTIONS(856), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(854), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3573] = 2,
    ACTIONS(860), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(858), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3613] = 2,
    ACTIONS(864), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(862), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3653] = 2,
    ACTIONS(868), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(866), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3693] = 2,
    ACTIONS(872), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(870), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3733] = 2,
    ACTIONS(876), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(874), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3773] = 2,
    ACTIONS(880), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(878), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3813] = 2,
    ACTIONS(884), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(882), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3853] = 2,
    ACTIONS(888), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(886), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3893] = 2,
    ACTIONS(892), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(890), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3933] = 2,
    ACTIONS(896), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(894), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3973] = 2,
    ACTIONS(900), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(898), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4013] = 2,
    ACTIONS(904), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(902), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4053] = 2,
    ACTIONS(908), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(906), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4093] = 2,
    ACTIONS(912), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(910), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4133] = 2,
    ACTIONS(916), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(914), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4173] = 2,
    ACTIONS(920), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(918), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4213] = 2,
    ACTIONS(924), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(922), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4253] = 2,
    ACTIONS(928), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(926), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4293] = 2,
    ACTIONS(932), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(930), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4333] = 2,
    ACTIONS(936), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(934), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4373] = 2,
    ACTIONS(940), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(938), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4413] = 2,
    ACTIONS(944), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(942), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4453] = 2,
    ACTIONS(948), 10,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
    ACTIONS(946), 25,
      sym__setext_h1_start,
      sym__setext_h2_start,
      sym__numbered_heading_start,
      sym__sub_heading_start,
      ts_builtin_sym_end,
      sym__blank_line,
      sym_thematic_break,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__row_start,
      sym__html_block_end_tag,
      sym__html_block_declaration,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4493] = 14,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(29), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(956), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(962), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(960), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(950), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(84), 8,
      sym_nianbao_comment,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
  [4556] = 14,
    ACTIONS(967), 1,
      sym__nianbao_open,
    ACTIONS(970), 1,
      sym__nianbao_closed,
    ACTIONS(985), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(973), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(976), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(979), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(991), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(988), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(982), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(964), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(84), 8,
      sym_nianbao_comment,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
  [4619] = 14,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(29), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(995), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(997), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(960), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(993), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(83), 8,
      sym_nianbao_comment,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
  [4682] = 6,
    ACTIONS(1005), 1,
      sym__dquote,
    ACTIONS(1007), 1,
      sym__squote,
    STATE(110), 1,
      sym_html_attribute_value,
    ACTIONS(1003), 2,
      sym__attribute_number,
      sym__unquoted,
    ACTIONS(1001), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(999), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [4728] = 13,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1015), 1,
      sym_html_table_end_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1011), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1013), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1017), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1009), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(88), 6,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
  [4786] = 12,
    ACTIONS(1022), 1,
      sym__nianbao_open,
    ACTIONS(1025), 1,
      sym__nianbao_closed,
    ACTIONS(1039), 1,
      sym__tag_open,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(1028), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1031), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1033), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1036), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1019), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    ACTIONS(1042), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(88), 6,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
  [4842] = 13,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1050), 1,
      sym_html_table_end_tag,
    STATE(102), 1,
      sym__html_row_start_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1046), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1048), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1052), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1044), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(87), 6,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
  [4900] = 7,
    ACTIONS(1058), 1,
      anon_sym_SLASH,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1064), 1,
      sym__html_tag_space,
    ACTIONS(1060), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(97), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1056), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1054), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [4945] = 6,
    ACTIONS(1070), 1,
      anon_sym_SLASH,
    ACTIONS(1073), 1,
      sym_html_attribute_name,
    ACTIONS(1076), 1,
      sym__html_tag_space,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1068), 7,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1066), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [4988] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1083), 1,
      anon_sym_SLASH,
    ACTIONS(1087), 1,
      sym__html_tag_space,
    ACTIONS(1085), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(96), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1081), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1079), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5033] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1093), 1,
      anon_sym_SLASH,
    ACTIONS(1097), 1,
      sym__html_tag_space,
    ACTIONS(1095), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(94), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1091), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1089), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5078] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1103), 1,
      anon_sym_SLASH,
    ACTIONS(1107), 1,
      sym__html_tag_space,
    ACTIONS(1105), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1101), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1099), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5123] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1103), 1,
      anon_sym_SLASH,
    ACTIONS(1107), 1,
      sym__html_tag_space,
    ACTIONS(1113), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1111), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1109), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5168] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1103), 1,
      anon_sym_SLASH,
    ACTIONS(1107), 1,
      sym__html_tag_space,
    ACTIONS(1119), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1117), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1115), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5213] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1103), 1,
      anon_sym_SLASH,
    ACTIONS(1107), 1,
      sym__html_tag_space,
    ACTIONS(1125), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1123), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1121), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5258] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1103), 1,
      anon_sym_SLASH,
    ACTIONS(1107), 1,
      sym__html_tag_space,
    ACTIONS(1131), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(91), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1129), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1127), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5303] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1137), 1,
      anon_sym_SLASH,
    ACTIONS(1141), 1,
      sym__html_tag_space,
    ACTIONS(1139), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(95), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1135), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1133), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5348] = 7,
    ACTIONS(1062), 1,
      sym_html_attribute_name,
    ACTIONS(1147), 1,
      anon_sym_SLASH,
    ACTIONS(1151), 1,
      sym__html_tag_space,
    ACTIONS(1149), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(98), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1145), 5,
      sym__eof,
      sym__nianbao_closed,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1143), 18,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5393] = 3,
    ACTIONS(1157), 1,
      sym__html_equals,
    ACTIONS(1155), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1153), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5429] = 11,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1167), 1,
      sym_html_row_end_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(1161), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1163), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1165), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1159), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(106), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
  [5481] = 10,
    ACTIONS(1172), 1,
      sym__nianbao_open,
    ACTIONS(1175), 1,
      sym__nianbao_closed,
    ACTIONS(1186), 1,
      sym__tag_open,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(1178), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1181), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1183), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1169), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    ACTIONS(1189), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(103), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
  [5531] = 11,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1199), 1,
      sym_html_cell_end_tag,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(29), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1193), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1197), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    ACTIONS(1191), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(107), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1195), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
  [5583] = 10,
    ACTIONS(1204), 1,
      sym__nianbao_open,
    ACTIONS(1207), 1,
      sym__nianbao_closed,
    ACTIONS(1218), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(1210), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1213), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1201), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    ACTIONS(1221), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(105), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1216), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
  [5633] = 11,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1231), 1,
      sym_html_row_end_tag,
    STATE(104), 1,
      sym__html_cell_start_tag,
    ACTIONS(1225), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(33), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1227), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1229), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1223), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(103), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
  [5685] = 11,
    ACTIONS(952), 1,
      sym__nianbao_open,
    ACTIONS(954), 1,
      sym__nianbao_closed,
    ACTIONS(958), 1,
      sym__tag_open,
    ACTIONS(1241), 1,
      sym_html_cell_end_tag,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(29), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1235), 2,
      sym__space,
      sym_html_declaration,
    ACTIONS(1239), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    ACTIONS(1233), 5,
      sym__newline,
      sym_comment,
      sym_number,
      sym_html_end_tag,
      sym__html_text,
    STATE(105), 5,
      sym_nianbao_comment,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1237), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
  [5737] = 2,
    ACTIONS(1245), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1243), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5770] = 2,
    ACTIONS(1249), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1247), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5803] = 2,
    ACTIONS(1253), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1251), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5836] = 2,
    ACTIONS(1257), 8,
      sym__eof,
      sym__nianbao_closed,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1255), 20,
      sym__newline,
      sym_comment,
      sym__nianbao_open,
      sym_number,
      sym__space,
      anon_sym_SLASH,
      sym_html_attribute_name,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym_html_declaration,
      sym__html_text,
      sym__html_blank_end,
  [5869] = 2,
    ACTIONS(1017), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1013), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [5897] = 2,
    ACTIONS(1117), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1115), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [5925] = 2,
    ACTIONS(1261), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1259), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [5953] = 2,
    ACTIONS(1265), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1263), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [5981] = 2,
    ACTIONS(1129), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1127), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6009] = 2,
    ACTIONS(1269), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1267), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6037] = 2,
    ACTIONS(1273), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1271), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6065] = 2,
    ACTIONS(1277), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1275), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6093] = 2,
    ACTIONS(1101), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1099), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6121] = 2,
    ACTIONS(1281), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1279), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6149] = 2,
    ACTIONS(1285), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1283), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6177] = 2,
    ACTIONS(1123), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1121), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6205] = 2,
    ACTIONS(1111), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1109), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6233] = 2,
    ACTIONS(1289), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1287), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6261] = 2,
    ACTIONS(1229), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1227), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6289] = 2,
    ACTIONS(1293), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1291), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6317] = 2,
    ACTIONS(1239), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1237), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6345] = 2,
    ACTIONS(1297), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1295), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6373] = 2,
    ACTIONS(1301), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1299), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6401] = 2,
    ACTIONS(1305), 9,
      sym__eof,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1303), 14,
      sym__newline,
      sym_comment,
      sym_number,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__tag_open,
      sym_html_end_tag,
      sym__html_text,
  [6429] = 10,
    ACTIONS(1311), 1,
      sym__nianbao_open,
    ACTIONS(1313), 1,
      sym__nianbao_closed,
    ACTIONS(1315), 1,
      sym__pipe,
    ACTIONS(1317), 1,
      sym_pipe_table_delimiter_cell,
    STATE(40), 1,
      sym__eol,
    STATE(134), 1,
      aux_sym__pipe_row_repeat1,
    STATE(194), 1,
      sym_pipe_table_cell,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    STATE(144), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1309), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6467] = 9,
    ACTIONS(1311), 1,
      sym__nianbao_open,
    ACTIONS(1313), 1,
      sym__nianbao_closed,
    ACTIONS(1315), 1,
      sym__pipe,
    STATE(40), 1,
      sym__eol,
    STATE(134), 1,
      aux_sym__pipe_row_repeat1,
    STATE(194), 1,
      sym_pipe_table_cell,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    STATE(144), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1309), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6502] = 9,
    ACTIONS(1311), 1,
      sym__nianbao_open,
    ACTIONS(1313), 1,
      sym__nianbao_closed,
    ACTIONS(1319), 1,
      sym__pipe,
    STATE(52), 1,
      sym__eol,
    STATE(135), 1,
      aux_sym__pipe_row_repeat1,
    STATE(191), 1,
      sym_pipe_table_cell,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    STATE(144), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1309), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6537] = 8,
    ACTIONS(1326), 1,
      sym__nianbao_open,
    ACTIONS(1329), 1,
      sym__nianbao_closed,
    ACTIONS(1332), 1,
      sym__pipe,
    STATE(135), 1,
      aux_sym__pipe_row_repeat1,
    STATE(241), 1,
      sym_pipe_table_cell,
    ACTIONS(1321), 2,
      sym__eof,
      sym__newline,
    STATE(160), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1323), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6569] = 7,
    ACTIONS(1311), 1,
      sym__nianbao_open,
    ACTIONS(1313), 1,
      sym__nianbao_closed,
    ACTIONS(1337), 1,
      sym_pipe_table_delimiter_cell,
    STATE(211), 1,
      sym_pipe_table_cell,
    STATE(144), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1335), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1309), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6599] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(56), 1,
      sym__eol,
    STATE(223), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1339), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6630] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(57), 1,
      sym__eol,
    STATE(224), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1343), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6661] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(58), 1,
      sym__eol,
    STATE(228), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1345), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6692] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(61), 1,
      sym__eol,
    STATE(222), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1347), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6723] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(82), 1,
      sym__eol,
    STATE(206), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1349), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6754] = 8,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(60), 1,
      sym__eol,
    STATE(209), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1351), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6785] = 5,
    ACTIONS(1358), 1,
      sym__nianbao_open,
    ACTIONS(1361), 1,
      sym__nianbao_closed,
    STATE(143), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1353), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1355), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6809] = 5,
    ACTIONS(1311), 1,
      sym__nianbao_open,
    ACTIONS(1313), 1,
      sym__nianbao_closed,
    STATE(143), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1364), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1366), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6833] = 7,
    ACTIONS(1368), 1,
      sym__newline,
    ACTIONS(1374), 1,
      sym__nianbao_open,
    ACTIONS(1376), 1,
      sym__nianbao_closed,
    STATE(246), 1,
      sym_heading_content,
    ACTIONS(1370), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1372), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(172), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6860] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(48), 1,
      sym__eol,
    STATE(229), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6887] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(42), 1,
      sym__eol,
    STATE(208), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6914] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(49), 1,
      sym__eol,
    STATE(218), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6941] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(43), 1,
      sym__eol,
    STATE(217), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6968] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(46), 1,
      sym__eol,
    STATE(227), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [6995] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(44), 1,
      sym__eol,
    STATE(215), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7022] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(47), 1,
      sym__eol,
    STATE(212), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7049] = 7,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(45), 1,
      sym__eol,
    STATE(221), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1341), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(168), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7076] = 7,
    ACTIONS(1374), 1,
      sym__nianbao_open,
    ACTIONS(1376), 1,
      sym__nianbao_closed,
    ACTIONS(1378), 1,
      sym__newline,
    STATE(232), 1,
      sym_heading_content,
    ACTIONS(1380), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    ACTIONS(1372), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(172), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7103] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(50), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1382), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(170), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7127] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(59), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1384), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(161), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7151] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(51), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1382), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(170), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7175] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(74), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1386), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(157), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7199] = 2,
    ACTIONS(1321), 5,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1388), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7215] = 5,
    ACTIONS(1364), 1,
      sym__pipe,
    ACTIONS(1392), 1,
      sym__nianbao_open,
    ACTIONS(1394), 1,
      sym__nianbao_closed,
    STATE(162), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1390), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7237] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(38), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1382), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(170), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7261] = 5,
    ACTIONS(1353), 1,
      sym__pipe,
    ACTIONS(1399), 1,
      sym__nianbao_open,
    ACTIONS(1402), 1,
      sym__nianbao_closed,
    STATE(162), 2,
      sym_nianbao_comment,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1396), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7283] = 2,
    ACTIONS(1297), 5,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1295), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7299] = 2,
    ACTIONS(1301), 5,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1299), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7315] = 2,
    ACTIONS(1305), 5,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1303), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7331] = 6,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    STATE(62), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1405), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(155), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7355] = 6,
    ACTIONS(1374), 1,
      sym__nianbao_open,
    ACTIONS(1376), 1,
      sym__nianbao_closed,
    ACTIONS(1407), 1,
      sym__newline,
    STATE(234), 1,
      sym_heading_content,
    ACTIONS(1372), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(172), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7378] = 5,
    ACTIONS(23), 1,
      sym__nianbao_open,
    ACTIONS(25), 1,
      sym__nianbao_closed,
    ACTIONS(1409), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1382), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(170), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7399] = 6,
    ACTIONS(1374), 1,
      sym__nianbao_open,
    ACTIONS(1376), 1,
      sym__nianbao_closed,
    ACTIONS(1411), 1,
      sym__newline,
    STATE(244), 1,
      sym_heading_content,
    ACTIONS(1372), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(172), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7422] = 5,
    ACTIONS(1418), 1,
      sym__nianbao_open,
    ACTIONS(1421), 1,
      sym__nianbao_closed,
    ACTIONS(1413), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1415), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(170), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7443] = 2,
    ACTIONS(1301), 3,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1299), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7457] = 5,
    ACTIONS(1374), 1,
      sym__nianbao_open,
    ACTIONS(1376), 1,
      sym__nianbao_closed,
    ACTIONS(1409), 1,
      sym__newline,
    ACTIONS(1424), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(173), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7477] = 5,
    ACTIONS(1413), 1,
      sym__newline,
    ACTIONS(1429), 1,
      sym__nianbao_open,
    ACTIONS(1432), 1,
      sym__nianbao_closed,
    ACTIONS(1426), 3,
      sym__text,
      sym__lt,
      sym_comment,
    STATE(173), 3,
      sym__inline,
      sym_nianbao_comment,
      aux_sym_heading_content_repeat1,
  [7497] = 2,
    ACTIONS(1297), 3,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1295), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7511] = 2,
    ACTIONS(1305), 3,
      sym__nianbao_open,
      sym__nianbao_closed,
      sym__pipe,
    ACTIONS(1303), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [7525] = 2,
    ACTIONS(1295), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1297), 4,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7537] = 2,
    ACTIONS(1299), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1301), 4,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7549] = 2,
    ACTIONS(1303), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1305), 4,
      sym__eof,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7561] = 2,
    ACTIONS(1303), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1305), 3,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7572] = 2,
    ACTIONS(1295), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1297), 3,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7583] = 2,
    ACTIONS(1299), 3,
      sym__text,
      sym__lt,
      sym_comment,
    ACTIONS(1301), 3,
      sym__newline,
      sym__nianbao_open,
      sym__nianbao_closed,
  [7594] = 4,
    ACTIONS(1435), 1,
      sym__newline,
    ACTIONS(1439), 1,
      sym__code_line,
    STATE(187), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1437), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7608] = 4,
    ACTIONS(1441), 1,
      sym__newline,
    ACTIONS(1443), 1,
      sym__code_line,
    STATE(186), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1437), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7622] = 4,
    ACTIONS(1445), 1,
      sym__newline,
    ACTIONS(1450), 1,
      sym__code_line,
    STATE(184), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1448), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7636] = 4,
    ACTIONS(1453), 1,
      sym__pipe,
    STATE(80), 1,
      sym__eol,
    STATE(195), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7650] = 4,
    ACTIONS(1455), 1,
      sym__newline,
    ACTIONS(1459), 1,
      sym__code_line,
    STATE(184), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1457), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7664] = 4,
    ACTIONS(1461), 1,
      sym__newline,
    ACTIONS(1463), 1,
      sym__code_line,
    STATE(189), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1457), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7678] = 4,
    ACTIONS(1453), 1,
      sym__pipe,
    STATE(75), 1,
      sym__eol,
    STATE(185), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7692] = 4,
    ACTIONS(1465), 1,
      sym__newline,
    ACTIONS(1468), 1,
      sym__code_line,
    STATE(189), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1448), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7706] = 4,
    ACTIONS(1471), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1473), 1,
      sym_rule_id,
    ACTIONS(1475), 1,
      sym__directive_space,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7719] = 3,
    ACTIONS(1477), 1,
      sym__pipe,
    STATE(73), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7730] = 4,
    ACTIONS(1479), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1481), 1,
      sym_rule_id,
    ACTIONS(1483), 1,
      sym__directive_space,
    STATE(190), 1,
      aux_sym_nianbao_comment_repeat1,
  [7743] = 4,
    ACTIONS(1485), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1487), 1,
      sym_rule_id,
    ACTIONS(1490), 1,
      sym__directive_space,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7756] = 3,
    ACTIONS(1477), 1,
      sym__pipe,
    STATE(52), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7767] = 3,
    ACTIONS(1495), 1,
      sym__pipe,
    STATE(195), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1493), 2,
      sym__eof,
      sym__newline,
  [7778] = 4,
    ACTIONS(1498), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1500), 1,
      sym_rule_id,
    ACTIONS(1502), 1,
      sym__directive_space,
    STATE(197), 1,
      aux_sym_nianbao_comment_repeat1,
  [7791] = 4,
    ACTIONS(1473), 1,
      sym_rule_id,
    ACTIONS(1475), 1,
      sym__directive_space,
    ACTIONS(1504), 1,
      anon_sym_DASH_DASH_GT,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7804] = 4,
    ACTIONS(1506), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1508), 1,
      sym_rule_id,
    ACTIONS(1510), 1,
      sym__directive_space,
    STATE(199), 1,
      aux_sym_nianbao_comment_repeat1,
  [7817] = 4,
    ACTIONS(1473), 1,
      sym_rule_id,
    ACTIONS(1475), 1,
      sym__directive_space,
    ACTIONS(1512), 1,
      anon_sym_DASH_DASH_GT,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7830] = 4,
    ACTIONS(1514), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1516), 1,
      sym_rule_id,
    ACTIONS(1518), 1,
      sym__directive_space,
    STATE(201), 1,
      aux_sym_nianbao_comment_repeat1,
  [7843] = 4,
    ACTIONS(1473), 1,
      sym_rule_id,
    ACTIONS(1475), 1,
      sym__directive_space,
    ACTIONS(1520), 1,
      anon_sym_DASH_DASH_GT,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7856] = 4,
    ACTIONS(1522), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(1524), 1,
      sym_rule_id,
    ACTIONS(1526), 1,
      sym__directive_space,
    STATE(203), 1,
      aux_sym_nianbao_comment_repeat1,
  [7869] = 4,
    ACTIONS(1473), 1,
      sym_rule_id,
    ACTIONS(1475), 1,
      sym__directive_space,
    ACTIONS(1528), 1,
      anon_sym_DASH_DASH_GT,
    STATE(193), 1,
      aux_sym_nianbao_comment_repeat1,
  [7882] = 2,
    STATE(39), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7890] = 2,
    STATE(76), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7898] = 2,
    STATE(47), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7906] = 2,
    STATE(81), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7914] = 2,
    STATE(65), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7922] = 2,
    STATE(48), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7930] = 2,
    STATE(77), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7938] = 1,
    ACTIONS(1493), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7944] = 2,
    STATE(70), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7952] = 2,
    STATE(78), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7960] = 2,
    STATE(79), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7968] = 2,
    STATE(67), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7976] = 2,
    STATE(63), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7984] = 2,
    STATE(66), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7992] = 2,
    STATE(72), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8000] = 2,
    STATE(54), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8008] = 2,
    STATE(64), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8016] = 2,
    STATE(68), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8024] = 2,
    STATE(49), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8032] = 2,
    STATE(44), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8040] = 2,
    STATE(45), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8048] = 2,
    ACTIONS(1532), 1,
      sym__dquote,
    ACTIONS(1530), 2,
      sym__attribute_number,
      sym__dquoted,
  [8056] = 2,
    ACTIONS(1532), 1,
      sym__squote,
    ACTIONS(1534), 2,
      sym__attribute_number,
      sym__squoted,
  [8064] = 2,
    STATE(69), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8072] = 2,
    STATE(46), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8080] = 2,
    STATE(71), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [8088] = 1,
    ACTIONS(1536), 1,
      sym__dquote,
  [8092] = 1,
    ACTIONS(1538), 1,
      sym_setext_h2_underline,
  [8096] = 1,
    ACTIONS(1540), 1,
      sym__newline,
  [8100] = 1,
    ACTIONS(1542), 1,
      sym_setext_h2_underline,
  [8104] = 1,
    ACTIONS(1544), 1,
      sym__newline,
  [8108] = 1,
    ACTIONS(1546), 1,
      sym_setext_h1_underline,
  [8112] = 1,
    ACTIONS(1548), 1,
      sym_setext_h2_underline,
  [8116] = 1,
    ACTIONS(1550), 1,
      sym_section_number,
  [8120] = 1,
    ACTIONS(1536), 1,
      sym__squote,
  [8124] = 1,
    ACTIONS(1552), 1,
      sym_setext_h2_underline,
  [8128] = 1,
    ACTIONS(1554), 1,
      sym_setext_h1_underline,
  [8132] = 1,
    ACTIONS(1477), 1,
      sym__pipe,
  [8136] = 1,
    ACTIONS(1556), 1,
      sym_item_number,
  [8140] = 1,
    ACTIONS(1558), 1,
      sym_setext_h1_underline,
  [8144] = 1,
    ACTIONS(1560), 1,
      sym__newline,
  [8148] = 1,
    ACTIONS(1562), 1,
      ts_builtin_sym_end,
  [8152] = 1,
    ACTIONS(1564), 1,
      sym__newline,
  [8156] = 1,
    ACTIONS(1566), 1,
      sym_setext_h1_underline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(10)] = 0,
  [SMALL_STATE(11)] = 139,
  [SMALL_STATE(12)] = 278,
  [SMALL_STATE(13)] = 417,
  [SMALL_STATE(14)] = 550,
  [SMALL_STATE(15)] = 683,
  [SMALL_STATE(16)] = 816,
  [SMALL_STATE(17)] = 943,
  [SMALL_STATE(18)] = 1070,
  [SMALL_STATE(19)] = 1197,
  [SMALL_STATE(20)] = 1318,
  [SMALL_STATE(21)] = 1439,
  [SMALL_STATE(22)] = 1560,
  [SMALL_STATE(23)] = 1675,
  [SMALL_STATE(24)] = 1790,
  [SMALL_STATE(25)] = 1905,
  [SMALL_STATE(26)] = 2014,
  [SMALL_STATE(27)] = 2123,
  [SMALL_STATE(28)] = 2232,
  [SMALL_STATE(29)] = 2281,
  [SMALL_STATE(30)] = 2327,
  [SMALL_STATE(31)] = 2373,
  [SMALL_STATE(32)] = 2419,
  [SMALL_STATE(33)] = 2465,
  [SMALL_STATE(34)] = 2511,
  [SMALL_STATE(35)] = 2557,
  [SMALL_STATE(36)] = 2603,
  [SMALL_STATE(37)] = 2648,
  [SMALL_STATE(38)] = 2693,
  [SMALL_STATE(39)] = 2733,
  [SMALL_STATE(40)] = 2773,
  [SMALL_STATE(41)] = 2813,
  [SMALL_STATE(42)] = 2853,
  [SMALL_STATE(43)] = 2893,
  [SMALL_STATE(44)] = 2933,
  [SMALL_STATE(45)] = 2973,
  [SMALL_STATE(46)] = 3013,
  [SMALL_STATE(47)] = 3053,
  [SMALL_STATE(48)] = 3093,
  [SMALL_STATE(49)] = 3133,
  [SMALL_STATE(50)] = 3173,
  [SMALL_STATE(51)] = 3213,
  [SMALL_STATE(52)] = 3253,
  [SMALL_STATE(53)] = 3293,
  [SMALL_STATE(54)] = 3333,
  [SMALL_STATE(55)] = 3373,
  [SMALL_STATE(56)] = 3413,
  [SMALL_STATE(57)] = 3453,
  [SMALL_STATE(58)] = 3493,
  [SMALL_STATE(59)] = 3533,
  [SMALL_STATE(60)] = 3573,
  [SMALL_STATE(61)] = 3613,
  [SMALL_STATE(62)] = 3653,
  [SMALL_STATE(63)] = 3693,
  [SMALL_STATE(64)] = 3733,
  [SMALL_STATE(65)] = 3773,
  [SMALL_STATE(66)] = 3813,
  [SMALL_STATE(67)] = 3853,
  [SMALL_STATE(68)] = 3893,
  [SMALL_STATE(69)] = 3933,
  [SMALL_STATE(70)] = 3973,
  [SMALL_STATE(71)] = 4013,
  [SMALL_STATE(72)] = 4053,
  [SMALL_STATE(73)] = 4093,
  [SMALL_STATE(74)] = 4133,
  [SMALL_STATE(75)] = 4173,
  [SMALL_STATE(76)] = 4213,
  [SMALL_STATE(77)] = 4253,
  [SMALL_STATE(78)] = 4293,
  [SMALL_STATE(79)] = 4333,
  [SMALL_STATE(80)] = 4373,
  [SMALL_STATE(81)] = 4413,
  [SMALL_STATE(82)] = 4453,
  [SMALL_STATE(83)] = 4493,
  [SMALL_STATE(84)] = 4556,
  [SMALL_STATE(85)] = 4619,
  [SMALL_STATE(86)] = 4682,
  [SMALL_STATE(87)] = 4728,
  [SMALL_STATE(88)] = 4786,
  [SMALL_STATE(89)] = 4842,
  [SMALL_STATE(90)] = 4900,
  [SMALL_STATE(91)] = 4945,
  [SMALL_STATE(92)] = 4988,
  [SMALL_STATE(93)] = 5033,
  [SMALL_STATE(94)] = 5078,
  [SMALL_STATE(95)] = 5123,
  [SMALL_STATE(96)] = 5168,
  [SMALL_STATE(97)] = 5213,
  [SMALL_STATE(98)] = 5258,
  [SMALL_STATE(99)] = 5303,
  [SMALL_STATE(100)] = 5348,
  [SMALL_STATE(101)] = 5393,
  [SMALL_STATE(102)] = 5429,
  [SMALL_STATE(103)] = 5481,
  [SMALL_STATE(104)] = 5531,
  [SMALL_STATE(105)] = 5583,
  [SMALL_STATE(106)] = 5633,
  [SMALL_STATE(107)] = 5685,
  [SMALL_STATE(108)] = 5737,
  [SMALL_STATE(109)] = 5770,
  [SMALL_STATE(110)] = 5803,
  [SMALL_STATE(111)] = 5836,
  [SMALL_STATE(112)] = 5869,
  [SMALL_STATE(113)] = 5897,
  [SMALL_STATE(114)] = 5925,
  [SMALL_STATE(115)] = 5953,
  [SMALL_STATE(116)] = 5981,
  [SMALL_STATE(117)] = 6009,
  [SMALL_STATE(118)] = 6037,
  [SMALL_STATE(119)] = 6065,
  [SMALL_STATE(120)] = 6093,
  [SMALL_STATE(121)] = 6121,
  [SMALL_STATE(122)] = 6149,
  [SMALL_STATE(123)] = 6177,
  [SMALL_STATE(124)] = 6205,
  [SMALL_STATE(125)] = 6233,
  [SMALL_STATE(126)] = 6261,
  [SMALL_STATE(127)] = 6289,
  [SMALL_STATE(128)] = 6317,
  [SMALL_STATE(129)] = 6345,
  [SMALL_STATE(130)] = 6373,
  [SMALL_STATE(131)] = 6401,
  [SMALL_STATE(132)] = 6429,
  [SMALL_STATE(133)] = 6467,
  [SMALL_STATE(134)] = 6502,
  [SMALL_STATE(135)] = 6537,
  [SMALL_STATE(136)] = 6569,
  [SMALL_STATE(137)] = 6599,
  [SMALL_STATE(138)] = 6630,
  [SMALL_STATE(139)] = 6661,
  [SMALL_STATE(140)] = 6692,
  [SMALL_STATE(141)] = 6723,
  [SMALL_STATE(142)] = 6754,
  [SMALL_STATE(143)] = 6785,
  [SMALL_STATE(144)] = 6809,
  [SMALL_STATE(145)] = 6833,
  [SMALL_STATE(146)] = 6860,
  [SMALL_STATE(147)] = 6887,
  [SMALL_STATE(148)] = 6914,
  [SMALL_STATE(149)] = 6941,
  [SMALL_STATE(150)] = 6968,
  [SMALL_STATE(151)] = 6995,
  [SMALL_STATE(152)] = 7022,
  [SMALL_STATE(153)] = 7049,
  [SMALL_STATE(154)] = 7076,
  [SMALL_STATE(155)] = 7103,
  [SMALL_STATE(156)] = 7127,
  [SMALL_STATE(157)] = 7151,
  [SMALL_STATE(158)] = 7175,
  [SMALL_STATE(159)] = 7199,
  [SMALL_STATE(160)] = 7215,
  [SMALL_STATE(161)] = 7237,
  [SMALL_STATE(162)] = 7261,
  [SMALL_STATE(163)] = 7283,
  [SMALL_STATE(164)] = 7299,
  [SMALL_STATE(165)] = 7315,
  [SMALL_STATE(166)] = 7331,
  [SMALL_STATE(167)] = 7355,
  [SMALL_STATE(168)] = 7378,
  [SMALL_STATE(169)] = 7399,
  [SMALL_STATE(170)] = 7422,
  [SMALL_STATE(171)] = 7443,
  [SMALL_STATE(172)] = 7457,
  [SMALL_STATE(173)] = 7477,
  [SMALL_STATE(174)] = 7497,
  [SMALL_STATE(175)] = 7511,
  [SMALL_STATE(176)] = 7525,
  [SMALL_STATE(177)] = 7537,
  [SMALL_STATE(178)] = 7549,
  [SMALL_STATE(179)] = 7561,
  [SMALL_STATE(180)] = 7572,
  [SMALL_STATE(181)] = 7583,
  [SMALL_STATE(182)] = 7594,
  [SMALL_STATE(183)] = 7608,
  [SMALL_STATE(184)] = 7622,
  [SMALL_STATE(185)] = 7636,
  [SMALL_STATE(186)] = 7650,
  [SMALL_STATE(187)] = 7664,
  [SMALL_STATE(188)] = 7678,
  [SMALL_STATE(189)] = 7692,
  [SMALL_STATE(190)] = 7706,
  [SMALL_STATE(191)] = 7719,
  [SMALL_STATE(192)] = 7730,
  [SMALL_STATE(193)] = 7743,
  [SMALL_STATE(194)] = 7756,
  [SMALL_STATE(195)] = 7767,
  [SMALL_STATE(196)] = 7778,
  [SMALL_STATE(197)] = 7791,
  [SMALL_STATE(198)] = 7804,
  [SMALL_STATE(199)] = 7817,
  [SMALL_STATE(200)] = 7830,
  [SMALL_STATE(201)] = 7843,
  [SMALL_STATE(202)] = 7856,
  [SMALL_STATE(203)] = 7869,
  [SMALL_STATE(204)] = 7882,
  [SMALL_STATE(205)] = 7890,
  [SMALL_STATE(206)] = 7898,
  [SMALL_STATE(207)] = 7906,
  [SMALL_STATE(208)] = 7914,
  [SMALL_STATE(209)] = 7922,
  [SMALL_STATE(210)] = 7930,
  [SMALL_STATE(211)] = 7938,
  [SMALL_STATE(212)] = 7944,
  [SMALL_STATE(213)] = 7952,
  [SMALL_STATE(214)] = 7960,
  [SMALL_STATE(215)] = 7968,
  [SMALL_STATE(216)] = 7976,
  [SMALL_STATE(217)] = 7984,
  [SMALL_STATE(218)] = 7992,
  [SMALL_STATE(219)] = 8000,
  [SMALL_STATE(220)] = 8008,
  [SMALL_STATE(221)] = 8016,
  [SMALL_STATE(222)] = 8024,
  [SMALL_STATE(223)] = 8032,
  [SMALL_STATE(224)] = 8040,
  [SMALL_STATE(225)] = 8048,
  [SMALL_STATE(226)] = 8056,
  [SMALL_STATE(227)] = 8064,
  [SMALL_STATE(228)] = 8072,
  [SMALL_STATE(229)] = 8080,
  [SMALL_STATE(230)] = 8088,
  [SMALL_STATE(231)] = 8092,
  [SMALL_STATE(232)] = 8096,
  [SMALL_STATE(233)] = 8100,
  [SMALL_STATE(234)] = 8104,
  [SMALL_STATE(235)] = 8108,
  [SMALL_STATE(236)] = 8112,
  [SMALL_STATE(237)] = 8116,
  [SMALL_STATE(238)] = 8120,
  [SMALL_STATE(239)] = 8124,
  [SMALL_STATE(240)] = 8128,
  [SMALL_STATE(241)] = 8132,
  [SMALL_STATE(242)] = 8136,
  [SMALL_STATE(243)] = 8140,
  [SMALL_STATE(244)] = 8144,
  [SMALL_STATE(245)] = 8148,
  [SMALL_STATE(246)] = 8152,
  [SMALL_STATE(247)] = 8156,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1, 0, 0),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [65] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [68] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(137),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(138),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [83] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [86] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [89] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [95] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [98] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [101] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [116] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [119] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [122] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [134] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [137] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [140] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [143] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 1, 0, 0),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 2, 0, 0),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(138),
  [162] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [168] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [171] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [174] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [177] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [186] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [189] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [192] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [195] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [198] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [201] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [204] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [207] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [210] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [213] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [216] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [219] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [222] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [225] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [228] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 1, 0, 0),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0),
  [237] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [240] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [243] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [246] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [252] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [255] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [258] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [261] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [264] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [267] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [270] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [273] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [276] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [279] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [282] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [285] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [288] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [291] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [294] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [297] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [300] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [303] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 2, 0, 0),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0),
  [312] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [315] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [318] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [321] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [324] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [327] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [330] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [333] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [336] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [339] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [342] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [345] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [348] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [351] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [354] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [357] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [360] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [363] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [366] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [369] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [372] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [375] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 1, 0, 0),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 2, 0, 0),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 1, 0, 0),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 2, 0, 0),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0),
  [396] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [399] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [402] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [405] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [408] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [411] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [414] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [417] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [420] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [423] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [426] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [429] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [432] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [435] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [438] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [441] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [444] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [447] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [450] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [453] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [456] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 1, 0, 0),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 2, 0, 0),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [467] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0),
  [469] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(18),
  [472] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [475] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [478] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [481] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [484] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [487] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [490] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [493] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [496] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [499] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [505] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [508] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [511] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [514] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [517] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [520] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [523] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [526] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [529] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 2, 0, 0),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0),
  [535] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [538] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [541] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [544] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [547] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [550] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [553] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [556] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [559] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [562] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [565] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [568] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [571] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [574] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [577] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [580] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [583] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [586] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [589] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [592] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 1, 0, 0),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [596] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 2, 0, 0),
  [598] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [600] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 1, 0, 0),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [604] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0),
  [606] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [609] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [612] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [615] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [618] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [621] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [624] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [627] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [630] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [633] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [636] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [639] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [642] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [645] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [648] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [651] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [654] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [657] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [660] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 2, 0, 0),
  [662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [664] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0),
  [666] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [669] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [672] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [675] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [678] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [681] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [684] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [687] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [690] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [693] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [696] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [699] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [702] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [705] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [708] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [711] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [714] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [717] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 1, 0, 0),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [721] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [723] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [727] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 2, 0, 0),
  [729] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 2, 0, 0),
  [731] = {.entry = {.count = 1, .reusable = false}}, SHIFT(156),
  [733] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [735] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [739] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [741] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [743] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [747] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [749] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(156),
  [752] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [754] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [756] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [759] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [761] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [763] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [765] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [767] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [769] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [771] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [774] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continuation_line, 3, 0, 0),
  [776] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continuation_line, 3, 0, 0),
  [778] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 6, 0, 6),
  [780] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 6, 0, 6),
  [782] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [784] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [786] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [788] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [790] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [792] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [794] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [796] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [798] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [800] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [802] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [804] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [808] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [810] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [812] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [814] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [816] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [820] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 3, 0, 0),
  [824] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 3, 0, 0),
  [826] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 3, 0, 0),
  [828] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 3, 0, 0),
  [830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [832] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [834] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [836] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [838] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__eol, 1, 0, 0),
  [840] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__eol, 1, 0, 0),
  [842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [844] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [846] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [848] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [852] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [854] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [856] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [860] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [864] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 2, 0, 0),
  [868] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 2, 0, 0),
  [870] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 4, 0, 3),
  [872] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 4, 0, 3),
  [874] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 4, 0, 3),
  [876] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 4, 0, 3),
  [878] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [880] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [884] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [888] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [890] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [892] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [894] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 4, 0, 0),
  [896] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 4, 0, 0),
  [898] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [900] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [902] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 4, 0, 0),
  [904] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 4, 0, 0),
  [906] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 4, 0, 0),
  [908] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 4, 0, 0),
  [910] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 4, 0, 0),
  [912] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 4, 0, 0),
  [914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 2, 0, 0),
  [916] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 2, 0, 0),
  [918] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_row, 3, 0, 0),
  [920] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table_delimiter_row, 3, 0, 0),
  [922] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 5, 0, 4),
  [924] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 5, 0, 4),
  [926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 5, 0, 5),
  [928] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 5, 0, 5),
  [930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 5, 0, 4),
  [932] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 5, 0, 4),
  [934] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 5, 0, 5),
  [936] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 5, 0, 5),
  [938] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_row, 4, 0, 0),
  [940] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table_delimiter_row, 4, 0, 0),
  [942] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 6, 0, 6),
  [944] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 6, 0, 6),
  [946] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [948] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [950] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [952] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [958] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [964] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [967] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [970] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [973] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [976] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [979] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [982] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [985] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [988] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0),
  [993] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [999] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [1003] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [1005] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [1009] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1013] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 2, 0, 0),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [1017] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 2, 0, 0),
  [1019] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [1022] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [1025] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [1028] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [1031] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1033] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [1036] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [1039] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [1042] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1044] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1048] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 1, 0, 0),
  [1050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1052] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 1, 0, 0),
  [1054] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1056] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1058] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1060] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1062] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1066] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [1068] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [1070] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1073] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [1076] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1079] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1081] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1083] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1089] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [1091] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [1093] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [1099] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [1109] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [1111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1115] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [1117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [1123] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1127] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1129] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1133] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [1135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [1137] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [1139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [1151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1157] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [1159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(106),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [1163] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1169] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1172] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [1175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [1178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1181] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1183] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [1186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [1189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1191] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1195] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1201] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(105),
  [1204] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [1207] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [1210] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(105),
  [1213] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [1216] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1218] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [1221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1223] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [1225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1227] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1233] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [1237] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1243] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1247] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1251] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1255] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1259] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1263] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1267] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 3, 0, 0),
  [1269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 3, 0, 0),
  [1271] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1279] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1283] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1285] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1287] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1291] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1295] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nianbao_comment, 1, 0, 0),
  [1297] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nianbao_comment, 1, 0, 0),
  [1299] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nianbao_comment, 2, 0, 0),
  [1301] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nianbao_comment, 2, 0, 0),
  [1303] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nianbao_comment, 3, 0, 0),
  [1305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nianbao_comment, 3, 0, 0),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(144),
  [1311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1323] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(160),
  [1326] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(202),
  [1329] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(174),
  [1332] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [1335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 1, 0, 0),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [1341] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [1343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0),
  [1355] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(143),
  [1358] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [1361] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [1364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_cell, 1, 0, 0),
  [1366] = {.entry = {.count = 1, .reusable = false}}, SHIFT(143),
  [1368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [1370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [1374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1382] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1384] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1386] = {.entry = {.count = 1, .reusable = false}}, SHIFT(157),
  [1388] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1390] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [1396] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(162),
  [1399] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(202),
  [1402] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(174),
  [1405] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [1409] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading_content, 1, 0, 0),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [1413] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0),
  [1415] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(170),
  [1418] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [1421] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(176),
  [1424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [1426] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(173),
  [1429] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(196),
  [1432] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1439] = {.entry = {.count = 1, .reusable = false}}, SHIFT(187),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1443] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [1445] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(184),
  [1448] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0),
  [1450] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(184),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1463] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [1465] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(189),
  [1468] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(189),
  [1471] = {.entry = {.count = 1, .reusable = false}}, SHIFT(178),
  [1473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [1475] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [1477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1479] = {.entry = {.count = 1, .reusable = false}}, SHIFT(177),
  [1481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1483] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [1485] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_nianbao_comment_repeat1, 2, 0, 0),
  [1487] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_nianbao_comment_repeat1, 2, 0, 0), SHIFT_REPEAT(193),
  [1490] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_nianbao_comment_repeat1, 2, 0, 0), SHIFT_REPEAT(193),
  [1493] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0),
  [1495] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [1498] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [1500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1502] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [1504] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [1506] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1510] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [1512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1514] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [1516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1518] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1520] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [1522] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [1524] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1526] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1528] = {.entry = {.count = 1, .reusable = false}}, SHIFT(175),
  [1530] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [1532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1534] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [1536] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1538] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1542] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [1546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [1554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1558] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1560] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1562] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [1566] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__eof = 0,
  ts_external_token__setext_h1_start = 1,
  ts_external_token__setext_h2_start = 2,
  ts_external_token__numbered_heading_start = 3,
  ts_external_token__sub_heading_start = 4,
  ts_external_token__error_sentinel = 5,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__eof] = sym__eof,
  [ts_external_token__setext_h1_start] = sym__setext_h1_start,
  [ts_external_token__setext_h2_start] = sym__setext_h2_start,
  [ts_external_token__numbered_heading_start] = sym__numbered_heading_start,
  [ts_external_token__sub_heading_start] = sym__sub_heading_start,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[4][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__eof] = true,
    [ts_external_token__setext_h1_start] = true,
    [ts_external_token__setext_h2_start] = true,
    [ts_external_token__numbered_heading_start] = true,
    [ts_external_token__sub_heading_start] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__setext_h1_start] = true,
    [ts_external_token__setext_h2_start] = true,
    [ts_external_token__numbered_heading_start] = true,
    [ts_external_token__sub_heading_start] = true,
  },
  [3] = {
    [ts_external_token__eof] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_nianbao_external_scanner_create(void);
void tree_sitter_nianbao_external_scanner_destroy(void *);
bool tree_sitter_nianbao_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_nianbao_external_scanner_serialize(void *, char *);
void tree_sitter_nianbao_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_nianbao(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_nianbao_external_scanner_create,
      tree_sitter_nianbao_external_scanner_destroy,
      tree_sitter_nianbao_external_scanner_scan,
      tree_sitter_nianbao_external_scanner_serialize,
      tree_sitter_nianbao_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
