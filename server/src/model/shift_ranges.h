// Moves every source range of a member of the model by a number of bytes.
//
// Why: the incremental build (build_model.h) reuses the model of a member that a
// reparse left unchanged; only its place in the text moved, by the length the edits
// before it added or removed. Every ByteRange of the model must be listed here, or a
// reused member would point at stale positions (tests/model/incremental_model_test
// compares incremental builds with fresh ones to catch a forgotten field).
#pragma once

#include <cstddef>
#include <cstdint>

#include "model/extension_model.h"

namespace oxt::model {

// shiftRanges(Action&), (Structure&), (Entity&) and (Resource&) are declared with the
// members, in extension_model.h: SharedList calls them.
void shiftRange(ByteRange& range, int64_t delta);
/// A description's range, when it has one.
void shiftRange(Description& description, int64_t delta);

/// Where member `i` of `members` (its whole declaration) is now, without placing it
/// (shared_list.h): to find the member at an offset among thousands without copying
/// every one an edit moved.
template <typename Member>
[[nodiscard]] ByteRange rangeNow(const SharedList<Member>& members, std::size_t i) {
  auto range = members.asRead(i).range;
  shiftRange(range, members.movedSinceRead(i));
  return range;
}

/// The indices [first, last) of the members of `members` that may hold `offset`: those
/// among the two that start last at or before it (one may end where the next starts).
/// Members of a list are in source order and do not overlap, so this is a binary
/// search: hover and the implementation lens looked at each of 20,000 actions.
struct MemberSpan {
  std::size_t first = 0;
  std::size_t last = 0;
};
template <typename Member>
[[nodiscard]] MemberSpan membersAround(const SharedList<Member>& members, uint32_t offset) {
  std::size_t low = 0;
  std::size_t high = members.size();
  while (low < high) { // the first member that starts after `offset`
    const auto middle = low + (high - low) / 2;
    if (rangeNow(members, middle).start <= offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return MemberSpan{low >= 2 ? low - 2 : 0, low};
}

} // namespace oxt::model
