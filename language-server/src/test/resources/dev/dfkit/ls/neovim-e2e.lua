-- Neovim (0.7+) as a real dfls client, headless: open a Dockerfile, wait for diagnostics, format,
-- ask for code actions, hover and completion; write what came back as JSON to $DFLS_OUT, then quit.
-- Only APIs Neovim 0.7 has: vim.lsp.start_client, buf_attach_client, request_sync.
local report = { errors = {} }

local function run()
  local dir = os.getenv('DFLS_DIR')
  local published = nil
  local client_id = vim.lsp.start_client({
    name = 'dfls',
    cmd = { os.getenv('DFLS_JAVA'), '-jar', os.getenv('DFLS_JAR'), '--log-level', 'warning' },
    root_dir = dir,
    -- Neovim 0.7 does not announce workspace/configuration: settings go in the initialization.
    init_options = { dfls = { rules = { ConsistentInstructionCasing = 'off' } } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and #result.diagnostics > 0 then
          published = result
        end
        vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.cmd('edit ' .. dir .. '/Dockerfile')
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(30000, function() return client.initialized end, 50), 'no initialize answer')
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  report.hover_advertised = caps.hoverProvider ~= nil and caps.hoverProvider ~= false
  report.completion_advertised = caps.completionProvider ~= nil

  -- Settings arrive after the first lint may have run: wait for a publish that honours them.
  local function settled()
    if published == nil then return false end
    for _, d in ipairs(published.diagnostics) do
      if d.code == 'ConsistentInstructionCasing' then return false end
    end
    return true
  end
  vim.wait(30000, settled, 50)
  report.diagnostics = {}
  for _, d in ipairs(published and published.diagnostics or {}) do
    table.insert(report.diagnostics, {
      code = d.code, source = d.source, severity = d.severity,
      line = d.range.start.line, character = d.range.start.character,
      href = d.codeDescription and d.codeDescription.href or vim.NIL,
    })
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 30 } },
    context = { diagnostics = published and published.diagnostics or {} },
  }, 30000, bufnr)
  report.actions = {}
  for _, a in ipairs(actions and actions.result or {}) do
    table.insert(report.actions, a.title)
  end

  local formatting = client.request_sync('textDocument/formatting', {
    textDocument = { uri = uri }, options = { tabSize = 4, insertSpaces = true },
  }, 30000, bufnr)
  assert(formatting and formatting.result, 'no formatting answer: ' .. vim.inspect(formatting))
  vim.lsp.util.apply_text_edits(formatting.result, bufnr, 'utf-16')
  report.formatted = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  if report.hover_advertised then
    local hover = client.request_sync('textDocument/hover', {
      textDocument = { uri = uri }, position = { line = 1, character = 1 },
    }, 30000, bufnr)
    report.hover = hover and hover.result and vim.inspect(hover.result.contents) or vim.NIL
  end
  if report.completion_advertised then
    local completion = client.request_sync('textDocument/completion', {
      textDocument = { uri = uri }, position = { line = 2, character = 0 },
    }, 30000, bufnr)
    local items = completion and completion.result or {}
    if items.items then items = items.items end
    report.completion = {}
    for _, item in ipairs(items) do
      table.insert(report.completion, item.label)
    end
  end
  client.stop()
end

local ok, err = pcall(run)
if not ok then
  table.insert(report.errors, tostring(err))
end
local f = io.open(os.getenv('DFLS_OUT'), 'w')
f:write(vim.fn.json_encode(report))
f:close()
vim.cmd('qa!')
