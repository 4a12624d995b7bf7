// Resolving the names in types to the structures and entities they designate,
// and deciding what each type means (ResolvedType).
//
// Why apart from building: a type may name a definition declared further down,
// so resolution runs once every member of the extension is known.
#pragma once

#include <cstdint>
#include <vector>

#include "model/extension_model.h"

namespace oxt::model {

/// Fills `TypeExpr::target` and `TypedElement::resolved` for every parameter and
/// attribute of `extension`. Names resolve case-insensitively, to the first
/// structure or entity declared with that name. A member whose types already resolve
/// so is not written to (SharedList::mutableAt would copy a shared one).
/// Returns the indices of the members whose resolution changed, by kind.
struct ResolutionChanges {
  std::vector<uint32_t> actions;
  std::vector<uint32_t> structures;
  std::vector<uint32_t> entities;
};
ResolutionChanges resolveTypes(Extension& extension);

/// What `type` means, given its names are resolved (`target` filled).
[[nodiscard]] ResolvedType resolvedTypeOf(const TypeExpr& type);

} // namespace oxt::model
