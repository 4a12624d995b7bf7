// The language server: LSP methods bound to the workspace core.
//
// Why this shape (clangd's ClangdLSPServer): the server receives parsed JSON-RPC
// messages and sends JSON values; it never sees message text or sockets. Methods are
// bound in one table (bindMethods), from which dispatch, MethodNotFound and the
// advertised capabilities follow. All state is touched on the loop thread only; work
// that can take long (checking a document, scanning a folder) runs on the
// Scheduler's worker against snapshots and posts its result back.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "codegen/implementation_check.h"
#include "features/semantic_tokens_cache.h"
#include "lsp/cancellation.h"
#include "lsp/diagnostic_conversion.h"
#include "lsp/method_table.h"
#include "lsp/outgoing.h"
#include "lsp/reply.h"
#include "lsp/scheduler.h"
#include "protocol/completion_types.h"
#include "protocol/diagnostic_types.h"
#include "protocol/document_types.h"
#include "protocol/edit_types.h"
#include "protocol/jsonrpc.h"
#include "protocol/lifecycle_types.h"
#include "protocol/navigation_types.h"
#include "protocol/outline_types.h"
#include "protocol/progress_types.h"
#include "protocol/workspace_types.h"
#include "publish/publish_extension.h"
#include "syntax/line_index.h"
#include "workspace/folder_scan.h"
#include "workspace/workspace.h"

namespace oxt::lsp {

/// The command that writes an extension's C# project (`oxt generate`), with the
/// `.oxt` file's URI as its one argument.
inline constexpr std::string_view kGenerateSourcesCommand = "oxt.generateSources";
/// Opens a file at a line in the editor (window/showDocument): arguments URI, line
/// (0-based). The command of the code lens "Open implementation".
inline constexpr std::string_view kOpenImplementationCommand = "oxt.openImplementation";
/// 1-Click Publish (`oxt publish`): the `.oxt` file's URI and, optionally, a target
/// name of oxt.json (docs/publishing.md).
inline constexpr std::string_view kPublishCommand = "oxt.publish";

struct ServerOptions {
  /// The default of `oxt.diagnostics.documentationUrl`: docs/diagnostics.md of the
  /// repository (as grammar/README.md names it).
  std::string documentationUrl = "https://example.org/oxt/blob/main/docs/diagnostics.md";
  /// Binds `$/oxt/test/fail` (a request and a notification that throw), so that tests
  /// can check that a failing handler is answered and the server goes on.
  bool testMethods = false;
};

class LspServer {
public:
  LspServer(Scheduler& scheduler, Outgoing::Writer writer, ServerOptions options = {});

  /// A message read from the client.
  void receive(protocol::Message message);
  /// A message that could not be read as JSON-RPC: answered with its error.
  void reject(const protocol::RejectedMessage& rejected);
  /// Something the user should see in the editor (window/logMessage) and the log.
  void showLog(protocol::MessageType type, const std::string& message);

  /// True once `exit` arrived; the process should then end with exitCode().
  [[nodiscard]] bool exitRequested() const { return state_ == State::Exited; }
  /// 0 when `shutdown` came before `exit`, 1 otherwise (also when the input ends).
  [[nodiscard]] int exitCode() const { return shutdownReceived_ ? 0 : 1; }
  /// Called when `exit` arrives.
  void setOnExit(std::function<void()> onExit) { onExit_ = std::move(onExit); }

  /// The negotiated position encoding (tests).
  [[nodiscard]] syntax::PositionEncoding encoding() const { return encoding_; }

private:
  enum class State { Uninitialized, Running, ShutDown, Exited };
  enum class Trace { Off, Messages, Verbose };

  void bindMethods();
  [[nodiscard]] protocol::ServerCapabilities capabilities() const;
  void handleRequest(protocol::Request& request);
  void handleNotification(protocol::Notification& notification);
  void handleResponse(const protocol::Response& response);
  void traceReceived(const std::string& what, const protocol::Json& params);

  // Lifecycle (lsp_server.cpp).
  void onInitialize(const protocol::InitializeParams& params, Reply&& reply);
  void onInitialized(const protocol::NoParams& params);
  void onShutdown(const protocol::NoParams& params, Reply&& reply);
  void onExit(const protocol::NoParams& params);
  void onCancelRequest(const protocol::CancelParams& params);
  void onSetTrace(const protocol::SetTraceParams& params);
  void onTestFail(const protocol::NoParams& params, Reply&& reply);
  void onTestFailNotification(const protocol::NoParams& params);

  // Documents and diagnostics (lsp_server_documents.cpp).
  void onDidOpen(protocol::DidOpenTextDocumentParams&& params);
  void onDidChange(const protocol::DidChangeTextDocumentParams& params);
  void onDidSave(const protocol::DidSaveTextDocumentParams& params);
  void onDidClose(const protocol::DidCloseTextDocumentParams& params);
  void onDiagnostic(const protocol::DocumentDiagnosticParams& params, Reply&& reply);
  void scheduleDiagnostics(const std::filesystem::path& path);
  void scheduleAllDiagnostics();
  /// Lets go of an analysis on the worker thread.
  void freeOnWorker(std::shared_ptr<const model::Analysis> analysis);
  void publishDiagnostics(const std::filesystem::path& path);
  /// Publishes `diagnostics` of `path` at `version`, with the cross-file ones, unless a
  /// newer version came meanwhile; `start` is when the check began (for the log).
  void sendDiagnostics(const std::filesystem::path& path, const std::string& uri, int32_t version,
                       std::vector<protocol::Diagnostic> diagnostics,
                       std::chrono::steady_clock::time_point start);
  /// The mismatches with `<Ext>.cs` seen from the C# file (codegen), published on its
  /// URI so that an editor showing it shows them too; cleared when they go.
  struct CSharpDiagnostics {
    std::filesystem::path file;
    std::vector<protocol::Diagnostic> diagnostics;
  };
  /// Runs on the worker: touches no server state.
  [[nodiscard]] static std::vector<CSharpDiagnostics>
  csharpDiagnosticsOf(const std::vector<codegen::CSharpFileDiagnostics>& files,
                      const DiagnosticStyle& style);
  void publishCSharpDiagnostics(const std::filesystem::path& oxtPath,
                                std::vector<CSharpDiagnostics> files);
  [[nodiscard]] std::vector<protocol::Diagnostic>
  crossFileDiagnostics(const std::filesystem::path& path);
  [[nodiscard]] DiagnosticStyle diagnosticStyle() const;
  [[nodiscard]] bool hasDuplicateExtension(const std::filesystem::path& path) const;
  [[nodiscard]] std::string resultIdOf(const workspace::OpenDocument& document) const;

  // Edits: code actions and formatting (lsp_server_edits.cpp).
  void onCodeAction(const protocol::CodeActionParams& params, Reply&& reply);
  void onFormatting(const protocol::DocumentFormattingParams& params, Reply&& reply);
  void onRangeFormatting(const protocol::DocumentRangeFormattingParams& params, Reply&& reply);

  // Commands (lsp_server_commands.cpp): every command the server offers, listed in
  // executeCommandProvider (VS Code runs only those).
  void onExecuteCommand(const protocol::ExecuteCommandParams& params, Reply&& reply);
  void generateSources(const protocol::Json& arguments, Reply&& reply);
  /// A snapshot of the editor's text of `path` when it is open, else of the file on
  /// disk; null (and `error`) when it cannot be read. What commands work on.
  [[nodiscard]] std::shared_ptr<const syntax::SyntaxTree>
  currentTree(const std::filesystem::path& path, std::string& error);
  void openImplementation(const protocol::Json& arguments, Reply&& reply);
  void onImplementation(const protocol::TextDocumentPositionParams& params, Reply&& reply);
  // Publish (lsp_server_publish.cpp).
  void publishExtension(const protocol::Json& arguments, Reply&& reply);
  void runPublish(const std::shared_ptr<const syntax::SyntaxTree>& tree,
                  const std::shared_ptr<publish::PublishRequest>& request,
                  const std::shared_ptr<Reply>& reply, const std::optional<std::string>& token);
  void showCompilerMessages(const std::vector<publish::CompilerMessage>& messages);
  std::set<std::filesystem::path> compilerMessageFiles_; // C# files with published diagnostics
  // Completion and hover (lsp_server_completion.cpp).
  void onCompletion(const protocol::TextDocumentPositionParams& params, Reply&& reply);
  void onCompletionResolve(const protocol::CompletionItemToResolve& params, Reply&& reply);
  /// The last completion list whose items' documentation is left for
  /// completionItem/resolve: its number (the items' data), document and position.
  struct SentCompletion {
    int64_t id = 0;
    std::string uri;
    protocol::Position position;
  };
  SentCompletion lastCompletion_;
  void onHover(const protocol::TextDocumentPositionParams& params, Reply&& reply);

  // Workspace (lsp_server_workspace.cpp).
  void onDidChangeWatchedFiles(const protocol::DidChangeWatchedFilesParams& params);
  void onDidChangeConfiguration(const protocol::DidChangeConfigurationParams& params);
  void onDidChangeWorkspaceFolders(const protocol::DidChangeWorkspaceFoldersParams& params);
  void onWorkDoneProgressCancel(const protocol::WorkDoneProgressCancelParams& params);
  void requestConfiguration();
  void applySettings(const protocol::Json& section);
  void registerFileWatchers();
  void indexFolder(const std::filesystem::path& folder);
  void scanFolder(const std::filesystem::path& folder, std::optional<std::string> token);
  void startScan(const std::filesystem::path& folder, const std::optional<std::string>& token,
                 const std::shared_ptr<std::atomic<bool>>& cancel);
  void workspaceChanged();

  // Outline (lsp_server_outline.cpp).
  [[nodiscard]] protocol::OutlineServerCapabilities outlineCapabilities() const;
  void onDocumentSymbol(const protocol::DocumentSymbolParams& params, Reply&& reply);
  void onWorkspaceSymbol(const protocol::WorkspaceSymbolParams& params, Reply&& reply);
  void onFoldingRange(const protocol::FoldingRangeParams& params, Reply&& reply);
  void onSelectionRange(const protocol::SelectionRangeParams& params, Reply&& reply);
  void onSemanticTokensFull(const protocol::SemanticTokensParams& params, Reply&& reply);
  void onSemanticTokensRange(const protocol::SemanticTokensRangeParams& params, Reply&& reply);
  // Navigation (lsp_server_navigation.cpp).
  void onDefinition(const protocol::TextDocumentPositionParams& params, Reply&& reply);
  void onReferences(const protocol::ReferenceParams& params, Reply&& reply);
  void onDocumentHighlight(const protocol::TextDocumentPositionParams& params, Reply&& reply);
  void onPrepareRename(const protocol::TextDocumentPositionParams& params, Reply&& reply);
  void onRename(const protocol::RenameParams& params, Reply&& reply);
  void onCodeLens(const protocol::DocumentParams& params, Reply&& reply);
  void onDocumentLink(const protocol::DocumentParams& params, Reply&& reply);

  // URIs and paths.
  [[nodiscard]] std::filesystem::path pathOf(const std::string& uri) const;
  [[nodiscard]] std::string uriOf(const std::filesystem::path& path) const;

  Scheduler& scheduler_;
  Outgoing outgoing_;
  ServerOptions options_;
  MethodTable methods_;
  CancellationMap cancellations_;
  std::function<void()> onExit_;

  State state_ = State::Uninitialized;
  bool shutdownReceived_ = false;
  Trace trace_ = Trace::Off;
  syntax::PositionEncoding encoding_ = syntax::PositionEncoding::Utf16;
  protocol::ClientCapabilities client_;

  workspace::Workspace workspace_;
  std::map<std::filesystem::path, std::string> documentUris_; // as the client spelled them
  std::map<std::filesystem::path, features::SemanticTokensCache> semanticTokens_; // open docs
  // C# files with diagnostics published, by the .oxt file they came from.
  std::map<std::filesystem::path, std::set<std::filesystem::path>> csharpPublished_;
  // Files whose diagnostics are being computed on the worker, and those among them
  // that changed meanwhile (checked again as soon as the running check ends).
  std::set<std::filesystem::path> diagnosticsRunning_;
  std::set<std::filesystem::path> diagnosticsStale_;
  // What the last check of each open document found, for its code actions while the
  // document and generation_ stay as they were: VS Code asks for code actions whenever
  // the cursor moves, and checking a file of 20,000 actions again took 45 ms each time.
  struct Checked {
    int32_t version = 0;
    uint64_t generation = 0;
    std::shared_ptr<const std::vector<checks::Diagnostic>> diagnostics;
  };
  std::map<std::filesystem::path, Checked> checked_;
  /// Keeps what a check of an open document found, unless a check of a later version
  /// (or generation) already ended: checks of one document may end out of order.
  void keepChecked(const std::filesystem::path& path, Checked checked);
  uint64_t generation_ = 0; // bumped when anything but a document's text changes its diagnostics
  uint64_t nextProgressToken_ = 0;
  std::map<std::string, CancelFlag> progressCancels_;
  // The files each running folder scan leaves to the editor (see startScan, onDidOpen).
  std::set<std::shared_ptr<workspace::EditorFiles>> runningScans_;
};

} // namespace oxt::lsp
