#include "lsp/lsp_server.h"

#include <exception>
#include <stdexcept>
#include <utility>

#include <spdlog/spdlog.h>

#include "lsp/settings_reader.h"
#include "protocol/uri.h"
#include "support/version.h"

namespace oxt::lsp {

using protocol::ErrorCode;
using protocol::Json;

LspServer::LspServer(Scheduler& scheduler, Outgoing::Writer writer, ServerOptions options)
    : scheduler_(scheduler), outgoing_(std::move(writer)), options_(std::move(options)) {
  auto settings = workspace_.settings();
  settings.documentationUrl = options_.documentationUrl;
  workspace_.setSettings(settings);
  bindMethods();
}

void LspServer::bindMethods() {
  // Lifecycle and general messages.
  methods_.request("initialize", this, &LspServer::onInitialize);
  methods_.notification("initialized", this, &LspServer::onInitialized);
  methods_.request("shutdown", this, &LspServer::onShutdown);
  methods_.notification("exit", this, &LspServer::onExit);
  methods_.notification("$/cancelRequest", this, &LspServer::onCancelRequest);
  methods_.notification("$/setTrace", this, &LspServer::onSetTrace);
  methods_.notification("window/workDoneProgress/cancel", this,
                        &LspServer::onWorkDoneProgressCancel);
  // Documents.
  methods_.notification("textDocument/didOpen", this, &LspServer::onDidOpen);
  methods_.notification("textDocument/didChange", this, &LspServer::onDidChange);
  methods_.notification("textDocument/didSave", this, &LspServer::onDidSave);
  methods_.notification("textDocument/didClose", this, &LspServer::onDidClose);
  methods_.request("textDocument/diagnostic", this, &LspServer::onDiagnostic);
  methods_.request("textDocument/codeAction", this, &LspServer::onCodeAction);
  methods_.request("textDocument/formatting", this, &LspServer::onFormatting);
  methods_.request("textDocument/rangeFormatting", this, &LspServer::onRangeFormatting);
  methods_.request("workspace/executeCommand", this, &LspServer::onExecuteCommand);
  methods_.request("textDocument/implementation", this, &LspServer::onImplementation);
  methods_.request("textDocument/completion", this, &LspServer::onCompletion);
  methods_.request("completionItem/resolve", this, &LspServer::onCompletionResolve);
  methods_.request("textDocument/hover", this, &LspServer::onHover);
  // Workspace.
  methods_.notification("workspace/didChangeWatchedFiles", this,
                        &LspServer::onDidChangeWatchedFiles);
  methods_.notification("workspace/didChangeConfiguration", this,
                        &LspServer::onDidChangeConfiguration);
  methods_.notification("workspace/didChangeWorkspaceFolders", this,
                        &LspServer::onDidChangeWorkspaceFolders);
  // Outline.
  methods_.request("textDocument/documentSymbol", this, &LspServer::onDocumentSymbol);
  methods_.request("workspace/symbol", this, &LspServer::onWorkspaceSymbol);
  methods_.request("textDocument/foldingRange", this, &LspServer::onFoldingRange);
  methods_.request("textDocument/selectionRange", this, &LspServer::onSelectionRange);
  methods_.request("textDocument/semanticTokens/full", this, &LspServer::onSemanticTokensFull);
  methods_.request("textDocument/semanticTokens/range", this, &LspServer::onSemanticTokensRange);
  // Navigation.
  methods_.request("textDocument/definition", this, &LspServer::onDefinition);
  methods_.request("textDocument/references", this, &LspServer::onReferences);
  methods_.request("textDocument/documentHighlight", this, &LspServer::onDocumentHighlight);
  methods_.request("textDocument/prepareRename", this, &LspServer::onPrepareRename);
  methods_.request("textDocument/rename", this, &LspServer::onRename);
  methods_.request("textDocument/codeLens", this, &LspServer::onCodeLens);
  methods_.request("textDocument/documentLink", this, &LspServer::onDocumentLink);
  if (options_.testMethods) {
    methods_.request("$/oxt/test/fail", this, &LspServer::onTestFail);
    methods_.notification("$/oxt/test/failNotification", this, &LspServer::onTestFailNotification);
  }
}

protocol::ServerCapabilities LspServer::capabilities() const {
  protocol::ServerCapabilities capabilities;
  capabilities.positionEncoding = encoding_ == syntax::PositionEncoding::Utf8 ? "utf-8" : "utf-16";
  capabilities.openClose =
      methods_.has("textDocument/didOpen") && methods_.has("textDocument/didClose");
  capabilities.incrementalChange = methods_.has("textDocument/didChange");
  capabilities.save = methods_.has("textDocument/didSave");
  capabilities.diagnosticProvider = methods_.has("textDocument/diagnostic");
  capabilities.workspaceFolders = methods_.has("workspace/didChangeWorkspaceFolders");
  capabilities.executeCommand = methods_.has("workspace/executeCommand");
  capabilities.commands = {std::string(kGenerateSourcesCommand), std::string(kPublishCommand),
                           std::string(kOpenImplementationCommand)};
  capabilities.implementation = methods_.has("textDocument/implementation");
  capabilities.codeAction = methods_.has("textDocument/codeAction");
  capabilities.formatting = methods_.has("textDocument/formatting");
  capabilities.rangeFormatting = methods_.has("textDocument/rangeFormatting");
  capabilities.completion = methods_.has("textDocument/completion");
  capabilities.completionResolve = methods_.has("completionItem/resolve");
  capabilities.completionTriggerCharacters = {":", "@", "<", "(", "\"", "/"};
  capabilities.hover = methods_.has("textDocument/hover");
  capabilities.outline = outlineCapabilities();
  capabilities.definition = methods_.has("textDocument/definition");
  capabilities.references = methods_.has("textDocument/references");
  capabilities.documentHighlight = methods_.has("textDocument/documentHighlight");
  capabilities.rename = methods_.has("textDocument/rename");
  capabilities.prepareRename = client_.prepareRename && methods_.has("textDocument/prepareRename");
  capabilities.codeLens = methods_.has("textDocument/codeLens");
  capabilities.documentLink = methods_.has("textDocument/documentLink");
  return capabilities;
}

void LspServer::receive(protocol::Message message) {
  if (state_ == State::Exited) {
    return;
  }
  if (auto* request = std::get_if<protocol::Request>(&message)) {
    handleRequest(*request);
  } else if (auto* notification = std::get_if<protocol::Notification>(&message)) {
    handleNotification(*notification);
  } else {
    handleResponse(std::get<protocol::Response>(message));
  }
}

void LspServer::reject(const protocol::RejectedMessage& rejected) {
  spdlog::warn("rejected a message: {}", rejected.error.message);
  outgoing_.replyError(rejected.id, rejected.error);
}

void LspServer::traceReceived(const std::string& what, const Json& params) {
  if (trace_ == Trace::Off) {
    return;
  }
  protocol::LogTraceParams trace{"Received " + what, std::nullopt};
  if (trace_ == Trace::Verbose && !params.is_null()) {
    trace.verbose = "Params: " + protocol::serialize(protocol::redacted(params));
  }
  outgoing_.notify("$/logTrace", toJson(trace));
}

void LspServer::handleRequest(protocol::Request& request) {
  traceReceived("request '" + request.method + " - (" + protocol::toString(request.id) + ")'",
                request.params);
  if (state_ == State::Uninitialized && request.method != "initialize") {
    outgoing_.replyError(request.id, {ErrorCode::ServerNotInitialized,
                                      "the server is not initialized: send 'initialize' first"});
    return;
  }
  if (state_ == State::ShutDown) {
    outgoing_.replyError(request.id, {ErrorCode::InvalidRequest,
                                      "the server is shutting down: only 'exit' is accepted"});
    return;
  }
  if (state_ == State::Running && request.method == "initialize") {
    outgoing_.replyError(request.id,
                         {ErrorCode::InvalidRequest, "'initialize' may be sent only once"});
    return;
  }
  const auto* handler = methods_.findRequest(request.method);
  if (handler == nullptr) {
    outgoing_.replyError(request.id,
                         {ErrorCode::MethodNotFound, "no such method: '" + request.method + "'"});
    return;
  }
  Reply reply(request.id, request.method, outgoing_, cancellations_);
  try {
    (*handler)(request.params, reply);
  } catch (const std::exception& e) {
    // A bug in one handler: answer it, log it, and go on serving.
    spdlog::error("internal error in {}: {}", request.method, e.what());
    reply.error(ErrorCode::InternalError,
                "internal error in " + request.method + ": " + std::string(e.what()));
  }
}

void LspServer::handleNotification(protocol::Notification& notification) {
  traceReceived("notification '" + notification.method + "'", notification.params);
  if (state_ == State::Uninitialized && notification.method != "exit") {
    spdlog::warn("dropped '{}' sent before 'initialize'", notification.method);
    return;
  }
  if (state_ == State::ShutDown && notification.method != "exit") {
    spdlog::warn("dropped '{}' sent after 'shutdown'", notification.method);
    return;
  }
  const auto* handler = methods_.findNotification(notification.method);
  if (handler == nullptr) {
    // Unknown notifications are ignored, as the specification asks ($/ ones included).
    spdlog::debug("ignored the unknown notification '{}'", notification.method);
    return;
  }
  try {
    const auto problem = (*handler)(notification.params);
    if (!problem.empty()) {
      showLog(protocol::MessageType::Warning,
              "oxt ignored '" + notification.method + "': " + problem);
    }
  } catch (const std::exception& e) {
    showLog(protocol::MessageType::Error,
            "oxt: internal error in " + notification.method + ": " + e.what());
  }
}

void LspServer::handleResponse(const protocol::Response& response) {
  if (!outgoing_.takeResponse(response)) {
    spdlog::warn("a response to no request of ours (id {})", protocol::toString(response.id));
  }
}

void LspServer::showLog(protocol::MessageType type, const std::string& message) {
  switch (type) {
  case protocol::MessageType::Error:
    spdlog::error("{}", message);
    break;
  case protocol::MessageType::Warning:
    spdlog::warn("{}", message);
    break;
  default:
    spdlog::info("{}", message);
    break;
  }
  outgoing_.notify("window/logMessage", toJson(protocol::LogMessageParams{type, message}));
}

void LspServer::onInitialize(const protocol::InitializeParams& params, Reply&& reply) {
  client_ = params.capabilities;
  for (const auto& encoding : client_.positionEncodings) {
    if (encoding == "utf-8") {
      encoding_ = syntax::PositionEncoding::Utf8;
    }
  }
  if (params.trace) {
    onSetTrace(protocol::SetTraceParams{*params.trace});
  }
  if (params.workspaceFolders) {
    for (const auto& folder : *params.workspaceFolders) {
      workspace_.addFolder(pathOf(folder.uri));
    }
  } else if (params.rootUri) {
    workspace_.addFolder(pathOf(*params.rootUri));
  } else if (params.rootPath) {
    workspace_.addFolder(*params.rootPath);
  }
  if (!params.initializationOptions.is_null()) {
    const auto section = oxtSection(params.initializationOptions);
    applySettings(section.is_null() ? params.initializationOptions : section);
  }
  spdlog::info("initialize from {}: {} folder(s), positions in {}",
               params.clientName.empty() ? "an unnamed client" : params.clientName,
               workspace_.folders().size(),
               encoding_ == syntax::PositionEncoding::Utf8 ? "utf-8" : "utf-16");
  state_ = State::Running;
  reply(toJson(protocol::InitializeResult{capabilities(), "oxt", kVersion}));
}

void LspServer::onInitialized(const protocol::NoParams& /*params*/) {
  registerFileWatchers();
  requestConfiguration();
  for (const auto& folder : workspace_.folders()) {
    indexFolder(folder);
  }
}

void LspServer::onShutdown(const protocol::NoParams& /*params*/, Reply&& reply) {
  // Nothing more is published after the answer: pending checks are dropped, and
  // every message sent so far is already written (sends are synchronous).
  scheduler_.cancelAllDebounced();
  for (auto& [token, flag] : progressCancels_) {
    flag->store(true);
  }
  shutdownReceived_ = true;
  state_ = State::ShutDown;
  reply(nullptr);
}

void LspServer::onExit(const protocol::NoParams& /*params*/) {
  spdlog::info("exit {} shutdown", shutdownReceived_ ? "after" : "without");
  scheduler_.cancelAllDebounced();
  state_ = State::Exited;
  if (onExit_) {
    onExit_();
  }
}

void LspServer::onCancelRequest(const protocol::CancelParams& params) {
  if (!cancellations_.cancel(params.id)) {
    spdlog::debug("$/cancelRequest for {}, which is not in flight", protocol::toString(params.id));
  }
}

void LspServer::onSetTrace(const protocol::SetTraceParams& params) {
  trace_ = params.value == "verbose"    ? Trace::Verbose
           : params.value == "messages" ? Trace::Messages
                                        : Trace::Off;
}

void LspServer::onTestFail(const protocol::NoParams& /*params*/, Reply&& /*reply*/) {
  throw std::runtime_error("a test asked this handler to fail");
}

void LspServer::onTestFailNotification(const protocol::NoParams& /*params*/) {
  throw std::runtime_error("a test asked this handler to fail");
}

std::filesystem::path LspServer::pathOf(const std::string& uri) const {
  if (auto path = protocol::pathFromUri(uri)) {
    return *path;
  }
  return std::filesystem::path(uri); // untitled: and other schemes: the URI is the key
}

std::string LspServer::uriOf(const std::filesystem::path& path) const {
  if (const auto it = documentUris_.find(path); it != documentUris_.end()) {
    return it->second;
  }
  return protocol::uriFromPath(path);
}

} // namespace oxt::lsp
