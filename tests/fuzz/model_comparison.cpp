#include "model_comparison.h"

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace oxt::fuzz {

namespace {

using Difference = std::optional<std::string>;

Difference differs(std::string_view what, const std::string& before, const std::string& after) {
  if (before == after) {
    return std::nullopt;
  }
  return std::string(what) + " '" + before + "' became '" + after + "'";
}

Difference differs(std::string_view what, bool before, bool after) {
  if (before == after) {
    return std::nullopt;
  }
  return std::string(what) + (after ? " appeared" : " disappeared");
}

Difference differs(std::string_view what, int64_t before, int64_t after) {
  if (before == after) {
    return std::nullopt;
  }
  return std::string(what) + " " + std::to_string(before) + " became " + std::to_string(after);
}

/// The first of the comparisons that differs.
Difference first(std::initializer_list<std::function<Difference()>> comparisons) {
  for (const auto& compare : comparisons) {
    if (auto difference = compare()) {
      return difference;
    }
  }
  return std::nullopt;
}

/// Compares two lists (vectors or model::SharedList) item by item, naming the item
/// that differs.
template <typename List, typename Compare>
Difference differsList(std::string_view what, const List& before, const List& after,
                       Compare compare) {
  if (before.size() != after.size()) {
    return std::string(what) + ": " + std::to_string(before.size()) + " became " +
           std::to_string(after.size());
  }
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (auto difference = compare(before[i], after[i])) {
      return std::string(what) + " " + std::to_string(i) + ": " + *difference;
    }
  }
  return std::nullopt;
}

Difference differsLiteral(const model::Literal& before, const model::Literal& after) {
  return first({
      [&] {
        return differs("literal kind", static_cast<int64_t>(before.kind),
                       static_cast<int64_t>(after.kind));
      },
      [&] { return differs("literal", before.text, after.text); },
  });
}

Difference differsAnnotation(const model::Annotation& before, const model::Annotation& after) {
  return first({
      [&] { return differs("name", before.name.text, after.name.text); },
      [&] { return differs("argument list", before.hasArgumentList, after.hasArgumentList); },
      [&] { return differsList("argument", before.arguments, after.arguments, differsLiteral); },
  });
}

Difference differsDescription(const model::Description& before, const model::Description& after) {
  return first({
      [&] { return differs("description", before.present, after.present); },
      [&] { return differs("description", before.text, after.text); },
  });
}

Difference differsType(const model::TypeExpr& before, const model::TypeExpr& after) {
  return first({
      [&] {
        return differs("type form", static_cast<int64_t>(before.form),
                       static_cast<int64_t>(after.form));
      },
      [&] { return differs("type", before.name.text, after.name.text); },
      [&] {
        return differs("basic type", static_cast<int64_t>(before.basic),
                       static_cast<int64_t>(after.basic));
      },
      [&] { return differs("type arguments", before.hasArguments, after.hasArguments); },
      [&] {
        return differsList("type argument", before.arguments, after.arguments,
                           [](const model::TypeArgument& b, const model::TypeArgument& a) {
                             return first({
                                 [&] { return differs("value", b.value, a.value); },
                                 [&] { return differs("in range", b.inRange, a.inRange); },
                             });
                           });
      },
      [&] { return differsList("inner type", before.inner, after.inner, differsType); },
      [&] { return differs("resolved", before.target.has_value(), after.target.has_value()); },
      [&]() -> Difference {
        if (before.target && after.target && !(*before.target == *after.target)) {
          return "the type resolves to another definition";
        }
        return std::nullopt;
      },
  });
}

Difference differsResolved(const model::ResolvedType& before, const model::ResolvedType& after) {
  if (before.kind != after.kind || before.basic != after.basic ||
      before.definitions != after.definitions) {
    return "the resolved type changed";
  }
  return std::nullopt;
}

Difference differsTyped(const model::TypedElement& before, const model::TypedElement& after) {
  return first({
      [&] { return differs("name", before.name.text, after.name.text); },
      [&] {
        return differsList("annotation", before.annotations, after.annotations, differsAnnotation);
      },
      [&] { return differsDescription(before.description, after.description); },
      [&] { return differs("'?'", before.optionalMarker, after.optionalMarker); },
      [&] { return differsType(before.type, after.type); },
      [&] { return differsResolved(before.resolved, after.resolved); },
      [&] {
        return differs("default value", before.defaultValue.has_value(),
                       after.defaultValue.has_value());
      },
      [&]() -> Difference {
        if (before.defaultValue && after.defaultValue) {
          return differsLiteral(*before.defaultValue, *after.defaultValue);
        }
        return std::nullopt;
      },
  });
}

Difference differsParameter(const model::Parameter& before, const model::Parameter& after) {
  return first({
      [&] {
        return differs("direction", static_cast<int64_t>(before.direction),
                       static_cast<int64_t>(after.direction));
      },
      [&] { return differsTyped(before, after); },
  });
}

Difference differsAttribute(const model::Attribute& before, const model::Attribute& after) {
  return differsTyped(before, after);
}

/// What actions, structures, entities and resources have in common.
template <typename T> Difference differsDeclaration(const T& before, const T& after) {
  return first({
      [&] { return differs("name", before.name.text, after.name.text); },
      [&] {
        return differsList("annotation", before.annotations, after.annotations, differsAnnotation);
      },
      [&] { return differsDescription(before.description, after.description); },
  });
}

Difference differsAction(const model::Action& before, const model::Action& after) {
  return first({
      [&] { return differsDeclaration(before, after); },
      [&] {
        return differsList("parameter", before.parameters, after.parameters, differsParameter);
      },
  });
}

template <typename T> Difference differsRecord(const T& before, const T& after) {
  return first({
      [&] { return differsDeclaration(before, after); },
      [&] {
        return differsList("attribute", before.attributes, after.attributes, differsAttribute);
      },
  });
}

Difference differsResource(const model::Resource& before, const model::Resource& after) {
  return first({
      [&] { return differsLiteral(before.path, after.path); },
      [&] { return differs("path", before.pathText, after.pathText); },
      [&] {
        return differsList("annotation", before.annotations, after.annotations, differsAnnotation);
      },
      [&] { return differsDescription(before.description, after.description); },
  });
}

Difference differsExtension(const model::Extension& before, const model::Extension& after) {
  return first({
      [&] { return differsDeclaration(before, after); },
      [&] { return differs("declared", before.declared, after.declared); },
      [&] { return differsList("action", before.actions, after.actions, differsAction); },
      [&] {
        return differsList("structure", before.structures, after.structures,
                           differsRecord<model::Structure>);
      },
      [&] {
        return differsList("entity", before.entities, after.entities, differsRecord<model::Entity>);
      },
      [&] { return differsList("resource", before.resources, after.resources, differsResource); },
      [&]() -> Difference {
        if (before.structureUsesByActions == after.structureUsesByActions) {
          return std::nullopt;
        }
        return "the counts of the structures' uses by actions differ";
      },
      [&]() -> Difference {
        if (before.actionNameKeys == after.actionNameKeys) {
          return std::nullopt;
        }
        return "the keys of the actions' names differ";
      },
  });
}

} // namespace

std::optional<std::string> modelDifference(const model::Document& before,
                                           const model::Document& after) {
  return first({
      [&] {
        return differsList("extension", before.extensions, after.extensions, differsExtension);
      },
      [&] {
        return differsList(
            "declaration outside an extension", before.outsideDeclarations,
            after.outsideDeclarations,
            [](const model::OutsideDeclaration& b, const model::OutsideDeclaration& a) {
              return differs("keyword", b.keyword, a.keyword);
            });
      },
      [&] {
        return differs("stray doc comments", static_cast<int64_t>(before.strayDocComments.size()),
                       static_cast<int64_t>(after.strayDocComments.size()));
      },
  });
}

} // namespace oxt::fuzz
