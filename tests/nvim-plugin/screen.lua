-- Configuration of the Neovim that tests/nvim-plugin/screenshot.sh shows in tmux: the plugin set up as
-- in the tests, colours in 24 bits.
vim.o.termguicolors = true
vim.o.number = true
-- Neovim 0.7's default colours, on the terminal's background; floats in grey, not magenta.
vim.cmd('highlight Normal guibg=NONE')
vim.cmd('highlight NormalFloat guibg=#3a3a3a guifg=#e4e4e4')
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
vim.o.wrap = false
vim.o.showmode = false
vim.o.shortmess = vim.o.shortmess .. 'F'
require('nianbao').setup({
  cmd = os.getenv('NB_NIANBAO'),
  parser = os.getenv('NB_PARSER'),
  queries = os.getenv('NB_QUERIES') or (os.getenv('NB_SOURCE') .. '/grammar/queries'),
})
-- When the findings arrive: the cursor on the first one, its message in a float beside it.
local shown = false
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function()
    local findings = vim.diagnostic.get(0)
    if shown or #findings == 0 then
      return
    end
    shown = true
    table.sort(findings, function(a, b)
      return a.lnum < b.lnum
    end)
    vim.schedule(function()
      vim.api.nvim_win_set_cursor(0, { findings[1].lnum + 1, findings[1].col })
      vim.diagnostic.open_float(0, { scope = 'cursor', offset_y = 1 })
    end)
  end,
})
