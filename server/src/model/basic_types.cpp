#include "model/basic_types.h"

#include <array>

namespace oxt::model {

namespace {

struct BasicTypeInfo {
  BasicType type;
  std::string_view name;
  std::string_view outSystemsName;
};

constexpr std::array<BasicTypeInfo, 13> kBasicTypes{{
    {BasicType::Text, "Text", "Text"},
    {BasicType::Integer, "Integer", "Integer"},
    {BasicType::LongInteger, "LongInteger", "Long Integer"},
    {BasicType::Decimal, "Decimal", "Decimal"},
    {BasicType::Currency, "Currency", "Currency"},
    {BasicType::Boolean, "Boolean", "Boolean"},
    {BasicType::DateTime, "DateTime", "Date Time"},
    {BasicType::Date, "Date", "Date"},
    {BasicType::Time, "Time", "Time"},
    {BasicType::PhoneNumber, "PhoneNumber", "Phone Number"},
    {BasicType::Email, "Email", "Email"},
    {BasicType::BinaryData, "BinaryData", "Binary Data"},
    {BasicType::Object, "Object", "Object"},
}};

constexpr std::array<BasicType, 13> kAll{
    BasicType::Text,     BasicType::Integer,     BasicType::LongInteger, BasicType::Decimal,
    BasicType::Currency, BasicType::Boolean,     BasicType::DateTime,    BasicType::Date,
    BasicType::Time,     BasicType::PhoneNumber, BasicType::Email,       BasicType::BinaryData,
    BasicType::Object,
};

const BasicTypeInfo& info(BasicType type) {
  for (const auto& entry : kBasicTypes) {
    if (entry.type == type) {
      return entry;
    }
  }
  return kBasicTypes.front();
}

} // namespace

std::optional<BasicType> basicTypeNamed(std::string_view name) {
  for (const auto& entry : kBasicTypes) {
    if (entry.name == name) {
      return entry.type;
    }
  }
  return std::nullopt;
}

std::string_view basicTypeName(BasicType type) { return info(type).name; }
std::string_view outSystemsTypeName(BasicType type) { return info(type).outSystemsName; }
bool takesLength(BasicType type) { return type == BasicType::Text || type == BasicType::Decimal; }
bool takesDecimals(BasicType type) { return type == BasicType::Decimal; }

std::span<const BasicType> allBasicTypes() { return kAll; }

} // namespace oxt::model
