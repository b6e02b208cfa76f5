; Highlights for nianbao reports. No predicates: the language server runs this file through
; the C library, which does not evaluate them.
;
; Capture names are ones Neovim 0.7 colours (its highlighter's map; a dotted name falls back to
; its first part, so @number.total is a Number there). The server maps each capture to an LSP
; semantic token type (src/syntax/legend.c).
;
; Overlaps: the first pattern wins. Keep the specific patterns above the general ones: a
; comment inside a heading or a cell is a comment, a number in a 总计 row is a total.

(nianbao_comment) @preproc
(comment) @comment

; Totals: the 总计 label, and the numbers of the row that has one.
(total_label) @keyword
(pipe_table_row
  (pipe_table_cell (total_label))
  (pipe_table_cell (number) @number.total))
(html_table_row
  (html_table_cell (total_label))
  (html_table_cell (number) @number.total))

; Headings: their text, and the marks and numbers around it.
(heading_content) @label
[
  (atx_h1_marker)
  (atx_h2_marker)
  (atx_h3_marker)
  (atx_h4_marker)
  (atx_h5_marker)
  (atx_h6_marker)
  (setext_h1_underline)
  (setext_h2_underline)
  (section_number)
  (item_number)
  (list_number)
  (thematic_break)
] @punctuation.special

; Tables: labels and numbers.
(pipe_table_cell (text) @property)
(html_table_cell (text) @property)
(number) @number
(pipe_table_delimiter_cell) @punctuation.delimiter

; HTML.
(html_tag_name) @type
(html_end_tag) @type
(html_table_end_tag) @type
(html_row_end_tag) @type
(html_cell_end_tag) @type
(html_declaration) @type
(html_attribute_name) @field
(html_attribute_value (text) @string)

; Code.
(fenced_code_block_delimiter) @punctuation.delimiter
(code_line) @string
