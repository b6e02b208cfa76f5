-- The grammar in Neovim: the parser loads for a report buffer, the tree has no error, the
-- highlight captures at a section heading and at numbers in table 三 are the grammar's ones
-- for them (in a 总计 row, a total), and the folds (from folds.scm) close each of the six sections from its heading to
-- the line before the next one (the headings found in the text by a pattern, as a second method).
local H = dofile(vim.env.NB_SOURCE .. '/tests/nvim-plugin/harness.lua')

-- Capture names of highlights.scm covering (row, col), 0-based, in query order.
local function captures_at(bufnr, row, col)
  local nianbao = require('nianbao')
  local query = nianbao.get_query('highlights')
  local root = vim.treesitter.get_parser(bufnr, 'nianbao'):parse()[1]:root()
  local names = {}
  for id, node in query:iter_captures(root, bufnr, row, row + 1) do
    local r0, c0, r1, c1 = node:range()
    local after_start = row > r0 or (row == r0 and col >= c0)
    local before_end = row < r1 or (row == r1 and col < c1)
    if after_start and before_end then
      table.insert(names, query.captures[id])
    end
  end
  return names
end

H.run(function()
  H.setup()
  local buf = H.open('corpus/clean/report-2023.md', 'report-2023.md')
  local loaded, why = require('nianbao').load_parser()
  H.check(loaded, 'the parser loads (' .. tostring(why) .. ')')
  local parser = vim.treesitter.get_parser(buf, 'nianbao')
  local root = parser:parse()[1]:root()
  H.check(root:type() == 'document' and not root:has_error(), 'the tree is a document without errors')
  H.check(vim.treesitter.highlighter.active[buf] ~= nil, 'the highlighter is on for the buffer')

  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local headings = {}
  for i, line in ipairs(lines) do
    if line:match('^## ') then
      table.insert(headings, i)
    end
  end
  H.check(#headings == 6, 'the report has six ## sections (' .. #headings .. ')')

  -- Expected captures (grammar/queries/highlights.scm): a heading's text is @label and its
  -- number 二、 @punctuation.special; a number in a table is @number, and in the row of a 总计
  -- label also @number.total.
  local heading_line = lines[headings[2]]
  local text_col = heading_line:find('主动公开', 1, true) - 1
  local number_col = heading_line:find('二', 1, true) - 1
  local heading = captures_at(buf, headings[2] - 1, text_col)
  H.check(vim.tbl_contains(heading, 'label'), 'heading text captures ' .. vim.inspect(heading) .. ' include label')
  local numbering = captures_at(buf, headings[2] - 1, number_col)
  H.check(vim.tbl_contains(numbering, 'punctuation.special'),
    'heading number captures ' .. vim.inspect(numbering) .. ' include punctuation.special')

  -- Table 三: the 总计 column of 一、本年新收… (a plain number) and of （七）总计 (a total row).
  local function last_cell(label)
    for i, line in ipairs(lines) do
      if line:match('^|') and line:find(label, 1, true) then
        return i - 1, line:find('%d+ |$') - 1
      end
    end
  end
  local row, col = last_cell('一、本年新收政府信息公开申请数量')
  local plain = row and captures_at(buf, row, col) or {}
  H.check(vim.tbl_contains(plain, 'number') and not vim.tbl_contains(plain, 'number.total'),
    'a number of row 一 captures ' .. vim.inspect(plain) .. ': number, not number.total')
  row, col = last_cell('（七）总计')
  local total = row and captures_at(buf, row, col) or {}
  H.check(vim.tbl_contains(total, 'number.total'), 'a number of row （七）总计 captures ' .. vim.inspect(total) .. ' include number.total')

  -- Folds: each section folds from its heading to the line before the next heading.
  H.check(vim.wo.foldmethod == 'expr', "'foldmethod' is expr")
  vim.cmd('normal! zR')
  for i, first in ipairs(headings) do
    local last = (headings[i + 1] or #lines + 1) - 1
    vim.api.nvim_win_set_cursor(0, { first, 0 })
    vim.cmd('normal! zc')
    local closed, closed_end = vim.fn.foldclosed(first), vim.fn.foldclosedend(first)
    H.check(closed == first and closed_end == last,
      string.format('section %d folds lines %d-%d (got %d-%d)', i, first, last, closed, closed_end))
    vim.cmd('normal! zo')
  end
end)
