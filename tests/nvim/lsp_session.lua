-- Neovim 0.7.2 as the client of `nianbao lsp` (run by tests/nvim/run.sh, headless, -u NONE).
-- Plain Lua, no plugin: vim.lsp.start_client (0.7 has no vim.lsp.start), vim.diagnostic.get.
--
-- On a copy of corpus/reports/hongze-2023.md (golden: hongze-2023.expected; table 四's row on
-- line 81 reads 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0, so both 总计 cells are wrong: 11 and 5):
--   1. the diagnostics arrive: exactly the golden's rules on its lines, the two sum-review on the
--      5th and 15th cells of line 81, label-typo on the misspelt label's bytes (CJK: Neovim turns
--      the server's UTF-16 columns into bytes, so a wrong column shows here);
--   2. the 行政复议 total is corrected to 11 in the buffer: its diagnostic disappears, the other
--      stays;
--   3. the fix-all code action is requested and applied: the label is corrected, label-typo goes,
--      no number changes, and the file on disk is untouched;
--   4. the client stops the server: exit status 0.
-- Writes "ok: all N checks" or "FAIL: …" to $NIANBAO_LOG and ends Neovim (:qall! / :cquit).

local log_path = assert(os.getenv('NIANBAO_LOG'), 'NIANBAO_LOG')
local nianbao = os.getenv('NIANBAO')
local report = os.getenv('NIANBAO_REPORT')
local checks = 0
local log = assert(io.open(log_path, 'w'))

local function say(line)
  log:write(line, '\n')
  log:flush()
end

local function check(ok, what)
  checks = checks + 1
  if not ok then
    error('check failed: ' .. what, 0)
  end
  say('  pass: ' .. what)
end

local function wait(cond, what, ms)
  local ok = vim.wait(ms or 15000, cond, 20)
  check(ok, 'in time: ' .. what)
end

local TYPO = '2.其他法律行政止公开'
local OFFICIAL = '2.其他法律行政法规禁止公开'

local function read_file(path)
  local f = assert(io.open(path, 'rb'))
  local s = f:read('*a')
  f:close()
  return s
end

-- 0-based start byte and exclusive end byte of the trimmed `index`-th (0-based) cell of a
-- pipe-table row.
local function cell_bytes(line, index)
  local bars = {}
  for i = 1, #line do
    if line:sub(i, i) == '|' then
      bars[#bars + 1] = i
    end
  end
  local s, e = bars[index + 1] + 1, bars[index + 2] - 1
  while line:sub(s, s) == ' ' do
    s = s + 1
  end
  while line:sub(e, e) == ' ' do
    e = e - 1
  end
  return s - 1, e
end

local function main()
  check(nianbao ~= nil and vim.fn.executable(nianbao) == 1, 'the server binary exists: ' .. tostring(nianbao))
  local original = read_file(report)

  -- The golden's lines and rules (1-based lines), from the .expected file beside the corpus copy.
  local golden = {}
  for l in io.lines(os.getenv('NIANBAO_EXPECTED')) do
    local line, _, rule = l:match('^(%d+)%s+(%S+)%s+(%S+)')
    if line then
      golden[#golden + 1] = (tonumber(line) - 1) .. ' ' .. rule
    end
  end
  table.sort(golden)

  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'

  local exit_code, exit_signal
  local client_id = vim.lsp.start_client({
    name = 'nianbao',
    cmd = { nianbao, 'lsp' },
    root_dir = vim.fn.fnamemodify(report, ':h'),
    on_exit = function(code, signal)
      exit_code, exit_signal = code, signal
    end,
  })
  check(client_id ~= nil, 'vim.lsp.start_client started the server')
  check(vim.lsp.buf_attach_client(buf, client_id), 'attached to the buffer')

  local function diags(rule)
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if rule == nil or d.code == rule then
        out[#out + 1] = d
      end
    end
    table.sort(out, function(a, b)
      return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
    end)
    return out
  end

  -- 1. The diagnostics of the golden.
  wait(function()
    return #diags() >= #golden
  end, 'the diagnostics of hongze-2023')
  local client = vim.lsp.get_client_by_id(client_id)
  check(client.offset_encoding == 'utf-16', 'Neovim 0.7 offers no positionEncodings: UTF-16 (' .. tostring(client.offset_encoding) .. ')')
  local got = {}
  for _, d in ipairs(diags()) do
    got[#got + 1] = d.lnum .. ' ' .. tostring(d.code)
    check(d.source == 'nianbao', 'source nianbao')
  end
  table.sort(got)
  check(table.concat(got, ', ') == table.concat(golden, ', '), 'the golden findings: ' .. table.concat(got, ', '))

  local row = vim.api.nvim_buf_get_lines(buf, 80, 81, true)[1]
  local s4, e4 = cell_bytes(row, 4)
  local s14, e14 = cell_bytes(row, 14)
  local sums = diags('sum-review')
  check(#sums == 2, 'two sum-review')
  check(sums[1].lnum == 80 and sums[1].col == s4 and sums[1].end_col == e4, '行政复议 总计 is the 5th cell of line 81')
  check(sums[2].lnum == 80 and sums[2].col == s14 and sums[2].end_col == e14, '复议后起诉 总计 is the 15th cell')
  check(sums[1].severity == vim.diagnostic.severity.ERROR, 'an error')
  local l56 = vim.api.nvim_buf_get_lines(buf, 55, 56, true)[1]
  local at = l56:find(TYPO, 1, true)
  local typo = diags('label-typo')
  check(#typo == 1 and typo[1].lnum == 55, 'label-typo on line 56')
  check(typo[1].col == at - 1 and typo[1].end_col == at - 1 + #TYPO, 'label-typo on the label\'s bytes (UTF-16 → bytes exact on CJK)')

  -- 2. Correct the 行政复议 total: 10 + 1 + 0 + 0 = 11.
  vim.api.nvim_buf_set_text(buf, 80, s4, 80, e4, { '11' })
  wait(function()
    return #diags('sum-review') == 1
  end, 'the corrected total loses its diagnostic')
  row = vim.api.nvim_buf_get_lines(buf, 80, 81, true)[1]
  s14, e14 = cell_bytes(row, 14)
  local left = diags('sum-review')[1]
  check(left.lnum == 80 and left.col == s14, 'the other wrong total keeps its diagnostic, on its moved cell')

  -- 3. Fix-all.
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.nianbao' } },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
  check(responses and responses[client_id] and responses[client_id].result, 'code actions answered')
  local fix_all = {}
  for _, a in ipairs(responses[client_id].result) do
    if a.kind == 'source.fixAll.nianbao' then
      fix_all[#fix_all + 1] = a
    end
  end
  check(#fix_all == 1, 'one source.fixAll.nianbao action')
  check(fix_all[1].edit ~= nil, 'it carries its edit')
  vim.lsp.util.apply_workspace_edit(fix_all[1].edit, client.offset_encoding)
  l56 = vim.api.nvim_buf_get_lines(buf, 55, 56, true)[1]
  check(l56:find(OFFICIAL, 1, true) ~= nil and l56:find(TYPO, 1, true) == nil, 'the label is the official one')
  wait(function()
    return #diags('label-typo') == 0
  end, 'label-typo gone after the fix-all')
  row = vim.api.nvim_buf_get_lines(buf, 80, 81, true)[1]
  local c4s, c4e = cell_bytes(row, 4)
  local c14s, c14e = cell_bytes(row, 14)
  check(row:sub(c4s + 1, c4e) == '11' and row:sub(c14s + 1, c14e) == '0', 'fix-all changed no number')
  check(#diags('sum-review') == 1, 'the remaining wrong total is still reported')
  check(read_file(report) == original, 'the file on disk is untouched (the buffer was edited, not the file)')

  -- 4. Stop: shutdown, exit, status 0.
  vim.lsp.stop_client(client_id)
  wait(function()
    return exit_code ~= nil
  end, 'the server exits')
  check(exit_code == 0 and (exit_signal == 0 or exit_signal == nil), 'exit status 0 after shutdown (' .. tostring(exit_code) .. ', signal ' .. tostring(exit_signal) .. ')')
end

local ok, err = pcall(main)
if ok then
  say('ok: all ' .. checks .. ' checks')
  log:close()
  vim.cmd('qall!')
else
  say('FAIL: ' .. tostring(err))
  log:close()
  vim.cmd('cquit 1')
end
