// Resolving the names in types to the structures and entities they designate,
// and deciding what each type means (ResolvedType).
//
// Why apart from building: a type may name a definition declared further down,
// so resolution runs once every member of the extension is known.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/extension_model.h"
#include "model/lineage.h"
#include "model/names.h"

namespace oxt::model {

/// The structures and entities of an extension by name (compared without regard to
/// case): what a type's name designates. The first declared wins; its start decides.
using DefinitionTable = std::unordered_map<std::string, std::pair<DefinitionRef, uint32_t>,
                                           CaseInsensitiveHash, CaseInsensitiveEqual>;

/// The indices of the members whose resolution changed, by kind.
struct ResolutionChanges {
  std::vector<uint32_t> actions;
  std::vector<uint32_t> structures;
  std::vector<uint32_t> entities;
};

struct Resolution {
  DefinitionTable definitions;
  ResolutionChanges changed;
};

/// Fills `TypeExpr::target` and `TypedElement::resolved` for every parameter and
/// attribute of `extension`. Names resolve case-insensitively, to the first
/// structure or entity declared with that name. A member whose types already resolve
/// so is not written to (SharedList::mutableAt would copy a shared one).
///
/// Also sets Extension::structureUsesByActions.
///
/// With `carried` (which members are an earlier build's, unchanged) and that build's
/// `previous` table and `previousExtension`: when every name designates what it did, the
/// carried members' types resolve as they did, and only the others are looked at.
Resolution resolveTypes(Extension& extension, const ExtensionLineage* carried = nullptr,
                        const DefinitionTable* previous = nullptr,
                        const Extension* previousExtension = nullptr);

/// What `type` means, given its names are resolved (`target` filled).
[[nodiscard]] ResolvedType resolvedTypeOf(const TypeExpr& type);

} // namespace oxt::model
