// Which members of a model build are the previous build's, unchanged but for their
// place in the text.
//
// Why: what is computed from a member (its types' resolution, the checks' findings in
// it) holds for as long as the member does not change; a build that says which members
// it carried over lets that work be taken over instead of done again after a keystroke.
#pragma once

#include <cstdint>
#include <vector>

namespace oxt::model {

/// A member this build took over from the previous one with the same content: only its
/// place in the text may differ. What a cache of results per member (the checks') needs
/// to reuse them: the member's index in the previous build, and how far it moved.
struct CarriedMember {
  static constexpr uint32_t kNew = UINT32_MAX;
  uint32_t from = kNew; // index in the previous build's list of the same kind, or kNew
  int64_t delta = 0;    // its start now minus its start then
  [[nodiscard]] bool carried() const { return from != kNew; }
};

/// For each member of an extension, in the order of its lists: carried or new.
struct ExtensionLineage {
  std::vector<CarriedMember> actions;
  std::vector<CarriedMember> structures;
  std::vector<CarriedMember> entities;
  std::vector<CarriedMember> resources;
};

} // namespace oxt::model
