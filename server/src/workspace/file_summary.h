// What the workspace needs to know about an `.oxt` file without keeping its tree:
// the extension it declares and where its name stands.
//
// Why: the workspace index holds every `.oxt` file under the workspace folders, open
// or not. Keeping a summary instead of the text and tree keeps its memory small, and
// is enough for cross-file checks (two files declaring the same extension).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/symbol_index.h"
#include "syntax/line_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::workspace {

/// A declaration of the file (action, parameter, structure, …), for workspace symbol
/// search in files that are not open. Like the extension's name, its position is kept
/// as a line, the line's text up to the name's end and byte columns, so that it can
/// be given in any encoding without the whole text.
struct DeclarationSummary {
  model::SymbolKind kind = model::SymbolKind::Action;
  std::string name;
  std::string container; // the declaration it belongs to; empty for an extension
  uint32_t line = 0;
  std::string linePrefix;
  syntax::ByteRange columns;

  friend bool operator==(const DeclarationSummary&, const DeclarationSummary&) = default;
};

/// Whether summarize() lists the declarations: for files on disk only, since an open
/// document is summarized on every change and its declarations come from its analysis.
enum class SummaryDetail { ExtensionOnly, WithDeclarations };

struct FileSummary {
  std::filesystem::path path;
  /// The declared extension's name; empty when the file declares none.
  std::string extensionName;
  /// The name's bytes in the file's text.
  syntax::ByteRange nameRange;
  /// The name's line, that line's text and the name's byte columns in it, so that
  /// the name's position can be given in any encoding without the whole text.
  uint32_t nameLine = 0;
  std::string nameLineText;
  syntax::ByteRange nameColumns;
  /// Every declaration, with SummaryDetail::WithDeclarations.
  std::vector<DeclarationSummary> declarations;

  friend bool operator==(const FileSummary&, const FileSummary&) = default;
};

[[nodiscard]] FileSummary summarize(const std::filesystem::path& path,
                                    const syntax::SyntaxTree& tree,
                                    SummaryDetail detail = SummaryDetail::ExtensionOnly);

/// The name's position range on its line, in `encoding`.
struct NamePosition {
  syntax::Position start;
  syntax::Position end;
};
[[nodiscard]] NamePosition namePosition(const FileSummary& summary,
                                        syntax::PositionEncoding encoding);
/// A declaration's name's position range on its line, in `encoding`.
[[nodiscard]] NamePosition namePosition(const DeclarationSummary& declaration,
                                        syntax::PositionEncoding encoding);

} // namespace oxt::workspace
