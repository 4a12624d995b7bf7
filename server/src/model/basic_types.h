// The basic types of `.oxt` and what each allows: the one table that type checks,
// default-value checks, hover and code generation read.
//
// Why a table: whether a type takes a Length, which literal it accepts and how
// Integration Studio spells it are facts about the type, not about a check.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace oxt::model {

enum class BasicType {
  Text,
  Integer,
  LongInteger,
  Decimal,
  Currency,
  Boolean,
  DateTime,
  Date,
  Time,
  PhoneNumber,
  Email,
  BinaryData,
  Object,
};

/// The type named exactly `name` as written in `.oxt` (case-sensitive).
[[nodiscard]] std::optional<BasicType> basicTypeNamed(std::string_view name);

/// As written in `.oxt`: "LongInteger".
[[nodiscard]] std::string_view basicTypeName(BasicType type);

/// As Integration Studio shows it (and its messages say): "Long Integer".
[[nodiscard]] std::string_view outSystemsTypeName(BasicType type);

/// Text and Decimal take a Length (attributes only).
[[nodiscard]] bool takesLength(BasicType type);

/// Decimal takes Decimals (attributes only).
[[nodiscard]] bool takesDecimals(BasicType type);

/// Every basic type, in the order of the language reference.
[[nodiscard]] std::span<const BasicType> allBasicTypes();

} // namespace oxt::model
