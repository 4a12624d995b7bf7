// What completion and hover tell the user about the language: the annotations
// (where each applies, its arguments, its meaning in Integration Studio) and what
// each basic type is in OutSystems and in the generated C#.
//
// Why here and not in the checks: the checks' annotation table is private to
// annotation_checks.cpp and holds messages; this one holds explanations. Both follow
// docs/language.md ("Annotations"); the features tests compare the names.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "features/completion_context.h"
#include "model/basic_types.h"

namespace oxt::features {

struct AnnotationFact {
  std::string_view name;
  AnnotationTarget target;
  std::string_view arguments;           // as a user writes them: `("NAME"[, "dbtype"])`
  std::vector<std::string_view> values; // the accepted enumeration values, if any
  std::string_view meaning;             // one or two sentences
  std::string_view snippetArguments;    // `("${1:[DB].[dbo].[TABLE]}")`; empty: none
  std::string_view plainArguments;      // what the plain-text item appends
};

/// Every annotation of the language, in the order of docs/language.md.
[[nodiscard]] std::span<const AnnotationFact> annotationFacts();

/// The annotation named exactly `name`, or nullptr.
[[nodiscard]] const AnnotationFact* annotationFact(std::string_view name);

/// The meaning of an enumeration value of `@dbms` or `@deploy`; empty if unknown.
[[nodiscard]] std::string_view annotationValueMeaning(std::string_view annotation,
                                                      std::string_view value);

/// "Text": what the type holds, its range or default, where it may be used.
[[nodiscard]] std::string_view basicTypeMeaning(model::BasicType type);

/// The declaration a target names, for messages: "entity attribute".
[[nodiscard]] std::string_view targetName(AnnotationTarget target);

} // namespace oxt::features
