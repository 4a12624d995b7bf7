// LspServer: the command `oxt.publish` (1-Click Publish, docs/publishing.md). The
// pipeline runs on the worker; its stages are shown as work done progress (when
// the client supports it) that the user can cancel, the C# compiler's messages as
// diagnostics on the C# files, and the outcome as a window/showMessage.
#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <variant>

#include <spdlog/spdlog.h>

#include "lsp/lsp_server.h"
#include "publish/publish_extension.h"
#include "support/file_io.h"

namespace oxt::lsp {

using protocol::Json;

namespace {

/// Stage reports from the worker, posted to the loop thread as `$/progress`;
/// at most one per stage and percentage.
class PostedProgress final : public publish::ProgressSink {
public:
  using Post = std::function<void(std::string message, uint32_t percentage)>;
  explicit PostedProgress(Post post) : post_(std::move(post)) {}

  void report(publish::Stage stage, uint32_t percentage, const std::string& detail) override {
    if (stage == lastStage_ && percentage == lastPercentage_) {
      return;
    }
    lastStage_ = stage;
    lastPercentage_ = percentage;
    post_(std::string(publish::stageName(stage)) + ": " + detail, percentage);
  }

private:
  Post post_;
  std::optional<publish::Stage> lastStage_;
  uint32_t lastPercentage_ = 0;
};

protocol::Diagnostic toDiagnostic(const publish::CompilerMessage& message) {
  protocol::Diagnostic diagnostic;
  // The compiler counts lines and columns from 1, columns in characters.
  const protocol::Position at{message.line - 1, message.column - 1};
  diagnostic.range = protocol::Range{at, at};
  diagnostic.severity =
      message.error ? protocol::DiagnosticSeverity::Error : protocol::DiagnosticSeverity::Warning;
  diagnostic.code = message.code;
  diagnostic.source = "C# compiler";
  diagnostic.message = message.message;
  return diagnostic;
}

} // namespace

void LspServer::publishExtension(const Json& arguments, Reply&& reply) {
  if (!arguments.is_array() || arguments.empty() || !arguments[0].is_string() ||
      (arguments.size() > 1 && !arguments[1].is_string() && !arguments[1].is_null())) {
    reply.error(protocol::ErrorCode::InvalidParams,
                std::string(kPublishCommand) +
                    " takes the URI of an .oxt file and, optionally, the name of a target");
    return;
  }
  const auto uri = arguments[0].get<std::string>();
  const auto target =
      arguments.size() > 1 && arguments[1].is_string() ? arguments[1].get<std::string>() : "";
  const auto path = pathOf(uri);
  std::string unreadable;
  const auto tree = currentTree(path, unreadable);
  if (!tree) {
    reply.error(protocol::ErrorCode::RequestFailed, unreadable);
    return;
  }
  // The workspace folder that holds the file is the root of the embedded default.
  auto root = path.parent_path();
  for (const auto& folder : workspace_.folders()) {
    const auto relative = path.lexically_relative(folder);
    if (!relative.empty() && *relative.begin() != "..") {
      root = folder;
      break;
    }
  }
  auto config = publish::loadConfig(path.parent_path(), root);
  if (const auto* error = std::get_if<publish::ConfigError>(&config)) {
    reply.error(protocol::ErrorCode::RequestFailed, error->message);
    return;
  }
  auto request = std::make_shared<publish::PublishRequest>(publish::PublishRequest{
      path, std::get<publish::PublishConfig>(std::move(config)), target, false, false});
  auto shared = std::make_shared<Reply>(std::move(reply));
  if (!client_.workDoneProgress) {
    runPublish(tree, request, shared, std::nullopt);
    return;
  }
  auto token = "oxt-publish-" + std::to_string(nextProgressToken_++);
  outgoing_.request("window/workDoneProgress/create", Json{{"token", token}},
                    [this, tree, request, shared, token](const protocol::Response& response) {
                      runPublish(tree, request, shared,
                                 response.error ? std::nullopt : std::optional<std::string>(token));
                    });
}

void LspServer::runPublish(const std::shared_ptr<const syntax::SyntaxTree>& tree,
                           const std::shared_ptr<publish::PublishRequest>& request,
                           const std::shared_ptr<Reply>& reply,
                           const std::optional<std::string>& token) {
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  if (token) {
    progressCancels_[*token] = cancel;
    protocol::WorkDoneProgressBegin begin{"Publishing " + request->oxtFile.filename().string(),
                                          true, std::nullopt, 0U};
    outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(begin)));
  }
  scheduler_.runOnWorker([this, tree, request, reply, token, cancel] {
    PostedProgress progress([this, token](std::string message, uint32_t percentage) {
      if (!token) {
        return;
      }
      scheduler_.post([this, token, message = std::move(message), percentage] {
        protocol::WorkDoneProgressReport report{message, percentage};
        outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(report)));
      });
    });
    auto report = publish::publishExtension(*tree, *request, progress, *cancel);
    scheduler_.post([this, reply, token, report = std::move(report)] {
      const auto summary = publish::summaryOf(report);
      spdlog::info("{}: {}", kPublishCommand, summary);
      if (token) {
        progressCancels_.erase(*token);
        protocol::WorkDoneProgressEnd end{summary};
        outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(end)));
      }
      showCompilerMessages(report.compilerMessages);
      const auto type = report.ok()                 ? protocol::MessageType::Info
                        : report.failure->cancelled ? protocol::MessageType::Warning
                                                    : protocol::MessageType::Error;
      outgoing_.notify("window/showMessage",
                       Json{{"type", static_cast<int32_t>(type)}, {"message", summary}});
      (*reply)(Json{{"published", report.ok() && !report.published.empty()},
                    {"summary", summary},
                    {"package", report.package.empty() ? Json() : Json(report.package.string())},
                    {"folder", report.published.empty() ? Json() : Json(report.published)}});
    });
  });
}

void LspServer::showCompilerMessages(const std::vector<publish::CompilerMessage>& messages) {
  std::map<std::filesystem::path, std::vector<protocol::Diagnostic>> byFile;
  for (const auto& message : messages) {
    byFile[message.file].push_back(toDiagnostic(message));
  }
  // Files with messages from the last publish and none now are cleared.
  for (const auto& previous : compilerMessageFiles_) {
    byFile.try_emplace(previous);
  }
  compilerMessageFiles_.clear();
  for (auto& [file, diagnostics] : byFile) {
    if (!diagnostics.empty()) {
      compilerMessageFiles_.insert(file);
    }
    outgoing_.notify("textDocument/publishDiagnostics",
                     toJson(protocol::PublishDiagnosticsParams{uriOf(file), std::nullopt,
                                                               std::move(diagnostics)}));
  }
}

} // namespace oxt::lsp
