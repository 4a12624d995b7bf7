// Annotations: known names, on the declaration they apply to, once each, with
// the arguments they take (docs/language.md, "Annotations"); an `@icon` names a
// resource of the extension.
#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "checks/model_walk.h"
#include "checks/suggestions.h"
#include "model/literals.h"
#include "model/names.h"
#include "model/symbol_index.h"

namespace oxt::checks {

namespace {

using model::Annotation;
using model::LiteralKind;

enum class Arguments { None, OneString, OneOrTwoStrings, OneValue, Version };

struct AnnotationSpec {
  std::string_view name;
  AnnotationTarget target;
  Arguments arguments;
  std::array<std::string_view, 4> values; // OneValue: the accepted values
  std::string_view expected;              // for messages: what the arguments should be
};

constexpr std::array<AnnotationSpec, 12> kAnnotations{{
    {"dbms",
     AnnotationTarget::Extension,
     Arguments::OneValue,
     {"SqlServer", "Oracle", "All"},
     "one of SqlServer, Oracle, All"},
    {"version",
     AnnotationTarget::Extension,
     Arguments::Version,
     {},
     "a semantic version such as \"1.2.0\""},
    {"function", AnnotationTarget::Action, Arguments::None, {}, ""},
    {"icon",
     AnnotationTarget::Action,
     Arguments::OneString,
     {},
     "the icon file's path as a string"},
    {"table",
     AnnotationTarget::Entity,
     Arguments::OneString,
     {},
     "the physical table name as a string"},
    {"database",
     AnnotationTarget::Entity,
     Arguments::OneString,
     {},
     "the logical database name as a string"},
    {"nullConversion", AnnotationTarget::Entity, Arguments::None, {}, ""},
    {"identifier", AnnotationTarget::EntityAttribute, Arguments::None, {}, ""},
    {"autoNumber", AnnotationTarget::EntityAttribute, Arguments::None, {}, ""},
    {"column",
     AnnotationTarget::EntityAttribute,
     Arguments::OneOrTwoStrings,
     {},
     "the column name and optionally its database type, as strings"},
    {"ignore", AnnotationTarget::EntityAttribute, Arguments::None, {}, ""},
    {"deploy",
     AnnotationTarget::Resource,
     Arguments::OneValue,
     {"Binaries", "Application", "Images", "Ignore"},
     "one of Binaries, Application, Images, Ignore"},
}};

const AnnotationSpec* specOf(std::string_view name) {
  for (const auto& spec : kAnnotations) {
    if (spec.name == name) {
      return &spec;
    }
  }
  return nullptr;
}

/// Calls `visit(annotation, spec, target, extension)` for every annotation.
template <typename Visit> void forEachAnnotation(const CheckInput& input, Visit&& visit) {
  forEachAnnotationList(input, [&](const std::vector<Annotation>& annotations,
                                   AnnotationTarget target, const model::Extension& extension) {
    for (const auto& annotation : annotations) {
      visit(annotation, specOf(annotation.name.text), target, extension);
    }
  });
}

std::string at(const Annotation& annotation) { return "'@" + annotation.name.text + "'"; }

/// MAJOR.MINOR.PATCH, optionally followed by -prerelease (docs/language.md).
bool isSemanticVersion(std::string_view version) {
  const auto dash = version.find('-');
  const auto core = version.substr(0, dash);
  int parts = 0;
  std::size_t start = 0;
  while (start <= core.size()) {
    const auto dot = core.find('.', start);
    const auto part = core.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (part.empty() || part.find_first_not_of("0123456789") != std::string_view::npos) {
      return false;
    }
    ++parts;
    if (dot == std::string_view::npos) {
      break;
    }
    start = dot + 1;
  }
  if (parts != 3) {
    return false;
  }
  if (dash == std::string_view::npos) {
    return true;
  }
  const auto prerelease = version.substr(dash + 1);
  return !prerelease.empty() &&
         prerelease.find_first_not_of(
             "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-") ==
             std::string_view::npos;
}

/// What is wrong with the arguments of `annotation`, or "" when they are right.
std::string argumentProblem(const Annotation& annotation, const AnnotationSpec& spec) {
  const auto& arguments = annotation.arguments;
  const auto allStrings = [&] {
    for (const auto& argument : arguments) {
      if (argument.kind != LiteralKind::String) {
        return false;
      }
    }
    return true;
  };
  switch (spec.arguments) {
  case Arguments::None:
    return annotation.hasArgumentList ? at(annotation) + " takes no arguments" : "";
  case Arguments::OneString:
    return arguments.size() == 1 && allStrings()
               ? ""
               : at(annotation) + " expects " + std::string(spec.expected);
  case Arguments::OneOrTwoStrings:
    if ((arguments.size() == 1 || arguments.size() == 2) && allStrings()) {
      return model::decodeString(arguments.front().text).value.empty()
                 ? at(annotation) + " needs a column name"
                 : "";
    }
    return at(annotation) + " expects " + std::string(spec.expected);
  case Arguments::OneValue: {
    if (arguments.size() == 1 && arguments.front().kind == LiteralKind::Identifier) {
      for (const auto value : spec.values) {
        if (!value.empty() && arguments.front().text == value) {
          return "";
        }
      }
    }
    std::string message = at(annotation) + " expects " + std::string(spec.expected);
    if (arguments.size() == 1) {
      std::vector<std::string> candidates;
      for (const auto value : spec.values) {
        if (!value.empty()) {
          candidates.emplace_back(value);
        }
      }
      auto written = arguments.front().text;
      if (arguments.front().kind == LiteralKind::String) {
        written = model::decodeString(written).value;
      }
      if (const auto suggestion = closestMatch(written, candidates)) {
        message += "; did you mean '" + *suggestion + "'?";
      }
    }
    return message;
  }
  case Arguments::Version:
    if (arguments.size() == 1 && allStrings() &&
        isSemanticVersion(model::decodeString(arguments.front().text).value)) {
      return "";
    }
    return at(annotation) + " expects " + std::string(spec.expected);
  }
  return "";
}

syntax::ByteRange argumentsRange(const Annotation& annotation) {
  if (annotation.arguments.size() == 1) {
    return annotation.arguments.front().range;
  }
  return annotation.hasArgumentList ? annotation.argumentsRange : annotation.range;
}

} // namespace

void checkUnknownAnnotations(const CheckInput& input, Reporter& reporter) {
  std::vector<std::string> names;
  names.reserve(kAnnotations.size());
  for (const auto& spec : kAnnotations) {
    names.emplace_back(spec.name);
  }
  forEachAnnotationList(input, [&](const std::vector<Annotation>& annotations, AnnotationTarget,
                                   const model::Extension&) {
    for (const auto& annotation : annotations) {
      if (specOf(annotation.name.text) != nullptr || annotation.name.text.empty()) {
        continue;
      }
      std::string message = "unknown annotation " + at(annotation);
      const auto suggestion = closestMatch(annotation.name.text, names);
      if (suggestion) {
        message += "; did you mean '@" + *suggestion + "'?";
      }
      auto& diagnostic =
          reporter.report({annotation.range.start, annotation.name.range.end}, std::move(message));
      // `@Function` next to `@function`: changing it would repeat it (OXT0041).
      const bool alreadyThere =
          suggestion && std::any_of(annotations.begin(), annotations.end(), [&](const auto& other) {
            return other.name.text == *suggestion;
          });
      if (suggestion && !alreadyThere) {
        diagnostic.fixes.push_back(replaceFix("Change to '@" + *suggestion + "'",
                                              annotation.name.range, *suggestion, true));
      }
      diagnostic.fixes.push_back(replaceFix("Remove " + at(annotation),
                                            removalRange(input.tree.text(), annotation.range), "",
                                            !suggestion || alreadyThere));
    }
  });
}

void checkAnnotationPlacement(const CheckInput& input, Reporter& reporter) {
  forEachAnnotation(input, [&](const Annotation& annotation, const AnnotationSpec* spec,
                               AnnotationTarget target, const model::Extension&) {
    if (spec != nullptr && spec->target != target) {
      auto& diagnostic = reporter.report({annotation.range.start, annotation.name.range.end},
                                         at(annotation) + " applies to " +
                                             std::string(targetPhrase(spec->target)) + ", not to " +
                                             std::string(targetPhrase(target)));
      diagnostic.fixes.push_back(replaceFix(
          "Remove " + at(annotation), removalRange(input.tree.text(), annotation.range), "", true));
    }
  });
}

void checkRepeatedAnnotations(const CheckInput& input, Reporter& reporter) {
  forEachAnnotationList(input, [&](const std::vector<Annotation>& annotations, AnnotationTarget,
                                   const model::Extension&) {
    for (std::size_t i = 1; i < annotations.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (!annotations[i].name.text.empty() &&
            annotations[i].name.text == annotations[j].name.text) {
          auto& diagnostic =
              reporter.report({annotations[i].range.start, annotations[i].name.range.end},
                              at(annotations[i]) + " is repeated");
          diagnostic.related.push_back({"first written here", annotations[j].range});
          diagnostic.fixes.push_back(
              replaceFix("Remove the repeated " + at(annotations[i]),
                         removalRange(input.tree.text(), annotations[i].range), "", true));
          break;
        }
      }
    }
  });
}

void checkAnnotationArguments(const CheckInput& input, Reporter& reporter) {
  forEachAnnotation(input, [&](const Annotation& annotation, const AnnotationSpec* spec,
                               AnnotationTarget target, const model::Extension&) {
    if (spec == nullptr || spec->target != target) {
      return;
    }
    if (auto problem = argumentProblem(annotation, *spec); !problem.empty()) {
      reporter.report(argumentsRange(annotation), std::move(problem));
    }
  });
}

namespace {

/// Whether `extension` declares a resource at `path`, compared as the symbol index
/// compares resource paths (without regard to case, `\` as `/`).
bool hasResource(const model::Extension& extension, std::string_view path) {
  const auto key = model::resourcePathKey(path);
  return std::any_of(
      extension.resources.begin(), extension.resources.end(), [&](const model::Resource& resource) {
        return !resource.pathText.empty() && model::resourcePathKey(resource.pathText) == key;
      });
}

} // namespace

void checkIconResources(const CheckInput& input, Reporter& reporter) {
  const auto& extensions = input.document.extensions;
  for (uint32_t e = 0; e < extensions.size(); ++e) {
    for (const auto& action : extensions[e].actions) {
      const auto* icon = model::findAnnotation(action.annotations, "icon");
      if (icon == nullptr || icon->arguments.size() != 1) {
        continue;
      }
      const auto path = model::stringArgument(*icon);
      if (path && !path->empty() && !hasResource(extensions[e], *path)) {
        reporter.report(icon->arguments.front().range,
                        "'" + *path + "' is not a resource of the extension: add resource \"" +
                            *path + "\"");
      }
    }
  }
}

} // namespace oxt::checks
