// Types as written: names that resolve, Length and Decimals where they are
// allowed and within range, records and lists of structures and entities,
// identifiers of entities that have one, and entity attributes of basic types.
#include <string>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "checks/model_walk.h"
#include "checks/suggestions.h"
#include "model/names.h"

namespace oxt::checks {

namespace {

using model::BasicType;
using model::TypeExpr;
using model::TypeForm;

constexpr std::string_view kInvalidRecordDefinition =
    "'Record Definition' not set or it contains invalid entities and/or structures.";

std::vector<std::string> typeCandidates(const model::Extension& extension) {
  std::vector<std::string> candidates;
  for (const auto type : model::allBasicTypes()) {
    candidates.emplace_back(model::basicTypeName(type));
  }
  for (const auto& structure : extension.structures) {
    candidates.push_back(structure.name.text);
  }
  for (const auto& entity : extension.entities) {
    candidates.push_back(entity.name.text);
  }
  return candidates;
}

/// "'Amount' data type is invalid." as Integration Studio words it for
/// attributes, and without quotes for parameters.
std::string dataTypeIsInvalid(const ElementView& view) {
  const auto& name = view.element.name.text;
  return isParameter(view.kind) ? name + " data type is invalid."
                                : "'" + name + "' data type is invalid.";
}

bool isRecordMember(const TypeExpr& type) { return type.form == TypeForm::Named; }

void reportInvalidRecordMembers(const TypeExpr& record, Reporter& reporter) {
  for (const auto& member : record.inner) {
    if (!isRecordMember(member)) {
      reporter.report(member.range, std::string(kInvalidRecordDefinition));
    }
  }
}

} // namespace

void checkUnknownTypes(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    forEachTypeIn(view.element.type, [&](const TypeExpr& type) {
      if (type.form != TypeForm::Named || type.target || type.name.text.empty()) {
        return;
      }
      std::string message = "unknown type '" + type.name.text + "'";
      std::optional<Fix> change;
      bool caseSlip = false; // `integer` for `Integer`: no structure is meant
      if (auto suggestion = suggestType(type.name.text, typeCandidates(view.extension))) {
        caseSlip = model::equalsIgnoringCase(*suggestion, type.name.text);
        const auto basic = model::basicTypeNamed(*suggestion);
        auto replaced = type.name.range;
        auto replacement = *suggestion; // parameters take no Length (OXT0008)
        if (type.hasArguments && basic && model::takesLength(*basic)) {
          *suggestion += input.tree.text().substr(
              type.argumentsRange.start, type.argumentsRange.end - type.argumentsRange.start);
          replaced.end = type.argumentsRange.end;
          if (!isParameter(view.kind)) {
            replacement = *suggestion;
          }
        }
        message += "; did you mean '" + *suggestion + "'?";
        if (!type.hasArguments || replaced.end == type.argumentsRange.end) {
          change = replaceFix("Change to '" + replacement + "'", replaced, replacement, true);
        }
      }
      auto& diagnostic = reporter.report(type.name.range, std::move(message));
      if (change) {
        diagnostic.fixes.push_back(std::move(*change));
      }
      // A name that could be a structure: offer to declare it (with one attribute,
      // since a structure without attributes is itself an error, OXT0015).
      if (!type.hasArguments && !caseSlip && view.extension.declared &&
          extensionBodyClosed(input.tree.text(), view.extension) &&
          model::isValidName(type.name.text) && !model::basicTypeNamed(type.name.text)) {
        if (auto edit = appendMember(input.tree.text(), view.extension.range,
                                     "structure " + type.name.text + " { Attribute1: Text }")) {
          diagnostic.fixes.push_back(
              Fix{"Create structure '" + type.name.text + "'", {*edit}, !change.has_value()});
        }
      }
    });
  });
}

void checkParameterLength(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    const auto& type = view.element.type;
    if (isParameter(view.kind) && type.form == TypeForm::Basic && type.hasArguments &&
        model::takesLength(type.basic)) {
      auto& diagnostic =
          reporter.report(type.argumentsRange,
                          "parameters have no Length or Decimals: write '" + type.name.text + "'");
      diagnostic.fixes.push_back(
          replaceFix("Remove the Length or Decimals", type.argumentsRange, "", true));
    }
  });
}

void checkTypeArguments(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    const auto& type = view.element.type;
    if (type.form != TypeForm::Basic || !type.hasArguments) {
      return;
    }
    const auto& name = type.name.text;
    if (!model::takesLength(type.basic)) {
      auto& diagnostic =
          reporter.report(type.argumentsRange, "'" + name + "' takes no Length or Decimals");
      diagnostic.fixes.push_back(replaceFix(
          "Remove '" +
              input.tree.text().substr(type.argumentsRange.start,
                                       type.argumentsRange.end - type.argumentsRange.start) +
              "'",
          type.argumentsRange, "", true));
      return;
    }
    if (isParameter(view.kind)) {
      return; // OXT0008
    }
    if (type.arguments.empty()) {
      reporter.report(type.argumentsRange,
                      "'" + name + "()' needs a Length between the parentheses, or no parentheses");
    } else if (type.basic == BasicType::Text && type.arguments.size() > 1) {
      reporter.report(type.argumentsRange, "'Text' takes a Length only");
    } else if (type.arguments.size() > 2) {
      reporter.report(type.argumentsRange, "'Decimal' takes a Length and Decimals only");
    }
  });
}

void checkLengthRange(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    const auto& type = view.element.type;
    if (isParameter(view.kind) || type.form != TypeForm::Basic || type.arguments.empty()) {
      return;
    }
    const auto& length = type.arguments.front();
    if (type.basic == BasicType::Text && type.arguments.size() == 1) {
      if (!length.inRange || length.value < 1) {
        reporter.report(length.range, "Length must be at least 1");
      }
      return;
    }
    if (type.basic != BasicType::Decimal || type.arguments.size() > 2) {
      return;
    }
    const bool lengthValid = length.inRange && length.value >= 1 && length.value <= 37;
    if (!lengthValid) {
      reporter.report(length.range, "Length must be between 1 and 37");
    }
    if (type.arguments.size() == 2) {
      const auto& decimals = type.arguments[1];
      const bool decimalsValid = decimals.inRange && decimals.value >= 0 && decimals.value <= 8;
      if (!decimalsValid) {
        reporter.report(decimals.range, "Decimals must be between 0 and 8");
      } else if (lengthValid && length.value < decimals.value) {
        reporter.report(type.argumentsRange, "Length (" + std::to_string(length.value) +
                                                 ") must be greater than or equal to Decimals (" +
                                                 std::to_string(decimals.value) + ")");
      }
    }
  });
}

void checkRecordDefinitions(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind == ElementKind::EntityAttribute) {
      return; // OXT0035: entities take no records at all
    }
    const auto& type = view.element.type;
    if (type.form == TypeForm::Record) {
      reportInvalidRecordMembers(type, reporter);
    } else if (type.form == TypeForm::List && !type.inner.empty()) {
      const auto& element = type.inner.front();
      if (element.form == TypeForm::Record) {
        reportInvalidRecordMembers(element, reporter);
      } else if (!isRecordMember(element)) {
        reporter.report(element.range, std::string(kInvalidRecordDefinition));
      }
    }
  });
}

void checkIdentifierTypes(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    const auto& type = view.element.type;
    if (type.form != TypeForm::Identifier || type.inner.empty()) {
      return;
    }
    const auto& entity = type.inner.front();
    const bool notAName = entity.form != TypeForm::Named;
    const bool aStructure =
        entity.target && entity.target->kind == model::DefinitionRef::Kind::Structure;
    if (notAName || aStructure) {
      reporter.report(entity.range, dataTypeIsInvalid(view));
    }
  });
}

void checkIdentifierTargets(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    const auto& resolved = view.element.resolved;
    if (resolved.kind != model::TypeKind::Identifier || resolved.definitions.empty()) {
      return;
    }
    const auto& entity = view.extension.entities.at(resolved.definitions.front().index);
    if (model::identifierOf(entity) == nullptr) {
      reporter.report(view.element.type.inner.front().name.range,
                      "'" + view.element.name.text + "' data type is invalid: '" +
                          entity.name.text + "' has no attribute set as Identifier.");
    }
  });
}

void checkEntityAttributeTypes(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind != ElementKind::EntityAttribute) {
      return;
    }
    const auto& type = view.element.type;
    const bool record = type.form == TypeForm::Record || type.form == TypeForm::List ||
                        (type.form == TypeForm::Named && type.target);
    const bool object = type.form == TypeForm::Basic && type.basic == BasicType::Object;
    if (record || object) {
      reporter.report(type.range, dataTypeIsInvalid(view));
    }
  });
}

void checkSingleMemberRecords(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind == ElementKind::EntityAttribute) {
      return;
    }
    forEachTypeIn(view.element.type, [&](const TypeExpr& type) {
      if (type.form == TypeForm::Record && type.inner.size() == 1 &&
          type.inner.front().form == TypeForm::Named && type.inner.front().target) {
        const auto& name = type.inner.front().name.text;
        auto& diagnostic =
            reporter.report(type.range, "'Record<" + name + ">' is the same as '" + name + "'");
        diagnostic.fixes.push_back(replaceFix("Write '" + name + "'", type.range, name, true));
      }
    });
  });
}

void checkDuplicateJoinMembers(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    forEachTypeIn(view.element.type, [&](const TypeExpr& type) {
      if (type.form != TypeForm::Record) {
        return;
      }
      for (std::size_t i = 1; i < type.inner.size(); ++i) {
        const auto& member = type.inner[i];
        for (std::size_t j = 0; j < i; ++j) {
          const auto& earlier = type.inner[j];
          if (member.target && earlier.target && *member.target == *earlier.target) {
            auto& diagnostic = reporter.report(member.range, "'" + member.name.text +
                                                                 "' is listed twice in the join");
            diagnostic.related.push_back({"first listed here", earlier.range});
            // `, B` goes: from the end of the member before it; a join of two that
            // would be left with one is written as that one (OXT0057).
            if (type.inner.size() == 2) {
              diagnostic.fixes.push_back(replaceFix("Write '" + earlier.name.text + "'", type.range,
                                                    earlier.name.text, true));
            } else {
              diagnostic.fixes.push_back(replaceFix("Remove the second '" + member.name.text + "'",
                                                    {type.inner[i - 1].range.end, member.range.end},
                                                    "", true));
            }
            break;
          }
        }
      }
    });
  });
}

} // namespace oxt::checks
