// "Sort members by name", offered on an extension's header: its actions, its
// structures, its entities and its resources (by path) each in alphabetical
// order, compared without regard to case as OutSystems compares names.
//
// Decision: members of different kinds keep their places (an action stays where an
// action was), so the file's chosen grouping survives; each declaration moves with
// its doc comment and annotations; other comments and blank lines stay where they
// are. The order of the generated C# is the file's order, so sorting is a choice
// the author makes, never something the formatter does.
#include <algorithm>
#include <string>

#include "features/code_actions.h"
#include "model/names.h"

namespace oxt::features {

namespace {

struct Slot {
  syntax::ByteRange range; // doc comment to the end of the declaration
  std::string key;         // what it sorts by
};

template <typename Member> Slot slotOf(const Member& member, const std::string& key) {
  const auto start =
      member.description.present ? member.description.range.start : member.range.start;
  return {{start, member.range.end}, model::foldCase(key)};
}

void sortSlots(std::string_view text, const std::vector<Slot>& slots,
               std::vector<syntax::TextEdit>& edits) {
  auto sorted = slots;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Slot& a, const Slot& b) { return a.key < b.key; });
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (sorted[i].range != slots[i].range) {
      edits.push_back(
          {slots[i].range, std::string(text.substr(sorted[i].range.start,
                                                   sorted[i].range.end - sorted[i].range.start))});
    }
  }
}

} // namespace

void addMemberSorting(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                      syntax::ByteRange selection, std::vector<Refactoring>& out) {
  for (const auto& extension : analysis.document.extensions) {
    const syntax::ByteRange header{extension.keywordRange.start,
                                   std::max(extension.name.range.end, extension.keywordRange.end)};
    if (!extension.declared || selection.start < header.start || selection.end > header.end) {
      continue;
    }
    std::vector<syntax::TextEdit> edits;
    std::vector<Slot> slots;
    for (const auto& action : extension.actions) {
      slots.push_back(slotOf(action, action.name.text));
    }
    sortSlots(tree.text(), slots, edits);
    slots.clear();
    for (const auto& structure : extension.structures) {
      slots.push_back(slotOf(structure, structure.name.text));
    }
    sortSlots(tree.text(), slots, edits);
    slots.clear();
    for (const auto& entity : extension.entities) {
      slots.push_back(slotOf(entity, entity.name.text));
    }
    sortSlots(tree.text(), slots, edits);
    slots.clear();
    for (const auto& resource : extension.resources) {
      slots.push_back(slotOf(resource, resource.pathText));
    }
    sortSlots(tree.text(), slots, edits);
    if (!edits.empty()) {
      out.push_back({"Sort members by name", RefactoringKind::Rewrite, std::move(edits)});
    }
  }
}

} // namespace oxt::features
