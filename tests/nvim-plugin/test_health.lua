-- :checkhealth nianbao with a report open: binary, version, running server, parser and queries
-- all OK, nothing reported as an error or a warning. And :NianbaoRules lists the rules.
local H = dofile(vim.env.NB_SOURCE .. '/tests/nvim-plugin/harness.lua')

H.run(function()
  H.setup()
  local buf = H.open('corpus/clean/report-2023.md', 'report-2023.md')
  H.wait(10000, function()
    return #vim.lsp.buf_get_clients(buf) > 0
  end)
  vim.cmd('checkhealth nianbao')
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  H.log(text)
  H.check(text:find('OK: found ' .. H.nianbao, 1, true) ~= nil, 'the binary is found')
  H.check(text:find('OK: version: nianbao ', 1, true) ~= nil, 'its version is shown')
  H.check(text:find('OK: running', 1, true) ~= nil, 'the server is running')
  H.check(text:find('OK: parser loaded', 1, true) ~= nil, 'the parser is loaded')
  H.check(text:find('OK: highlights.scm loaded', 1, true) ~= nil, 'highlights.scm is loaded')
  H.check(text:find('OK: folds.scm loaded', 1, true) ~= nil, 'folds.scm is loaded')
  H.check(not text:find('ERROR') and not text:find('WARNING'), 'no error or warning')

  local rules = require('nianbao').rules()
  local listed = rules and table.concat(vim.api.nvim_buf_get_lines(rules, 0, -1, false), '\n') or ''
  H.check(listed:find('sum-review', 1, true) ~= nil and listed:find('label-typo', 1, true) ~= nil,
    ':NianbaoRules lists the rules')
end)
