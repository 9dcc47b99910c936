-- presslint's language server under a second, independent LSP client: headless Neovim (0.7.x).
-- Run by test/e2e/run.mjs:
--   PRESSLINT_SERVER=dist/server.mjs PRESSLINT_WORKSPACE=<copy of test/e2e/workspace> \
--     nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim/lsp-test.lua'
-- Prints one `ok N - title` / `not ok N - title` line per check and exits with the number of
-- failed checks (`:qall!` always exits 0, so failures leave through `:cquit N`).
--
-- The draft's lead paragraph has non-ASCII text (ü, €) before a run of two spaces: Neovim keeps
-- byte columns while LSP positions count UTF-16 code units, so a wrong conversion on either side
-- shows up as a range or an edit in the wrong place.
local server = assert(os.getenv('PRESSLINT_SERVER'), 'set PRESSLINT_SERVER')
local workspace = assert(os.getenv('PRESSLINT_WORKSPACE'), 'set PRESSLINT_WORKSPACE')
local draft = workspace .. '/drafts/alpine-floods.release.md'
local WAIT_MS = tonumber(os.getenv('PRESSLINT_E2E_NVIM_WAIT_MS') or '20000')
local TARGET_RULE = os.getenv('PRESSLINT_E2E_NVIM_RULE') or 'spacing'
local TARGET_TEXT, FIXED_TEXT = 'million  to', 'million to'

local function say(line) io.stdout:write(line .. '\n') end
local count, failures = 0, 0
-- One check: `ok` when `body` returns true, `not ok` (with the reason) otherwise or on an error.
local function check(title, body)
  count = count + 1
  local ok, result, why = pcall(body)
  if ok and result then
    say(('ok %d - %s'):format(count, title))
    return true
  end
  failures = failures + 1
  say(('not ok %d - %s: %s'):format(count, title, tostring(ok and (why or 'false') or result)))
  return false
end
local function finish()
  say(('# %d checks, %d failed'):format(count, failures))
  if failures == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. math.min(failures, 255)) end
end

-- The raw LSP diagnostics as the server sent them (UTF-16 ranges, `data`), so the codeAction
-- context is exactly what the server published; vim.diagnostic keeps its own byte-column copy.
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[vim.uri_to_fname(result.uri)] = result.diagnostics
  return default_publish(err, result, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'presslint',
  cmd = { 'node', server, '--stdio' },
  root_dir = workspace,
  on_exit = function(code, signal)
    if code ~= 0 then say(('# the server exited with %s (signal %s)'):format(code, signal)) end
  end,
})
if not check('the language server starts', function() return client_id ~= nil, 'start_client returned nil' end) then finish() end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

-- The line and byte column of the target text, and its UTF-16 column as LSP counts it.
local line_nr, byte_col
for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local at = text:find(TARGET_TEXT, 1, true)
  if at then line_nr, byte_col = i - 1, at - 1 + #'million' end
end
assert(line_nr, 'the draft has the target text')
local line_text = vim.api.nvim_buf_get_lines(bufnr, line_nr, line_nr + 1, false)[1]
local _, utf16_col = vim.str_utfindex(line_text, byte_col)

local function target_of(diagnostics)
  for _, d in ipairs(diagnostics or {}) do
    if d.code == TARGET_RULE and d.range.start.line == line_nr then return d end
  end
end

if not check('the server publishes diagnostics for the draft', function()
  return vim.wait(WAIT_MS, function() return published[draft] ~= nil end, 20),
    ('no publishDiagnostics within %d ms'):format(WAIT_MS)
end) then finish() end

local target = target_of(published[draft])
check(('a %s diagnostic starts at UTF-16 column %d (byte column %d) of the non-ASCII line'):format(TARGET_RULE, utf16_col, byte_col), function()
  if not target then
    local seen = {}
    for _, d in ipairs(published[draft]) do seen[#seen + 1] = ('%s@%d:%d'):format(d.code, d.range.start.line, d.range.start.character) end
    return false, 'none on line ' .. line_nr .. '; published: ' .. (#seen > 0 and table.concat(seen, ' ') or 'nothing')
  end
  return target.range.start.character == utf16_col, 'it starts at ' .. target.range.start.character
end)
if not target then finish() end

check('vim.diagnostic places it at the byte column', function()
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = line_nr })) do
    if d.code == TARGET_RULE then return d.col == byte_col, 'vim.diagnostic col ' .. d.col end
  end
  return false, 'not in vim.diagnostic'
end)

local action
check('the server offers a quick fix with an edit for it', function()
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, WAIT_MS)
  if not responses then return false, 'codeAction request: ' .. tostring(err) end
  for _, response in pairs(responses) do
    if response.error then return false, 'server error ' .. vim.inspect(response.error) end
    for _, a in ipairs(response.result or {}) do
      if a.edit and (a.isPreferred or not action) then action = a end
    end
  end
  return action ~= nil, 'no code action with an edit'
end)
if not action then finish() end
say('# code action: ' .. action.title)

check('applying it rewrites the non-ASCII line as expected', function()
  local encoding = vim.lsp.get_client_by_id(client_id).offset_encoding or 'utf-16'
  vim.lsp.util.apply_workspace_edit(action.edit, encoding)
  local now = vim.api.nvim_buf_get_lines(bufnr, line_nr, line_nr + 1, false)[1]
  local expected = line_text:gsub(vim.pesc(TARGET_TEXT), FIXED_TEXT, 1)
  return now == expected, 'the line reads: ' .. now
end)

check('the diagnostic goes away', function()
  return vim.wait(WAIT_MS, function() return published[draft] ~= nil and target_of(published[draft]) == nil end, 20),
    'still published after the edit'
end)

vim.lsp.stop_client(client_id)
finish()
