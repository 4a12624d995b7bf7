// Decoding and validating literals: strings with their escapes, numbers, and
// OutSystems date and time literals.
//
// Why here: the grammar accepts more than the language inside literals (any
// escape after `\`, any text between `#`), so that the checks can say exactly
// what is wrong. The model decodes; the checks report the problems found here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/line_index.h"

namespace oxt::model {

struct EscapeProblem {
  std::string escape;  // as written: "\x", "\u{D800}"
  uint32_t offset = 0; // byte offset of the backslash within the literal's text
  uint32_t length = 0; // bytes of the escape
};

struct DecodedString {
  std::string value;
  bool closed = true;                  // has its closing quote
  std::vector<EscapeProblem> problems; // escapes the language does not have
};

/// Decodes the source text of a string literal (quotes included).
[[nodiscard]] DecodedString decodeString(std::string_view literal);

/// The value of an integer literal (`-7`), or nullopt when it does not fit.
[[nodiscard]] std::optional<int64_t> parseInteger(std::string_view literal);

/// Digits of a decimal or integer literal, before and after the point.
struct DecimalDigits {
  bool negative = false;
  std::string integerDigits;  // without leading zeros ("" for 0.5)
  std::string fractionDigits; // without trailing zeros ("" for 2.0)
};
[[nodiscard]] DecimalDigits decimalDigits(std::string_view literal);

enum class DateTimeShape { Date, Time, DateTime };

struct DateTimeValue {
  DateTimeShape shape = DateTimeShape::Date;
  int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

/// A date and time literal read, or why it is not one (a sentence for a message).
struct DateTimeParse {
  std::optional<DateTimeValue> value;
  std::string problem;
};

/// Reads `#yyyy-MM-dd#`, `#HH:mm:ss#` or `#yyyy-MM-dd HH:mm:ss#` and checks that the
/// value exists and lies between #1900-01-01 00:00:00# and #3000-12-31 23:59:59#.
[[nodiscard]] DateTimeParse parseDateTime(std::string_view literal);

} // namespace oxt::model
