; Text objects in nvim-treesitter-textobjects' names: a section is a "class", a table a
; "block", a table cell a "parameter", a comment a "comment".
(section) @class.outer
(pipe_table) @block.outer
(html_table) @block.outer
(paragraph) @block.inner
(pipe_table_cell) @parameter.inner
(html_table_cell) @parameter.outer
(comment) @comment.outer
(nianbao_comment) @comment.outer
