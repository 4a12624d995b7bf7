#include "protocol/json_text.h"

#include <algorithm>

#include "protocol/jsonrpc.h"

namespace oxt::protocol::json_text {

namespace {

/// Whether every byte is ASCII: then no UTF-8 can be invalid and the escapes are the
/// few below. Anything else goes through the Json serializer.
bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void appendEscapedAscii(std::string& out, std::string_view text) {
  constexpr std::string_view kHex = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    switch (c) {
    case '"':
      out += R"(\")";
      break;
    case '\\':
      out += R"(\\)";
      break;
    case '\b':
      out += R"(\b)";
      break;
    case '\f':
      out += R"(\f)";
      break;
    case '\n':
      out += R"(\n)";
      break;
    case '\r':
      out += R"(\r)";
      break;
    case '\t':
      out += R"(\t)";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        const auto code = static_cast<unsigned char>(c);
        out += R"(\u00)";
        out += kHex[code >> 4U];
        out += kHex[code & 0xFU];
      } else {
        out += c;
      }
    }
  }
  out += '"';
}

} // namespace

void appendString(std::string& out, std::string_view text) {
  if (isAscii(text)) {
    appendEscapedAscii(out, text);
  } else {
    out += serialize(Json(std::string(text)));
  }
}

void appendOptionalString(std::string& out, std::string_view key, std::string_view text) {
  if (!text.empty()) {
    out += '"';
    out += key;
    out += R"(":)";
    appendString(out, text);
    out += ',';
  }
}

void appendPosition(std::string& out, const Position& position) {
  out += R"({"character":)";
  out += std::to_string(position.character);
  out += R"(,"line":)";
  out += std::to_string(position.line);
  out += '}';
}

void appendRange(std::string& out, const Range& range) {
  out += R"({"end":)";
  appendPosition(out, range.end);
  out += R"(,"start":)";
  appendPosition(out, range.start);
  out += '}';
}

} // namespace oxt::protocol::json_text
