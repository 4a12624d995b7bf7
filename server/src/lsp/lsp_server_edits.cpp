// LspServer: the requests that answer with edits — code actions (quick fixes from
// the checks' fixes, refactorings from the features layer) and formatting.
#include <algorithm>
#include <memory>
#include <utility>

#include <spdlog/spdlog.h>

#include "features/code_actions.h"
#include "features/formatting.h"
#include "features/text_diff.h"
#include "lsp/lsp_server.h"

namespace oxt::lsp {

using protocol::Json;

namespace {

std::vector<protocol::TextEdit> toProtocolEdits(const syntax::SyntaxTree& tree,
                                                const std::vector<syntax::TextEdit>& edits,
                                                syntax::PositionEncoding encoding) {
  std::vector<protocol::TextEdit> result;
  result.reserve(edits.size());
  for (const auto& edit : edits) {
    result.push_back({toRange(tree, edit.range, encoding), edit.newText});
  }
  return result;
}

/// Whether a code action of `kind` is wanted by `only` ("refactor" wants
/// "refactor.extract" too).
bool wanted(const std::optional<std::vector<std::string>>& only, std::string_view kind) {
  if (!only) {
    return true;
  }
  return std::any_of(only->begin(), only->end(), [&](const std::string& prefix) {
    return kind == prefix || (kind.rfind(prefix, 0) == 0 && kind.size() > prefix.size() &&
                              kind[prefix.size()] == '.');
  });
}

/// The diagnostic the client sent that is `ours`: same code, same start line
/// (not the same range: Neovim 0.7.2 sends byte columns; editor-clients.md).
const protocol::ContextDiagnostic* sentByClient(const protocol::CodeActionContext& context,
                                                const protocol::Diagnostic& ours) {
  for (const auto& sent : context.diagnostics) {
    if (sent.code == ours.code && sent.range.start.line == ours.range.start.line) {
      return &sent;
    }
  }
  return nullptr;
}

/// The code actions of one request, computed on the worker from a snapshot. `checked`:
/// what the last check of this version found, or null to check it here.
std::vector<protocol::CodeAction>
codeActionsOf(const syntax::SyntaxTree& snapshot, const model::Analysis& analysis,
              const std::filesystem::path& path, const protocol::CodeActionParams& params,
              const std::shared_ptr<const std::vector<checks::Diagnostic>>& checked,
              const DiagnosticStyle& style) {
  const auto encoding = style.encoding;
  const auto& uri = params.textDocument.uri;
  const syntax::ByteRange selection{
      snapshot.offsetAt({params.range.start.line, params.range.start.character}, encoding),
      snapshot.offsetAt({params.range.end.line, params.range.end.character}, encoding)};
  std::vector<protocol::CodeAction> actions;

  if (wanted(params.context.only, "quickfix")) {
    std::vector<checks::Diagnostic> checkedHere;
    if (checked == nullptr) {
      checkedHere = workspace::checkSnapshot(snapshot, analysis, path);
    }
    for (const auto& diagnostic : checked != nullptr ? *checked : checkedHere) {
      if (diagnostic.fixes.empty()) {
        continue;
      }
      const auto converted = toProtocol(diagnostic, snapshot, uri, style);
      const auto* sent = sentByClient(params.context, converted);
      const bool onRequestedLines = converted.range.start.line <= params.range.end.line &&
                                    params.range.start.line <= converted.range.end.line;
      if (sent == nullptr && !onRequestedLines) {
        continue;
      }
      for (const auto& fix : diagnostic.fixes) {
        protocol::CodeAction action;
        action.title = fix.title;
        action.kind = "quickfix";
        action.diagnostics = Json::array({sent != nullptr ? sent->raw : toJson(converted)});
        action.isPreferred = fix.preferred;
        if (!fix.edits.empty()) {
          action.edit =
              protocol::WorkspaceEdit{{{uri, toProtocolEdits(snapshot, fix.edits, encoding)}}};
        }
        if (fix.command == checks::FixCommand::GenerateSources) {
          action.command = protocol::Command{fix.title, std::string(kGenerateSourcesCommand),
                                             Json::array({uri})};
        }
        actions.push_back(std::move(action));
      }
    }
  }

  for (const auto& refactoring : features::refactoringsAt(snapshot, analysis, selection)) {
    const std::string kind = refactoring.kind == features::RefactoringKind::Extract
                                 ? "refactor.extract"
                                 : "refactor.rewrite";
    if (!wanted(params.context.only, kind)) {
      continue;
    }
    protocol::CodeAction action;
    action.title = refactoring.title;
    action.kind = kind;
    action.edit =
        protocol::WorkspaceEdit{{{uri, toProtocolEdits(snapshot, refactoring.edits, encoding)}}};
    actions.push_back(std::move(action));
  }
  // The source action behind "Generate C# sources": in VS Code's Source Action
  // menu, and in every client's list (Neovim and Eglot have no such menu).
  if (wanted(params.context.only, "source.generateSources") && !snapshot.hasError() &&
      !snapshot.limitProblem() && analysis.document.primary() != nullptr &&
      analysis.document.primary()->declared) {
    protocol::CodeAction action;
    action.title = "Generate C# sources (oxt generate)";
    action.kind = "source.generateSources";
    action.command =
        protocol::Command{action.title, std::string(kGenerateSourcesCommand), Json::array({uri})};
    actions.push_back(std::move(action));
  }
  return actions;
}

} // namespace

void LspServer::onCodeAction(const protocol::CodeActionParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(Json::array());
    return;
  }
  auto snapshot = std::make_shared<const syntax::SyntaxTree>(document->tree().snapshot());
  auto analysis = document->analysis();
  // The fixes of the diagnostics the user sees, when they are of this version.
  std::shared_ptr<const std::vector<checks::Diagnostic>> checked;
  if (const auto it = checked_.find(path); it != checked_.end() &&
                                           it->second.version == document->version() &&
                                           it->second.generation == generation_) {
    checked = it->second.diagnostics;
  }
  auto shared = std::make_shared<Reply>(std::move(reply));
  scheduler_.runOnWorker(
      [this, snapshot, analysis, path, params, shared, checked, style = diagnosticStyle()] {
        if (shared->cancelled()) {
          scheduler_.post([shared] {
            shared->error(protocol::ErrorCode::RequestCancelled, "cancelled by the client");
          });
          return;
        }
        auto actions = codeActionsOf(*snapshot, *analysis, path, params, checked, style);
        scheduler_.post([shared, actions = std::move(actions)] {
          Json result = Json::array();
          for (const auto& action : actions) {
            result.push_back(toJson(action));
          }
          (*shared)(result);
        });
      });
}

namespace {

/// The canonical layout's edits, or the reason there are none. Options (tab size,
/// spaces) are ignored on purpose: there is one layout (docs/formatting.md).
std::optional<std::vector<syntax::TextEdit>> formattingEdits(const syntax::SyntaxTree& tree,
                                                             std::string& error) {
  auto formatted = features::formatDocument(tree);
  if (formatted.error) {
    error = "not formatted: " + *formatted.error;
    return std::nullopt;
  }
  return features::lineEdits(tree.text(), formatted.text);
}

/// Formatting edits of the whole document, or of the lines `only` covers: the
/// canonical layout's edits that touch them. Each edit replaces whole lines, so
/// applying only some of them leaves a consistent file.
void formatInto(const syntax::SyntaxTree& tree, syntax::PositionEncoding encoding,
                const std::optional<protocol::Range>& only, Reply& reply) {
  std::string error;
  const auto edits = formattingEdits(tree, error);
  if (!edits) {
    reply.error(protocol::ErrorCode::RequestFailed, error);
    return;
  }
  Json result = Json::array();
  for (const auto& edit : *edits) {
    const auto converted = toRange(tree, edit.range, encoding);
    // An edit's end is the start of the line after it; an insertion touches its line.
    const auto lastLine = converted.end.line > converted.start.line && converted.end.character == 0
                              ? converted.end.line - 1
                              : converted.end.line;
    if (!only || (converted.start.line <= only->end.line && only->start.line <= lastLine)) {
      result.push_back(toJson(protocol::TextEdit{converted, edit.newText}));
    }
  }
  reply(result);
}

} // namespace

void LspServer::onFormatting(const protocol::DocumentFormattingParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(Json(nullptr));
    return;
  }
  formatInto(document->tree(), encoding_, std::nullopt, reply);
}

void LspServer::onRangeFormatting(const protocol::DocumentRangeFormattingParams& params,
                                  Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(Json(nullptr));
    return;
  }
  formatInto(document->tree(), encoding_, params.range, reply);
}

} // namespace oxt::lsp
