#include "model/literals.h"

#include <charconv>

namespace oxt::model {

namespace {

void appendUtf8(std::string& out, uint32_t codePoint) {
  if (codePoint < 0x80) {
    out += static_cast<char>(codePoint);
  } else if (codePoint < 0x800) {
    out += static_cast<char>(0xC0U | (codePoint >> 6U));
    out += static_cast<char>(0x80U | (codePoint & 0x3FU));
  } else if (codePoint < 0x10000) {
    out += static_cast<char>(0xE0U | (codePoint >> 12U));
    out += static_cast<char>(0x80U | ((codePoint >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (codePoint & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (codePoint >> 18U));
    out += static_cast<char>(0x80U | ((codePoint >> 12U) & 0x3FU));
    out += static_cast<char>(0x80U | ((codePoint >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (codePoint & 0x3FU));
  }
}

bool isHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// The code point of a `\u{…}` body (1 to 6 hex digits, a Unicode scalar value).
std::optional<uint32_t> unicodeEscape(std::string_view hex) {
  if (hex.empty() || hex.size() > 6) {
    return std::nullopt;
  }
  uint32_t value = 0;
  for (const char c : hex) {
    if (!isHex(c)) {
      return std::nullopt;
    }
    const auto digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    value = value * 16U + static_cast<uint32_t>(digit);
  }
  if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return std::nullopt;
  }
  return value;
}

/// The length in bytes of the UTF-8 character that starts with `lead`.
uint32_t utf8Length(char lead) {
  const auto byte = static_cast<unsigned char>(lead);
  if (byte >= 0xF0) {
    return 4;
  }
  if (byte >= 0xE0) {
    return 3;
  }
  if (byte >= 0xC0) {
    return 2;
  }
  return 1;
}

bool allDigits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1]; // NOLINT
}

/// Reads "yyyy-MM-dd" into `value`; returns a problem or "".
std::string readDate(std::string_view text, DateTimeValue& value) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !allDigits(text.substr(0, 4)) ||
      !allDigits(text.substr(5, 2)) || !allDigits(text.substr(8, 2))) {
    return "expected a date as yyyy-MM-dd";
  }
  value.year = number(text.substr(0, 4));
  value.month = number(text.substr(5, 2));
  value.day = number(text.substr(8, 2));
  if (value.month < 1 || value.month > 12) {
    return "there is no month " + std::to_string(value.month);
  }
  if (value.day < 1 || value.day > daysInMonth(value.year, value.month)) {
    return "the date does not exist";
  }
  if (value.year < 1900 || value.year > 3000) {
    return "dates go from #1900-01-01# to #3000-12-31#";
  }
  return "";
}

/// Reads "HH:mm:ss" into `value`; returns a problem or "".
std::string readTime(std::string_view text, DateTimeValue& value) {
  if (text.size() != 8 || text[2] != ':' || text[5] != ':' || !allDigits(text.substr(0, 2)) ||
      !allDigits(text.substr(3, 2)) || !allDigits(text.substr(6, 2))) {
    return "expected a time as HH:mm:ss";
  }
  value.hour = number(text.substr(0, 2));
  value.minute = number(text.substr(3, 2));
  value.second = number(text.substr(6, 2));
  if (value.hour > 23 || value.minute > 59 || value.second > 59) {
    return "the time does not exist";
  }
  return "";
}

} // namespace

DecodedString decodeString(std::string_view literal) {
  DecodedString decoded;
  if (literal.empty() || literal.front() != '"') {
    decoded.closed = false;
    return decoded;
  }
  decoded.closed = literal.size() >= 2 && literal.back() == '"';
  const auto end = decoded.closed ? literal.size() - 1 : literal.size();
  std::size_t i = 1;
  while (i < end) {
    const char c = literal[i];
    if (c != '\\') {
      decoded.value += c;
      ++i;
      continue;
    }
    if (i + 1 >= end) {
      decoded.problems.push_back({"\\", static_cast<uint32_t>(i), 1});
      break;
    }
    const char next = literal[i + 1];
    std::size_t length = 2;
    switch (next) {
    case '"':
      decoded.value += '"';
      break;
    case '\\':
      decoded.value += '\\';
      break;
    case 'n':
      decoded.value += '\n';
      break;
    case 't':
      decoded.value += '\t';
      break;
    case 'u': {
      const auto close = literal.find('}', i);
      if (i + 2 < end && literal[i + 2] == '{' && close != std::string_view::npos && close < end) {
        length = close - i + 1;
        if (const auto codePoint = unicodeEscape(literal.substr(i + 3, close - i - 3))) {
          appendUtf8(decoded.value, *codePoint);
          break;
        }
      }
      decoded.problems.push_back({std::string(literal.substr(i, length)), static_cast<uint32_t>(i),
                                  static_cast<uint32_t>(length)});
      break;
    }
    default:
      length = 1 + utf8Length(next);
      decoded.problems.push_back({std::string(literal.substr(i, length)), static_cast<uint32_t>(i),
                                  static_cast<uint32_t>(length)});
      decoded.value += literal.substr(i + 1, length - 1);
      break;
    }
    i += length;
  }
  return decoded;
}

std::optional<int64_t> parseInteger(std::string_view literal) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
  if (error != std::errc() || end != literal.data() + literal.size()) {
    return std::nullopt;
  }
  return value;
}

DecimalDigits decimalDigits(std::string_view literal) {
  DecimalDigits digits;
  if (!literal.empty() && literal.front() == '-') {
    digits.negative = true;
    literal.remove_prefix(1);
  }
  const auto point = literal.find('.');
  auto integer = literal.substr(0, point);
  auto fraction = point == std::string_view::npos ? std::string_view() : literal.substr(point + 1);
  while (!integer.empty() && integer.front() == '0') {
    integer.remove_prefix(1);
  }
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.remove_suffix(1);
  }
  digits.integerDigits = std::string(integer);
  digits.fractionDigits = std::string(fraction);
  return digits;
}

DateTimeParse parseDateTime(std::string_view literal) {
  DateTimeParse result;
  if (literal.size() < 2 || literal.front() != '#' || literal.back() != '#') {
    result.problem = "expected #yyyy-MM-dd#, #HH:mm:ss# or #yyyy-MM-dd HH:mm:ss#";
    return result;
  }
  const auto body = literal.substr(1, literal.size() - 2);
  DateTimeValue value;
  std::string problem;
  if (body.size() == 10) {
    value.shape = DateTimeShape::Date;
    problem = readDate(body, value);
  } else if (body.size() == 8) {
    value.shape = DateTimeShape::Time;
    problem = readTime(body, value);
  } else if (body.size() == 19 && body[10] == ' ') {
    value.shape = DateTimeShape::DateTime;
    problem = readDate(body.substr(0, 10), value);
    if (problem.empty()) {
      problem = readTime(body.substr(11), value);
    }
  } else {
    problem = "expected #yyyy-MM-dd#, #HH:mm:ss# or #yyyy-MM-dd HH:mm:ss#";
  }
  if (problem.empty()) {
    result.value = value;
  } else {
    result.problem = std::move(problem);
  }
  return result;
}

} // namespace oxt::model
