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
#define STATE_COUNT 220
#define LARGE_STATE_COUNT 10
#define SYMBOL_COUNT 140
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
  sym__delimiter = 23,
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
  sym_pipe_table_delimiter_cell = 100,
  sym_pipe_table_cell = 101,
  sym_html_block = 102,
  sym__html_block_start = 103,
  sym__html_flow = 104,
  sym__html_other = 105,
  sym_html_table = 106,
  sym_html_table_row = 107,
  sym_html_table_cell = 108,
  sym__html_table_start_tag = 109,
  sym__html_row_start_tag = 110,
  sym__html_cell_start_tag = 111,
  sym__html_block_start_tag = 112,
  sym_html_start_tag = 113,
  sym_html_attribute = 114,
  sym_html_attribute_value = 115,
  sym_fenced_code_block = 116,
  sym_indented_code_block = 117,
  aux_sym_document_repeat1 = 118,
  aux_sym__section1_repeat1 = 119,
  aux_sym__section2_repeat1 = 120,
  aux_sym__section3_repeat1 = 121,
  aux_sym__section4_repeat1 = 122,
  aux_sym__section5_repeat1 = 123,
  aux_sym__section6_repeat1 = 124,
  aux_sym__section7_repeat1 = 125,
  aux_sym__section8_repeat1 = 126,
  aux_sym_heading_content_repeat1 = 127,
  aux_sym_paragraph_repeat1 = 128,
  aux_sym_pipe_table_repeat1 = 129,
  aux_sym__pipe_row_repeat1 = 130,
  aux_sym_pipe_table_delimiter_row_repeat1 = 131,
  aux_sym_pipe_table_cell_repeat1 = 132,
  aux_sym_html_block_repeat1 = 133,
  aux_sym_html_table_repeat1 = 134,
  aux_sym_html_table_row_repeat1 = 135,
  aux_sym_html_table_cell_repeat1 = 136,
  aux_sym__html_table_start_tag_repeat1 = 137,
  aux_sym_fenced_code_block_repeat1 = 138,
  aux_sym_indented_code_block_repeat1 = 139,
  alias_sym_pipe_table_header = 140,
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
  [sym__delimiter] = "_delimiter",
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
  [sym_pipe_table_delimiter_cell] = "pipe_table_delimiter_cell",
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
  [sym__delimiter] = sym__delimiter,
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
  [sym_pipe_table_delimiter_cell] = sym_pipe_table_delimiter_cell,
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
  [sym__delimiter] = {
    .visible = false,
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
  [sym_pipe_table_delimiter_cell] = {
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
  [156] = 156,
  [157] = 137,
  [158] = 139,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 162,
  [164] = 161,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 169,
  [171] = 171,
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
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(115);
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
        '<', 463,
        '=', 796,
        '>', 500,
        '_', 797,
        '|', 467,
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
        '\n', 118,
        '\r', 493,
        ' ', 496,
        '(', 764,
        '<', 460,
        0x603b, 762,
        0xff08, 765,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(767);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 30,
        '(', 107,
        '*', 35,
        '-', 128,
        '=', 126,
        '_', 100,
        0xff08, 110,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 5,
        '(', 107,
        '*', 35,
        '-', 128,
        '=', 126,
        '_', 100,
        0xff08, 110,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '\t', 31,
        ' ', 6,
        '(', 107,
        '*', 35,
        '-', 128,
        '=', 126,
        '_', 100,
        0xff08, 110,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
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
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '!') ADVANCE(10);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(457);
      if (lookahead != 0) ADVANCE(142);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '`') ADVANCE(457);
      if (lookahead != 0) ADVANCE(142);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '`') ADVANCE(457);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(8);
      if (lookahead != 0) ADVANCE(142);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '!') ADVANCE(13);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '-' ||
          lookahead == '<') ADVANCE(15);
      if (lookahead != 0) ADVANCE(145);
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
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '\r') ADVANCE(773);
      if (lookahead == ' ') ADVANCE(780);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 19:
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '\r') ADVANCE(773);
      if (lookahead == ' ') ADVANCE(781);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '\n', 117,
        '\r', 494,
        '(', 487,
        '-', 470,
        ':', 482,
        '<', 461,
        '\\', 491,
        '|', 467,
        0x603b, 485,
        0xff08, 488,
        '\t', 497,
        ' ', 497,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0) ADVANCE(490);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '\n', 117,
        '\r', 494,
        '(', 487,
        '<', 461,
        '\\', 491,
        '|', 467,
        0x603b, 485,
        0xff08, 488,
        '\t', 497,
        ' ', 497,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0) ADVANCE(490);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '\n', 117,
        '\r', 146,
        '(', 195,
        '*', 161,
        '<', 462,
        '_', 177,
        0xff08, 194,
        '\t', 154,
        ' ', 154,
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
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 23:
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '\r') ADVANCE(146);
      if (lookahead == '<') ADVANCE(462);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 24:
      if (lookahead == '!') ADVANCE(37);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 25:
      if (lookahead == '!') ADVANCE(73);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 36,
        '/', 228,
        '?', 458,
        'A', 249,
        'a', 249,
        'B', 197,
        'b', 197,
        'C', 198,
        'c', 198,
        'D', 274,
        'd', 274,
        'F', 303,
        'f', 303,
        'H', 273,
        'h', 273,
        'I', 293,
        'i', 293,
        'L', 264,
        'l', 264,
        'M', 203,
        'm', 203,
        'N', 201,
        'n', 201,
        'O', 321,
        'o', 321,
        'P', 595,
        'p', 595,
        'S', 237,
        's', 237,
        'T', 229,
        't', 229,
        'U', 322,
        'u', 322,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 27:
      if (lookahead == '"') ADVANCE(521);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(506);
      if (lookahead != 0) ADVANCE(508);
      END_STATE();
    case 28:
      if (lookahead == '\'') ADVANCE(522);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(507);
      if (lookahead != 0) ADVANCE(509);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '(', 487,
        '<', 461,
        '\\', 491,
        '|', 467,
        0x603b, 485,
        0xff08, 488,
        '\t', 497,
        '\r', 497,
        ' ', 497,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(490);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '(', 107,
        '*', 35,
        '-', 128,
        '=', 126,
        '_', 100,
        0xff08, 110,
        '\t', 31,
        ' ', 31,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '(', 107,
        '*', 35,
        '_', 100,
        0xff08, 110,
        '\t', 31,
        ' ', 31,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '(', 107,
        0xff08, 110,
        '\t', 32,
        ' ', 32,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(131);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(33);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        ')', 131,
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
      if (lookahead == '-') ADVANCE(112);
      if (lookahead == '<') ADVANCE(608);
      if (lookahead == '>') ADVANCE(457);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 37:
      if (lookahead == '-') ADVANCE(112);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 38:
      if (lookahead == '-') ADVANCE(57);
      END_STATE();
    case 39:
      if (lookahead == '-') ADVANCE(57);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 40:
      if (lookahead == '-') ADVANCE(57);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 41:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'a') ADVANCE(58);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 42:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'a') ADVANCE(61);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 43:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'a') ADVANCE(45);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 44:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'a') ADVANCE(47);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 45:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'b') ADVANCE(55);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 46:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'b') ADVANCE(42);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 47:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'b') ADVANCE(56);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 48:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'e') ADVANCE(81);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 49:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'e') ADVANCE(64);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 50:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'e') ADVANCE(71);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 51:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'i') ADVANCE(41);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 52:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'i') ADVANCE(62);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 53:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'i') ADVANCE(55);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 54:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'i') ADVANCE(59);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 55:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'l') ADVANCE(48);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 56:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'l') ADVANCE(50);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 57:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'n') ADVANCE(51);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(57);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 58:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'n') ADVANCE(46);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 59:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'n') ADVANCE(48);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 60:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'n') ADVANCE(43);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 61:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'o') ADVANCE(70);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 62:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 's') ADVANCE(44);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 63:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 't') ADVANCE(79);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 64:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead == 'x') ADVANCE(63);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 65:
      if (lookahead == '-') ADVANCE(69);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 66:
      if (lookahead == '-') ADVANCE(66);
      if (lookahead == '>') ADVANCE(464);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 67:
      if (lookahead == '-') ADVANCE(66);
      if (lookahead == 'd') ADVANCE(52);
      if (lookahead == 'e') ADVANCE(60);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 68:
      if (lookahead == '-') ADVANCE(66);
      if (lookahead == 'l') ADVANCE(54);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 69:
      if (lookahead == '-') ADVANCE(66);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 70:
      if (lookahead == '-') ADVANCE(67);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 71:
      if (lookahead == '-') ADVANCE(77);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(84);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 72:
      if (lookahead == '-') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '>') ADVANCE(759);
      END_STATE();
    case 73:
      if (lookahead == '-') ADVANCE(106);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 74:
      if (lookahead == '-') ADVANCE(40);
      if (lookahead == '<') ADVANCE(608);
      if (lookahead == '>') ADVANCE(457);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 75:
      if (lookahead == '-') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 76:
      if (lookahead == '-') ADVANCE(76);
      if (lookahead == '>') ADVANCE(465);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 77:
      if (lookahead == '-') ADVANCE(76);
      if (lookahead == 'f') ADVANCE(53);
      if (lookahead == 'l') ADVANCE(54);
      if (lookahead == 'n') ADVANCE(49);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 78:
      if (lookahead == '-') ADVANCE(76);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 79:
      if (lookahead == '-') ADVANCE(68);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 80:
      if (lookahead == '-') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 81:
      if (lookahead == '-') ADVANCE(78);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == ',') ADVANCE(84);
      if (lookahead != 0) ADVANCE(65);
      END_STATE();
    case 82:
      if (lookahead == '-') ADVANCE(82);
      if (lookahead == '>') ADVANCE(465);
      if (lookahead != 0) ADVANCE(84);
      END_STATE();
    case 83:
      if (lookahead == '-') ADVANCE(82);
      if (lookahead != 0) ADVANCE(84);
      END_STATE();
    case 84:
      if (lookahead == '-') ADVANCE(83);
      if (lookahead != 0) ADVANCE(84);
      END_STATE();
    case 85:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == 0x603b) ADVANCE(485);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 86:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == 0x8ba1) ADVANCE(478);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 87:
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 88:
      ADVANCE_MAP(
        '>', 757,
        'A', 89,
        'a', 89,
        'R', 95,
        'r', 95,
        'D', 97,
        'H', 97,
        'd', 97,
        'h', 97,
        '\t', 92,
        '\n', 92,
        '\r', 92,
        ' ', 92,
      );
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 89:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(91);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 90:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(99);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 91:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(90);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 92:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(92);
      END_STATE();
    case 93:
      if (lookahead == '>') ADVANCE(757);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 94:
      if (lookahead == '>') ADVANCE(755);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(94);
      END_STATE();
    case 95:
      if (lookahead == '>') ADVANCE(755);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(94);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 96:
      if (lookahead == '>') ADVANCE(756);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      END_STATE();
    case 97:
      if (lookahead == '>') ADVANCE(756);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 98:
      if (lookahead == '>') ADVANCE(754);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(98);
      END_STATE();
    case 99:
      if (lookahead == '>') ADVANCE(754);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(98);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 100:
      if (lookahead == '_') ADVANCE(32);
      END_STATE();
    case 101:
      if (lookahead == 0x603b) ADVANCE(762);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(101);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 102:
      if (lookahead == 0x8ba1) ADVANCE(479);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 103:
      if (lookahead == 0xff09) ADVANCE(131);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(103);
      END_STATE();
    case 104:
      ADVANCE_MAP(
        0xff09, 131,
        '\t', 103,
        ' ', 103,
        0x4e00, 104,
        0x4e03, 104,
        0x4e09, 104,
        0x4e5d, 104,
        0x4e8c, 104,
        0x4e94, 104,
        0x516b, 104,
        0x516d, 104,
        0x5341, 104,
        0x56db, 104,
      );
      END_STATE();
    case 105:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 106:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '-' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 107:
      ADVANCE_MAP(
        '\t', 107,
        ' ', 107,
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
    case 108:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(130);
      END_STATE();
    case 109:
      ADVANCE_MAP(
        '\t', 108,
        ' ', 108,
        '.', 130,
        0x3001, 130,
        0xff0e, 130,
        0x4e00, 109,
        0x4e03, 109,
        0x4e09, 109,
        0x4e5d, 109,
        0x4e8c, 109,
        0x4e94, 109,
        0x516b, 109,
        0x516d, 109,
        0x5341, 109,
        0x56db, 109,
      );
      END_STATE();
    case 110:
      ADVANCE_MAP(
        '\t', 110,
        ' ', 110,
        0x4e00, 104,
        0x4e03, 104,
        0x4e09, 104,
        0x4e5d, 104,
        0x4e8c, 104,
        0x4e94, 104,
        0x516b, 104,
        0x516d, 104,
        0x5341, 104,
        0x56db, 104,
      );
      END_STATE();
    case 111:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(88);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(93);
      END_STATE();
    case 112:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '-' &&
          lookahead != '<') ADVANCE(457);
      END_STATE();
    case 113:
      if (lookahead != 0 &&
          lookahead != '-' &&
          lookahead != '>') ADVANCE(759);
      END_STATE();
    case 114:
      if (eof) ADVANCE(115);
      ADVANCE_MAP(
        '\t', 138,
        '\n', 116,
        '\r', 139,
        ' ', 136,
        '#', 148,
        '(', 187,
        '*', 159,
        '-', 164,
        '<', 459,
        '_', 175,
        '`', 180,
        '|', 466,
        '~', 182,
        0xff08, 191,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(455);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym__blank_line);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\n') ADVANCE(768);
      if (lookahead == '\r') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym_thematic_break);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym__atx_h1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(120);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym__atx_h2);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym__atx_h3);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym__atx_h4);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym__atx_h5);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym__atx_h6);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '=') ADVANCE(126);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(127);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_setext_h1_underline);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(127);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '-') ADVANCE(128);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(129);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_setext_h2_underline);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(129);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_section_number);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_item_number);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_list_number);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym__inline_section_number);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym__inline_item_number);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 138,
        '\n', 116,
        '\r', 139,
        ' ', 137,
        '#', 148,
        '(', 187,
        '*', 159,
        '-', 164,
        '<', 26,
        '_', 175,
        '`', 180,
        '|', 466,
        '~', 182,
        0xff08, 191,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(455);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 138,
        '\n', 116,
        '\r', 139,
        ' ', 135,
        '#', 148,
        '(', 187,
        '*', 159,
        '-', 164,
        '<', 26,
        '_', 175,
        '`', 180,
        '|', 466,
        '~', 182,
        0xff08, 191,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(455);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 116,
        '\r', 139,
        '#', 148,
        '(', 187,
        '*', 159,
        '-', 164,
        '<', 26,
        '_', 175,
        '`', 180,
        '|', 466,
        '~', 182,
        0xff08, 191,
        '\t', 138,
        ' ', 138,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(455);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\n', 116,
        '\r', 139,
        '(', 824,
        '*', 819,
        '<', 815,
        '_', 821,
        0xff08, 827,
        '\t', 138,
        ' ', 138,
        0x0b, 457,
        '\f', 457,
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
    case 139:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(116);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(119);
      if (lookahead == '\r') ADVANCE(141);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(140);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(119);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(457);
      if (lookahead != 0) ADVANCE(142);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(769);
      if (lookahead == '\r') ADVANCE(142);
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '`') ADVANCE(143);
      if (lookahead != 0) ADVANCE(142);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead == '~') ADVANCE(144);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(770);
      if (lookahead == '\r') ADVANCE(145);
      if (lookahead == '<') ADVANCE(12);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0) ADVANCE(457);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(190);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(149);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(120);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(150);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(151);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(147);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 187,
        '*', 140,
        '<', 24,
        0xff08, 191,
        '\t', 152,
        ' ', 152,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 187,
        '<', 24,
        '_', 140,
        0xff08, 191,
        '\t', 153,
        ' ', 153,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 195,
        '<', 24,
        0xff08, 194,
        '\t', 154,
        ' ', 154,
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
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 131,
        '<', 24,
        '\t', 156,
        ' ', 156,
        0x4e00, 155,
        0x4e03, 155,
        0x4e09, 155,
        0x4e5d, 155,
        0x4e8c, 155,
        0x4e94, 155,
        0x516b, 155,
        0x516d, 155,
        0x5341, 155,
        0x56db, 155,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(131);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        ')', 134,
        '<', 24,
        '\t', 158,
        ' ', 158,
        0x4e00, 157,
        0x4e03, 157,
        0x4e09, 157,
        0x4e5d, 157,
        0x4e8c, 157,
        0x4e94, 157,
        0x516b, 157,
        0x516d, 157,
        0x5341, 157,
        0x56db, 157,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(134);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(158);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(152);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(162);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(140);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(154);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(160);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(162);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(140);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(163);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(239);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '>', 602,
        '\t', 174,
        ' ', 174,
        'A', 407,
        'a', 407,
        'R', 265,
        'r', 265,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(433);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(153);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(140);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(176);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '_') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '`') ADVANCE(143);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '`') ADVANCE(179);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '~') ADVANCE(144);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '~') ADVANCE(181);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        0xff09, 131,
        '\t', 184,
        ' ', 184,
        0x4e00, 183,
        0x4e03, 183,
        0x4e09, 183,
        0x4e5d, 183,
        0x4e8c, 183,
        0x4e94, 183,
        0x516b, 183,
        0x516d, 183,
        0x5341, 183,
        0x56db, 183,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 0xff09) ADVANCE(131);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(184);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        0xff09, 134,
        '\t', 186,
        ' ', 186,
        0x4e00, 185,
        0x4e03, 185,
        0x4e09, 185,
        0x4e5d, 185,
        0x4e8c, 185,
        0x4e94, 185,
        0x516b, 185,
        0x516d, 185,
        0x5341, 185,
        0x56db, 185,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 0xff09) ADVANCE(134);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 187,
        ' ', 187,
        0x4e00, 155,
        0x4e03, 155,
        0x4e09, 155,
        0x4e5d, 155,
        0x4e8c, 155,
        0x4e94, 155,
        0x516b, 155,
        0x516d, 155,
        0x5341, 155,
        0x56db, 155,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 189,
        ' ', 189,
        '.', 130,
        0x3001, 130,
        0xff0e, 130,
        0x4e00, 188,
        0x4e03, 188,
        0x4e09, 188,
        0x4e5d, 188,
        0x4e8c, 188,
        0x4e94, 188,
        0x516b, 188,
        0x516d, 188,
        0x5341, 188,
        0x56db, 188,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(189);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(130);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 191,
        ' ', 191,
        0x4e00, 183,
        0x4e03, 183,
        0x4e09, 183,
        0x4e5d, 183,
        0x4e8c, 183,
        0x4e94, 183,
        0x516b, 183,
        0x516d, 183,
        0x5341, 183,
        0x56db, 183,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 193,
        ' ', 193,
        '.', 133,
        0x3001, 133,
        0xff0e, 133,
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
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(193);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(133);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 194,
        ' ', 194,
        0x4e00, 185,
        0x4e03, 185,
        0x4e09, 185,
        0x4e5d, 185,
        0x4e8c, 185,
        0x4e94, 185,
        0x516b, 185,
        0x516d, 185,
        0x5341, 185,
        0x56db, 185,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        '\t', 195,
        ' ', 195,
        0x4e00, 157,
        0x4e03, 157,
        0x4e09, 157,
        0x4e5d, 157,
        0x4e8c, 157,
        0x4e94, 157,
        0x516b, 157,
        0x516d, 157,
        0x5341, 157,
        0x56db, 157,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 232,
        'a', 232,
        'B', 361,
        'b', 361,
        'D', 614,
        'd', 614,
        'E', 449,
        'e', 449,
        'F', 366,
        'f', 366,
        'H', 616,
        'h', 616,
        'I', 427,
        'i', 427,
        'R', 611,
        'r', 611,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(414);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(363);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(385);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(355);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(447);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(305);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(448);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(331);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(250);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(333);
      if (lookahead == 'R' ||
          lookahead == 'V' ||
          lookahead == 'r' ||
          lookahead == 'v') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(394);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 233,
        'a', 233,
        'B', 376,
        'b', 376,
        'D', 174,
        'd', 174,
        'E', 450,
        'e', 450,
        'F', 377,
        'f', 377,
        'H', 168,
        'h', 168,
        'I', 430,
        'i', 430,
        'R', 165,
        'r', 165,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(416);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(380);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(258);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(306);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(312);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 262,
        'a', 262,
        'B', 220,
        'b', 220,
        'C', 230,
        'c', 230,
        'D', 292,
        'd', 292,
        'F', 316,
        'f', 316,
        'H', 288,
        'h', 288,
        'I', 295,
        'i', 295,
        'L', 291,
        'l', 291,
        'M', 221,
        'm', 221,
        'N', 204,
        'n', 204,
        'O', 324,
        'o', 324,
        'P', 166,
        'p', 166,
        'S', 247,
        's', 247,
        'T', 219,
        't', 219,
        'U', 325,
        'u', 325,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'A', 234,
        'a', 234,
        'B', 361,
        'b', 361,
        'D', 592,
        'd', 592,
        'E', 449,
        'e', 449,
        'F', 366,
        'f', 366,
        'H', 593,
        'h', 593,
        'I', 427,
        'i', 427,
        'R', 591,
        'r', 591,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(386);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(360);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(386);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(335);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(317);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'C', 395,
        'c', 395,
        'E', 244,
        'e', 244,
        'O', 443,
        'o', 443,
        'T', 453,
        't', 453,
        'U', 344,
        'u', 344,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(199);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(390);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(428);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(435);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(231);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'C', 408,
        'c', 408,
        'E', 245,
        'e', 245,
        'O', 444,
        'o', 444,
        'T', 454,
        't', 454,
        'U', 350,
        'u', 350,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(320);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(257);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(424);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(304);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(596);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(451);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(167);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(452);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(417);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(418);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(404);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(261);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(436);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(299);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(600);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(597);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(609);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(169);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(601);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(590);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(205);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(337);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'E', 425,
        'e', 425,
        'I', 210,
        'i', 210,
        'D', 594,
        'L', 594,
        'T', 594,
        'd', 594,
        'l', 594,
        't', 594,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(358);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(200);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(334);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(202);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(415);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(208);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(341);
      if (('1' <= lookahead && lookahead <= '6') ||
          lookahead == 'R' ||
          lookahead == 'r') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(359);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(336);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(246);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(302);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '<', 24,
        'E', 437,
        'e', 437,
        'I', 214,
        'i', 214,
        'D', 174,
        'L', 174,
        'T', 174,
        'd', 174,
        'l', 174,
        't', 174,
      );
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(403);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(409);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(406);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(399);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(364);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(400);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(367);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(283);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(368);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(207);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(251);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(351);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(241);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(364);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(367);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(330);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(243);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(384);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(290);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(378);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(223);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(388);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(594);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(174);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(434);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(598);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(170);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(362);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(365);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(440);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(429);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(250);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(431);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(240);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(351);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(429);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(441);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(442);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(258);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(431);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(248);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(428);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(435);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(445);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(446);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(451);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(452);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(238);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(369);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(213);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(216);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(211);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(268);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(309);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(599);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(396);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(373);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(426);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(594);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead == '.' ||
          lookahead == 0x3001 ||
          lookahead == 0xff0e) ADVANCE(132);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(457);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '<') ADVANCE(605);
      if (lookahead == '-' ||
          lookahead == '>') ADVANCE(457);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(604);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(74);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(196);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(72);
      if (lookahead == '/') ADVANCE(111);
      if (lookahead == '?') ADVANCE(113);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(625);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(753);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(80);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '<' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym__lt);
      if (lookahead == '!') ADVANCE(75);
      END_STATE();
    case 463:
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
    case 464:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym_nianbao_comment);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym__row_start);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym__pipe);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym__delimiter);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym__delimiter);
      if (lookahead == '-') ADVANCE(469);
      if (lookahead == ':') ADVANCE(468);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym__delimiter);
      if (lookahead == '-') ADVANCE(470);
      if (lookahead == ':') ADVANCE(471);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym__delimiter);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(477);
      if (lookahead == '.') ADVANCE(766);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(477);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(476);
      if (lookahead == '.') ADVANCE(489);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead == ',' ||
          ('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%') ADVANCE(476);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(475);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_total_label);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_total_label);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '!') ADVANCE(483);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        ')', 484,
        '<', 25,
        '\\', 492,
        '\t', 87,
        ' ', 87,
        0x4e00, 481,
        0x4e03, 481,
        0x4e09, 481,
        0x4e5d, 481,
        0x4e8c, 481,
        0x4e94, 481,
        0x516b, 481,
        0x516d, 481,
        0x5341, 481,
        0x56db, 481,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '-') ADVANCE(470);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '-') ADVANCE(490);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == 0x603b) ADVANCE(485);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == 0x8ba1) ADVANCE(478);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 492,
        0xff09, 484,
        '\t', 87,
        ' ', 87,
        0x4e00, 486,
        0x4e03, 486,
        0x4e09, 486,
        0x4e5d, 486,
        0x4e8c, 486,
        0x4e94, 486,
        0x516b, 486,
        0x516d, 486,
        0x5341, 486,
        0x56db, 486,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 492,
        '\t', 87,
        ' ', 87,
        0x4e00, 481,
        0x4e03, 481,
        0x4e09, 481,
        0x4e5d, 481,
        0x4e8c, 481,
        0x4e94, 481,
        0x516b, 481,
        0x516d, 481,
        0x5341, 481,
        0x56db, 481,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym__cell_text);
      ADVANCE_MAP(
        '<', 25,
        '\\', 492,
        '\t', 87,
        ' ', 87,
        0x4e00, 486,
        0x4e03, 486,
        0x4e09, 486,
        0x4e5d, 486,
        0x4e8c, 486,
        0x4e94, 486,
        0x516b, 486,
        0x516d, 486,
        0x5341, 486,
        0x56db, 486,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(475);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(25);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '|') ADVANCE(490);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(480);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(490);
      if (lookahead == '\r' ||
          lookahead == '|') ADVANCE(490);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n') ADVANCE(490);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym__cell_text);
      if (lookahead == '<') ADVANCE(480);
      if (lookahead == '\\') ADVANCE(492);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(490);
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
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(497);
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
          lookahead != '"') ADVANCE(508);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym__attribute_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(507);
      if (lookahead != 0 &&
          lookahead != '\'') ADVANCE(509);
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
      if (lookahead == '/') ADVANCE(111);
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
          lookahead == ' ') ADVANCE(57);
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
          lookahead == ' ') ADVANCE(84);
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
          lookahead == ' ') ADVANCE(84);
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
      if (lookahead == '>') ADVANCE(465);
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
      if (lookahead == '>') ADVANCE(465);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '/' ||
          lookahead == '=') ADVANCE(84);
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
          lookahead == '>') ADVANCE(84);
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
          lookahead == '>') ADVANCE(84);
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
          lookahead == 'a') ADVANCE(236);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym__block_td_open);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym__block_th_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(212);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym__block_tag_open);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(405);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(263);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(389);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(375);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(399);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(432);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(317);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym__block_tag_open);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(279);
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
        '\t', 105,
        ' ', 105,
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
          lookahead == ' ') ADVANCE(101);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == 0x8ba1) ADVANCE(479);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym__html_text);
      ADVANCE_MAP(
        0xff09, 761,
        '\t', 105,
        ' ', 105,
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
        '\t', 105,
        ' ', 105,
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
        '\t', 105,
        ' ', 105,
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
          lookahead == ' ') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(767);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym__html_text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
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
      if (lookahead == '\n') ADVANCE(117);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead == '\r') ADVANCE(776);
      if (lookahead == '`') ADVANCE(774);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(775);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead == '\r') ADVANCE(776);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(775);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(771);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead == '\r') ADVANCE(779);
      if (lookahead == '~') ADVANCE(777);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(778);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead == '\r') ADVANCE(779);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(778);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == '\n') ADVANCE(772);
      if (lookahead != 0) ADVANCE(814);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(782);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(783);
      if (lookahead == '~') ADVANCE(812);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(807);
      if (lookahead == '`') ADVANCE(809);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(814);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym__code_line);
      if (lookahead == ' ') ADVANCE(810);
      if (lookahead == '~') ADVANCE(812);
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
      if (lookahead == '`') ADVANCE(774);
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
      if (lookahead == '~') ADVANCE(777);
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
  [1] = {.lex_state = 114, .external_lex_state = 2},
  [2] = {.lex_state = 114, .external_lex_state = 2},
  [3] = {.lex_state = 114, .external_lex_state = 2},
  [4] = {.lex_state = 114, .external_lex_state = 2},
  [5] = {.lex_state = 114, .external_lex_state = 2},
  [6] = {.lex_state = 114, .external_lex_state = 2},
  [7] = {.lex_state = 114, .external_lex_state = 2},
  [8] = {.lex_state = 114, .external_lex_state = 2},
  [9] = {.lex_state = 114, .external_lex_state = 2},
  [10] = {.lex_state = 114, .external_lex_state = 2},
  [11] = {.lex_state = 114, .external_lex_state = 2},
  [12] = {.lex_state = 114, .external_lex_state = 2},
  [13] = {.lex_state = 114, .external_lex_state = 2},
  [14] = {.lex_state = 114, .external_lex_state = 2},
  [15] = {.lex_state = 114, .external_lex_state = 2},
  [16] = {.lex_state = 114, .external_lex_state = 2},
  [17] = {.lex_state = 114, .external_lex_state = 2},
  [18] = {.lex_state = 114, .external_lex_state = 2},
  [19] = {.lex_state = 114, .external_lex_state = 2},
  [20] = {.lex_state = 114, .external_lex_state = 2},
  [21] = {.lex_state = 114, .external_lex_state = 2},
  [22] = {.lex_state = 114, .external_lex_state = 2},
  [23] = {.lex_state = 114, .external_lex_state = 2},
  [24] = {.lex_state = 114, .external_lex_state = 2},
  [25] = {.lex_state = 114, .external_lex_state = 2},
  [26] = {.lex_state = 114, .external_lex_state = 2},
  [27] = {.lex_state = 114, .external_lex_state = 2},
  [28] = {.lex_state = 114, .external_lex_state = 2},
  [29] = {.lex_state = 114, .external_lex_state = 2},
  [30] = {.lex_state = 114, .external_lex_state = 2},
  [31] = {.lex_state = 114, .external_lex_state = 2},
  [32] = {.lex_state = 114, .external_lex_state = 2},
  [33] = {.lex_state = 114, .external_lex_state = 2},
  [34] = {.lex_state = 114, .external_lex_state = 2},
  [35] = {.lex_state = 114, .external_lex_state = 2},
  [36] = {.lex_state = 114, .external_lex_state = 2},
  [37] = {.lex_state = 114, .external_lex_state = 2},
  [38] = {.lex_state = 114, .external_lex_state = 2},
  [39] = {.lex_state = 114, .external_lex_state = 2},
  [40] = {.lex_state = 114, .external_lex_state = 2},
  [41] = {.lex_state = 114, .external_lex_state = 2},
  [42] = {.lex_state = 114, .external_lex_state = 2},
  [43] = {.lex_state = 114, .external_lex_state = 2},
  [44] = {.lex_state = 114, .external_lex_state = 2},
  [45] = {.lex_state = 114, .external_lex_state = 2},
  [46] = {.lex_state = 114, .external_lex_state = 2},
  [47] = {.lex_state = 114, .external_lex_state = 2},
  [48] = {.lex_state = 114, .external_lex_state = 2},
  [49] = {.lex_state = 114, .external_lex_state = 2},
  [50] = {.lex_state = 114, .external_lex_state = 2},
  [51] = {.lex_state = 114, .external_lex_state = 2},
  [52] = {.lex_state = 114, .external_lex_state = 2},
  [53] = {.lex_state = 114, .external_lex_state = 2},
  [54] = {.lex_state = 114, .external_lex_state = 2},
  [55] = {.lex_state = 114, .external_lex_state = 2},
  [56] = {.lex_state = 114, .external_lex_state = 2},
  [57] = {.lex_state = 114, .external_lex_state = 2},
  [58] = {.lex_state = 114, .external_lex_state = 2},
  [59] = {.lex_state = 114, .external_lex_state = 2},
  [60] = {.lex_state = 114, .external_lex_state = 2},
  [61] = {.lex_state = 114, .external_lex_state = 2},
  [62] = {.lex_state = 114, .external_lex_state = 2},
  [63] = {.lex_state = 114, .external_lex_state = 2},
  [64] = {.lex_state = 114, .external_lex_state = 2},
  [65] = {.lex_state = 114, .external_lex_state = 2},
  [66] = {.lex_state = 114, .external_lex_state = 2},
  [67] = {.lex_state = 114, .external_lex_state = 2},
  [68] = {.lex_state = 114, .external_lex_state = 2},
  [69] = {.lex_state = 114, .external_lex_state = 2},
  [70] = {.lex_state = 114, .external_lex_state = 2},
  [71] = {.lex_state = 114, .external_lex_state = 2},
  [72] = {.lex_state = 114, .external_lex_state = 2},
  [73] = {.lex_state = 114, .external_lex_state = 2},
  [74] = {.lex_state = 114, .external_lex_state = 2},
  [75] = {.lex_state = 114, .external_lex_state = 2},
  [76] = {.lex_state = 114, .external_lex_state = 2},
  [77] = {.lex_state = 114, .external_lex_state = 2},
  [78] = {.lex_state = 114, .external_lex_state = 2},
  [79] = {.lex_state = 114, .external_lex_state = 2},
  [80] = {.lex_state = 1, .external_lex_state = 3},
  [81] = {.lex_state = 4, .external_lex_state = 3},
  [82] = {.lex_state = 4, .external_lex_state = 3},
  [83] = {.lex_state = 4, .external_lex_state = 3},
  [84] = {.lex_state = 3, .external_lex_state = 3},
  [85] = {.lex_state = 3, .external_lex_state = 3},
  [86] = {.lex_state = 3, .external_lex_state = 3},
  [87] = {.lex_state = 4, .external_lex_state = 3},
  [88] = {.lex_state = 3, .external_lex_state = 3},
  [89] = {.lex_state = 3, .external_lex_state = 3},
  [90] = {.lex_state = 4, .external_lex_state = 3},
  [91] = {.lex_state = 3, .external_lex_state = 3},
  [92] = {.lex_state = 3, .external_lex_state = 3},
  [93] = {.lex_state = 3, .external_lex_state = 3},
  [94] = {.lex_state = 4, .external_lex_state = 3},
  [95] = {.lex_state = 3, .external_lex_state = 3},
  [96] = {.lex_state = 3, .external_lex_state = 3},
  [97] = {.lex_state = 3, .external_lex_state = 3},
  [98] = {.lex_state = 2, .external_lex_state = 3},
  [99] = {.lex_state = 4, .external_lex_state = 3},
  [100] = {.lex_state = 4, .external_lex_state = 3},
  [101] = {.lex_state = 4, .external_lex_state = 3},
  [102] = {.lex_state = 4, .external_lex_state = 3},
  [103] = {.lex_state = 4, .external_lex_state = 3},
  [104] = {.lex_state = 3, .external_lex_state = 3},
  [105] = {.lex_state = 3, .external_lex_state = 3},
  [106] = {.lex_state = 4, .external_lex_state = 3},
  [107] = {.lex_state = 3, .external_lex_state = 3},
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
  [127] = {.lex_state = 20, .external_lex_state = 3},
  [128] = {.lex_state = 21, .external_lex_state = 3},
  [129] = {.lex_state = 21, .external_lex_state = 3},
  [130] = {.lex_state = 21, .external_lex_state = 3},
  [131] = {.lex_state = 22, .external_lex_state = 3},
  [132] = {.lex_state = 22, .external_lex_state = 3},
  [133] = {.lex_state = 22, .external_lex_state = 3},
  [134] = {.lex_state = 22, .external_lex_state = 3},
  [135] = {.lex_state = 22, .external_lex_state = 3},
  [136] = {.lex_state = 22, .external_lex_state = 3},
  [137] = {.lex_state = 21, .external_lex_state = 3},
  [138] = {.lex_state = 20, .external_lex_state = 3},
  [139] = {.lex_state = 21, .external_lex_state = 3},
  [140] = {.lex_state = 23, .external_lex_state = 3},
  [141] = {.lex_state = 23, .external_lex_state = 3},
  [142] = {.lex_state = 22},
  [143] = {.lex_state = 23, .external_lex_state = 3},
  [144] = {.lex_state = 22},
  [145] = {.lex_state = 23, .external_lex_state = 3},
  [146] = {.lex_state = 23, .external_lex_state = 3},
  [147] = {.lex_state = 23, .external_lex_state = 3},
  [148] = {.lex_state = 21, .external_lex_state = 3},
  [149] = {.lex_state = 23, .external_lex_state = 3},
  [150] = {.lex_state = 23, .external_lex_state = 3},
  [151] = {.lex_state = 23, .external_lex_state = 3},
  [152] = {.lex_state = 23, .external_lex_state = 3},
  [153] = {.lex_state = 23, .external_lex_state = 3},
  [154] = {.lex_state = 23, .external_lex_state = 3},
  [155] = {.lex_state = 23, .external_lex_state = 3},
  [156] = {.lex_state = 23, .external_lex_state = 3},
  [157] = {.lex_state = 29},
  [158] = {.lex_state = 29},
  [159] = {.lex_state = 23},
  [160] = {.lex_state = 23},
  [161] = {.lex_state = 23, .external_lex_state = 3},
  [162] = {.lex_state = 23, .external_lex_state = 3},
  [163] = {.lex_state = 23},
  [164] = {.lex_state = 23},
  [165] = {.lex_state = 18, .external_lex_state = 3},
  [166] = {.lex_state = 19, .external_lex_state = 3},
  [167] = {.lex_state = 18, .external_lex_state = 3},
  [168] = {.lex_state = 20, .external_lex_state = 3},
  [169] = {.lex_state = 19, .external_lex_state = 3},
  [170] = {.lex_state = 18, .external_lex_state = 3},
  [171] = {.lex_state = 20, .external_lex_state = 3},
  [172] = {.lex_state = 19, .external_lex_state = 3},
  [173] = {.lex_state = 20, .external_lex_state = 3},
  [174] = {.lex_state = 20, .external_lex_state = 3},
  [175] = {.lex_state = 20, .external_lex_state = 3},
  [176] = {.lex_state = 20, .external_lex_state = 3},
  [177] = {.lex_state = 20, .external_lex_state = 3},
  [178] = {.lex_state = 27, .external_lex_state = 3},
  [179] = {.lex_state = 28, .external_lex_state = 3},
  [180] = {.lex_state = 20, .external_lex_state = 3},
  [181] = {.lex_state = 20, .external_lex_state = 3},
  [182] = {.lex_state = 20, .external_lex_state = 3},
  [183] = {.lex_state = 20, .external_lex_state = 3},
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
  [199] = {.lex_state = 20, .external_lex_state = 3},
  [200] = {.lex_state = 20, .external_lex_state = 3},
  [201] = {.lex_state = 20, .external_lex_state = 3},
  [202] = {.lex_state = 20, .external_lex_state = 3},
  [203] = {.lex_state = 20, .external_lex_state = 3},
  [204] = {.lex_state = 1, .external_lex_state = 3},
  [205] = {.lex_state = 1, .external_lex_state = 3},
  [206] = {.lex_state = 7},
  [207] = {.lex_state = 20},
  [208] = {.lex_state = 20},
  [209] = {.lex_state = 7},
  [210] = {.lex_state = 20},
  [211] = {.lex_state = 20},
  [212] = {.lex_state = 20},
  [213] = {.lex_state = 0},
  [214] = {.lex_state = 7},
  [215] = {.lex_state = 7},
  [216] = {.lex_state = 7},
  [217] = {.lex_state = 7},
  [218] = {.lex_state = 7},
  [219] = {.lex_state = 7},
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
    [sym__delimiter] = ACTIONS(1),
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
    [sym_document] = STATE(213),
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
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(2),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(2),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(2),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
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
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(3),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(3),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(3),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(3),
    [sym_indented_code_block] = STATE(3),
    [aux_sym_document_repeat1] = STATE(3),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(57),
    [sym__blank_line] = ACTIONS(59),
    [sym_thematic_break] = ACTIONS(59),
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
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading1] = STATE(4),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(3),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(3),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(3),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(3),
    [sym_indented_code_block] = STATE(3),
    [aux_sym_document_repeat1] = STATE(3),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(61),
    [sym__blank_line] = ACTIONS(63),
    [sym_thematic_break] = ACTIONS(63),
    [sym__atx_h1] = ACTIONS(66),
    [sym__atx_h2] = ACTIONS(69),
    [sym__atx_h3] = ACTIONS(72),
    [sym__atx_h4] = ACTIONS(75),
    [sym__atx_h5] = ACTIONS(78),
    [sym__atx_h6] = ACTIONS(81),
    [sym_section_number] = ACTIONS(84),
    [sym_item_number] = ACTIONS(84),
    [sym_list_number] = ACTIONS(84),
    [sym__text] = ACTIONS(84),
    [sym__lt] = ACTIONS(84),
    [sym_comment] = ACTIONS(87),
    [sym_nianbao_comment] = ACTIONS(90),
    [sym__row_start] = ACTIONS(93),
    [sym__block_table_open] = ACTIONS(96),
    [sym__block_tr_open] = ACTIONS(99),
    [sym__block_td_open] = ACTIONS(102),
    [sym__block_th_open] = ACTIONS(102),
    [sym__block_tag_open] = ACTIONS(105),
    [sym__html_block_end_tag] = ACTIONS(108),
    [sym__html_block_declaration] = ACTIONS(108),
    [sym__table_open] = ACTIONS(111),
    [sym__tr_open] = ACTIONS(114),
    [sym__td_open] = ACTIONS(117),
    [sym__th_open] = ACTIONS(117),
    [sym__backtick_fence_open] = ACTIONS(120),
    [sym__tilde_fence_open] = ACTIONS(123),
    [sym__indented_line] = ACTIONS(126),
    [sym__setext_h1_start] = ACTIONS(129),
    [sym__setext_h2_start] = ACTIONS(132),
    [sym__numbered_heading_start] = ACTIONS(135),
    [sym__sub_heading_start] = ACTIONS(138),
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
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(5),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(5),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(5),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(5),
    [sym_indented_code_block] = STATE(5),
    [aux_sym__section1_repeat1] = STATE(5),
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
    [sym__section2] = STATE(6),
    [sym__section3] = STATE(6),
    [sym__section4] = STATE(6),
    [sym__section5] = STATE(6),
    [sym__section6] = STATE(6),
    [sym__section7] = STATE(6),
    [sym__section8] = STATE(6),
    [sym__block] = STATE(6),
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(6),
    [sym_indented_code_block] = STATE(6),
    [aux_sym__section1_repeat1] = STATE(6),
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
    [sym__atx_heading2] = STATE(9),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym__setext_heading2] = STATE(9),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(6),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(6),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(6),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
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
    [sym__section3] = STATE(7),
    [sym__section4] = STATE(7),
    [sym__section5] = STATE(7),
    [sym__section6] = STATE(7),
    [sym__section7] = STATE(7),
    [sym__section8] = STATE(7),
    [sym__block] = STATE(7),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(7),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(7),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(7),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(7),
    [sym_indented_code_block] = STATE(7),
    [aux_sym__section2_repeat1] = STATE(7),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(223),
    [sym__blank_line] = ACTIONS(225),
    [sym_thematic_break] = ACTIONS(225),
    [sym__atx_h1] = ACTIONS(223),
    [sym__atx_h2] = ACTIONS(223),
    [sym__atx_h3] = ACTIONS(228),
    [sym__atx_h4] = ACTIONS(231),
    [sym__atx_h5] = ACTIONS(234),
    [sym__atx_h6] = ACTIONS(237),
    [sym_section_number] = ACTIONS(240),
    [sym_item_number] = ACTIONS(240),
    [sym_list_number] = ACTIONS(240),
    [sym__text] = ACTIONS(240),
    [sym__lt] = ACTIONS(240),
    [sym_comment] = ACTIONS(243),
    [sym_nianbao_comment] = ACTIONS(246),
    [sym__row_start] = ACTIONS(249),
    [sym__block_table_open] = ACTIONS(252),
    [sym__block_tr_open] = ACTIONS(255),
    [sym__block_td_open] = ACTIONS(258),
    [sym__block_th_open] = ACTIONS(258),
    [sym__block_tag_open] = ACTIONS(261),
    [sym__html_block_end_tag] = ACTIONS(264),
    [sym__html_block_declaration] = ACTIONS(264),
    [sym__table_open] = ACTIONS(267),
    [sym__tr_open] = ACTIONS(270),
    [sym__td_open] = ACTIONS(273),
    [sym__th_open] = ACTIONS(273),
    [sym__backtick_fence_open] = ACTIONS(276),
    [sym__tilde_fence_open] = ACTIONS(279),
    [sym__indented_line] = ACTIONS(282),
    [sym__setext_h1_start] = ACTIONS(223),
    [sym__setext_h2_start] = ACTIONS(223),
    [sym__numbered_heading_start] = ACTIONS(285),
    [sym__sub_heading_start] = ACTIONS(288),
  },
  [8] = {
    [sym__section3] = STATE(7),
    [sym__section4] = STATE(7),
    [sym__section5] = STATE(7),
    [sym__section6] = STATE(7),
    [sym__section7] = STATE(7),
    [sym__section8] = STATE(7),
    [sym__block] = STATE(7),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(7),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(7),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(7),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(7),
    [sym_indented_code_block] = STATE(7),
    [aux_sym__section2_repeat1] = STATE(7),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(291),
    [sym__blank_line] = ACTIONS(293),
    [sym_thematic_break] = ACTIONS(293),
    [sym__atx_h1] = ACTIONS(291),
    [sym__atx_h2] = ACTIONS(291),
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
    [sym__setext_h1_start] = ACTIONS(291),
    [sym__setext_h2_start] = ACTIONS(291),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
  },
  [9] = {
    [sym__section3] = STATE(8),
    [sym__section4] = STATE(8),
    [sym__section5] = STATE(8),
    [sym__section6] = STATE(8),
    [sym__section7] = STATE(8),
    [sym__section8] = STATE(8),
    [sym__block] = STATE(8),
    [sym__atx_heading3] = STATE(10),
    [sym__atx_heading4] = STATE(14),
    [sym__atx_heading5] = STATE(17),
    [sym__atx_heading6] = STATE(20),
    [sym_numbered_heading] = STATE(23),
    [sym_sub_heading] = STATE(25),
    [sym_paragraph] = STATE(8),
    [sym__first_line] = STATE(29),
    [sym_pipe_table] = STATE(8),
    [sym__pipe_row] = STATE(28),
    [sym_html_block] = STATE(8),
    [sym__html_block_start] = STATE(81),
    [sym_html_table] = STATE(81),
    [sym_html_table_row] = STATE(81),
    [sym_html_table_cell] = STATE(81),
    [sym__html_table_start_tag] = STATE(90),
    [sym__html_row_start_tag] = STATE(106),
    [sym__html_cell_start_tag] = STATE(102),
    [sym__html_block_start_tag] = STATE(81),
    [sym_fenced_code_block] = STATE(8),
    [sym_indented_code_block] = STATE(8),
    [aux_sym__section2_repeat1] = STATE(8),
    [aux_sym_indented_code_block_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(295),
    [sym__blank_line] = ACTIONS(297),
    [sym_thematic_break] = ACTIONS(297),
    [sym__atx_h1] = ACTIONS(295),
    [sym__atx_h2] = ACTIONS(295),
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
    [sym__setext_h1_start] = ACTIONS(295),
    [sym__setext_h2_start] = ACTIONS(295),
    [sym__numbered_heading_start] = ACTIONS(53),
    [sym__sub_heading_start] = ACTIONS(55),
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(11), 12,
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(17), 1,
      sym__atx_heading5,
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(16), 10,
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
    STATE(20), 1,
      sym__atx_heading6,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(21), 9,
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
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(515), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(81), 5,
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
  [1384] = 29,
    ACTIONS(525), 1,
      sym_comment,
    ACTIONS(528), 1,
      sym_nianbao_comment,
    ACTIONS(531), 1,
      sym__row_start,
    ACTIONS(534), 1,
      sym__block_table_open,
    ACTIONS(537), 1,
      sym__block_tr_open,
    ACTIONS(543), 1,
      sym__block_tag_open,
    ACTIONS(549), 1,
      sym__table_open,
    ACTIONS(552), 1,
      sym__tr_open,
    ACTIONS(558), 1,
      sym__backtick_fence_open,
    ACTIONS(561), 1,
      sym__tilde_fence_open,
    ACTIONS(564), 1,
      sym__indented_line,
    ACTIONS(567), 1,
      sym__numbered_heading_start,
    ACTIONS(570), 1,
      sym__sub_heading_start,
    STATE(23), 1,
      sym_numbered_heading,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(519), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(540), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(546), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(555), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(522), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(81), 5,
      sym__html_block_start,
      sym_html_table,
      sym_html_table_row,
      sym_html_table_cell,
      sym__html_block_start_tag,
    ACTIONS(517), 9,
      sym__setext_h1_start,
      sym__setext_h2_start,
      ts_builtin_sym_end,
      sym__atx_h1,
      sym__atx_h2,
      sym__atx_h3,
      sym__atx_h4,
      sym__atx_h5,
      sym__atx_h6,
    STATE(21), 9,
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
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(31), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(35), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(41), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(579), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(19), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(81), 5,
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
    ACTIONS(589), 1,
      sym_comment,
    ACTIONS(592), 1,
      sym_nianbao_comment,
    ACTIONS(595), 1,
      sym__row_start,
    ACTIONS(598), 1,
      sym__block_table_open,
    ACTIONS(601), 1,
      sym__block_tr_open,
    ACTIONS(607), 1,
      sym__block_tag_open,
    ACTIONS(613), 1,
      sym__table_open,
    ACTIONS(616), 1,
      sym__tr_open,
    ACTIONS(622), 1,
      sym__backtick_fence_open,
    ACTIONS(625), 1,
      sym__tilde_fence_open,
    ACTIONS(628), 1,
      sym__indented_line,
    ACTIONS(631), 1,
      sym__sub_heading_start,
    STATE(25), 1,
      sym_sub_heading,
    STATE(28), 1,
      sym__pipe_row,
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(583), 2,
      sym__blank_line,
      sym_thematic_break,
    ACTIONS(604), 2,
      sym__block_td_open,
      sym__block_th_open,
    ACTIONS(610), 2,
      sym__html_block_end_tag,
      sym__html_block_declaration,
    ACTIONS(619), 2,
      sym__td_open,
      sym__th_open,
    ACTIONS(586), 5,
      sym_section_number,
      sym_item_number,
      sym_list_number,
      sym__text,
      sym__lt,
    STATE(81), 5,
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
    ACTIONS(581), 10,
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
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(29), 1,
      sym__first_line,
    STATE(36), 1,
      aux_sym_indented_code_block_repeat1,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    STATE(81), 5,
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
    STATE(31), 1,
      sym_pipe_table_delimiter_row,
    STATE(33), 2,
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
    ACTIONS(702), 2,
      sym__text,
      sym__lt,
    STATE(30), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(700), 11,
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
    ACTIONS(698), 22,
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
  [2237] = 4,
    ACTIONS(702), 2,
      sym__text,
      sym__lt,
    STATE(32), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(706), 11,
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
    ACTIONS(704), 22,
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
  [2283] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(34), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(710), 13,
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
    ACTIONS(708), 21,
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
  [2329] = 4,
    ACTIONS(716), 2,
      sym__text,
      sym__lt,
    STATE(32), 2,
      sym__continuation_line,
      aux_sym_paragraph_repeat1,
    ACTIONS(714), 11,
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
    ACTIONS(712), 22,
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
  [2375] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(35), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(721), 13,
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
    ACTIONS(719), 21,
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
  [2421] = 4,
    ACTIONS(25), 1,
      sym__row_start,
    STATE(35), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(725), 13,
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
    ACTIONS(723), 21,
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
  [2467] = 4,
    ACTIONS(731), 1,
      sym__row_start,
    STATE(35), 2,
      sym__pipe_row,
      aux_sym_pipe_table_repeat1,
    ACTIONS(729), 13,
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
    ACTIONS(727), 21,
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
  [2963] = 2,
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
  [3003] = 2,
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
  [3043] = 2,
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
  [3083] = 2,
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
  [3123] = 2,
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
  [3163] = 2,
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
  [3203] = 2,
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
  [3243] = 2,
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
  [3283] = 2,
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
  [3323] = 2,
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
  [3363] = 2,
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
  [3403] = 2,
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
  [3443] = 2,
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
  [3483] = 2,
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
    STATE(105), 1,
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
    ACTIONS(923), 1,
      sym__tag_open,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(921), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(927), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(925), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    STATE(83), 7,
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
    ACTIONS(944), 1,
      sym__tag_open,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(932), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(935), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(938), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(950), 2,
      sym__eof,
      sym__html_blank_end,
    ACTIONS(947), 3,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(941), 4,
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
    ACTIONS(929), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4448] = 12,
    ACTIONS(923), 1,
      sym__tag_open,
    STATE(90), 1,
      sym__html_table_start_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
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
    ACTIONS(925), 3,
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
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(987), 1,
      anon_sym_SLASH,
    ACTIONS(991), 1,
      sym__html_tag_space,
    ACTIONS(989), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(95), 2,
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
  [4643] = 11,
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(999), 1,
      sym_html_table_end_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(995), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(997), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1001), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(94), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(993), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4697] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1007), 1,
      anon_sym_SLASH,
    ACTIONS(1011), 1,
      sym__html_tag_space,
    ACTIONS(1009), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(96), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1005), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1003), 19,
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
  [4743] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1017), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1015), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1013), 19,
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
  [4789] = 11,
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(1025), 1,
      sym_html_table_end_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(29), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1021), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1023), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1027), 4,
      sym__eof,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(87), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(1019), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [4843] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1033), 1,
      anon_sym_SLASH,
    ACTIONS(1037), 1,
      sym__html_tag_space,
    ACTIONS(1035), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(89), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1031), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1029), 19,
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
  [4889] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1043), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1041), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1039), 19,
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
  [4935] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1049), 1,
      anon_sym_SLASH,
    ACTIONS(1053), 1,
      sym__html_tag_space,
    ACTIONS(1051), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(84), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1047), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1045), 19,
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
  [4981] = 10,
    ACTIONS(1069), 1,
      sym__tag_open,
    STATE(102), 1,
      sym__html_cell_start_tag,
    STATE(106), 1,
      sym__html_row_start_tag,
    ACTIONS(1058), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1061), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1063), 2,
      sym__block_tr_open,
      sym__tr_open,
    ACTIONS(1066), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1072), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(94), 5,
      sym__html_other,
      sym_html_table_row,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_repeat1,
    ACTIONS(1055), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5033] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1078), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1076), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1074), 19,
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
  [5079] = 7,
    ACTIONS(962), 1,
      anon_sym_SLASH,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(968), 1,
      sym__html_tag_space,
    ACTIONS(1084), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(85), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1082), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1080), 19,
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
  [5125] = 7,
    ACTIONS(966), 1,
      sym_html_attribute_name,
    ACTIONS(1090), 1,
      anon_sym_SLASH,
    ACTIONS(1094), 1,
      sym__html_tag_space,
    ACTIONS(1092), 2,
      anon_sym_GT,
      anon_sym_SLASH_GT,
    STATE(92), 2,
      sym_html_attribute,
      aux_sym__html_table_start_tag_repeat1,
    ACTIONS(1088), 5,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1086), 19,
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
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(1110), 1,
      sym_html_cell_end_tag,
    STATE(90), 1,
      sym__html_table_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1104), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1108), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    STATE(101), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1106), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
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
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(1120), 1,
      sym_html_row_end_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    ACTIONS(1114), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1116), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1118), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(103), 4,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
    ACTIONS(1112), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5304] = 8,
    ACTIONS(1133), 1,
      sym__tag_open,
    STATE(90), 1,
      sym__html_table_start_tag,
    ACTIONS(1125), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1128), 2,
      sym__block_table_open,
      sym__table_open,
    STATE(101), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1136), 5,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    ACTIONS(1131), 6,
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
  [5350] = 9,
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(1146), 1,
      sym_html_cell_end_tag,
    STATE(90), 1,
      sym__html_table_start_tag,
    ACTIONS(27), 2,
      sym__block_table_open,
      sym__table_open,
    ACTIONS(1140), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(1144), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym__html_blank_end,
    STATE(99), 4,
      sym__html_other,
      sym_html_table,
      sym_html_start_tag,
      aux_sym_html_table_cell_repeat1,
    ACTIONS(1142), 6,
      sym__block_tr_open,
      sym__block_td_open,
      sym__block_th_open,
      sym__tr_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1138), 8,
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
    STATE(102), 1,
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
  [5512] = 9,
    ACTIONS(923), 1,
      sym__tag_open,
    ACTIONS(1180), 1,
      sym_html_row_end_tag,
    STATE(102), 1,
      sym__html_cell_start_tag,
    ACTIONS(1174), 2,
      sym_nianbao_comment,
      sym_html_declaration,
    ACTIONS(31), 4,
      sym__block_td_open,
      sym__block_th_open,
      sym__td_open,
      sym__th_open,
    ACTIONS(1176), 4,
      sym__block_table_open,
      sym__block_tr_open,
      sym__table_open,
      sym__tr_open,
    ACTIONS(1178), 4,
      sym__eof,
      sym_html_table_end_tag,
      sym_html_cell_end_tag,
      sym__html_blank_end,
    STATE(100), 4,
      sym__html_other,
      sym_html_table_cell,
      sym_html_start_tag,
      aux_sym_html_table_row_repeat1,
    ACTIONS(1172), 8,
      sym__newline,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__space,
      sym_html_end_tag,
      sym__html_text,
  [5560] = 2,
    ACTIONS(1184), 8,
      sym__eof,
      sym_nianbao_comment,
      anon_sym_GT,
      anon_sym_SLASH_GT,
      sym__html_tag_space,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
    ACTIONS(1182), 21,
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
    ACTIONS(1001), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(997), 17,
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
    ACTIONS(1118), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1116), 17,
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
    ACTIONS(1108), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1106), 17,
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
  [5860] = 2,
    ACTIONS(1076), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1074), 17,
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
    ACTIONS(1041), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1039), 17,
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
    ACTIONS(1015), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1013), 17,
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
  [5976] = 2,
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
  [6005] = 2,
    ACTIONS(1082), 7,
      sym__eof,
      sym_nianbao_comment,
      sym_html_table_end_tag,
      sym_html_row_end_tag,
      sym_html_cell_end_tag,
      sym_html_declaration,
      sym__html_blank_end,
    ACTIONS(1080), 17,
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
  [6063] = 2,
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
  [6092] = 2,
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
  [6121] = 11,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1232), 1,
      sym__pipe,
    ACTIONS(1234), 1,
      sym__delimiter,
    ACTIONS(1236), 1,
      sym__space,
    STATE(46), 1,
      sym__eol,
    STATE(128), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(171), 1,
      sym_pipe_table_delimiter_cell,
    STATE(177), 1,
      sym_pipe_table_cell,
    ACTIONS(1226), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1228), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6160] = 7,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1234), 1,
      sym__delimiter,
    ACTIONS(1236), 1,
      sym__space,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(199), 2,
      sym_pipe_table_delimiter_cell,
      sym_pipe_table_cell,
    ACTIONS(1238), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1228), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6189] = 8,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1242), 1,
      sym__pipe,
    STATE(79), 1,
      sym__eol,
    STATE(130), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(175), 1,
      sym_pipe_table_cell,
    ACTIONS(1240), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1228), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6220] = 8,
    ACTIONS(1230), 1,
      sym_nianbao_comment,
    ACTIONS(1232), 1,
      sym__pipe,
    STATE(46), 1,
      sym__eol,
    STATE(128), 1,
      aux_sym__pipe_row_repeat1,
    STATE(137), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(177), 1,
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
  [6251] = 7,
    ACTIONS(1249), 1,
      sym_nianbao_comment,
    ACTIONS(1252), 1,
      sym__pipe,
    STATE(130), 1,
      aux_sym__pipe_row_repeat1,
    STATE(157), 1,
      aux_sym_pipe_table_cell_repeat1,
    STATE(210), 1,
      sym_pipe_table_cell,
    ACTIONS(1244), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1246), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6279] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(40), 1,
      sym__eol,
    STATE(186), 1,
      sym_heading_content,
    ACTIONS(1255), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1257), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6306] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(43), 1,
      sym__eol,
    STATE(181), 1,
      sym_heading_content,
    ACTIONS(1263), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1265), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6333] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(57), 1,
      sym__eol,
    STATE(200), 1,
      sym_heading_content,
    ACTIONS(1267), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1269), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6360] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(39), 1,
      sym__eol,
    STATE(190), 1,
      sym_heading_content,
    ACTIONS(1271), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1273), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6387] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(41), 1,
      sym__eol,
    STATE(195), 1,
      sym_heading_content,
    ACTIONS(1275), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1277), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6414] = 7,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(42), 1,
      sym__eol,
    STATE(187), 1,
      sym_heading_content,
    ACTIONS(1279), 2,
      sym__eof,
      sym__newline,
    ACTIONS(1281), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6441] = 4,
    ACTIONS(1287), 1,
      sym_nianbao_comment,
    STATE(139), 1,
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
  [6461] = 3,
    ACTIONS(1293), 1,
      sym__delimiter,
    ACTIONS(1289), 4,
      sym__eof,
      sym__newline,
      sym_nianbao_comment,
      sym__pipe,
    ACTIONS(1291), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6479] = 4,
    ACTIONS(1300), 1,
      sym_nianbao_comment,
    STATE(139), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1295), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
    ACTIONS(1297), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6499] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(48), 1,
      sym__eol,
    STATE(183), 1,
      sym_heading_content,
    ACTIONS(1303), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6522] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(51), 1,
      sym__eol,
    STATE(192), 1,
      sym_heading_content,
    ACTIONS(1305), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6545] = 6,
    ACTIONS(1307), 1,
      sym__newline,
    ACTIONS(1313), 1,
      sym_nianbao_comment,
    STATE(208), 1,
      sym_heading_content,
    ACTIONS(1309), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(164), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1311), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6568] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(52), 1,
      sym__eol,
    STATE(193), 1,
      sym_heading_content,
    ACTIONS(1315), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6591] = 6,
    ACTIONS(1313), 1,
      sym_nianbao_comment,
    ACTIONS(1317), 1,
      sym__newline,
    STATE(212), 1,
      sym_heading_content,
    ACTIONS(1319), 2,
      sym__inline_section_number,
      sym__inline_item_number,
    STATE(164), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1311), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6614] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(53), 1,
      sym__eol,
    STATE(197), 1,
      sym_heading_content,
    ACTIONS(1321), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6637] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(49), 1,
      sym__eol,
    STATE(185), 1,
      sym_heading_content,
    ACTIONS(1323), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6660] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(50), 1,
      sym__eol,
    STATE(188), 1,
      sym_heading_content,
    ACTIONS(1325), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6683] = 2,
    ACTIONS(1244), 4,
      sym__eof,
      sym__newline,
      sym_nianbao_comment,
      sym__pipe,
    ACTIONS(1327), 6,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
      sym__space,
  [6698] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(54), 1,
      sym__eol,
    STATE(182), 1,
      sym_heading_content,
    ACTIONS(1329), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6721] = 6,
    ACTIONS(1261), 1,
      sym_nianbao_comment,
    STATE(47), 1,
      sym__eol,
    STATE(203), 1,
      sym_heading_content,
    ACTIONS(1331), 2,
      sym__eof,
      sym__newline,
    STATE(161), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1259), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6744] = 5,
    ACTIONS(1337), 1,
      sym_nianbao_comment,
    STATE(44), 1,
      sym__eol,
    ACTIONS(1333), 2,
      sym__eof,
      sym__newline,
    STATE(155), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1335), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6764] = 5,
    ACTIONS(1341), 1,
      sym_nianbao_comment,
    STATE(56), 1,
      sym__eol,
    ACTIONS(956), 2,
      sym__eof,
      sym__newline,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1339), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6784] = 5,
    ACTIONS(1341), 1,
      sym_nianbao_comment,
    STATE(72), 1,
      sym__eol,
    ACTIONS(1343), 2,
      sym__eof,
      sym__newline,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1339), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6804] = 5,
    ACTIONS(1347), 1,
      sym_nianbao_comment,
    STATE(45), 1,
      sym__eol,
    ACTIONS(927), 2,
      sym__eof,
      sym__newline,
    STATE(152), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1345), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6824] = 5,
    ACTIONS(1341), 1,
      sym_nianbao_comment,
    STATE(55), 1,
      sym__eol,
    ACTIONS(1349), 2,
      sym__eof,
      sym__newline,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1339), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6844] = 5,
    ACTIONS(1355), 1,
      sym_nianbao_comment,
    STATE(61), 1,
      sym__eol,
    ACTIONS(1351), 2,
      sym__eof,
      sym__newline,
    STATE(153), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1353), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6864] = 4,
    ACTIONS(1283), 1,
      sym__pipe,
    STATE(158), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1359), 2,
      sym_nianbao_comment,
      sym__space,
    ACTIONS(1357), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6882] = 4,
    ACTIONS(1295), 1,
      sym__pipe,
    STATE(158), 1,
      aux_sym_pipe_table_cell_repeat1,
    ACTIONS(1364), 2,
      sym_nianbao_comment,
      sym__space,
    ACTIONS(1361), 5,
      sym__lt,
      sym_comment,
      sym_number,
      sym_total_label,
      sym__cell_text,
  [6900] = 5,
    ACTIONS(1313), 1,
      sym_nianbao_comment,
    ACTIONS(1367), 1,
      sym__newline,
    STATE(211), 1,
      sym_heading_content,
    STATE(164), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1311), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6919] = 5,
    ACTIONS(1313), 1,
      sym_nianbao_comment,
    ACTIONS(1369), 1,
      sym__newline,
    STATE(207), 1,
      sym_heading_content,
    STATE(164), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1311), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6938] = 4,
    ACTIONS(1341), 1,
      sym_nianbao_comment,
    ACTIONS(1371), 2,
      sym__eof,
      sym__newline,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1339), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6955] = 4,
    ACTIONS(1378), 1,
      sym_nianbao_comment,
    ACTIONS(1373), 2,
      sym__eof,
      sym__newline,
    STATE(162), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1375), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6972] = 4,
    ACTIONS(1373), 1,
      sym__newline,
    ACTIONS(1384), 1,
      sym_nianbao_comment,
    STATE(163), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1381), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [6988] = 4,
    ACTIONS(1371), 1,
      sym__newline,
    ACTIONS(1389), 1,
      sym_nianbao_comment,
    STATE(163), 2,
      sym__inline,
      aux_sym_heading_content_repeat1,
    ACTIONS(1387), 3,
      sym__text,
      sym__lt,
      sym_comment,
  [7004] = 4,
    ACTIONS(1391), 1,
      sym__newline,
    ACTIONS(1395), 1,
      sym__code_line,
    STATE(170), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1393), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7018] = 4,
    ACTIONS(1397), 1,
      sym__newline,
    ACTIONS(1399), 1,
      sym__code_line,
    STATE(169), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1393), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7032] = 4,
    ACTIONS(1401), 1,
      sym__newline,
    ACTIONS(1405), 1,
      sym__code_line,
    STATE(165), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1403), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7046] = 4,
    ACTIONS(1409), 1,
      sym__pipe,
    STATE(76), 1,
      sym__eol,
    STATE(176), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1407), 2,
      sym__eof,
      sym__newline,
  [7060] = 4,
    ACTIONS(1411), 1,
      sym__newline,
    ACTIONS(1416), 1,
      sym__code_line,
    STATE(169), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1414), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7074] = 4,
    ACTIONS(1419), 1,
      sym__newline,
    ACTIONS(1422), 1,
      sym__code_line,
    STATE(170), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1414), 2,
      sym__eof,
      sym__backtick_fence_close,
  [7088] = 4,
    ACTIONS(1409), 1,
      sym__pipe,
    STATE(73), 1,
      sym__eol,
    STATE(168), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1425), 2,
      sym__eof,
      sym__newline,
  [7102] = 4,
    ACTIONS(1427), 1,
      sym__newline,
    ACTIONS(1429), 1,
      sym__code_line,
    STATE(166), 1,
      aux_sym_fenced_code_block_repeat1,
    ACTIONS(1403), 2,
      sym__eof,
      sym__tilde_fence_close,
  [7116] = 2,
    ACTIONS(1433), 1,
      sym__space,
    ACTIONS(1431), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7125] = 2,
    ACTIONS(1437), 1,
      sym__space,
    ACTIONS(1435), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7134] = 3,
    ACTIONS(1441), 1,
      sym__pipe,
    STATE(71), 1,
      sym__eol,
    ACTIONS(1439), 2,
      sym__eof,
      sym__newline,
  [7145] = 3,
    ACTIONS(1445), 1,
      sym__pipe,
    STATE(176), 1,
      aux_sym_pipe_table_delimiter_row_repeat1,
    ACTIONS(1443), 2,
      sym__eof,
      sym__newline,
  [7156] = 3,
    ACTIONS(1441), 1,
      sym__pipe,
    STATE(79), 1,
      sym__eol,
    ACTIONS(1240), 2,
      sym__eof,
      sym__newline,
  [7167] = 2,
    ACTIONS(1448), 2,
      sym__attribute_number,
      sym__dquoted,
    ACTIONS(1450), 2,
      sym__eof,
      sym__dquote,
  [7176] = 2,
    ACTIONS(1450), 2,
      sym__eof,
      sym__squote,
    ACTIONS(1452), 2,
      sym__attribute_number,
      sym__squoted,
  [7185] = 2,
    STATE(60), 1,
      sym__eol,
    ACTIONS(1454), 2,
      sym__eof,
      sym__newline,
  [7193] = 2,
    STATE(54), 1,
      sym__eol,
    ACTIONS(1329), 2,
      sym__eof,
      sym__newline,
  [7201] = 2,
    STATE(70), 1,
      sym__eol,
    ACTIONS(1456), 2,
      sym__eof,
      sym__newline,
  [7209] = 2,
    STATE(65), 1,
      sym__eol,
    ACTIONS(1458), 2,
      sym__eof,
      sym__newline,
  [7217] = 2,
    STATE(63), 1,
      sym__eol,
    ACTIONS(1460), 2,
      sym__eof,
      sym__newline,
  [7225] = 2,
    STATE(66), 1,
      sym__eol,
    ACTIONS(1462), 2,
      sym__eof,
      sym__newline,
  [7233] = 2,
    STATE(51), 1,
      sym__eol,
    ACTIONS(1305), 2,
      sym__eof,
      sym__newline,
  [7241] = 2,
    STATE(53), 1,
      sym__eol,
    ACTIONS(1321), 2,
      sym__eof,
      sym__newline,
  [7249] = 2,
    STATE(67), 1,
      sym__eol,
    ACTIONS(1464), 2,
      sym__eof,
      sym__newline,
  [7257] = 1,
    ACTIONS(1435), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7263] = 2,
    STATE(50), 1,
      sym__eol,
    ACTIONS(1325), 2,
      sym__eof,
      sym__newline,
  [7271] = 2,
    STATE(62), 1,
      sym__eol,
    ACTIONS(1466), 2,
      sym__eof,
      sym__newline,
  [7279] = 2,
    STATE(68), 1,
      sym__eol,
    ACTIONS(1468), 2,
      sym__eof,
      sym__newline,
  [7287] = 2,
    STATE(38), 1,
      sym__eol,
    ACTIONS(1470), 2,
      sym__eof,
      sym__newline,
  [7295] = 2,
    STATE(77), 1,
      sym__eol,
    ACTIONS(1472), 2,
      sym__eof,
      sym__newline,
  [7303] = 2,
    STATE(52), 1,
      sym__eol,
    ACTIONS(1315), 2,
      sym__eof,
      sym__newline,
  [7311] = 2,
    STATE(78), 1,
      sym__eol,
    ACTIONS(1474), 2,
      sym__eof,
      sym__newline,
  [7319] = 2,
    STATE(69), 1,
      sym__eol,
    ACTIONS(1476), 2,
      sym__eof,
      sym__newline,
  [7327] = 1,
    ACTIONS(1478), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7333] = 1,
    ACTIONS(1443), 3,
      sym__eof,
      sym__newline,
      sym__pipe,
  [7339] = 2,
    STATE(49), 1,
      sym__eol,
    ACTIONS(1323), 2,
      sym__eof,
      sym__newline,
  [7347] = 2,
    STATE(74), 1,
      sym__eol,
    ACTIONS(1480), 2,
      sym__eof,
      sym__newline,
  [7355] = 2,
    STATE(75), 1,
      sym__eol,
    ACTIONS(1482), 2,
      sym__eof,
      sym__newline,
  [7363] = 2,
    STATE(64), 1,
      sym__eol,
    ACTIONS(1484), 2,
      sym__eof,
      sym__newline,
  [7371] = 1,
    ACTIONS(1486), 2,
      sym__eof,
      sym__dquote,
  [7376] = 1,
    ACTIONS(1486), 2,
      sym__eof,
      sym__squote,
  [7381] = 1,
    ACTIONS(1488), 1,
      sym_setext_h2_underline,
  [7385] = 1,
    ACTIONS(1490), 1,
      sym__newline,
  [7389] = 1,
    ACTIONS(1367), 1,
      sym__newline,
  [7393] = 1,
    ACTIONS(1492), 1,
      sym_setext_h1_underline,
  [7397] = 1,
    ACTIONS(1441), 1,
      sym__pipe,
  [7401] = 1,
    ACTIONS(1494), 1,
      sym__newline,
  [7405] = 1,
    ACTIONS(1369), 1,
      sym__newline,
  [7409] = 1,
    ACTIONS(1496), 1,
      ts_builtin_sym_end,
  [7413] = 1,
    ACTIONS(1498), 1,
      sym_setext_h1_underline,
  [7417] = 1,
    ACTIONS(1500), 1,
      sym_section_number,
  [7421] = 1,
    ACTIONS(1502), 1,
      sym_setext_h1_underline,
  [7425] = 1,
    ACTIONS(1504), 1,
      sym_setext_h2_underline,
  [7429] = 1,
    ACTIONS(1506), 1,
      sym_setext_h2_underline,
  [7433] = 1,
    ACTIONS(1508), 1,
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
  [SMALL_STATE(88)] = 4697,
  [SMALL_STATE(89)] = 4743,
  [SMALL_STATE(90)] = 4789,
  [SMALL_STATE(91)] = 4843,
  [SMALL_STATE(92)] = 4889,
  [SMALL_STATE(93)] = 4935,
  [SMALL_STATE(94)] = 4981,
  [SMALL_STATE(95)] = 5033,
  [SMALL_STATE(96)] = 5079,
  [SMALL_STATE(97)] = 5125,
  [SMALL_STATE(98)] = 5171,
  [SMALL_STATE(99)] = 5208,
  [SMALL_STATE(100)] = 5256,
  [SMALL_STATE(101)] = 5304,
  [SMALL_STATE(102)] = 5350,
  [SMALL_STATE(103)] = 5398,
  [SMALL_STATE(104)] = 5444,
  [SMALL_STATE(105)] = 5478,
  [SMALL_STATE(106)] = 5512,
  [SMALL_STATE(107)] = 5560,
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
  [SMALL_STATE(127)] = 6160,
  [SMALL_STATE(128)] = 6189,
  [SMALL_STATE(129)] = 6220,
  [SMALL_STATE(130)] = 6251,
  [SMALL_STATE(131)] = 6279,
  [SMALL_STATE(132)] = 6306,
  [SMALL_STATE(133)] = 6333,
  [SMALL_STATE(134)] = 6360,
  [SMALL_STATE(135)] = 6387,
  [SMALL_STATE(136)] = 6414,
  [SMALL_STATE(137)] = 6441,
  [SMALL_STATE(138)] = 6461,
  [SMALL_STATE(139)] = 6479,
  [SMALL_STATE(140)] = 6499,
  [SMALL_STATE(141)] = 6522,
  [SMALL_STATE(142)] = 6545,
  [SMALL_STATE(143)] = 6568,
  [SMALL_STATE(144)] = 6591,
  [SMALL_STATE(145)] = 6614,
  [SMALL_STATE(146)] = 6637,
  [SMALL_STATE(147)] = 6660,
  [SMALL_STATE(148)] = 6683,
  [SMALL_STATE(149)] = 6698,
  [SMALL_STATE(150)] = 6721,
  [SMALL_STATE(151)] = 6744,
  [SMALL_STATE(152)] = 6764,
  [SMALL_STATE(153)] = 6784,
  [SMALL_STATE(154)] = 6804,
  [SMALL_STATE(155)] = 6824,
  [SMALL_STATE(156)] = 6844,
  [SMALL_STATE(157)] = 6864,
  [SMALL_STATE(158)] = 6882,
  [SMALL_STATE(159)] = 6900,
  [SMALL_STATE(160)] = 6919,
  [SMALL_STATE(161)] = 6938,
  [SMALL_STATE(162)] = 6955,
  [SMALL_STATE(163)] = 6972,
  [SMALL_STATE(164)] = 6988,
  [SMALL_STATE(165)] = 7004,
  [SMALL_STATE(166)] = 7018,
  [SMALL_STATE(167)] = 7032,
  [SMALL_STATE(168)] = 7046,
  [SMALL_STATE(169)] = 7060,
  [SMALL_STATE(170)] = 7074,
  [SMALL_STATE(171)] = 7088,
  [SMALL_STATE(172)] = 7102,
  [SMALL_STATE(173)] = 7116,
  [SMALL_STATE(174)] = 7125,
  [SMALL_STATE(175)] = 7134,
  [SMALL_STATE(176)] = 7145,
  [SMALL_STATE(177)] = 7156,
  [SMALL_STATE(178)] = 7167,
  [SMALL_STATE(179)] = 7176,
  [SMALL_STATE(180)] = 7185,
  [SMALL_STATE(181)] = 7193,
  [SMALL_STATE(182)] = 7201,
  [SMALL_STATE(183)] = 7209,
  [SMALL_STATE(184)] = 7217,
  [SMALL_STATE(185)] = 7225,
  [SMALL_STATE(186)] = 7233,
  [SMALL_STATE(187)] = 7241,
  [SMALL_STATE(188)] = 7249,
  [SMALL_STATE(189)] = 7257,
  [SMALL_STATE(190)] = 7263,
  [SMALL_STATE(191)] = 7271,
  [SMALL_STATE(192)] = 7279,
  [SMALL_STATE(193)] = 7287,
  [SMALL_STATE(194)] = 7295,
  [SMALL_STATE(195)] = 7303,
  [SMALL_STATE(196)] = 7311,
  [SMALL_STATE(197)] = 7319,
  [SMALL_STATE(198)] = 7327,
  [SMALL_STATE(199)] = 7333,
  [SMALL_STATE(200)] = 7339,
  [SMALL_STATE(201)] = 7347,
  [SMALL_STATE(202)] = 7355,
  [SMALL_STATE(203)] = 7363,
  [SMALL_STATE(204)] = 7371,
  [SMALL_STATE(205)] = 7376,
  [SMALL_STATE(206)] = 7381,
  [SMALL_STATE(207)] = 7385,
  [SMALL_STATE(208)] = 7389,
  [SMALL_STATE(209)] = 7393,
  [SMALL_STATE(210)] = 7397,
  [SMALL_STATE(211)] = 7401,
  [SMALL_STATE(212)] = 7405,
  [SMALL_STATE(213)] = 7409,
  [SMALL_STATE(214)] = 7413,
  [SMALL_STATE(215)] = 7417,
  [SMALL_STATE(216)] = 7421,
  [SMALL_STATE(217)] = 7425,
  [SMALL_STATE(218)] = 7429,
  [SMALL_STATE(219)] = 7433,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [57] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1, 0, 0),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [63] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [66] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [69] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [72] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [75] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [78] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [81] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [84] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [87] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [90] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [93] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [96] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [99] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [102] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [105] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [108] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [111] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [114] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [117] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [126] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(144),
  [135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [138] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 1, 0, 0),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section1, 2, 0, 0),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0),
  [151] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [154] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [157] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [160] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [163] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [166] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [169] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [172] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [181] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [193] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [199] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [208] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [211] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [214] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(144),
  [217] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [220] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section1_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0),
  [225] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [228] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [231] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [234] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [237] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [240] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [243] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [246] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [252] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [255] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [258] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [261] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [264] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [267] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [270] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [273] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [276] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [279] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [282] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [285] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [288] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section2_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 2, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section2, 1, 0, 0),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 1, 0, 0),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section3, 2, 0, 0),
  [305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0),
  [309] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [312] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [315] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [318] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [321] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [324] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [327] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [330] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [333] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [336] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [339] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [342] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [345] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [348] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [351] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [354] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [357] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [360] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [363] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [366] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [369] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section3_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 2, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section4, 1, 0, 0),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0),
  [382] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [385] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [388] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [391] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [394] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [397] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [400] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [403] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [406] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [409] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [412] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [415] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [418] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [421] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [424] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [427] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [430] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [433] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [436] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [439] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section4_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [442] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 2, 0, 0),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section5, 1, 0, 0),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0),
  [452] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(18),
  [455] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [458] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [461] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [464] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [467] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [470] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [473] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [476] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [479] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [482] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [485] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [488] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [491] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [494] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [497] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [500] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [503] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [506] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section5_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 2, 0, 0),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section6, 1, 0, 0),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [517] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0),
  [519] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(21),
  [522] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [525] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [528] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [531] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [534] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [537] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [540] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [543] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [546] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [549] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [552] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [555] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [558] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [561] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [564] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [567] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(215),
  [570] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section6_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 2, 0, 0),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section7, 1, 0, 0),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [581] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0),
  [583] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [586] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [589] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [592] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [595] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [598] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [601] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [604] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [607] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [610] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [613] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [616] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [619] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [622] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [625] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [628] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [631] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section7_repeat1, 2, 0, 0), SHIFT_REPEAT(219),
  [634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 1, 0, 0),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [638] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__section8, 2, 0, 0),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [642] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0),
  [644] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [647] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [650] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [653] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [656] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [659] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [662] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [665] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [668] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [671] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [674] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [677] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [680] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [683] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [686] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [689] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__section8_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [694] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 1, 0, 0),
  [696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [700] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [702] = {.entry = {.count = 1, .reusable = false}}, SHIFT(156),
  [704] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 2, 0, 0),
  [706] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 2, 0, 0),
  [708] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [710] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 1),
  [712] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [714] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [716] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(156),
  [719] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [721] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 2, 0, 0),
  [723] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [725] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_pipe_table, 3, 0, 1),
  [727] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [729] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0),
  [731] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [736] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_code_block, 1, 0, 0),
  [738] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [740] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0),
  [742] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [747] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 4, 0, 0),
  [749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [751] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 2, 0, 0),
  [753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [755] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 2, 0, 0),
  [757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [759] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 2, 0, 0),
  [761] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [763] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 2, 0, 0),
  [765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [767] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 2, 0, 0),
  [769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 2, 0, 0),
  [771] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 2, 0, 0),
  [773] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 2, 0, 0),
  [775] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 2, 0, 0),
  [777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [779] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 2, 0, 0),
  [781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [783] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 3, 0, 0),
  [785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [787] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 3, 0, 0),
  [789] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [791] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 3, 0, 0),
  [793] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [795] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 3, 0, 0),
  [797] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [799] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 3, 0, 0),
  [801] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [803] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading4, 3, 0, 0),
  [805] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [807] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading5, 3, 0, 0),
  [809] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [811] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading6, 3, 0, 0),
  [813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__first_line, 3, 0, 0),
  [815] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__first_line, 3, 0, 0),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_block, 3, 0, 0),
  [819] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_block, 3, 0, 0),
  [821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [823] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 2, 0, 0),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [827] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 3, 0, 0),
  [829] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [831] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fenced_code_block, 2, 0, 0),
  [833] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [835] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continuation_line, 2, 0, 0),
  [837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading1, 4, 0, 0),
  [839] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading1, 4, 0, 0),
  [841] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__setext_heading2, 4, 0, 0),
  [843] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__setext_heading2, 4, 0, 0),
  [845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [847] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_numbered_heading, 4, 0, 0),
  [849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [851] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sub_heading, 4, 0, 0),
  [853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [855] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading1, 4, 0, 0),
  [857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [859] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading2, 4, 0, 0),
  [861] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__atx_heading3, 4, 0, 0),
  [863] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__atx_heading3, 4, 0, 0),
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
  [905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [907] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__pipe_row, 3, 0, 0),
  [909] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 2, 0, 0),
  [913] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [923] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [929] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(82),
  [932] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(82),
  [935] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [938] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [941] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [944] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [947] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0), SHIFT_REPEAT(123),
  [950] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_block_repeat1, 2, 0, 0),
  [952] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [958] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 2, 0, 0),
  [962] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [966] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [970] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [972] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0),
  [974] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [977] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(98),
  [980] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__html_table_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [983] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [985] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 1, 0, 0),
  [987] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [993] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [997] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 2, 0, 0),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 2, 0, 0),
  [1003] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [1005] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 1, 0, 0),
  [1007] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1013] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [1015] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 2, 0, 0),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1019] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1023] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 1, 0, 0),
  [1025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1027] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 1, 0, 0),
  [1029] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1031] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 1, 0, 0),
  [1033] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1039] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1041] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 2, 0, 0),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1045] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 1, 0, 0),
  [1049] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1055] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [1058] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [1061] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1063] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [1066] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1069] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1072] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_repeat1, 2, 0, 0),
  [1074] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1076] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 2, 0, 0),
  [1078] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1080] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [1082] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 2, 0, 0),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1086] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1088] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 1, 0, 0),
  [1090] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1096] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1098] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 1, 0, 0),
  [1100] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1102] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [1104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1106] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 2, 0, 0),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1112] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1116] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 2, 0, 0),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1122] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [1125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [1128] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [1131] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1133] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_cell_repeat1, 2, 0, 0),
  [1138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [1140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1142] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 1, 0, 0),
  [1146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1148] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1151] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [1154] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1156] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [1159] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_html_table_row_repeat1, 2, 0, 0),
  [1164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 1, 0, 0),
  [1168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute, 3, 0, 0),
  [1172] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [1174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [1176] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 1, 0, 0),
  [1180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1182] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 2, 0, 0),
  [1186] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_attribute_value, 3, 0, 0),
  [1190] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_table_start_tag, 3, 0, 0),
  [1194] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_row_start_tag, 3, 0, 0),
  [1198] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_cell_start_tag, 3, 0, 0),
  [1202] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_block_start_tag, 3, 0, 0),
  [1206] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table, 3, 0, 0),
  [1208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table, 3, 0, 0),
  [1210] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_row, 3, 0, 0),
  [1214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__html_flow, 1, 0, 2),
  [1218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_start_tag, 3, 0, 0),
  [1222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_html_table_cell, 3, 0, 0),
  [1226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(137),
  [1230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [1236] = {.entry = {.count = 1, .reusable = false}}, SHIFT(138),
  [1238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 1, 0, 0),
  [1240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1246] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(157),
  [1249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(157),
  [1252] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [1255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1259] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [1283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_cell, 1, 0, 0),
  [1285] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 1, 0, 0),
  [1291] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 1, 0, 0),
  [1293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [1295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0),
  [1297] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [1300] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1327] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__pipe_row_repeat1, 2, 0, 0),
  [1329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [1339] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1345] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [1347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1353] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [1355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1357] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [1359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [1361] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [1364] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_cell_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [1367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [1371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading_content, 1, 0, 0),
  [1373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0),
  [1375] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(162),
  [1378] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(162),
  [1381] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [1384] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_heading_content_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [1387] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1395] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1399] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1405] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1411] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(169),
  [1414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0),
  [1416] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(169),
  [1419] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(170),
  [1422] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_fenced_code_block_repeat1, 2, 0, 0), SHIFT_REPEAT(170),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1431] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_cell, 1, 0, 0),
  [1433] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [1435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_cell, 2, 0, 0),
  [1437] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0),
  [1445] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_pipe_table_delimiter_row_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [1448] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [1450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1452] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [1454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1478] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pipe_table_delimiter_cell, 3, 0, 0),
  [1480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [1492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1496] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [1500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
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
