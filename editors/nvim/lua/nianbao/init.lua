-- nianbao for Neovim (0.7.2 and newer): starts `nianbao lsp` for Markdown reports, registers the
-- tree-sitter parser and its queries (highlighting, folding), and provides :NianbaoFixAll,
-- :NianbaoRules and :checkhealth nianbao. The checks, fixes and report detection are the
-- server's; this file only wires Neovim to it, using the newer APIs when Neovim has them.
local M = {}

local defaults = {
  -- The nianbao binary: a path, or a name looked up on PATH.
  cmd = 'nianbao',
  -- Buffers of these filetypes get the server (which itself ignores Markdown that is not a
  -- report); add 'text' for pdftotext or pasted reports.
  filetypes = { 'markdown' },
  -- Also attach to files whose name matches one of these Lua patterns, whatever their filetype.
  patterns = {},
  -- Narrow the choice further: a function(bufnr) returning false keeps the server off a buffer.
  attach = nil,
  -- Settings passed to the server, in the keys of .nianbao.json (a .nianbao.json next to the
  -- report still applies): lang ('zh'|'en'), organ_kind ('department'|'government'|'township'),
  -- rules ({['label-typo'] = 'off'}), reports (glob patterns of files that are reports whatever
  -- they look like: widens the server's detection), previous (last year's report).
  settings = {},
  -- Tree-sitter: highlight and fold report buffers with the nianbao grammar when its parser is
  -- installed. parser: path of nianbao.so (default: parser/nianbao.so on 'runtimepath');
  -- queries: a folder with highlights.scm and folds.scm (default: queries/nianbao/ on it).
  treesitter = true,
  parser = nil,
  queries = nil,
  fold = true,
}

M.config = vim.deepcopy(defaults)

local FIX_ALL = 'source.fixAll.nianbao'
local clients = {} -- root folder -> client id (Neovim 0.7 has no vim.lsp.start to reuse them)

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
end

-- The folder holding .nianbao.json or .git above the file, else the file's own folder.
local function root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local config = vim.fn.findfile('.nianbao.json', dir .. ';')
  if config ~= '' then
    return vim.fn.fnamemodify(config, ':p:h')
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return dir
end

function M.wants(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or vim.bo[bufnr].buftype ~= '' then
    return false
  end
  local wanted = vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype)
  for _, pattern in ipairs(M.config.patterns) do
    wanted = wanted or name:match(pattern) ~= nil
  end
  if wanted and M.config.attach then
    wanted = M.config.attach(bufnr) ~= false
  end
  return wanted
end

local function client_config(root)
  return {
    name = 'nianbao',
    cmd = { M.config.cmd, 'lsp' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = M.config.settings,
    settings = { nianbao = M.config.settings },
  }
end

-- Starts the server for the buffer's folder, or attaches the buffer to the one running there.
function M.start_lsp(bufnr)
  local root = root_dir(vim.api.nvim_buf_get_name(bufnr))
  if vim.fn.executable(M.config.cmd) ~= 1 then
    vim.notify_once('nianbao: ' .. M.config.cmd .. ' not found; see :checkhealth nianbao', vim.log.levels.WARN)
    return nil
  end
  if vim.lsp.start then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config(root))
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- The parser's and queries' files, or nil and why not.
function M.parser_path()
  if M.config.parser then
    return vim.fn.filereadable(M.config.parser) == 1 and M.config.parser or nil
  end
  return vim.api.nvim_get_runtime_file('parser/nianbao.so', false)[1]
end

local function set_query(name, text)
  if vim.treesitter.query.set then
    vim.treesitter.query.set('nianbao', name, text)
  else
    vim.treesitter.set_query('nianbao', name, text)
  end
end

-- Loads the parser (once) and the queries from the configured folder; true when it is usable.
function M.load_parser()
  if M._parser_loaded then
    return true
  end
  local path = M.parser_path()
  if not path then
    return false, 'parser/nianbao.so not found on runtimepath (install nianbao, or set parser =)'
  end
  local ok, err
  if vim.treesitter.language.add then
    ok, err = pcall(vim.treesitter.language.add, 'nianbao', { path = path })
  else
    ok, err = pcall(vim.treesitter.require_language, 'nianbao', path)
  end
  if not ok then
    return false, tostring(err)
  end
  if M.config.queries then
    for _, name in ipairs({ 'highlights', 'folds' }) do
      local file = M.config.queries .. '/' .. name .. '.scm'
      if vim.fn.filereadable(file) == 1 then
        set_query(name, table.concat(vim.fn.readfile(file), '\n'))
      end
    end
  end
  M._parser_loaded = true
  return true
end

function M.get_query(name)
  if vim.treesitter.query.get then
    return vim.treesitter.query.get('nianbao', name)
  end
  return vim.treesitter.get_query('nianbao', name)
end

local function start_treesitter(bufnr)
  if not M.load_parser() then
    return
  end
  if vim.treesitter.start then
    vim.treesitter.start(bufnr, 'nianbao')
  else
    vim.treesitter.highlighter.new(vim.treesitter.get_parser(bufnr, 'nianbao'))
  end
  if M.config.fold then
    for _, win in ipairs(vim.fn.win_findbuf(bufnr)) do
      vim.wo[win].foldmethod = 'expr'
      vim.wo[win].foldexpr = "v:lua.require'nianbao.fold'.foldexpr(v:lnum)"
      if vim.o.foldlevelstart == -1 then
        vim.wo[win].foldlevel = 99 -- opens with every fold open unless the user chose otherwise
      end
    end
  end
end

-- Called for every buffer whose filetype is set (plugin/nianbao.lua).
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if vim.b[bufnr].nianbao_attached or not M.wants(bufnr) then
    return
  end
  vim.b[bufnr].nianbao_attached = true
  M.start_lsp(bufnr)
  if M.config.treesitter then
    start_treesitter(bufnr)
  end
end

-- The running nianbao clients, of one buffer or all (get_clients from 0.10, get_active_clients
-- before it; 0.7's takes no filter).
function M.clients(bufnr)
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local found = {}
  for _, client in pairs(all) do
    if client.name == 'nianbao' and (not bufnr or vim.lsp.buf_is_attached(bufnr, client.id)) then
      table.insert(found, client)
    end
  end
  return found
end

local function nianbao_client(bufnr)
  return M.clients(bufnr)[1]
end

-- Applies the server's source.fixAll.nianbao action (every safe fix) to the buffer; returns the
-- number of actions applied.
function M.fix_all(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = nianbao_client(bufnr)
  if not client then
    vim.notify('nianbao: the server is not attached to this buffer', vim.log.levels.WARN)
    return 0
  end
  local last = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
    context = { diagnostics = {}, only = { FIX_ALL } },
  }
  local response, err = client.request_sync('textDocument/codeAction', params, 5000, bufnr)
  if not response or response.err then
    vim.notify('nianbao: fix all failed: ' .. tostring(err or vim.inspect(response.err)), vim.log.levels.ERROR)
    return 0
  end
  local applied = 0
  for _, action in ipairs(response.result or {}) do
    if action.kind == FIX_ALL then
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      end
      if action.command then
        client.request_sync('workspace/executeCommand', action.command, 5000, bufnr)
      end
      applied = applied + 1
    end
  end
  if applied == 0 then
    vim.notify('nianbao: nothing to fix 没有可自动修复的问题')
  end
  return applied
end

-- `nianbao rules` in a scratch buffer, in the configured language.
function M.rules()
  local cmd = { M.config.cmd, 'rules' }
  if M.config.settings.lang then
    vim.list_extend(cmd, { '--lang', M.config.settings.lang })
  end
  local lines = vim.fn.systemlist(cmd)
  if vim.v.shell_error ~= 0 then
    vim.notify('nianbao rules: ' .. table.concat(lines, '\n'), vim.log.levels.ERROR)
    return nil
  end
  vim.cmd('new')
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, lines)
  vim.bo[bufnr].buftype = 'nofile'
  vim.bo[bufnr].bufhidden = 'wipe'
  vim.bo[bufnr].modifiable = false
  vim.api.nvim_buf_set_name(bufnr, 'nianbao://rules')
  return bufnr
end

return M
