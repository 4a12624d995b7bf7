// Default values of inputs and attributes: a literal of the element's type
// (docs/language.md, "Default values"), within its range, Length and Decimals;
// none for records, lists, identifiers, Binary Data and Object.
#include <string>

#include "checks/check_functions.h"
#include "checks/model_walk.h"
#include "model/literals.h"
#include "model/names.h"

namespace oxt::checks {

namespace {

using model::BasicType;
using model::LiteralKind;
using model::TypeKind;

/// Views of elements whose default the checks below look at: inputs and
/// attributes with a default (outputs are OXT0018's).
template <typename Visit> void forEachDefault(const CheckInput& input, Visit&& visit) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind != ElementKind::Output && view.element.defaultValue) {
      visit(view, *view.element.defaultValue);
    }
  });
}

/// The types whose values have a literal.
bool takesDefault(const model::ResolvedType& type) {
  return type.kind == TypeKind::Basic && type.basic != BasicType::BinaryData &&
         type.basic != BasicType::Object;
}

/// The OutSystems type of a literal ("Text" for a string), or "" when unknown.
std::string_view literalTypeName(const model::Literal& literal) {
  switch (literal.kind) {
  case LiteralKind::String:
    return "Text";
  case LiteralKind::Integer:
    return "Integer";
  case LiteralKind::Decimal:
    return "Decimal";
  case LiteralKind::Boolean:
    return "Boolean";
  case LiteralKind::DateTime: {
    const auto parsed = model::parseDateTime(literal.text);
    if (!parsed.value) {
      return "";
    }
    switch (parsed.value->shape) {
    case model::DateTimeShape::Date:
      return "Date";
    case model::DateTimeShape::Time:
      return "Time";
    case model::DateTimeShape::DateTime:
      return "Date Time";
    }
    return "";
  }
  case LiteralKind::Identifier:
    return "";
  }
  return "";
}

bool literalFits(BasicType type, std::string_view literalType) {
  switch (type) {
  case BasicType::Text:
  case BasicType::PhoneNumber:
  case BasicType::Email:
    return literalType == "Text";
  case BasicType::Integer:
  case BasicType::LongInteger:
    return literalType == "Integer";
  case BasicType::Decimal:
  case BasicType::Currency:
    return literalType == "Integer" || literalType == "Decimal";
  case BasicType::Boolean:
    return literalType == "Boolean";
  case BasicType::Date:
    return literalType == "Date";
  case BasicType::Time:
    return literalType == "Time";
  case BasicType::DateTime:
    return literalType == "Date Time" || literalType == "Date";
  case BasicType::BinaryData:
  case BasicType::Object:
    return false;
  }
  return false;
}

/// Length and Decimals of a Decimal attribute, or the defaults (37, 8).
std::pair<int64_t, int64_t> decimalPrecision(const ElementView& view) {
  const auto& arguments = view.element.type.arguments;
  if (isParameter(view.kind) || view.element.type.basic != BasicType::Decimal ||
      arguments.empty() || arguments.size() > 2) {
    return {37, 8};
  }
  const auto length = arguments[0].value;
  const auto decimals = arguments.size() == 2 ? arguments[1].value : 0;
  if (length < 1 || length > 37 || decimals < 0 || decimals > 8 || length < decimals) {
    return {37, 8}; // OXT0010 reports the arguments
  }
  return {length, decimals};
}

} // namespace

void checkDefaultTypes(const CheckInput& input, Reporter& reporter) {
  forEachDefault(input, [&](const ElementView& view, const model::Literal& literal) {
    if (!takesDefault(view.element.resolved)) {
      return;
    }
    const auto literalType = literalTypeName(literal);
    if (literalType.empty()) {
      return; // an identifier (OXT0024) or an invalid date (OXT0026)
    }
    const auto type = view.element.resolved.basic;
    if (!literalFits(type, literalType)) {
      reporter.report(literal.range, std::string(model::outSystemsTypeName(type)) +
                                         " data type required instead of " +
                                         std::string(literalType) + ".");
    }
  });
}

void checkDefaultRanges(const CheckInput& input, Reporter& reporter) {
  forEachDefault(input, [&](const ElementView& view, const model::Literal& literal) {
    if (view.element.resolved.kind != TypeKind::Basic) {
      return;
    }
    const auto type = view.element.resolved.basic;
    if ((type == BasicType::Integer || type == BasicType::LongInteger) &&
        literal.kind == LiteralKind::Integer) {
      const auto value = model::parseInteger(literal.text);
      const bool fits =
          value && (type == BasicType::LongInteger || (*value >= INT32_MIN && *value <= INT32_MAX));
      if (!fits) {
        reporter.report(literal.range,
                        "'" + std::string(model::outSystemsTypeName(type)) + "' value exceeded.");
      }
    } else if ((type == BasicType::Decimal || type == BasicType::Currency) &&
               (literal.kind == LiteralKind::Integer || literal.kind == LiteralKind::Decimal)) {
      const auto [length, decimals] = decimalPrecision(view);
      const auto digits = model::decimalDigits(literal.text);
      if (static_cast<int64_t>(digits.fractionDigits.size()) > decimals ||
          static_cast<int64_t>(digits.integerDigits.size()) > length - decimals) {
        reporter.report(literal.range, "'Decimal' value exceeded.");
      }
    }
  });
}

void checkDefaultTextLength(const CheckInput& input, Reporter& reporter) {
  forEachDefault(input, [&](const ElementView& view, const model::Literal& literal) {
    const auto& type = view.element.type;
    if (isParameter(view.kind) || type.form != model::TypeForm::Basic ||
        type.basic != BasicType::Text || type.arguments.size() != 1 ||
        literal.kind != LiteralKind::String) {
      return;
    }
    const auto length = type.arguments.front().value;
    const auto characters = model::characterCount(model::decodeString(literal.text).value);
    if (length >= 1 && static_cast<int64_t>(characters) > length) {
      reporter.report(literal.range, "the default value has " + std::to_string(characters) +
                                         " characters, more than the Length (" +
                                         std::to_string(length) + ")");
    }
  });
}

void checkDefaultNotAllowed(const CheckInput& input, Reporter& reporter) {
  forEachDefault(input, [&](const ElementView& view, const model::Literal& literal) {
    if (literal.kind == LiteralKind::Identifier) {
      return; // OXT0024
    }
    const auto& resolved = view.element.resolved;
    std::string_view what;
    switch (resolved.kind) {
    case TypeKind::Record:
      what = "a Record";
      break;
    case TypeKind::RecordList:
      what = "a Record List";
      break;
    case TypeKind::Identifier:
      what = "an Identifier";
      break;
    case TypeKind::Basic:
      if (resolved.basic == BasicType::BinaryData) {
        what = "Binary Data";
      } else if (resolved.basic == BasicType::Object) {
        what = "Object";
      }
      break;
    case TypeKind::Invalid:
      break;
    }
    if (!what.empty()) {
      reporter.report(literal.range, "'" + view.element.name.text + "' is " + std::string(what) +
                                         ", which takes no default value");
    }
  });
}

void checkDefaultIdentifiers(const CheckInput& input, Reporter& reporter) {
  forEachDefault(input, [&](const ElementView&, const model::Literal& literal) {
    if (literal.kind != LiteralKind::Identifier) {
      return;
    }
    std::string message = "Unknown object in expression.";
    if (model::equalsIgnoringCase(literal.text, "true") ||
        model::equalsIgnoringCase(literal.text, "false")) {
      message += " Did you mean '" + model::foldCase(literal.text) + "'?";
    }
    reporter.report(literal.range, std::move(message));
  });
}

} // namespace oxt::checks
