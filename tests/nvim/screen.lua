-- Configuration of the Neovim that tests/nvim/screenshot.sh shows in tmux: the plugin set up as
-- in the tests, colours in 24 bits, the cursor on the first finding of the report.
vim.o.termguicolors = true
vim.o.number = true
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
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function()
    if #vim.diagnostic.get(0) > 0 then
      vim.g.nianbao_findings = #vim.diagnostic.get(0)
    end
  end,
})
