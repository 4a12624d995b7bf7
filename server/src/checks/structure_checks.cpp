// Structures: at least one attribute, no structure that contains itself, and a
// hint for the ones nothing uses.
#include <cstdint>
#include <string>
#include <vector>

#include "checks/check_functions.h"
#include "checks/model_walk.h"

namespace oxt::checks {

namespace {

using model::DefinitionRef;

/// Whether `attribute` holds records (as a record or a list): then the structures
/// among its definitions are held by its structure.
bool holdsRecords(const model::Attribute& attribute) {
  const auto kind = attribute.resolved.kind;
  return kind == model::TypeKind::Record || kind == model::TypeKind::RecordList;
}

/// Depth-first search over "structure holds structure" that reports every edge
/// back to a structure still being explored: the attribute closing a cycle.
/// Only the structures `input` checks are reported on; the search goes through all.
void reportCycles(const CheckInput& input, uint32_t extensionIndex, Reporter& reporter) {
  const auto& extension = input.document.extensions[extensionIndex];
  enum class Mark { New, Open, Done };
  const auto& structures = extension.structures;
  std::vector<Mark> marks(structures.size(), Mark::New);
  struct Frame {
    uint32_t structure;
    std::size_t attribute = 0;
    std::size_t held = 0; // position in the attribute's definitions
  };
  std::vector<Frame> stack; // one for every root: thousands of structures after each keystroke
  for (uint32_t root = 0; root < structures.size(); ++root) {
    if (marks[root] != Mark::New) {
      continue;
    }
    stack.assign(1, Frame{root});
    marks[root] = Mark::Open;
    while (!stack.empty()) {
      auto& frame = stack.back();
      // As read: the walk needs no position (model/shared_list.h).
      const auto& structure = structures.asRead(frame.structure);
      if (frame.attribute >= structure.attributes.size()) {
        marks[frame.structure] = Mark::Done;
        stack.pop_back();
        continue;
      }
      const auto& attribute = structure.attributes[frame.attribute];
      const auto& definitions = attribute.resolved.definitions;
      while (frame.held < definitions.size() &&
             definitions[frame.held].kind != DefinitionRef::Kind::Structure) {
        ++frame.held;
      }
      if (!holdsRecords(attribute) || frame.held >= definitions.size()) {
        ++frame.attribute;
        frame.held = 0;
        continue;
      }
      const auto target = definitions[frame.held++].index;
      if (marks[target] == Mark::Open) {
        if (input.checksRecord(extensionIndex, RecordKind::Structure, frame.structure)) {
          const auto& placed = structures[frame.structure].attributes[frame.attribute];
          reporter.report(placed.name.range,
                          structure.name.text + "." + attribute.name.text +
                              " defines a recursive Structure data type definition.");
        }
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
  for (uint32_t x = 0; x < input.document.extensions.size(); ++x) {
    reportCycles(input, x, reporter);
  }
}

void checkEmptyStructures(const CheckInput& input, Reporter& reporter) {
  for (uint32_t x = 0; x < input.document.extensions.size(); ++x) {
    forEachRecordChecked<RecordKind::Structure>(input, x, [&](const model::Structure& structure) {
      if (structure.attributes.empty() && !structure.name.text.empty()) {
        reporter.report(structure.name.range,
                        structure.name.text + " must have at least one attribute.");
      }
    });
  }
}

void checkUnusedStructures(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    // Which structures some type names: a structure that holds itself does not use
    // itself. The actions' uses are counted by type resolution, which after a keystroke
    // counts only the actions that changed: this check runs after each keystroke, and
    // walking every parameter of a large file was its cost.
    // (A model whose types were never resolved has no counts, and no targets either.)
    const auto& fromActions = extension.structureUsesByActions;
    std::vector<bool> used(extension.structures.size(), false);
    for (std::size_t s = 0; s < used.size() && s < fromActions.size(); ++s) {
      used[s] = fromActions[s] > 0;
    }
    const auto mark = [&used](const model::TypeExpr& type, std::size_t self) {
      forEachTypeIn(type, [&](const model::TypeExpr& named) {
        if (named.form == model::TypeForm::Named && named.target &&
            named.target->kind == DefinitionRef::Kind::Structure &&
            named.target->index < used.size() && named.target->index != self) {
          used[named.target->index] = true;
        }
      });
    };
    // The records as read: types and names only, without the copies of the records a
    // keystroke moved (model/shared_list.h). Only a structure reported is read where it is.
    for (std::size_t s = 0; s < extension.structures.size(); ++s) {
      for (const auto& attribute : extension.structures.asRead(s).attributes) {
        mark(attribute.type, s);
      }
    }
    for (std::size_t e = 0; e < extension.entities.size(); ++e) {
      for (const auto& attribute : extension.entities.asRead(e).attributes) {
        mark(attribute.type, SIZE_MAX);
      }
    }
    for (std::size_t s = 0; s < extension.structures.size(); ++s) {
      if (!used[s] && !extension.structures.asRead(s).name.text.empty()) {
        const auto& structure = extension.structures[s];
        auto& diagnostic = reporter.report(structure.name.range,
                                           "structure '" + structure.name.text + "' is never used");
        diagnostic.unnecessary = true;
      }
    }
  }
}

} // namespace oxt::checks
