-- :NianbaoFixAll applies the server's fix-all to a label typo (corpus/rules/label-typo/fires.md,
-- line 48) and the finding goes; the numbers of the table are left as they were.
local H = dofile(vim.env.NB_SOURCE .. '/tests/nvim-plugin/harness.lua')

H.run(function()
  H.setup()
  local buf = H.open('corpus/rules/label-typo/fires.md', 'typo-2023.md')
  local before = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local ok = H.wait(15000, function()
    return #H.findings(buf, 'label-typo') == 1
  end)
  local appeared = ok
  H.check(ok, 'the label-typo finding appears (' .. vim.inspect(H.findings(buf, 'label-typo')) .. ')')
  H.check(vim.deep_equal(H.findings(buf, 'label-typo'), { { 47, 8 } }), 'at line 48 column 9')

  vim.cmd('NianbaoFixAll')
  local after = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  H.check(after[48] == '|  |  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    'line 48 has the template\'s label: ' .. tostring(after[48]))
  local changed = 0
  for i = 1, math.max(#before, #after) do
    if before[i] ~= after[i] then
      changed = changed + 1
    end
  end
  H.check(changed == 1, 'no other line changed (' .. changed .. ' changed)')
  ok = H.wait(15000, function()
    return #H.findings(buf, 'label-typo') == 0
  end)
  H.check(appeared and ok, 'the label-typo finding is gone')
end)
