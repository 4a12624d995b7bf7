// LspServer: open documents and their diagnostics, pushed and pulled.
#include <chrono>
#include <memory>
#include <set>
#include <utility>

#include <spdlog/spdlog.h>

#include "codegen/implementation_check.h"
#include "lsp/lsp_server.h"
#include "model/build_model.h"
#include "protocol/uri.h"

namespace oxt::lsp {

using protocol::Json;

namespace {

workspace::ContentChange toContentChange(const protocol::TextDocumentContentChangeEvent& change) {
  workspace::ContentChange out;
  out.text = change.text;
  if (change.range) {
    out.range = workspace::PositionRange{
        syntax::Position{change.range->start.line, change.range->start.character},
        syntax::Position{change.range->end.line, change.range->end.character}};
  }
  return out;
}

/// Diagnostics of a snapshot, converted: runs on the worker.
std::vector<protocol::Diagnostic> convert(const std::vector<checks::Diagnostic>& found,
                                          const syntax::SyntaxTree& snapshot,
                                          const std::string& uri, const DiagnosticStyle& style) {
  std::vector<protocol::Diagnostic> converted;
  converted.reserve(found.size());
  for (const auto& diagnostic : found) {
    converted.push_back(toProtocol(diagnostic, snapshot, uri, style));
  }
  return converted;
}

/// Tells the user, once per open document that goes over a limit (support/limits.h),
/// why it gets no diagnostics, completion or formatting: the diagnostic at the start
/// of the file says it too, but only where the user looks.
void showLimitProblem(Outgoing& outgoing, const std::string& uri,
                      const std::optional<std::string>& before,
                      const std::optional<std::string>& after) {
  if (!after || before) {
    return;
  }
  spdlog::warn("{}: {}", uri, *after);
  const auto message =
      std::filesystem::path(protocol::pathFromUri(uri).value_or(uri)).filename().string() + ": " +
      *after + ". oxt does not check, complete or format it.";
  outgoing.notify("window/showMessage",
                  protocol::Json{{"type", static_cast<int32_t>(protocol::MessageType::Warning)},
                                 {"message", message}});
}

} // namespace

void LspServer::onDidOpen(protocol::DidOpenTextDocumentParams&& params) {
  const auto path = pathOf(params.textDocument.uri);
  if (workspace_.document(path) != nullptr) {
    spdlog::warn("didOpen of {}, which is already open: its text is replaced",
                 params.textDocument.uri);
  }
  documentUris_[path] = params.textDocument.uri;
  for (const auto& scan : runningScans_) {
    scan->opened(path); // a scan parsing it stops: the two parses would share the cores
  }
  const auto start = std::chrono::steady_clock::now();
  const auto bytes = params.textDocument.text.size();
  workspace_.open(path, params.textDocument.version, std::move(params.textDocument.text));
  const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  spdlog::debug("opened {}: {} bytes parsed in {:.3f} ms", params.textDocument.uri, bytes,
                static_cast<double>(took.count()) / 1000.0);
  if (const auto* opened = workspace_.document(path)) {
    showLimitProblem(outgoing_, params.textDocument.uri, std::nullopt,
                     opened->tree().limitProblem());
  }
  if (hasDuplicateExtension(path)) {
    workspaceChanged(); // the other files' warnings change too
  }
  scheduleDiagnostics(path);
}

void LspServer::onDidChange(const protocol::DidChangeTextDocumentParams& params) {
  const auto path = pathOf(params.textDocument.uri);
  auto* document = workspace_.document(path);
  if (document == nullptr) {
    spdlog::warn("didChange of {}, which is not open: ignored", params.textDocument.uri);
    return;
  }
  if (params.textDocument.version <= document->version()) {
    spdlog::warn("didChange of {} to version {}, not after {}", params.textDocument.uri,
                 params.textDocument.version, document->version());
  }
  const auto* before = workspace_.index().find(path);
  const auto extensionBefore = before != nullptr ? before->extensionName : std::string();

  std::vector<workspace::ContentChange> changes;
  changes.reserve(params.contentChanges.size());
  for (const auto& change : params.contentChanges) {
    changes.push_back(toContentChange(change));
  }
  const auto limitBefore = document->tree().limitProblem();
  std::vector<std::string> notes;
  workspace_.change(path, params.textDocument.version, changes, encoding_, notes);
  if (const auto* changed = workspace_.document(path)) {
    showLimitProblem(outgoing_, params.textDocument.uri, limitBefore,
                     changed->tree().limitProblem());
  }
  for (const auto& note : notes) {
    spdlog::warn("didChange of {} version {}: {}", params.textDocument.uri,
                 params.textDocument.version, note);
  }
  const auto* after = workspace_.index().find(path);
  if (after != nullptr && after->extensionName != extensionBefore) {
    workspaceChanged(); // other files' duplicate-extension warnings may change
  }
  scheduleDiagnostics(path);
}

void LspServer::onDidSave(const protocol::DidSaveTextDocumentParams& params) {
  const auto path = pathOf(params.textDocument.uri);
  if (workspace_.document(path) != nullptr) {
    scheduleDiagnostics(path); // checks may read files next to it (resources)
  }
}

void LspServer::onDidClose(const protocol::DidCloseTextDocumentParams& params) {
  const auto path = pathOf(params.textDocument.uri);
  const bool hadDuplicate = hasDuplicateExtension(path);
  if (!workspace_.close(path)) {
    spdlog::warn("didClose of {}, which is not open", params.textDocument.uri);
    return;
  }
  scheduler_.cancelDebounce(path.string());
  diagnosticsStale_.erase(path); // nothing to check again once the running check ends
  if (!client_.pullDiagnostics) {
    // Clear what was published: a closed file's problems are not shown.
    outgoing_.notify(
        "textDocument/publishDiagnostics",
        toJson(protocol::PublishDiagnosticsParams{params.textDocument.uri, std::nullopt, {}}));
    publishCSharpDiagnostics(path, {}); // and what it reported on its C#
    csharpPublished_.erase(path);
  }
  documentUris_.erase(path);
  semanticTokens_.erase(path);
  checked_.erase(path);
  if (workspace_.contains(path)) {
    workspace_.fileChangedOnDisk(path); // what is on disk counts again
  }
  if (hadDuplicate || hasDuplicateExtension(path)) {
    workspaceChanged();
  }
}

bool LspServer::hasDuplicateExtension(const std::filesystem::path& path) const {
  const auto* summary = workspace_.index().find(path);
  return summary != nullptr && workspace_.index().filesDeclaring(summary->extensionName).size() > 1;
}

DiagnosticStyle LspServer::diagnosticStyle() const {
  DiagnosticStyle style;
  style.encoding = encoding_;
  style.documentationUrl = workspace_.settings().documentationUrl;
  style.codeDescription = client_.codeDescription;
  style.relatedInformation = client_.relatedInformation;
  style.unnecessaryTag = client_.unnecessaryTag;
  return style;
}

std::string LspServer::resultIdOf(const workspace::OpenDocument& document) const {
  return std::to_string(document.version()) + "." + std::to_string(generation_);
}

void LspServer::scheduleDiagnostics(const std::filesystem::path& path) {
  if (client_.pullDiagnostics || state_ != State::Running) {
    return; // the client asks with textDocument/diagnostic instead
  }
  if (diagnosticsRunning_.contains(path)) {
    diagnosticsStale_.insert(path); // checked again when the running check ends
    return;
  }
  const std::chrono::milliseconds delay(workspace_.settings().diagnosticsDelayMs);
  scheduler_.debounce(path.string(), delay, [this, path] { publishDiagnostics(path); });
}

void LspServer::scheduleAllDiagnostics() {
  for (const auto& path : workspace_.openPaths()) {
    scheduleDiagnostics(path);
  }
}

std::vector<protocol::Diagnostic>
LspServer::crossFileDiagnostics(const std::filesystem::path& path) {
  std::vector<protocol::Diagnostic> converted;
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    return converted;
  }
  const auto uriOfPath = [this](const std::filesystem::path& other) { return uriOf(other); };
  for (const auto& diagnostic : workspace_.crossFileDiagnosticsOf(path)) {
    converted.push_back(
        toProtocol(diagnostic, document->tree(), uriOf(path), diagnosticStyle(), uriOfPath));
  }
  return converted;
}

void LspServer::freeOnWorker(std::shared_ptr<const model::Analysis> analysis) {
  if (analysis) {
    // Freeing the model of a 5,000-action file takes milliseconds: not on the loop,
    // between a check's end and its diagnostics. (In order with the checks instead,
    // a keystroke at N = 20,000 took 52-64 ms instead of 74-83 ms, but one at
    // N = 5,000 11-12 ms instead of 9: docs/performance.md.)
    scheduler_.runOnWorker([analysis = std::move(analysis)]() mutable { analysis.reset(); });
  }
}

void LspServer::keepChecked(const std::filesystem::path& path, Checked checked) {
  if (workspace_.document(path) == nullptr) {
    return; // closed meanwhile
  }
  auto& kept = checked_[path];
  if (kept.diagnostics == nullptr || kept.version < checked.version ||
      (kept.version == checked.version && kept.generation <= checked.generation)) {
    kept = std::move(checked);
  }
}

void LspServer::publishDiagnostics(const std::filesystem::path& path) {
  const auto* document = workspace_.document(path);
  if (document == nullptr || state_ != State::Running) {
    return;
  }
  if (diagnosticsRunning_.contains(path)) {
    // One check of a document at a time: two would take the cores from each other.
    diagnosticsStale_.insert(path); // checked again when the running check ends
    return;
  }
  const auto uri = uriOf(path);
  const auto version = document->version();
  if (!workspace_.settings().diagnosticsEnabled) {
    outgoing_.notify("textDocument/publishDiagnostics",
                     toJson(protocol::PublishDiagnosticsParams{uri, version, {}}));
    return;
  }
  auto snapshot = std::make_shared<const syntax::SyntaxTree>(document->tree().snapshot());
  // The analysis of an earlier version, whose unchanged members the new one reuses.
  auto previous = document->latestAnalysis();
  const auto start = std::chrono::steady_clock::now();
  diagnosticsRunning_.insert(path);
  scheduler_.runOnWorker([this, snapshot, previous = std::move(previous), path, uri, version, start,
                          generation = generation_, style = diagnosticStyle()]() mutable {
    auto analysis = model::analyze(snapshot, previous.get());
    previous.reset(); // let it go on this thread, not on the loop
    auto own = workspace::checkSnapshotAlone(*snapshot, *analysis, path);
    // Comparing with the project may first have to parse its <Ext>.cs (about 200 ms at
    // 5,000 actions, once after opening or after the file changed). The file's own
    // diagnostics do not wait for it: they are shown first, and again with the
    // comparison's if it finds anything.
    const bool early = workspace::projectNeedsReading(*analysis, path);
    if (early) {
      scheduler_.post([this, path, uri, version, start,
                       diagnostics = convert(own, *snapshot, uri, style)]() mutable {
        sendDiagnostics(path, uri, version, std::move(diagnostics), start);
      });
    }
    auto project = workspace::checkSnapshotAgainstProject(*snapshot, *analysis, path);
    const bool shownAlready = early && project.inOxtFile.empty();
    own.insert(own.end(), std::make_move_iterator(project.inOxtFile.begin()),
               std::make_move_iterator(project.inOxtFile.end()));
    auto found = std::make_shared<const std::vector<checks::Diagnostic>>(std::move(own));
    auto diagnostics = convert(*found, *snapshot, uri, style);
    auto csharp = csharpDiagnosticsOf(project.inCSharpFiles, style);
    scheduler_.post([this, path, uri, version, start, generation, analysis = std::move(analysis),
                     found = std::move(found), diagnostics = std::move(diagnostics),
                     csharp = std::move(csharp), shownAlready]() mutable {
      diagnosticsRunning_.erase(path);
      keepChecked(path, Checked{version, generation, std::move(found)});
      auto* current = workspace_.document(path);
      if (current != nullptr) {
        // Completion, hover and the next check start from this analysis.
        freeOnWorker(current->adoptAnalysis(version, std::move(analysis)));
      }
      if (diagnosticsStale_.erase(path) > 0) {
        scheduleDiagnostics(path); // changes came while this check ran
      }
      if (current == nullptr || current->version() != version || state_ != State::Running) {
        return; // stale: a newer version is scheduled, or the document is gone
      }
      if (!shownAlready) { // else the comparison found nothing to add to them
        sendDiagnostics(path, uri, version, std::move(diagnostics), start);
      }
      publishCSharpDiagnostics(path, std::move(csharp));
    });
  });
}

void LspServer::sendDiagnostics(const std::filesystem::path& path, const std::string& uri,
                                int32_t version, std::vector<protocol::Diagnostic> diagnostics,
                                std::chrono::steady_clock::time_point start) {
  const auto* current = workspace_.document(path);
  if (current == nullptr || current->version() != version || state_ != State::Running) {
    return; // stale: a newer version is scheduled, or the document is gone
  }
  for (auto& diagnostic : crossFileDiagnostics(path)) {
    diagnostics.push_back(std::move(diagnostic));
  }
  const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  spdlog::debug("diagnostics of {} version {}: {} in {:.3f} ms", uri, version, diagnostics.size(),
                static_cast<double>(took.count()) / 1000.0);
  outgoing_.notify("textDocument/publishDiagnostics", toJson(protocol::PublishDiagnosticsParams{
                                                          uri, version, std::move(diagnostics)}));
}

std::vector<LspServer::CSharpDiagnostics>
LspServer::csharpDiagnosticsOf(const std::vector<codegen::CSharpFileDiagnostics>& files,
                               const DiagnosticStyle& style) {
  std::vector<CSharpDiagnostics> result;
  for (const auto& file : files) {
    // The file's lines are read with it, once per version of the file: not a parse, nor
    // a scan of megabytes of C# after every keystroke.
    const auto& source = *file.source;
    CSharpDiagnostics converted{file.file, {}};
    for (const auto& diagnostic : file.diagnostics) {
      converted.diagnostics.push_back(toProtocol(diagnostic, source.lines(), source.text(),
                                                 protocol::uriFromPath(file.file), style));
    }
    result.push_back(std::move(converted));
  }
  return result;
}

void LspServer::publishCSharpDiagnostics(const std::filesystem::path& oxtPath,
                                         std::vector<CSharpDiagnostics> files) {
  // Clear what an earlier round reported on a file this round has nothing for.
  auto& published = csharpPublished_[oxtPath];
  std::set<std::filesystem::path> withDiagnostics;
  for (auto& file : files) {
    const bool some = !file.diagnostics.empty();
    if (some || published.contains(file.file)) {
      outgoing_.notify("textDocument/publishDiagnostics",
                       toJson(protocol::PublishDiagnosticsParams{uriOf(file.file), std::nullopt,
                                                                 std::move(file.diagnostics)}));
    }
    if (some) {
      withDiagnostics.insert(file.file);
    }
    published.erase(file.file);
  }
  for (const auto& gone : published) { // the project or the extension went away
    outgoing_.notify("textDocument/publishDiagnostics",
                     toJson(protocol::PublishDiagnosticsParams{uriOf(gone), std::nullopt, {}}));
  }
  published = std::move(withDiagnostics);
}

void LspServer::onDiagnostic(const protocol::DocumentDiagnosticParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    // Not open: nothing to report (the workspace index keeps no text to check).
    reply(toJson(protocol::DocumentDiagnosticReport{false, "closed", {}}));
    return;
  }
  const auto resultId = resultIdOf(*document);
  if (params.previousResultId == resultId) {
    reply(toJson(protocol::DocumentDiagnosticReport{true, resultId, {}}));
    return;
  }
  if (!workspace_.settings().diagnosticsEnabled) {
    reply(toJson(protocol::DocumentDiagnosticReport{false, resultId, {}}));
    return;
  }
  auto snapshot = std::make_shared<const syntax::SyntaxTree>(document->tree().snapshot());
  auto previous = document->latestAnalysis();
  auto shared = std::make_shared<Reply>(std::move(reply));
  const auto uri = params.textDocument.uri;
  const auto version = document->version();
  scheduler_.runOnWorker([this, snapshot, previous = std::move(previous), path, uri, version,
                          resultId, shared, generation = generation_,
                          style = diagnosticStyle()]() mutable {
    if (shared->cancelled()) {
      scheduler_.post([shared] {
        shared->error(protocol::ErrorCode::RequestCancelled, "cancelled by the client");
      });
      return;
    }
    auto analysis = model::analyze(snapshot, previous.get());
    previous.reset();
    auto found = std::make_shared<const std::vector<checks::Diagnostic>>(
        workspace::checkSnapshot(*snapshot, *analysis, path));
    auto diagnostics = convert(*found, *snapshot, uri, style);
    scheduler_.post([this, path, version, resultId, shared, generation,
                     analysis = std::move(analysis), found = std::move(found),
                     diagnostics = std::move(diagnostics)]() mutable {
      auto* current = workspace_.document(path);
      if (current != nullptr) {
        freeOnWorker(current->adoptAnalysis(version, std::move(analysis)));
      }
      keepChecked(path, Checked{version, generation, std::move(found)});
      if (shared->cancelled()) {
        shared->error(protocol::ErrorCode::RequestCancelled, "cancelled by the client");
        return;
      }
      auto all = diagnostics;
      if (current != nullptr && current->version() == version) {
        for (auto& diagnostic : crossFileDiagnostics(path)) {
          all.push_back(std::move(diagnostic));
        }
      }
      (*shared)(toJson(protocol::DocumentDiagnosticReport{false, resultId, std::move(all)}));
    });
  });
}

} // namespace oxt::lsp
