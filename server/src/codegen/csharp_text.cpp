#include "codegen/csharp_text.h"

#include <array>
#include <cstdint>

namespace oxt::codegen {

namespace {

// The UTF-8 encodings of the characters C# takes as line ends besides CR and LF.
constexpr std::array<std::string_view, 3> kUnicodeLineEnds = {"\xC2\x85", "\xE2\x80\xA8",
                                                              "\xE2\x80\xA9"};

/// The length of the line end at `text[i]`, or 0.
std::size_t lineEndAt(std::string_view text, std::size_t i) {
  if (text[i] == '\r') {
    return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  }
  if (text[i] == '\n') {
    return 1;
  }
  for (auto end : kUnicodeLineEnds) {
    if (text.substr(i, end.size()) == end) {
      return end.size();
    }
  }
  return 0;
}

bool isAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

void appendHex4(std::string& out, uint32_t value) {
  static constexpr std::string_view kDigits = "0123456789ABCDEF";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) {
    out += kDigits[(value >> static_cast<unsigned>(shift)) & 0xFU];
  }
}

} // namespace

std::string escapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    default:
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7F') {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::vector<std::string> docCommentLines(std::string_view description) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < description.size();) {
    if (auto length = lineEndAt(description, i); length > 0) {
      lines.push_back(escapeXml(description.substr(start, i - start)));
      i += length;
      start = i;
    } else {
      ++i;
    }
  }
  lines.push_back(escapeXml(description.substr(start)));
  return lines;
}

std::string csharpStringLiteral(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
      appendHex4(out, static_cast<unsigned char>(c));
    } else if (auto length = lineEndAt(text, i); length > 1) {
      // U+0085, U+2028, U+2029 end a line in C# source even inside a literal.
      appendHex4(out, length == 2 ? 0x85U : (text[i + 2] == '\xA8' ? 0x2028U : 0x2029U));
      i += length - 1;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

bool isSafeName(std::string_view name) {
  if (name.empty() || !isAsciiLetter(name.front())) {
    return false;
  }
  for (char c : name) {
    if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '_') {
      return false;
    }
  }
  return true;
}

} // namespace oxt::codegen
