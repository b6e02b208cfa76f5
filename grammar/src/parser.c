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
#define STATE_COUNT 215
#define LARGE_STATE_COUNT 10
#define SYMBOL_COUNT 139
#define ALIAS_COUNT 1
#define TOKEN_COUNT 71
#define EXTERNAL_TOKEN_COUNT 6
#define FIELD_COUNT 0
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 3

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
  sym_nianbao_comment = 20,
  sym__row_start = 21,
  sym__pipe = 22,
  sym_pipe_table_delimiter_cell = 23,
  sym_number = 24,
  sym_total_label = 25,
  sym__cell_text = 26,
  sym__space = 27,
  anon_sym_SLASH = 28,
  anon_sym_GT = 29,
  anon_sym_SLASH_GT = 30,
  sym__html_equals = 31,
  sym__attribute_number = 32,
  sym__dquoted = 33,
  sym__squoted = 34,
  sym__unquoted = 35,
  sym__dquote = 36,
  sym__squote = 37,
  sym_html_attribute_name = 38,
  sym__html_tag_space = 39,
  sym__block_table_open = 40,
  sym__block_tr_open = 41,
  sym__block_td_open = 42,
  sym__block_th_open = 43,
  sym__block_tag_open = 44,
  sym__html_block_end_tag = 45,
  sym__html_block_declaration = 46,
  sym__table_open = 47,
  sym__tr_open = 48,
  sym__td_open = 49,
  sym__th_open = 50,
  sym__tag_open = 51,
  sym_html_table_end_tag = 52,
  sym_html_row_end_tag = 53,
  sym_html_cell_end_tag = 54,
  sym_html_end_tag = 55,
  sym_html_declaration = 56,
  sym__html_text = 57,
  sym__html_blank_end = 58,
  sym__backtick_fence_open = 59,
  sym__tilde_fence_open = 60,
  sym__backtick_fence_close = 61,
  sym__tilde_fence_close = 62,
  sym__code_line = 63,
  sym__indented_line = 64,
  sym__eof = 65,
  sym__setext_h1_start = 66,
  sym__setext_h2_start = 67,
  sym__numbered_heading_start = 68,
  sym__sub_heading_start = 69,
  sym__error_sentinel = 70,
  sym_document = 71,
  sym__section1 = 72,
  sym__section2 = 73,
  sym__section3 = 74,
  sym__section4 = 75,
  sym__section5 = 76,
  sym__section6 = 77,
  sym__section7 = 78,
  sym__section8 = 79,
  sym__block = 80,
  sym__eol = 81,
  sym__atx_heading1 = 82,
  sym__atx_heading2 = 83,
  sym__atx_heading3 = 84,
  sym__atx_heading4 = 85,
  sym__atx_heading5 = 86,
  sym__atx_heading6 = 87,
  sym_heading_content = 88,
  sym__setext_heading1 = 89,
  sym__setext_heading2 = 90,
  sym_numbered_heading = 91,
  sym_sub_heading = 92,
  sym_paragraph = 93,
  sym__first_line = 94,
  sym__continuation_line = 95,
  sym__inline = 96,
  sym_pipe_table = 97,
  sym__pipe_row = 98,
  sym_pipe_table_delimiter_row = 99,
  sym_pipe_table_cell = 100,
  sym_html_block = 101,
  sym__html_block_start = 102,
  sym__html_flow = 103,
  sym__html_other = 104,
  sym_html_table = 105,
  sym_html_table_row = 106,
  sym_html_table_cell = 107,
  sym__html_table_start_tag = 108,
  sym__html_row_start_tag = 109,
  sym__html_cell_start_tag = 110,
  sym__html_block_start_tag = 111,
  sym_html_start_tag = 112,
  sym_html_attribute = 113,
  sym_html_attribute_value = 114,
  sym_fenced_code_block = 115,
  sym_indented_code_block = 116,
  aux_sym_document_repeat1 = 117,
  aux_sym__section1_repeat1 = 118,
  aux_sym__section2_repeat1 = 119,
  aux_sym__section3_repeat1 = 120,
  aux_sym__section4_repeat1 = 121,
  aux_sym__section5_repeat1 = 122,
  aux_sym__section6_repeat1 = 123,
  aux_sym__section7_repeat1 = 124,
  aux_sym__section8_repeat1 = 125,
  aux_sym_heading_content_repeat1 = 126,
  aux_sym_paragraph_repeat1 = 127,
  aux_sym_pipe_table_repeat1 = 128,
  aux_sym__pipe_row_repeat1 = 129,
  aux_sym_pipe_table_delimiter_row_repeat1 = 130,
  aux_sym_pipe_table_cell_repeat1 = 131,
  aux_sym_html_block_repeat1 = 132,
  aux_sym_html_table_repeat1 = 133,
  aux_sym_html_table_row_repeat1 = 134,
  aux_sym_html_table_cell_repeat1 = 135,
  aux_sym__html_table_start_tag_repeat1 = 136,
  aux_sym_fenced_code_block_repeat1 = 137,
  aux_sym_indented_code_block_repeat1 = 138,
  alias_sym_pipe_table_header = 139,
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
  [sym_setext_h1_underline] = "setext_h1_underline",
  [sym_setext_h2_underline] = "setext_h2_underline",
  [sym_section_number] = "section_number",
  [sym_item_number] = "item_number",
  [sym_list_number] = "list_number",
  [sym__inline_section_number] = "section_number",
  [sym__inline_item_number] = "item_number",
  [sym__text] = "_text",
  [sym__lt] = "_lt",
  [sym_comment] = "comment",
  [sym_nianbao_comment] = "nianbao_comment",
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
  [sym__setext_h1_start] = "_setext_h1_start",
  [sym__setext_h2_start] = "_setext_h2_start",
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
  [sym__setext_heading1] = "setext_heading",
  [sym__setext_heading2] = "setext_heading",
  [sym_numbered_heading] = "numbered_heading",
  [sym_sub_heading] = "sub_heading",
  [sym_paragraph] = "paragraph",
  [sym__first_line] = "_first_line",
  [sym__continuation_line] = "_continuation_line",
  [sym__inline] = "_inline",
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
  [sym_setext_h1_underline] = sym_setext_h1_underline,
  [sym_setext_h2_underline] = sym_setext_h2_underline,
  [sym_section_number] = sym_section_number,
  [sym_item_number] = sym_item_number,
  [sym_list_number] = sym_list_number,
  [sym__inline_section_number] = sym_section_number,
  [sym__inline_item_number] = sym_item_number,
  [sym__text] = sym__text,
  [sym__lt] = sym__lt,
  [sym_comment] = sym_comment,
  [sym_nianbao_comment] = sym_nianbao_comment,
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
  [sym__setext_h2_start] = sym__setext_h2_start,
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
  [sym__setext_heading2] = sym__setext_heading1,
  [sym_numbered_heading] = sym_numbered_heading,
  [sym_sub_heading] = sym_sub_heading,
  [sym_paragraph] = sym_paragraph,
  [sym__first_line] = sym__first_line,
  [sym__continuation_line] = sym__continuation_line,
  [sym__inline] = sym__inline,
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
  [sym_nianbao_comment] = {
    .visible = true,
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
    .visible = false,
    .named = true,
  },
  [sym__setext_h2_start] = {
    .visible = false,
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
    .visible = true,
    .named = true,
  },
  [sym__setext_heading2] = {
    .visible = true,
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
};

static const uint16_t ts_non_terminal_alias_map[] = {
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
  [156] = 137,
  [157] = 138,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 159,
  [163] = 161,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 169,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(116);
      ADVANCE_MAP(
        '\t', 582,
        '\n', 589,
        '\r', 587,
        ' ', 581,
        '"', 521,
        '#', 789,
        '\'', 522,
        '(', 800,
        '*', 793,
        '-', 469,
        '/', 498,
        ':', 794,
        '<', 464,
        '=', 796,
        '>', 500,
        '_', 797,
        '|', 468,
        0xff08, 804,
        0x4e00, 802,
        0x4e03, 802,
        0x4e09, 802,
        0x4e5d, 802,
        0x4e8c, 802,
        0x4e94, 802,
        0x516b, 802,
        0x516d, 802,
        0x5341, 802,
        0x56db, 802,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(505);
      if (lookahead != 0) ADVANCE(806);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '\t', 587,
        '\n', 583,
        '\r', 588,
        ' ', 585,
        '"', 521,
        '\'', 522,
        '(', 516,
        '/', 499,
        '<', 523,
        '=', 767,
        '>', 500,
        '`', 573,
        0x603b, 514,
        0xff08, 517,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(504);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(519);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '\t', 587,
        '\n', 583,
        '\r', 588,
        ' ', 585,
        '(', 570,
        '/', 498,
        '<', 523,
        '=', 502,
        '>', 500,
        0x603b, 568,
        0xff08, 571,
        '"', 767,
        '\'', 767,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(573);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '\t', 587,
        '\n', 583,
        '\r', 588,
        ' ', 585,
        '(', 570,
        '/', 498,
        '<', 523,
        '>', 500,
        0x603b, 568,
        0xff08, 571,
        '"', 767,
        '\'', 767,
        '=', 767,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(573);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '\t', 497,
        '\n', 119,
        '\r', 492,
        ' ', 496,
        '(', 764,
        '<', 461,
        0x603b, 762,
        0xff08, 765,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(471);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(767);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 30,
        '(', 108,
        '*', 35,
        '-', 129,
        '=', 127,
        '_', 101,
        0xff08, 111,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 5,
        '(', 108,
        '*', 35,
        '-', 129,
        '=', 127,
        '_', 101,
        0xff08, 111,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 6,
        '(', 108,
        '*', 35,
        '-', 129,
        '=', 127,
        '_', 101,
        0xff08, 111,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead != 0 &&
          lookahead != '`') ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(143);
      if (lookahead == '!') ADVANCE(10);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(458);
      if (lookahead != 0) ADVANCE(143);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(143);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(458);
      if (lookahead != 0) ADVANCE(143);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(143);
      if (lookahead == '`') ADVANCE(458);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(8);
      if (lookahead != 0) ADVANCE(143);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '!') ADVANCE(13);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 15:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(15);
      if (lookahead != 0) ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == '\n') ADVANCE(768);
      END_STATE();
    case 17:
      if (lookahead == '\n') ADVANCE(768);
      if (lookahead == '\r') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      END_STATE();
    case 18:
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\r') ADVANCE(773);
      if (lookahead == ' ') ADVANCE(780);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 19:
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\r') ADVANCE(773);
      if (lookahead == ' ') ADVANCE(781);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '\n', 118,
        '\r', 493,
        '(', 486,
        '-', 469,
        ':', 481,
        '<', 462,
        '\\', 490,
        '|', 468,
        0x603b, 484,
        0xff08, 487,
        '\t', 494,
        ' ', 494,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0) ADVANCE(489);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '\n', 118,
        '\r', 493,
        '(', 486,
        '<', 462,
        '\\', 490,
        '|', 468,
        0x603b, 484,
        0xff08, 487,
        '\t', 497,
        ' ', 497,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0) ADVANCE(489);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '\n', 118,
        '\r', 147,
        '(', 196,
        '*', 162,
        '<', 463,
        '_', 178,
        0xff08, 195,
        '\t', 155,
        ' ', 155,
        0x4e00, 193,
        0x4e03, 193,
        0x4e09, 193,
        0x4e5d, 193,
        0x4e8c, 193,
        0x4e94, 193,
        0x516b, 193,
        0x516d, 193,
        0x5341, 193,
        0x56db, 193,
      );
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 23:
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\r') ADVANCE(147);
      if (lookahead == '<') ADVANCE(463);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 24:
      if (lookahead == '!') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 25:
      if (lookahead == '!') ADVANCE(74);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 37,
        '/', 229,
        '?', 459,
        'A', 250,
        'a', 250,
        'B', 198,
        'b', 198,
        'C', 199,
        'c', 199,
        'D', 275,
        'd', 275,
        'F', 304,
        'f', 304,
        'H', 274,
        'h', 274,
        'I', 294,
        'i', 294,
        'L', 265,
        'l', 265,
        'M', 204,
        'm', 204,
        'N', 202,
        'n', 202,
        'O', 322,
        'o', 322,
        'P', 595,
        'p', 595,
        'S', 238,
        's', 238,
        'T', 230,
        't', 230,
        'U', 323,
        'u', 323,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 27:
      if (lookahead == '"') ADVANCE(521);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(507);
      if (lookahead != 0) ADVANCE(508);
      END_STATE();
    case 28:
      if (lookahead == '\'') ADVANCE(522);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(506);
      if (lookahead != 0) ADVANCE(509);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '(', 486,
        '<', 462,
        '\\', 490,
        '|', 468,
        0x603b, 484,
        0xff08, 487,
        '\t', 497,
        '\r', 497,
        ' ', 497,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(489);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '(', 108,
        '*', 35,
        '-', 129,
        '=', 127,
        '_', 101,
        0xff08, 111,
        '\t', 31,
        ' ', 31,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '(', 108,
        '*', 35,
        '_', 101,
        0xff08, 111,
        '\t', 31,
        ' ', 31,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '(', 108,
        0xff08, 111,
        '\t', 32,
        ' ', 32,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(33);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        ')', 132,
        '\t', 33,
        ' ', 33,
        0x4e00, 34,
        0x4e03, 34,
        0x4e09, 34,
        0x4e5d, 34,
        0x4e8c, 34,
        0x4e94, 34,
        0x516b, 34,
        0x516d, 34,
        0x5341, 34,
        0x56db, 34,
      );
      END_STATE();
    case 35:
      if (lookahead == '*') ADVANCE(32);
      END_STATE();
    case 36:
      if (lookahead == '-') ADVANCE(469);
      END_STATE();
    case 37:
      if (lookahead == '-') ADVANCE(113);
      if (lookahead == '<') ADVANCE(608);
      if (lookahead == '>') ADVANCE(458);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 38:
      if (lookahead == '-') ADVANCE(113);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 39:
      if (lookahead == '-') ADVANCE(58);
      END_STATE();
    case 40:
      if (lookahead == '-') ADVANCE(58);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 41:
      if (lookahead == '-') ADVANCE(58);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 42:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(59);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 43:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(62);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 44:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(46);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 45:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(48);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 46:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'b') ADVANCE(56);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 47:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'b') ADVANCE(43);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 48:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'b') ADVANCE(57);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 49:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'e') ADVANCE(82);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 50:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'e') ADVANCE(65);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 51:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'e') ADVANCE(72);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 52:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(42);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 53:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(63);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 54:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(56);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 55:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(60);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 56:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'l') ADVANCE(49);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 57:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'l') ADVANCE(51);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 58:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(52);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(58);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 59:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(47);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 60:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(49);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 61:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(44);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 62:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'o') ADVANCE(71);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 63:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 's') ADVANCE(45);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 64:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 't') ADVANCE(80);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 65:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead == 'x') ADVANCE(64);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 66:
      if (lookahead == '-') ADVANCE(70);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 67:
      if (lookahead == '-') ADVANCE(67);
      if (lookahead == '>') ADVANCE(465);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 68:
      if (lookahead == '-') ADVANCE(67);
      if (lookahead == 'd') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(61);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 69:
      if (lookahead == '-') ADVANCE(67);
      if (lookahead == 'l') ADVANCE(55);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 70:
      if (lookahead == '-') ADVANCE(67);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 71:
      if (lookahead == '-') ADVANCE(68);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 72:
      if (lookahead == '-') ADVANCE(78);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(85);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 73:
      if (lookahead == '-') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '>') ADVANCE(759);
      END_STATE();
    case 74:
      if (lookahead == '-') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 75:
      if (lookahead == '-') ADVANCE(41);
      if (lookahead == '<') ADVANCE(608);
      if (lookahead == '>') ADVANCE(458);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 76:
      if (lookahead == '-') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 77:
      if (lookahead == '-') ADVANCE(77);
      if (lookahead == '>') ADVANCE(466);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 78:
      if (lookahead == '-') ADVANCE(77);
      if (lookahead == 'f') ADVANCE(54);
      if (lookahead == 'l') ADVANCE(55);
      if (lookahead == 'n') ADVANCE(50);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 79:
      if (lookahead == '-') ADVANCE(77);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 80:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 81:
      if (lookahead == '-') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 82:
      if (lookahead == '-') ADVANCE(79);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(85);
      if (lookahead != 0) ADVANCE(66);
      END_STATE();
    case 83:
      if (lookahead == '-') ADVANCE(83);
      if (lookahead == '>') ADVANCE(466);
      if (lookahead != 0) ADVANCE(85);
      END_STATE();
    case 84:
      if (lookahead == '-') ADVANCE(83);
      if (lookahead != 0) ADVANCE(85);
      END_STATE();
    case 85:
      if (lookahead == '-') ADVANCE(84);
      if (lookahead != 0) ADVANCE(85);
      END_STATE();
    case 86:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == 0x603b) ADVANCE(484);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 87:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == 0x8ba1) ADVANCE(477);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 88:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 89:
      ADVANCE_MAP(
        '>', 757,
        'A', 90,
        'a', 90,
        'R', 96,
        'r', 96,
        'D', 98,
        'H', 98,
        'd', 98,
        'h', 98,
        '\t', 93,
        '\n', 93,
        '\r', 93,
        ' ', 93,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 90:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(92);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 91:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(100);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 92:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(91);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 93:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(93);
      END_STATE();
    case 94:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 95:
      if (lookahead == '>') ADVANCE(755);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(95);
      END_STATE();
    case 96:
      if (lookahead == '>') ADVANCE(755);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(95);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 97:
      if (lookahead == '>') ADVANCE(756);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(97);
      END_STATE();
    case 98:
      if (lookahead == '>') ADVANCE(756);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(97);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 99:
      if (lookahead == '>') ADVANCE(754);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(99);
      END_STATE();
    case 100:
      if (lookahead == '>') ADVANCE(754);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(99);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 101:
      if (lookahead == '_') ADVANCE(32);
      END_STATE();
    case 102:
      if (lookahead == 0x603b) ADVANCE(762);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 103:
      if (lookahead == 0x8ba1) ADVANCE(478);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(103);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 104:
      if (lookahead == 0xff09) ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(104);
      END_STATE();
    case 105:
      ADVANCE_MAP(
        0xff09, 132,
        '\t', 104,
        ' ', 104,
        0x4e00, 105,
        0x4e03, 105,
        0x4e09, 105,
        0x4e5d, 105,
        0x4e8c, 105,
        0x4e94, 105,
        0x516b, 105,
        0x516d, 105,
        0x5341, 105,
        0x56db, 105,
      );
      END_STATE();
    case 106:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 107:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '-' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 108:
      ADVANCE_MAP(
        '\t', 108,
        ' ', 108,
        0x4e00, 34,
        0x4e03, 34,
        0x4e09, 34,
        0x4e5d, 34,
        0x4e8c, 34,
        0x4e94, 34,
        0x516b, 34,
        0x516d, 34,
        0x5341, 34,
        0x56db, 34,
      );
      END_STATE();
    case 109:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(109);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(131);
      END_STATE();
    case 110:
      ADVANCE_MAP(
        '\t', 109,
        ' ', 109,
        '.', 131,
        0x3001, 131,
        0xff0e, 131,
        0x4e00, 110,
        0x4e03, 110,
        0x4e09, 110,
        0x4e5d, 110,
        0x4e8c, 110,
        0x4e94, 110,
        0x516b, 110,
        0x516d, 110,
        0x5341, 110,
        0x56db, 110,
      );
      END_STATE();
    case 111:
      ADVANCE_MAP(
        '\t', 111,
        ' ', 111,
        0x4e00, 105,
        0x4e03, 105,
        0x4e09, 105,
        0x4e5d, 105,
        0x4e8c, 105,
        0x4e94, 105,
        0x516b, 105,
        0x516d, 105,
        0x5341, 105,
        0x56db, 105,
      );
      END_STATE();
    case 112:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(89);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(94);
      END_STATE();
    case 113:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '-' &&
          lookahead != '<') ADVANCE(458);
      END_STATE();
    case 114:
      if (lookahead != 0 &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(759);
      END_STATE();
    case 115:
      if (eof) ADVANCE(116);
      ADVANCE_MAP(
        '\t', 139,
        '\n', 117,
        '\r', 140,
        ' ', 137,
        '#', 149,
        '(', 188,
        '*', 160,
        '-', 165,
        '<', 460,
        '_', 176,
        '`', 181,
        '|', 467,
        '~', 183,
        0xff08, 192,
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym__blank_line);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\n') ADVANCE(768);
      if (lookahead == '\r') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym_thematic_break);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym__atx_h1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym__atx_h2);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym__atx_h3);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym__atx_h4);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym__atx_h5);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym__atx_h6);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '=') ADVANCE(127);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(128);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(128);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '-') ADVANCE(129);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(130);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(130);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_section_number);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_item_number);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_list_number);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym__inline_section_number);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym__inline_item_number);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 139,
        '\n', 117,
        '\r', 140,
        ' ', 138,
        '#', 149,
        '(', 188,
        '*', 160,
        '-', 165,
        '<', 26,
        '_', 176,
        '`', 181,
        '|', 467,
        '~', 183,
        0xff08, 192,
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 139,
        '\n', 117,
        '\r', 140,
        ' ', 136,
        '#', 149,
        '(', 188,
        '*', 160,
        '-', 165,
        '<', 26,
        '_', 176,
        '`', 181,
        '|', 467,
        '~', 183,
        0xff08, 192,
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 117,
        '\r', 140,
        '#', 149,
        '(', 188,
        '*', 160,
        '-', 165,
        '<', 26,
        '_', 176,
        '`', 181,
        '|', 467,
        '~', 183,
        0xff08, 192,
        '\t', 139,
        ' ', 139,
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 117,
        '\r', 140,
        '(', 824,
        '*', 819,
        '<', 815,
        '_', 821,
        0xff08, 827,
        '\t', 139,
        ' ', 139,
        0x0b, 458,
        '\f', 458,
        0x4e00, 825,
        0x4e03, 825,
        0x4e09, 825,
        0x4e5d, 825,
        0x4e8c, 825,
        0x4e94, 825,
        0x516b, 825,
        0x516d, 825,
        0x5341, 825,
        0x56db, 825,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(828);
      if (lookahead != 0) ADVANCE(830);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(120);
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(141);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(120);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(143);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(458);
      if (lookahead != 0) ADVANCE(143);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(143);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(144);
      if (lookahead != 0) ADVANCE(143);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead == '~') ADVANCE(145);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead != 0) ADVANCE(146);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(458);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(191);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(150);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(151);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(152);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(148);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 188,
        '*', 141,
        '<', 24,
        0xff08, 192,
        '\t', 153,
        ' ', 153,
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
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 188,
        '<', 24,
        '_', 141,
        0xff08, 192,
        '\t', 154,
        ' ', 154,
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
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 196,
        '<', 24,
        0xff08, 195,
        '\t', 155,
        ' ', 155,
        0x4e00, 193,
        0x4e03, 193,
        0x4e09, 193,
        0x4e5d, 193,
        0x4e8c, 193,
        0x4e94, 193,
        0x516b, 193,
        0x516d, 193,
        0x5341, 193,
        0x56db, 193,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 132,
        '<', 24,
        '\t', 157,
        ' ', 157,
        0x4e00, 156,
        0x4e03, 156,
        0x4e09, 156,
        0x4e5d, 156,
        0x4e8c, 156,
        0x4e94, 156,
        0x516b, 156,
        0x516d, 156,
        0x5341, 156,
        0x56db, 156,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(132);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(157);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 135,
        '<', 24,
        '\t', 159,
        ' ', 159,
        0x4e00, 158,
        0x4e03, 158,
        0x4e09, 158,
        0x4e5d, 158,
        0x4e8c, 158,
        0x4e94, 158,
        0x516b, 158,
        0x516d, 158,
        0x5341, 158,
        0x56db, 158,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(135);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(159);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(153);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(141);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(161);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(155);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(161);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(141);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(164);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(165);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(240);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '>', 602,
        '\t', 175,
        ' ', 175,
        'A', 408,
        'a', 408,
        'R', 266,
        'r', 266,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(216);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(380);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(434);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(154);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(179);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(141);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(177);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(155);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(179);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '`') ADVANCE(144);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '`') ADVANCE(180);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '~') ADVANCE(145);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '~') ADVANCE(182);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        0xff09, 132,
        '\t', 185,
        ' ', 185,
        0x4e00, 184,
        0x4e03, 184,
        0x4e09, 184,
        0x4e5d, 184,
        0x4e8c, 184,
        0x4e94, 184,
        0x516b, 184,
        0x516d, 184,
        0x5341, 184,
        0x56db, 184,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 0xff09) ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(185);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        0xff09, 135,
        '\t', 187,
        ' ', 187,
        0x4e00, 186,
        0x4e03, 186,
        0x4e09, 186,
        0x4e5d, 186,
        0x4e8c, 186,
        0x4e94, 186,
        0x516b, 186,
        0x516d, 186,
        0x5341, 186,
        0x56db, 186,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 0xff09) ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 188,
        ' ', 188,
        0x4e00, 156,
        0x4e03, 156,
        0x4e09, 156,
        0x4e5d, 156,
        0x4e8c, 156,
        0x4e94, 156,
        0x516b, 156,
        0x516d, 156,
        0x5341, 156,
        0x56db, 156,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 190,
        ' ', 190,
        '.', 131,
        0x3001, 131,
        0xff0e, 131,
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
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(190);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(131);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 192,
        ' ', 192,
        0x4e00, 184,
        0x4e03, 184,
        0x4e09, 184,
        0x4e5d, 184,
        0x4e8c, 184,
        0x4e94, 184,
        0x516b, 184,
        0x516d, 184,
        0x5341, 184,
        0x56db, 184,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 194,
        ' ', 194,
        '.', 134,
        0x3001, 134,
        0xff0e, 134,
        0x4e00, 193,
        0x4e03, 193,
        0x4e09, 193,
        0x4e5d, 193,
        0x4e8c, 193,
        0x4e94, 193,
        0x516b, 193,
        0x516d, 193,
        0x5341, 193,
        0x56db, 193,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(194);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(134);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 195,
        ' ', 195,
        0x4e00, 186,
        0x4e03, 186,
        0x4e09, 186,
        0x4e5d, 186,
        0x4e8c, 186,
        0x4e94, 186,
        0x516b, 186,
        0x516d, 186,
        0x5341, 186,
        0x56db, 186,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 196,
        ' ', 196,
        0x4e00, 158,
        0x4e03, 158,
        0x4e09, 158,
        0x4e5d, 158,
        0x4e8c, 158,
        0x4e94, 158,
        0x516b, 158,
        0x516d, 158,
        0x5341, 158,
        0x56db, 158,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 233,
        'a', 233,
        'B', 362,
        'b', 362,
        'D', 614,
        'd', 614,
        'E', 450,
        'e', 450,
        'F', 367,
        'f', 367,
        'H', 616,
        'h', 616,
        'I', 428,
        'i', 428,
        'R', 611,
        'r', 611,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(415);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(364);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(386);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(356);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(386);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(448);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(306);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(449);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(312);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(332);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(251);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(334);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(394);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(395);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 234,
        'a', 234,
        'B', 377,
        'b', 377,
        'D', 175,
        'd', 175,
        'E', 451,
        'e', 451,
        'F', 378,
        'f', 378,
        'H', 169,
        'h', 169,
        'I', 431,
        'i', 431,
        'R', 166,
        'r', 166,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(417);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(381);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(307);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(355);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(403);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 263,
        'a', 263,
        'B', 221,
        'b', 221,
        'C', 231,
        'c', 231,
        'D', 293,
        'd', 293,
        'F', 317,
        'f', 317,
        'H', 289,
        'h', 289,
        'I', 296,
        'i', 296,
        'L', 292,
        'l', 292,
        'M', 222,
        'm', 222,
        'N', 205,
        'n', 205,
        'O', 325,
        'o', 325,
        'P', 167,
        'p', 167,
        'S', 248,
        's', 248,
        'T', 220,
        't', 220,
        'U', 326,
        'u', 326,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 235,
        'a', 235,
        'B', 362,
        'b', 362,
        'D', 592,
        'd', 592,
        'E', 450,
        'e', 450,
        'F', 367,
        'f', 367,
        'H', 593,
        'h', 593,
        'I', 428,
        'i', 428,
        'R', 591,
        'r', 591,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(387);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(361);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'C', 396,
        'c', 396,
        'E', 245,
        'e', 245,
        'O', 444,
        'o', 444,
        'T', 454,
        't', 454,
        'U', 345,
        'u', 345,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(320);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(324);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(200);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(429);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(436);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(232);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'C', 409,
        'c', 409,
        'E', 246,
        'e', 246,
        'O', 445,
        'o', 445,
        'T', 455,
        't', 455,
        'U', 351,
        'u', 351,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(258);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(425);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(596);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(452);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(399);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(453);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(418);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(405);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(262);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(437);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(309);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(300);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(600);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(597);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(609);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(170);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(601);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(590);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(414);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(206);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(338);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'E', 426,
        'e', 426,
        'I', 211,
        'i', 211,
        'D', 594,
        'L', 594,
        'T', 594,
        'd', 594,
        'l', 594,
        't', 594,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(359);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(201);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(335);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(243);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(390);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(209);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(342);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(360);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(337);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(303);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'E', 438,
        'e', 438,
        'I', 215,
        'i', 215,
        'D', 175,
        'L', 175,
        'T', 175,
        'd', 175,
        'l', 175,
        't', 175,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(404);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(407);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(400);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(365);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(401);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(284);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(369);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(208);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(365);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(330);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(384);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(291);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(379);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(388);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(594);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(175);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(435);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(598);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(363);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(268);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(366);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(440);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(441);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(430);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(432);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(241);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(430);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(442);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(443);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(424);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(373);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(432);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(358);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(249);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(429);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(436);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(446);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(447);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(452);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(453);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(239);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(207);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(316);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(223);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(324);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(599);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(375);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(324);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(457);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(133);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(458);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(605);
      if (lookahead == '-' ||
          lookahead == '>') ADVANCE(458);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(75);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(197);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(73);
      if (lookahead == '/') ADVANCE(112);
      if (lookahead == '?') ADVANCE(114);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(625);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(81);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(76);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(sym__lt);
      ADVANCE_MAP(
        'A', 647,
        'a', 647,
        'B', 620,
        'b', 620,
        'C', 621,
        'c', 621,
        'D', 657,
        'd', 657,
        'F', 675,
        'f', 675,
        'H', 659,
        'h', 659,
        'I', 668,
        'i', 668,
        'L', 654,
        'l', 654,
        'M', 626,
        'm', 626,
        'N', 623,
        'n', 623,
        'O', 685,
        'o', 685,
        'P', 637,
        'p', 637,
        'S', 641,
        's', 641,
        'T', 624,
        't', 624,
        'U', 686,
        'u', 686,
      );
      if (('E' <= lookahead && lookahead <= 'Z') ||
          ('e' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym_nianbao_comment);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym__row_start);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym__pipe);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym_pipe_table_delimiter_cell);
      if (lookahead == '-') ADVANCE(469);
      if (lookahead == ':') ADVANCE(470);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(470);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym_pipe_table_delimiter_cell);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(470);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(476);
      if (lookahead == '.') ADVANCE(766);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(471);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(476);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(475);
      if (lookahead == '.') ADVANCE(488);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(475);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_total_label);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_total_label);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '!') ADVANCE(482);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        ')', 483,
        '<', 25,
        '\\', 491,
        '\t', 88,
        ' ', 88,
        0x4e00, 480,
        0x4e03, 480,
        0x4e09, 480,
        0x4e5d, 480,
        0x4e8c, 480,
        0x4e94, 480,
        0x516b, 480,
        0x516d, 480,
        0x5341, 480,
        0x56db, 480,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '-') ADVANCE(469);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '-') ADVANCE(489);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == 0x603b) ADVANCE(484);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == 0x8ba1) ADVANCE(477);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 491,
        0xff09, 483,
        '\t', 88,
        ' ', 88,
        0x4e00, 485,
        0x4e03, 485,
        0x4e09, 485,
        0x4e5d, 485,
        0x4e8c, 485,
        0x4e94, 485,
        0x516b, 485,
        0x516d, 485,
        0x5341, 485,
        0x56db, 485,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 491,
        '\t', 88,
        ' ', 88,
        0x4e00, 480,
        0x4e03, 480,
        0x4e09, 480,
        0x4e5d, 480,
        0x4e8c, 480,
        0x4e94, 480,
        0x516b, 480,
        0x516d, 480,
        0x5341, 480,
        0x56db, 480,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 491,
        '\t', 88,
        ' ', 88,
        0x4e00, 485,
        0x4e03, 485,
        0x4e09, 485,
        0x4e5d, 485,
        0x4e8c, 485,
        0x4e94, 485,
        0x516b, 485,
        0x516d, 485,
        0x5341, 485,
        0x56db, 485,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(489);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(479);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(489);
      if (lookahead == '\r' ||
          lookahead == '|') ADVANCE(489);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(489);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(479);
      if (lookahead == '\\') ADVANCE(491);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(489);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\n') ADVANCE(119);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(497);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(497);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\r') ADVANCE(497);
      if (lookahead == '-') ADVANCE(469);
      if (lookahead == ':') ADVANCE(36);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(494);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == ' ') ADVANCE(497);
      if (lookahead == '\t' ||
          lookahead == '\r') ADVANCE(497);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == ' ') ADVANCE(495);
      if (lookahead == '\t' ||
          lookahead == '\r') ADVANCE(497);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym__space);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(497);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '>') ADVANCE(501);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '>') ADVANCE(501);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(520);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(anon_sym_SLASH_GT);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym__html_equals);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(502);
      if (lookahead == '\n' ||
          lookahead == '\r') ADVANCE(503);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym__html_equals);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(503);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym__attribute_number);
      if (lookahead == '%') ADVANCE(519);
      if (lookahead == ',') ADVANCE(510);
      if (lookahead == '.') ADVANCE(518);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(504);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(505);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(506);
      if (lookahead != 0 &&
          lookahead != '\'') ADVANCE(509);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(507);
      if (lookahead != 0 &&
          lookahead != '"') ADVANCE(508);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym__dquoted);
      if (lookahead != 0 &&
          lookahead != '"') ADVANCE(508);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym__squoted);
      if (lookahead != 0 &&
          lookahead != '\'') ADVANCE(509);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '%') ADVANCE(519);
      if (lookahead == '.') ADVANCE(518);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '%') ADVANCE(519);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym__unquoted);
      ADVANCE_MAP(
        ')', 513,
        '/', 520,
        '<', 579,
        '`', 573,
        0x4e00, 512,
        0x4e03, 512,
        0x4e09, 512,
        0x4e5d, 512,
        0x4e8c, 512,
        0x4e94, 512,
        0x516b, 512,
        0x516d, 512,
        0x5341, 512,
        0x56db, 512,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (lookahead == 0x603b) ADVANCE(514);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (lookahead == 0x8ba1) ADVANCE(519);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym__unquoted);
      ADVANCE_MAP(
        '/', 520,
        '<', 579,
        '`', 573,
        0xff09, 513,
        0x4e00, 515,
        0x4e03, 515,
        0x4e09, 515,
        0x4e5d, 515,
        0x4e8c, 515,
        0x4e94, 515,
        0x516b, 515,
        0x516d, 515,
        0x5341, 515,
        0x56db, 515,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym__unquoted);
      ADVANCE_MAP(
        '/', 520,
        '<', 579,
        '`', 573,
        0x4e00, 512,
        0x4e03, 512,
        0x4e09, 512,
        0x4e5d, 512,
        0x4e8c, 512,
        0x4e94, 512,
        0x516b, 512,
        0x516d, 512,
        0x5341, 512,
        0x56db, 512,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym__unquoted);
      ADVANCE_MAP(
        '/', 520,
        '<', 579,
        '`', 573,
        0x4e00, 515,
        0x4e03, 515,
        0x4e09, 515,
        0x4e5d, 515,
        0x4e8c, 515,
        0x4e94, 515,
        0x516b, 515,
        0x516d, 515,
        0x5341, 515,
        0x56db, 515,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead == '/') ADVANCE(520);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == '`') ADVANCE(573);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(519);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym__unquoted);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(520);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym__dquote);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym__squote);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '!') ADVANCE(540);
      if (lookahead == '/') ADVANCE(112);
      if (lookahead == '?') ADVANCE(530);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(574);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != '\'' &&
          (lookahead < '=' || '?' < lookahead)) ADVANCE(579);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '%') ADVANCE(573);
      if (lookahead == '.') ADVANCE(572);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '.' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '%') ADVANCE(573);
      if (lookahead == '<') ADVANCE(579);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(525);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        ')', 567,
        '<', 579,
        0x4e00, 526,
        0x4e03, 526,
        0x4e09, 526,
        0x4e5d, 526,
        0x4e8c, 526,
        0x4e94, 526,
        0x516b, 526,
        0x516d, 526,
        0x5341, 526,
        0x56db, 526,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(527);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'n') ADVANCE(552);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(58);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(539);
      if (lookahead == '-') ADVANCE(534);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == ',') ADVANCE(539);
      if (lookahead == '-') ADVANCE(535);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(579);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(527);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(548);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(533);
      if (lookahead == '>') ADVANCE(466);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(533);
      if (lookahead == 'f') ADVANCE(554);
      if (lookahead == 'l') ADVANCE(555);
      if (lookahead == 'n') ADVANCE(550);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(533);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(536);
      if (lookahead == '>') ADVANCE(466);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '/' ||
          lookahead == '=') ADVANCE(85);
      if (lookahead != 0) ADVANCE(539);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(536);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '/' ||
          lookahead == '=' ||
          lookahead == '>') ADVANCE(85);
      if (lookahead != 0) ADVANCE(539);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(557);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(537);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '/' ||
          lookahead == '=' ||
          lookahead == '>') ADVANCE(85);
      if (lookahead != 0) ADVANCE(539);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(531);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'a') ADVANCE(559);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'a') ADVANCE(562);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'a') ADVANCE(545);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'a') ADVANCE(547);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'b') ADVANCE(556);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'b') ADVANCE(542);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'b') ADVANCE(558);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'd') ADVANCE(553);
      if (lookahead == 'e') ADVANCE(561);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'e') ADVANCE(529);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'e') ADVANCE(565);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'e') ADVANCE(528);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'i') ADVANCE(541);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'i') ADVANCE(563);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'i') ADVANCE(556);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'i') ADVANCE(560);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'l') ADVANCE(549);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'l') ADVANCE(555);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'l') ADVANCE(551);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'n') ADVANCE(546);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'n') ADVANCE(549);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'n') ADVANCE(543);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'o') ADVANCE(532);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 's') ADVANCE(544);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 't') ADVANCE(538);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead == 'x') ADVANCE(564);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-') ADVANCE(566);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(566);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == 0x603b) ADVANCE(568);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead == 0x8ba1) ADVANCE(573);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        '<', 579,
        0xff09, 567,
        0x4e00, 569,
        0x4e03, 569,
        0x4e09, 569,
        0x4e5d, 569,
        0x4e8c, 569,
        0x4e94, 569,
        0x516b, 569,
        0x516d, 569,
        0x5341, 569,
        0x56db, 569,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        '<', 579,
        0x4e00, 526,
        0x4e03, 526,
        0x4e09, 526,
        0x4e5d, 526,
        0x4e8c, 526,
        0x4e94, 526,
        0x516b, 526,
        0x516d, 526,
        0x5341, 526,
        0x56db, 526,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        '<', 579,
        0x4e00, 569,
        0x4e03, 569,
        0x4e09, 569,
        0x4e5d, 569,
        0x4e8c, 569,
        0x4e94, 569,
        0x516b, 569,
        0x516d, 569,
        0x5341, 569,
        0x56db, 569,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(579);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(525);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '<') ADVANCE(579);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead)) ADVANCE(573);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_html_attribute_name);
      ADVANCE_MAP(
        'A', 575,
        'a', 575,
        'D', 578,
        'd', 578,
        'H', 578,
        'h', 578,
        'R', 578,
        'r', 578,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(577);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(578);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(576);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(578);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '/' || '9' < lookahead) &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_html_attribute_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '>') ADVANCE(579);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(582);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\r') ADVANCE(587);
      if (lookahead == ' ') ADVANCE(582);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t') ADVANCE(582);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\r') ADVANCE(587);
      if (lookahead == ' ') ADVANCE(580);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\r') ADVANCE(587);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(582);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\r') ADVANCE(586);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(583);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == ' ') ADVANCE(587);
      if (lookahead == '\t' ||
          lookahead == '\r') ADVANCE(587);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == ' ') ADVANCE(584);
      if (lookahead == '\t' ||
          lookahead == '\r') ADVANCE(587);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(589);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(589);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(587);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\n') ADVANCE(583);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(587);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym__html_tag_space);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(589);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym__block_table_open);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym__block_tr_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(237);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym__block_td_open);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym__block_th_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym__block_tag_open);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(406);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(264);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(390);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(376);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(400);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(433);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(318);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(280);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym__html_block_end_tag);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym__html_block_declaration);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '\n') ADVANCE(608);
      if (lookahead == '<') ADVANCE(605);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead != 0) ADVANCE(604);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '!') ADVANCE(606);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead == '\n' ||
          lookahead == '<') ADVANCE(608);
      if (lookahead != 0) ADVANCE(604);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '-') ADVANCE(607);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead == '\n' ||
          lookahead == '<') ADVANCE(608);
      if (lookahead != 0) ADVANCE(604);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead == '\n' ||
          lookahead == '-' ||
          lookahead == '<') ADVANCE(608);
      if (lookahead != 0) ADVANCE(604);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym__html_block_declaration);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead != 0) ADVANCE(608);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym__table_open);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym__table_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym__tr_open);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym__tr_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(640);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym__tr_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym__td_open);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym__td_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym__th_open);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym__th_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(631);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym__th_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(732);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(707);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(649);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(718);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(703);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(688);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(718);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(749);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(670);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym__tag_open);
      ADVANCE_MAP(
        'A', 638,
        'a', 638,
        'B', 706,
        'b', 706,
        'D', 615,
        'd', 615,
        'E', 750,
        'e', 750,
        'F', 709,
        'f', 709,
        'H', 617,
        'h', 617,
        'I', 740,
        'i', 740,
        'R', 612,
        'r', 612,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('c' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym__tag_open);
      ADVANCE_MAP(
        'A', 638,
        'a', 638,
        'D', 615,
        'd', 615,
        'H', 618,
        'h', 618,
        'R', 613,
        'r', 613,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(678);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(702);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(691);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(694);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(651);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(698);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(646);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(681);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(695);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(722);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(727);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(699);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(729);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(692);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(683);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym__tag_open);
      ADVANCE_MAP(
        'C', 723,
        'c', 723,
        'E', 645,
        'e', 645,
        'O', 746,
        'o', 746,
        'T', 752,
        't', 752,
        'U', 697,
        'u', 697,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(684);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(622);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(721);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(687);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(741);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(650);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(738);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(677);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(751);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(724);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(666);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(734);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(672);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(701);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(610);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(669);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym__tag_open);
      ADVANCE_MAP(
        'E', 739,
        'e', 739,
        'I', 627,
        'i', 627,
        'D', 753,
        'L', 753,
        'T', 753,
        'd', 753,
        'l', 753,
        't', 753,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(733);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(629);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(693);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(731);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(694);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(690);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(643);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(704);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(735);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(619);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(720);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(734);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(728);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(715);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(730);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(663);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(726);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(710);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(726);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(662);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(712);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(630);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(717);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(648);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(700);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(644);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(710);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(689);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(744);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(719);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(753);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(737);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(674);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(731);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(652);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(708);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(655);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(686);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(634);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(696);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(667);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(660);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(683);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(747);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(742);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(646);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(735);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(649);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(642);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(671);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(713);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(700);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(745);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(742);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(694);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(735);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(736);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(705);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(735);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(741);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(748);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(751);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(676);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(658);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(639);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(711);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(665);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(633);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(628);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(636);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(656);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(731);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(664);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(653);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(673);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(679);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(632);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(687);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(680);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(666);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(635);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(661);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(716);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(725);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(682);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(714);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(743);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(753);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(687);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym__tag_open);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym_html_table_end_tag);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym_html_row_end_tag);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym_html_cell_end_tag);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym_html_end_tag);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym_html_declaration);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym_html_declaration);
      if (lookahead == '>') ADVANCE(758);
      if (lookahead != 0) ADVANCE(759);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym__html_text);
      ADVANCE_MAP(
        ')', 761,
        '\t', 106,
        ' ', 106,
        0x4e00, 760,
        0x4e03, 760,
        0x4e09, 760,
        0x4e5d, 760,
        0x4e8c, 760,
        0x4e94, 760,
        0x516b, 760,
        0x516d, 760,
        0x5341, 760,
        0x56db, 760,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == 0x603b) ADVANCE(762);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == 0x8ba1) ADVANCE(478);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(103);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym__html_text);
      ADVANCE_MAP(
        0xff09, 761,
        '\t', 106,
        ' ', 106,
        0x4e00, 763,
        0x4e03, 763,
        0x4e09, 763,
        0x4e5d, 763,
        0x4e8c, 763,
        0x4e94, 763,
        0x516b, 763,
        0x516d, 763,
        0x5341, 763,
        0x56db, 763,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym__html_text);
      ADVANCE_MAP(
        '\t', 106,
        ' ', 106,
        0x4e00, 760,
        0x4e03, 760,
        0x4e09, 760,
        0x4e5d, 760,
        0x4e8c, 760,
        0x4e94, 760,
        0x516b, 760,
        0x516d, 760,
        0x5341, 760,
        0x56db, 760,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym__html_text);
      ADVANCE_MAP(
        '\t', 106,
        ' ', 106,
        0x4e00, 763,
        0x4e03, 763,
        0x4e09, 763,
        0x4e5d, 763,
        0x4e8c, 763,
        0x4e94, 763,
        0x516b, 763,
        0x516d, 763,
        0x5341, 763,
        0x56db, 763,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym__html_blank_end);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym__backtick_fence_open);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym__tilde_fence_open);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym__backtick_fence_close);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym__tilde_fence_close);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead == '\r') ADVANCE(776);
      if (lookahead == '~') ADVANCE(774);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(775);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead == '\r') ADVANCE(776);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(775);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead == '\r') ADVANCE(779);
      if (lookahead == '`') ADVANCE(777);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(778);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead == '\r') ADVANCE(779);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(778);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(782);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(783);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(810);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(807);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '!') ADVANCE(795);
      if (lookahead == '<') ADVANCE(814);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(801);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(785);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(786);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(787);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '#') ADVANCE(788);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '(', 800,
        '<', 784,
        0xff08, 804,
        '\t', 790,
        ' ', 790,
        0x4e00, 802,
        0x4e03, 802,
        0x4e09, 802,
        0x4e5d, 802,
        0x4e8c, 802,
        0x4e94, 802,
        0x516b, 802,
        0x516d, 802,
        0x5341, 802,
        0x56db, 802,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        ')', 806,
        '<', 784,
        '\t', 792,
        ' ', 792,
        0x4e00, 791,
        0x4e03, 791,
        0x4e09, 791,
        0x4e5d, 791,
        0x4e8c, 791,
        0x4e94, 791,
        0x516b, 791,
        0x516d, 791,
        0x5341, 791,
        0x56db, 791,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ')') ADVANCE(806);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(792);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '*') ADVANCE(790);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '-') ADVANCE(469);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '-') ADVANCE(813);
      if (lookahead == '<') ADVANCE(814);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '=') ADVANCE(796);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(805);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '_') ADVANCE(790);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '<', 784,
        0xff09, 806,
        '\t', 799,
        ' ', 799,
        0x4e00, 798,
        0x4e03, 798,
        0x4e09, 798,
        0x4e5d, 798,
        0x4e8c, 798,
        0x4e94, 798,
        0x516b, 798,
        0x516d, 798,
        0x5341, 798,
        0x56db, 798,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == 0xff09) ADVANCE(806);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(799);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '<', 784,
        '\t', 800,
        ' ', 800,
        0x4e00, 791,
        0x4e03, 791,
        0x4e09, 791,
        0x4e5d, 791,
        0x4e8c, 791,
        0x4e94, 791,
        0x516b, 791,
        0x516d, 791,
        0x5341, 791,
        0x56db, 791,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(801);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '<', 784,
        '\t', 803,
        ' ', 803,
        '.', 806,
        0x3001, 806,
        0xff0e, 806,
        0x4e00, 802,
        0x4e03, 802,
        0x4e09, 802,
        0x4e5d, 802,
        0x4e8c, 802,
        0x4e94, 802,
        0x516b, 802,
        0x516d, 802,
        0x5341, 802,
        0x56db, 802,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(803);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(806);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym__code_line);
      ADVANCE_MAP(
        '<', 784,
        '\t', 804,
        ' ', 804,
        0x4e00, 798,
        0x4e03, 798,
        0x4e09, 798,
        0x4e5d, 798,
        0x4e8c, 798,
        0x4e94, 798,
        0x516b, 798,
        0x516d, 798,
        0x5341, 798,
        0x56db, 798,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(805);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '<') ADVANCE(784);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(777);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '`') ADVANCE(808);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(774);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '~') ADVANCE(811);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(814);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(806);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '!') ADVANCE(820);
      if (lookahead == '<') ADVANCE(832);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '(', 824,
        '<', 815,
        0xff08, 827,
        '\t', 816,
        ' ', 816,
        0x4e00, 825,
        0x4e03, 825,
        0x4e09, 825,
        0x4e5d, 825,
        0x4e8c, 825,
        0x4e94, 825,
        0x516b, 825,
        0x516d, 825,
        0x5341, 825,
        0x56db, 825,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        ')', 830,
        '<', 815,
        '\t', 818,
        ' ', 818,
        0x4e00, 817,
        0x4e03, 817,
        0x4e09, 817,
        0x4e5d, 817,
        0x4e8c, 817,
        0x4e94, 817,
        0x516b, 817,
        0x516d, 817,
        0x5341, 817,
        0x56db, 817,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == ')') ADVANCE(830);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(818);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '*') ADVANCE(816);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '-') ADVANCE(831);
      if (lookahead == '<') ADVANCE(832);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == '_') ADVANCE(816);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 815,
        0xff09, 830,
        '\t', 823,
        ' ', 823,
        0x4e00, 822,
        0x4e03, 822,
        0x4e09, 822,
        0x4e5d, 822,
        0x4e8c, 822,
        0x4e94, 822,
        0x516b, 822,
        0x516d, 822,
        0x5341, 822,
        0x56db, 822,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == 0xff09) ADVANCE(830);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(823);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 815,
        '\t', 824,
        ' ', 824,
        0x4e00, 817,
        0x4e03, 817,
        0x4e09, 817,
        0x4e5d, 817,
        0x4e8c, 817,
        0x4e94, 817,
        0x516b, 817,
        0x516d, 817,
        0x5341, 817,
        0x56db, 817,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 815,
        '\t', 826,
        ' ', 826,
        '.', 830,
        0x3001, 830,
        0xff0e, 830,
        0x4e00, 825,
        0x4e03, 825,
        0x4e09, 825,
        0x4e5d, 825,
        0x4e8c, 825,
        0x4e94, 825,
        0x516b, 825,
        0x516d, 825,
        0x5341, 825,
        0x56db, 825,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(826);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(830);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym__indented_line);
      ADVANCE_MAP(
        '<', 815,
        '\t', 827,
        ' ', 827,
        0x4e00, 822,
        0x4e03, 822,
        0x4e09, 822,
        0x4e5d, 822,
        0x4e8c, 822,
        0x4e94, 822,
        0x516b, 822,
        0x516d, 822,
        0x5341, 822,
        0x56db, 822,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(830);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(829);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(830);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '<') ADVANCE(815);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(832);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(830);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym__indented_line);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(832);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 115, .external_lex_state = 2},
  [2] = {.lex_state = 115, .external_lex_state = 2},
  [3] = {.lex_state = 115, .external_lex_state = 2},
  [4] = {.lex_state = 115, .external_lex_state = 2},
  [5] = {.lex_state = 115, .external_lex_state = 2},
  [6] = {.lex_state = 115, .external_lex_state = 2},
  [7] = {.lex_state = 115, .external_lex_state = 2},
  [8] = {.lex_state = 115, .external_lex_state = 2},
  [9] = {.lex_state = 115, .external_lex_state = 2},
  [10] = {.lex_state = 115, .external_lex_state = 2},
  [11] = {.lex_state = 115, .external_lex_state = 2},
  [12] = {.lex_state = 115, .external_lex_state = 2},
  [13] = {.lex_state = 115, .external_lex_state = 2},
  [14] = {.lex_state = 115, .external_lex_state = 2},
  [15] = {.lex_state = 115, .external_lex_state = 2},
  [16] = {.lex_state = 115, .external_lex_state = 2},
  [17] = {.lex_state = 115, .external_lex_state = 2},
  [18] = {.lex_state = 115, .external_lex_state = 2},
  [19] = {.lex_state = 115, .external_lex_state = 2},
  [20] = {.lex_state = 115, .external_lex_state = 2},
  [21] = {.lex_state = 115, .external_lex_state = 2},
  [22] = {.lex_state = 115, .external_lex_state = 2},
  [23] = {.lex_state = 115, .external_lex_state = 2},
  [24] = {.lex_state = 115, .external_lex_state = 2},
  [25] = {.lex_state = 115, .external_lex_state = 2},
  [26] = {.lex_state = 115, .external_lex_state = 2},
  [27] = {.lex_state = 115, .external_lex_state = 2},
  [28] = {.lex_state = 115, .external_lex_state = 2},
  [29] = {.lex_state = 115, .external_lex_state = 2},
  [30] = {.lex_state = 115, .external_lex_state = 2},
  [31] = {.lex_state = 115, .external_lex_state = 2},
  [32] = {.lex_state = 115, .external_lex_state = 2},
  [33] = {.lex_state = 115, .external_lex_state = 2},
  [34] = {.lex_state = 115, .external_lex_state = 2},
  [35] = {.lex_state = 115, .external_lex_state = 2},
  [36] = {.lex_state = 115, .external_lex_state = 2},
  [37] = {.lex_state = 115, .external_lex_state = 2},
  [38] = {.lex_state = 115, .external_lex_state = 2},
  [39] = {.lex_state = 115, .external_lex_state = 2},
  [40] = {.lex_state = 115, .external_lex_state = 2},
  [41] = {.lex_state = 115, .external_lex_state = 2},
  [42] = {.lex_state = 115, .external_lex_state = 2},
  [43] = {.lex_state = 115, .external_lex_state = 2},
  [44] = {.lex_state = 115, .external_lex_state = 2},
  [45] = {.lex_state = 115, .external_lex_state = 2},
  [46] = {.lex_state = 115, .external_lex_state = 2},
  [47] = {.lex_state = 115, .external_lex_state = 2},
  [48] = {.lex_state = 115, .external_lex_state = 2},
  [49] = {.lex_state = 115, .external_lex_state = 2},
  [50] = {.lex_state = 115, .external_lex_state = 2},
  [51] = {.lex_state = 115, .external_lex_state = 2},
  [52] = {.lex_state = 115, .external_lex_state = 2},
  [53] = {.lex_state = 115, .external_lex_state = 2},
  [54] = {.lex_state = 115, .external_lex_state = 2},
  [55] = {.lex_state = 115, .external_lex_state = 2},
  [56] = {.lex_state = 115, .external_lex_state = 2},
  [57] = {.lex_state = 115, .external_lex_state = 2},
  [58] = {.lex_state = 115, .external_lex_state = 2},
  [59] = {.lex_state = 115, .external_lex_state = 2},
  [60] = {.lex_state = 115, .external_lex_state = 2},
  [61] = {.lex_state = 115, .external_lex_state = 2},
  [62] = {.lex_state = 115, .external_lex_state = 2},
  [63] = {.lex_state = 115, .external_lex_state = 2},
  [64] = {.lex_state = 115, .external_lex_state = 2},
  [65] = {.lex_state = 115, .external_lex_state = 2},
  [66] = {.lex_state = 115, .external_lex_state = 2},
  [67] = {.lex_state = 115, .external_lex_state = 2},
  [68] = {.lex_state = 115, .external_lex_state = 2},
  [69] = {.lex_state = 115, .external_lex_state = 2},
  [70] = {.lex_state = 115, .external_lex_state = 2},
  [71] = {.lex_state = 115, .external_lex_state = 2},
  [72] = {.lex_state = 115, .external_lex_state = 2},
  [73] = {.lex_state = 115, .external_lex_state = 2},
  [74] = {.lex_state = 115, .external_lex_state = 2},
  [75] = {.lex_state = 115, .external_lex_state = 2},
  [76] = {.lex_state = 115, .external_lex_state = 2},
  [77] = {.lex_state = 115, .external_lex_state = 2},
  [78] = {.lex_state = 115, .external_lex_state = 2},
  [79] = {.lex_state = 115, .external_lex_state = 2},
  [80] = {.lex_state = 1, .external_lex_state = 3},
  [81] = {.lex_state = 4, .external_lex_state = 3},
  [82] = {.lex_state = 4, .external_lex_state = 3},
  [83] = {.lex_state = 4, .external_lex_state = 3},
  [84] = {.lex_state = 3, .external_lex_state = 3},
  [85] = {.lex_state = 3, .external_lex_state = 3},
  [86] = {.lex_state = 3, .external_lex_state = 3},
  [87] = {.lex_state = 3, .external_lex_state = 3},
  [88] = {.lex_state = 3, .external_lex_state = 3},
  [89] = {.lex_state = 4, .external_lex_state = 3},
  [90] = {.lex_state = 3, .external_lex_state = 3},
  [91] = {.lex_state = 3, .external_lex_state = 3},
  [92] = {.lex_state = 3, .external_lex_state = 3},
  [93] = {.lex_state = 3, .external_lex_state = 3},
  [94] = {.lex_state = 3, .external_lex_state = 3},
  [95] = {.lex_state = 3, .external_lex_state = 3},
  [96] = {.lex_state = 4, .external_lex_state = 3},
  [97] = {.lex_state = 4, .external_lex_state = 3},
  [98] = {.lex_state = 2, .external_lex_state = 3},
  [99] = {.lex_state = 4, .external_lex_state = 3},
  [100] = {.lex_state = 4, .external_lex_state = 3},
  [101] = {.lex_state = 4, .external_lex_state = 3},
  [102] = {.lex_state = 4, .external_lex_state = 3},
  [103] = {.lex_state = 4, .external_lex_state = 3},
  [104] = {.lex_state = 3, .external_lex_state = 3},
  [105] = {.lex_state = 3, .external_lex_state = 3},
  [106] = {.lex_state = 3, .external_lex_state = 3},
  [107] = {.lex_state = 4, .external_lex_state = 3},
  [108] = {.lex_state = 3, .external_lex_state = 3},
  [109] = {.lex_state = 4, .external_lex_state = 3},
  [110] = {.lex_state = 4, .external_lex_state = 3},
  [111] = {.lex_state = 4, .external_lex_state = 3},
  [112] = {.lex_state = 4, .external_lex_state = 3},
  [113] = {.lex_state = 4, .external_lex_state = 3},
  [114] = {.lex_state = 4, .external_lex_state = 3},
  [115] = {.lex_state = 4, .external_lex_state = 3},
  [116] = {.lex_state = 4, .external_lex_state = 3},
  [117] = {.lex_state = 4, .external_lex_state = 3},
  [118] = {.lex_state = 4, .external_lex_state = 3},
  [119] = {.lex_state = 4, .external_lex_state = 3},
  [120] = {.lex_state = 4, .external_lex_state = 3},
  [121] = {.lex_state = 4, .external_lex_state = 3},
  [122] = {.lex_state = 4, .external_lex_state = 3},
  [123] = {.lex_state = 4, .external_lex_state = 3},
  [124] = {.lex_state = 4, .external_lex_state = 3},
  [125] = {.lex_state = 4, .external_lex_state = 3},
  [126] = {.lex_state = 20, .external_lex_state = 3},
  [127] = {.lex_state = 21, .external_lex_state = 3},
  [128] = {.lex_state = 21, .external_lex_state = 3},
  [129] = {.lex_state = 21, .external_lex_state = 3},
  [130] = {.lex_state = 20, .external_lex_state = 3},
  [131] = {.lex_state = 22, .external_lex_state = 3},
  [132] = {.lex_state = 22, .external_lex_state = 3},
  [133] = {.lex_state = 22, .external_lex_state = 3},
  [134] = {.lex_state = 22, .external_lex_state = 3},
  [135] = {.lex_state = 22, .external_lex_state = 3},
  [136] = {.lex_state = 22, .external_lex_state = 3},
  [137] = {.lex_state = 21, .external_lex_state = 3},
  [138] = {.lex_state = 21, .external_lex_state = 3},
  [139] = {.lex_state = 22},
  [140] = {.lex_state = 23, .external_lex_state = 3},
  [141] = {.lex_state = 23, .external_lex_state = 3},
  [142] = {.lex_state = 23, .external_lex_state = 3},
  [143] = {.lex_state = 21, .external_lex_state = 3},
  [144] = {.lex_state = 23, .external_lex_state = 3},
  [145] = {.lex_state = 22},
  [146] = {.lex_state = 23, .external_lex_state = 3},
  [147] = {.lex_state = 23, .external_lex_state = 3},
  [148] = {.lex_state = 23, .external_lex_state = 3},
  [149] = {.lex_state = 23, .external_lex_state = 3},
  [150] = {.lex_state = 23, .external_lex_state = 3},
  [151] = {.lex_state = 23, .external_lex_state = 3},
  [152] = {.lex_state = 23, .external_lex_state = 3},
  [153] = {.lex_state = 23, .external_lex_state = 3},
  [154] = {.lex_state = 23, .external_lex_state = 3},
  [155] = {.lex_state = 23, .external_lex_state = 3},
  [156] = {.lex_state = 29},
  [157] = {.lex_state = 29},
  [158] = {.lex_state = 23},
  [159] = {.lex_state = 23, .external_lex_state = 3},
  [160] = {.lex_state = 23},
  [161] = {.lex_state = 23, .external_lex_state = 3},
  [162] = {.lex_state = 23},
  [163] = {.lex_state = 23},
  [164] = {.lex_state = 20, .external_lex_state = 3},
  [165] = {.lex_state = 18, .external_lex_state = 3},
  [166] = {.lex_state = 19, .external_lex_state = 3},
  [167] = {.lex_state = 19, .external_lex_state = 3},
  [168] = {.lex_state = 18, .external_lex_state = 3},
  [169] = {.lex_state = 19, .external_lex_state = 3},
  [170] = {.lex_state = 20, .external_lex_state = 3},
  [171] = {.lex_state = 18, .external_lex_state = 3},
  [172] = {.lex_state = 20, .external_lex_state = 3},
  [173] = {.lex_state = 20, .external_lex_state = 3},
  [174] = {.lex_state = 20, .external_lex_state = 3},
  [175] = {.lex_state = 28},
  [176] = {.lex_state = 20, .external_lex_state = 3},
  [177] = {.lex_state = 20, .external_lex_state = 3},
  [178] = {.lex_state = 20, .external_lex_state = 3},
  [179] = {.lex_state = 20, .external_lex_state = 3},
  [180] = {.lex_state = 20, .external_lex_state = 3},
  [181] = {.lex_state = 20, .external_lex_state = 3},
  [182] = {.lex_state = 20, .external_lex_state = 3},
  [183] = {.lex_state = 27},
  [184] = {.lex_state = 20, .external_lex_state = 3},
  [185] = {.lex_state = 20, .external_lex_state = 3},
  [186] = {.lex_state = 20, .external_lex_state = 3},
  [187] = {.lex_state = 20, .external_lex_state = 3},
  [188] = {.lex_state = 20, .external_lex_state = 3},
  [189] = {.lex_state = 20, .external_lex_state = 3},
  [190] = {.lex_state = 20, .external_lex_state = 3},
  [191] = {.lex_state = 20, .external_lex_state = 3},
  [192] = {.lex_state = 20, .external_lex_state = 3},
  [193] = {.lex_state = 20, .external_lex_state = 3},
  [194] = {.lex_state = 20, .external_lex_state = 3},
  [195] = {.lex_state = 20, .external_lex_state = 3},
  [196] = {.lex_state = 20, .external_lex_state = 3},
  [197] = {.lex_state = 20, .external_lex_state = 3},
  [198] = {.lex_state = 20, .external_lex_state = 3},
  [199] = {.lex_state = 7},
  [200] = {.lex_state = 7},
  [201] = {.lex_state = 1},
  [202] = {.lex_state = 7},
  [203] = {.lex_state = 1},
  [204] = {.lex_state = 20},
  [205] = {.lex_state = 0},
  [206] = {.lex_state = 20},
  [207] = {.lex_state = 7},
  [208] = {.lex_state = 7},
  [209] = {.lex_state = 20},
  [210] = {.lex_state = 20},
  [211] = {.lex_state = 20},
  [212] = {.lex_state = 7},
  [213] = {.lex_state = 7},
  [214] = {.lex_state = 7},
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
    [sym__text] = ACTIONS(1),
    [sym__lt] = ACTIONS(1),
    [sym__row_start] = ACTIONS(1),
    [sym__pipe] = ACTIONS(1),
    [sym_pipe_table_delimiter_cell] = ACTIONS(1),
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
    [sym__table_open] = ACTIONS(1),
    [sym__tr_open] = ACTIONS(1),
    [sym__td_open] = ACTIONS(1),
    [sym__th_open] = ACTIONS(1),
    [sym__tag_open] = ACTIONS(1),
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
    [sym_document] = STATE(205),
    [sym__section1] = STATE(3),
    [sym__section2] = STATE(3),
    [sym__section3] = STATE(3),
    [sym__section4] = STATE(3),
    [sym__section5] = STATE(3),
    [sym__section6] = STATE(3),
    [sym__section7] = STATE(3),
    [sym__section8] = STATE(3),
    [sym__block] = STATE(3),
    [sym__atx_heading1] = STATE(5),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(5),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(3),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(3),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(3),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(3),
    [sym_indented_code_block] = STATE(3),
    [aux_sym_document_repeat1] = STATE(3),
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
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(49),
    [sym__setext_h2_start] = ACTIONS(51),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [2] = {
    [sym__section1] = STATE(2),
    [sym__section2] = STATE(2),
    [sym__section3] = STATE(2),
    [sym__section4] = STATE(2),
    [sym__section5] = STATE(2),
    [sym__section6] = STATE(2),
    [sym__section7] = STATE(2),
    [sym__section8] = STATE(2),
    [sym__block] = STATE(2),
    [sym__atx_heading1] = STATE(5),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(5),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(2),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(2),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(2),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(2),
    [sym_indented_code_block] = STATE(2),
    [aux_sym_document_repeat1] = STATE(2),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(57),
    [sym__blank_line] = ACTIONS(59),
    [sym_thematic_break] = ACTIONS(59),
    [sym__atx_h1] = ACTIONS(62),
    [sym__atx_h2] = ACTIONS(65),
    [sym__atx_h3] = ACTIONS(68),
    [sym__atx_h4] = ACTIONS(71),
    [sym__atx_h5] = ACTIONS(74),
    [sym__atx_h6] = ACTIONS(77),
    [sym_section_number] = ACTIONS(80),
    [sym_item_number] = ACTIONS(80),
    [sym_list_number] = ACTIONS(80),
    [sym__text] = ACTIONS(80),
    [sym__lt] = ACTIONS(80),
    [sym_comment] = ACTIONS(83),
    [sym_nianbao_comment] = ACTIONS(86),
    [sym__row_start] = ACTIONS(89),
    [sym__block_table_open] = ACTIONS(92),
    [sym__block_tr_open] = ACTIONS(95),
    [sym__block_td_open] = ACTIONS(98),
    [sym__block_th_open] = ACTIONS(98),
    [sym__block_tag_open] = ACTIONS(101),
    [sym__html_block_end_tag] = ACTIONS(104),
    [sym__html_block_declaration] = ACTIONS(104),
    [sym__table_open] = ACTIONS(107),
    [sym__tr_open] = ACTIONS(110),
    [sym__td_open] = ACTIONS(113),
    [sym__th_open] = ACTIONS(113),
    [sym__backtick_fence_open] = ACTIONS(116),
    [sym__tilde_fence_open] = ACTIONS(119),
    [sym__indented_line] = ACTIONS(122),
    [sym__setext_h1_start] = ACTIONS(125),
    [sym__setext_h2_start] = ACTIONS(128),
    [sym__numbered_heading_start] = ACTIONS(131),
    [sym__sub_heading_start] = ACTIONS(134),
  },
  [3] = {
    [sym__section1] = STATE(2),
    [sym__section2] = STATE(2),
    [sym__section3] = STATE(2),
    [sym__section4] = STATE(2),
    [sym__section5] = STATE(2),
    [sym__section6] = STATE(2),
    [sym__section7] = STATE(2),
    [sym__section8] = STATE(2),
    [sym__block] = STATE(2),
    [sym__atx_heading1] = STATE(5),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading1] = STATE(5),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(2),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(2),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(2),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(2),
    [sym_indented_code_block] = STATE(2),
    [aux_sym_document_repeat1] = STATE(2),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(137),
    [sym__blank_line] = ACTIONS(139),
    [sym_thematic_break] = ACTIONS(139),
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
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(49),
    [sym__setext_h2_start] = ACTIONS(51),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [4] = {
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
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(6),
    [sym_indented_code_block] = STATE(6),
    [aux_sym__section1_repeat1] = STATE(6),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(141),
    [sym__blank_line] = ACTIONS(143),
    [sym_thematic_break] = ACTIONS(143),
    [sym__atx_h1] = ACTIONS(141),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(141),
    [sym__setext_h2_start] = ACTIONS(51),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [5] = {
    [sym__section2] = STATE(4),
    [sym__section3] = STATE(4),
    [sym__section4] = STATE(4),
    [sym__section5] = STATE(4),
    [sym__section6] = STATE(4),
    [sym__section7] = STATE(4),
    [sym__section8] = STATE(4),
    [sym__block] = STATE(4),
    [sym__atx_heading2] = STATE(7),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(4),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(4),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(4),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(4),
    [sym_indented_code_block] = STATE(4),
    [aux_sym__section1_repeat1] = STATE(4),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(145),
    [sym__blank_line] = ACTIONS(147),
    [sym_thematic_break] = ACTIONS(147),
    [sym__atx_h1] = ACTIONS(145),
    [sym__atx_h2] = ACTIONS(9),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(145),
    [sym__setext_h2_start] = ACTIONS(51),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
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
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym__setext_heading2] = STATE(7),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(6),
    [sym_indented_code_block] = STATE(6),
    [aux_sym__section1_repeat1] = STATE(6),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(149),
    [sym__blank_line] = ACTIONS(151),
    [sym_thematic_break] = ACTIONS(151),
    [sym__atx_h1] = ACTIONS(149),
    [sym__atx_h2] = ACTIONS(154),
    [sym__atx_h3] = ACTIONS(157),
    [sym__atx_h4] = ACTIONS(160),
    [sym__atx_h5] = ACTIONS(163),
    [sym__atx_h6] = ACTIONS(166),
    [sym_section_number] = ACTIONS(169),
    [sym_item_number] = ACTIONS(169),
    [sym_list_number] = ACTIONS(169),
    [sym__text] = ACTIONS(169),
    [sym__lt] = ACTIONS(169),
    [sym_comment] = ACTIONS(172),
    [sym_nianbao_comment] = ACTIONS(175),
    [sym__row_start] = ACTIONS(178),
    [sym__block_table_open] = ACTIONS(181),
    [sym__block_tr_open] = ACTIONS(184),
    [sym__block_td_open] = ACTIONS(187),
    [sym__block_th_open] = ACTIONS(187),
    [sym__block_tag_open] = ACTIONS(190),
    [sym__html_block_end_tag] = ACTIONS(193),
    [sym__html_block_declaration] = ACTIONS(193),
    [sym__table_open] = ACTIONS(196),
    [sym__tr_open] = ACTIONS(199),
    [sym__td_open] = ACTIONS(202),
    [sym__th_open] = ACTIONS(202),
    [sym__backtick_fence_open] = ACTIONS(205),
    [sym__tilde_fence_open] = ACTIONS(208),
    [sym__indented_line] = ACTIONS(211),
    [sym__setext_h1_start] = ACTIONS(149),
    [sym__setext_h2_start] = ACTIONS(214),
    [sym__numbered_heading_start] = ACTIONS(217),
    [sym__sub_heading_start] = ACTIONS(220),
  },
  [7] = {
    [sym__section3] = STATE(8),
    [sym__section4] = STATE(8),
    [sym__section5] = STATE(8),
    [sym__section6] = STATE(8),
    [sym__section7] = STATE(8),
    [sym__section8] = STATE(8),
    [sym__block] = STATE(8),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(8),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(8),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(8),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(8),
    [sym_indented_code_block] = STATE(8),
    [aux_sym__section2_repeat1] = STATE(8),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(223),
    [sym__blank_line] = ACTIONS(225),
    [sym_thematic_break] = ACTIONS(225),
    [sym__atx_h1] = ACTIONS(223),
    [sym__atx_h2] = ACTIONS(223),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(223),
    [sym__setext_h2_start] = ACTIONS(223),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [8] = {
    [sym__section3] = STATE(9),
    [sym__section4] = STATE(9),
    [sym__section5] = STATE(9),
    [sym__section6] = STATE(9),
    [sym__section7] = STATE(9),
    [sym__section8] = STATE(9),
    [sym__block] = STATE(9),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(9),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(9),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(9),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(9),
    [sym_indented_code_block] = STATE(9),
    [aux_sym__section2_repeat1] = STATE(9),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(227),
    [sym__blank_line] = ACTIONS(229),
    [sym_thematic_break] = ACTIONS(229),
    [sym__atx_h1] = ACTIONS(227),
    [sym__atx_h2] = ACTIONS(227),
    [sym__atx_h3] = ACTIONS(11),
    [sym__atx_h4] = ACTIONS(13),
    [sym__atx_h5] = ACTIONS(15),
    [sym__atx_h6] = ACTIONS(17),
    [sym_section_number] = ACTIONS(19),
    [sym_item_number] = ACTIONS(19),
    [sym_list_number] = ACTIONS(19),
    [sym__text] = ACTIONS(19),
    [sym__lt] = ACTIONS(19),
    [sym_comment] = ACTIONS(21),
    [sym_nianbao_comment] = ACTIONS(23),
    [sym__row_start] = ACTIONS(25),
    [sym__block_table_open] = ACTIONS(27),
    [sym__block_tr_open] = ACTIONS(29),
    [sym__block_td_open] = ACTIONS(31),
    [sym__block_th_open] = ACTIONS(31),
    [sym__block_tag_open] = ACTIONS(33),
    [sym__html_block_end_tag] = ACTIONS(35),
    [sym__html_block_declaration] = ACTIONS(35),
    [sym__table_open] = ACTIONS(37),
    [sym__tr_open] = ACTIONS(39),
    [sym__td_open] = ACTIONS(41),
    [sym__th_open] = ACTIONS(41),
    [sym__backtick_fence_open] = ACTIONS(43),
    [sym__tilde_fence_open] = ACTIONS(45),
    [sym__indented_line] = ACTIONS(47),
    [sym__setext_h1_start] = ACTIONS(227),
    [sym__setext_h2_start] = ACTIONS(227),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [9] = {
    [sym__section3] = STATE(9),
    [sym__section4] = STATE(9),
    [sym__section5] = STATE(9),
    [sym__section6] = STATE(9),
    [sym__section7] = STATE(9),
    [sym__section8] = STATE(9),
    [sym__block] = STATE(9),
    [sym__atx_heading3] = STATE(11),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(16),
    [sym__atx_heading6] = STATE(21),
    [sym_numbered_heading] = STATE(24),
    [sym_sub_heading] = STATE(26),
    [sym_paragraph] = STATE(9),
    [sym__first_line] = STATE(34),
    [sym_pipe_table] = STATE(9),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(9),
    [sym__html_block_start] = STATE(83),
    [sym_html_table] = STATE(83),
    [sym_html_table_row] = STATE(83),
    [sym_html_table_cell] = STATE(83),
    [sym__html_table_start_tag] = STATE(89),
    [sym__html_row_start_tag] = STATE(99),
    [sym__html_cell_start_tag] = STATE(100),
    [sym__html_block_start_tag] = STATE(83),
    [sym_fenced_code_block] = STATE(9),
    [sym_indented_code_block] = STATE(9),
    [aux_sym__section2_repeat1] = STATE(9),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(231),
    [sym__blank_line] = ACTIONS(233),
    [sym_thematic_break] = ACTIONS(233),
    [sym__atx_h1] = ACTIONS(231),
    [sym__atx_h2] = ACTIONS(231),
    [sym__atx_h3] = ACTIONS(236),
    [sym__atx_h4] = ACTIONS(239),
    [sym__atx_h5] = ACTIONS(242),
    [sym__atx_h6] = ACTIONS(245),
    [sym_section_number] = ACTIONS(248),
    [sym_item_number] = ACTIONS(248),
    [sym_list_number] = ACTIONS(248),
    [sym__text] = ACTIONS(248),
    [sym__lt] = ACTIONS(248),
    [sym_comment] = ACTIONS(251),
    [sym_nianbao_comment] = ACTIONS(254),
    [sym__row_start] = ACTIONS(257),
    [sym__block_table_open] = ACTIONS(260),
    [sym__block_tr_open] = ACTIONS(263),
    [sym__block_td_open] = ACTIONS(266),
    [sym__block_th_open] = ACTIONS(266),
    [sym__block_tag_open] = ACTIONS(269),
    [sym__html_block_end_tag] = ACTIONS(272),
    [sym__html_block_declaration] = ACTIONS(272),
    [sym__table_open] = ACTIONS(275),
    [sym__tr_open] = ACTIONS(278),
    [sym__td_open] = ACTIONS(281),
    [sym__th_open] = ACTIONS(281),
    [sym__backtick_fence_open] = ACTIONS(284),
    [sym__tilde_fence_open] = ACTIONS(287),
    [sym__indented_line] = ACTIONS(290),
    [sym__setext_h1_start] = ACTIONS(231),
    [sym__setext_h2_start] = ACTIONS(231),
    [sym__numbered_heading_start] = ACTIONS(293),
    [sym__sub_heading_start] = ACTIONS(296),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 35,
    ACTIONS(13), 1,
      sym__atx_h4,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(14), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(301), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(299), 6,
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
  [134] = 35,
    ACTIONS(13), 1,
      sym__atx_h4,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(14), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(305), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(303), 6,
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
  [268] = 35,
    ACTIONS(312), 1,
      sym__atx_h4,
    ACTIONS(315), 1,
      sym__atx_h5,
    ACTIONS(318), 1,
      sym__atx_h6,
    ACTIONS(324), 1,
      sym_comment,
    ACTIONS(327), 1,
      sym_nianbao_comment,
    ACTIONS(330), 1,
      sym__row_start,
    ACTIONS(333), 1,
      sym__block_table_open,
    ACTIONS(336), 1,
      sym__block_tr_open,
    ACTIONS(342), 1,
      sym__block_tag_open,
    ACTIONS(348), 1,
      sym__table_open,
    ACTIONS(351), 1,
      sym__tr_open,
    ACTIONS(357), 1,
      sym__backtick_fence_open,
    ACTIONS(360), 1,
      sym__tilde_fence_open,
    ACTIONS(363), 1,
      sym__indented_line,
    ACTIONS(366), 1,
      sym__numbered_heading_start,
    ACTIONS(369), 1,
      sym__sub_heading_start,
    STATE(14), 1,
      sym__atx_heading4,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(309), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(339), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(345), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(354), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(321), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(307), 6,
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
  [402] = 33,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(374), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(372), 7,
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
  [530] = 33,
    ACTIONS(15), 1,
      sym__atx_h5,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(378), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(376), 7,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
    STATE(13), 11,
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
  [658] = 33,
    ACTIONS(385), 1,
      sym__atx_h5,
    ACTIONS(388), 1,
      sym__atx_h6,
    ACTIONS(394), 1,
      sym_comment,
    ACTIONS(397), 1,
      sym_nianbao_comment,
    ACTIONS(400), 1,
      sym__row_start,
    ACTIONS(403), 1,
      sym__block_table_open,
    ACTIONS(406), 1,
      sym__block_tr_open,
    ACTIONS(412), 1,
      sym__block_tag_open,
    ACTIONS(418), 1,
      sym__table_open,
    ACTIONS(421), 1,
      sym__tr_open,
    ACTIONS(427), 1,
      sym__backtick_fence_open,
    ACTIONS(430), 1,
      sym__tilde_fence_open,
    ACTIONS(433), 1,
      sym__indented_line,
    ACTIONS(436), 1,
      sym__numbered_heading_start,
    ACTIONS(439), 1,
      sym__sub_heading_start,
    STATE(16), 1,
      sym__atx_heading5,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(382), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(409), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(415), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(424), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(391), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(380), 7,
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
  [786] = 31,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(444), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(442), 8,
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
  [908] = 31,
    ACTIONS(17), 1,
      sym__atx_h6,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(448), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(446), 8,
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
  [1030] = 31,
    ACTIONS(455), 1,
      sym__atx_h6,
    ACTIONS(461), 1,
      sym_comment,
    ACTIONS(464), 1,
      sym_nianbao_comment,
    ACTIONS(467), 1,
      sym__row_start,
    ACTIONS(470), 1,
      sym__block_table_open,
    ACTIONS(473), 1,
      sym__block_tr_open,
    ACTIONS(479), 1,
      sym__block_tag_open,
    ACTIONS(485), 1,
      sym__table_open,
    ACTIONS(488), 1,
      sym__tr_open,
    ACTIONS(494), 1,
      sym__backtick_fence_open,
    ACTIONS(497), 1,
      sym__tilde_fence_open,
    ACTIONS(500), 1,
      sym__indented_line,
    ACTIONS(503), 1,
      sym__numbered_heading_start,
    ACTIONS(506), 1,
      sym__sub_heading_start,
    STATE(21), 1,
      sym__atx_heading6,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(452), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(476), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(482), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(491), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(458), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(450), 8,
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
  [1152] = 29,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(511), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(509), 9,
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
  [1268] = 29,
    ACTIONS(521), 1,
      sym_comment,
    ACTIONS(524), 1,
      sym_nianbao_comment,
    ACTIONS(527), 1,
      sym__row_start,
    ACTIONS(530), 1,
      sym__block_table_open,
    ACTIONS(533), 1,
      sym__block_tr_open,
    ACTIONS(539), 1,
      sym__block_tag_open,
    ACTIONS(545), 1,
      sym__table_open,
    ACTIONS(548), 1,
      sym__tr_open,
    ACTIONS(554), 1,
      sym__backtick_fence_open,
    ACTIONS(557), 1,
      sym__tilde_fence_open,
    ACTIONS(560), 1,
      sym__indented_line,
    ACTIONS(563), 1,
      sym__numbered_heading_start,
    ACTIONS(566), 1,
      sym__sub_heading_start,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(515), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(536), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(542), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(551), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(518), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(513), 9,
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
  [1384] = 29,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(53), 1,
      sym__numbered_heading_start,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(24), 1,
      sym_numbered_heading,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(571), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(569), 9,
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
  [1500] = 27,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(575), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(23), 8,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section7_repeat1,
    ACTIONS(573), 10,
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
  [1610] = 27,
    ACTIONS(585), 1,
      sym_comment,
    ACTIONS(588), 1,
      sym_nianbao_comment,
    ACTIONS(591), 1,
      sym__row_start,
    ACTIONS(594), 1,
      sym__block_table_open,
    ACTIONS(597), 1,
      sym__block_tr_open,
    ACTIONS(603), 1,
      sym__block_tag_open,
    ACTIONS(609), 1,
      sym__table_open,
    ACTIONS(612), 1,
      sym__tr_open,
    ACTIONS(618), 1,
      sym__backtick_fence_open,
    ACTIONS(621), 1,
      sym__tilde_fence_open,
    ACTIONS(624), 1,
      sym__indented_line,
    ACTIONS(627), 1,
      sym__sub_heading_start,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(579), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(600), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(606), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(615), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(582), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(23), 8,
      sym__section8,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section7_repeat1,
    ACTIONS(577), 10,
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
  [1720] = 27,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    ACTIONS(55), 1,
      sym__sub_heading_start,
    STATE(26), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(632), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
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
    ACTIONS(630), 10,
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
  [1830] = 25,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(636), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(27), 7,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section8_repeat1,
    ACTIONS(634), 11,
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
  [1934] = 25,
    ACTIONS(21), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_nianbao_comment,
    ACTIONS(25), 1,
      sym__row_start,
    ACTIONS(27), 1,
      sym__block_table_open,
    ACTIONS(29), 1,
      sym__block_tr_open,
    ACTIONS(33), 1,
      sym__block_tag_open,
    ACTIONS(37), 1,
      sym__table_open,
    ACTIONS(39), 1,
      sym__tr_open,
    ACTIONS(43), 1,
      sym__backtick_fence_open,
    ACTIONS(45), 1,
      sym__tilde_fence_open,
    ACTIONS(47), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(640), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
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
    ACTIONS(638), 11,
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
  [2038] = 25,
    ACTIONS(650), 1,
      sym_comment,
    ACTIONS(653), 1,
      sym_nianbao_comment,
    ACTIONS(656), 1,
      sym__row_start,
    ACTIONS(659), 1,
      sym__block_table_open,
    ACTIONS(662), 1,
      sym__block_tr_open,
    ACTIONS(668), 1,
      sym__block_tag_open,
    ACTIONS(674), 1,
      sym__table_open,
    ACTIONS(677), 1,
      sym__tr_open,
    ACTIONS(683), 1,
      sym__backtick_fence_open,
    ACTIONS(686), 1,
      sym__tilde_fence_open,
    ACTIONS(689), 1,
      sym__indented_line,
    STATE(28), 1,
      sym__pipe_row,
    STATE(34), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(644), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(665), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(671), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(680), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(647), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(83), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    STATE(27), 7,
      sym__block,
      sym_paragraph,
      sym_pipe_table,
      sym_html_block,
      sym_fenced_code_block,
      sym_indented_code_block,
      aux_sym__section8_repeat1,
    ACTIONS(642), 11,
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
  [2142] = 5,
    ACTIONS(696), 1,
      sym__row_start,
    STATE(30), 1,
      sym_pipe_table_delimiter_row,
    STATE(32), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(694), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(692), 21,
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
      sym_nianbao_comment,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2191] = 4,
    ACTIONS(702), 1,
      sym__row_start,
    STATE(29), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(700), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(698), 21,
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
      sym_nianbao_comment,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2237] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(35), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(707), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(705), 21,
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
      sym_nianbao_comment,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2283] = 4,
    ACTIONS(713), 2,
      sym__text,
      sym__lt,
    STATE(33), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(711), 11,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(709), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2329] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(29), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(717), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(715), 21,
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
      sym_nianbao_comment,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2375] = 4,
    ACTIONS(723), 2,
      sym__text,
      sym__lt,
    STATE(33), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(721), 11,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(719), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2421] = 4,
    ACTIONS(713), 2,
      sym__text,
      sym__lt,
    STATE(31), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(728), 11,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(726), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2467] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(29), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(732), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(730), 21,
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
      sym_nianbao_comment,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2513] = 4,
    ACTIONS(47), 1,
      sym__indented_line,
    STATE(37), 1,
      aux_sym_indented_code_block_repeat1,
    ACTIONS(736), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(734), 21,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
  [2558] = 4,
    ACTIONS(742), 1,
      sym__indented_line,
    STATE(37), 1,
      aux_sym_indented_code_block_repeat1,
    ACTIONS(740), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(738), 21,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
  [2603] = 2,
    ACTIONS(747), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(745), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2643] = 2,
    ACTIONS(751), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(749), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2683] = 2,
    ACTIONS(755), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(753), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2723] = 2,
    ACTIONS(759), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(757), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2763] = 2,
    ACTIONS(763), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(761), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2803] = 2,
    ACTIONS(767), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(765), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2843] = 2,
    ACTIONS(771), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(769), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2883] = 2,
    ACTIONS(775), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(773), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2923] = 2,
    ACTIONS(740), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(738), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [2963] = 2,
    ACTIONS(779), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(777), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3003] = 2,
    ACTIONS(783), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(781), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3043] = 2,
    ACTIONS(787), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(785), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3083] = 2,
    ACTIONS(791), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(789), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3123] = 2,
    ACTIONS(795), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(793), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3163] = 2,
    ACTIONS(799), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(797), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3203] = 2,
    ACTIONS(803), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(801), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3243] = 2,
    ACTIONS(807), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(805), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3283] = 2,
    ACTIONS(811), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(809), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3323] = 2,
    ACTIONS(815), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(813), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3363] = 2,
    ACTIONS(819), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(817), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3403] = 2,
    ACTIONS(823), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(821), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3443] = 2,
    ACTIONS(827), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(825), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3483] = 2,
    ACTIONS(831), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(829), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3523] = 2,
    ACTIONS(835), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(833), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3563] = 2,
    ACTIONS(839), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(837), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3603] = 2,
    ACTIONS(843), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(841), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3643] = 2,
    ACTIONS(847), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(845), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3683] = 2,
    ACTIONS(851), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(849), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3723] = 2,
    ACTIONS(855), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(853), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3763] = 2,
    ACTIONS(859), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(857), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3803] = 2,
    ACTIONS(863), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(861), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3843] = 2,
    ACTIONS(867), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(865), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3883] = 2,
    ACTIONS(871), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(869), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3923] = 2,
    ACTIONS(875), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(873), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [3963] = 2,
    ACTIONS(879), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(877), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4003] = 2,
    ACTIONS(883), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(881), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4043] = 2,
    ACTIONS(887), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(885), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4083] = 2,
    ACTIONS(891), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(889), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4123] = 2,
    ACTIONS(895), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(893), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4163] = 2,
    ACTIONS(899), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(897), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4203] = 2,
    ACTIONS(903), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(901), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4243] = 2,
    ACTIONS(907), 13,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
      sym_comment,
      sym__block_table_open,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__block_tag_open,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(905), 22,
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
      sym_nianbao_comment,
      sym__row_start,
      sym__table_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
      sym__backtick_fence_open,
      sym__tilde_fence_open,
      sym__indented_line,
  [4283] = 6,
    ACTIONS(915), 1,
      sym__dquote,
    ACTIONS(917), 1,
      sym__squote,
    STATE(104), 1,
      sym_html_attribute_value,
    ACTIONS(913), 2,
      sym__attribute_number,
      sym__unquoted,
    ACTIONS(911), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(909), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4330] = 12,
    ACTIONS(934), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(922), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(925), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(928), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(940), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(937), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(931), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    STATE(81), 7,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
    ACTIONS(919), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4389] = 12,
    ACTIONS(946), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(944), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(950), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(948), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    STATE(81), 7,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
    ACTIONS(942), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4448] = 12,
    ACTIONS(946), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(954), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(956), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(948), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    STATE(82), 7,
      sym__html_flow,
      sym__html_other,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_block_repeat1,
    ACTIONS(952), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4507] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(964), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(960), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(958), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4553] = 6,
    ACTIONS(974), 1,
      anon_sym_SLASH,
    ACTIONS(977), 1,
      sym_html_attribute_name,
    ACTIONS(980), 1,
      sym__html_tag_space,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(972), 7,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(970), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4597] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(987), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(985), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(983), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4643] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(993), 1,
      anon_sym_SLASH,
    ACTIONS(997), 1,
      sym__html_tag_space,
    ACTIONS(995), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(84), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(991), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(989), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4689] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1003), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1001), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(999), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4735] = 11,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1011), 1,
      sym_html_table_end_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1007), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1009), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1013), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(96), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(1005), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4789] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1019), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1017), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1015), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4835] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1025), 1,
      anon_sym_SLASH,
    ACTIONS(1029), 1,
      sym__html_tag_space,
    ACTIONS(1027), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(86), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1023), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1021), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4881] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1035), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1033), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1031), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4927] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1041), 1,
      anon_sym_SLASH,
    ACTIONS(1045), 1,
      sym__html_tag_space,
    ACTIONS(1043), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(92), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1039), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1037), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [4973] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1051), 1,
      anon_sym_SLASH,
    ACTIONS(1055), 1,
      sym__html_tag_space,
    ACTIONS(1053), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(88), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1049), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1047), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5019] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1061), 1,
      anon_sym_SLASH,
    ACTIONS(1065), 1,
      sym__html_tag_space,
    ACTIONS(1063), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(90), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1059), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1057), 19,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5065] = 11,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1073), 1,
      sym_html_table_end_tag,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1069), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1071), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1075), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(97), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(1067), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5119] = 10,
    ACTIONS(1091), 1,
      sym__tag_open,
    STATE(99), 1,
      sym__html_row_start_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(1080), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1083), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1085), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1088), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1094), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(97), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(1077), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5171] = 3,
    ACTIONS(1100), 1,
      sym__html_equals,
    ACTIONS(1098), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1096), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5208] = 9,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1110), 1,
      sym_html_row_end_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(1104), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1106), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1108), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(107), 4,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
    ACTIONS(1102), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5256] = 9,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1120), 1,
      sym_html_cell_end_tag,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1114), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1118), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    STATE(101), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1116), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1112), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5304] = 9,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1130), 1,
      sym_html_cell_end_tag,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1124), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1128), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    STATE(102), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1126), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1122), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5352] = 8,
    ACTIONS(1143), 1,
      sym__tag_open,
    STATE(89), 1,
      sym__html_table_start_tag,
    ACTIONS(1135), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1138), 2,
      sym__block_table_open,
      sym__table_open,
    STATE(102), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1146), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1141), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1132), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5398] = 8,
    ACTIONS(1159), 1,
      sym__tag_open,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(1151), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1154), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1156), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    STATE(103), 4,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
    ACTIONS(1162), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1148), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5444] = 2,
    ACTIONS(1166), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1164), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5478] = 2,
    ACTIONS(1170), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1168), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5512] = 2,
    ACTIONS(1174), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1172), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5546] = 9,
    ACTIONS(946), 1,
      sym__tag_open,
    ACTIONS(1184), 1,
      sym_html_row_end_tag,
    STATE(100), 1,
      sym__html_cell_start_tag,
    ACTIONS(1178), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1180), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1182), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(103), 4,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
    ACTIONS(1176), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5594] = 2,
    ACTIONS(1188), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1186), 21,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
  [5628] = 2,
    ACTIONS(1128), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1126), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5657] = 2,
    ACTIONS(1182), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1180), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5686] = 2,
    ACTIONS(1033), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1031), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5715] = 2,
    ACTIONS(1192), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1190), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5744] = 2,
    ACTIONS(1196), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1194), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5773] = 2,
    ACTIONS(1200), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1198), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5802] = 2,
    ACTIONS(1204), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1202), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5831] = 2,
    ACTIONS(1017), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1015), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5860] = 2,
    ACTIONS(1208), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1206), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5889] = 2,
    ACTIONS(1212), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1210), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5918] = 2,
    ACTIONS(1216), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1214), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5947] = 2,
    ACTIONS(960), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(958), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [5976] = 2,
    ACTIONS(1220), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1218), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [6005] = 2,
    ACTIONS(1224), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1222), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [6034] = 2,
    ACTIONS(1075), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1071), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [6063] = 2,
    ACTIONS(1001), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(999), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [6092] = 2,
    ACTIONS(985), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(983), 17,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
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
      sym__html_text,
  [6121] = 9,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1232), 1,
      sym__pipe,
    ACTIONS(1234), 1,
      sym_pipe_table_delimiter_cell,
    STATE(44), 1,
      sym__eol,
    STATE(128), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(173), 1,
      sym_pipe_table_cell,
    ACTIONS(1226), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1228), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6155] = 8,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1232), 1,
      sym__pipe,
    STATE(44), 1,
      sym__eol,
    STATE(128), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(173), 1,
      sym_pipe_table_cell,
    ACTIONS(1226), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1228), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6186] = 8,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1238), 1,
      sym__pipe,
    STATE(55), 1,
      sym__eol,
    STATE(129), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(172), 1,
      sym_pipe_table_cell,
    ACTIONS(1236), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1228), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6217] = 7,
    ACTIONS(1245), 1,
      sym_nianbao_comment,
    ACTIONS(1248), 1,
      sym__pipe,
    STATE(129), 1,
      aux_sym__pipe_row_repeat1,
    STATE(156), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(204), 1,
      sym_pipe_table_cell,
    ACTIONS(1240), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1242), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6245] = 6,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1253), 1,
      sym_pipe_table_delimiter_cell,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(192), 1,
      sym_pipe_table_cell,
    ACTIONS(1251), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1228), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6271] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(40), 1,
      sym__eol,
    STATE(188), 1,
      sym_heading_content,
    ACTIONS(1255), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1257), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6298] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(41), 1,
      sym__eol,
    STATE(176), 1,
      sym_heading_content,
    ACTIONS(1263), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1265), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6325] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(60), 1,
      sym__eol,
    STATE(193), 1,
      sym_heading_content,
    ACTIONS(1267), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1269), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6352] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(39), 1,
      sym__eol,
    STATE(184), 1,
      sym_heading_content,
    ACTIONS(1271), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1273), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6379] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(57), 1,
      sym__eol,
    STATE(186), 1,
      sym_heading_content,
    ACTIONS(1275), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1277), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6406] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(58), 1,
      sym__eol,
    STATE(189), 1,
      sym_heading_content,
    ACTIONS(1279), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1281), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6433] = 4,
    ACTIONS(1287), 1,
      sym_nianbao_comment,
    STATE(138), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1283), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1285), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6453] = 4,
    ACTIONS(1294), 1,
      sym_nianbao_comment,
    STATE(138), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1289), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1291), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6473] = 6,
    ACTIONS(1297), 1,
      sym__newline,
    ACTIONS(1303), 1,
      sym_nianbao_comment,
    STATE(210), 1,
      sym_heading_content,
    ACTIONS(1299), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1301), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6496] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(51), 1,
      sym__eol,
    STATE(177), 1,
      sym_heading_content,
    ACTIONS(1305), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6519] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(49), 1,
      sym__eol,
    STATE(195), 1,
      sym_heading_content,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6542] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(52), 1,
      sym__eol,
    STATE(178), 1,
      sym_heading_content,
    ACTIONS(1309), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6565] = 2,
    ACTIONS(1240), 4,
      sym__eof,
      sym__newline,
      sym_nianbao_comment,
      sym__pipe,
    ACTIONS(1311), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6580] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(50), 1,
      sym__eol,
    STATE(196), 1,
      sym_heading_content,
    ACTIONS(1313), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6603] = 6,
    ACTIONS(1303), 1,
      sym_nianbao_comment,
    ACTIONS(1315), 1,
      sym__newline,
    STATE(209), 1,
      sym_heading_content,
    ACTIONS(1317), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1301), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6626] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(79), 1,
      sym__eol,
    STATE(180), 1,
      sym_heading_content,
    ACTIONS(1319), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6649] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(47), 1,
      sym__eol,
    STATE(182), 1,
      sym_heading_content,
    ACTIONS(1321), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6672] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(48), 1,
      sym__eol,
    STATE(187), 1,
      sym_heading_content,
    ACTIONS(1323), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6695] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(38), 1,
      sym__eol,
    STATE(194), 1,
      sym_heading_content,
    ACTIONS(1325), 2,
      sym__eof,
      sym__newline,
    STATE(159), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6718] = 5,
    ACTIONS(1331), 1,
      sym_nianbao_comment,
    STATE(42), 1,
      sym__eol,
    ACTIONS(1327), 2,
      sym__eof,
      sym__newline,
    STATE(152), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1329), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6738] = 5,
    ACTIONS(1337), 1,
      sym_nianbao_comment,
    STATE(72), 1,
      sym__eol,
    ACTIONS(1333), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1335), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6758] = 5,
    ACTIONS(1337), 1,
      sym_nianbao_comment,
    STATE(53), 1,
      sym__eol,
    ACTIONS(1339), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1335), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6778] = 5,
    ACTIONS(1337), 1,
      sym_nianbao_comment,
    STATE(54), 1,
      sym__eol,
    ACTIONS(950), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1335), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6798] = 5,
    ACTIONS(1345), 1,
      sym_nianbao_comment,
    STATE(59), 1,
      sym__eol,
    ACTIONS(1341), 2,
      sym__eof,
      sym__newline,
    STATE(151), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1343), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6818] = 5,
    ACTIONS(1349), 1,
      sym_nianbao_comment,
    STATE(43), 1,
      sym__eol,
    ACTIONS(956), 2,
      sym__eof,
      sym__newline,
    STATE(153), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1347), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6838] = 4,
    ACTIONS(1283), 1,
      sym__pipe,
    STATE(157), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1353), 2,
      sym_nianbao_comment,
      sym__space,
    ACTIONS(1351), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6856] = 4,
    ACTIONS(1289), 1,
      sym__pipe,
    STATE(157), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1358), 2,
      sym_nianbao_comment,
      sym__space,
    ACTIONS(1355), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6874] = 5,
    ACTIONS(1303), 1,
      sym_nianbao_comment,
    ACTIONS(1361), 1,
      sym__newline,
    STATE(211), 1,
      sym_heading_content,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1301), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6893] = 4,
    ACTIONS(1337), 1,
      sym_nianbao_comment,
    ACTIONS(1363), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1335), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6910] = 5,
    ACTIONS(1303), 1,
      sym_nianbao_comment,
    ACTIONS(1365), 1,
      sym__newline,
    STATE(206), 1,
      sym_heading_content,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1301), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6929] = 4,
    ACTIONS(1372), 1,
      sym_nianbao_comment,
    ACTIONS(1367), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1369), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6946] = 4,
    ACTIONS(1363), 1,
      sym__newline,
    ACTIONS(1377), 1,
      sym_nianbao_comment,
    STATE(163), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1375), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6962] = 4,
    ACTIONS(1367), 1,
      sym__newline,
    ACTIONS(1382), 1,
      sym_nianbao_comment,
    STATE(163), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1379), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6978] = 4,
    ACTIONS(1387), 1,
      sym__pipe,
    STATE(73), 1,
      sym__eol,
    STATE(170), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1385), 2,
      sym__eof,
      sym__newline,
  [6992] = 4,
    ACTIONS(1389), 1,
      sym__newline,
    ACTIONS(1393), 1,
      sym__code_line,
    STATE(171), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1391), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7006] = 4,
    ACTIONS(1395), 1,
      sym__newline,
    ACTIONS(1397), 1,
      sym__code_line,
    STATE(169), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1391), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7020] = 4,
    ACTIONS(1399), 1,
      sym__newline,
    ACTIONS(1403), 1,
      sym__code_line,
    STATE(166), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1401), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7034] = 4,
    ACTIONS(1405), 1,
      sym__newline,
    ACTIONS(1407), 1,
      sym__code_line,
    STATE(165), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1401), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7048] = 4,
    ACTIONS(1409), 1,
      sym__newline,
    ACTIONS(1414), 1,
      sym__code_line,
    STATE(169), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1412), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7062] = 4,
    ACTIONS(1387), 1,
      sym__pipe,
    STATE(76), 1,
      sym__eol,
    STATE(174), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1417), 2,
      sym__eof,
      sym__newline,
  [7076] = 4,
    ACTIONS(1419), 1,
      sym__newline,
    ACTIONS(1422), 1,
      sym__code_line,
    STATE(171), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1412), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7090] = 3,
    ACTIONS(1427), 1,
      sym__pipe,
    STATE(71), 1,
      sym__eol,
    ACTIONS(1425), 2,
      sym__eof,
      sym__newline,
  [7101] = 3,
    ACTIONS(1427), 1,
      sym__pipe,
    STATE(55), 1,
      sym__eol,
    ACTIONS(1236), 2,
      sym__eof,
      sym__newline,
  [7112] = 3,
    ACTIONS(1431), 1,
      sym__pipe,
    STATE(174), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1429), 2,
      sym__eof,
      sym__newline,
  [7123] = 2,
    ACTIONS(1436), 1,
      sym__squote,
    ACTIONS(1434), 2,
      sym__attribute_number,
      sym__squoted,
  [7131] = 2,
    STATE(79), 1,
      sym__eol,
    ACTIONS(1319), 2,
      sym__eof,
      sym__newline,
  [7139] = 2,
    STATE(68), 1,
      sym__eol,
    ACTIONS(1438), 2,
      sym__eof,
      sym__newline,
  [7147] = 2,
    STATE(69), 1,
      sym__eol,
    ACTIONS(1440), 2,
      sym__eof,
      sym__newline,
  [7155] = 2,
    STATE(62), 1,
      sym__eol,
    ACTIONS(1442), 2,
      sym__eof,
      sym__newline,
  [7163] = 2,
    STATE(70), 1,
      sym__eol,
    ACTIONS(1444), 2,
      sym__eof,
      sym__newline,
  [7171] = 2,
    STATE(61), 1,
      sym__eol,
    ACTIONS(1446), 2,
      sym__eof,
      sym__newline,
  [7179] = 2,
    STATE(63), 1,
      sym__eol,
    ACTIONS(1448), 2,
      sym__eof,
      sym__newline,
  [7187] = 2,
    ACTIONS(1436), 1,
      sym__dquote,
    ACTIONS(1450), 2,
      sym__attribute_number,
      sym__dquoted,
  [7195] = 2,
    STATE(51), 1,
      sym__eol,
    ACTIONS(1305), 2,
      sym__eof,
      sym__newline,
  [7203] = 2,
    STATE(75), 1,
      sym__eol,
    ACTIONS(1452), 2,
      sym__eof,
      sym__newline,
  [7211] = 2,
    STATE(38), 1,
      sym__eol,
    ACTIONS(1325), 2,
      sym__eof,
      sym__newline,
  [7219] = 2,
    STATE(64), 1,
      sym__eol,
    ACTIONS(1454), 2,
      sym__eof,
      sym__newline,
  [7227] = 2,
    STATE(52), 1,
      sym__eol,
    ACTIONS(1309), 2,
      sym__eof,
      sym__newline,
  [7235] = 2,
    STATE(49), 1,
      sym__eol,
    ACTIONS(1307), 2,
      sym__eof,
      sym__newline,
  [7243] = 2,
    STATE(77), 1,
      sym__eol,
    ACTIONS(1456), 2,
      sym__eof,
      sym__newline,
  [7251] = 2,
    STATE(78), 1,
      sym__eol,
    ACTIONS(1458), 2,
      sym__eof,
      sym__newline,
  [7259] = 1,
    ACTIONS(1429), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7265] = 2,
    STATE(50), 1,
      sym__eol,
    ACTIONS(1313), 2,
      sym__eof,
      sym__newline,
  [7273] = 2,
    STATE(65), 1,
      sym__eol,
    ACTIONS(1460), 2,
      sym__eof,
      sym__newline,
  [7281] = 2,
    STATE(66), 1,
      sym__eol,
    ACTIONS(1462), 2,
      sym__eof,
      sym__newline,
  [7289] = 2,
    STATE(67), 1,
      sym__eol,
    ACTIONS(1464), 2,
      sym__eof,
      sym__newline,
  [7297] = 2,
    STATE(74), 1,
      sym__eol,
    ACTIONS(1466), 2,
      sym__eof,
      sym__newline,
  [7305] = 2,
    STATE(46), 1,
      sym__eol,
    ACTIONS(1468), 2,
      sym__eof,
      sym__newline,
  [7313] = 1,
    ACTIONS(1470), 1,
      sym_setext_h2_underline,
  [7317] = 1,
    ACTIONS(1472), 1,
      sym_section_number,
  [7321] = 1,
    ACTIONS(1474), 1,
      sym__dquote,
  [7325] = 1,
    ACTIONS(1476), 1,
      sym_setext_h1_underline,
  [7329] = 1,
    ACTIONS(1474), 1,
      sym__squote,
  [7333] = 1,
    ACTIONS(1427), 1,
      sym__pipe,
  [7337] = 1,
    ACTIONS(1478), 1,
      ts_builtin_sym_end,
  [7341] = 1,
    ACTIONS(1480), 1,
      sym__newline,
  [7345] = 1,
    ACTIONS(1482), 1,
      sym_setext_h1_underline,
  [7349] = 1,
    ACTIONS(1484), 1,
      sym_setext_h2_underline,
  [7353] = 1,
    ACTIONS(1365), 1,
      sym__newline,
  [7357] = 1,
    ACTIONS(1361), 1,
      sym__newline,
  [7361] = 1,
    ACTIONS(1486), 1,
      sym__newline,
  [7365] = 1,
    ACTIONS(1488), 1,
      sym_setext_h2_underline,
  [7369] = 1,
    ACTIONS(1490), 1,
      sym_setext_h1_underline,
  [7373] = 1,
    ACTIONS(1492), 1,
      sym_item_number,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(10)] = 0,
  [SMALL_STATE(11)] = 134,
  [SMALL_STATE(12)] = 268,
  [SMALL_STATE(13)] = 402,
  [SMALL_STATE(14)] = 530,
  [SMALL_STATE(15)] = 658,
  [SMALL_STATE(16)] = 786,
  [SMALL_STATE(17)] = 908,
  [SMALL_STATE(18)] = 1030,
  [SMALL_STATE(19)] = 1152,
  [SMALL_STATE(20)] = 1268,
  [SMALL_STATE(21)] = 1384,
  [SMALL_STATE(22)] = 1500,
  [SMALL_STATE(23)] = 1610,
  [SMALL_STATE(24)] = 1720,
  [SMALL_STATE(25)] = 1830,
  [SMALL_STATE(26)] = 1934,
  [SMALL_STATE(27)] = 2038,
  [SMALL_STATE(28)] = 2142,
  [SMALL_STATE(29)] = 2191,
  [SMALL_STATE(30)] = 2237,
  [SMALL_STATE(31)] = 2283,
  [SMALL_STATE(32)] = 2329,
  [SMALL_STATE(33)] = 2375,
  [SMALL_STATE(34)] = 2421,
  [SMALL_STATE(35)] = 2467,
  [SMALL_STATE(36)] = 2513,
  [SMALL_STATE(37)] = 2558,
  [SMALL_STATE(38)] = 2603,
  [SMALL_STATE(39)] = 2643,
  [SMALL_STATE(40)] = 2683,
  [SMALL_STATE(41)] = 2723,
  [SMALL_STATE(42)] = 2763,
  [SMALL_STATE(43)] = 2803,
  [SMALL_STATE(44)] = 2843,
  [SMALL_STATE(45)] = 2883,
  [SMALL_STATE(46)] = 2923,
  [SMALL_STATE(47)] = 2963,
  [SMALL_STATE(48)] = 3003,
  [SMALL_STATE(49)] = 3043,
  [SMALL_STATE(50)] = 3083,
  [SMALL_STATE(51)] = 3123,
  [SMALL_STATE(52)] = 3163,
  [SMALL_STATE(53)] = 3203,
  [SMALL_STATE(54)] = 3243,
  [SMALL_STATE(55)] = 3283,
  [SMALL_STATE(56)] = 3323,
  [SMALL_STATE(57)] = 3363,
  [SMALL_STATE(58)] = 3403,
  [SMALL_STATE(59)] = 3443,
  [SMALL_STATE(60)] = 3483,
  [SMALL_STATE(61)] = 3523,
  [SMALL_STATE(62)] = 3563,
  [SMALL_STATE(63)] = 3603,
  [SMALL_STATE(64)] = 3643,
  [SMALL_STATE(65)] = 3683,
  [SMALL_STATE(66)] = 3723,
  [SMALL_STATE(67)] = 3763,
  [SMALL_STATE(68)] = 3803,
  [SMALL_STATE(69)] = 3843,
  [SMALL_STATE(70)] = 3883,
  [SMALL_STATE(71)] = 3923,
  [SMALL_STATE(72)] = 3963,
  [SMALL_STATE(73)] = 4003,
  [SMALL_STATE(74)] = 4043,
  [SMALL_STATE(75)] = 4083,
  [SMALL_STATE(76)] = 4123,
  [SMALL_STATE(77)] = 4163,
  [SMALL_STATE(78)] = 4203,
  [SMALL_STATE(79)] = 4243,
  [SMALL_STATE(80)] = 4283,
  [SMALL_STATE(81)] = 4330,
  [SMALL_STATE(82)] = 4389,
  [SMALL_STATE(83)] = 4448,
  [SMALL_STATE(84)] = 4507,
  [SMALL_STATE(85)] = 4553,
  [SMALL_STATE(86)] = 4597,
  [SMALL_STATE(87)] = 4643,
  [SMALL_STATE(88)] = 4689,
  [SMALL_STATE(89)] = 4735,
  [SMALL_STATE(90)] = 4789,
  [SMALL_STATE(91)] = 4835,
  [SMALL_STATE(92)] = 4881,
  [SMALL_STATE(93)] = 4927,
  [SMALL_STATE(94)] = 4973,
  [SMALL_STATE(95)] = 5019,
  [SMALL_STATE(96)] = 5065,
  [SMALL_STATE(97)] = 5119,
  [SMALL_STATE(98)] = 5171,
  [SMALL_STATE(99)] = 5208,
  [SMALL_STATE(100)] = 5256,
  [SMALL_STATE(101)] = 5304,
  [SMALL_STATE(102)] = 5352,
  [SMALL_STATE(103)] = 5398,
  [SMALL_STATE(104)] = 5444,
  [SMALL_STATE(105)] = 5478,
  [SMALL_STATE(106)] = 5512,
  [SMALL_STATE(107)] = 5546,
  [SMALL_STATE(108)] = 5594,
  [SMALL_STATE(109)] = 5628,
  [SMALL_STATE(110)] = 5657,
  [SMALL_STATE(111)] = 5686,
  [SMALL_STATE(112)] = 5715,
  [SMALL_STATE(113)] = 5744,
  [SMALL_STATE(114)] = 5773,
  [SMALL_STATE(115)] = 5802,
  [SMALL_STATE(116)] = 5831,
  [SMALL_STATE(117)] = 5860,
  [SMALL_STATE(118)] = 5889,
  [SMALL_STATE(119)] = 5918,
  [SMALL_STATE(120)] = 5947,
  [SMALL_STATE(121)] = 5976,
  [SMALL_STATE(122)] = 6005,
  [SMALL_STATE(123)] = 6034,
  [SMALL_STATE(124)] = 6063,
  [SMALL_STATE(125)] = 6092,
  [SMALL_STATE(126)] = 6121,
  [SMALL_STATE(127)] = 6155,
  [SMALL_STATE(128)] = 6186,
  [SMALL_STATE(129)] = 6217,
  [SMALL_STATE(130)] = 6245,
  [SMALL_STATE(131)] = 6271,
  [SMALL_STATE(132)] = 6298,
  [SMALL_STATE(133)] = 6325,
  [SMALL_STATE(134)] = 6352,
  [SMALL_STATE(135)] = 6379,
  [SMALL_STATE(136)] = 6406,
  [SMALL_STATE(137)] = 6433,
  [SMALL_STATE(138)] = 6453,
  [SMALL_STATE(139)] = 6473,
  [SMALL_STATE(140)] = 6496,
  [SMALL_STATE(141)] = 6519,
  [SMALL_STATE(142)] = 6542,
  [SMALL_STATE(143)] = 6565,
  [SMALL_STATE(144)] = 6580,
  [SMALL_STATE(145)] = 6603,
  [SMALL_STATE(146)] = 6626,
  [SMALL_STATE(147)] = 6649,
  [SMALL_STATE(148)] = 6672,
  [SMALL_STATE(149)] = 6695,
  [SMALL_STATE(150)] = 6718,
  [SMALL_STATE(151)] = 6738,
  [SMALL_STATE(152)] = 6758,
  [SMALL_STATE(153)] = 6778,
  [SMALL_STATE(154)] = 6798,
  [SMALL_STATE(155)] = 6818,
  [SMALL_STATE(156)] = 6838,
  [SMALL_STATE(157)] = 6856,
  [SMALL_STATE(158)] = 6874,
  [SMALL_STATE(159)] = 6893,
  [SMALL_STATE(160)] = 6910,
  [SMALL_STATE(161)] = 6929,
  [SMALL_STATE(162)] = 6946,
  [SMALL_STATE(163)] = 6962,
  [SMALL_STATE(164)] = 6978,
  [SMALL_STATE(165)] = 6992,
  [SMALL_STATE(166)] = 7006,
  [SMALL_STATE(167)] = 7020,
  [SMALL_STATE(168)] = 7034,
  [SMALL_STATE(169)] = 7048,
  [SMALL_STATE(170)] = 7062,
  [SMALL_STATE(171)] = 7076,
  [SMALL_STATE(172)] = 7090,
  [SMALL_STATE(173)] = 7101,
  [SMALL_STATE(174)] = 7112,
  [SMALL_STATE(175)] = 7123,
  [SMALL_STATE(176)] = 7131,
  [SMALL_STATE(177)] = 7139,
  [SMALL_STATE(178)] = 7147,
  [SMALL_STATE(179)] = 7155,
  [SMALL_STATE(180)] = 7163,
  [SMALL_STATE(181)] = 7171,
  [SMALL_STATE(182)] = 7179,
  [SMALL_STATE(183)] = 7187,
  [SMALL_STATE(184)] = 7195,
  [SMALL_STATE(185)] = 7203,
  [SMALL_STATE(186)] = 7211,
  [SMALL_STATE(187)] = 7219,
  [SMALL_STATE(188)] = 7227,
  [SMALL_STATE(189)] = 7235,
  [SMALL_STATE(190)] = 7243,
  [SMALL_STATE(191)] = 7251,
  [SMALL_STATE(192)] = 7259,
  [SMALL_STATE(193)] = 7265,
  [SMALL_STATE(194)] = 7273,
  [SMALL_STATE(195)] = 7281,
  [SMALL_STATE(196)] = 7289,
  [SMALL_STATE(197)] = 7297,
  [SMALL_STATE(198)] = 7305,
  [SMALL_STATE(199)] = 7313,
  [SMALL_STATE(200)] = 7317,
  [SMALL_STATE(201)] = 7321,
  [SMALL_STATE(202)] = 7325,
  [SMALL_STATE(203)] = 7329,
  [SMALL_STATE(204)] = 7333,
  [SMALL_STATE(205)] = 7337,
  [SMALL_STATE(206)] = 7341,
  [SMALL_STATE(207)] = 7345,
  [SMALL_STATE(208)] = 7349,
  [SMALL_STATE(209)] = 7353,
  [SMALL_STATE(210)] = 7357,
  [SMALL_STATE(211)] = 7361,
  [SMALL_STATE(212)] = 7365,
  [SMALL_STATE(213)] = 7369,
  [SMALL_STATE(214)] = 7373,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [57] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [59] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(2),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [65] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [68] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [80] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [83] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [86] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [89] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [92] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [101] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [107] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [110] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [116] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [119] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [122] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [134] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1, 0, 0),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 2, 0, 0),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 1, 0, 0),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0),
  [151] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [154] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [157] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [160] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [163] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [166] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [169] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [172] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [181] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [193] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [199] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [208] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [211] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [214] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [217] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [220] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 1, 0, 0),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 2, 0, 0),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0),
  [233] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [236] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [239] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [242] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [245] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [248] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [251] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [254] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [257] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [260] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [263] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [266] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [269] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [272] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [275] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [278] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [281] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [284] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [287] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [290] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [293] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [296] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 2, 0, 0),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 1, 0, 0),
  [305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0),
  [309] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [312] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [315] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [318] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [321] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [324] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [327] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [330] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [333] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [336] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [339] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [342] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [345] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [348] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [351] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [354] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [357] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [360] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [363] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [366] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [369] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 2, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 1, 0, 0),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0),
  [382] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [385] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [388] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [391] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [394] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [397] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [400] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [403] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [406] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [409] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [412] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [415] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [418] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [421] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [424] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [427] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [430] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [433] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [436] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [439] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [442] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 1, 0, 0),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 2, 0, 0),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0),
  [452] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(18),
  [455] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [458] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [461] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [464] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [467] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [470] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [473] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [476] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [479] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [482] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [485] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [488] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [491] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [494] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [497] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [500] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [503] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [506] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 2, 0, 0),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0),
  [515] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [518] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [521] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [524] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [527] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [530] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [533] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [536] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [539] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [542] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [545] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [548] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [551] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [554] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [557] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [560] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [563] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [566] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 1, 0, 0),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 2, 0, 0),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0),
  [579] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [582] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [585] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [588] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [591] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [594] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [597] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [600] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [603] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [606] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [609] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [612] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [615] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [618] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [621] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [624] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [627] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(214),
  [630] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 1, 0, 0),
  [632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 2, 0, 0),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [638] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 1, 0, 0),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [642] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0),
  [644] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [647] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(150),
  [650] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [653] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [656] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [659] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [662] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [665] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [668] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [671] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [674] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [677] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [680] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [683] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [686] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [689] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [694] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [700] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [702] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [705] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [707] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 2, 0, 0),
  [711] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 2, 0, 0),
  [713] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [715] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [717] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [719] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [721] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [723] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [726] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [728] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [730] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [732] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [736] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [738] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [740] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [742] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(198),
  [745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [747] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [751] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [755] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [759] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [761] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 2, 0, 0),
  [763] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 2, 0, 0),
  [765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 2, 0, 0),
  [767] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 2, 0, 0),
  [769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [771] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [773] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [775] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [779] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [783] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [787] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [789] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [791] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [793] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [795] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [797] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [799] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [801] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 3, 0, 0),
  [803] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 3, 0, 0),
  [805] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 3, 0, 0),
  [807] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 3, 0, 0),
  [809] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [811] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [815] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [819] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [823] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [827] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [829] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [831] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [833] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 4, 0, 0),
  [835] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 4, 0, 0),
  [837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 4, 0, 0),
  [839] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 4, 0, 0),
  [841] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [843] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [847] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [851] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [855] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 4, 0, 0),
  [859] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 4, 0, 0),
  [861] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [863] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [865] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 4, 0, 0),
  [867] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 4, 0, 0),
  [869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 4, 0, 0),
  [871] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 4, 0, 0),
  [873] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 4, 0, 0),
  [875] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 4, 0, 0),
  [877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continuation_line, 3, 0, 0),
  [879] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continuation_line, 3, 0, 0),
  [881] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_row, 3, 0, 0),
  [883] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table_delimiter_row, 3, 0, 0),
  [885] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 5, 0, 0),
  [887] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 5, 0, 0),
  [889] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 5, 0, 0),
  [891] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 5, 0, 0),
  [893] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_row, 4, 0, 0),
  [895] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table_delimiter_row, 4, 0, 0),
  [897] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 6, 0, 0),
  [899] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 6, 0, 0),
  [901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 6, 0, 0),
  [903] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 6, 0, 0),
  [905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [907] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [909] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [913] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [919] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [922] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [925] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [928] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [931] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [934] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [937] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0),
  [942] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [946] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [948] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [950] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [952] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [958] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [962] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [966] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [970] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [972] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [974] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [977] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(98),
  [980] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [983] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [985] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [989] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [993] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [999] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [1003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1005] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1009] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 1, 0, 0),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1013] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 1, 0, 0),
  [1015] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1017] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [1021] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1023] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1025] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1031] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1033] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1037] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1039] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1041] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1047] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1049] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1051] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1057] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [1059] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [1061] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1067] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1071] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 2, 0, 0),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1075] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 2, 0, 0),
  [1077] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1080] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1083] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1085] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [1088] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1091] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [1094] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1096] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1098] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1100] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1102] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [1104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1106] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1112] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1116] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1122] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [1124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [1126] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1132] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(102),
  [1135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(102),
  [1138] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [1141] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1143] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [1146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1148] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1151] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1154] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1156] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1159] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [1162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1176] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [1178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1180] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1186] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1190] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 3, 0, 0),
  [1192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 3, 0, 0),
  [1194] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1198] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1202] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1206] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1210] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(137),
  [1230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1242] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(156),
  [1245] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(156),
  [1248] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [1251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 1, 0, 0),
  [1253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1259] = {.entry = {.count = 1, .reusable = false}}, SHIFT(159),
  [1261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [1275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_cell, 1, 0, 0),
  [1285] = {.entry = {.count = 1, .reusable = false}}, SHIFT(138),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0),
  [1291] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(138),
  [1294] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(138),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [1301] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1311] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1329] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [1347] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1351] = {.entry = {.count = 1, .reusable = false}}, SHIFT(157),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1355] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(157),
  [1358] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(157),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading_content, 1, 0, 0),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0),
  [1369] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(161),
  [1372] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(161),
  [1375] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1379] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [1382] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1393] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1397] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1403] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1407] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1409] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(169),
  [1412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0),
  [1414] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(169),
  [1417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1419] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(171),
  [1422] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(171),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0),
  [1431] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [1434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [1438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1450] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [1478] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [1486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
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
