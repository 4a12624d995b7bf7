// Which structures, entities and resources the checks of scope Members report on.
//
// Why: after a keystroke in an action, the records (structures, entities, resources)
// did not change, and neither did what the checks find in them; walking every record
// with every check after each keystroke was a third of a keystroke in a file of 20,000
// actions. So the checks are told which records to report on
// (action_diagnostics_memo.h); the others stay in the document, because actions and
// records refer to them, and their findings are taken over from the check before.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace oxt::checks {

enum class RecordKind : uint8_t { Structure, Entity, Resource };

class RecordSelection {
public:
  /// None of the records of a document with `extensions` extensions.
  explicit RecordSelection(std::size_t extensions) : chosen_(extensions) {}

  void select(uint32_t extension, RecordKind kind, uint32_t index) {
    auto& chosen = listOf(chosen_.at(extension), kind);
    if (chosen.size() <= index) {
      chosen.resize(index + 1, false);
    }
    chosen[index] = true;
  }

  [[nodiscard]] bool selected(uint32_t extension, RecordKind kind, uint32_t index) const {
    if (extension >= chosen_.size()) {
      return false;
    }
    const auto& chosen = listOf(chosen_[extension], kind);
    return index < chosen.size() && chosen[index];
  }

private:
  using Lists = std::array<std::vector<bool>, 3>; // by RecordKind

  static std::vector<bool>& listOf(Lists& lists, RecordKind kind) {
    return lists.at(static_cast<std::size_t>(kind));
  }
  static const std::vector<bool>& listOf(const Lists& lists, RecordKind kind) {
    return lists.at(static_cast<std::size_t>(kind));
  }

  std::vector<Lists> chosen_; // by extension
};

} // namespace oxt::checks
