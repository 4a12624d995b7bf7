#include "codegen/csharp_types.h"

#include <algorithm>

#include "codegen/csharp_text.h"
#include "model/literals.h"

namespace oxt::codegen {

namespace {

using model::BasicType;

const char* const kDefaultDateTime = "new DateTime(1900, 1, 1, 0, 0, 0)";

std::string dateTimeExpression(const model::DateTimeValue& value) {
  return "new DateTime(" + std::to_string(value.year) + ", " + std::to_string(value.month) + ", " +
         std::to_string(value.day) + ", " + std::to_string(value.hour) + ", " +
         std::to_string(value.minute) + ", " + std::to_string(value.second) + ")";
}

/// The digits of a number literal rebuilt (never pasted from the source), with
/// `suffix`: "-12.5M".
std::string numberExpression(const model::Literal& literal, const std::string& suffix) {
  const auto digits = model::decimalDigits(literal.text);
  std::string out = digits.negative ? "-" : "";
  out += digits.integerDigits.empty() ? "0" : digits.integerDigits;
  if (!digits.fractionDigits.empty()) {
    out += "." + digits.fractionDigits;
  }
  return out + suffix;
}

bool isText(const CSharpType& type) { return type.name == "string"; }

} // namespace

CSharpType csharpType(BasicType type) {
  switch (type) {
  case BasicType::Text:
    return {"string", "\"\"", "ReadText", "Text"};
  case BasicType::PhoneNumber:
    return {"string", "\"\"", "ReadText", "PhoneNumber"};
  case BasicType::Email:
    return {"string", "\"\"", "ReadText", "Email"};
  case BasicType::Integer:
    return {"int", "0", "ReadInteger", "Integer"};
  case BasicType::LongInteger:
    return {"long", "0L", "ReadLongInteger", "LongInteger"};
  case BasicType::Decimal:
    return {"decimal", "0.0M", "ReadDecimal", "Decimal"};
  case BasicType::Currency:
    return {"decimal", "0.0M", "ReadCurrency", "Currency"};
  case BasicType::Boolean:
    return {"bool", "false", "ReadBoolean", "Boolean"};
  case BasicType::DateTime:
    return {"DateTime", kDefaultDateTime, "ReadDateTime", "DateTime"};
  case BasicType::Date:
    return {"DateTime", kDefaultDateTime, "ReadDate", "Date"};
  case BasicType::Time:
    return {"DateTime", kDefaultDateTime, "ReadTime", "Time"};
  case BasicType::BinaryData:
    return {"byte[]", "new byte[] {}", "ReadBinaryData", "BinaryData"};
  case BasicType::Object:
    return {"object", "null", "", "Object"};
  }
  return {"object", "null", "", "Object"};
}

CSharpType csharpType(const model::Extension& extension, const model::ResolvedType& type) {
  switch (type.kind) {
  case model::TypeKind::Basic:
    return csharpType(type.basic);
  case model::TypeKind::Identifier: {
    BasicType idType = BasicType::Integer;
    if (!type.definitions.empty() &&
        type.definitions.front().kind == model::DefinitionRef::Kind::Entity &&
        type.definitions.front().index < extension.entities.size()) {
      // As read: a type does not move (model/shared_list.h).
      const auto* id =
          model::identifierOf(extension.entities.asRead(type.definitions.front().index));
      if (id != nullptr && id->resolved.kind == model::TypeKind::Basic) {
        idType = id->resolved.basic;
      }
    }
    if (idType == BasicType::Integer) {
      return {"int", "0", "ReadEntityReference", "EntityReference"};
    }
    return csharpType(idType);
  }
  case model::TypeKind::Record: {
    const auto name = "RC" + recordBaseName(extension, type.definitions) + "Record";
    return {name, "new " + name + "(null)", "", "", true, false};
  }
  case model::TypeKind::RecordList: {
    const auto name = "RL" + recordBaseName(extension, type.definitions) + "RecordList";
    return {name, "new " + name + "()", "", "", false, true};
  }
  case model::TypeKind::Invalid:
    break;
  }
  return {"object", "null", "", "Object"};
}

std::string definitionTypeName(const model::Extension& extension, model::DefinitionRef definition) {
  const auto& name = model::definitionName(extension, definition);
  return definition.kind == model::DefinitionRef::Kind::Entity ? "EN" + name + "EntityRecord"
                                                               : "ST" + name + "Structure";
}

std::string recordMemberField(const model::Extension& extension, model::DefinitionRef definition) {
  const auto& name = model::definitionName(extension, definition);
  return (definition.kind == model::DefinitionRef::Kind::Entity ? "ssEN" : "ssST") + name;
}

std::string recordBaseName(const model::Extension& extension,
                           const std::vector<model::DefinitionRef>& members) {
  std::string out;
  for (const auto& member : members) {
    out += model::definitionName(extension, member);
  }
  return out;
}

std::vector<std::vector<model::DefinitionRef>> recordTypes(const model::Extension& extension) {
  std::vector<std::vector<model::DefinitionRef>> types;
  for (uint32_t i = 0; i < extension.entities.size(); ++i) {
    types.push_back({{model::DefinitionRef::Kind::Entity, i}});
  }
  for (uint32_t i = 0; i < extension.structures.size(); ++i) {
    types.push_back({{model::DefinitionRef::Kind::Structure, i}});
  }
  auto addJoin = [&](const model::ResolvedType& type) {
    if ((type.kind == model::TypeKind::Record || type.kind == model::TypeKind::RecordList) &&
        type.definitions.size() > 1 &&
        std::find(types.begin(), types.end(), type.definitions) == types.end()) {
      types.push_back(type.definitions);
    }
  };
  for (const auto& action : extension.actions) {
    for (const auto& parameter : action.parameters) {
      addJoin(parameter.resolved);
    }
  }
  for (const auto& structure : extension.structures) {
    for (const auto& attribute : structure.attributes) {
      addJoin(attribute.resolved);
    }
  }
  return types;
}

std::optional<std::string> defaultValueExpression(const model::TypedElement& element,
                                                  const CSharpType& type) {
  if (!element.defaultValue || type.isRecord || type.isRecordList) {
    return std::nullopt;
  }
  const auto& literal = *element.defaultValue;
  switch (literal.kind) {
  case model::LiteralKind::String:
    if (isText(type)) {
      return csharpStringLiteral(model::decodeString(literal.text).value);
    }
    return std::nullopt;
  case model::LiteralKind::Integer:
  case model::LiteralKind::Decimal:
    if (type.name == "int") {
      return literal.kind == model::LiteralKind::Integer ? numberExpression(literal, "")
                                                         : std::optional<std::string>{};
    }
    if (type.name == "long") {
      return literal.kind == model::LiteralKind::Integer ? numberExpression(literal, "L")
                                                         : std::optional<std::string>{};
    }
    if (type.name == "decimal") {
      return numberExpression(literal, "M");
    }
    return std::nullopt;
  case model::LiteralKind::Boolean:
    if (type.name == "bool") {
      return literal.text == "true" || literal.text == "True" ? "true" : "false";
    }
    return std::nullopt;
  case model::LiteralKind::DateTime:
    if (type.name == "DateTime") {
      if (auto parsed = model::parseDateTime(literal.text); parsed.value) {
        return dateTimeExpression(*parsed.value);
      }
    }
    return std::nullopt;
  case model::LiteralKind::Identifier:
    return std::nullopt;
  }
  return std::nullopt;
}

std::string initialValue(const model::TypedElement& element, const CSharpType& type) {
  auto expression = defaultValueExpression(element, type);
  return expression ? *expression : type.defaultValue;
}

} // namespace oxt::codegen
