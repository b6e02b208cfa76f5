-- Diagnostics appear for two wrong row totals (corpus/rules/sum-row/fires.md, lines 45 and 46,
-- cells after CJK labels) and disappear as each total is corrected by a real edit of the buffer.
local H = dofile(vim.env.NB_SOURCE .. '/tests/nvim-plugin/harness.lua')

H.run(function()
  H.setup()
  local buf = H.open('corpus/rules/sum-row/fires.md', 'report-2023.md')
  local ok = H.wait(15000, function()
    return #H.findings(buf, 'sum-row') == 2
  end)
  local found = H.findings(buf, 'sum-row')
  H.check(ok, 'two sum-row findings appear (got ' .. vim.inspect(found) .. ')')
  -- Byte columns (what Neovim keeps) of the total cells, found in the text.
  local col45, col46 = H.cell_col(buf, 44, '12'), H.cell_col(buf, 45, '4')
  H.check(vim.deep_equal(found, { { 44, col45 }, { 45, col46 } }),
    string.format('at line 45 byte %d and line 46 byte %d', col45, col46))
  local first = vim.diagnostic.get(buf, { lnum = 44 })[1]
  H.check(first and first.severity == vim.diagnostic.severity.ERROR, 'an error')
  H.check(first and first.message:find('应为13', 1, true) ~= nil, 'which says the total should be 13')

  -- Type the right total over the 12 of line 45.
  vim.api.nvim_buf_set_text(buf, 44, col45, 44, col45 + 2, { '13' })
  ok = H.wait(15000, function()
    return #H.findings(buf, 'sum-row') == 1
  end)
  H.check(ok and vim.deep_equal(H.findings(buf, 'sum-row'), { { 45, col46 } }),
    'after correcting line 45 only line 46 is left (' .. vim.inspect(H.findings(buf, 'sum-row')) .. ')')

  vim.api.nvim_buf_set_text(buf, 45, col46, 45, col46 + 1, { '3' })
  ok = H.wait(15000, function()
    return #H.findings(buf, 'sum-row') == 0
  end)
  H.check(ok, 'after correcting line 46 no sum-row finding is left')
  H.check(#vim.diagnostic.get(buf) == 0, 'and the report has no finding at all (' ..
    #vim.diagnostic.get(buf) .. ')')
end)
