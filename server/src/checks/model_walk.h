// Walking the model the way most checks need it: every parameter and attribute
// with what it belongs to, every annotation with the kind of declaration it is on,
// every literal.
//
// Why: each check is one small function; the loops over extensions, actions,
// structures and entities would otherwise be repeated in every one of them.
#pragma once

#include <cstdint>
#include <string_view>

#include "checks/check_registry.h"
#include "model/extension_model.h"

namespace oxt::checks {

enum class ElementKind { Input, Output, StructureAttribute, EntityAttribute };

/// "input", "output", "attribute".
[[nodiscard]] constexpr std::string_view elementWord(ElementKind kind) {
  switch (kind) {
  case ElementKind::Input:
    return "input";
  case ElementKind::Output:
    return "output";
  case ElementKind::StructureAttribute:
  case ElementKind::EntityAttribute:
    return "attribute";
  }
  return "attribute";
}

[[nodiscard]] constexpr bool isParameter(ElementKind kind) {
  return kind == ElementKind::Input || kind == ElementKind::Output;
}

struct ElementView {
  const model::TypedElement& element;
  ElementKind kind;
  const model::Extension& extension;
  std::string_view ownerName; // the action, structure or entity
  uint32_t ownerIndex = 0;    // its index among the extension's actions, structures or entities
};

/// The list of records of `kind` in `extension`.
template <RecordKind kind> [[nodiscard]] const auto& recordsOf(const model::Extension& extension) {
  if constexpr (kind == RecordKind::Structure) {
    return extension.structures;
  } else if constexpr (kind == RecordKind::Entity) {
    return extension.entities;
  } else {
    return extension.resources;
  }
}

/// Calls `visit(record)` for every record of `kind` in extension `extensionIndex` that
/// the checks report on (CheckInput::checksRecord).
template <RecordKind kind, typename Visit>
void forEachRecordChecked(const CheckInput& input, uint32_t extensionIndex, Visit&& visit) {
  const auto& records = recordsOf<kind>(input.document.extensions[extensionIndex]);
  for (uint32_t i = 0; i < records.size(); ++i) {
    if (input.checksRecord(extensionIndex, kind, i)) {
      visit(records[i]);
    }
  }
}

/// Calls `visit(ElementView)` for every parameter, and every attribute of the records
/// the checks report on (CheckInput::checksRecord).
template <typename Visit> void forEachTypedElement(const CheckInput& input, Visit&& visit) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& extension = extensions[x];
    for (uint32_t a = 0; a < extension.actions.size(); ++a) {
      const auto& action = extension.actions[a];
      for (const auto& parameter : action.parameters) {
        const auto kind = parameter.direction == model::Direction::Input ? ElementKind::Input
                                                                         : ElementKind::Output;
        visit(ElementView{parameter, kind, extension, action.name.text, a});
      }
    }
    for (uint32_t s = 0; s < extension.structures.size(); ++s) {
      if (!input.checksRecord(x, RecordKind::Structure, s)) {
        continue;
      }
      const auto& structure = extension.structures[s];
      for (const auto& attribute : structure.attributes) {
        visit(ElementView{attribute, ElementKind::StructureAttribute, extension,
                          structure.name.text, s});
      }
    }
    for (uint32_t e = 0; e < extension.entities.size(); ++e) {
      if (!input.checksRecord(x, RecordKind::Entity, e)) {
        continue;
      }
      const auto& entity = extension.entities[e];
      for (const auto& attribute : entity.attributes) {
        visit(ElementView{attribute, ElementKind::EntityAttribute, extension, entity.name.text, e});
      }
    }
  }
}

/// Calls `visit(type)` for `type` and every type inside it (List<…>, Record<…>, …).
template <typename Visit> void forEachTypeIn(const model::TypeExpr& type, Visit&& visit) {
  visit(type);
  for (const auto& inner : type.inner) {
    forEachTypeIn(inner, visit);
  }
}

/// The kinds of declaration an annotation can be written on.
enum class AnnotationTarget {
  Extension,
  Action,
  Parameter,
  Structure,
  StructureAttribute,
  Entity,
  EntityAttribute,
  Resource,
};

/// "an action", "an entity attribute", ... for messages.
[[nodiscard]] constexpr std::string_view targetPhrase(AnnotationTarget target) {
  switch (target) {
  case AnnotationTarget::Extension:
    return "an extension";
  case AnnotationTarget::Action:
    return "an action";
  case AnnotationTarget::Parameter:
    return "a parameter";
  case AnnotationTarget::Structure:
    return "a structure";
  case AnnotationTarget::StructureAttribute:
    return "a structure attribute";
  case AnnotationTarget::Entity:
    return "an entity";
  case AnnotationTarget::EntityAttribute:
    return "an entity attribute";
  case AnnotationTarget::Resource:
    return "a resource";
  }
  return "a declaration";
}

/// Calls `visit(annotations, target, extension)` for every declaration's annotations,
/// leaving out the records the checks do not report on (CheckInput::checksRecord).
template <typename Visit> void forEachAnnotationList(const CheckInput& input, Visit&& visit) {
  using T = AnnotationTarget;
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& extension = extensions[x];
    visit(extension.annotations, T::Extension, extension);
    for (const auto& action : extension.actions) {
      visit(action.annotations, T::Action, extension);
      for (const auto& parameter : action.parameters) {
        visit(parameter.annotations, T::Parameter, extension);
      }
    }
    for (uint32_t s = 0; s < extension.structures.size(); ++s) {
      if (!input.checksRecord(x, RecordKind::Structure, s)) {
        continue;
      }
      const auto& structure = extension.structures[s];
      visit(structure.annotations, T::Structure, extension);
      for (const auto& attribute : structure.attributes) {
        visit(attribute.annotations, T::StructureAttribute, extension);
      }
    }
    for (uint32_t e = 0; e < extension.entities.size(); ++e) {
      if (!input.checksRecord(x, RecordKind::Entity, e)) {
        continue;
      }
      const auto& entity = extension.entities[e];
      visit(entity.annotations, T::Entity, extension);
      for (const auto& attribute : entity.attributes) {
        visit(attribute.annotations, T::EntityAttribute, extension);
      }
    }
    for (uint32_t r = 0; r < extension.resources.size(); ++r) {
      if (input.checksRecord(x, RecordKind::Resource, r)) {
        visit(extension.resources[r].annotations, T::Resource, extension);
      }
    }
  }
}

/// Calls `visit(const model::Literal&)` for every literal: defaults, annotation
/// arguments and resource paths (of the records the checks report on).
template <typename Visit> void forEachLiteral(const CheckInput& input, Visit&& visit) {
  forEachAnnotationList(input,
                        [&](const auto& annotations, AnnotationTarget, const model::Extension&) {
                          for (const auto& annotation : annotations) {
                            for (const auto& argument : annotation.arguments) {
                              visit(argument);
                            }
                          }
                        });
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.element.defaultValue) {
      visit(*view.element.defaultValue);
    }
  });
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& resources = extensions[x].resources;
    for (uint32_t r = 0; r < resources.size(); ++r) {
      if (input.checksRecord(x, RecordKind::Resource, r) && !resources[r].path.text.empty()) {
        visit(resources[r].path);
      }
    }
  }
}

} // namespace oxt::checks
