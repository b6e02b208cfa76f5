-- What every tests/nvim-plugin/test_*.lua uses: configuration from the driver (nvim.sh), checks that
-- print one line each, waiting on the editor's own event loop, and an exit status (0 when every
-- check held) that ends the LSP servers first.
local H = { failures = 0, checks = 0 }

H.nianbao = os.getenv('NB_NIANBAO')
H.source = os.getenv('NB_SOURCE')
H.parser = os.getenv('NB_PARSER')
H.work = os.getenv('NB_WORK')

function H.log(text)
  io.stderr:write(text .. '\n')
end

function H.check(ok, what)
  H.checks = H.checks + 1
  if not ok then
    H.failures = H.failures + 1
  end
  H.log((ok and 'ok   ' or 'FAIL ') .. what)
  return ok
end

function H.wait(ms, condition)
  return vim.wait(ms, condition, 20)
end

-- The plugin configured for the binary and parser under test, as a user's init.lua would.
function H.setup(extra)
  require('nianbao').setup(vim.tbl_deep_extend('force', {
    cmd = H.nianbao,
    parser = H.parser ~= '' and H.parser or nil,
    queries = os.getenv('NB_QUERIES') or (H.source .. '/grammar/queries'),
  }, extra or {}))
end

-- Copies a corpus file into the test's folder (so edits never touch the corpus) and edits it.
function H.open(corpus_path, name)
  local target = H.work .. '/' .. name
  vim.fn.writefile(vim.fn.readfile(H.source .. '/' .. corpus_path, 'b'), target, 'b')
  vim.cmd('edit ' .. vim.fn.fnameescape(target))
  return vim.api.nvim_get_current_buf(), target
end

-- The diagnostics of a rule in the buffer, as { {lnum, col}, … } sorted (0-based, byte columns).
function H.findings(bufnr, rule)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == rule then
      table.insert(found, { d.lnum, d.col })
    end
  end
  table.sort(found, function(a, b)
    return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2])
  end)
  return found
end

-- 0-based byte column where `cell` starts in the line (the cell's text between pipes).
function H.cell_col(bufnr, lnum, cell)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  local at = line:find('| ' .. cell .. ' |', 1, true)
  return at and at + 1 or -1
end

function H.finish()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  H.wait(3000, function()
    return #vim.lsp.get_active_clients() == 0
  end)
  H.log(string.format('%d checks, %d failed', H.checks, H.failures))
  vim.cmd(H.failures == 0 and 'qall!' or 'cquit 1')
end

-- Runs the test body; an error counts as a failure and still ends the servers.
function H.run(body)
  local ok, err = xpcall(body, debug.traceback)
  if not ok then
    H.check(false, 'the test raised: ' .. tostring(err))
  end
  H.finish()
end

return H
