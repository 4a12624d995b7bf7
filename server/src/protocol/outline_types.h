// The params and results of the outline requests: textDocument/documentSymbol,
// workspace/symbol, textDocument/foldingRange, textDocument/selectionRange,
// textDocument/semanticTokens/full and /range; and the client and server
// capabilities they read and advertise.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

/// What the outline requests need from ClientCapabilities.
struct OutlineClientCapabilities {
  /// textDocument.documentSymbol.hierarchicalDocumentSymbolSupport: DocumentSymbol[]
  /// instead of SymbolInformation[].
  bool hierarchicalDocumentSymbols = false;
  /// textDocument.documentSymbol.symbolKind.valueSet / workspace.symbol.symbolKind.valueSet;
  /// empty when absent, which means File (1) to Array (18).
  std::vector<int32_t> documentSymbolKinds;
  std::vector<int32_t> workspaceSymbolKinds;
  /// textDocument.foldingRange.lineFoldingOnly and rangeLimit.
  bool lineFoldingOnly = false;
  std::optional<uint32_t> foldingRangeLimit;
};

/// Reads the capabilities above leniently (see lifecycle_types.h).
[[nodiscard]] OutlineClientCapabilities readOutlineCapabilities(const Json& capabilities);

/// The outline providers the server advertises.
struct OutlineServerCapabilities {
  bool documentSymbol = false;
  bool workspaceSymbol = false;
  bool foldingRange = false;
  bool selectionRange = false;
  bool semanticTokensFull = false;
  bool semanticTokensRange = false;
  std::vector<std::string> tokenTypes;
  std::vector<std::string> tokenModifiers;
};

/// Adds the providers to the `capabilities` object of the initialize result.
void addOutlineCapabilities(Json& capabilities, const OutlineServerCapabilities& value);

// --- Params ---------------------------------------------------------------------

struct DocumentSymbolParams {
  TextDocumentIdentifier textDocument;
};

struct WorkspaceSymbolParams {
  std::string query;
};

struct FoldingRangeParams {
  TextDocumentIdentifier textDocument;
};

struct SelectionRangeParams {
  TextDocumentIdentifier textDocument;
  std::vector<Position> positions;
};

struct SemanticTokensParams {
  TextDocumentIdentifier textDocument;
};

struct SemanticTokensRangeParams {
  TextDocumentIdentifier textDocument;
  Range range;
};

bool fromJson(const Json& value, DocumentSymbolParams& out, const JsonPath& path);
bool fromJson(const Json& value, WorkspaceSymbolParams& out, const JsonPath& path);
bool fromJson(const Json& value, FoldingRangeParams& out, const JsonPath& path);
bool fromJson(const Json& value, SelectionRangeParams& out, const JsonPath& path);
bool fromJson(const Json& value, SemanticTokensParams& out, const JsonPath& path);
bool fromJson(const Json& value, SemanticTokensRangeParams& out, const JsonPath& path);

// --- Results --------------------------------------------------------------------

/// LSP's SymbolKind values the server uses (docs/features/outline.md).
enum class SymbolKind : int32_t {
  File = 1,
  Module = 2,
  Class = 5,
  Property = 7,
  Field = 8,
  Function = 12,
  Variable = 13,
  Struct = 23,
};

/// A DocumentSymbol but for its children.
struct DocumentSymbolHead {
  std::string name;
  std::string detail; // omitted when empty
  SymbolKind kind = SymbolKind::Variable;
  Range range;
  Range selectionRange;
};

struct DocumentSymbol : DocumentSymbolHead {
  std::vector<DocumentSymbol> children;
};

struct SymbolInformation {
  std::string name;
  SymbolKind kind = SymbolKind::Variable;
  Location location;
  std::string containerName; // omitted when empty
};

struct FoldingRange {
  uint32_t startLine = 0;
  std::optional<uint32_t> startCharacter;
  uint32_t endLine = 0;
  std::optional<uint32_t> endCharacter;
  std::optional<std::string> kind; // "comment", "imports", "region"
};

/// A position's enclosing ranges, innermost first; written as LSP's nested
/// SelectionRange (`{range, parent: {range, parent: …}}`).
struct SelectionRangeChain {
  std::vector<Range> ranges;
};

struct SemanticTokens {
  std::vector<uint32_t> data; // five integers per token, relative to the previous one
};

[[nodiscard]] Json toJson(const DocumentSymbol& value);
[[nodiscard]] Json toJson(const SymbolInformation& value);
[[nodiscard]] Json toJson(const FoldingRange& value);
[[nodiscard]] Json toJson(const SelectionRangeChain& value);
[[nodiscard]] Json toJson(const SemanticTokens& value);

// The same JSON text as serialize(toJson(value)), written directly. A file of thousands
// of members has tens of thousands of symbols and a million token numbers: building
// their Json documents first cost most of those requests' time and memory.
[[nodiscard]] std::string toJsonText(const std::vector<DocumentSymbol>& symbols);
[[nodiscard]] std::string toJsonText(const std::vector<SymbolInformation>& symbols);
[[nodiscard]] std::string toJsonText(const SemanticTokens& value);
[[nodiscard]] std::string toJsonText(const std::vector<FoldingRange>& ranges);

/// The text of toJsonText(std::vector<DocumentSymbol>), written symbol by symbol, so that
/// an outline is not held as DocumentSymbols first (features::walkOutline): open() a
/// symbol, write its children, close() it.
class DocumentSymbolsText {
public:
  /// About the size of a symbol's text, for sizing the text once from a count of
  /// symbols. The outline of the benchmark's file averages 226 bytes a symbol; a text
  /// reserved too large costs no memory until written.
  static constexpr std::size_t kBytesPerSymbol = 256;

  /// `reserveBytes`: about the size of the text, so that it is made once instead of in a
  /// string that doubles, copying what it holds (a tenth of the request on 20,000
  /// actions).
  explicit DocumentSymbolsText(std::size_t reserveBytes = 0);

  /// A symbol, whose `childCount` children are written next; then close().
  void open(const DocumentSymbolHead& head, std::size_t childCount);
  void close();

  /// The array, once every symbol opened is closed.
  [[nodiscard]] std::string take();

private:
  struct Open {
    DocumentSymbolHead head;
    bool hasChildren = false;
  };
  std::string out_ = "[";
  /// The symbols open, innermost last; entries past depth_ keep their strings' buffers.
  std::vector<Open> open_;
  std::size_t depth_ = 0;
};

template <typename T> [[nodiscard]] Json toJson(const std::vector<T>& values) {
  Json array = Json::array();
  for (const auto& value : values) {
    array.push_back(toJson(value));
  }
  return array;
}

} // namespace oxt::protocol
