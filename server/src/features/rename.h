// Renaming a declared name and every reference to it.
//
// Why the checks' rules: a rename must never produce a file that the checks then
// reject. A new name is refused, with a message, when it is not a valid OutSystems
// name (model/names.h: letters, digits, '_', starting with a letter, 50 characters,
// 28 for entity attributes), when a structure or entity would take the name of a
// type of the language (`Text`, `List`, …), when an entity attribute would take an
// Oracle reserved word on an extension that may run on Oracle, and when it equals,
// ignoring case as OutSystems does, another name of the same scope.
//
// Across files: OutSystems identifies an extension by its name, so a structure of
// extension `Bank` is the same element in every file that declares `Bank`
// (SymbolKey). The LSP layer finds the same symbol in those files with findSymbol
// and renames it there too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/analysis.h"
#include "syntax/syntax_tree.h"

namespace oxt::features {

/// The name under the cursor that can be renamed.
struct RenameTarget {
  uint32_t symbol = 0;
  syntax::ByteRange range; // the name (declaration or reference) under the cursor
  std::string placeholder; // the name as declared
};

/// Why there is nothing to rename at the cursor.
struct RenameRefusal {
  std::string message;
};

[[nodiscard]] std::variant<RenameTarget, RenameRefusal>
prepareRename(const model::Analysis& analysis, uint32_t offset);

/// Why `newName` cannot replace the name of `symbol`, or nullopt when it can.
[[nodiscard]] std::optional<std::string> newNameProblem(const model::Analysis& analysis,
                                                        uint32_t symbol, std::string_view newName);

/// The edits that rename `symbol` and every reference to it in this document, in
/// source order.
[[nodiscard]] std::vector<syntax::TextEdit> renameEdits(const model::Analysis& analysis,
                                                        uint32_t symbol, std::string_view newName);

/// What identifies a symbol in any file of the workspace: its extension's name, its
/// scope (kind), its container's name (parameters and attributes) and its name.
struct SymbolKey {
  std::string extension;
  model::SymbolKind kind = model::SymbolKind::Structure;
  std::string container;
  std::string name;
};

/// The key of `symbol`, or nullopt for symbols that exist in one file only (the
/// extension itself, resources, anything of a file without a named extension).
[[nodiscard]] std::optional<SymbolKey> symbolKey(const model::Analysis& analysis, uint32_t symbol);

/// The symbol of `analysis` with `key`, compared ignoring case.
[[nodiscard]] std::optional<uint32_t> findSymbol(const model::Analysis& analysis,
                                                 const SymbolKey& key);

} // namespace oxt::features
