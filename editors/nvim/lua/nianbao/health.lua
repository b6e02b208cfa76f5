-- :checkhealth nianbao — the binary, its version, the server's start, the parser and queries.
local M = {}

-- vim.health (0.8+: report_*, 0.10+: start/ok/…) or the health module of 0.7.
local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local error = health.error or health.report_error
local info = health.info or health.report_info

function M.check()
  local nianbao = require('nianbao')
  local cmd = nianbao.config.cmd

  start('nianbao: binary')
  local path = vim.fn.exepath(cmd)
  if path == '' then
    error(cmd .. ' not found', { 'Install nianbao (cmake --install), or setup{ cmd = "/path/to/nianbao" }' })
  else
    ok('found ' .. path)
    local version = vim.fn.system({ path, '--version' })
    if vim.v.shell_error == 0 then
      ok('version: ' .. vim.trim(version))
    else
      error('`' .. path .. ' --version` failed: ' .. vim.trim(version))
    end
  end

  start('nianbao: language server')
  local running = false
  for _, client in ipairs(nianbao.clients()) do
    if not client.is_stopped() then
      running = true
      ok('running (client ' .. client.id .. ', root ' .. tostring(client.config.root_dir) .. ')')
    end
  end
  if not running then
    info('not running: it starts when a report buffer (filetype ' ..
      table.concat(nianbao.config.filetypes, ', ') .. ') is opened')
  end

  start('nianbao: tree-sitter grammar')
  if not nianbao.config.treesitter then
    info('turned off (treesitter = false)')
    return
  end
  local loaded, why = nianbao.load_parser()
  if not loaded then
    warn('parser not loaded: ' .. tostring(why), { 'Highlighting and folding then use Neovim\'s Markdown syntax' })
    return
  end
  ok('parser loaded: ' .. tostring(nianbao.parser_path()))
  for _, name in ipairs({ 'highlights', 'folds' }) do
    local found, query = pcall(nianbao.get_query, name)
    if found and query then
      ok(name .. '.scm loaded')
    else
      error(name .. '.scm not found or invalid: ' .. tostring(query))
    end
  end
end

return M
