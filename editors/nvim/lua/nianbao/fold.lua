-- 'foldexpr' from the grammar's folds.scm: Neovim 0.7 has no tree-sitter fold expression, so
-- the levels come from the @fold captures (sections, sub-items, tables), computed once per
-- change of the buffer. Lines that start a fold get ">N".
local M = {}

local cache = {} -- bufnr -> { tick = changedtick, levels = { [lnum] = expr } }

local function compute(bufnr)
  local levels = {}
  local ok, parser = pcall(vim.treesitter.get_parser, bufnr, 'nianbao')
  local query = ok and require('nianbao').get_query('folds')
  if not query then
    return levels
  end
  local root = parser:parse()[1]:root()
  local depth, starts = {}, {}
  for id, node in query:iter_captures(root, bufnr, 0, -1) do
    if query.captures[id] == 'fold' then
      local first, _, last, last_col = node:range()
      if last_col == 0 then
        last = last - 1 -- the node ends with its line break
      end
      if last > first then
        for row = first, last do
          depth[row] = (depth[row] or 0) + 1
        end
        starts[first] = true
      end
    end
  end
  local count = vim.api.nvim_buf_line_count(bufnr)
  for row = 0, count - 1 do
    local level = depth[row] or 0
    levels[row + 1] = (starts[row] and '>' or '') .. level
  end
  return levels
end

function M.foldexpr(lnum)
  local bufnr = vim.api.nvim_get_current_buf()
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local entry = cache[bufnr]
  if not entry or entry.tick ~= tick then
    entry = { tick = tick, levels = compute(bufnr) }
    cache[bufnr] = entry
  end
  return entry.levels[lnum] or '0'
end

return M
