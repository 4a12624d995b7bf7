// The outline of an `.oxt` file: its declarations as a tree (extension → actions →
// parameters, structures → attributes, entities → attributes, resources), and as a
// flat list for workspace-wide symbol search.
//
// Why from the model: the model already attaches members to their extension even
// when a stray `}` put them outside it, and knows every name and type of a half-typed
// file; the outline shows exactly what the checks and code generation see.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/analysis.h"
#include "model/symbol_index.h"
#include "syntax/line_index.h"

namespace oxt::features {

struct OutlineSymbol {
  model::SymbolKind kind = model::SymbolKind::Action;
  /// The name as written; a resource's path; "(missing name)" when not typed yet,
  /// since editors refuse symbols without a name.
  std::string name;
  /// Parameters: "input Decimal", "output List<Installment>"; attributes: the type as
  /// written ("Decimal(37, 8)"); resources: their Deploy Action; `@function` actions:
  /// "function". Empty otherwise.
  std::string detail;
  syntax::ByteRange range;          // the whole declaration
  syntax::ByteRange selectionRange; // the name (the keyword when the name is missing)
  std::vector<OutlineSymbol> children;
};

/// The outline of a file, one root per extension.
[[nodiscard]] std::vector<OutlineSymbol> documentOutline(const model::Document& document,
                                                         std::string_view text);

/// One symbol of the outline as walkOutline meets it: what OutlineSymbol holds, with the
/// number of its children instead of them. The strings are valid during the call only.
struct OutlineEntry {
  model::SymbolKind kind = model::SymbolKind::Action;
  std::string_view name;
  std::string_view detail;
  syntax::ByteRange range;
  syntax::ByteRange selectionRange;
  std::size_t childCount = 0;
};

/// Told the outline symbol by symbol, in documentOutline's order.
class OutlineVisitor {
public:
  OutlineVisitor() = default;
  OutlineVisitor(const OutlineVisitor&) = delete;
  OutlineVisitor& operator=(const OutlineVisitor&) = delete;
  OutlineVisitor(OutlineVisitor&&) = delete;
  OutlineVisitor& operator=(OutlineVisitor&&) = delete;
  virtual ~OutlineVisitor() = default;

  /// Before the walk: how many symbols follow, for sizing what is written.
  virtual void expect(std::size_t /*symbols*/) {}
  /// A symbol; its `childCount` children follow, then leave().
  virtual void enter(const OutlineEntry& entry) = 0;
  virtual void leave() = 0;
};

/// The outline of documentOutline, told to `visitor` without building it. Why: on a file
/// of 20,000 actions the outline is 110,000 symbols, each with its strings, and the LSP
/// reply writes it out at once; building the tree first was a third of the request.
void walkOutline(const model::Document& document, std::string_view text, OutlineVisitor& visitor);

/// One declaration, flattened: what workspace symbol search ranks.
struct Declaration {
  model::SymbolKind kind = model::SymbolKind::Action;
  std::string name;
  /// The declaration it belongs to ("CalculateMortgage" for a parameter, the extension
  /// for an action); empty for an extension.
  std::string container;
  syntax::ByteRange nameRange;
  syntax::ByteRange range;
};

/// Every named declaration of a file, in source order of the outline (parents first).
[[nodiscard]] std::vector<Declaration> declarationsOf(const model::Document& document,
                                                      std::string_view text);

/// The text of a type as written, with runs of whitespace made one space and none
/// inside brackets: "List< Installment >" → "List<Installment>".
[[nodiscard]] std::string typeText(std::string_view written);

/// typeText(written), appended to `out`.
void appendTypeText(std::string& out, std::string_view written);

} // namespace oxt::features
