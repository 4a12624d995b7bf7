// Entities, as Integration Studio's Verify checks them: attributes, a table name
// unique in the extension, one mandatory Integer or Text identifier, one Integer
// auto number, and the warnings about Oracle reserved words, auto-number-only
// entities and several Binary Data attributes.
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "model/literals.h"
#include "model/names.h"

namespace oxt::checks {

namespace {

using model::Attribute;
using model::BasicType;
using model::Entity;

/// Calls `visit(entity, extension)` for every entity the checks report on.
template <typename Visit> void forEachEntity(const CheckInput& input, Visit&& visit) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& entities = extensions[x].entities;
    for (uint32_t e = 0; e < entities.size(); ++e) {
      if (input.checksRecord(x, RecordKind::Entity, e)) {
        visit(entities[e], extensions[x]);
      }
    }
  }
}

bool isBasic(const Attribute& attribute, BasicType type) {
  return attribute.resolved.kind == model::TypeKind::Basic && attribute.resolved.basic == type;
}

/// Reports every annotation `name` after the first among the entity's attributes.
void reportRepeatedAttributeAnnotation(const Entity& entity, std::string_view name,
                                       const std::string& message, Reporter& reporter) {
  const model::Annotation* first = nullptr;
  for (const auto& attribute : entity.attributes) {
    const auto* annotation = model::findAnnotation(attribute.annotations, name);
    if (annotation == nullptr) {
      continue;
    }
    if (first == nullptr) {
      first = annotation;
      continue;
    }
    auto& diagnostic = reporter.report(annotation->range, message);
    diagnostic.related.push_back({"first set here", first->range});
  }
}

} // namespace

void checkEmptyEntities(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    if (entity.attributes.empty() && !entity.name.text.empty()) {
      reporter.report(entity.name.range, entity.name.text + " must have at least one attribute.");
    }
  });
}

void checkEntityTables(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    const auto* table = model::findAnnotation(entity.annotations, "table");
    const auto message = entity.name.text + " must have a table name.";
    if (table == nullptr) {
      if (!entity.name.text.empty()) {
        auto& diagnostic = reporter.report(entity.name.range, message);
        // The entity's name is the usual table name; the author adjusts it if not.
        const auto& text = input.tree.text();
        const auto annotation = "@table(\"" + entity.name.text + "\")";
        const auto keyword = entity.keywordRange.start;
        const auto indent = indentOf(text, keyword);
        const bool keywordStartsLine =
            keyword >= indent.size() &&
            text.compare(keyword - indent.size(), indent.size(), indent) == 0 &&
            (keyword == indent.size() || text[keyword - indent.size() - 1] == '\n');
        const auto edit = keywordStartsLine
                              ? syntax::TextEdit{{keyword - static_cast<uint32_t>(indent.size()),
                                                  keyword - static_cast<uint32_t>(indent.size())},
                                                 indent + annotation + "\n"}
                              : syntax::TextEdit{{keyword, keyword}, annotation + " "};
        diagnostic.fixes.push_back(Fix{"Add " + annotation, {edit}, true});
      }
      return;
    }
    const auto name = model::stringArgument(*table);
    if (name && name->find_first_not_of(" \t") == std::string::npos) {
      reporter.report(table->arguments.front().range, message);
    }
  });
}

void checkDuplicateTables(const CheckInput& input, Reporter& reporter) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    // Every entity's table is read, and only those the checks report on are reported.
    std::unordered_map<std::string, const Entity*> users;
    const auto& entities = extensions[x].entities;
    for (uint32_t e = 0; e < entities.size(); ++e) {
      const auto& entity = entities[e];
      const auto table = model::tableNameOf(entity);
      if (!table || table->empty()) {
        continue;
      }
      const auto [it, inserted] = users.try_emplace(model::foldCase(*table), &entity);
      if (inserted || !input.checksRecord(x, RecordKind::Entity, e)) {
        continue;
      }
      const auto& first = *it->second;
      auto& diagnostic = reporter.report(
          model::findAnnotation(entity.annotations, "table")->arguments.front().range,
          first.name.text + " already uses table name " + *table + ".");
      diagnostic.related.push_back(
          {"used here",
           model::findAnnotation(first.annotations, "table")->arguments.front().range});
    }
  }
}

void checkIdentifierAttributeType(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    for (const auto& attribute : entity.attributes) {
      if (!model::hasAnnotation(attribute.annotations, "identifier") ||
          attribute.resolved.kind == model::TypeKind::Invalid) {
        continue;
      }
      if (!isBasic(attribute, BasicType::Integer) && !isBasic(attribute, BasicType::Text)) {
        reporter.report(attribute.type.range,
                        entity.name.text +
                            " identifier attribute data type must be set to 'Integer' or 'Text'.");
      }
    }
  });
}

void checkIdentifierMandatory(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    for (const auto& attribute : entity.attributes) {
      if (model::hasAnnotation(attribute.annotations, "identifier") && attribute.optionalMarker) {
        auto& diagnostic =
            reporter.report(attribute.optionalMarkerRange,
                            entity.name.text + " identifier attribute must be set to 'Mandatory'.");
        diagnostic.fixes.push_back(replaceFix("Make the identifier mandatory (remove '?')",
                                              attribute.optionalMarkerRange, "", true));
      }
    }
  });
}

void checkSingleIdentifier(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    reportRepeatedAttributeAnnotation(
        entity, "identifier", entity.name.text + " can only have one 'Identifier' attribute.",
        reporter);
  });
}

void checkSingleAutoNumber(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    reportRepeatedAttributeAnnotation(
        entity, "autoNumber", entity.name.text + " can only have one 'Auto Number' attribute.",
        reporter);
  });
}

void checkAutoNumberType(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    for (const auto& attribute : entity.attributes) {
      if (model::hasAnnotation(attribute.annotations, "autoNumber") &&
          attribute.resolved.kind != model::TypeKind::Invalid &&
          !isBasic(attribute, BasicType::Integer)) {
        reporter.report(attribute.type.range,
                        attribute.name.text +
                            " data type must be set to 'Integer' to use 'Auto Number'.");
      }
    }
  });
}

void checkOracleReservedWords(const CheckInput& input, Reporter& reporter) {
  constexpr std::array<std::string_view, 5> kReserved{"timestamp", "number", "blob", "clob",
                                                      "varchar2"};
  forEachEntity(input, [&](const Entity& entity, const model::Extension& extension) {
    if (model::dbmsOf(extension) == model::Dbms::SqlServer) {
      return;
    }
    for (const auto& attribute : entity.attributes) {
      for (const auto word : kReserved) {
        if (model::equalsIgnoringCase(attribute.name.text, word)) {
          reporter.report(attribute.name.range,
                          "'" + attribute.name.text + "' is an invalid attribute name in Oracle.");
        }
      }
    }
  });
}

void checkOnlyAutoNumber(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    if (entity.attributes.size() == 1 &&
        model::hasAnnotation(entity.attributes.front().annotations, "autoNumber")) {
      reporter.report(entity.name.range,
                      entity.name.text +
                          " should not be exclusively composed of an 'Auto Number' attribute.");
    }
  });
}

void checkBinaryDataCount(const CheckInput& input, Reporter& reporter) {
  forEachEntity(input, [&](const Entity& entity, const model::Extension&) {
    std::size_t binaries = 0;
    for (const auto& attribute : entity.attributes) {
      const bool ignored = model::hasAnnotation(attribute.annotations, "ignore");
      binaries += isBasic(attribute, BasicType::BinaryData) && !ignored ? 1U : 0U;
    }
    if (binaries > 1) {
      reporter.report(entity.name.range,
                      entity.name.text +
                          " should only have one attribute of 'Binary Data' data type.");
    }
  });
}

} // namespace oxt::checks
