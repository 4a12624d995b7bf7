-- Drives headless Neovim (0.7.2 on Debian 12) with the plugin against `oxt lsp`:
-- opens editors/test/EditorTest.oxt (a copy), waits for the diagnostics, asks for
-- completion at a type, picks the quick fix in vim.lsp.buf.code_action()'s menu,
-- runs :OxtGenerate, then :OxtPublish to the dir target of an oxt.json written
-- beside the file (mcs with the stand-in runtime), and :OxtPublish again (refused).
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
  -- The workspace's publish configuration: one dir target, mcs against the
  -- stand-in of the OutSystems runtime.
  local stand_in = vim.fn.glob(here .. "/../../../tests/codegen/runtime_stand_in/*.cs", false, true)
  local command = { "mcs", "-nologo", "-target:library", "-out:{out}", "-r:System.Data.dll",
    "-r:System.Xml.dll", "{sources}" }
  for _, source in ipairs(stand_in) do
    table.insert(command, vim.fn.fnamemodify(source, ":p"))
  end
  vim.fn.writefile({ vim.fn.json_encode({
    targets = { platform = { type = "dir", path = "platform" } },
    compile = { command = command },
  }) }, dir .. "/oxt.json")

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
  local levels = {}
  vim.notify = function(message, level)
    table.insert(notified, message)
    levels[message] = level
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

  -- :OxtPublish (no target: the only one) publishes 1.0.0 into platform/, and
  -- says so when the server answers.
  local version = dir .. "/platform/EditorTest/1.0.0"
  local function publish(args)
    for i = #notified, 1, -1 do
      notified[i] = nil
    end
    vim.cmd("OxtPublish" .. args)
    vim.wait(30000, function()
      for _, message in ipairs(notified) do
        if message:find("^oxt%.publish: ") then
          return true
        end
      end
    end, 50)
    for _, message in ipairs(notified) do
      if message:find("^oxt%.publish: ") then
        return message
      end
    end
    return "(no answer; notified: " .. table.concat(notified, " | ") .. ")"
  end
  local published = publish("")
  check(notified[1] == "oxt: publishing…", ":OxtPublish says it is publishing: " .. tostring(notified[1]))
  check(published:find("^oxt%.publish: EditorTest 1%.0%.0 published to 'platform' %(.*/platform/EditorTest/1%.0%.0%)$")
    ~= nil and levels[published] == vim.log.levels.INFO, ":OxtPublish reports where the version went: " .. published)
  check(vim.fn.isdirectory(version) == 1 and vim.fn.filereadable(version .. "/EditorTest-1.0.0.oxtpkg") == 1
    and vim.fn.filereadable(version .. "/manifest.json") == 1,
    ":OxtPublish put EditorTest-1.0.0.oxtpkg and manifest.json in platform/EditorTest/1.0.0/")

  -- :OxtPublish platform: the same version again, refused, as an error.
  local refused = publish(" platform")
  check(notified[1] == "oxt: publishing to platform…", ":OxtPublish platform names the target: " .. tostring(notified[1]))
  check(refused:find("^oxt%.publish: Publish failed at Verify: EditorTest 1%.0%.0 is already published to 'platform'")
    ~= nil and levels[refused] == vim.log.levels.ERROR, "the same version again is refused, as an error: " .. refused)
  vim.fn.delete(dir, "rf")
end)
if not ok then
  check(false, "the test script ran to its end: " .. tostring(err))
end
finish()
