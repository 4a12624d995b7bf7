// The params and results of the lifecycle and of the general messages: initialize,
// $/cancelRequest, $/setTrace, $/logTrace, window/logMessage.
//
// Why the client capabilities are read leniently: clients send large, evolving
// capability objects; a field we do not know, or an odd value, must not fail
// `initialize`. Only the few capabilities the server acts on are extracted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"
#include "protocol/jsonrpc.h"
#include "protocol/outline_types.h"

namespace oxt::protocol {

/// What the server needs from ClientCapabilities.
struct ClientCapabilities {
  std::vector<std::string> positionEncodings; // general.positionEncodings
  bool workDoneProgress = false;              // window.workDoneProgress
  bool showDocument = false;                  // window.showDocument.support
  bool configuration = false;                 // workspace.configuration
  bool workspaceFolders = false;              // workspace.workspaceFolders
  bool pullDiagnostics = false;               // textDocument.diagnostic present
  bool relatedInformation = false;            // textDocument.publishDiagnostics.*
  bool diagnosticVersion = false;
  bool codeDescription = false;
  bool unnecessaryTag = false;
  bool watchedFilesRegistration = false; // workspace.didChangeWatchedFiles.dynamicRegistration
  bool diagnosticRefresh = false;        // workspace.diagnostics.refreshSupport
  // textDocument.completion.completionItem.snippetSupport / documentationFormat,
  // textDocument.hover.contentFormat.
  bool completionSnippets = false;
  bool completionMarkdown = false;
  // textDocument.completion.completionItem.resolveSupport.properties has "documentation":
  // the client asks for an item's documentation when it shows it (completionItem/resolve).
  bool completionResolvesDocumentation = false;
  // textDocument.completion.completionList.itemDefaults has "editRange" / "data".
  bool completionDefaultEditRange = false;
  bool completionDefaultData = false;
  bool hoverMarkdown = false;
  OutlineClientCapabilities outline; // symbols, folding (outline_types.h)
  bool prepareRename = false;        // textDocument.rename.prepareSupport
};

struct InitializeParams {
  std::optional<int64_t> processId;
  std::optional<std::string> rootUri;
  std::optional<std::string> rootPath;
  std::optional<std::vector<WorkspaceFolder>> workspaceFolders;
  ClientCapabilities capabilities;
  Json initializationOptions;
  std::optional<std::string> trace; // "off" | "messages" | "verbose"
  std::string clientName;
};

/// What the server advertises, derived from what it binds.
struct ServerCapabilities {
  std::string positionEncoding = "utf-16";
  bool openClose = false;
  bool incrementalChange = false;
  bool save = false;
  bool diagnosticProvider = false;
  bool workspaceFolders = false;
  bool executeCommand = false;
  std::vector<std::string> commands;
  bool implementation = false; // the action's method in <Ext>.cs
  bool codeAction = false;     // quick fixes and refactorings, as literals with their edits
  bool formatting = false;
  bool rangeFormatting = false;
  bool completion = false;
  bool completionResolve = false; // completionItem/resolve: documentation on demand
  std::vector<std::string> completionTriggerCharacters;
  bool hover = false;
  OutlineServerCapabilities outline;
  // Navigation (lsp_server_navigation.cpp).
  bool definition = false;
  bool references = false;
  bool documentHighlight = false;
  bool rename = false;
  bool prepareRename = false; // only when the client supports it, as the specification asks
  bool codeLens = false;
  bool documentLink = false;
};

struct InitializeResult {
  ServerCapabilities capabilities;
  std::string serverName;
  std::string serverVersion;
};

struct CancelParams {
  RequestId id;
};

struct SetTraceParams {
  std::string value; // "off" | "messages" | "verbose"
};

struct LogTraceParams {
  std::string message;
  std::optional<std::string> verbose;
};

enum class MessageType : int32_t { Error = 1, Warning = 2, Info = 3, Log = 4 };

struct LogMessageParams {
  MessageType type = MessageType::Info;
  std::string message;
};

/// For methods without params (shutdown, exit, initialized): accepts anything.
struct NoParams {};

bool fromJson(const Json& value, InitializeParams& out, const JsonPath& path);
bool fromJson(const Json& value, CancelParams& out, const JsonPath& path);
bool fromJson(const Json& value, SetTraceParams& out, const JsonPath& path);
bool fromJson(const Json& value, NoParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const ServerCapabilities& value);
[[nodiscard]] Json toJson(const InitializeResult& value);
[[nodiscard]] Json toJson(const LogTraceParams& value);
[[nodiscard]] Json toJson(const LogMessageParams& value);

} // namespace oxt::protocol
