// LspServer: go to definition, references, document highlight, rename, code lens
// and document links. The features layer answers in byte ranges; this file only
// converts positions (through the document's SyntaxTree, in the negotiated
// encoding) and gathers the files of the workspace that a rename touches.
#include <memory>
#include <utility>
#include <variant>

#include <spdlog/spdlog.h>

#include "codegen/implementation_rename.h"
#include "features/implementations.h"
#include "features/navigation.h"
#include "features/rename.h"
#include "lsp/lsp_server.h"
#include "protocol/uri.h"
#include "support/file_io.h"
#include "support/limits.h"

namespace oxt::lsp {

namespace {

namespace fs = std::filesystem;

protocol::Range rangeOf(const syntax::SyntaxTree& tree, syntax::ByteRange range,
                        syntax::PositionEncoding encoding) {
  const auto start = tree.positionAt(range.start, encoding);
  const auto end = tree.positionAt(range.end, encoding);
  return {{start.line, start.character}, {end.line, end.character}};
}

uint32_t offsetOf(const syntax::SyntaxTree& tree, const protocol::Position& position,
                  syntax::PositionEncoding encoding) {
  return tree.offsetAt({position.line, position.character}, encoding);
}

/// "copy/Bank.oxt": the file and its folder, as the duplicate-extension warning names files.
std::string shortName(const fs::path& path) {
  const auto folder = path.parent_path().filename();
  return folder.empty() ? path.filename().string() : (folder / path.filename()).generic_string();
}

/// A file of the workspace, open or read from disk, with its analysis.
struct OtherFile {
  fs::path path;
  std::shared_ptr<const syntax::SyntaxTree> tree;
  std::shared_ptr<const model::Analysis> analysis;
};

/// Every other file of the workspace that declares extension `extension`: open
/// documents as the editor has them, the others as they are on disk.
std::vector<OtherFile> otherFilesDeclaring(workspace::Workspace& workspace, const fs::path& self,
                                           const std::string& extension) {
  std::vector<OtherFile> files;
  for (const auto& summary : workspace.index().filesDeclaring(extension)) {
    if (summary.path == self) {
      continue;
    }
    if (const auto* open = workspace.document(summary.path)) {
      auto tree = std::make_shared<const syntax::SyntaxTree>(open->tree().snapshot());
      files.push_back({summary.path, std::move(tree), open->analysis()});
      continue;
    }
    auto text = readFile(summary.path);
    if (const auto* error = std::get_if<FileError>(&text)) {
      spdlog::warn("{}", error->message);
      continue;
    }
    auto tree = std::make_shared<const syntax::SyntaxTree>(std::move(std::get<std::string>(text)));
    auto analysis = model::analyze(*tree);
    files.push_back({summary.path, std::move(tree), std::move(analysis)});
  }
  return files;
}

} // namespace

void LspServer::onDefinition(const protocol::TextDocumentPositionParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  const auto& tree = document->tree();
  const auto definition = features::definitionAt(
      *analysis, offsetOf(tree, params.position, encoding_), path.parent_path());
  if (definition.declaration) {
    reply(toJson(protocol::Location{params.textDocument.uri,
                                    rangeOf(tree, *definition.declaration, encoding_)}));
  } else if (definition.file) {
    reply(toJson(protocol::Location{protocol::uriFromPath(*definition.file), {}}));
  } else {
    reply(nullptr);
  }
}

void LspServer::onReferences(const protocol::ReferenceParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  const auto& tree = document->tree();
  auto locations = protocol::Json::array();
  const auto symbol = features::symbolAt(*analysis, offsetOf(tree, params.position, encoding_));
  if (!symbol) {
    reply(locations);
    return;
  }
  for (const auto& occurrence :
       features::occurrencesOf(*analysis, *symbol, params.includeDeclaration)) {
    locations.push_back(toJson(
        protocol::Location{params.textDocument.uri, rangeOf(tree, occurrence.range, encoding_)}));
  }
  // The same element in the other files of the extension: what a rename would change.
  if (const auto key = features::symbolKey(*analysis, *symbol)) {
    for (const auto& other : otherFilesDeclaring(workspace_, path, key->extension)) {
      const auto found = features::findSymbol(*other.analysis, *key);
      if (!found) {
        continue;
      }
      const auto uri = uriOf(other.path);
      for (const auto& occurrence :
           features::occurrencesOf(*other.analysis, *found, params.includeDeclaration)) {
        if (locations.size() >= limits::kMaxResults) {
          break;
        }
        locations.push_back(
            toJson(protocol::Location{uri, rangeOf(*other.tree, occurrence.range, encoding_)}));
      }
    }
  }
  reply(locations);
}

void LspServer::onDocumentHighlight(const protocol::TextDocumentPositionParams& params,
                                    Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  const auto& tree = document->tree();
  auto highlights = protocol::Json::array();
  for (const auto& occurrence :
       features::highlightsAt(*analysis, offsetOf(tree, params.position, encoding_))) {
    highlights.push_back(toJson(protocol::DocumentHighlight{
        rangeOf(tree, occurrence.range, encoding_), occurrence.declaration
                                                        ? protocol::DocumentHighlightKind::Write
                                                        : protocol::DocumentHighlightKind::Read}));
  }
  reply(highlights);
}

void LspServer::onPrepareRename(const protocol::TextDocumentPositionParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  const auto& tree = document->tree();
  const auto prepared =
      features::prepareRename(*analysis, offsetOf(tree, params.position, encoding_));
  if (const auto* refusal = std::get_if<features::RenameRefusal>(&prepared)) {
    reply.error(protocol::ErrorCode::RequestFailed, refusal->message);
    return;
  }
  const auto& target = std::get<features::RenameTarget>(prepared);
  reply(toJson(
      protocol::PrepareRenameResult{rangeOf(tree, target.range, encoding_), target.placeholder}));
}

namespace {

/// The C# edits that follow renaming `symbol` (an action, or a parameter of one).
std::vector<codegen::FileEdits> implementationRenames(const model::Analysis& analysis,
                                                      uint32_t symbol,
                                                      const std::filesystem::path& path,
                                                      std::string_view newName) {
  const auto& symbols = analysis.index().symbols();
  const auto& target = symbols[symbol];
  const bool isAction = target.kind == model::SymbolKind::Action;
  const bool isParameter = target.kind == model::SymbolKind::Parameter && target.container;
  if ((!isAction && !isParameter) || target.extension >= analysis.document.extensions.size()) {
    return {};
  }
  const auto& extension = analysis.document.extensions[target.extension];
  const auto actionRange = isAction ? target.nameRange : symbols[*target.container].nameRange;
  for (const auto& action : extension.actions) {
    if (action.name.range != actionRange) {
      continue;
    }
    std::optional<std::size_t> parameter;
    for (std::size_t i = 0; isParameter && i < action.parameters.size(); ++i) {
      if (action.parameters[i].name.range == target.nameRange) {
        parameter = i;
      }
    }
    if (isParameter && !parameter) {
      return {};
    }
    return codegen::implementationRenameEdits(path, extension, action, parameter, newName);
  }
  return {};
}

} // namespace

void LspServer::onRename(const protocol::RenameParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  // Eglot sends no prepareRename: everything is checked again here.
  const auto analysis = document->analysis();
  const auto& tree = document->tree();
  const auto prepared =
      features::prepareRename(*analysis, offsetOf(tree, params.position, encoding_));
  if (const auto* refusal = std::get_if<features::RenameRefusal>(&prepared)) {
    reply.error(protocol::ErrorCode::RequestFailed, refusal->message);
    return;
  }
  const auto symbol = std::get<features::RenameTarget>(prepared).symbol;
  if (auto problem = features::newNameProblem(*analysis, symbol, params.newName)) {
    reply.error(protocol::ErrorCode::RequestFailed, std::move(*problem));
    return;
  }
  protocol::WorkspaceEdit edit;
  const auto addEdits = [&](const std::string& uri, const syntax::SyntaxTree& fileTree,
                            const std::vector<syntax::TextEdit>& edits) {
    auto& list = edit.changes[uri];
    for (const auto& one : edits) {
      list.push_back({rangeOf(fileTree, one.range, encoding_), one.newText});
    }
  };
  addEdits(params.textDocument.uri, tree, features::renameEdits(*analysis, symbol, params.newName));

  // The same element in the other files that declare this extension.
  if (const auto key = features::symbolKey(*analysis, symbol)) {
    for (const auto& other : otherFilesDeclaring(workspace_, path, key->extension)) {
      const auto found = features::findSymbol(*other.analysis, *key);
      if (!found) {
        continue;
      }
      if (auto problem = features::newNameProblem(*other.analysis, *found, params.newName)) {
        reply.error(protocol::ErrorCode::RequestFailed,
                    "in " + shortName(other.path) +
                        ", which declares the same extension: " + *problem);
        return;
      }
      addEdits(uriOf(other.path), *other.tree,
               features::renameEdits(*other.analysis, *found, params.newName));
    }
  }
  // The C# of a renamed action or parameter follows (codegen/implementation_rename.h).
  for (auto& file : implementationRenames(*analysis, symbol, path, params.newName)) {
    const syntax::SyntaxTree csharp(std::move(file.text), syntax::Language::CSharp);
    addEdits(uriOf(file.file), csharp, file.edits);
  }
  reply(toJson(edit));
}

void LspServer::onCodeLens(const protocol::DocumentParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  std::vector<protocol::CodeLens> lenses;
  for (const auto& lens : features::referenceLenses(*analysis)) {
    lenses.push_back(
        protocol::CodeLens{rangeOf(document->tree(), lens.range, encoding_), lens.title, {}});
  }
  // On each action, once its project exists: open its method, or generate its stub.
  const auto path = pathOf(params.textDocument.uri);
  for (const auto& implementation : features::actionImplementations(*analysis, path)) {
    const auto range = rangeOf(document->tree(), implementation.action->name.range, encoding_);
    protocol::Command command;
    if (implementation.line > 0) {
      command = {"Open implementation (" + implementation.file.filename().string() + ":" +
                     std::to_string(implementation.line) + ")",
                 std::string(kOpenImplementationCommand),
                 protocol::Json::array({uriOf(implementation.file), implementation.line - 1})};
    } else {
      command = {"Not implemented: generate its stub", std::string(kGenerateSourcesCommand),
                 protocol::Json::array({params.textDocument.uri})};
    }
    lenses.push_back(protocol::CodeLens{range, command.title, command});
  }
  reply.withText(protocol::toJsonText(lenses));
}

void LspServer::onImplementation(const protocol::TextDocumentPositionParams& params,
                                 Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto& tree = document->tree();
  const auto found = features::implementationAt(*document->analysis(), path,
                                                offsetOf(tree, params.position, encoding_));
  if (!found || found->line == 0) {
    reply(nullptr);
    return;
  }
  const protocol::Position start{found->line - 1, 0};
  reply(toJson(protocol::Location{uriOf(found->file), protocol::Range{start, start}}));
}

void LspServer::onDocumentLink(const protocol::DocumentParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto analysis = document->analysis();
  auto links = protocol::Json::array();
  for (const auto& link : features::resourceLinks(*analysis, path.parent_path())) {
    links.push_back(toJson(protocol::DocumentLink{rangeOf(document->tree(), link.range, encoding_),
                                                  protocol::uriFromPath(link.file),
                                                  "Open " + link.file.filename().string()}));
  }
  reply(links);
}

} // namespace oxt::lsp
