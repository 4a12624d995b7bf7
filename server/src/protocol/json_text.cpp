#include "protocol/json_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>

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

namespace {

// A range is written into a buffer on the stack and appended once: an outline of
// 100,000 symbols writes 200,000 of them, and ten small appends each were a tenth of
// its request.
constexpr std::size_t kPositionRoom = 48; // {"character":4294967295,"line":4294967295}
constexpr std::size_t kRangeRoom = 2 * kPositionRoom + 16;

char* writeText(char* at, std::string_view text) { return std::copy(text.begin(), text.end(), at); }

char* writeNumber(char* at, uint32_t number) {
  return std::to_chars(at, at + 10, number).ptr; // 10 digits hold any uint32_t
}

char* writePosition(char* at, const Position& position) {
  at = writeText(at, R"({"character":)");
  at = writeNumber(at, position.character);
  at = writeText(at, R"(,"line":)");
  at = writeNumber(at, position.line);
  return writeText(at, "}");
}

} // namespace

void appendPosition(std::string& out, const Position& position) {
  std::array<char, kPositionRoom> buffer{};
  out.append(buffer.data(), writePosition(buffer.data(), position));
}

void appendRange(std::string& out, const Range& range) {
  std::array<char, kRangeRoom> buffer{};
  auto* at = writeText(buffer.data(), R"({"end":)");
  at = writePosition(at, range.end);
  at = writeText(at, R"(,"start":)");
  at = writePosition(at, range.start);
  at = writeText(at, "}");
  out.append(buffer.data(), at);
}

} // namespace oxt::protocol::json_text
