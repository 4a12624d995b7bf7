// LspServer: workspace/executeCommand. Commands do what an edit cannot: writing
// files that may not exist yet (shared/design/editor-clients.md: Neovim 0.7.2 and
// Eglot cannot create files through a workspace edit).
#include <memory>
#include <utility>
#include <variant>

#include <spdlog/spdlog.h>

#include "codegen/generate_file.h"
#include "lsp/lsp_server.h"
#include "support/file_io.h"

namespace oxt::lsp {

using protocol::Json;

std::shared_ptr<const syntax::SyntaxTree> LspServer::currentTree(const std::filesystem::path& path,
                                                                 std::string& error) {
  // The editor's text when the file is open (what the user sees), else the file.
  if (const auto* document = workspace_.document(path)) {
    return std::make_shared<const syntax::SyntaxTree>(document->tree().snapshot());
  }
  auto bytes = readFile(path);
  if (const auto* failure = std::get_if<FileError>(&bytes)) {
    error = failure->message;
    return nullptr;
  }
  return std::make_shared<const syntax::SyntaxTree>(std::get<std::string>(std::move(bytes)));
}

void LspServer::onExecuteCommand(const protocol::ExecuteCommandParams& params, Reply&& reply) {
  if (params.command == kGenerateSourcesCommand) {
    generateSources(params.arguments, std::move(reply));
    return;
  }
  if (params.command == kOpenImplementationCommand) {
    openImplementation(params.arguments, std::move(reply));
    return;
  }
  if (params.command == kPublishCommand) {
    publishExtension(params.arguments, std::move(reply));
    return;
  }
  reply.error(protocol::ErrorCode::InvalidParams,
              "unknown command '" + params.command + "' (oxt offers: " +
                  std::string(kGenerateSourcesCommand) + ", " + std::string(kPublishCommand) +
                  ", " + std::string(kOpenImplementationCommand) + ")");
}

void LspServer::generateSources(const Json& arguments, Reply&& reply) {
  if (!arguments.is_array() || arguments.empty() || !arguments[0].is_string()) {
    reply.error(protocol::ErrorCode::InvalidParams,
                std::string(kGenerateSourcesCommand) + " takes the URI of an .oxt file");
    return;
  }
  const auto uri = arguments[0].get<std::string>();
  const auto path = pathOf(uri);
  std::string error;
  const auto tree = currentTree(path, error);
  if (!tree) {
    reply.error(protocol::ErrorCode::RequestFailed, error);
    return;
  }
  auto shared = std::make_shared<Reply>(std::move(reply));
  scheduler_.runOnWorker([this, tree, path, shared] {
    auto result = codegen::generateFile(*tree, path);
    scheduler_.post([this, path, shared, result = std::move(result)] {
      if (const auto* refusal = std::get_if<codegen::GenerateRefusal>(&result)) {
        shared->error(protocol::ErrorCode::RequestFailed, refusal->message);
        return;
      }
      const auto& report = std::get<codegen::UpdateReport>(result);
      const auto summary = codegen::summaryOf(report);
      spdlog::info("{}: {}", kGenerateSourcesCommand, summary);
      outgoing_.notify(
          "window/showMessage",
          Json{{"type", static_cast<int32_t>(protocol::MessageType::Info)}, {"message", summary}});
      (*shared)(Json{{"folder", report.folder.string()}, {"summary", summary}});
      // The C# changed: its comparison with the definition (OXT0101–OXT0103) too.
      if (workspace_.document(path) != nullptr) {
        scheduleDiagnostics(path);
      }
    });
  });
}

void LspServer::openImplementation(const Json& arguments, Reply&& reply) {
  if (!arguments.is_array() || arguments.size() != 2 || !arguments[0].is_string() ||
      !arguments[1].is_number_unsigned()) {
    reply.error(protocol::ErrorCode::InvalidParams,
                std::string(kOpenImplementationCommand) + " takes a file URI and a line");
    return;
  }
  const auto uri = arguments[0].get<std::string>();
  const auto line = arguments[1].get<uint32_t>();
  if (!client_.showDocument) {
    // Neovim 0.7.2 and Eglot 1.9 cannot be asked to open a file: say where it is.
    reply.error(protocol::ErrorCode::RequestFailed,
                "this editor cannot open files for the server: the implementation is at " +
                    pathOf(uri).string() + ":" + std::to_string(line + 1) +
                    " (Go to Implementation gets there too)");
    return;
  }
  const Json position{{"line", line}, {"character", 0}};
  auto shared = std::make_shared<Reply>(std::move(reply));
  outgoing_.request("window/showDocument",
                    Json{{"uri", uri},
                         {"takeFocus", true},
                         {"selection", Json{{"start", position}, {"end", position}}}},
                    [shared](const protocol::Response& response) {
                      if (response.error) {
                        shared->error(protocol::ErrorCode::RequestFailed, response.error->message);
                        return;
                      }
                      (*shared)(Json(nullptr));
                    });
}

} // namespace oxt::lsp
