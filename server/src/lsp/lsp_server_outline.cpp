// LspServer: the outline of documents and of the workspace (document and workspace
// symbols, folding ranges, selection ranges, semantic tokens). The features layer
// computes them in bytes; this file converts to positions in the negotiated encoding
// and to LSP's shapes. They are quick (a walk of one tree or model), so they run on
// the loop thread against the document's current text.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "features/document_outline.h"
#include "features/folding_ranges.h"
#include "features/fuzzy_match.h"
#include "features/selection_ranges.h"
#include "features/semantic_tokens.h"
#include "lsp/lsp_server.h"
#include "protocol/outline_types.h"
#include "support/limits.h"

namespace oxt::lsp {

using protocol::Json;

namespace {

using limits::kMaxWorkspaceSymbols;

/// True when the client accepts `kind`; without a valueSet, File (1) to Array (18).
bool clientAccepts(const std::vector<int32_t>& valueSet, protocol::SymbolKind kind) {
  const auto value = static_cast<int32_t>(kind);
  if (valueSet.empty()) {
    return value >= 1 && value <= 18;
  }
  return std::find(valueSet.begin(), valueSet.end(), value) != valueSet.end();
}

/// The LSP kind of a declaration (docs/features/outline.md): structures are Struct,
/// or Class for clients that do not know Struct.
protocol::SymbolKind symbolKindOf(model::SymbolKind kind, const std::vector<int32_t>& valueSet) {
  switch (kind) {
  case model::SymbolKind::Extension:
    return protocol::SymbolKind::Module;
  case model::SymbolKind::Action:
    return protocol::SymbolKind::Function;
  case model::SymbolKind::Parameter:
    return protocol::SymbolKind::Variable;
  case model::SymbolKind::Structure:
    return clientAccepts(valueSet, protocol::SymbolKind::Struct) ? protocol::SymbolKind::Struct
                                                                 : protocol::SymbolKind::Class;
  case model::SymbolKind::Entity:
    return protocol::SymbolKind::Class;
  case model::SymbolKind::Attribute:
    return protocol::SymbolKind::Property;
  case model::SymbolKind::Resource:
    return protocol::SymbolKind::File;
  }
  return protocol::SymbolKind::Variable;
}

/// An outline's ranges come in document order, each symbol's before its children's,
/// so one cursor converts them all (syntax::PositionCursor).
protocol::Range rangeOf(syntax::PositionCursor& positions, syntax::ByteRange range) {
  const auto start = positions.at(range.start);
  const auto end = positions.at(range.end);
  return protocol::Range{{start.line, start.character}, {end.line, end.character}};
}

/// The outline as LSP's DocumentSymbol[], written as the walk meets it.
class HierarchicalOutline final : public features::OutlineVisitor {
public:
  HierarchicalOutline(syntax::PositionCursor& positions, const std::vector<int32_t>& kinds)
      : positions_(positions), kinds_(kinds) {}

  void expect(std::size_t symbols) override {
    text_ = protocol::DocumentSymbolsText(symbols * protocol::DocumentSymbolsText::kBytesPerSymbol);
  }
  void enter(const features::OutlineEntry& entry) override {
    head_.name.assign(entry.name);
    head_.detail.assign(entry.detail);
    head_.kind = symbolKindOf(entry.kind, kinds_);
    head_.range = rangeOf(positions_, entry.range);
    head_.selectionRange = rangeOf(positions_, entry.selectionRange);
    text_.open(head_, entry.childCount);
  }
  void leave() override { text_.close(); }

  std::string take() { return text_.take(); }

private:
  syntax::PositionCursor& positions_;
  const std::vector<int32_t>& kinds_;
  protocol::DocumentSymbolsText text_;
  protocol::DocumentSymbolHead head_; // its strings' buffers kept from symbol to symbol
};

/// The flat form, for clients without hierarchical support: each symbol with the name
/// of its parent as container, the whole declaration as location.
class FlatOutline final : public features::OutlineVisitor {
public:
  FlatOutline(const std::string& uri, syntax::PositionCursor& positions,
              const std::vector<int32_t>& kinds)
      : uri_(uri), positions_(positions), kinds_(kinds) {}

  void enter(const features::OutlineEntry& entry) override {
    symbols_.push_back(
        protocol::SymbolInformation{std::string(entry.name), symbolKindOf(entry.kind, kinds_),
                                    protocol::Location{uri_, rangeOf(positions_, entry.range)},
                                    open_.empty() ? std::string() : symbols_[open_.back()].name});
    open_.push_back(symbols_.size() - 1);
  }
  void leave() override { open_.pop_back(); }

  std::string take() { return protocol::toJsonText(symbols_); }

private:
  const std::string& uri_;
  syntax::PositionCursor& positions_;
  const std::vector<int32_t>& kinds_;
  std::vector<protocol::SymbolInformation> symbols_;
  std::vector<std::size_t> open_; // the symbols entered and not left, by index
};

/// Tokens in LSP's relative encoding (features::encodeSemanticTokens).
protocol::SemanticTokens encodeTokens(const std::vector<features::SemanticToken>& tokens,
                                      const syntax::SyntaxTree& tree,
                                      syntax::PositionEncoding encoding) {
  return protocol::SemanticTokens{features::encodeSemanticTokens(tokens, tree, encoding)};
}

} // namespace

protocol::OutlineServerCapabilities LspServer::outlineCapabilities() const {
  protocol::OutlineServerCapabilities out;
  out.documentSymbol = methods_.has("textDocument/documentSymbol");
  out.workspaceSymbol = methods_.has("workspace/symbol");
  out.foldingRange = methods_.has("textDocument/foldingRange");
  out.selectionRange = methods_.has("textDocument/selectionRange");
  out.semanticTokensFull = methods_.has("textDocument/semanticTokens/full");
  out.semanticTokensRange = methods_.has("textDocument/semanticTokens/range");
  for (const auto name : features::tokenTypeNames()) {
    out.tokenTypes.emplace_back(name);
  }
  for (const auto name : features::tokenModifierNames()) {
    out.tokenModifiers.emplace_back(name);
  }
  return out;
}

void LspServer::onDocumentSymbol(const protocol::DocumentSymbolParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  // Written as the outline is walked: on a file of thousands of actions the outline as
  // data would be megabytes, besides the reply's text (features::walkOutline).
  auto text = [&] {
    const auto analysis = document->analysis();
    const auto& tree = document->tree();
    const auto& kinds = client_.outline.documentSymbolKinds;
    syntax::PositionCursor positions(tree.lines(), tree.text(), encoding_);
    if (client_.outline.hierarchicalDocumentSymbols) {
      HierarchicalOutline outline(positions, kinds);
      features::walkOutline(analysis->document, tree.text(), outline);
      return outline.take();
    }
    FlatOutline outline(params.textDocument.uri, positions, kinds);
    features::walkOutline(analysis->document, tree.text(), outline);
    return outline.take();
  }();
  reply.withText(text);
}

void LspServer::onWorkspaceSymbol(const protocol::WorkspaceSymbolParams& params, Reply&& reply) {
  // Every declaration: open documents from their current text, the other files of the
  // workspace from their summaries.
  std::vector<protocol::SymbolInformation> candidates;
  const auto& kinds = client_.outline.workspaceSymbolKinds;
  for (const auto& path : workspace_.openPaths()) {
    const auto* document = workspace_.document(path);
    const auto analysis = document->analysis();
    const auto& tree = document->tree();
    const auto uri = uriOf(path);
    syntax::PositionCursor positions(tree.lines(), tree.text(), encoding_);
    for (const auto& declaration : features::declarationsOf(analysis->document, tree.text())) {
      candidates.push_back(protocol::SymbolInformation{
          declaration.name, symbolKindOf(declaration.kind, kinds),
          protocol::Location{uri, rangeOf(positions, declaration.nameRange)},
          declaration.container});
    }
  }
  for (const auto* file : workspace_.index().filesNotOpen()) {
    const auto uri = uriOf(file->path);
    for (const auto& declaration : file->declarations) {
      const auto position = workspace::namePosition(declaration, encoding_);
      candidates.push_back(protocol::SymbolInformation{
          declaration.name, symbolKindOf(declaration.kind, kinds),
          protocol::Location{uri, protocol::Range{{position.start.line, position.start.character},
                                                  {position.end.line, position.end.character}}},
          declaration.container});
    }
  }
  std::vector<std::string_view> names;
  names.reserve(candidates.size());
  for (const auto& candidate : candidates) {
    names.emplace_back(candidate.name);
  }
  std::vector<protocol::SymbolInformation> results;
  results.reserve(std::min(candidates.size(), kMaxWorkspaceSymbols));
  for (const auto index : features::rankMatches(params.query, names, kMaxWorkspaceSymbols)) {
    results.push_back(candidates[index]);
  }
  reply(toJson(results));
}

void LspServer::onFoldingRange(const protocol::FoldingRangeParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto& tree = document->tree();
  std::vector<protocol::FoldingRange> ranges;
  for (const auto& fold : features::foldingRanges(tree, client_.outline.lineFoldingOnly)) {
    protocol::FoldingRange range;
    range.startLine = fold.startLine;
    range.endLine = fold.endLine;
    if (fold.startOffset) {
      range.startCharacter = tree.positionAt(*fold.startOffset, encoding_).character;
    }
    if (fold.endOffset) {
      range.endCharacter = tree.positionAt(*fold.endOffset, encoding_).character;
    }
    if (fold.kind == features::FoldKind::Comment) {
      range.kind = "comment";
    }
    ranges.push_back(range);
    if (client_.outline.foldingRangeLimit && ranges.size() >= *client_.outline.foldingRangeLimit) {
      break; // sorted by start: the outermost, earliest folds are kept
    }
  }
  reply.withText(protocol::toJsonText(ranges));
}

void LspServer::onSelectionRange(const protocol::SelectionRangeParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto& tree = document->tree();
  std::vector<protocol::SelectionRangeChain> chains;
  chains.reserve(params.positions.size());
  for (const auto& position : params.positions) {
    const auto offset =
        tree.offsetAt(syntax::Position{position.line, position.character}, encoding_);
    protocol::SelectionRangeChain chain;
    syntax::PositionCursor positions(tree.lines(), tree.text(), encoding_);
    for (const auto range : features::selectionChain(tree, offset)) {
      chain.ranges.push_back(rangeOf(positions, range));
    }
    chains.push_back(std::move(chain));
  }
  reply(toJson(chains));
}

void LspServer::onSemanticTokensFull(const protocol::SemanticTokensParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  // Through the document's cache: after an edit only the members it touched go
  // through the queries again (features/semantic_tokens_cache.h).
  const auto& tree = document->tree();
  auto& cache = semanticTokens_[path];
  // The encoded tokens (megabytes on a large file) are freed before the reply is sent.
  auto text = protocol::toJsonText(encodeTokens(cache.tokens(tree), tree, encoding_));
  reply.withText(text);
}

void LspServer::onSemanticTokensRange(const protocol::SemanticTokensRangeParams& params,
                                      Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto& tree = document->tree();
  const auto start = tree.offsetAt(
      syntax::Position{params.range.start.line, params.range.start.character}, encoding_);
  const auto end =
      tree.offsetAt(syntax::Position{params.range.end.line, params.range.end.character}, encoding_);
  const syntax::ByteRange range{std::min(start, end), std::max(start, end)};
  auto text =
      protocol::toJsonText(encodeTokens(features::semanticTokens(tree, range), tree, encoding_));
  reply.withText(text);
}

} // namespace oxt::lsp
