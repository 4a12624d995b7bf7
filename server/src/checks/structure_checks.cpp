// Structures: at least one attribute, no structure that contains itself, and a
// hint for the ones nothing uses.
#include <optional>
#include <string>
#include <vector>

#include "checks/check_functions.h"

namespace oxt::checks {

namespace {

using model::DefinitionRef;

/// The structures that attribute `attribute` holds (as a record or a list).
std::vector<uint32_t> structuresHeldBy(const model::Attribute& attribute) {
  std::vector<uint32_t> held;
  const auto kind = attribute.resolved.kind;
  if (kind == model::TypeKind::Record || kind == model::TypeKind::RecordList) {
    for (const auto& definition : attribute.resolved.definitions) {
      if (definition.kind == DefinitionRef::Kind::Structure) {
        held.push_back(definition.index);
      }
    }
  }
  return held;
}

/// Depth-first search over "structure holds structure" that reports every edge
/// back to a structure still being explored: the attribute closing a cycle.
void reportCycles(const model::Extension& extension, Reporter& reporter) {
  enum class Mark { New, Open, Done };
  const auto& structures = extension.structures;
  std::vector<Mark> marks(structures.size(), Mark::New);
  struct Frame {
    uint32_t structure;
    std::size_t attribute = 0;
    std::size_t held = 0; // position in the attribute's join
  };
  for (uint32_t root = 0; root < structures.size(); ++root) {
    if (marks[root] != Mark::New) {
      continue;
    }
    std::vector<Frame> stack{{root}};
    marks[root] = Mark::Open;
    while (!stack.empty()) {
      auto& frame = stack.back();
      const auto& structure = structures[frame.structure];
      if (frame.attribute >= structure.attributes.size()) {
        marks[frame.structure] = Mark::Done;
        stack.pop_back();
        continue;
      }
      const auto& attribute = structure.attributes[frame.attribute];
      const auto held = structuresHeldBy(attribute);
      if (frame.held >= held.size()) {
        ++frame.attribute;
        frame.held = 0;
        continue;
      }
      const auto target = held[frame.held++];
      if (marks[target] == Mark::Open) {
        reporter.report(attribute.name.range,
                        structure.name.text + "." + attribute.name.text +
                            " defines a recursive Structure data type definition.");
        ++frame.attribute; // one report per attribute
        frame.held = 0;
      } else if (marks[target] == Mark::New) {
        marks[target] = Mark::Open;
        stack.push_back({target}); // invalidates `frame`, which is not used again
      }
    }
  }
}

} // namespace

void checkRecursiveStructures(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    reportCycles(extension, reporter);
  }
}

void checkEmptyStructures(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    for (const auto& structure : extension.structures) {
      if (structure.attributes.empty() && !structure.name.text.empty()) {
        reporter.report(structure.name.range,
                        structure.name.text + " must have at least one attribute.");
      }
    }
  }
}

namespace {

/// Marks in `used` every structure `type` names, at any depth, except `self` (a
/// structure that holds itself does not use itself).
void markStructures(const model::TypeExpr& type, std::optional<uint32_t> self,
                    std::vector<bool>& used) {
  if (type.form == model::TypeForm::Named && type.target &&
      type.target->kind == DefinitionRef::Kind::Structure && type.target->index < used.size() &&
      type.target->index != self) {
    used[type.target->index] = true;
  }
  for (const auto& inner : type.inner) {
    markStructures(inner, self, used);
  }
}

} // namespace

void checkUnusedStructures(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    const auto& structures = extension.structures;
    std::vector<bool> used(structures.size(), false);
    for (const auto& action : extension.actions) {
      for (const auto& parameter : action.parameters) {
        markStructures(parameter.type, std::nullopt, used);
      }
    }
    for (uint32_t s = 0; s < structures.size(); ++s) {
      for (const auto& attribute : structures[s].attributes) {
        markStructures(attribute.type, s, used);
      }
    }
    for (const auto& entity : extension.entities) {
      for (const auto& attribute : entity.attributes) {
        markStructures(attribute.type, std::nullopt, used);
      }
    }
    for (uint32_t s = 0; s < structures.size(); ++s) {
      if (!used[s] && !structures[s].name.text.empty()) {
        auto& diagnostic = reporter.report(
            structures[s].name.range, "structure '" + structures[s].name.text + "' is never used");
        diagnostic.unnecessary = true;
      }
    }
  }
}

} // namespace oxt::checks
