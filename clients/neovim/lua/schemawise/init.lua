-- schemawise for Neovim: starts `schemawise lsp` for SQL and Prisma buffers.
--   require('schemawise').setup({ cmd = {...}, settings = {...}, filetypes = {...}, root_markers = {...} })
-- Uses vim.lsp.config/vim.lsp.enable on Neovim 0.11+, vim.lsp.start on 0.8-0.10 and
-- vim.lsp.start_client + vim.lsp.buf_attach_client on 0.7.
local M = {}

M.defaults = {
  cmd = { 'schemawise', 'lsp', '--stdio' },
  filetypes = { 'sql', 'prisma' },
  root_markers = { '.schemawise.json', 'schema.prisma', '.git' },
  -- sent as initializationOptions and workspace/didChangeConfiguration: { schemawise = settings }
  settings = {},
}

M.config = vim.deepcopy(M.defaults)

local function has(version)
  return vim.fn.has('nvim-' .. version) == 1
end

--- The nearest folder at or above `path`'s folder that holds any root marker, else the file's folder.
--- Nearest wins, whatever the markers' order: the same rule as nvim-lspconfig's root_pattern and
--- vim.lsp.config's root_markers, so every Neovim version picks the same root.
function M.root_dir(path)
  local start = vim.fn.fnamemodify(path, ':p:h')
  local dir = start
  while true do
    for _, marker in ipairs(M.config.root_markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return start end
    dir = parent
  end
end

--- The settings as the server reads them, `{ schemawise = settings }`. Lua has one table type and Neovim
--- encodes an empty one as a JSON array, which the server rejects where it expects an object: the places
--- that are objects (settings, rules, a rule's entry, its options) become objects even when empty.
function M.server_settings(settings)
  local function object(t)
    if type(t) == 'table' and next(t) == nil then return vim.empty_dict() end
    return t
  end
  local copy = vim.deepcopy(settings or {})
  if type(copy.rules) == 'table' then
    for id, entry in pairs(copy.rules) do
      if type(entry) == 'table' then
        entry.options = object(entry.options)
        copy.rules[id] = object(entry)
      end
    end
  end
  copy.rules = object(copy.rules)
  return { schemawise = object(copy) }
end

local function client_config(root)
  return {
    name = 'schemawise',
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = M.server_settings(M.config.settings),
    settings = M.server_settings(M.config.settings),
    -- Neovim 0.7 does not send the settings by itself
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = M.server_settings(M.config.settings) })
    end,
  }
end

local clients = {} -- root → client id (Neovim 0.7)

--- Running schemawise clients, optionally only those attached to `bufnr`
--- (vim.lsp.get_clients from 0.10, vim.lsp.get_active_clients before).
function M.clients(bufnr)
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local found = {}
  for _, c in pairs(all) do
    if c.name == 'schemawise' and (bufnr == nil or (c.attached_buffers and c.attached_buffers[bufnr])) then
      table.insert(found, c)
    end
  end
  return found
end

-- Client methods are called with ':' from 0.11 (the '.' form is deprecated there) and with '.' before.
local colon = has('0.11')
local function call(c, method, ...)
  if colon then return c[method](c, ...) end
  return c[method](...)
end

--- Starts (or reuses) the client for this buffer's root and attaches the buffer.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = M.root_dir(name ~= '' and name or vim.fn.getcwd() .. '/untitled')
  if vim.lsp.start then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(client_config(root))
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

--- The schemawise client attached to a buffer, if any.
function M.client(bufnr)
  if bufnr == nil or bufnr == 0 then bufnr = vim.api.nvim_get_current_buf() end
  return M.clients(bufnr)[1]
end

--- Runs one of the server's commands with the buffer's URI as argument; on_result gets the answer.
local function execute(bufnr, command, what, on_result)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local c = M.client(bufnr)
  if not c then
    vim.notify('schemawise: no language server attached to this buffer', vim.log.levels.WARN)
    return
  end
  call(c, 'request', 'workspace/executeCommand', { command = command, arguments = { vim.uri_from_bufnr(bufnr) } },
    function(err, result)
      if err then
        vim.notify('schemawise: ' .. what .. ' failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      elseif on_result then
        on_result(result)
      end
    end, bufnr)
end

--- Applies every safe fix in the buffer (the server's schemawise.fixAll command; it sends the edit back).
function M.fix_all(bufnr)
  -- the server answers with a workspace/applyEdit request, which Neovim's default handler applies
  execute(bufnr, 'schemawise.fixAll', 'fix all')
end

--- Opens the Database Architecture document of the buffer's schema (the server's schemawise.generateDoc
--- command) in a new Markdown buffer; write it where the project keeps it (e.g. :w docs/DATABASE.md).
function M.generate_doc(bufnr)
  execute(bufnr, 'schemawise.generateDoc', 'generating the document', function(result)
    if type(result) ~= 'string' then
      vim.notify('schemawise: no schema to describe here', vim.log.levels.WARN)
      return
    end
    local doc = vim.api.nvim_create_buf(true, false)
    vim.api.nvim_buf_set_lines(doc, 0, -1, false, vim.split(result, '\n', { plain = true, trimempty = true }))
    vim.bo[doc].filetype = 'markdown'
    vim.api.nvim_set_current_buf(doc)
  end)
end

--- Stops the running clients and, once they have exited, starts the server again for the open buffers.
--- Waiting matters on 0.8+: vim.lsp.start would otherwise reuse a client that is still shutting down.
function M.restart()
  local old = M.clients()
  for _, c in ipairs(old) do call(c, 'stop') end
  clients = {}
  local waited = 0
  local function start_when_stopped()
    local running = vim.tbl_filter(function(c) return not call(c, 'is_stopped') end, old)
    if #running > 0 and waited < 5000 then
      if waited >= 3000 then for _, c in ipairs(running) do call(c, 'stop', true) end end
      waited = waited + 100
      vim.defer_fn(start_when_stopped, 100)
      return
    end
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then M.attach(b) end
    end
  end
  vim.defer_fn(start_when_stopped, 100)
end

function M.info()
  local cmd = type(M.config.cmd) == 'table' and table.concat(M.config.cmd, ' ') or tostring(M.config.cmd)
  local lines = { 'schemawise: cmd = ' .. cmd }
  for _, c in ipairs(M.clients()) do
    local buffers = vim.tbl_keys(c.attached_buffers or {})
    table.insert(lines, string.format('client %d, root %s, %d buffer(s), %s', c.id, c.config.root_dir or '-', #buffers,
      call(c, 'is_stopped') and 'stopped' or 'running'))
  end
  if #lines == 1 then table.insert(lines, 'no client running') end
  vim.notify(table.concat(lines, '\n'))
  return lines
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  -- Neovim before 0.8 does not know Prisma files.
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { prisma = 'prisma' } })
  end
  local group = vim.api.nvim_create_augroup('schemawise', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.prisma',
    callback = function(args)
      if vim.bo[args.buf].filetype == '' then vim.bo[args.buf].filetype = 'prisma' end
    end,
  })
  if has('0.11') and vim.lsp.config and vim.lsp.enable then
    vim.lsp.config('schemawise', {
      cmd = M.config.cmd,
      filetypes = M.config.filetypes,
      root_markers = M.config.root_markers,
      init_options = M.server_settings(M.config.settings),
      settings = M.server_settings(M.config.settings),
    })
    vim.lsp.enable('schemawise')
    return
  end
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args) M.attach(args.buf) end,
  })
  -- buffers already open when setup() runs
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then M.attach(b) end
  end
end

return M
