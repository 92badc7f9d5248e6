-- Commands; the client itself starts only after require('schemawise').setup().
if vim.g.loaded_schemawise then return end
vim.g.loaded_schemawise = true

vim.api.nvim_create_user_command('SchemawiseRestart', function() require('schemawise').restart() end,
  { desc = 'Restart the schemawise language server' })
vim.api.nvim_create_user_command('SchemawiseFixAll', function() require('schemawise').fix_all() end,
  { desc = 'Apply every safe schemawise fix in this buffer' })
vim.api.nvim_create_user_command('SchemawiseDoc', function() require('schemawise').generate_doc() end,
  { desc = 'Open the Database Architecture document of this schema in a new buffer' })
vim.api.nvim_create_user_command('SchemawiseInfo', function() require('schemawise').info() end,
  { desc = 'Show the schemawise language server state' })
