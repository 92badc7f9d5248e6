local root = os.getenv('SCHEMAWISE_ROOT')
vim.opt.rtp:prepend(root .. '/clients/neovim')
vim.cmd('runtime plugin/schemawise.lua')
vim.cmd('syntax on')
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
require('schemawise').setup({ cmd = { 'java', '-XX:+UseSerialGC', '-Xss4m', '-jar', root .. '/server/target/schemawise.jar', 'lsp', '--stdio' } })
vim.cmd('highlight NormalFloat ctermbg=236 ctermfg=252')
vim.cmd('highlight Pmenu ctermbg=236 ctermfg=252')
vim.cmd('highlight link markdownError Normal')
vim.cmd('highlight LineNr ctermfg=242')
vim.cmd('highlight SignColumn ctermbg=NONE')
vim.cmd('highlight DiagnosticVirtualTextWarn ctermfg=179')
