/**
 * tree-sitter grammar for the Markdown form of 政府信息公开工作年度报告 (nianbao reports).
 *
 * Block level, line by line, no external scanner. Node names follow the common Markdown
 * grammar where the thing is the same (section, atx_heading, setext_heading, paragraph,
 * pipe_table, pipe_table_row, pipe_table_cell, html_block, fenced_code_block …); what reports
 * add has names of its own (numbered_heading, sub_heading, section_number, item_number, number,
 * total_label, html_table, nianbao_comment …).
 *
 * What needs a whole line is decided by the external scanner (src/scanner.c), with zero-width
 * tokens at the start of the line: a setext heading's text (the next line is its underline), a
 * numbered heading "一、总体情况" or a sub-heading "（一）主动公开情况" (no sentence punctuation
 * after the number: as the report model reads section headings). It also gives the end of the
 * input, so that every line ends with a line break or there, and the tokens of a line never
 * compete with those that start the next one.
 *
 * Section levels: ATX 1–6 and setext 1–2 as in Markdown; a numbered heading (一、) is level 7
 * and a sub-heading (（一）) level 8, so the report's own numbering nests under any Markdown
 * heading.
 */

const NUMERAL = '[一二三四五六七八九十]+';

/* 一、 / **一、 and （一） / (一): the report's own numbering of sections and their items. */
const SECTION_NUMBER = `(?:\\*\\*|__)?[ \\t]*${NUMERAL}[ \\t]*[、．.]`;
const ITEM_NUMBER =
  `(?:\\*\\*|__)?[ \\t]*(?:（[ \\t]*${NUMERAL}[ \\t]*）|\\([ \\t]*${NUMERAL}[ \\t]*\\))`;
/* Suppression comments as src/core/suppress.c reads them. */
const DIRECTIVE_SPACE = '[ \\t\\r\\n\\f\\v,]';
/* An HTML comment's text: anything up to the first "-->". */
const COMMENT_BODY = '(?:[^-]|-[^-]|--+[^->])*';
const DIRECTIVE = 'nianbao-(?:disable|enable|disable-line|disable-next-line|disable-file)';

/* The first character of a setext heading's text: none that starts another kind of line
 * (ATX heading, pipe row, HTML, fence, block quote, underline, list item). */
const SETEXT_FIRST = '(?:[^\\s#|<>`~=\\-+*]|[\\-+*][^\\s])';

/* One character of inline text that is not in `excluded` and does not begin "<!--" (a comment
 * is a token of its own); with `escapes`, a backslash and the character after it. */
function textChar(excluded, escapes = false) {
  const escape = escapes ? '\\\\[^\\n]|' : '';
  return (
    `${escape}[^<\\n${excluded}]|<[^!<\\n${excluded}]|<![^\\-<\\n${excluded}]` +
    `|<!-[^\\-<\\n${excluded}]`
  );
}

/* A run of those characters that neither starts nor ends with a blank. */
function trimmedRun(excluded, escapes = false) {
  const edge = textChar(` \\t\\r${excluded}`, escapes);
  const any = textChar(`\\r${excluded}`, escapes);
  return `(?:${edge})(?:(?:${any})*(?:${edge}))?`;
}

/* An HTML tag name in any letter case. */
function ci(word) {
  return word
    .split('')
    .map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c))
    .join('');
}

/* Tags that open an HTML block at the start of a line (CommonMark's kinds 1 and 6; the table
 * tags have tokens of their own). */
const HTML_BLOCK_TAGS = [
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'pre', 'script',
  'section', 'source', 'style', 'summary', 'tbody', 'textarea', 'tfoot', 'thead', 'title',
  'track', 'ul',
].map(ci).join('|');
const HTML_TABLE_TAGS = ['table', 'tr', 'td', 'th'].map(ci).join('|');

const PREC = {
  /* line starts */
  text: 0,
  marker: 2,
  block: 3,
  indented_code: 4,
  setext: 5,
  code_line: 8,
  fence: 9,
  /* inside a line */
  inline: 10,
  specific: 11,
  newline: 12,
  /* inside an HTML tag, where text of the block after the tag is also valid */
  tag: 11,
  tag_space: 13,
};

/* An ATX heading of one level: its marker, its text with the report's numbering kept apart. */
function atx($, marker, name) {
  return prec.right(
    seq(
      alias(marker, name),
      optional(
        choice(alias($._inline_section_number, $.section_number), alias($._inline_item_number, $.item_number)),
      ),
      optional($.heading_content),
      $._eol,
    ),
  );
}

/* A section: a heading of `level` and what follows up to the next heading of that level or
 * above. */
function section($, heading, level) {
  const below = [];
  for (let l = level + 1; l <= 8; l++) below.push(alias($[`_section${l}`], $.section));
  return prec.right(seq(heading, repeat(choice($._block, ...below))));
}

/* A setext heading: the scanner saw the underline, the text is read like an ATX heading's. */
function setext($, start, underline) {
  return seq(
      start,
      optional(
        choice(alias($._inline_section_number, $.section_number), alias($._inline_item_number, $.item_number)),
      ),
      optional($.heading_content),
      $._newline,
      underline,
      $._eol,
  );
}

/* What follows a tag's name: attributes, then '>' (missing when the block breaks off). */
function tagRest($) {
  return [
    repeat(choice($.html_attribute, $._html_tag_space, token(prec(PREC.tag, '/')))),
    optional(choice(token(prec(PREC.tag, '>')), token(prec(PREC.tag, '/>')))),
  ];
}

module.exports = grammar({
  name: 'nianbao',

  extras: (_) => [],

  externals: ($) => [
    $._eof,
    $._setext_h1_start,
    $._setext_h2_start,
    $._numbered_heading_start,
    $._sub_heading_start,
    $._error_sentinel,
  ],

  rules: {
    document: ($) =>
      repeat(
        choice(
          $._block,
          alias($._section1, $.section),
          alias($._section2, $.section),
          alias($._section3, $.section),
          alias($._section4, $.section),
          alias($._section5, $.section),
          alias($._section6, $.section),
          alias($._section7, $.section),
          alias($._section8, $.section),
        ),
      ),

    /* ------------------------------------------------------------------ sections */

    _section1: ($) => section($, choice(alias($._atx_heading1, $.atx_heading), alias($._setext_heading1, $.setext_heading)), 1),
    _section2: ($) => section($, choice(alias($._atx_heading2, $.atx_heading), alias($._setext_heading2, $.setext_heading)), 2),
    _section3: ($) => section($, alias($._atx_heading3, $.atx_heading), 3),
    _section4: ($) => section($, alias($._atx_heading4, $.atx_heading), 4),
    _section5: ($) => section($, alias($._atx_heading5, $.atx_heading), 5),
    _section6: ($) => section($, alias($._atx_heading6, $.atx_heading), 6),
    _section7: ($) => section($, $.numbered_heading, 7),
    _section8: ($) => section($, $.sub_heading, 8),

    /* ------------------------------------------------------------------ blocks */

    _block: ($) =>
      choice(
        $._blank_line,
        $.paragraph,
        $.pipe_table,
        $.html_block,
        $.fenced_code_block,
        $.indented_code_block,
        $.thematic_break,
      ),

    _blank_line: (_) => token(prec(PREC.block, /[ \t]*\r?\n/)),
    _newline: (_) => token(prec(PREC.newline, /\r?\n/)),
    _eol: ($) => choice($._newline, $._eof),

    thematic_break: (_) =>
      token(prec(PREC.block, /[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\r?\n/)),

    /* ------------------------------------------------------------------ headings */

    _atx_heading1: ($) => atx($, $._atx_h1, $.atx_h1_marker),
    _atx_heading2: ($) => atx($, $._atx_h2, $.atx_h2_marker),
    _atx_heading3: ($) => atx($, $._atx_h3, $.atx_h3_marker),
    _atx_heading4: ($) => atx($, $._atx_h4, $.atx_h4_marker),
    _atx_heading5: ($) => atx($, $._atx_h5, $.atx_h5_marker),
    _atx_heading6: ($) => atx($, $._atx_h6, $.atx_h6_marker),
    _atx_h1: (_) => token(prec(PREC.block, /[ ]{0,3}#[ \t]+/)),
    _atx_h2: (_) => token(prec(PREC.block, /[ ]{0,3}##[ \t]+/)),
    _atx_h3: (_) => token(prec(PREC.block, /[ ]{0,3}###[ \t]+/)),
    _atx_h4: (_) => token(prec(PREC.block, /[ ]{0,3}####[ \t]+/)),
    _atx_h5: (_) => token(prec(PREC.block, /[ ]{0,3}#####[ \t]+/)),
    _atx_h6: (_) => token(prec(PREC.block, /[ ]{0,3}######[ \t]+/)),
    heading_content: ($) => repeat1($._inline),

    _setext_heading1: ($) => setext($, $._setext_h1_start, $.setext_h1_underline),
    _setext_heading2: ($) => setext($, $._setext_h2_start, $.setext_h2_underline),
    setext_h1_underline: (_) => token(prec(PREC.block, /[ ]{0,3}=+[ \t\r]*/)),
    setext_h2_underline: (_) => token(prec(PREC.block, /[ ]{0,3}-+[ \t\r]*/)),

    /* 一、总体情况 or **一、总体情况** alone on a line. */
    numbered_heading: ($) =>
      seq($._numbered_heading_start, $.section_number, optional($.heading_content), $._eol),
    /* （一）主动公开情况 alone on a line. */
    sub_heading: ($) => seq($._sub_heading_start, $.item_number, optional($.heading_content), $._eol),

    section_number: (_) => token(prec(PREC.marker, new RegExp(`[ \\t]*${SECTION_NUMBER}`))),
    item_number: (_) => token(prec(PREC.marker, new RegExp(`[ \\t]*${ITEM_NUMBER}`))),
    list_number: (_) => token(prec(PREC.marker, /[ \t]*[0-9]{1,2}[.．、]/)),
    _inline_section_number: (_) => token(prec(PREC.specific, new RegExp(SECTION_NUMBER))),
    _inline_item_number: (_) => token(prec(PREC.specific, new RegExp(ITEM_NUMBER))),


    /* ------------------------------------------------------------------ paragraphs */

    paragraph: ($) => prec.right(seq($._first_line, repeat($._continuation_line))),
    _first_line: ($) =>
      choice(
        seq(choice($._text, $._lt), repeat($._inline), $._eol),
        seq(choice($.section_number, $.item_number, $.list_number), repeat($._inline), $._eol),
      ),
    _continuation_line: ($) => seq(choice($._text, $._lt), repeat($._inline), $._eol),
    _inline: ($) => choice($._text, $._lt, $.comment, $.nianbao_comment),
    _text: (_) => token(prec(PREC.text, new RegExp(`(?:${textChar('')})+`))),
    _lt: (_) => token(prec(PREC.inline, '<')),

    /* ------------------------------------------------------------------ comments */

    comment: (_) => token(prec(PREC.inline, new RegExp(`<!--${COMMENT_BODY}-*-->`))),

    /* <!-- nianbao-disable[-line|-next-line|-file] | nianbao-enable [rule ids] -->, spelt as
     * src/core/suppress.c reads them: the keyword is the comment's first word. It outranks an
     * ordinary comment on the same text; a misspelt keyword or an unclosed comment is none. */
    nianbao_comment: (_) =>
      token(
        prec(
          PREC.specific,
          new RegExp(`<!--${DIRECTIVE_SPACE}*${DIRECTIVE}(?:${DIRECTIVE_SPACE}${COMMENT_BODY})?-*-->`),
        ),
      ),

    /* ------------------------------------------------------------------ pipe tables */

    pipe_table: ($) =>
      prec.right(
        choice(
          seq(
            alias($._pipe_row, $.pipe_table_header),
            $.pipe_table_delimiter_row,
            repeat(alias($._pipe_row, $.pipe_table_row)),
          ),
          /* Pipe rows without a delimiter row: GFM reads a paragraph, nianbao a table. */
          seq(alias($._pipe_row, $.pipe_table_row), repeat(alias($._pipe_row, $.pipe_table_row))),
        ),
      ),
    _pipe_row: ($) =>
      prec.right(
        seq(
          $._row_start,
          repeat(seq(optional($.pipe_table_cell), $._pipe)),
          optional($.pipe_table_cell),
          $._eol,
        ),
      ),
    _row_start: (_) => token(prec(PREC.block, /[ ]{0,3}\|/)),
    _pipe: (_) => token(prec(PREC.inline, '|')),
    pipe_table_delimiter_row: ($) =>
      prec.right(
        seq(
          $._row_start,
          $.pipe_table_delimiter_cell,
          repeat(seq($._pipe, optional(choice($.pipe_table_delimiter_cell, $.pipe_table_cell)))),
          $._eol,
        ),
      ),
    pipe_table_delimiter_cell: ($) => seq(optional($._space), $._delimiter, optional($._space)),
    /* Ties with a cell's text on "---" and wins it (defined first); "- -" is text. */
    _delimiter: (_) => token(prec(PREC.inline, /:?-+:?/)),
    pipe_table_cell: ($) =>
      prec.right(
        repeat1(
          choice($.number, $.total_label, alias($._cell_text, $.text), $._space, $.comment, $.nianbao_comment, $._lt),
        ),
      ),

    /* A number, a total's label and any other text tie on a whole cell; the token defined
     * first wins a tie, so these three stay in this order. */
    number: (_) => token(prec(PREC.inline, /[0-9][0-9,]*(?:\.[0-9]+)?%?/)),
    total_label: (_) =>
      token(prec(PREC.inline, new RegExp(`(?:(?:（${NUMERAL}）|\\(${NUMERAL}\\))[ \\t]*)?总[ \\t]*计`))),
    /* "\|" is a pipe inside a cell, not a border. */
    _cell_text: (_) => token(prec(PREC.inline, new RegExp(trimmedRun('|', true)))),
    _space: (_) => token(prec(PREC.inline, /[ \t\r]+/)),

    /* ------------------------------------------------------------------ HTML */

    html_block: ($) =>
      choice(
        /* A comment at the start of a line: a block up to the end of the line it closes on. */
        seq(choice($.comment, $.nianbao_comment), repeat($._inline), $._eol),
        /* A block-level tag: the block runs to the next blank line, which it includes. */
        seq($._html_block_start, repeat($._html_flow), choice($._html_blank_end, $._eof)),
      ),
    _html_block_start: ($) =>
      choice(
        $.html_table,
        $.html_table_row,
        $.html_table_cell,
        alias($._html_block_start_tag, $.html_start_tag),
        alias($._html_block_end_tag, $.html_end_tag),
        alias($._html_block_declaration, $.html_declaration),
      ),
    _html_flow: ($) =>
      choice(
        $.html_table,
        $.html_table_row,
        $.html_table_cell,
        $._html_other,
        alias($.html_table_end_tag, $.html_end_tag),
        alias($.html_row_end_tag, $.html_end_tag),
        alias($.html_cell_end_tag, $.html_end_tag),
      ),
    _html_other: ($) =>
      choice(
        $.html_start_tag,
        $.html_end_tag,
        $.comment,
        $.nianbao_comment,
        $.html_declaration,
        $.number,
        $.total_label,
        alias($._html_text, $.text),
        $._lt,
        $._space,
        $._newline,
      ),

    html_table: ($) =>
      prec.right(
        seq(
          alias($._html_table_start_tag, $.html_start_tag),
          repeat(choice($.html_table_row, $.html_table_cell, $._html_other)),
          optional($.html_table_end_tag),
        ),
      ),
    html_table_row: ($) =>
      prec.right(
        seq(
          alias($._html_row_start_tag, $.html_start_tag),
          repeat(choice($.html_table_cell, $._html_other)),
          optional($.html_row_end_tag),
        ),
      ),
    html_table_cell: ($) =>
      prec.right(
        seq(
          alias($._html_cell_start_tag, $.html_start_tag),
          repeat(choice($.html_table, $._html_other)),
          optional($.html_cell_end_tag),
        ),
      ),

    _html_table_start_tag: ($) =>
      prec.right(seq(alias(choice($._table_open, $._block_table_open), $.html_tag_name), ...tagRest($))),
    _html_row_start_tag: ($) =>
      prec.right(seq(alias(choice($._tr_open, $._block_tr_open), $.html_tag_name), ...tagRest($))),
    _html_cell_start_tag: ($) =>
      prec.right(
        seq(alias(choice($._td_open, $._th_open, $._block_td_open, $._block_th_open), $.html_tag_name), ...tagRest($)),
      ),
    _html_block_start_tag: ($) => prec.right(seq(alias($._block_tag_open, $.html_tag_name), ...tagRest($))),
    html_start_tag: ($) => prec.right(seq(alias($._tag_open, $.html_tag_name), ...tagRest($))),

    html_attribute: ($) =>
      prec.right(seq($.html_attribute_name, optional(seq($._html_equals, optional($.html_attribute_value))))),
    _html_equals: (_) => token(prec(PREC.tag, /[ \t\r\n]*=[ \t\r\n]*/)),
    html_attribute_value: ($) =>
      choice(
        /* The closing quote is missing only at the end of the input (the text runs to it). */
        seq(
          $._dquote,
          optional(choice(alias($._attribute_number, $.number), alias($._dquoted, $.text))),
          choice($._dquote, $._eof),
        ),
        seq(
          $._squote,
          optional(choice(alias($._attribute_number, $.number), alias($._squoted, $.text))),
          choice($._squote, $._eof),
        ),
        alias($._attribute_number, $.number),
        alias($._unquoted, $.text),
      ),
    /* rowspan="3": a number, like a cell's. Defined before the texts: it wins their tie. */
    _attribute_number: (_) => token(prec(PREC.tag, /[0-9]+/)),
    _dquoted: (_) => token(prec(PREC.tag, /[^"]+/)),
    _squoted: (_) => token(prec(PREC.tag, /[^']+/)),
    _unquoted: (_) => token(prec(PREC.tag, /[^\s"'=<>`]+/)),
    _dquote: (_) => token(prec(PREC.tag, '"')),
    _squote: (_) => token(prec(PREC.tag, "'")),
    /* After the values: a value and a name tie after '=', where the value wins. */
    html_attribute_name: (_) => token(prec(PREC.tag, /[^\s"'>\/=]+/)),
    _html_tag_space: (_) => token(prec(PREC.tag_space, /[ \t\r\n]+/)),

    /* At the start of a line (the block's first tag; up to three spaces before it) … */
    _block_table_open: (_) => token(prec(PREC.block, new RegExp(`[ ]{0,3}<${ci('table')}`))),
    _block_tr_open: (_) => token(prec(PREC.block, new RegExp(`[ ]{0,3}<${ci('tr')}`))),
    _block_td_open: (_) => token(prec(PREC.block, new RegExp(`[ ]{0,3}<${ci('td')}`))),
    _block_th_open: (_) => token(prec(PREC.block, new RegExp(`[ ]{0,3}<${ci('th')}`))),
    _block_tag_open: (_) => token(prec(PREC.block, new RegExp(`[ ]{0,3}<(?:${HTML_BLOCK_TAGS})`))),
    _html_block_end_tag: (_) =>
      token(prec(PREC.block, new RegExp(`[ ]{0,3}</(?:${HTML_BLOCK_TAGS}|${HTML_TABLE_TAGS})[ \\t]*>`))),
    _html_block_declaration: (_) => token(prec(PREC.block, /[ ]{0,3}<[!?][^>\-\n][^>]*>?/)),

    /* … and inside the block. A table tag and any other tag tie on "<td"; the one defined
     * first wins, and "<thead" is longer than "<th". */
    _table_open: (_) => token(prec(PREC.inline, new RegExp(`<${ci('table')}`))),
    _tr_open: (_) => token(prec(PREC.inline, new RegExp(`<${ci('tr')}`))),
    _td_open: (_) => token(prec(PREC.inline, new RegExp(`<${ci('td')}`))),
    _th_open: (_) => token(prec(PREC.inline, new RegExp(`<${ci('th')}`))),
    _tag_open: (_) => token(prec(PREC.inline, /<[A-Za-z][A-Za-z0-9-]*/)),
    html_table_end_tag: (_) => token(prec(PREC.specific, new RegExp(`</${ci('table')}[ \\t\\r\\n]*>`))),
    html_row_end_tag: (_) => token(prec(PREC.specific, new RegExp(`</${ci('tr')}[ \\t\\r\\n]*>`))),
    html_cell_end_tag: (_) =>
      token(prec(PREC.specific, new RegExp(`</(?:${ci('td')}|${ci('th')})[ \\t\\r\\n]*>`))),
    html_end_tag: (_) => token(prec(PREC.inline, /<\/[A-Za-z][A-Za-z0-9-]*[ \t\r\n]*>/)),
    html_declaration: (_) => token(prec(PREC.inline, /<[!?][^>\-][^>]*>?/)),

    _html_text: (_) => token(prec(PREC.inline, /[^<\s]+(?:[ \t]+[^<\s]+)*/)),
    _html_blank_end: (_) => token(prec(PREC.newline, /\r?\n[ \t]*\r?\n/)),

    /* ------------------------------------------------------------------ code */

    fenced_code_block: ($) =>
      choice(
        seq(
          alias($._backtick_fence_open, $.fenced_code_block_delimiter),
          repeat(choice(alias($._code_line, $.code_line), $._newline)),
          choice(alias($._backtick_fence_close, $.fenced_code_block_delimiter), $._eof),
        ),
        seq(
          alias($._tilde_fence_open, $.fenced_code_block_delimiter),
          repeat(choice(alias($._code_line, $.code_line), $._newline)),
          choice(alias($._tilde_fence_close, $.fenced_code_block_delimiter), $._eof),
        ),
      ),
    _backtick_fence_open: (_) => token(prec(PREC.fence, /[ ]{0,3}```+[^`\n]*\r?\n/)),
    _tilde_fence_open: (_) => token(prec(PREC.fence, /[ ]{0,3}~~~+[^\n]*\r?\n/)),
    _backtick_fence_close: (_) => token(prec(PREC.fence, /[ ]{0,3}```+[ \t]*\r?\n/)),
    _tilde_fence_close: (_) => token(prec(PREC.fence, /[ ]{0,3}~~~+[ \t]*\r?\n/)),
    _code_line: (_) => token(prec(PREC.code_line, /[^\n]+/)),

    indented_code_block: ($) =>
      prec.right(repeat1(seq(alias($._indented_line, $.code_line), $._eol))),
    _indented_line: (_) => token(prec(PREC.indented_code, /(?: {4}| {0,3}\t)[ \t]*[^\s][^\n]*/)),
  },
});
