-- Loaded at startup: commands, and the server and grammar for report buffers as their filetype
-- is set. require('nianbao').setup{…} (before or after this file runs) changes the defaults.
if vim.g.loaded_nianbao then
  return
end
vim.g.loaded_nianbao = true

vim.api.nvim_create_user_command('NianbaoFixAll', function()
  require('nianbao').fix_all()
end, { desc = 'nianbao: apply every safe fix to this report' })

vim.api.nvim_create_user_command('NianbaoRules', function()
  require('nianbao').rules()
end, { desc = 'nianbao: list the rules' })

local group = vim.api.nvim_create_augroup('nianbao', { clear = true })
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  callback = function(args)
    require('nianbao').attach(args.buf)
  end,
})
