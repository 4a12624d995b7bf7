-- Drives headless Neovim (0.7.2 on Debian 12) with the plugin against `oxt lsp`:
-- opens editors/test/EditorTest.oxt (a copy), waits for the diagnostics, asks for
-- completion at a type, picks the quick fix in vim.lsp.buf.code_action()'s menu,
-- and runs :OxtGenerate.
--
--   OXT=path/to/oxt nvim --headless -u NONE -i NONE \
--     --cmd 'set rtp^=editors/nvim' -c 'luafile editors/nvim/test/run.lua'
-- Prints ok/FAILED lines and "N passed, N failed"; exits 1 when a check failed.
local passed, failed = 0, 0
local function check(condition, what)
  if condition then
    passed = passed + 1
    io.stdout:write("ok: " .. what .. "\n")
  else
    failed = failed + 1
    io.stdout:write("FAILED: " .. what .. "\n")
  end
end

local function finish()
  io.stdout:write(string.format("%d passed, %d failed\n", passed, failed))
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.wait(2000, function()
    return #vim.lsp.get_active_clients() == 0
  end, 50)
  vim.cmd(failed == 0 and "qall!" or "cquit! 1")
end

local ok, err = pcall(function()
  local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
  local fixture = here .. "/../../test/EditorTest.oxt"
  local oxt = vim.fn.fnamemodify(os.getenv("OXT") or (here .. "/../../../build/dev/bin/oxt"), ":p")
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  local file = dir .. "/EditorTest.oxt"
  vim.fn.writefile(vim.fn.readfile(fixture), file)

  vim.cmd("filetype on")
  require("oxt").setup({
    cmd = { oxt, "lsp", "--log-level", "warn" },
    settings = { oxt = { diagnostics = { delay = 20 } } },
  })
  check(vim.fn.exists(":OxtGenerate") == 2 and vim.fn.exists(":OxtPublish") == 2,
    ":OxtGenerate and :OxtPublish exist")
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo.filetype == "oxt", "the filetype of *.oxt is oxt (got '" .. vim.bo.filetype .. "')")
  check(#vim.api.nvim_get_runtime_file("queries/oxt/highlights.scm", true) > 0,
    "queries/oxt/highlights.scm is on the runtimepath")

  -- Diagnostics: the misspelt type, with its code, on its line.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local type_line, type_col
  for i, line in ipairs(lines) do
    local col = line:find("input Where: Adress", 1, true)
    if col then
      type_line, type_col = i - 1, col - 1 + #"input Where: "
    end
  end
  local function code_of(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  local function unknown_type()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == "OXT0007" then
        return d
      end
    end
  end
  vim.wait(20000, function()
    return unknown_type() ~= nil
  end, 50)
  local diagnostic = unknown_type()
  check(diagnostic ~= nil and diagnostic.lnum == type_line and diagnostic.col == type_col,
    string.format("OXT0007 on 'Adress' at %s:%s: %s", type_line, type_col,
      vim.inspect(vim.tbl_map(function(d) return { code_of(d), d.lnum, d.col, d.message } end,
        vim.diagnostic.get(bufnr)))))

  -- Completion at the type position offers the file's structures.
  local client = require("oxt").client(bufnr)
  check(client ~= nil, "the oxt client is attached")
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/completion", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = type_line, character = type_col },
  }, 10000) or {}
  local labels = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      labels[item.label] = true
    end
  end
  check(labels.Address and labels.Customer and labels.Text,
    "completion at the type offers Address, Customer and Text: " .. table.concat(vim.tbl_keys(labels), ", "))

  -- The quick fix through vim.lsp.buf.code_action(), its menu (vim.ui.select)
  -- answered as a user picking "Change to 'Address'" would.
  vim.api.nvim_win_set_cursor(0, { type_line + 1, type_col })
  local offered
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    local chosen
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(offered, title)
      if title:find("Change to 'Address'", 1, true) then
        chosen = chosen or i
      end
    end
    on_choice(chosen and items[chosen] or nil, chosen)
  end
  vim.lsp.buf.code_action()
  local function fixed_line()
    return vim.api.nvim_buf_get_lines(bufnr, type_line, type_line + 1, false)[1]
  end
  vim.wait(10000, function()
    return fixed_line():find("input Where: Address", 1, true) ~= nil
  end, 50)
  check(offered ~= nil, "vim.lsp.buf.code_action() offers actions: " .. table.concat(offered or {}, " | "))
  check(fixed_line():find("input Where: Address", 1, true) ~= nil, "the quick fix changed the line: " .. fixed_line())
  vim.wait(20000, function()
    return unknown_type() == nil
  end, 50)
  check(unknown_type() == nil, "OXT0007 is gone after the fix")

  -- :OxtGenerate writes the C# sources beside the file.
  -- The plugin tells the server's answer through vim.notify: wait for it.
  local generated = dir .. "/EditorTest/Source/NET/Structures.cs"
  local notified = {}
  vim.notify = function(message)
    table.insert(notified, message)
  end
  vim.cmd("OxtGenerate")
  vim.wait(20000, function()
    return #notified > 0
  end, 50)
  check(notified[1] ~= nil and notified[1]:find("^oxt.generateSources: EditorTest: %d+ files created") ~= nil,
    ":OxtGenerate reports the files it wrote: " .. tostring(notified[1]))
  check(vim.fn.filereadable(generated) == 1, ":OxtGenerate wrote EditorTest/Source/NET/Structures.cs")
  if vim.fn.filereadable(generated) == 1 then
    local text = table.concat(vim.fn.readfile(generated), "\n")
    check(text:find("STAddressStructure", 1, true) ~= nil, "Structures.cs declares STAddressStructure")
  end
  vim.fn.delete(dir, "rf")
end)
if not ok then
  check(false, "the test script ran to its end: " .. tostring(err))
end
finish()
