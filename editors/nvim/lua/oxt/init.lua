-- The oxt language server for .oxt files in Neovim 0.7.2 and later.
--
--   require("oxt").setup({ cmd = { "oxt", "lsp" }, settings = {} })
--
-- Starts `oxt lsp` for each buffer of filetype `oxt` (vim.lsp.start where it exists,
-- vim.lsp.start_client + vim.lsp.buf_attach_client on 0.7), one server per folder,
-- and defines :OxtGenerate and :OxtPublish [target], which run the server's
-- commands oxt.generateSources and oxt.publish on the current file.
local M = {}

M.options = {
  cmd = { "oxt", "lsp" },
  settings = {},
  on_attach = nil,
  capabilities = nil,
  publish_target = nil,
  -- false: only the commands and buffer options (the server is started elsewhere,
  -- e.g. by nvim-lspconfig under the name "oxt").
  autostart = true,
}

-- On versions without vim.lsp.start: the client of each root folder, to reuse.
local clients_by_root = {}

local function root_of(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  return vim.fn.fnamemodify(name, ":p:h")
end

local function client_config(bufnr)
  local root = root_of(bufnr)
  return {
    name = "oxt",
    cmd = M.options.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = M.options.settings,
    -- Also at initialize, so the first diagnostics already follow them.
    init_options = next(M.options.settings) ~= nil and M.options.settings or nil,
    capabilities = M.options.capabilities,
    on_attach = M.options.on_attach,
  }
end

--- Starts (or reuses) the server for `bufnr` and attaches it. Returns the client id.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if vim.fn.executable(M.options.cmd[1]) ~= 1 then
    vim.notify("oxt: '" .. M.options.cmd[1] .. "' is not executable (set cmd in require('oxt').setup)",
      vim.log.levels.WARN)
    return nil
  end
  local config = client_config(bufnr)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[config.root_dir]
  local running = id and vim.lsp.get_client_by_id(id)
  if not running or running.is_stopped() then
    id = vim.lsp.start_client(config)
    clients_by_root[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- The oxt client attached to `bufnr`, or nil.
function M.client(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  -- vim.lsp.get_clients from 0.10 (buf_get_clients is deprecated there); 0.7 has
  -- only buf_get_clients.
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr })
    or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(clients) do
    if client.name == "oxt" then
      return client
    end
  end
  return nil
end

--- Runs a server command on the current file; `done(err, result)` when answered.
function M.execute(command, extra, done)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.client(bufnr)
  if not client then
    vim.notify("oxt: no language server on this buffer", vim.log.levels.WARN)
    return
  end
  local arguments = { vim.uri_from_bufnr(bufnr) }
  for _, value in ipairs(extra or {}) do
    table.insert(arguments, value)
  end
  client.request("workspace/executeCommand", { command = command, arguments = arguments },
    function(err, result)
      if err then
        vim.notify(command .. " failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      elseif type(result) == "table" and result.summary then
        -- oxt.publish answers published = false when a stage failed (the summary
        -- says which and why).
        vim.notify(command .. ": " .. result.summary,
          result.published == false and vim.log.levels.ERROR or vim.log.levels.INFO)
      end
      if done then
        done(err, result)
      end
    end, bufnr)
end

function M.generate(done)
  M.execute("oxt.generateSources", {}, done)
end

function M.publish(target, done)
  target = (target ~= nil and target ~= "") and target or M.options.publish_target
  vim.notify("oxt: publishing" .. (target and (" to " .. target) or "") .. "…", vim.log.levels.INFO)
  M.execute("oxt.publish", target and { target } or {}, done)
end

function M.setup(options)
  M.options = vim.tbl_deep_extend("force", M.options, options or {})
  local group = vim.api.nvim_create_augroup("oxt", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "oxt",
    callback = function(args)
      vim.bo[args.buf].commentstring = "// %s"
      vim.bo[args.buf].comments = "s1:/*,mb:*,ex:*/,:///,://"
      if M.options.autostart then
        M.start(args.buf)
      end
    end,
  })
  vim.api.nvim_create_user_command("OxtGenerate", function()
    M.generate()
  end, { desc = "Generate the C# sources of the current .oxt file" })
  vim.api.nvim_create_user_command("OxtPublish", function(args)
    M.publish(args.args)
  end, { nargs = "?", desc = "Publish the current .oxt file's extension [to a target]" })
  -- Buffers opened before setup().
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if M.options.autostart and vim.api.nvim_buf_is_loaded(bufnr) and vim.bo[bufnr].filetype == "oxt" then
      M.start(bufnr)
    end
  end
end

return M
