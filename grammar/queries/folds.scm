; Folds: each section (heading to the next heading of its level or above), each table, each
; HTML block and each code block.
[
  (section)
  (pipe_table)
  (html_block)
  (fenced_code_block)
  (indented_code_block)
] @fold
