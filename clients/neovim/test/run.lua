-- Headless test of the Neovim client against the real server jar:
--   SCHEMAWISE_JAR=... SCHEMAWISE_WORK=<copy of examples> PLUGIN_DIR=... nvim --headless --clean -c "luafile test/run.lua"
local jar = assert(os.getenv('SCHEMAWISE_JAR'), 'SCHEMAWISE_JAR')
local work = assert(os.getenv('SCHEMAWISE_WORK'), 'SCHEMAWISE_WORK')
local plugin = assert(os.getenv('PLUGIN_DIR'), 'PLUGIN_DIR')

local failures = 0
local function check(ok, what)
  if ok then
    io.stdout:write('ok   ' .. what .. '\n')
  else
    failures = failures + 1
    io.stdout:write('FAIL ' .. what .. '\n')
  end
  return ok
end

local function finish()
  io.stdout:write(failures == 0 and 'neovim: all checks passed\n' or ('neovim: ' .. failures .. ' check(s) failed\n'))
  vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
end

local ok, err = pcall(function()
  vim.opt.runtimepath:prepend(plugin)
  vim.cmd('runtime plugin/schemawise.lua')
  local schemawise = require('schemawise')
  local has_08, has_011 = vim.fn.has('nvim-0.8') == 1, vim.fn.has('nvim-0.11') == 1
  -- the settings turn one rule off; the Prisma checks below make sure it stays off
  schemawise.setup({
    cmd = { 'java', '-XX:+UseSerialGC', '-Xss4m', '-Xms64m', '-jar', jar, 'lsp', '--stdio' },
    settings = { rules = { ['suggest-check-constraint'] = 'off' } },
  })

  local function code(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  local function find(bufnr, rule, lnum)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code(d) == rule and (lnum == nil or d.lnum == lnum) then return d end
    end
  end
  local function text(bufnr)
    return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  end
  local function line_of(bufnr, pattern)
    for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      if l:find(pattern) then return i - 1 end
    end
  end

  -- SQL: diagnostics with rule ids and exact ranges
  local started = vim.loop.now()
  vim.cmd('edit ' .. work .. '/postgres/schema.sql')
  local sql = vim.api.nvim_get_current_buf()
  check(vim.bo[sql].filetype == 'sql', 'schema.sql has filetype sql')
  -- stop early, not after a minute, when the server does not start (a client that quit is no longer listed)
  local arrived = vim.wait(60000, function()
    return find(sql, 'require-fk-index') ~= nil or (vim.loop.now() - started > 3000 and #schemawise.clients(sql) == 0)
  end, 100)
  if not check(arrived and find(sql, 'require-fk-index') ~= nil, 'diagnostics arrive for schema.sql') then
    error('no diagnostics from the server: ' .. table.concat(schemawise.info(), '; '))
  end
  local fk = find(sql, 'require-fk-index')
  check(fk and fk.lnum == 97 and fk.col == 15, 'require-fk-index at 98:16 (got ' .. (fk and (fk.lnum + 1) .. ':' .. (fk.col + 1) or 'none') .. ')')
  local nn = find(sql, 'require-not-null')
  check(nn and nn.lnum == 33 and nn.col == 4 and nn.end_col == 13, 'require-not-null on is_active at 34:5-34:14')
  local money = find(sql, 'money-as-float')
  check(money and money.lnum == 31 and money.col == 16, 'money-as-float at 32:17')
  check(nn and (nn.source == 'schemawise' or (nn.user_data and nn.user_data.lsp.source == 'schemawise')), 'source is schemawise')

  -- hover on a table name
  local uri = vim.uri_from_bufnr(sql)
  local products = line_of(sql, '^CREATE TABLE products')
  local hover = vim.lsp.buf_request_sync(sql, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = products, character = 14 } }, 20000)
  local hover_text = ''
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then hover_text = hover_text .. vim.inspect(r.result.contents) end
  end
  check(hover_text:find('products') ~= nil and hover_text:find('sku') ~= nil, 'hover on products shows its card')

  -- a quick fix: NOT NULL on the nullable boolean
  local lsp_diag = {
    range = { start = { line = nn.lnum, character = nn.col }, ['end'] = { line = nn.end_lnum, character = nn.end_col } },
    message = nn.message, code = code(nn), source = 'schemawise', severity = nn.severity }
  local actions = vim.lsp.buf_request_sync(sql, 'textDocument/codeAction', {
    textDocument = { uri = uri }, range = lsp_diag.range, context = { diagnostics = { lsp_diag }, only = { 'quickfix' } } }, 20000)
  local chosen, client_id
  if os.getenv('DEBUG') then io.stdout:write(vim.inspect(actions) .. '\n') end
  for id, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.title and a.title:find('NOT NULL') then chosen, client_id = a, id end
    end
  end
  check(chosen ~= nil, 'a quick fix "Make is_active NOT NULL" is offered')
  if chosen and not chosen.edit then
    local resolved = vim.lsp.get_client_by_id(client_id).request_sync('codeAction/resolve', chosen, 20000, sql)
    chosen = resolved and resolved.result or chosen
  end
  check(chosen and chosen.edit ~= nil, 'the quick fix carries its edit')
  if chosen and chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16') end
  if os.getenv("DEBUG") then io.stdout:write(vim.api.nvim_buf_get_lines(sql, 33, 34, false)[1] .. "\n") end
  check(vim.api.nvim_buf_get_lines(sql, 33, 34, false)[1]:find('is_active%s+boolean NOT NULL%s+DEFAULT true') ~= nil,
    'after the quick fix line 34 reads "is_active boolean NOT NULL DEFAULT true"')

  -- Fix all: the server answers with workspace/applyEdit
  local before_fix_all = text(sql)
  vim.cmd('SchemawiseFixAll')
  check(vim.wait(30000, function() return text(sql):find('CREATE INDEX reviews_product_id_idx') ~= nil end, 100),
    ':SchemawiseFixAll adds the missing index on reviews (product_id)')
  io.stdout:write('\n') -- after Neovim's own "Workspace edit ..." message, which has no newline
  check(text(sql) ~= before_fix_all, ':SchemawiseFixAll changed the buffer text')
  check(text(sql):find('NOT NULL NOT NULL') == nil, ':SchemawiseFixAll did not repeat the quick fix already applied')

  -- The architecture document opens in a new Markdown buffer
  vim.cmd('SchemawiseDoc')
  check(vim.wait(30000, function() return vim.bo.filetype == 'markdown' end, 100), ':SchemawiseDoc opens a Markdown buffer')
  local doc = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  check(doc:find('^# Database Architecture') ~= nil and doc:find('orders belongsTo users', 1, true) ~= nil,
    ':SchemawiseDoc shows the document with the relationships')
  vim.cmd('buffer ' .. sql)

  -- Prisma: filetype, diagnostics
  vim.cmd('edit ' .. work .. '/prisma/schema.prisma')
  local prisma = vim.api.nvim_get_current_buf()
  check(vim.bo[prisma].filetype == 'prisma', 'schema.prisma has filetype prisma')
  check(vim.wait(60000, function() return find(prisma, 'require-fk-index') ~= nil end, 100), 'diagnostics arrive for schema.prisma')
  local pfk = find(prisma, 'require-fk-index')
  check(pfk and pfk.lnum == 115 and pfk.col == 2, 'Prisma require-fk-index at 116:3 (got ' .. (pfk and (pfk.lnum + 1) .. ':' .. (pfk.col + 1) or 'none') .. ')')
  local pnn = find(prisma, 'require-not-null')
  check(pnn and pnn.lnum == 54 and pnn.col == 2, 'Prisma require-not-null on isActive at 55:3 (got '
    .. (pnn and (pnn.lnum + 1) .. ':' .. (pnn.col + 1) .. '-' .. (pnn.end_lnum + 1) .. ':' .. (pnn.end_col + 1) or 'none') .. ')')
  check(find(prisma, 'money-as-float', 52) ~= nil, 'Prisma money-as-float on line 53')
  check(find(prisma, 'suggest-check-constraint') == nil, 'setup({ settings }) turned suggest-check-constraint off')
  -- schema.prisma is a root marker, so the Prisma folder gets a client of its own
  check(vim.wait(60000, function()
    local c = schemawise.client(prisma)
    return c ~= nil and c.initialized == true
  end, 100), 'a client is attached to the Prisma buffer and initialised')
  local pc = schemawise.client(prisma)
  check(pc and pc.config.root_dir == work .. '/prisma', 'its root is the folder holding schema.prisma (got ' .. tostring(pc and pc.config.root_dir) .. ')')
  local phover = vim.lsp.buf_request_sync(prisma, 'textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(prisma) }, position = { line = line_of(prisma, '^model Product ') or 0, character = 7 } }, 20000)
  local phover_text = ''
  for _, r in pairs(phover or {}) do
    if r.result and r.result.contents then phover_text = phover_text .. vim.inspect(r.result.contents) end
  end
  if os.getenv('DEBUG') then io.stdout:write(phover_text .. '\n') end
  check(phover_text:find('products') ~= nil, 'hover on model Product shows its card')

  -- The fix-all code action: its edit comes inline unless the client announces codeAction.resolveSupport
  -- (Neovim does, from 0.7), in which case the server sends it from codeAction/resolve.
  local caps = vim.lsp.protocol.make_client_capabilities().textDocument.codeAction
  local announces_resolve = caps.resolveSupport ~= nil and vim.tbl_contains(caps.resolveSupport.properties or {}, 'edit')
  local lazy = vim.lsp.buf_request_sync(prisma, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(prisma) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll' } } }, 20000)
  local fix_all_action
  for _, r in pairs(lazy or {}) do fix_all_action = (r.result or {})[1] or fix_all_action end
  check(fix_all_action ~= nil and fix_all_action.kind == 'source.fixAll.schemawise', 'the source.fixAll.schemawise action is offered')
  check(fix_all_action ~= nil and (fix_all_action.edit == nil) == announces_resolve,
    'its edit is ' .. (announces_resolve and 'left to codeAction/resolve (Neovim announces resolveSupport)' or 'inline (no resolveSupport)'))

  -- Code actions through vim.lsp.buf.code_action, as a user picks them: the menu (vim.ui.select) is
  -- answered by title; on 0.8+ `filter` and `apply` choose without the menu.
  -- The menu opens when the server's answer arrives, after code_action() returns, so the stub stays in place.
  local wanted
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      local action = item.action or item[2] -- {client_id, action} on 0.7-0.9, {ctx, action} on 0.10+
      if wanted and action and action.title:find(wanted, 1, true) then return on_choice(item) end
    end
    io.stdout:write('FAIL no code action titled "' .. tostring(wanted) .. '" in the menu\n')
    failures = failures + 1
    on_choice(nil)
  end
  local function code_action(only, title)
    wanted = title
    if has_08 then
      vim.lsp.buf.code_action({ context = { only = { only } }, apply = true,
        filter = function(a) return a.title:find(title, 1, true) ~= nil end })
    else
      vim.lsp.buf.code_action({ only = { only } })
    end
  end
  local is_active = line_of(prisma, '^%s*isActive%s')
  vim.api.nvim_win_set_cursor(0, { is_active + 1, 2 })
  code_action('quickfix', 'Make isActive required')
  check(vim.wait(20000, function() return vim.api.nvim_buf_get_lines(prisma, is_active, is_active + 1, false)[1]:find('Boolean%s') ~= nil end, 50),
    'vim.lsp.buf.code_action applies "Make isActive required" (got "' .. vim.api.nvim_buf_get_lines(prisma, is_active, is_active + 1, false)[1] .. '")')
  code_action('source.fixAll.schemawise', 'Fix all safe problems')
  check(vim.wait(20000, function() return text(prisma):find('@@index%(%[productId%]%)') ~= nil end, 50),
    'vim.lsp.buf.code_action applies the fix-all action (resolved), adding @@index([productId])')
  io.stdout:write('\n')

  -- :SchemawiseRestart: new clients, attached to the open buffers, publishing again
  local old_ids = {}
  for _, c in ipairs(schemawise.clients()) do old_ids[c.id] = true end
  vim.cmd('SchemawiseRestart')
  local restarted
  check(vim.wait(60000, function()
    local c = schemawise.client(prisma)
    if c and not old_ids[c.id] and c.initialized then restarted = c end
    return restarted ~= nil
  end, 100), ':SchemawiseRestart starts a new client for the Prisma buffer')
  check(restarted ~= nil and vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(prisma, { namespace = vim.lsp.diagnostic.get_namespace(restarted.id) })) do
      if code(d) == 'money-as-float' then return true end
    end
  end, 100), 'the restarted server publishes diagnostics for the Prisma buffer')
  check(schemawise.client(sql) ~= nil and not old_ids[schemawise.client(sql).id], ':SchemawiseRestart reattaches the SQL buffer too')
  for id in pairs(old_ids) do
    local c = vim.lsp.get_client_by_id(id)
    check(c == nil or (has_011 and c:is_stopped() or (not has_011 and c.is_stopped())), 'the old client ' .. id .. ' has stopped')
  end

  -- Settings: empty tables where the server expects objects are sent as JSON objects, not arrays
  check(vim.json.encode(schemawise.server_settings({})) == '{"schemawise":{}}', 'empty settings are sent as {}')
  local encoded = vim.json.encode(schemawise.server_settings({ rules = { a = {}, b = { severity = 'off', options = {} } } }))
  check(encoded:find('"rules":{"') ~= nil and encoded:find('"a":{}') ~= nil and encoded:find('"options":{}') ~= nil
    and encoded:find('%[%]') == nil, 'empty rules, rule entries and options are sent as {} (got ' .. encoded .. ')')
  check(vim.json.encode(schemawise.server_settings({ rules = {} })) == '{"schemawise":{"rules":{}}}', 'settings = { rules = {} } is sent as an object')

  -- Roots: the nearest folder with any marker wins, as with nvim-lspconfig and vim.lsp.config
  vim.fn.mkdir(work .. '/roots/app/db', 'p')
  vim.fn.writefile({}, work .. '/roots/.schemawise.json')
  vim.fn.writefile({}, work .. '/roots/app/schema.prisma')
  check(schemawise.root_dir(work .. '/roots/app/db/x.sql') == work .. '/roots/app', 'root_dir: the nearest marker wins')
  check(schemawise.root_dir(work .. '/roots/y.sql') == work .. '/roots', 'root_dir: a marker in the file\'s own folder')

  -- :SchemawiseInfo and the help file
  local info = require('schemawise').info()
  io.stdout:write('\n')
  check(#info >= 2 and info[2]:find('running') ~= nil, ':SchemawiseInfo reports a running client')
  vim.cmd('helptags ' .. work .. '/doc')
  check(vim.fn.filereadable(work .. '/doc/tags') == 1 and vim.fn.readfile(work .. '/doc/tags')[1] ~= nil, 'the help file has tags')
  vim.opt.runtimepath:append(work)
  for _, tag in ipairs({ 'schemawise', 'schemawise.setup()', ':SchemawiseRestart', ':SchemawiseFixAll', ':SchemawiseDoc', ':SchemawiseInfo' }) do
    local found = pcall(vim.cmd, 'help ' .. tag)
    check(found and vim.bo.filetype == 'help' and vim.fn.expand('%:t') == 'schemawise.txt', ':help ' .. tag .. ' opens schemawise.txt')
    if found then vim.cmd('helpclose') end
  end
end)
if not ok then
  failures = failures + 1
  io.stdout:write('FAIL test raised: ' .. tostring(err) .. '\n')
end
finish()
